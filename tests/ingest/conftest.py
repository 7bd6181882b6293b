"""Fixtures of the import tests: the labelled corpus written by us."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

# trafilatura imports urllib3, which probes IPv6 support with a socket when first imported;
# importing it here, before tests run with sockets disabled, keeps that probe out of them.
import trafilatura  # noqa: F401

from desktop_app.ingest.limits import MAX_TEXT_FILE_BYTES, megabytes

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture
def corpus() -> Path:
    return CORPUS


def _pdf(tmp_path: Path, name: str, *, text: bool = True, password: str | None = None) -> Path:
    from pypdf import PdfWriter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    if text:
        page.drawString(72, 720, "Dakar, 3 mai 2024 - Les deux pays conviennent de coopérer.")
    else:
        page.rect(72, 600, 200, 100, fill=1)  # a drawing and no text, like a scan
    page.save()
    path = tmp_path / name
    if password is None:
        path.write_bytes(buffer.getvalue())
        return path
    from pypdf import PdfReader

    writer = PdfWriter()
    for p in PdfReader(io.BytesIO(buffer.getvalue())).pages:
        writer.add_page(p)
    writer.encrypt(user_password=password, algorithm="RC4-128")
    with path.open("wb") as out:
        writer.write(out)
    return path


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Each bad file a user may hand Chancery, with words its sentence must contain."""
    files: dict[str, tuple[Path, str]] = {}
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    files["empty"] = (empty, "is empty")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    files["binary"] = (binary, "not text")
    image = tmp_path / "photo.pdf"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    files["image renamed .pdf"] = (image, "is not a PDF (it is a PNG image)")
    files["pdf without text layer"] = (_pdf(tmp_path, "scan.pdf", text=False), "no OCR")
    files["encrypted pdf"] = (_pdf(tmp_path, "locked.pdf", password="secret"), "encrypted")
    docx_bytes = (CORPUS / "en-08-statement.docx").read_bytes()
    truncated = tmp_path / "cut.docx"
    truncated.write_bytes(docx_bytes[: len(docx_bytes) // 2])
    files["truncated docx"] = (truncated, "damaged or incomplete Word file")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:  # sparse: 50 MB on paper, nothing on disk
        out.seek(50 * 1024 * 1024)
        out.write(b"a")
    files["50 MB text"] = (huge, f"{megabytes(MAX_TEXT_FILE_BYTES)} limit")
    broken = tmp_path / "broken.txt"
    broken.write_bytes("Les ministres réunis à Bamako ".encode() + b"\xc3\x28 \xe9t\xe9" * 3)
    files["invalid utf-8"] = (broken, "not valid UTF-8")
    scripts = tmp_path / "scripts.html"
    scripts.write_text(
        "<html><head><script>var a=1;</script></head><body><script>go();</script></body></html>"
    )
    files["html of scripts only"] = (scripts, "no article text")
    return files
