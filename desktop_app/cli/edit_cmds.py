"""``edit``, ``add``, ``delete``, ``merge``, ``history``, ``undo`` and ``remove-demo``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_app.cli import EXIT_USAGE, emit, fail
from desktop_app.services import editing, history

# services.merging brings the demo dossier and the corroboration pipeline: imported by `merge`.
from desktop_app.services.browse import NotFound
from desktop_app.services.edit_fields import FIELDS, InvalidEdit, parse_ref
from desktop_app.services.history import ChangeConflict
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import Store


def _fields_help() -> str:
    lines = ["fields of each kind (FIELD=VALUE; an empty VALUE clears a field):"]
    for kind, fields in FIELDS.items():
        if not fields:
            continue
        parts = []
        for f in fields:
            allowed = f" ({'|'.join(f.choices)})" if f.choices else ""
            parts.append(f"{f.name}{allowed}")
        lines.append(f"  {kind}: " + ", ".join(parts))
    lines.append(
        "  dates: 2025-03-04, 2025-03 or 2025 (sets the precision); actors: a name, an "
        "alias or actor:ID; several actors: comma-separated; aliases: semicolon-separated"
    )
    lines.append("  principle:ID, next_step:ID and item:ID name a commitment too")
    return "\n".join(lines)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    edit = sub.add_parser(
        "edit", parents=[common], help="change fields of a record (undoable)",
        epilog=_fields_help(), formatter_class=formatter,
    )  # fmt: skip
    edit.add_argument("target", metavar="KIND:ID", help="meeting:5, commitment:12, actor:3…")
    edit.add_argument("values", nargs="+", metavar="FIELD=VALUE")
    edit.add_argument(
        "--if-version",
        type=int,
        metavar="N",
        help="write only if the record is still at version N (a team store: the version "
        "the last edit printed); else nothing is written and the command fails",
    )
    edit.set_defaults(handler=_edit)

    add = sub.add_parser(
        "add", parents=[common], help="add a commitment, principle, next step, statement or "
        "participant to a meeting", epilog=_fields_help(), formatter_class=formatter,
    )  # fmt: skip
    add.add_argument("kind", choices=editing.ADDABLE)
    add.add_argument("meeting", metavar="meeting:ID")
    add.add_argument("values", nargs="*", metavar="FIELD=VALUE")
    add.add_argument(
        "--passage",
        metavar="SOURCE:START:END",
        help="anchor it to characters START-END of a source",
    )
    add.set_defaults(handler=_add)

    delete = sub.add_parser(
        "delete", parents=[common], help="delete a record and what depends on it (undoable)"
    )
    delete.add_argument("target", metavar="KIND:ID", help="meeting, commitment, statement, "
                        "participation, actor, source or note")  # fmt: skip
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    delete.set_defaults(handler=_delete)

    merge = sub.add_parser(
        "merge", parents=[common], help="merge two actors, meetings, items or "
        "statements (undoable)",
        description="Every reference to OTHER moves to KEEP, KEEP's empty fields take OTHER's "
        "values, and OTHER is deleted.",
    )  # fmt: skip
    merge.add_argument("keep", metavar="KIND:KEEP")
    merge.add_argument("other", metavar="KIND:OTHER")
    merge.set_defaults(handler=_merge)

    hist = sub.add_parser("history", parents=[common], help="the recorded changes of a record")
    hist.add_argument("target", metavar="KIND:ID")
    hist.set_defaults(handler=_history)

    undo = sub.add_parser("undo", parents=[common], help="undo the last change (or change N)")
    undo.add_argument("--change", type=int, metavar="N", help="the change set to undo")
    undo.set_defaults(handler=_undo)

    redo = sub.add_parser("redo", parents=[common], help="make an undone change N again")
    redo.add_argument("change", type=int, metavar="N")
    redo.set_defaults(handler=_redo)

    demo = sub.add_parser(
        "remove-demo", parents=[common], help="remove the demo dossier in one (undoable) action"
    )
    demo.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    demo.set_defaults(handler=_remove_demo)


def _values(raw: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in raw:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise InvalidEdit(f"'{item}' is not FIELD=VALUE (for instance place=Bonn).")
        out[name.strip().lower()] = value
    return out


def _run(args: argparse.Namespace, action: Any) -> int:
    """Run ``action(store)``: bad input is one sentence and exit 2, with nothing written."""
    try:
        with open_user_store(getattr(args, "db", None)) as store:
            return int(action(store))
    except (InvalidEdit, NotFound, ChangeConflict) as exc:
        return fail(str(exc), EXIT_USAGE)


def _done(args: argparse.Namespace, result: editing.EditResult, text: str) -> int:
    emit(args, result, lambda: text if result.change_set_id else "Nothing changed.")
    return 0


def _edit(args: argparse.Namespace) -> int:
    def action(store: Store) -> int:
        kind, record_id = parse_ref(args.target)
        result = editing.edit(
            store, kind, record_id, _values(args.values), expected_version=args.if_version
        )
        changed = ", ".join(result.changed)
        version = f", now version {result.version}" if result.version is not None else ""
        return _done(args, result, f"{kind} {record_id}: {changed} changed (change "
                     f"{result.change_set_id}{version}; `chancery undo` undoes it).")  # fmt: skip

    return _run(args, action)


def _add(args: argparse.Namespace) -> int:
    def action(store: Store) -> int:
        kind, meeting_id = parse_ref(args.meeting)
        if kind != "meeting":
            raise InvalidEdit(f"'{args.meeting}' is not a meeting: write meeting:ID.")
        passage = None
        if args.passage:
            parts = args.passage.split(":")
            if len(parts) != 3 or not all(p.isdigit() for p in parts):
                raise InvalidEdit(f"'{args.passage}' is not SOURCE:START:END (e.g. 4:120:260).")
            passage = editing.Passage(*(int(p) for p in parts))
        result = editing.add(store, args.kind, meeting_id, _values(args.values), passage=passage)
        return _done(args, result, f"Added {result.kind} {result.id} to meeting {meeting_id} "
                     f"(change {result.change_set_id}).")  # fmt: skip

    return _run(args, action)


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        return True
    answer = input(f"{question} [y/N] ").strip().lower()
    return answer in ("y", "yes", "o", "oui")


def _delete(args: argparse.Namespace) -> int:
    def action(store: Store) -> int:
        kind, record_id = parse_ref(args.target)
        preview = editing.delete_preview(store, kind, record_id)
        others = ", ".join(f"{n} {t}" for t, n in sorted(preview.items()) if n and t != kind)
        question = f"Delete {kind} {record_id}" + (f" with {others}" if others else "") + "?"
        if not args.yes and not _confirm(question):
            return fail("nothing was deleted.", EXIT_USAGE)
        result = editing.delete(store, kind, record_id)
        return _done(args, result, f"{result.label} (change {result.change_set_id}; "
                     "`chancery undo` restores it).")  # fmt: skip

    return _run(args, action)


def _merge(args: argparse.Namespace) -> int:
    from desktop_app.services import merging

    def action(store: Store) -> int:
        kind, keep = parse_ref(args.keep)
        other_kind, other = parse_ref(args.other)
        if other_kind != kind:
            raise InvalidEdit(f"A {kind} can only be merged with a {kind}, not a {other_kind}.")
        result = merging.merge(store, kind, keep, other)
        return _done(args, result, f"{result.label} (change {result.change_set_id}).")

    return _run(args, action)


def _history(args: argparse.Namespace) -> int:
    def action(store: Store) -> int:
        kind, record_id = parse_ref(args.target)
        entries = history.history(store, editing.TABLE_OF[kind], record_id)
        if not entries and not editing.exists(store, kind, record_id):
            raise NotFound(f"There is no {kind} {record_id} in this store, nor any record of it.")

        def text() -> str:
            if not entries:
                return f"No change recorded for {kind} {record_id}: it is as imported."
            lines = []
            for e in entries:
                c = e.change
                when = e.changed_at.strftime("%Y-%m-%d %H:%M")
                what = _describe_change(c)
                undone = " (undone)" if e.undone else ""
                lines.append(f"{when}  #{e.change_set_id} {e.action}{undone}: {what}")
            return "\n".join(lines)

        emit(args, entries, text)
        return 0

    return _run(args, action)


def _describe_change(c: history.ChangeView) -> str:
    if c.op == "update":
        return f"{c.field}: {_short(c.old_value)} → {_short(c.new_value)}"
    row = c.new_value if c.op == "insert" else c.old_value
    verb = "added" if c.op == "insert" else "deleted"
    return f"{c.record_kind} {verb} {_short(row)}"


def _short(value: Any) -> str:
    text = "∅" if value is None else repr(value) if not isinstance(value, dict) else str(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _undo(args: argparse.Namespace) -> int:
    def action(store: Store) -> int:
        done = history.undo(store, args.change)
        emit(args, done, lambda: f"Undone: {done.label} (change {done.id}).")
        return 0

    return _run(args, action)


def _redo(args: argparse.Namespace) -> int:
    def action(store: Store) -> int:
        done = history.redo(store, args.change)
        emit(args, done, lambda: f"Redone: {done.label} (change {done.id}).")
        return 0

    return _run(args, action)


def _remove_demo(args: argparse.Namespace) -> int:
    from desktop_app.services import merging

    def action(store: Store) -> int:
        if not args.yes and not _confirm("Remove the demo dossier (its meetings and sources)?"):
            return fail("nothing was removed.", EXIT_USAGE)
        result = merging.remove_demo(store)
        return _done(args, result, f"{result.label} (change {result.change_set_id}; "
                     "`chancery undo` puts it back).")  # fmt: skip

    return _run(args, action)
