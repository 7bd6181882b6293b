"""Run in a fresh interpreter by bench/gui.py: open a window, print one JSON line of figures."""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
LAUNCHED = float(os.environ.get("BENCH_LAUNCHED", "0")) or time.time()


def peak_bytes() -> int:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited
    from the parent that forked this interpreter)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KB on Linux


def answer(**values: Any) -> None:
    print(json.dumps(values), flush=True)


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()

    def shown() -> None:
        answer(shown=time.time() - LAUNCHED, peak_bytes=peak_bytes())
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()


def open_window(path: str) -> tuple[Any, Any, Any]:
    """The app's own start path (desktop_app.ui.app.run without entering exec)."""
    from desktop_app.ui import gc_policy
    from desktop_app.ui.app import WindowHost, open_store_for_window, qt_app
    from desktop_app.ui.settings import AppSettings

    app = qt_app()
    store = open_store_for_window(path, None)
    if store is None:
        raise SystemExit(f"cannot open {path}")
    gc_policy.install(app)
    host = WindowHost(app, store, AppSettings())
    window = host.open()
    window.resize(1280, 800)
    window.show()
    return app, store, window


def window(path: str) -> None:
    from PySide6.QtCore import QTimer

    app, store, win = open_window(path)

    def shown() -> None:
        answer(shown=time.time() - LAUNCHED, peak_bytes=peak_bytes())
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()
    store.close()


def wait_until(app: Any, ready: Callable[[], bool], timeout: float = 120.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if ready():
            return True
        time.sleep(0.005)
    return False


def commitments_view(win: Any) -> Any:
    from PySide6.QtWidgets import QTableView

    from desktop_app.ui.tracker import CommitmentsTracker

    win.show_section("commitments")
    tracker = win.findChild(CommitmentsTracker)
    if tracker is None:
        raise SystemExit("the window has no commitments tracker")
    view = tracker.findChild(QTableView)
    if view is None:
        raise SystemExit("the commitments tracker has no table")
    return view


def memory(path: str) -> None:
    app, store, win = open_window(path)
    view = commitments_view(win)
    wait_until(app, lambda: view.model() is not None and view.model().rowCount() > 1000)
    view.scrollToBottom()
    wait_until(app, lambda: False, timeout=1.0)  # let it paint the last rows
    answer(peak_bytes=peak_bytes(), rows=view.model().rowCount())
    store.close()


def main() -> int:
    mode = sys.argv[1]
    if mode == "bare":
        bare()
    elif mode == "window":
        window(sys.argv[2])
    elif mode == "memory":
        memory(sys.argv[2])
    elif mode == "stalls":
        from bench.stalls import stalls

        stalls(sys.argv[2])
    else:
        raise SystemExit(f"unknown mode {mode}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
