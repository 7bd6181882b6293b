"""Builds the PDF of a note: the sections' flowables on the note's pages, with set metadata."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable

from desktop_app.briefing import labels
from desktop_app.briefing.content import NoteContent
from desktop_app.briefing.fonts import FontMissing
from desktop_app.briefing.pages import NoteDocument, NumberedCanvas, make_footer
from desktop_app.briefing.sections import SECTIONS
from desktop_app.briefing.styles import make_styles
from desktop_app.briefing.text import Replacement, clean, recording

CREATOR = "Chancery"

__all__ = [
    "CREATOR",
    "BriefingError",
    "BuiltPdf",
    "Replacement",
    "build",
    "build_pdf",
    "save_pdf",
    "write_pdf",
    "story",
    "unprintable",
]


class BriefingError(RuntimeError):
    """A note that cannot be built; the message says what to change."""


@dataclass(frozen=True)
class BuiltPdf:
    data: bytes
    pages: int
    replaced: tuple[Replacement, ...] = ()  # characters printed as the replacement mark


def story(note: NoteContent, replaced: list[Replacement] | None = None) -> list[Flowable]:
    """Every section's flowables in the format's order; characters no font has are added to
    ``replaced`` with their section."""
    styles = make_styles()
    flowables: list[Flowable] = []
    found: list[Replacement] = [] if replaced is None else replaced
    for key, section in SECTIONS:
        with recording(found, labels.label(note.language, key)):
            flowables += section(note, styles)
    return flowables


def unprintable(note: NoteContent) -> list[Replacement]:
    """The characters of ``note`` that will print as the replacement mark, and where; found
    without laying the note out (what the export says before it starts)."""
    found: list[Replacement] = []
    story(note, found)
    return found


def build_pdf(note: NoteContent, *, progress: Callable[[str], None] | None = None) -> bytes:
    """The note as PDF bytes."""
    return build(note, progress=progress).data


def build(note: NoteContent, *, progress: Callable[[str], None] | None = None) -> BuiltPdf:
    """The note as PDF bytes, with its number of pages."""
    if note.language not in labels.LANGUAGES:
        raise BriefingError(
            f"A note is written in French (fr) or English (en), not '{note.language}'."
        )
    try:
        if progress:
            progress("layout")
        replaced: list[Replacement] = []
        flowables = story(note, replaced)
        buffer = io.BytesIO()
        doc = NoteDocument(
            buffer,
            note,
            title=clean(note.title),
            subject=clean(note.purpose) or labels.label(note.language, "kind"),
            # ReportLab writes "anonymous" unless told: no name unless the user set one.
            author=clean(note.author),
            creator=CREATOR,
            producer=CREATOR,
            keywords="",
            lang=note.language,
        )
        canvas_class = type(
            "NoteCanvas", (NumberedCanvas,), {"footer": staticmethod(make_footer(note))}
        )
        if progress:
            progress("pages")
        doc.build(flowables, canvasmaker=canvas_class)
    except FontMissing as exc:
        raise BriefingError(str(exc)) from exc
    return BuiltPdf(buffer.getvalue(), doc.page, tuple(replaced))


def write_pdf(note: NoteContent, path: str | os.PathLike[str]) -> BuiltPdf:
    """Build the note and write it to ``path`` whole or not at all."""
    built = build(note)
    save_pdf(built.data, path)
    return built


def save_pdf(data: bytes, path: str | os.PathLike[str]) -> None:
    """Write ``data`` to ``path`` whole or not at all (a temporary file, then a rename)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise BriefingError(
            f"The folder {folder} does not exist; choose another place for the PDF."
        )
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".chancery-", suffix=".pdf", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise BriefingError(f"The PDF could not be written to {target}: {exc.strerror}.") from exc
