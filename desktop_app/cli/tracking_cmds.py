"""``track``: a commitment's status, score and evidence, with the reason for a change."""

from __future__ import annotations

import argparse

from desktop_app.cli import emit, fail
from desktop_app.services import browse, tracking
from desktop_app.services.startup import open_user_store


def _score(value: str) -> int | None:
    if value.lower() == "none":
        return None
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a score: write -1, 0, 1 or none"
        ) from None


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    track = sub.add_parser(
        "track",
        parents=[common],
        help="change a commitment's status (with --reason), score or evidence; "
        "without a change, show its status history",
    )
    track.add_argument("commitment", type=int, metavar="ID")
    track.add_argument("--status", help="announced, in_progress, fulfilled, lapsed or unknown")
    track.add_argument("--score", type=_score, default=argparse.SUPPRESS, help="-1, 0, 1 or none")
    track.add_argument("--evidence", help="what shows the progress")
    track.add_argument("--reason", default="", help="why the status changes (kept in the history)")
    track.set_defaults(handler=_track)


def _track(args: argparse.Namespace) -> int:
    changes = args.status is not None or args.evidence is not None or hasattr(args, "score")
    if args.reason and not changes:
        return fail("--reason goes with a change: add --status, --score or --evidence.")
    with open_user_store(getattr(args, "db", None)) as store:  # a refusal: one sentence (main)
        if changes:
            extra = {"compliance_score": args.score} if hasattr(args, "score") else {}
            tracking.set_commitment_tracking(
                store,
                args.commitment,
                status=args.status,
                evidence=args.evidence,
                reason=args.reason,
                **extra,
            )
        else:
            browse.get_commitment(store, args.commitment)  # NotFound: said in one sentence
        history = tracking.status_history(store, args.commitment)
    emit(args, history, lambda: _said(args.commitment, history))
    return 0


def _said(commitment_id: int, history: list[tracking.StatusChangeView]) -> str:
    if not history:
        return f"Commitment {commitment_id} has no recorded status change."
    lines = []
    for change in history:
        moved = (
            f"{change.previous_status} → {change.status}"
            if change.previous_status not in (None, change.status)
            else change.status
        )
        score = "none" if change.compliance_score is None else f"{change.compliance_score:+d}"
        line = f"{change.changed_at:%Y-%m-%d %H:%M}  {moved}  score {score}"
        if change.reason:
            line += f"  (reason: {change.reason})"
        if change.evidence:
            line += f"  — {change.evidence}"
        lines.append(line)
    return "\n".join(lines)
