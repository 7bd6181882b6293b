"""``backup``, ``backups``, ``restore`` and ``check``: keeping the store safe, from the CLI."""

from __future__ import annotations

import argparse
from pathlib import Path

from db import migrate
from desktop_app.cli import emit, fail
from desktop_app.services import backup, encryption, recovery, server_backup, store_lock
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import Store, resolve_store_path, resolve_store_url


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    taker = sub.add_parser("backup", parents=[common], help="back up the store now")
    taker.set_defaults(handler=_backup)

    lister = sub.add_parser("backups", parents=[common], help="list the store's backups")
    lister.set_defaults(handler=_backups)

    restorer = sub.add_parser(
        "restore",
        parents=[common],
        help="replace the store with a backup (the current store is backed up first)",
    )
    restorer.add_argument(
        "backup", metavar="BACKUP", help="a name from `chancery backups`, a file path, or latest"
    )
    restorer.set_defaults(handler=_restore)

    checker = sub.add_parser(
        "check", parents=[common], help="run SQLite's full integrity check on the store"
    )
    checker.set_defaults(handler=_check)


def _target(args: argparse.Namespace) -> Path:
    return resolve_store_path(getattr(args, "db", None)).resolve()


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} kB"


def _team_store(args: argparse.Namespace) -> Store | None:
    """The team store --db/CHANCERY_DB names (None: a file store): its backups are pg_dump's."""
    url = resolve_store_url(getattr(args, "db", None))
    return None if url is None else Store.open_server(url)


def _backup(args: argparse.Namespace) -> int:
    team = _team_store(args)
    if team is not None:
        with team:
            info = server_backup.backup_now(team)
        emit(args, info, lambda: f"Dumped to {info.path} ({_size(info.size)}), checked.")
        return 0
    with open_user_store(getattr(args, "db", None)) as store:
        info = backup.backup_now(store)
    emit(args, info, lambda: f"Backed up to {info.path} ({_size(info.size)}), checked.")
    return 0


def _backups(args: argparse.Namespace) -> int:
    team = _team_store(args)
    if team is not None:
        with team:
            rows, folder = server_backup.list_backups(team), backup.backups_dir(team)
    else:
        target = _target(args)
        rows, folder = backup.list_backups(target), backup.backups_dir(target)
    emit(
        args,
        rows,
        lambda: (
            "\n".join(
                f"{b.taken_at.astimezone():%Y-%m-%d %H:%M:%S}  {b.reason:<11}  "
                f"{_size(b.size):>8}  {b.path.name}"
                for b in rows
            )
            + f"\n({len(rows)} in {folder})"
            if rows
            else f"No backups yet in {folder}."
        ),
    )
    return 0


def _restore_team(args: argparse.Namespace, team: Store) -> int:
    with team:
        source = server_backup.find_backup(team, args.backup)
        safety = server_backup.restore(team, source)
        revision = migrate.current_revision(team.engine)
    emit(
        args,
        {"restored": source, "store": team.display_name, "previous_store_backup": safety,
         "revision": revision},
        lambda: f"Restored {source.name} into {team.display_name}. "
        f"The store as it was is in {safety.path.name}.",
    )  # fmt: skip
    return 0


def _restore(args: argparse.Namespace) -> int:
    team = _team_store(args)
    if team is not None:
        return _restore_team(args, team)
    target = _target(args)
    store_lock.acquire(target)  # no other Chancery may be using the store meanwhile
    encryption.unlock_path(target)  # an encrypted store's (or backups') passphrase, proven
    source = backup.find_backup(target, args.backup)
    # A readable store is backed up by restore_into; a damaged one is only moved aside.
    if target.exists() and not recovery.check_store(target).ok:
        state = "empty" if target.stat().st_size == 0 else "damaged"
        moved = recovery.move_aside(target)
        print(f"The current store is {state}; it was moved to {moved.name} and kept.")
    safety = backup.restore_into(target, source)
    with open_user_store(str(target)) as store:
        revision = store.info.revision
    emit(
        args,
        {
            "restored": source,
            "store": target,
            "previous_store_backup": safety,
            "revision": revision,
        },
        lambda: (
            f"Restored {source.name} into {target}."
            + (f" The store as it was is in {safety.path.name}." if safety else "")
        ),
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    team = _team_store(args)
    if team is not None:
        with team:
            data = {"store": team.display_name, "revision": team.info.revision, "ok": True}
        emit(
            args,
            data,
            lambda: (
                f"{data['store']}: reachable, schema {data['revision']}; its pages are "
                "the server's to check (PostgreSQL's amcheck, run by its administrator)."
            ),
        )
        return 0
    target = _target(args)
    store_lock.acquire(target)
    encryption.unlock_path(target)
    report = recovery.check_store(target)  # every problem found is in the log, in full
    emit(
        args,
        report,
        lambda: (
            (report.repaired + "\n" if report.repaired else "")
            + (
                f"{target}: ok (SQLite's integrity check and the search index's passed; "
                f"{report.backups} backups)."
                if report.ok
                else f"{target}: DAMAGED ({report.summary})."
            )
        ),
    )
    if report.ok:
        return 0
    return fail(
        "the store fails its integrity check; `chancery restore latest` puts back the newest "
        "good backup (the damaged file is kept)."
    )
