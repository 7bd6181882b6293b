"""Service messages (code and arguments) in the interface's language, through Qt translation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.messages import Message


def templates() -> dict[str, str]:
    """Each code's sentence in the interface's language (the English is the services')."""
    return {
        "import.new_meeting": QCoreApplication.translate(
            "Messages", "Imported {file}{noise} as a new meeting {meeting} “{title}”: {summary}."
        ),
        "import.existing_meeting": QCoreApplication.translate(
            "Messages",
            "Imported {file}{noise} added to the existing meeting {meeting} “{title}”: {summary}.",
        ),
        "import.no_meeting": QCoreApplication.translate(
            "Messages",
            "Imported {file} as source {source}, but found no meeting in it "
            "(no date, place or parties): its text is searchable.",
        ),
        "import.duplicate": QCoreApplication.translate(
            "Messages",
            "{file} is already in the store (source {source}, “{title}”): nothing was added.",
        ),
        "import.noise": QCoreApplication.translate(
            "Messages", " ({count} advertising or navigation lines left out)"
        ),
        "import.nothing_else": QCoreApplication.translate("Messages", "nothing else"),
        "import.to_review": QCoreApplication.translate(
            "Messages", "{summary}; review them under Review"
        ),
        "import.not_analysed": QCoreApplication.translate(
            "Messages", "{file} could not be analysed ({error})."
        ),
        "import.too_little_text": QCoreApplication.translate(
            "Messages", "{file} holds almost no text once cleaned: there is nothing to import."
        ),
        "import.unreadable": QCoreApplication.translate("Messages", "{file} could not be read."),
        "import.helper_failed": QCoreApplication.translate(
            "Messages",
            "{file} was not imported: the helper process that reads documents stopped while "
            "reading it (the file may be damaged); the other files go on. Try it again, or "
            "save it as .txt and import that.",
        ),
        "import.store_failed": QCoreApplication.translate(
            "Messages", "{file} was not imported: {error}."
        ),
        "import.reader_failed": QCoreApplication.translate("Messages", "{error}"),
        "offline.missing_record": QCoreApplication.translate(
            "Messages",
            "{kind} {id} refers to a record the team store does not have; it stayed in the copy.",
        ),
        "offline.reference_not_back": QCoreApplication.translate(
            "Messages", "{kind} {id}: {field} names a record that did not come back."
        ),
        "read.no_memory": QCoreApplication.translate(
            "Messages",
            "{file} is too large to read in this computer's memory: "
            "import a shorter extract of it.",
        ),
        "read.malformed": QCoreApplication.translate(
            "Messages",
            "{file} is damaged or malformed ({error}): open it in the program that made it, "
            "save it again and import that.",
        ),
        "read.too_long": QCoreApplication.translate(
            "Messages",
            "{file} is longer than {limit}, the limit for one document: "
            "import the part you need as a shorter file.",
        ),
        "read.suffix": QCoreApplication.translate(
            "Messages", "{file}: Chancery imports {suffixes} files, not '{suffix}'."
        ),
        "read.no_suffix": QCoreApplication.translate(
            "Messages", "{file}: Chancery imports {suffixes} files, not files with no suffix."
        ),
        "read.cannot_open": QCoreApplication.translate(
            "Messages", "{file} cannot be opened ({error})."
        ),
        "read.folder": QCoreApplication.translate(
            "Messages", "{file} is a folder, not a document."
        ),
        "read.too_big": QCoreApplication.translate(
            "Messages",
            "{file} is {size}, over the {limit} limit for one {suffix} document: "
            "import the article or communiqué on its own.",
        ),
        "read.cannot_read": QCoreApplication.translate(
            "Messages", "{file} cannot be read ({error})."
        ),
        "read.empty": QCoreApplication.translate(
            "Messages", "{file} is empty: there is nothing to import."
        ),
        "read.bad_encoding": QCoreApplication.translate(
            "Messages",
            "{file} says it is {encoding} but byte {byte} is not: "
            "save it again as UTF-8 and import that.",
        ),
        "read.not_text": QCoreApplication.translate(
            "Messages",
            "{file} is {what}, not text: open it in the program that made it "
            "and save the text as .txt.",
        ),
        "read.bad_utf8": QCoreApplication.translate(
            "Messages",
            "{file} is not valid UTF-8 (byte {byte} is broken): the file is damaged; "
            "save it again as UTF-8 and import that.",
        ),
        "read.binary": QCoreApplication.translate(
            "Messages",
            "{file} is binary data, not text: save the text as .txt (UTF-8) and import that.",
        ),
        "read.no_article": QCoreApplication.translate(
            "Messages",
            "{file} has no article text (only scripts, menus or an empty page): "
            "save the article itself as text and import that.",
        ),
        "read.not_kind": QCoreApplication.translate(
            "Messages", "{file} is not {kind}: check the file and its suffix."
        ),
        "read.not_kind_but": QCoreApplication.translate(
            "Messages", "{file} is not {kind} (it is {what}): check the file and its suffix."
        ),
        "read.encrypted_pdf": QCoreApplication.translate(
            "Messages", "{file} is an encrypted PDF: save an unprotected copy and import that."
        ),
        "read.damaged_pdf": QCoreApplication.translate(
            "Messages", "{file} is a damaged PDF ({error}): export it again."
        ),
        "read.no_text_layer": QCoreApplication.translate(
            "Messages",
            "{file} has no text layer (a scanned image?): Chancery does no OCR; "
            "import a text version of the document.",
        ),
        "read.damaged_docx": QCoreApplication.translate(
            "Messages",
            "{file} is a damaged or incomplete Word file: open it in Word, save it again "
            "and import that.",
        ),
        "read.empty_docx": QCoreApplication.translate(
            "Messages", "{file} is an empty Word document: there is nothing to import."
        ),
        "read.unpacks_too_big": QCoreApplication.translate(
            "Messages",
            "{file} unpacks to {size}, over the {limit} limit for one Word document: "
            "save the part you need as a shorter document.",
        ),
        "read.zip_bomb": QCoreApplication.translate(
            "Messages",
            "{file} holds a part that unpacks to {times} times its size (over {limit} times, "
            "a sign of a malicious file): it was not opened; ask its sender for the text itself.",
        ),
        "count.participants": QCoreApplication.translate("Messages", "{n} participants"),
        "count.participant": QCoreApplication.translate("Messages", "{n} participant"),
        "count.commitments": QCoreApplication.translate("Messages", "{n} commitments"),
        "count.commitment": QCoreApplication.translate("Messages", "{n} commitment"),
        "count.principles": QCoreApplication.translate("Messages", "{n} principles"),
        "count.principle": QCoreApplication.translate("Messages", "{n} principle"),
        "count.next_steps": QCoreApplication.translate("Messages", "{n} next steps"),
        "count.next_step": QCoreApplication.translate("Messages", "{n} next step"),
        "count.statements": QCoreApplication.translate("Messages", "{n} statements"),
        "count.statement": QCoreApplication.translate("Messages", "{n} statement"),
        "count.corroborations": QCoreApplication.translate("Messages", "{n} corroborations"),
        "count.corroboration": QCoreApplication.translate("Messages", "{n} corroboration"),
        "count.probable_duplicates": QCoreApplication.translate(
            "Messages", "{n} probable duplicates"
        ),
        "count.probable_duplicate": QCoreApplication.translate(
            "Messages", "{n} probable duplicate"
        ),
    }


def render(message: Message) -> str:
    """``message`` in the interface's language (English for a code this window lacks)."""
    table = templates()
    return _render(message, table)


def _render(value: Any, table: dict[str, str]) -> str:
    if isinstance(value, Message):
        template = table.get(value.code)
        if template is None:
            return value.english()
        return template.format(**{k: _render(v, table) for k, v in value.args.items()})
    if isinstance(value, (list, tuple)):
        return ", ".join(_render(v, table) for v in value)
    return str(value)
