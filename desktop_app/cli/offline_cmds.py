"""``copy-out``, ``bring-back``, ``conflicts`` and ``resolve``: a dossier taken offline."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from desktop_app.cli import emit
from desktop_app.cli.progress import progress_bar
from desktop_app.services import offline
from desktop_app.services.startup import open_user_store

# The copy's passphrase, apart from the store's own (CHANCERY_PASSPHRASE): a team store on a
# server has none, and a personal store's is not the copy's.
ENV_COPY_PASSPHRASE = "CHANCERY_COPY_PASSPHRASE"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    out = sub.add_parser(
        "copy-out",
        parents=[common],
        help="take meetings offline: copy them, their sources, items and notes into a new file",
        description="Write the chosen meetings, with their sources, items, actors, statements, "
        "tags and notes, into a new personal store to work on while travelling; "
        "`chancery bring-back FILE` merges what you did there back into this store.",
    )
    out.add_argument("--to", required=True, metavar="FILE", help="the new file (must not exist)")
    chosen = out.add_mutually_exclusive_group(required=True)
    chosen.add_argument(
        "--meeting",
        type=int,
        action="append",
        metavar="ID",
        help="a meeting to take (repeat for more)",
    )
    chosen.add_argument("--search", metavar="QUERY", help="the meetings a search finds")
    out.add_argument(
        "--encrypt",
        action="store_true",
        help=f"encrypt the copy; its passphrase from {ENV_COPY_PASSPHRASE} or typed twice",
    )
    out.set_defaults(handler=_copy_out)

    back = sub.add_parser(
        "bring-back",
        parents=[common],
        help="merge an offline copy back: new notes and items, edits, conflicts",
        description="Records added offline are appended; fields edited offline that nobody "
        "changed here meanwhile are written, and records deleted offline that nobody changed "
        "are deleted (one change: `chancery undo` takes it back); a field edited on both sides, "
        "or a record deleted offline and changed here, is listed as a conflict, both sides "
        "kept (`chancery conflicts`, `chancery resolve`). Bringing a copy back twice adds "
        f"nothing. An encrypted copy's passphrase comes from {ENV_COPY_PASSPHRASE} or is typed.",
    )
    back.add_argument("file", metavar="FILE", help="the offline copy")
    back.set_defaults(handler=_bring_back)

    lister = sub.add_parser(
        "conflicts",
        parents=[common],
        help="fields edited, or records deleted, offline that were changed here meanwhile",
    )
    lister.add_argument("--all", action="store_true", help="resolved ones too")
    lister.set_defaults(handler=_conflicts)

    settle = sub.add_parser(
        "resolve", parents=[common], help="settle a conflict: keep your offline value or the team's"
    )
    settle.add_argument("conflict", type=int, metavar="ID")
    settle.add_argument("keep", choices=("keep-mine", "keep-theirs"))
    settle.set_defaults(handler=_resolve)


def _show(value: Any) -> str:
    if value is None:
        return "(empty)"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text.replace("\n", " ")[:200] or "(empty)"


def _changed_here(theirs: Any) -> str:
    """What changed in the team store on a record deleted offline, in a line."""
    parts = [f"{name}: {_show(value)}" for name, value in theirs.get("fields", {}).items()]
    parts += [f"{kind} {rid} {how} here" for kind, rid, how in theirs.get("records", [])]
    return "; ".join(parts)


def conflict_lines(c: offline.ConflictView) -> str:
    state = ""
    if c.resolved:
        state = " — kept mine" if c.kept_mine else " — kept theirs"
    if c.kind is offline.ConflictKind.DELETED_OFFLINE:
        return (
            f"#{c.id}  {c.label}: deleted offline, changed in the team store{state}\n"
            f"      offline (mine): deleted\n"
            f"      team (theirs):  {_changed_here(c.theirs)}"
        )
    theirs = "(deleted)" if c.kind is offline.ConflictKind.DELETED_HERE else _show(c.theirs)
    return (
        f"#{c.id}  {c.label}, {c.field}{state}\n"
        f"      offline (mine): {_show(c.mine)}\n"
        f"      team (theirs):  {theirs}"
    )


def _copy_passphrase(path: Path, *, new: bool) -> str:
    from desktop_app.cli import crypto_cmds

    if new:
        return crypto_cmds.new_passphrase(path, ENV_COPY_PASSPHRASE)
    env = os.environ.get(ENV_COPY_PASSPHRASE)
    return env if env else crypto_cmds.current_passphrase(path)


def _copy_out(args: argparse.Namespace) -> int:
    target = Path(args.to).expanduser()
    with open_user_store(getattr(args, "db", None)) as store:
        meetings = args.meeting or offline.meetings_for_search(store, args.search)
        if not meetings:
            raise offline.InvalidCopy(
                f"The search “{args.search}” finds no meeting; nothing was copied."
            )
        passphrase = _copy_passphrase(target, new=True) if args.encrypt else None
        progress = None if args.json else progress_bar("Copying")
        done = offline.copy_out(store, target, meetings, passphrase=passphrase, progress=progress)
    records = sum(done.records.values())
    emit(
        args,
        done,
        lambda: (
            f"{done.meetings} meeting(s), {records} records copied to {done.path}"
            + (" (encrypted)" if done.encrypted else "")
            + f". Bring them back with `chancery bring-back {done.path}`."
        ),
    )
    return 0


def _bring_back_text(done: offline.BringBackResult, file: str) -> str:
    if done.nothing_new:
        lines = [f"Nothing new in {file}: everything in it is already in this store."]
    else:
        added = ", ".join(f"{n} {t}" for t, n in sorted(done.added.items())) or "nothing"
        edited = len(done.applied) - done.deleted
        lines = [
            f"Brought back {file}: added {added}; {edited} record(s) edited, "
            f"{done.deleted} deleted."
        ]
        if done.change_set_id is not None:
            lines.append(
                f"Recorded as change {done.change_set_id} (`chancery undo` takes it back)."
            )
    if done.conflicts:
        lines.append(
            f"{len(done.conflicts)} conflict(s): edited or deleted offline, changed meanwhile "
            "by someone else; both sides are kept until you choose with `chancery resolve ID "
            "keep-mine|keep-theirs`:"
        )
        lines += [conflict_lines(c) for c in done.conflicts]
    if done.known_conflicts:
        lines.append(
            f"{done.known_conflicts} conflict(s) were already listed (`chancery conflicts --all`)."
        )
    lines += [str(said) for said in done.not_applied]
    return "\n".join(lines)


def _bring_back(args: argparse.Namespace) -> int:
    from db import crypto

    path = Path(args.file).expanduser()
    passphrase = _copy_passphrase(path, new=False) if crypto.looks_encrypted(path) else None
    with open_user_store(getattr(args, "db", None)) as store:
        progress = None if args.json else progress_bar("Bringing back")
        done = offline.bring_back(store, path, passphrase=passphrase, progress=progress)
    emit(args, done, lambda: _bring_back_text(done, str(path)))
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    with open_user_store(getattr(args, "db", None)) as store:
        rows = offline.list_conflicts(store, include_resolved=args.all)
    emit(args, rows, lambda: "\n".join(conflict_lines(c) for c in rows) or "No conflicts.")
    return 0


def _resolve(args: argparse.Namespace) -> int:
    with open_user_store(getattr(args, "db", None)) as store:
        done = offline.resolve(store, args.conflict, keep_mine=args.keep == "keep-mine")
    if done.kind is offline.ConflictKind.DELETED_OFFLINE:
        kept = "deleted, as offline" if done.kept_mine else "kept, as in the team store"
        emit(args, done, lambda: f"Conflict #{done.id} resolved: {done.label} {kept}.")
        return 0
    kept = "your offline value" if done.kept_mine else "the team's value"
    emit(args, done, lambda: f"Conflict #{done.id} resolved: {done.label} keeps {kept}.")
    return 0
