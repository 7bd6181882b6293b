"""``import`` and ``review``: documents in, and the queue of what they yielded."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from desktop_app.cli import emit, fail
from desktop_app.cli.progress import progress_bar
from desktop_app.ingest.readers import documents_in, one_line, shown_name
from desktop_app.services.addresses import is_address
from desktop_app.services.startup import open_user_store
from domain.views import to_jsonable
from domain.vocabulary import ItemKind, ReviewKind, Theme, values_of

# The import, review and corroboration services bring the extraction pipeline (a third of a
# second): imported by the handlers that use them, so that every other command starts without.


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    importer = sub.add_parser(
        "import",
        parents=[common],
        help="import communiqués and articles (.txt .md .html .htm .pdf .docx)",
    )
    importer.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="documents, or folders: a folder's documents are imported, with those of its "
        "subfolders (hidden ones left out)",
    )
    importer.add_argument(
        "--confirm", action="store_true", help="accept what is found at once (no review)"
    )
    importer.add_argument(
        "--published",
        type=_day,
        metavar="YYYY-MM-DD",
        help="the day the documents were published: dates such as 'on Thursday' or "
        "'jeudi 3 avril' are read from it (wins over the file's own metadata)",
    )
    importer.add_argument(
        "--address",
        metavar="URL",
        help="where the document was found (its address; a date in it, /2025/04/03/, "
        "dates the document when --published is not given)",
    )
    importer.set_defaults(handler=_import)

    reviewer = sub.add_parser(
        "review", parents=[common], help="list imported candidates, or accept/reject/edit one"
    )
    reviewer.add_argument("--meeting", type=int, metavar="ID", help="only this meeting's")
    actions = reviewer.add_subparsers(dest="action", metavar="ACTION")
    for name, text in (("accept", "accept a candidate"), ("reject", "reject a candidate")):
        action = actions.add_parser(name, parents=[common], help=text)
        action.add_argument("kind", choices=values_of(ReviewKind))
        action.add_argument("id", type=int)
        action.set_defaults(handler=_decide)
    everything = actions.add_parser(
        "accept-meeting", parents=[common], help="accept a meeting and all its candidates"
    )
    everything.add_argument("id", type=int)
    everything.set_defaults(handler=_accept_meeting)
    edit = actions.add_parser("edit", parents=[common], help="correct a candidate's text or theme")
    edit.add_argument("kind", choices=values_of(ReviewKind))
    edit.add_argument("id", type=int)
    edit.add_argument("--text")
    edit.add_argument("--theme", choices=values_of(Theme))
    edit.set_defaults(handler=_edit)
    for name, text in (
        ("merge", "an item flagged 'probably the same as #N' is that item: merge it into it"),
        ("keep-both", "an item flagged 'probably the same as #N' is another item: keep both"),
    ):
        action = actions.add_parser(name, parents=[common], help=text)
        action.add_argument("kind", choices=values_of(ItemKind))
        action.add_argument("id", type=int)
        action.set_defaults(handler=_duplicate)
    reviewer.set_defaults(handler=_list)


def _day(text: str) -> dt.date:
    """A --published value: one day written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a day: write the publication date as YYYY-MM-DD (2025-04-02)."
        ) from exc


def _expand(paths: list[Path]) -> list[Path]:
    """Files as given; a folder stands for the importable files in it and in its subfolders
    (readers.documents_in). A folder with none is refused."""
    from desktop_app.services import importing

    out: list[Path] = []
    for path in paths:
        if not path.is_dir():
            out.append(path)
            continue
        found = documents_in(path)
        if not found:
            raise EmptyFolder(
                f"the folder {shown_name(path)} holds no {' '.join(importing.IMPORTABLE_SUFFIXES)}"
                " file, in it or in its subfolders: give the documents or the folder that "
                "holds them."
            )
        out.extend(found)
    return out


class EmptyFolder(ValueError):
    """A folder given to ``import`` with nothing importable in it."""


def _import(args: argparse.Namespace) -> int:
    from desktop_app.services import importing

    try:
        files = _expand(args.files)
    except EmptyFolder as exc:
        return fail(str(exc))
    if args.address is not None and not is_address(args.address):
        return fail(
            f"'{args.address}' is not an address: give the whole address of the document, "
            "starting with https:// or http://."
        )
    if args.address and len(files) > 1:
        return fail(
            f"--address names one document, and {len(files)} were given: import that "
            "document alone with its address."
        )
    progress = _progress(len(files)) if sys.stderr.isatty() and not args.json else None
    told = importing.Given(args.published, args.address.strip() if args.address else None)
    with open_user_store(getattr(args, "db", None)) as store:
        outcomes = importing.import_files(
            store,
            files,
            confirm=args.confirm,
            progress=progress,
            given={path: told for path in files},
        )
    if progress is not None:
        progress(len(files), len(files), Path(""))
    for outcome in outcomes:
        if outcome.status == "error" and not args.json:
            print(f"chancery: {one_line(outcome.message)}", file=sys.stderr)
    emit(
        args,
        outcomes,
        lambda: "\n".join(one_line(o.message) for o in outcomes if o.status != "error"),
    )
    return 1 if any(o.status == "error" for o in outcomes) else 0


def _progress(total: int) -> Callable[[int, int, Path], None] | None:
    """On a terminal, a bar naming the file being read (a long one takes seconds)."""
    if total < 2:
        return None
    bar = progress_bar("Importing")
    return lambda done, n, path: bar(done, n, shown_name(path)[:40])


def _list(args: argparse.Namespace) -> int:
    from desktop_app.services import corroboration, review

    with open_user_store(getattr(args, "db", None)) as store:
        items = review.list_candidates(store, meeting_id=args.meeting)
        doubles = {
            (d.kind, d.id): d
            for d in corroboration.probable_duplicates(store, meeting_id=args.meeting)
        }

    def text() -> str:
        if not items:
            return "Nothing to review."
        lines: list[str] = []
        current = None
        for c in items:
            if c.meeting_id != current:
                current = c.meeting_id
                lines.append(f"Meeting {c.meeting_id}: {c.meeting_title}")
            lines.append(f"  {c.kind:<13} {c.id:>5}  [{c.detail}] {c.text}")
            double = doubles.get((c.kind, c.id))
            if double is not None:
                why = f", but {double.reason}" if double.reason else ""
                lines.append(
                    f"{'':22}probably the same as #{double.same_as_id} "
                    f"({double.score:.2f}{why}): {double.same_as_text}"
                    f"  -> review merge|keep-both {c.kind} {c.id}"
                )
        return "\n".join(lines)

    # The JSON list stays a list of candidates; a probable duplicate says which item it may be.
    listed = [
        {**to_jsonable(c), "probably_same_as": to_jsonable(doubles.get((c.kind, c.id)))}
        for c in items
    ]
    emit(args, listed, text)
    return 0


def _duplicate(args: argparse.Namespace) -> int:
    from desktop_app.services import corroboration

    with open_user_store(getattr(args, "db", None)) as store:
        if args.action == "merge":
            kept = corroboration.merge_duplicate(store, args.kind, args.id)
            message = (
                f"Merged {args.kind} {args.id} into {args.kind} {kept}: "
                f"its source now reports {kept}."
            )
        else:
            corroboration.keep_both(store, args.kind, args.id)
            kept = args.id
            message = f"Kept {args.kind} {args.id} as an item of its own (accepted)."
    emit(args, {"kind": args.kind, "id": args.id, "action": args.action, "kept": kept},
         lambda: message)  # fmt: skip
    return 0


def _decide(args: argparse.Namespace) -> int:
    from desktop_app.services import review

    with open_user_store(getattr(args, "db", None)) as store:
        if args.action == "accept":
            review.accept(store, args.kind, args.id)
        else:
            review.reject(store, args.kind, args.id)
    verb = "Accepted" if args.action == "accept" else "Rejected"
    emit(args, {"kind": args.kind, "id": args.id, "action": args.action},
         lambda: f"{verb} {args.kind} {args.id}.")  # fmt: skip
    return 0


def _accept_meeting(args: argparse.Namespace) -> int:
    from desktop_app.services import review

    with open_user_store(getattr(args, "db", None)) as store:
        count = review.accept_meeting(store, args.id)
    emit(args, {"meeting": args.id, "accepted": count},
         lambda: f"Accepted meeting {args.id} and its candidates ({count} records).")  # fmt: skip
    return 0


def _edit(args: argparse.Namespace) -> int:
    from desktop_app.services import review

    with open_user_store(getattr(args, "db", None)) as store:
        candidate = review.edit_candidate(
            store, args.kind, args.id, text=args.text, theme=args.theme
        )
    emit(
        args,
        candidate,
        lambda: f"{candidate.kind} {candidate.id}: [{candidate.detail}] {candidate.text}",
    )
    return 0
