"""Messages for the user as a code and arguments: the window translates, the CLI says English."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# The English sentence of each code; {name} fields are the message's arguments. The window
# has its own translatable copy of each (desktop_app/ui/messages.py; a test keeps them equal).
ENGLISH: dict[str, str] = {
    "import.new_meeting": "Imported {file}{noise} as a new meeting {meeting} “{title}”: {summary}.",
    "import.existing_meeting": (
        "Imported {file}{noise} added to the existing meeting {meeting} “{title}”: {summary}."
    ),
    "import.no_meeting": (
        "Imported {file} as source {source}, but found no meeting in it "
        "(no date, place or parties): its text is searchable."
    ),
    "import.duplicate": (
        "{file} is already in the store (source {source}, “{title}”): nothing was added."
    ),
    "import.noise": " ({count} advertising or navigation lines left out)",
    "import.nothing_else": "nothing else",
    "import.to_review": "{summary}; review them with `chancery review`",
    "import.not_analysed": "{file} could not be analysed ({error}).",
    "import.too_little_text": (
        "{file} holds almost no text once cleaned: there is nothing to import."
    ),
    "import.unreadable": "{file} could not be read.",
    "import.store_failed": "{file} was not imported: {error}.",
    "import.helper_failed": (
        "{file} was not imported: the helper process that reads documents stopped while "
        "reading it (the file may be damaged); the other files go on. Try it again, or "
        "save it as .txt and import that."
    ),
    "import.reader_failed": "{error}",
    # What a bring-back left in the offline copy (desktop_app.services.offline).
    "offline.missing_record": (
        "{kind} {id} refers to a record the team store does not have; it stayed in the copy."
    ),
    "offline.reference_not_back": "{kind} {id}: {field} names a record that did not come back.",
    # Why a file cannot be read (desktop_app.ingest.readers).
    "read.no_memory": (
        "{file} is too large to read in this computer's memory: import a shorter extract of it."
    ),
    "read.malformed": (
        "{file} is damaged or malformed ({error}): open it in the program that made it, "
        "save it again and import that."
    ),
    "read.too_long": (
        "{file} is longer than {limit}, the limit for one document: "
        "import the part you need as a shorter file."
    ),
    "read.suffix": "{file}: Chancery imports {suffixes} files, not '{suffix}'.",
    "read.no_suffix": "{file}: Chancery imports {suffixes} files, not files with no suffix.",
    "read.cannot_open": "{file} cannot be opened ({error}).",
    "read.folder": "{file} is a folder, not a document.",
    "read.too_big": (
        "{file} is {size}, over the {limit} limit for one {suffix} document: "
        "import the article or communiqué on its own."
    ),
    "read.cannot_read": "{file} cannot be read ({error}).",
    "read.empty": "{file} is empty: there is nothing to import.",
    "read.bad_encoding": (
        "{file} says it is {encoding} but byte {byte} is not: "
        "save it again as UTF-8 and import that."
    ),
    "read.not_text": (
        "{file} is {what}, not text: open it in the program that made it and save the text as .txt."
    ),
    "read.bad_utf8": (
        "{file} is not valid UTF-8 (byte {byte} is broken): the file is damaged; "
        "save it again as UTF-8 and import that."
    ),
    "read.binary": (
        "{file} is binary data, not text: save the text as .txt (UTF-8) and import that."
    ),
    "read.no_article": (
        "{file} has no article text (only scripts, menus or an empty page): "
        "save the article itself as text and import that."
    ),
    "read.not_kind": "{file} is not {kind}: check the file and its suffix.",
    "read.not_kind_but": "{file} is not {kind} (it is {what}): check the file and its suffix.",
    "read.encrypted_pdf": "{file} is an encrypted PDF: save an unprotected copy and import that.",
    "read.damaged_pdf": "{file} is a damaged PDF ({error}): export it again.",
    "read.no_text_layer": (
        "{file} has no text layer (a scanned image?): Chancery does no OCR; "
        "import a text version of the document."
    ),
    "read.damaged_docx": (
        "{file} is a damaged or incomplete Word file: open it in Word, save it again "
        "and import that."
    ),
    "read.empty_docx": "{file} is an empty Word document: there is nothing to import.",
    "read.unpacks_too_big": (
        "{file} unpacks to {size}, over the {limit} limit for one Word document: "
        "save the part you need as a shorter document."
    ),
    "read.zip_bomb": (
        "{file} holds a part that unpacks to {times} times its size (over {limit} times, "
        "a sign of a malicious file): it was not opened; ask its sender for the text itself."
    ),
    # What an import added (a count and a noun).
    "count.participants": "{n} participants",
    "count.participant": "{n} participant",
    "count.commitments": "{n} commitments",
    "count.commitment": "{n} commitment",
    "count.principles": "{n} principles",
    "count.principle": "{n} principle",
    "count.next_steps": "{n} next steps",
    "count.next_step": "{n} next step",
    "count.statements": "{n} statements",
    "count.statement": "{n} statement",
    "count.corroborations": "{n} corroborations",
    "count.corroboration": "{n} corroboration",
    "count.probable_duplicates": "{n} probable duplicates",
    "count.probable_duplicate": "{n} probable duplicate",
}


@dataclass(frozen=True)
class Message:
    """One sentence for the user: ``code`` names it, ``args`` fill it. An argument may be a
    Message itself, or a list of them (said one after the other, separated by commas)."""

    code: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        return ENGLISH[self.code].format(**{k: english(v) for k, v in self.args.items()})

    def __str__(self) -> str:
        return self.english()


def english(value: Any) -> str:
    """An argument as English text: a Message said, a list of them joined by commas."""
    if isinstance(value, Message):
        return value.english()
    if isinstance(value, (list, tuple)):
        return ", ".join(english(v) for v in value)
    return str(value)


def count(noun: str, n: int) -> Message:
    """ "3 commitments", "1 statement": ``noun`` is the plural key ("next_steps")."""
    singular = {"participants": "participant", "commitments": "commitment"}.get(noun, noun[:-1])
    return Message(f"count.{noun if n != 1 else singular}", {"n": n})
