"""Backups of a team store (PostgreSQL): pg_dump's custom format in, pg_restore back.

A server's durability is the server's (its WAL, its administrators' base backups); these
dumps are the team's own copies, taken on demand into the same backups folder a file store
uses (``<database>-backups`` under the user's data folder). The file lock and SQLCipher do
not apply to a team store: access is PostgreSQL's roles, and TLS protects the wire.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from db.engine import scrub
from desktop_app.services.backup import BackupError, BackupInfo, backups_dir
from desktop_app.services.store import Store

_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z-]+)\.dump$")


def _tool(name: str) -> str:
    """pg_dump or pg_restore: on PATH, else the newest in Debian's /usr/lib/postgresql."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if candidates:
        return sorted(candidates, key=lambda p: int(p.split("/")[4]))[-1]
    raise BackupError(
        f"{name} is not installed: install the PostgreSQL client (Debian: postgresql-client) "
        "to back up or restore a team store."
    )


def _libpq(store: Store) -> tuple[str, dict[str, str]]:
    """The store's URL as libpq reads it, without the password, and the environment that
    gives the password to pg_dump/pg_restore (never on their command line: ps shows it)."""
    url: URL = store.engine.url
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run(store: Store, argv: list[str]) -> None:
    uri, env = _libpq(store)
    done = subprocess.run(
        [*argv, f"--dbname={uri}"], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        message = scrub(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "", uri)
        raise BackupError(
            f"{Path(argv[0]).name} failed on {store.display_name} ({message or 'no message'})."
        )


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
    return BackupInfo(path=path, taken_at=taken, reason=match["reason"], size=path.stat().st_size)


def list_backups(store: Store) -> list[BackupInfo]:
    """The team store's dumps in its backups folder, newest first."""
    folder = backups_dir(store)
    if not folder.is_dir():
        return []
    found = (_parse(p) for p in folder.iterdir() if p.suffix == ".dump")
    return sorted((b for b in found if b is not None), key=lambda b: b.taken_at, reverse=True)


def backup_now(store: Store, reason: str = "manual") -> BackupInfo:
    """pg_dump -Fc of the team store into its backups folder, checked (pg_restore --list
    reads it whole) before it counts; a failed dump leaves no file behind."""
    folder = backups_dir(store)
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    final = folder / f"{store.path.name}-{now.strftime(_STAMP)}-{reason}.dump"
    partial = final.with_suffix(".dump.partial")
    try:
        _run(store, [_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={partial}"])
        listed = subprocess.run(
            [_tool("pg_restore"), "--list", str(partial)], capture_output=True, check=False
        )
        if listed.returncode != 0:
            raise BackupError(f"The dump of {store.display_name} cannot be read back.")
        os.replace(partial, final)
    finally:
        partial.unlink(missing_ok=True)
    info = _parse(final)
    if info is None:  # never: the name was made by this function
        raise BackupError(f"The dump {final.name} was written under a name Chancery cannot read.")
    return info


def find_backup(store: Store, name: str) -> Path:
    """A dump given as a path, a name in the backups folder, or ``latest``."""
    if name == "latest":
        found = list_backups(store)
        if not found:
            raise BackupError(f"{store.display_name} has no backup to restore.")
        return found[0].path
    candidate = Path(name).expanduser()
    if not candidate.is_file():
        candidate = backups_dir(store) / name
    if not candidate.is_file():
        raise BackupError(
            f"There is no backup {name!r}; `chancery backups` lists them (or give a file path)."
        )
    return candidate.resolve()


def restore(store: Store, dump: Path) -> BackupInfo:
    """Put ``dump`` back into the team store in one transaction (all of it or nothing),
    after a dump of the store as it is (returned). Other analysts' sessions wait meanwhile.
    """
    safety = backup_now(store, "pre-restore")
    store.engine.dispose()  # this process holds no lock the restore would wait for
    _run(
        store,
        [
            _tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--no-owner",
            "--exit-on-error",
            str(dump),
        ],
    )
    return safety
