"""The editing services' refusals in the window's language (their code and arguments)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.services import editing
from desktop_app.services.store import Store, StoreError
from desktop_app.ui.editing.dialogs import field_label
from desktop_app.ui.labels import kind_label


def _templates() -> dict[str, str]:
    # Each string is written out for lupdate; {field} and {kind} arrive translated.
    return {
        "no_record": QCoreApplication.translate(
            "EditErrors", "“{raw}” names no record: write KIND:ID, KIND being one of {choices}."
        ),
        "not_a_field": QCoreApplication.translate(
            "EditErrors", "“{raw}” is not a field of a {kind}; its fields are: {choices}."
        ),
        "bad_date": QCoreApplication.translate(
            "EditErrors", "“{raw}” is not a date ({field}): write it 2025-03-04, 2025-03 or 2025."
        ),
        "no_actor_id": QCoreApplication.translate(
            "EditErrors", "There is no actor {raw} for the field “{field}”."
        ),
        "no_actor_named": QCoreApplication.translate(
            "EditErrors",
            "No actor is called “{raw}” (field “{field}”): give its exact name, an alias "
            "or actor:ID.",
        ),
        "several_actors": QCoreApplication.translate(
            "EditErrors",
            "“{raw}” (field “{field}”) names several actors ({choices}): give actor:ID.",
        ),
        "empty": QCoreApplication.translate(
            "EditErrors", "The field “{field}” of a {kind} cannot be empty."
        ),
        "bad_choice": QCoreApplication.translate(
            "EditErrors", "“{raw}” is not allowed in the field “{field}”; use one of: {choices}."
        ),
        "not_a_number": QCoreApplication.translate(
            "EditErrors", "The field “{field}” of a {kind} is a whole number, not “{raw}”."
        ),
        "not_a_day": QCoreApplication.translate(
            "EditErrors", "“{raw}” is not a day: write the publication date 2025-04-03."
        ),
        "bad_address": QCoreApplication.translate(
            "EditErrors",
            "“{raw}” is not an address: write the whole address, starting with https://.",
        ),
        "bad_country": QCoreApplication.translate(
            "EditErrors", "“{raw}” is not a country: write its two-letter code (ML, FR, RU…)."
        ),
        "person_as_party": QCoreApplication.translate(
            "EditErrors", "A party is a state or an organisation; add a person as a participant."
        ),
        "bad_passage": QCoreApplication.translate(
            "EditErrors", "The passage is not in the source's text: select it again."
        ),
        "needs_text": QCoreApplication.translate(
            "EditErrors", "A new {kind} needs its text: type it, or select a passage."
        ),
        "needs_person": QCoreApplication.translate(
            "EditErrors", "A participant needs a person: give a name or actor:ID."
        ),
        "source_without_meeting": QCoreApplication.translate(
            "EditErrors",
            "Source {id} is attached to no meeting: attach it to one before adding records "
            "from it.",
        ),
        "bad_score": QCoreApplication.translate(
            "EditErrors", "A compliance score is -1, 0 or +1 (or none)."
        ),
        "cannot_merge": QCoreApplication.translate(
            "EditErrors", "Two records of this kind ({kind}) cannot be merged."
        ),
        "merge_itself": QCoreApplication.translate(
            "EditErrors", "Merging {kind} {id} with itself changes nothing: choose another."
        ),
        "merge_other_meeting": QCoreApplication.translate(
            "EditErrors",
            "Items {id} and {other} belong to different meetings: only two items of one "
            "meeting can be merged.",
        ),
        "merge_other_speaker": QCoreApplication.translate(
            "EditErrors",
            "Statements {id} and {other} are by different speakers: correct the speaker first.",
        ),
        "no_demo": QCoreApplication.translate(
            "EditErrors", "The demo dossier is not in this store: there is nothing to remove."
        ),
        "already_undone": QCoreApplication.translate(
            "EditErrors", "Change {id} is already undone."
        ),
        "not_undone": QCoreApplication.translate(
            "EditErrors", "Change {id} is not undone: there is nothing to redo."
        ),
        "undo_conflict": QCoreApplication.translate(
            "EditErrors",
            "Change {id} cannot be undone: {kind} {other} was changed since; undo the later "
            "changes first.",
        ),
        "redo_conflict": QCoreApplication.translate(
            "EditErrors",
            "Change {id} cannot be redone: {kind} {other} was changed since; undo the later "
            "changes first.",
        ),
    }


def translated(exc: BaseException) -> str:
    """The refusal in the window's language; a sentence with no code is shown as it is."""
    code = getattr(exc, "code", "")
    template = _templates().get(code) if code else None
    if template is None:
        return str(exc)
    params: Mapping[str, Any] = getattr(exc, "params", {})
    values = {k: str(v) for k, v in params.items()}
    if "field" in values:
        values["field"] = field_label(values["field"])
    if "kind" in values:
        values["kind"] = kind_label(values["kind"])
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that names another argument
        return str(exc)


def edit_problem(store: Store, kind: str, values: Mapping[str, str]) -> str | None:
    """What is wrong with these values of a record, in the window's language, or None."""
    try:
        editing.validate(store, kind, values)
    except StoreError as exc:
        return translated(exc)
    return None


def in_window_language(action: Callable[[Store], Any]) -> Callable[[Store], Any]:
    """``action`` whose refusal, raised on the writer thread, carries the translated sentence
    (QCoreApplication.translate is thread-safe), since the window shows the message as is."""

    def run(store: Store) -> Any:
        try:
            return action(store)
        except StoreError as exc:
            if not getattr(exc, "code", ""):
                raise
            raise StoreError(translated(exc)) from exc

    return run
