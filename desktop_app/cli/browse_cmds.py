"""``list``, ``show``, ``search`` and ``demo``: reading the store from the command line."""

from __future__ import annotations

import argparse

from desktop_app.cli import emit, fail, iso_date
from desktop_app.cli.progress import progress_bar
from desktop_app.services import browse, searching
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import Store
from domain.views import (
    CommitmentFilter,
    CommitmentView,
    MeetingDetail,
    MeetingFilter,
)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    lister = sub.add_parser("list", parents=[common], help="list meetings, commitments or actors")
    lister.add_argument("what", choices=["meetings", "commitments", "actors"])
    lister.add_argument("--from", dest="date_from", type=iso_date, metavar="DATE")
    lister.add_argument("--to", dest="date_to", type=iso_date, metavar="DATE")
    lister.add_argument("--country", metavar="ISO2", help="meetings with this country (ML, RU…)")
    lister.add_argument("--format", help="meetings whose format contains this text")
    lister.add_argument("--theme", help="commitments of this theme (security, energy…)")
    lister.add_argument("--status", help="commitments with this status")
    lister.add_argument("--actor", type=int, metavar="ID", help="only those involving actor ID")
    lister.add_argument("--due-before", type=iso_date, metavar="DATE")
    lister.add_argument("--meeting", type=int, metavar="ID", help="commitments of meeting ID")
    lister.set_defaults(handler=_list)

    show = sub.add_parser("show", parents=[common], help="show a meeting with everything attached")
    show.add_argument("what", choices=["meeting"])
    show.add_argument("id", type=int)
    show.add_argument(
        "--all", action="store_true", help="also show imported records still to be reviewed"
    )
    show.set_defaults(handler=_show)

    finder = sub.add_parser(
        "search", parents=[common], help="search everything (accents and case ignored)"
    )
    finder.add_argument("query", nargs="+", help='words, prefixes (coop*), or "a phrase"')
    finder.add_argument("--kind", action="append", choices=searching.SEARCH_KINDS)
    finder.add_argument("--limit", type=int, default=20)
    finder.set_defaults(handler=_search)

    demo = sub.add_parser("demo", parents=[common], help="add the demo dossier to the store")
    demo.add_argument(
        "--scale",
        type=float,
        metavar="N",
        help="instead, generate a large dossier (1 = 10,000 meetings, 200,000 commitments…)",
    )
    demo.add_argument(
        "--seed",
        type=int,
        help="the generator's seed (with --scale; default: the fixed seed of the benchmarks)",
    )
    demo.set_defaults(handler=_demo)


def _open(args: argparse.Namespace) -> Store:
    return open_user_store(getattr(args, "db", None))


def _list(args: argparse.Namespace) -> int:
    with _open(args) as store:
        if args.what == "meetings":
            meetings = browse.list_meetings(
                store,
                MeetingFilter(
                    date_from=args.date_from,
                    date_to=args.date_to,
                    actor_id=args.actor,
                    country_iso2=args.country,
                    format=args.format,
                ),
            )
            emit(
                args,
                meetings,
                lambda: (
                    "\n".join(
                        f"{mt.id:>5}  {mt.starts_on or '?'}  {mt.city or '?':<10} {mt.title}"
                        for mt in meetings
                    )
                    or "No meetings."
                ),
            )
        elif args.what == "commitments":
            items = browse.list_commitments(
                store,
                CommitmentFilter(
                    meeting_id=args.meeting,
                    theme=args.theme,
                    status=args.status,
                    actor_id=args.actor,
                    due_before=args.due_before,
                ),
            )
            emit(
                args,
                items,
                lambda: "\n".join(_commitment_line(c) for c in items) or "No commitments.",
            )
        else:
            actors = browse.list_actors(store)
            emit(
                args,
                actors,
                lambda: "\n".join(
                    f"{a.id:>5}  {a.kind:<12} {a.name}" + (f" ({a.iso2})" if a.iso2 else "")
                    for a in actors
                ),
            )
    return 0


def _commitment_line(c: CommitmentView) -> str:
    due = f" due {c.due_label}" if c.due_on else ""
    flag = {"overdue": " OVERDUE", "due_soon": " due soon"}.get(c.due_state() or "", "")
    return f"{c.id:>5}  [{c.theme or '-'}/{c.kind}] {c.status}{due}{flag}  {c.text}"


def _show(args: argparse.Namespace) -> int:
    with _open(args) as store:
        detail = browse.get_meeting(store, args.id, include_candidates=args.all)
        emit(args, detail, lambda: _meeting_text(detail))
    return 0


def _meeting_text(d: MeetingDetail) -> str:
    s = d.summary
    lines = [
        f"{s.title}",
        f"  {s.starts_on or '?'} · {s.city or '?'} ({s.country_iso2 or '?'}) · {s.format}"
        + (f" · session {s.session_number}" if s.session_number else ""),
    ]
    if d.recurrence:
        lines.append(f"  recurrence: {d.recurrence}")
    if d.parties:
        lines.append("  parties: " + ", ".join(p.name for p in d.parties))
    for p in d.participants:
        lines.append(f"  - {p.actor.name} ({p.country_iso2 or '?'}), {p.role}")
    for title, items in (
        ("Commitments", d.commitments),
        ("Principles", d.principles),
        ("Next steps", d.next_steps),
    ):
        if items:
            lines.append(f"{title}:")
            lines.extend(
                f"  [{c.theme or '-'}] {c.text}" + (f" (due {c.due_label})" if c.due_on else "")
                for c in items
            )
    if d.statements:
        lines.append("Statements:")
        for st in d.statements:
            who = st.speaker.name if st.speaker else st.speaker_as_written or "?"
            if st.speech == "reported":  # the source's words: never « » as the speaker's
                lines.append(f"  {st.as_reported(st.language)}")
            else:
                lines.append(f"  {who}: « {st.text} »")
    return "\n".join(lines)


def _search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        return fail("--limit must be 1 or more.")
    query = " ".join(args.query)
    with _open(args) as store:
        hits = searching.search(store, query, kinds=args.kind, limit=args.limit)
        emit(
            args,
            hits,
            lambda: (
                "\n".join(f"{h.kind:<10} {h.id:>5}  {h.snippet}" for h in hits)
                or f"Nothing matches '{query}'."
            ),
        )
    return 0


def _demo(args: argparse.Namespace) -> int:
    if args.scale is not None:
        return _generate(args)
    from desktop_app.services.demo import load_demo  # the import pipeline: this command only

    with open_user_store(getattr(args, "db", None), demo=False) as store:
        added = load_demo(store)
        emit(
            args,
            {"meetings_added": added, "store": str(store.path)},
            lambda: (
                f"Added the demo dossier ({added} meetings) to {store.path}."
                if added
                else f"The demo dossier is already in {store.path}."
            ),
        )
    return 0


def _generate(args: argparse.Namespace) -> int:
    if not args.scale > 0:
        return fail(f"--scale must be above 0 (for example 0.01 or 1), not {args.scale}.")
    # The generator (its word lists and templates): for this command only, not every start.
    from desktop_app.generator import dossier as generator

    seed = generator.DEFAULT_SEED if args.seed is None else args.seed
    with open_user_store(getattr(args, "db", None), demo=False) as store:
        counts = generator.generate(
            store, args.scale, seed=seed, progress=progress_bar("Generating")
        )
        emit(
            args,
            counts,
            lambda: f"Added {generator.summary_line(counts)} to {store.path}.",
        )
    return 0
