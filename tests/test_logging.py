"""The log file (rotating, in the user's log folder) and failed backups said on the CLI's stderr."""

from __future__ import annotations

import errno
import logging
import logging.handlers
import os
import subprocess
import sys
from pathlib import Path

import pytest
from platformdirs import user_log_dir

from desktop_app import logging_setup
from desktop_app.cli import main
from desktop_app.services import backup

ROOT = Path(__file__).resolve().parent.parent


def _file_handlers() -> list[logging.handlers.RotatingFileHandler]:
    return [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    ]


def test_the_log_is_a_rotating_file_in_the_users_log_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(logging_setup.ENV_LOG_DIR, raising=False)
    assert logging_setup.log_dir() == Path(user_log_dir("chancery", False))
    monkeypatch.setenv(logging_setup.ENV_LOG_DIR, str(tmp_path / "logs"))
    assert main(["tags", "--db", str(tmp_path / "s.db")]) == 0
    [handler] = _file_handlers()  # configured once, however often main runs
    assert main(["tags", "--db", str(tmp_path / "s.db")]) == 0
    assert _file_handlers() == [handler]
    assert handler.maxBytes == logging_setup.LOG_MAX_BYTES and handler.backupCount > 0
    logging.getLogger("desktop_app.services.somewhere").warning("a line for the log")
    handler.flush()
    text = (tmp_path / "logs" / "chancery.log").read_text(encoding="utf-8")
    assert "WARNING desktop_app.services.somewhere" in text and "a line for the log" in text


def _disk_full(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_failed_automatic_backup_is_one_sentence_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(logging_setup.ENV_LOG_DIR, str(tmp_path / "logs"))
    db = tmp_path / "s.db"
    assert main(["tags", "--db", str(db)]) == 0  # the stderr listener is installed
    capsys.readouterr()
    monkeypatch.setattr(backup, "_copy", _disk_full)
    assert backup.maybe_backup(db, interval=backup.dt.timedelta(0)) is None
    err = capsys.readouterr().err
    assert err.startswith("chancery: The automatic backup failed: Could not back up s.db")
    assert "No space left on device" in err and err.count("\n") == 1
    for handler in _file_handlers():
        handler.flush()
    assert "ERROR chancery.alerts" in (tmp_path / "logs" / "chancery.log").read_text()


def test_a_full_disk_at_exit_is_said_on_stderr_after_the_output(tmp_path: Path) -> None:
    """A real process: a note is written, then the backup at exit meets a full disk."""
    code = (
        "import errno, os, sys\n"
        "from desktop_app.services import backup\n"
        "def full(*a, **k):\n"
        "    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))\n"
        "backup._copy = full\n"
        "from desktop_app.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {
        **os.environ,
        "CHANCERY_AUTO_BACKUP": "1",
        "CHANCERY_LOG_DIR": str(tmp_path / "logs"),
        "HOME": str(tmp_path),
    }
    db = str(tmp_path / "s.db")
    # The store is made first, disk not yet full: its demo is backed up once loaded.
    made = subprocess.run(
        [sys.executable, "main.py", "list", "meetings", "--db", db],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0 and not made.stderr, made.stderr
    argv = ["annotate", "meeting:1", "--text", "Suivi du barrage", "--db", db]
    done = subprocess.run(
        [sys.executable, "-c", code, *argv], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr  # the note itself is saved
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("chancery: The automatic backup on closing failed: ")
    assert "No space left on device" in done.stderr
    log = (tmp_path / "logs" / "chancery.log").read_text(encoding="utf-8")
    assert "ERROR chancery.alerts" in log and "No space left on device" in log
