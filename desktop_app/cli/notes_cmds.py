"""``annotate``, ``notes`` and ``tags``: the reader's notes from the command line."""

from __future__ import annotations

import argparse

from desktop_app.cli import emit
from desktop_app.services import annotations as notes
from desktop_app.services.startup import open_user_store


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    note = sub.add_parser("annotate", parents=[common], help="add a note to an item")
    note.add_argument("target", metavar="KIND:ID", help="meeting:3, commitment:12, statement:4…")
    note.add_argument("--text", required=True, help="the note's text")
    note.add_argument("--tag", action="append", default=[], help="a tag (repeat for more)")
    note.add_argument("--include-in-brief", action="store_true")
    note.set_defaults(handler=_annotate)

    lister = sub.add_parser("notes", parents=[common], help="list notes")
    lister.add_argument("target", nargs="?", metavar="KIND:ID")
    lister.add_argument("--tag")
    lister.set_defaults(handler=_notes)

    tags = sub.add_parser("tags", parents=[common], help="list tags with their number of notes")
    tags.set_defaults(handler=_tags)

    tag = sub.add_parser("tag", parents=[common], help="rename or merge tags (undo takes it back)")
    actions = tag.add_subparsers(dest="action", metavar="ACTION", required=True)
    rename = actions.add_parser("rename", parents=[common], help="rename a tag on every note")
    rename.add_argument("name", help="the tag as it is")
    rename.add_argument("new_name", metavar="NEW", help="its new name")
    rename.set_defaults(handler=_rename)
    merge = actions.add_parser(
        "merge", parents=[common], help="put one tag on every note carrying the others"
    )
    merge.add_argument("names", nargs="+", metavar="TAG", help="the tags merged (and removed)")
    merge.add_argument("--into", required=True, metavar="TAG", help="the tag they become")
    merge.set_defaults(handler=_merge)


def _annotate(args: argparse.Namespace) -> int:
    kind, target_id = notes.parse_target(args.target)
    with open_user_store(getattr(args, "db", None)) as store:
        view = notes.add_annotation(
            store,
            kind,
            target_id,
            args.text,
            tags=args.tag,
            include_in_brief=args.include_in_brief,
            from_draft=False,  # a note being typed in a window on the same item stays a draft
        )
        emit(args, view, lambda: f"Note {view.id} added to {kind} {target_id}.")
    return 0


def _notes(args: argparse.Namespace) -> int:
    kind, target_id = notes.parse_target(args.target) if args.target else (None, None)
    with open_user_store(getattr(args, "db", None)) as store:
        rows = notes.list_annotations(store, target_kind=kind, target_id=target_id, tag=args.tag)
        emit(
            args,
            rows,
            lambda: (
                "\n".join(
                    f"{a.id:>5}  {a.target_kind}:{a.target_id}  "
                    + (f"[{', '.join(a.tags)}] " if a.tags else "")
                    + a.body.replace("\n", " ")[:100]
                    for a in rows
                )
                or "No notes."
            ),
        )
    return 0


def _tags(args: argparse.Namespace) -> int:
    with open_user_store(getattr(args, "db", None)) as store:
        rows = notes.list_tags(store)
        emit(
            args,
            [{"tag": name, "notes": count} for name, count in rows],
            lambda: "\n".join(f"{count:>5}  {name}" for name, count in rows) or "No tags.",
        )
    return 0


def _rename(args: argparse.Namespace) -> int:
    with open_user_store(getattr(args, "db", None)) as store:
        done = notes.rename_tag(store, args.name, args.new_name)
    emit(args, done, lambda: f"Tag #{args.name} renamed #{done.tag} on {done.notes} note(s).")
    return 0


def _merge(args: argparse.Namespace) -> int:
    with open_user_store(getattr(args, "db", None)) as store:
        done = notes.merge_tags(store, args.names, args.into)
    merged = ", ".join("#" + n for n in done.removed)
    emit(args, done, lambda: f"{merged} merged into #{done.tag}: {done.notes} note(s) moved.")
    return 0
