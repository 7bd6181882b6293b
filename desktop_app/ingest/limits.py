"""The limits on one imported document: what a briefing needs, far short of what exhausts memory."""

from __future__ import annotations

# A PDF or Word file as it lies on disk (images included).
MAX_FILE_BYTES = 20 * 1024 * 1024
# A .txt, .md or .html file: every byte of it is text to decode, clean and analyse (a 19 MB
# text took minutes and 580 MB to analyse; a long report is well under 1 MB).
MAX_TEXT_FILE_BYTES = 8 * 1024 * 1024
# The text extracted from any document, in characters (about 1,000 pages): refused beyond, as
# the analysis of one document holds all of it in memory several times over.
MAX_TEXT_CHARS = 2_000_000
# A Word file is a ZIP archive: what its parts hold once unpacked, read from the archive's
# table before anything is unpacked (a 214 KB file unpacked to 60 MB of paragraphs).
MAX_UNZIPPED_BYTES = 40 * 1024 * 1024
# A part that unpacks to more than this many times its packed size is a "ZIP bomb"; Word's
# own XML packs about ten to one. Small parts are exempt (a short run of spaces packs well).
MAX_ZIP_RATIO = 100
ZIP_RATIO_FLOOR_BYTES = 1024 * 1024


def megabytes(n: int) -> str:
    """A byte count as the user reads it (20 MB)."""
    return f"{n / 1024 / 1024:.0f} MB"


def characters(n: int) -> str:
    """A character count with thousands separators (2,000,000 characters)."""
    return f"{n:,} characters"
