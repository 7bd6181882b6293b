"""``export`` (alias ``brief``), ``briefs`` and ``levels``: briefing notes from the command line."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop_app.cli import emit, fail, iso_date
from desktop_app.services import browse, searching
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import Store

if TYPE_CHECKING:
    from desktop_app.services import briefs

# services.briefs and .classification bring ReportLab (over half a second of start-up):
# imported by the handlers that use them, so that every other command starts without it.


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = sub.add_parser(
        "export",
        aliases=["brief"],
        parents=[common],
        help="write a briefing note (PDF) on meetings, a search or an actor",
    )
    export.add_argument("meetings", nargs="*", type=int, metavar="MEETING_ID")
    export.add_argument("--meeting", type=int, action="append", default=[], metavar="ID")
    export.add_argument("--query", metavar="Q", help="the meetings a search finds")
    export.add_argument(
        "--actor",
        action="append",
        default=[],
        metavar="NAME",
        help="an actor's meetings (name or id)",
    )
    export.add_argument(
        "--since", type=iso_date, metavar="DATE", help="with --actor: meetings from DATE"
    )
    export.add_argument("--out", required=True, metavar="FILE.pdf")
    export.add_argument("--lang", choices=["fr", "en"], default="fr")
    export.add_argument(
        "--classification", metavar="LEVEL", help="the note's marking (default: highest contained)"
    )
    export.add_argument("--title")
    export.add_argument("--purpose")
    export.add_argument("--audience")
    export.add_argument("--prepared-for", dest="prepared_for")
    export.add_argument("--prepared-by", dest="prepared_by")
    export.add_argument("--reference")
    export.add_argument(
        "--date", type=iso_date, metavar="DATE", help="the note's date (default: today)"
    )
    export.add_argument("--talking-point", action="append", default=[], metavar="TEXT")
    export.add_argument(
        "--no-annotations", action="store_true", help="leave the reader's notes out"
    )
    export.add_argument(
        "--note",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help="include only these notes",
    )
    export.add_argument("--draft", action="store_true", help="print DRAFT / PROJET across pages")
    export.add_argument(
        "--decision",
        metavar="TEXT",
        help="add a 'Decision requested' section with this text (after the talking points)",
    )
    export.add_argument(
        "--sign-off",
        dest="sign_off",
        action="store_true",
        help="end the note with an approval block to sign (approved / not approved, date)",
    )
    export.add_argument(
        "--author", help="the author's name in the PDF's metadata (none by default)"
    )
    export.set_defaults(handler=_export)

    lister = sub.add_parser("briefs", parents=[common], help="list the notes made so far")
    lister.add_argument("--changes", type=int, metavar="ID", help="what changed since brief ID")
    lister.set_defaults(handler=_briefs)

    levels = sub.add_parser("levels", parents=[common], help="list the classification levels")
    levels.set_defaults(handler=_levels)


def _actor_id(store: Store, value: str) -> int:
    from desktop_app.services import briefs

    if value.isdigit():
        return browse.get_actor(store, int(value)).id
    wanted = value.strip().casefold()
    actors = browse.list_actors(store)
    exact = [a for a in actors if wanted in {a.name.casefold(), *(x.casefold() for x in a.aliases)}]
    found = exact or [a for a in actors if wanted in a.name.casefold()]
    if len(found) == 1:
        return found[0].id
    if not found:
        raise briefs.BriefError(f"No actor is called '{value}'; `chancery list actors` lists them.")
    names = "; ".join(f"{a.id} {a.name}" for a in found[:6])
    raise briefs.BriefError(f"'{value}' names several actors ({names}); give the id instead.")


def _query_meetings(store: Store, query: str) -> list[int]:
    from desktop_app.services import briefs

    ids: list[int] = []
    for hit in searching.search(store, query, limit=500):
        meeting = hit.id if hit.kind == "meeting" else hit.meeting_id
        if meeting is not None and meeting not in ids:
            ids.append(meeting)
    if not ids:
        raise briefs.BriefError(f"No meeting matches '{query}'; try other words.")
    return ids


def _export(args: argparse.Namespace) -> int:
    from desktop_app.services import briefs

    if not str(args.out).lower().endswith(".pdf"):
        return fail(f"--out {args.out}: name a PDF file (ending in .pdf).", 2)
    with open_user_store(getattr(args, "db", None)) as store:
        meeting_ids = [*args.meetings, *args.meeting]
        if args.query:
            meeting_ids += _query_meetings(store, args.query)
        actor_ids = tuple(_actor_id(store, a) for a in args.actor)
        if not meeting_ids and not actor_ids:
            return fail("name the meetings (ids, --meeting, --query) or --actor to brief on.", 2)
        notes: tuple[int, ...] | None = None
        if args.no_annotations:
            notes = ()
        elif args.note:
            notes = tuple(args.note)
        request = briefs.BriefRequest(
            meeting_ids=tuple(dict.fromkeys(meeting_ids)),
            actor_ids=actor_ids,
            since=args.since,
            title=args.title or "",
            purpose=args.purpose or "",
            audience=args.audience or "",
            prepared_for=args.prepared_for or "",
            prepared_by=args.prepared_by or "",
            classification=args.classification,
            language=args.lang,
            talking_points=tuple(args.talking_point) or None,
            annotation_ids=notes,
            draft=args.draft,
            author=args.author or "",
            reference=args.reference or "",
            today=args.date,
            decision=args.decision or "",
            sign_off=args.sign_off,
        )
        view = briefs.export_brief(store, request, args.out, warn=_warn)
        emit(
            args,
            view,
            lambda: (
                f"Brief {view.reference} ({view.classification}, {view.pages} pages) "
                f"written to {view.file_name}."
            ),
        )
    return 0


def _warn(replaced: list[briefs.Replacement]) -> None:
    """Said on stderr before the layout starts; the export goes on."""
    from desktop_app.services import briefs

    for sentence in briefs.warnings_text(replaced):
        print(f"chancery: warning: {sentence}", file=sys.stderr)


def _briefs(args: argparse.Namespace) -> int:
    from desktop_app.services import briefs

    with open_user_store(getattr(args, "db", None)) as store:
        if args.changes is not None:
            brief = briefs.get_brief(store, args.changes)
            changes = briefs.changes_since(store, args.changes)
            lines = [f"Since brief {brief.reference} of {brief.generated_at:%Y-%m-%d}:"]
            lines += [f"  new meeting: {t}" for t in changes.new_meetings]
            lines += [f"  new commitment: {t}" for t in changes.new_commitments]
            lines += [f"  status: {s.text} ({s.old} → {s.new})" for s in changes.status_changes]
            if changes.empty:
                lines.append("  nothing has changed.")
            emit(args, changes, lambda: "\n".join(lines))
            return 0
        rows = briefs.list_briefs(store)
        emit(
            args,
            rows,
            lambda: (
                "\n".join(
                    f"{b.id:>4}  {b.generated_at:%Y-%m-%d %H:%M}  {b.reference:<14} {b.language}  "
                    f"{b.classification:<13} {b.title}"
                    for b in rows
                )
                or "No briefs yet: `chancery export MEETING_ID --out note.pdf` makes one."
            ),
        )
    return 0


def _levels(args: argparse.Namespace) -> int:
    from desktop_app.services import classification

    levels = classification.load_levels()
    emit(
        args,
        levels,
        lambda: (
            "\n".join(f"{lv.keyword:<14} {lv.en} / {lv.fr}" for lv in levels)
            + f"\n(your own list goes in {classification.settings_path()})"
        ),
    )
    return 0
