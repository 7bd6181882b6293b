"""Logging: a rotating log file in the user's log folder, and the alerts the user must see.

``configure()`` runs once as Chancery starts (desktop_app.cli.main, for the window too). A
failure the user must know of (an automatic or exit backup, the store's check) is logged at
ERROR on the ALERTS logger with its kind (``report``); what resolves it (a later good
backup) is logged at INFO with the same kind (``resolve``). The front ends listen to that
logger: the CLI prints each failure on stderr as one sentence (StderrAlerts), the window shows
a banner until it is resolved (desktop_app/ui/banner.py). Services only log.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

ENV_LOG_DIR = "CHANCERY_LOG_DIR"  # where the log goes instead (tests set it)
LOG_FILE = "chancery.log"
LOG_MAX_BYTES = 1024 * 1024  # then rotated: chancery.log.1 … .5, the oldest dropped
LOG_BACKUP_COUNT = 5
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

ALERTS = "chancery.alerts"
# The kinds of alert, each resolved on its own.
ALERT_BACKUP = "backup"  # an automatic backup after changes
ALERT_EXIT_BACKUP = "exit-backup"  # the backup taken as Chancery closes
ALERT_CHECK = "check"  # the store's check after opening could not run
ALERT_KINDS = (ALERT_BACKUP, ALERT_EXIT_BACKUP, ALERT_CHECK)

alerts = logging.getLogger(ALERTS)
alerts.setLevel(logging.DEBUG)  # its listeners get every record, resolutions included
_file_handler: logging.handlers.RotatingFileHandler | None = None


def log_dir() -> Path:
    """$CHANCERY_LOG_DIR, else the user's log folder (platformdirs: ~/.local/state/chancery/log
    on Linux, ~/Library/Logs/chancery on macOS, %LOCALAPPDATA%\\chancery\\Logs on Windows)."""
    from platformdirs import user_log_dir

    explicit = os.environ.get(ENV_LOG_DIR)
    return Path(explicit).expanduser() if explicit else Path(user_log_dir("chancery", False))


def configure() -> Path | None:
    """Send Chancery's log records (INFO and above) to the rotating log file; the file's path,
    or None if its folder cannot be written (then records go nowhere, as before).

    Called again with another folder (tests change $CHANCERY_LOG_DIR), it moves to that one."""
    global _file_handler
    path = log_dir() / LOG_FILE
    if _file_handler is not None and Path(_file_handler.baseFilename) == path.absolute():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    if _file_handler is not None:
        root.removeHandler(_file_handler)
        _file_handler.close()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    _file_handler = handler
    return path


def report(kind: str, message: str) -> None:
    """A failure the user must see: ``message`` is one sentence saying what failed and what to
    do."""
    alerts.error(message, extra={"alert": kind, "resolved": False})


def resolve(*kinds: str) -> None:
    """What ``report(kind, …)`` said is over (a later backup worked, say). At DEBUG: the
    listeners see it, the log file (INFO and above) is not filled with every good backup."""
    for kind in kinds:
        alerts.debug("%s: resolved", kind, extra={"alert": kind, "resolved": True})


def alert_of(record: logging.LogRecord) -> tuple[str, bool] | None:
    """(kind, resolved) of an alert record; None for any other record."""
    kind = getattr(record, "alert", None)
    if not isinstance(kind, str):
        return None
    return kind, bool(getattr(record, "resolved", False))


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.failures: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        found = alert_of(record)
        if found is not None and not found[1] and record.thread == self.thread:
            self.failures.append((found[0], record.getMessage()))


@contextlib.contextmanager
def failures_reported() -> Iterator[list[tuple[str, str]]]:
    """The (kind, sentence) of each failure this thread reports meanwhile (the window's exit
    backup, which no banner will outlive)."""
    collector = _Collector()
    alerts.addHandler(collector)
    try:
        yield collector.failures
    finally:
        alerts.removeHandler(collector)


class StderrAlerts(logging.Handler):
    """The CLI's listener: each failure reported, as ``chancery: <sentence>`` on stderr."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        # Here, not at the top: every start imports this module, and readers compiles the
        # import pipeline's patterns, which a command like `chancery search` never uses.
        from desktop_app.ingest.readers import one_line

        try:
            # sys.stderr as it is now (a test may have replaced it), not as it was at start.
            sys.stderr.write(f"chancery: {one_line(record.getMessage())}\n")
            sys.stderr.flush()
        except Exception:  # noqa: BLE001 - a logging.Handler never raises: handleError says it
            self.handleError(record)


def install_stderr_alerts() -> None:
    """Print alerts on stderr from now on (once, however often it is called)."""
    if not any(isinstance(h, StderrAlerts) for h in alerts.handlers):
        alerts.addHandler(StderrAlerts())
