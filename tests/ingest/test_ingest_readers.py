"""Readers: encodings, formats, and one clear sentence for every bad file."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop_app.ingest import readers
from desktop_app.ingest.limits import MAX_TEXT_CHARS, MAX_UNZIPPED_BYTES
from desktop_app.ingest.normalize import clean, fold
from desktop_app.ingest.readers import UnreadableFile, read_document

TEXT = "Bamako, 3 avril 2025 – Les ministres se sont réunis à l’hôtel de l’Amitié. Été, œuvre.\n"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"]
)
def test_text_files_are_decoded_whatever_their_encoding(tmp_path: Path, encoding: str) -> None:
    text = TEXT if encoding not in ("latin-1",) else TEXT.replace("’", "'").replace("–", "-")
    text = text.replace("œ", "oe") if encoding == "latin-1" else text
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    assert read_document(path).text.lstrip("\ufeff") == text


def test_cleaning_is_nfc_and_folding_keeps_offsets() -> None:
    decomposed = "Le ministre malien a de\u0301clare\u0301 « oui » l’an dernier"
    stored = clean(decomposed).text
    assert "déclaré" in stored
    folded = fold(stored)
    assert len(folded) == len(stored)
    assert "l'an" in folded and '"' in folded
    assert folded.index("l'an") == stored.index("l’an")


def test_markdown_is_unwrapped(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Titre\n\n**Dakar, 3 mai 2024** – Texte [lien](http://x).\n* un\n")
    text = read_document(path).text
    assert text.splitlines()[0] == "Titre"
    assert "Dakar, 3 mai 2024 – Texte lien." in text and "- un" in text


def test_html_keeps_the_article_and_drops_menus_ads_and_scripts(tmp_path: Path) -> None:
    body = " ".join(["Les deux ministres ont signé un accord de coopération à Dakar."] * 4)
    page = (
        "<html><head><title>Accord</title><script>var x = 1;</script></head><body>"
        "<nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav>"
        "<div class='ad-banner'>Promotion exceptionnelle sur les voyages</div>"
        f"<article><h1>Accord signé</h1><p>{body}</p>"
        "<p>LA SUITE APRÈS LA PUBLICITÉ</p><p>Les parties conviennent de se revoir.</p></article>"
        "<footer>Mentions légales</footer><script>track();</script></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    raw = read_document(path)
    cleaned = clean(raw.text)
    assert "accord de coopération" in cleaned.text
    assert "se revoir" in cleaned.text
    for noise in ("Accueil", "Promotion", "var x", "track()", "Mentions légales", "LA SUITE"):
        assert noise not in cleaned.text, noise
    assert cleaned.noise_removed == ("LA SUITE APRÈS LA PUBLICITÉ",)


def test_pdf_and_docx_of_the_corpus_are_read(corpus: Path) -> None:
    pdf = read_document(corpus / "fr-07-communique.pdf")
    assert "coprésidée par Marcel Kouassi" in pdf.text  # a wrapped line joined back
    assert "- Octroi de bourses d'études aux étudiants guinéens\nSuites prévues :" in pdf.text
    docx = read_document(corpus / "en-08-statement.docx")
    assert "- Training of Sahelian officers" in docx.text  # Word bullets become list items
    assert docx.title == "Joint statement of the AES and Türkiye"


@pytest.mark.parametrize(
    "kind",
    [
        "empty",
        "binary",
        "image renamed .pdf",
        "pdf without text layer",
        "encrypted pdf",
        "truncated docx",
        "50 MB text",
        "invalid utf-8",
        "html of scripts only",
    ],
)
def test_each_bad_file_gets_one_clear_sentence(
    bad_files: dict[str, tuple[Path, str]], kind: str
) -> None:
    path, words = bad_files[kind]
    with pytest.raises(UnreadableFile) as caught:
        read_document(path)
    message = str(caught.value)
    assert words in message
    assert message.startswith(path.name)
    assert "\n" not in message and message.endswith(".")


def test_an_unknown_suffix_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.odt"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(UnreadableFile, match="not '.odt'"):
        read_document(path)


def test_a_docx_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_text("just text")
    with pytest.raises(UnreadableFile, match="not a Word document"):
        read_document(path)
    assert zipfile.is_zipfile(Path(__file__).parent.parent / "corpus" / "en-08-statement.docx")


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(path: Path, document_xml: str | bytes) -> Path:
    """A minimal Word file whose main part is ``document_xml``, as Word would pack it."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document_xml)
    return path


def _paragraphs(text: str, count: int) -> str:
    body = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" * count
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}">'
    return f"{head}<w:body>{body}</w:body></w:document>"


def test_a_small_well_formed_docx_is_read(tmp_path: Path) -> None:
    raw = read_document(_docx(tmp_path / "ok.docx", _paragraphs("Dakar, 3 mai 2024.", 3)))
    assert raw.text.splitlines() == ["Dakar, 3 mai 2024."] * 3


def test_a_docx_of_malformed_xml_is_one_sentence(tmp_path: Path) -> None:
    broken = _paragraphs("Dakar", 2).replace("</w:body>", "<w:p><w:r>")  # never closed
    path = _docx(tmp_path / "broken.docx", broken)
    assert path.stat().st_size < 1200  # a file this small was enough to crash `import`
    with pytest.raises(UnreadableFile) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith("broken.docx is a damaged or incomplete Word file")
    assert "\n" not in message


def test_a_docx_unpacking_to_too_much_is_refused_from_its_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docx

    # 60 MB of paragraphs packs into a few hundred KB, as in the report of the 16-minute import.
    xml = _paragraphs("Les ministres se sont réunis à Bamako le 3 avril 2025.", 700_000)
    path = _docx(tmp_path / "bomb.docx", xml)
    assert path.stat().st_size < 1024 * 1024 and len(xml) > MAX_UNZIPPED_BYTES

    def never(*_a: object, **_k: object) -> None:
        raise AssertionError("the archive was unpacked")

    monkeypatch.setattr(docx, "Document", never)
    with pytest.raises(UnreadableFile, match=r"^bomb\.docx unpacks to \d+ MB, over the 40 MB"):
        read_document(path)


def test_a_docx_part_packed_suspiciously_tight_is_refused(tmp_path: Path) -> None:
    path = _docx(tmp_path / "tight.docx", b" " * (8 * 1024 * 1024))  # 8 MB of spaces
    with pytest.raises(UnreadableFile, match="times its size"):
        read_document(path)


def test_a_docx_whose_text_is_too_long_is_refused_before_it_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docx

    def never(*_a: object, **_k: object) -> None:
        raise AssertionError("the whole document was parsed")

    monkeypatch.setattr(docx, "Document", never)
    monkeypatch.setattr(readers, "MAX_TEXT_CHARS", 1000)
    path = _docx(tmp_path / "long.docx", _paragraphs("x" * 99, 20))
    with pytest.raises(UnreadableFile, match=r"longer than 1,000 characters, the limit"):
        read_document(path)


def test_a_text_longer_than_the_limit_is_refused_before_it_is_analysed(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Bamako. " * (MAX_TEXT_CHARS // 8 + 1), encoding="utf-8")
    with pytest.raises(UnreadableFile) as caught:
        read_document(path)
    assert str(caught.value) == (
        "long.txt is longer than 2,000,000 characters, the limit for one document: "
        "import the part you need as a shorter file."
    )


def test_a_text_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as out:  # 19 MB on paper, as in the report
        out.seek(19 * 1024 * 1024)
        out.write(b"a")
    with pytest.raises(UnreadableFile, match=r"^big\.txt is 19 MB, over the 8 MB limit"):
        read_document(path)


def test_a_pdf_whose_text_is_too_long_stops_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pypdf
    from reportlab.pdfgen import canvas

    path = tmp_path / "three.pdf"
    pdf = canvas.Canvas(str(path))
    for _ in range(3):
        pdf.drawString(72, 720, "Dakar, 3 mai 2024 - Les deux pays conviennent de coopérer.")
        pdf.showPage()
    pdf.save()
    monkeypatch.setattr(readers, "MAX_TEXT_CHARS", 10)
    pages_read: list[int] = []
    extract = pypdf.PageObject.extract_text

    def counted(page: pypdf.PageObject, *args: Any, **kwargs: Any) -> str:
        pages_read.append(1)
        return extract(page, *args, **kwargs)

    monkeypatch.setattr(pypdf.PageObject, "extract_text", counted)
    with pytest.raises(UnreadableFile, match="longer than 10 characters"):
        read_document(path)
    assert len(pages_read) == 1  # the other pages were never extracted


def test_a_library_error_on_a_malformed_file_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pypdf

    def explode(*_a: object, **_k: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")  # as a cyclic PDF does

    monkeypatch.setattr(pypdf, "PdfReader", explode)
    path = tmp_path / "cyclic.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Pages 1 0 R >> endobj\n")
    with pytest.raises(UnreadableFile) as caught:
        read_document(path)
    assert str(caught.value) == (
        "cyclic.pdf is damaged or malformed (RecursionError): open it in the program that "
        "made it, save it again and import that."
    )


def test_a_name_with_a_newline_stays_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "two\nlines.txt"
    path.write_bytes(b"")
    with pytest.raises(UnreadableFile) as caught:
        read_document(path)
    assert str(caught.value) == "two\\nlines.txt is empty: there is nothing to import."
