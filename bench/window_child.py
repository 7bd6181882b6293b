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


_kept: list[Any] = []


def open_window(path: str) -> tuple[Any, Any, Any]:
    """The app's own start path (desktop_app.ui.app.run without entering exec), until the
    window shows the store."""
    from desktop_app.ui.app import ColdStart, qt_app

    app = qt_app()
    start = ColdStart(app, path)
    failed: list[bool] = []
    start.failed.connect(lambda: failed.append(True))
    start.start()
    wait_until(app, lambda: start.host is not None or bool(failed))
    if start.host is None or start.host.window is None:
        raise SystemExit(f"cannot open {path}")
    window = start.host.window
    window.resize(1280, 800)
    _kept.append(start)  # as in run(): it (and its garbage collector) lives until the end
    return app, start.host.store, window


def window(path: str) -> None:
    """Cold start, two moments: the window shown and usable (its frame: menus, sidebar,
    search field), then the first meetings rows painted from the store. Also the longest
    the event loop went without turning in between (the GUI stays responsive meanwhile)."""
    from PySide6.QtCore import QTimer

    from desktop_app.ui.app import ColdStart, qt_app

    app = qt_app()
    start = ColdStart(app, path)
    start.failed.connect(lambda: app.exit(1))
    start.start()
    times: dict[str, float] = {}
    ticks: list[float] = []

    def shown() -> None:
        win = start.window
        usable = (
            win.isVisible()
            and win.menuBar().actions()
            and win.sidebar.count() > 0
            and win.search_box.isEnabled()
        )
        if not usable:
            raise SystemExit("the window shown is not usable")
        times["shown"] = time.time() - LAUNCHED
        ticks.append(time.perf_counter())
        ticker.start()

    def tick() -> None:
        ticks.append(time.perf_counter())
        host = start.host
        if host is None or host.window is None or not host.window.ready:
            return
        pages = host.window.pages
        if pages.current_key() != "meetings" or pages.meeting_model.rowCount() == 0:
            return
        pages.meetings.viewport().repaint()  # paints (and reads) the first rows now
        times["rows"] = time.time() - LAUNCHED
        ticker.stop()
        app.quit()

    ticker = QTimer()
    ticker.setInterval(2)
    ticker.timeout.connect(tick)
    QTimer.singleShot(0, shown)
    if app.exec() != 0:
        raise SystemExit(f"cannot open {path}")
    stall = max((b - a for a, b in zip(ticks, ticks[1:], strict=False)), default=0.0)
    answer(
        shown=times["shown"],
        rows=times["rows"],
        rows_count=start.window.pages.meeting_model.rowCount(),
        longest_stall=stall,
        peak_bytes=peak_bytes(),
    )
    start.finish()


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
