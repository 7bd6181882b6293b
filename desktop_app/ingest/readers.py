"""Readers: a file to its plain text (.txt, .md, .html/.htm, .pdf, .docx), or why it cannot be."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop_app.ingest.dates import date_in_address
from desktop_app.ingest.limits import (
    MAX_FILE_BYTES,
    MAX_TEXT_CHARS,
    MAX_TEXT_FILE_BYTES,
    MAX_UNZIPPED_BYTES,
    MAX_ZIP_RATIO,
    ZIP_RATIO_FLOOR_BYTES,
    characters,
    megabytes,
)
from desktop_app.messages import Message

log = logging.getLogger(__name__)

READABLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
_TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")

_BINARY = "binary data"
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel document"),
)


class UnreadableFile(Exception):
    """A file that cannot be imported; ``note`` says why in one sentence (str() in English)."""

    def __init__(self, note: Message) -> None:
        super().__init__(note.english())
        self.note = note


def _unreadable(code: str, name: str, **args: object) -> UnreadableFile:
    return UnreadableFile(Message(f"read.{code}", {"file": name, **args}))


@dataclass(frozen=True)
class RawDocument:
    text: str
    title: str | None
    kind: str  # the reader used: "text", "markdown", "html", "pdf", "docx"
    encoding: str | None = None
    # What the file says of itself, outside its text: the day it was published (a page's
    # article:published_time or <time datetime>, a Word file's creation date, a date in its
    # address) and its address (a page's canonical URL). Extraction reads relative dates
    # ("jeudi", "on Tuesday") from the publication date.
    published: dt.date | None = None
    address: str | None = None


def _day(value: object) -> dt.date | None:
    """A metadata value ("2025-04-02", "2025-04-02T10:00:00+00:00", a datetime) as a day."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        match = re.match(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)", value)
        if match:
            try:
                return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                return None
    return None


def one_line(text: str) -> str:
    """``text`` for a one-line message: a newline or other control character in it (in a
    file name, say) is written as its escape (\\n)."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def shown_name(path: Path | str) -> str:
    """A file's name as a one-line message shows it."""
    return one_line(Path(path).name)


def documents_in(folder: Path) -> list[Path]:
    """The importable files in ``folder`` and its subfolders, by path; hidden files and
    folders, and Word's ~$ lock files, are left out."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in READABLE_SUFFIXES
        and p.is_file()
        and not any(part.startswith((".", "~$")) for part in p.relative_to(folder).parts)
    )


def read_document(path: Path) -> RawDocument:
    """The text of ``path``; raises UnreadableFile with one sentence saying what is wrong.

    Whatever goes wrong inside a format's library (a malformed XML part, a broken PDF
    object, a file too large for memory) becomes that sentence too: one bad file must never
    end a batch."""
    name = shown_name(path)
    try:
        raw = _read(path, name)
    except UnreadableFile:
        raise
    except MemoryError as exc:
        raise _unreadable("no_memory", name) from exc
    except Exception as exc:  # a library's own error on a malformed file
        log.warning("reading %s failed", path, exc_info=True)
        raise _unreadable("malformed", name, error=type(exc).__name__) from exc
    if len(raw.text) > MAX_TEXT_CHARS:
        raise _too_long(name)
    return raw


def _too_long(name: str) -> UnreadableFile:
    return _unreadable("too_long", name, limit=characters(MAX_TEXT_CHARS))


def _read(path: Path, name: str) -> RawDocument:
    suffix = path.suffix.lower()
    if suffix not in READABLE_SUFFIXES:
        if suffix:
            raise _unreadable("suffix", name, suffixes=", ".join(READABLE_SUFFIXES), suffix=suffix)
        raise _unreadable("no_suffix", name, suffixes=", ".join(READABLE_SUFFIXES))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _unreadable("cannot_open", name, error=exc.strerror or exc) from exc
    if path.is_dir():
        raise _unreadable("folder", name)
    limit = MAX_TEXT_FILE_BYTES if suffix in _TEXT_SUFFIXES else MAX_FILE_BYTES
    if size > limit:
        raise _unreadable(
            "too_big", name, size=megabytes(size), limit=megabytes(limit), suffix=suffix
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable("cannot_read", name, error=exc.strerror or exc) from exc
    if not data.strip():
        raise _unreadable("empty", name)
    if suffix == ".pdf":
        return _read_pdf(name, data)
    if suffix == ".docx":
        return _read_docx(name, data)
    text, encoding = decode_text(name, data)
    if len(text) > MAX_TEXT_CHARS:  # before the slow part (HTML extraction)
        raise _too_long(name)
    if suffix in (".html", ".htm"):
        return _read_html(name, text, encoding)
    if suffix == ".md":
        return RawDocument(_markdown_to_text(text), None, "markdown", encoding)
    return RawDocument(text, None, "text", encoding)


def _looks_like(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def decode_text(name: str, data: bytes) -> tuple[str, str]:
    """Bytes of a text file to text: UTF-8 (with or without BOM), UTF-16, else cp1252/latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif _utf16_without_bom(data):
        encoding = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
    else:
        encoding = ""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise _unreadable(
                "bad_encoding", name, encoding=encoding.upper(), byte=exc.start
            ) from exc
    what = _looks_like(data)
    if what or b"\x00" in data[:65536]:
        raise _unreadable("not_text", name, what=what or _BINARY)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        # Valid multi-byte UTF-8 before the bad byte means a damaged UTF-8 file, not another
        # encoding: guessing would garble it silently.
        if _has_utf8_sequences(data):
            raise _unreadable("bad_utf8", name, byte=exc.start) from exc
    return _decode_legacy(name, data)


def _utf16_without_bom(data: bytes) -> bool:
    sample = data[:4000]
    if len(sample) < 4:
        return False
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(even, odd) > 0.4 * half and min(even, odd) < 0.05 * half


_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _has_utf8_sequences(data: bytes) -> bool:
    return _UTF8_MULTIBYTE.search(data) is not None


_OTHER_SCRIPTS = ("cp1251", "koi8_r", "koi8_u", "cp1253", "cp1255", "cp1256", "iso8859_5", "cp866")


def _decode_legacy(name: str, data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = (best.encoding if best is not None else "") or ""
    # French and English text in a single-byte code page is cp1252 or latin-1 (cp1252 reads
    # both); detectors often guess a Central European page for it, which garbles "à" into
    # "ŕ". Another guess is trusted only for another script (Cyrillic, Greek, Arabic…).
    if encoding not in _OTHER_SCRIPTS:
        encoding = "cp1252"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = data.decode("latin-1")
        encoding = "latin-1"
    if sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f") > len(text) // 100:
        raise _unreadable("binary", name)
    return text, encoding


def _read_html(name: str, html: str, encoding: str) -> RawDocument:
    import trafilatura

    body = trafilatura.extract(
        _without_ads(html),
        include_comments=False,
        include_tables=False,
        include_links=False,
        include_images=False,
        favor_precision=True,
    )
    if not body or not body.strip():
        raise _unreadable("no_article", name)
    title = None
    # Not the extensive search: it guesses a date from the body (a dateline, the meeting's
    # own day); only what the markup states (article:published_time, og/dc dates, <time
    # datetime>, the address) is the publication date.
    metadata = trafilatura.extract_metadata(html, extensive=False)
    published, address = None, None
    if metadata is not None:
        title = metadata.title.strip() if metadata.title else None
        address = metadata.url or None
        published = _day(metadata.date) or date_in_address(address)
    return RawDocument(body, title, "html", encoding, published, address)


_AD_BLOCK = re.compile(
    r"(?:^|[\s_-])(?:ads?|advert\w*|adslot|promo\w*|banner|sponsor\w*|outbrain|taboola|"
    r"newsletter|cookies?|share|sharing|social|related|paywall|subscribe)(?:$|[\s_-])",
    re.IGNORECASE,
)


def _without_ads(html: str) -> str:
    """The page without blocks its own markup names as ads, promotions or sharing widgets."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    for element in tree.xpath("//*[@class or @id]"):
        if element.tag in ("html", "body", "main", "article"):
            continue
        names = f"{element.get('class', '')} {element.get('id', '')}"
        if _AD_BLOCK.search(names):
            element.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode")


def _reflow(page: str) -> str:
    """A PDF's lines joined back into paragraphs: a line that ends mid-sentence goes on."""
    lines = [line.strip() for line in page.split("\n")]
    width = max((len(line) for line in lines), default=0)
    out: list[str] = []
    previous = ""
    for line in lines:
        if out and line and previous and _continues(previous, line, width):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
        previous = line
    return "\n".join(out)


_LIST_START = re.compile(r"^(?:[-*\u2022\u2013\u2014\u2713\u2714]|\d{1,2}[.)]|[a-h][.)])\s")


def _continues(previous: str, line: str, width: int) -> bool:
    if _LIST_START.match(line) or previous.endswith((".", ":", ";", "!", "?", "»", '"', "”")):
        return False
    if line[0].islower() or line[0] in "'’),":
        return True
    # A line that fills the column was wrapped; a short one ended its paragraph.
    return not _LIST_START.match(previous) and len(previous) >= 0.75 * width


def _expect_signature(name: str, data: bytes, signature: bytes, kind: str) -> None:
    """Refuse a file whose first bytes are not those of ``kind`` (a renamed file, say)."""
    if not data.startswith(signature):
        what = _looks_like(data)
        if what:
            raise _unreadable("not_kind_but", name, kind=kind, what=what)
        raise _unreadable("not_kind", name, kind=kind)


def _read_pdf(name: str, data: bytes) -> RawDocument:
    _expect_signature(name, data, b"%PDF", "a PDF")
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # An owner password alone still lets anyone read: try the empty user password.
            try:
                opened = bool(reader.decrypt(""))
            except (DependencyError, NotImplementedError):
                opened = False
            if not opened:
                raise _unreadable("encrypted_pdf", name)
        pages: list[str] = []
        length = 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            length += len(pages[-1])
            if length > MAX_TEXT_CHARS:  # stop reading pages there: it is refused anyway
                raise _too_long(name)
        title = None
        if reader.metadata is not None and reader.metadata.title:
            title = str(reader.metadata.title).strip() or None
    except UnreadableFile:
        raise
    except (FileNotDecryptedError, DependencyError) as exc:
        raise _unreadable("encrypted_pdf", name) from exc
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise _unreadable("damaged_pdf", name, error=exc) from exc
    text = "\n".join(_reflow(p.strip("\n")) for p in pages)
    if len(text.strip()) < 20:
        raise _unreadable("no_text_layer", name)
    return RawDocument(text, title, "pdf")


def _read_docx(name: str, data: bytes) -> RawDocument:
    _expect_signature(name, data, b"PK", "a Word document")
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    damaged = _unreadable("damaged_docx", name)
    try:
        _check_unpacked_size(name, data)
        document = docx.Document(io.BytesIO(data))
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        PackageNotFoundError,
        etree.LxmlError,
        KeyError,
        ValueError,
        OSError,
        EOFError,
    ) as exc:
        raise damaged from exc
    lines: list[str] = []
    for paragraph in document.paragraphs:
        text = paragraph.text
        word_style = paragraph.style  # python-docx looks it up in the styles at each access
        style = (word_style.name or "").lower() if word_style is not None else ""
        # Word keeps bullets and numbers in the paragraph's style, not in its text.
        is_list = "list bullet" in style or "list number" in style or _has_numbering(paragraph)
        if text.strip() and is_list:
            text = "- " + text.strip()
        lines.append(text)
    text = "\n".join(lines)
    if not text.strip():
        raise _unreadable("empty_docx", name)
    properties = document.core_properties
    title = properties.title or None
    # Word's creation date is the day the file was written, which for a communiqué is the
    # day it was issued. python-docx stamps its own template's date on files it makes,
    # which says nothing: left out.
    published = None
    if "python-docx" not in (properties.author or "", properties.last_modified_by or ""):
        published = _day(properties.created)
    return RawDocument(text, title, "docx", published=published)


def _check_unpacked_size(name: str, data: bytes) -> None:
    """Refuse a Word file whose parts would unpack to too much, from the archive's table
    before anything is unpacked (over MAX_UNZIPPED_BYTES in all, or a part packed
    suspiciously tight: a "ZIP bomb"), then one with too much text."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = archive.infolist()
        _check_sizes(name, parts)
        _check_text_length(name, archive, parts)


def _check_sizes(name: str, parts: list[zipfile.ZipInfo]) -> None:
    unpacked = sum(part.file_size for part in parts)
    if unpacked > MAX_UNZIPPED_BYTES:
        raise _unreadable(
            "unpacks_too_big", name, size=megabytes(unpacked), limit=megabytes(MAX_UNZIPPED_BYTES)
        )
    for part in parts:
        if part.file_size > ZIP_RATIO_FLOOR_BYTES and part.file_size > MAX_ZIP_RATIO * max(
            part.compress_size, 1
        ):
            times = part.file_size // max(part.compress_size, 1)
            raise _unreadable("zip_bomb", name, times=times, limit=MAX_ZIP_RATIO)


_WORD_TEXT = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"


def _check_text_length(name: str, archive: zipfile.ZipFile, parts: list[zipfile.ZipInfo]) -> None:
    """Refuse a Word file with more text than MAX_TEXT_CHARS, counted by streaming its XML
    parts (memory stays small) before python-docx builds the whole tree of the document."""
    from lxml import etree

    length = 0
    for part in parts:
        if not (part.filename.startswith("word/") and part.filename.endswith(".xml")):
            continue
        with archive.open(part) as stream:
            for _event, element in etree.iterparse(stream, tag=_WORD_TEXT, huge_tree=False):
                length += len(element.text or "")
                element.clear(keep_tail=True)
                if length > MAX_TEXT_CHARS:
                    raise _too_long(name)


def _has_numbering(paragraph: object) -> bool:
    p_pr = getattr(getattr(paragraph, "_p", None), "pPr", None)
    return p_pr is not None and getattr(p_pr, "numPr", None) is not None


_MD_RULES = (
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.MULTILINE), ""),
    (re.compile(r"^\s{0,3}>\s?", re.MULTILINE), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"^\s{0,3}\*\s+", re.MULTILINE), "- "),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)"), r"\1"),
    (re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$", re.MULTILINE), ""),
)


def _markdown_to_text(text: str) -> str:
    """Markdown to the plain text a reader sees (headings, emphasis and links unwrapped)."""
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text
