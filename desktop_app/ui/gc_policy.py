"""How the window process runs Python's garbage collector, so workers never freeze the GUI.

Why (measured with bench/stalls.py on the scale-1 store): a full (generation-2) collection walks
every tracked object, about 200,000 once a large store is open, and takes 100-300 ms here. It
runs in whichever thread happens to allocate, holding the GIL, so a worker importing, building
a brief or backing up froze the GUI thread for that long, again and again. And while several
workers run Python, the GUI thread waits up to a whole switch interval (5 ms) for each turn.

Worse, a collection in a worker thread may free the last reference to a Qt object, which is
then destroyed on the wrong thread: an intermittent crash. So the window turns automatic
collection off and collects on the GUI thread only, on a timer (GuiThreadCollector), following
the same generation thresholds Python would.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, QTimer, Slot

# Generation-1 collections between two full ones (Python's default is 10). Young objects are
# still collected as often as before, so cyclic garbage made by a job goes soon after it.
FULL_COLLECTION_EVERY = 1000
# How long a thread running Python keeps the GIL while another waits (Python's default: 5 ms).
SWITCH_INTERVAL = 0.001


def keep_gui_responsive() -> None:
    """Call once, on the GUI thread, when the window is up and its first lists are loaded.

    What exists then (modules, widgets, the rows first shown) lives as long as the window:
    ``gc.freeze`` takes it out of every later collection, full collections become a hundred
    times rarer, and the GUI thread gets the GIL back sooner from busy workers.
    """
    gc.collect()  # nothing that is already garbage is frozen
    gc.freeze()
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)
    sys.setswitchinterval(SWITCH_INTERVAL)


class GuiThreadCollector(QObject):
    """Collects garbage on the GUI thread only, every ``interval_ms``; never in a worker."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 250) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    @Slot()
    def _on_timer_timeout(self) -> None:
        collect_due_generation()


def collect_due_generation() -> int | None:
    """Collect the young objects, and the older generations when their thresholds are passed
    (as automatic collection would); the oldest generation collected, None if nothing was young.

    Young objects are collected on every tick, not only past a count of allocations: a
    worker's garbage cycles must go even when little else is allocated afterwards.
    """
    thresholds = gc.get_threshold()
    counts = gc.get_count()
    if counts[0] <= 0:
        return None
    due = 0
    for generation in (1, 2):
        if counts[generation] >= thresholds[generation]:
            due = generation
        else:
            break
    gc.collect(due)
    return due


def install(app: QObject, *, freeze_after_ms: int = 1500) -> GuiThreadCollector:
    """The window process's policy: collect on the GUI thread only, and once the window and
    its first lists are up, freeze what exists (it lives as long as the window)."""
    collector = GuiThreadCollector(app)
    collector.start()
    QTimer.singleShot(freeze_after_ms, keep_gui_responsive)
    return collector
