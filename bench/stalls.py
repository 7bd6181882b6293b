"""The longest GUI event-loop stall while the window searches, imports, exports and backs up.

Run inside bench.window_child (a fresh interpreter, offscreen) on a copy of the bench store.
A 2 ms timer ticks on the GUI thread; the widest gap between two ticks while an operation
runs through the window's own entry points is that operation's longest stall.
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer

from bench.window_child import answer, open_window

TICK_MS = 2


class StallMeter:
    """Ticks on the GUI thread; a watchdog thread notes where the GUI thread is when stalled."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0
        self.where = ""  # the GUI thread's stack during the worst stall
        self._stack = ""
        self._gui = threading.get_ident()
        self._watching = False

    def _tick(self) -> None:
        now = time.perf_counter()
        if now - self.last > self.worst:
            self.worst = now - self.last
            self.where = self._stack
        self._stack = ""
        self.last = now

    def _watch(self) -> None:
        while self._watching:
            time.sleep(0.02)
            if time.perf_counter() - self.last > 0.05 and not self._stack:
                frame = sys._current_frames().get(self._gui)
                if frame is not None:
                    frames = [
                        f"{Path(f.filename).name}:{f.lineno} {f.name}"
                        for f in traceback.extract_stack(frame)
                        if "/work/" in f.filename or "desktop_app" in f.filename
                    ]
                    self._stack = " < ".join(reversed(frames[-4:]))

    def run(self, start: Callable[[], None], finished: Callable[[], bool], timeout: float) -> float:
        """Start the operation, turn the event loop until ``finished()``; the worst gap."""
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(20)
        deadline = time.monotonic() + timeout

        def check() -> None:
            if finished() or time.monotonic() > deadline:
                loop.quit()

        poll.timeout.connect(check)
        self.worst = 0.0
        self.where = ""
        self.last = time.perf_counter()
        self._watching = True
        watchdog = threading.Thread(target=self._watch, daemon=True)
        watchdog.start()
        self.timer.start()
        poll.start()
        start()
        loop.exec()
        poll.stop()
        self.timer.stop()
        self._watching = False
        watchdog.join()
        if not finished():
            raise TimeoutError("the operation did not finish in time")
        return max(0.0, self.worst - TICK_MS / 1000)


def stalls(path: str) -> None:
    from desktop_app.ui import gc_policy

    app, store, win = open_window(path)
    if gc_policy.running_collector() is None:
        # As in the app, whose start-up object (and its collector) lives as long as the event
        # loop: without one, nothing would collect at all here (automatic collection is off).
        gc_policy.GuiThreadCollector(app).start()
    meter = StallMeter()
    results: dict[str, float] = {}
    notes: dict[str, str] = {}
    skipped: dict[str, str] = {}
    # Let the window finish its first loads (lists fetched by workers) before measuring.
    QTimer.singleShot(1500, app.quit)
    app.exec()

    results["search as you type"] = _search(win, meter)
    notes["search as you type"] = "typing « coopération rég » one key every 60 ms" + _at(meter)
    try:
        results["import"], notes["import"] = _import(win, meter)
        notes["import"] += _at(meter)
    except _Missing as exc:
        skipped["import"] = str(exc)
    try:
        results["brief export"], notes["brief export"] = _export(win, store, meter)
        notes["brief export"] += _at(meter)
    except _Missing as exc:
        skipped["brief export"] = str(exc)
    try:
        results["backup"], notes["backup"] = _backup(win, store, meter)
        notes["backup"] += _at(meter)
    except _Missing as exc:
        skipped["backup"] = str(exc)
    answer(stalls=results, notes=notes, skipped=skipped)
    store.close()


def _at(meter: StallMeter) -> str:
    return f"; GUI thread then in: {meter.where}" if meter.where else ""


class _Missing(Exception):
    """A figure that could not be measured (the step it times failed); said as skipped."""


def _search(win: Any, meter: StallMeter) -> float:
    text = "coopération rég"
    state: dict[str, Any] = {"typed": 0, "answered": ""}
    win.search.results.connect(lambda query, _hits: state.__setitem__("answered", query))
    typer = QTimer()
    typer.setInterval(60)

    def key() -> None:
        state["typed"] += 1
        win.search_box.setText(text[: state["typed"]])
        if state["typed"] >= len(text):
            typer.stop()

    typer.timeout.connect(key)
    return meter.run(typer.start, lambda: state["answered"] == text, timeout=60)


def _import(win: Any, meter: StallMeter) -> tuple[float, str]:
    from bench.importing import make_corpus

    folder = Path(tempfile.mkdtemp(prefix="chancery-bench-stall-import-"))
    paths = make_corpus(folder, 100)
    state: dict[str, Any] = {}

    def start() -> None:
        state["dialog"] = win.start_import(paths)
        state["dialog"].start()  # Import pressed at once: the dates as the files say

    settled = _Settled(win)

    def finished() -> bool:
        dialog = state.get("dialog")
        return dialog is not None and not dialog.running and settled()

    stall = meter.run(start, finished, timeout=600)
    state["dialog"].close()
    return stall, (
        f"{len(paths)} documents through File ▸ Import (ImportDialog), "
        "then the window's lists read again"
    )


class _Settled:
    """True once the window's workers have been idle for SETTLE_SECONDS: what an operation
    sets off (the lists read again after an import) counts with it, not with the next one."""

    SETTLE_SECONDS = 0.5

    def __init__(self, win: Any) -> None:
        self.runner = win.ctx.runner
        self.busy_at = time.monotonic()

    def __call__(self) -> bool:
        working = getattr(self.runner, "working", self.runner.busy)
        if working():
            self.busy_at = time.monotonic()
        return time.monotonic() - self.busy_at >= self.SETTLE_SECONDS


def _export(win: Any, store: Any, meter: StallMeter) -> tuple[float, str]:
    from desktop_app.ui.briefs.composer import BriefComposer

    ids = win.pages.meeting_model.ids()[:20]
    target = Path(tempfile.mkdtemp(prefix="chancery-bench-stall-brief-")) / "brief.pdf"
    state: dict[str, Any] = {}

    def start() -> None:
        composer = BriefComposer(store, ids, win)
        composer.show()
        state["composer"] = composer
        state["asked"] = False

    def finished() -> bool:
        composer = state.get("composer")
        if composer is None or composer._pool.activeThreadCount():
            return False
        if not state["asked"]:
            state["asked"] = True
            composer.save_to(str(target))
            return False
        return target.exists()

    stall = meter.run(start, finished, timeout=600)
    state["composer"].close()
    return stall, f"composer opened on {len(ids)} meetings, preview, then saved as PDF"


def _backup(win: Any, store: Any, meter: StallMeter) -> tuple[float, str]:
    from desktop_app.services import backup

    state: dict[str, Any] = {"done": False}

    def start() -> None:
        win.ctx.runner.write(
            lambda: backup.backup_now(store),
            lambda _info: state.__setitem__("done", True),
            lambda message: state.__setitem__("done", message),
        )

    stall = meter.run(start, lambda: state["done"] is not False, timeout=600)
    if state["done"] is not True:
        raise _Missing(f"the backup failed: {state['done']}")
    size = store.path.stat().st_size / 1e6
    return stall, f"backup_now of the {size:,.0f} MB store on the window's writer thread"
