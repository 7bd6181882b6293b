"""A hidden self-check for installers: the window opens, the helper process answers, it quits."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

# Set to a number of milliseconds, `chancery` (no command) opens the window as usual, and once
# the store's pages are in it: prints its menus, makes one round trip to the helper process
# (services/offload.py, a separate process when frozen too), waits that long and closes the
# window the way a user would. `make bundle-test` uses it on the installed bundle.
SMOKE_ENV = "CHANCERY_SMOKE_QUIT_MS"
EXIT_SMOKE_FAILED = 3


def delay_ms() -> int | None:
    """The delay asked for in SMOKE_ENV, None when it is not set; ValueError if not a number."""
    value = os.environ.get(SMOKE_ENV, "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise ValueError(
            f"{SMOKE_ENV} must be a number of milliseconds such as 2000, not '{value}'."
        )
    return int(value)


def check(app: QApplication, window: QWidget, delay: int) -> bool:
    """Report on the filled window and the helper process; close the window after ``delay``.

    False (and the app told to exit with EXIT_SMOKE_FAILED) if the helper did not answer
    from a process of its own."""
    from desktop_app.services import offload

    menus = ", ".join(a.text().replace("&", "") for a in window.menuBar().actions())  # type: ignore[attr-defined]
    try:
        pid = offload.shared_pool().call(os.getpid)
    except Exception as exc:  # noqa: BLE001 - any failure of the helper is what this reports
        print(f"chancery smoke: the helper process failed: {exc}", file=sys.stderr, flush=True)
        app.exit(EXIT_SMOKE_FAILED)
        return False
    if pid == os.getpid():
        print("chancery smoke: the helper ran in the window's process", file=sys.stderr)
        app.exit(EXIT_SMOKE_FAILED)
        return False
    print(f"chancery smoke: window ready; menus: {menus}; helper process {pid} answered")
    sys.stdout.flush()
    QTimer.singleShot(delay, window.close)
    return True
