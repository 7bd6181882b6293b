"""How the window process runs Python's garbage collector, so workers never freeze the GUI.

Why (measured with bench/stalls.py on the scale-1 store): a collection holds the GIL and
walks its generation at 0.3-2 µs per object here (ORM objects are costly to walk), in
whichever thread happens to allocate. A collection in a worker thread may also free the last
reference to a Qt object, which is then destroyed on the wrong thread: an intermittent crash.
So the window turns automatic collection off and collects on the GUI thread only
(GuiThreadCollector).

How often matters as much as where. Collecting on a fixed 250 ms tick let a worker that
allocates fast (an import, a brief, the lists read again after an import) pile up 100,000
young objects between two ticks: one young collection then froze the GUI for 70 ms, and the
middle generation, the survivors of ten such ticks, for 260 ms. So while a worker runs, the
young generation is collected every BUSY_CHECK_MS (a few milliseconds of a worker's
allocations), and the middle one every few young collections: as many as keep it within
MIDDLE_BUDGET, judged by how long the last ones took. Full collections follow Python's own
rule (only once the objects promoted since the last one exceed a quarter of those that
survived it) and wait until no worker has run for QUIET_SECONDS: walking every long-lived
object is the one step whose cost cannot be split.

Sizes come from ``gc.get_count`` and from what each collection reports, never from
``gc.get_objects``: that hands out references to objects other threads are still building (a
tuple being filled in a worker then fails with "SystemError: bad argument to internal
function").
"""

from __future__ import annotations

import gc
import sys
import time
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Slot

# Generation-1 collections between two full ones (Python's default is 10). Young objects are
# still collected as often as before, so cyclic garbage made by a job goes soon after it.
FULL_COLLECTION_EVERY = 1000
# How long a thread running Python keeps the GIL while another waits (Python's default: 5 ms).
# Short, because many Qt calls release the GIL and must wait for it back: with a worker
# running Python, a QRect built and compared on the GUI thread took 76 µs at 1 ms, 11 µs at
# 0.2 ms (a paint handler doing that per page stalled 90 ms). Idle, nobody waits, so workers
# are not slowed.
SWITCH_INTERVAL = 0.0002
# While a worker runs, young objects are collected this often (ms).
BUSY_CHECK_MS = 5
# How long a collection of the middle generation should take at most (s).
MIDDLE_BUDGET = 0.012
# Young objects that are collected alone, the older generations waiting for the next look.
MANY_YOUNG = 20_000
# How long no worker must have run before a full collection may (s).
QUIET_SECONDS = 2.0
# Net new objects between two looks that mean something allocates even if no runner said so.
BUSY_GROWTH = 2_000


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
    collector = running_collector()
    if collector is not None:
        collector.pace.after_freeze()


class Pace:
    """How often the middle generation is collected, and Python's rule for full collections,
    kept up to date by a ``gc.callbacks`` hook while a collector runs (it installs the hook
    when it starts and takes it off when it stops).

    Python's own bookkeeping is out of reach: ``gc.get_count()[0]`` (allocations less
    deallocations) stands for the young generation, and a collection's survivors (walked less
    collected) move one generation up. These estimates only decide full collections; the
    middle generation is paced by time, which needs no estimate.
    """

    def __init__(self) -> None:
        self.middle_every = float(gc.get_threshold()[1])  # young collections per middle one
        self.middle = 0  # estimated objects in generation 1
        self.pending = 0  # estimated objects promoted to generation 2 since the last full one
        self.long_lived = 0  # estimated objects that survived the last full collection
        self._start = (0.0, 0)  # when the collection under way started, what it walks
        self._installed = False

    def install(self) -> None:
        if not self._installed:
            gc.callbacks.append(self._on_collection)
            self._installed = True

    def uninstall(self) -> None:
        if self._installed:
            gc.callbacks.remove(self._on_collection)
            self._installed = False

    def after_freeze(self) -> None:
        self.middle = self.pending = self.long_lived = 0

    def _on_collection(self, phase: str, info: dict[str, Any]) -> None:
        generation = info["generation"]
        if phase == "start":
            walked = max(0, gc.get_count()[0])
            if generation >= 1:
                walked += self.middle
            if generation >= 2:
                walked += self.pending + self.long_lived
            self._start = (time.perf_counter(), walked)
            return
        started, walked = self._start
        survivors = max(0, walked - info["collected"])
        if generation == 0:
            self.middle += survivors
        elif generation == 1:
            took = time.perf_counter() - started
            # As many young collections next time as fit the budget, judging by this one:
            # fewer at once after a slow one, a few more after each quick one.
            ratio = min(1.25, max(0.1, MIDDLE_BUDGET / max(took, 1e-4)))
            most = float(gc.get_threshold()[1])  # never rarer than automatic collection
            self.middle_every = min(max(1.0, self.middle_every * ratio), most)
            self.pending += survivors
            self.middle = 0
        else:
            self.long_lived = survivors
            self.middle = self.pending = 0

    def full_worthwhile(self) -> bool:
        """Python's rule: a full collection only once the objects promoted since the last one
        are more than a quarter of those that survived it (so its cost stays linear)."""
        return self.pending > self.long_lived // 4


class GuiThreadCollector(QObject):
    """Collects garbage on the GUI thread only; never in a worker.

    Idle, young objects are collected every ``interval_ms``. While a worker runs (a runner
    said so with ``watch``/``expect_work``, or young objects pile up), every
    ``busy_check_ms``, so that each collection stays short.

    The application owns it (ui/app.py ColdStart): ``start`` turns automatic collection off
    and hooks its Pace into the collector; ``stop`` undoes both. The runners it watches and
    the pace of its collections are its own.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        interval_ms: int = 250,
        busy_check_ms: int = BUSY_CHECK_MS,
    ) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self.busy_check_ms = min(busy_check_ms, interval_ms)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may fire 5% late
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._last_collection = time.monotonic()
        self._last_busy = 0.0
        self._young_seen = 0
        self.pace = Pace()
        self._watched: list[weakref.WeakMethod[Callable[[], bool]]] = []

    def start(self) -> None:
        global _active
        self.pace.install()
        gc.disable()
        _active = self
        self._timer.start()

    def stop(self) -> None:
        global _active
        self._timer.stop()
        if _active is self:
            _active = None
        self.pace.uninstall()
        gc.enable()

    def watch(self, working: Callable[[], bool]) -> None:
        """Ask ``working()`` (a bound method of a runner: is a worker of yours running?) at
        each look; it is forgotten with its object."""
        self._watched[:] = [ref for ref in self._watched if ref() is not None]
        self._watched.append(weakref.WeakMethod(working))

    def anyone_working(self) -> bool:
        alive = False
        for ref in list(self._watched):
            method = ref()
            if method is None:
                self._watched.remove(ref)
                continue
            try:
                if method():
                    alive = True
            except RuntimeError:  # its Qt object is gone
                self._watched.remove(ref)
        return alive

    def expect_work(self) -> None:
        """A worker is about to start: collect often from now on."""
        self._last_busy = time.monotonic()
        if self._timer.isActive() and self._timer.interval() != self.busy_check_ms:
            self._timer.start(self.busy_check_ms)

    @Slot()
    def _on_timer_timeout(self) -> None:
        now = time.monotonic()
        young = gc.get_count()[0]
        if young - self._young_seen >= BUSY_GROWTH or self.anyone_working():
            self._last_busy = now
        busy = now - self._last_busy < 0.1
        if busy or (young > 0 and now - self._last_collection >= self.interval_ms / 1000):
            # Busy, the young generation is collected even when the count says little: a
            # worker that frees old objects while it makes new ones keeps the count low.
            collect_due_generation(self.pace, full_allowed=now - self._last_busy >= QUIET_SECONDS)
            self._last_collection = now
        self._young_seen = gc.get_count()[0]
        interval = self.busy_check_ms if busy else self.interval_ms
        if self._timer.interval() != interval:
            self._timer.setInterval(interval)


# The collector now running, if any: the application's (set by start, cleared by stop).
_active: GuiThreadCollector | None = None


def running_collector() -> GuiThreadCollector | None:
    """The collector now collecting for this process, if any (one deleted with its Qt parent
    no longer counts: then nothing collects, automatic collection being off)."""
    global _active
    if _active is not None and not shiboken6.isValid(_active):
        _active = None
    return _active


def watch(working: Callable[[], bool]) -> None:
    """Have the running collector ask ``working()`` (a bound method of a runner: is a worker
    of yours running?) at each look; without one, nothing collects and nothing is kept."""
    collector = running_collector()
    if collector is not None:
        collector.watch(working)


def expect_work() -> None:
    """Called on the GUI thread as a worker starts: the collector collects often at once."""
    collector = running_collector()
    if collector is not None:
        collector.expect_work()


def collect_due_generation(pace: Pace, *, full_allowed: bool = True) -> int | None:
    """Collect the young objects, and the older generations when they are due (the middle
    one paced by time, the full one by Python's rule); the oldest generation collected.

    Young objects are collected on every call, not only past a count of allocations: a
    worker's garbage cycles must go even when little else is allocated afterwards. None if
    there was nothing young to collect.
    """
    thresholds = gc.get_threshold()
    counts = gc.get_count()
    if counts[0] <= 0 and counts[1] == 0:
        return None
    due = 0
    # Many young objects (the GUI thread was busy for a while): them alone first, the older
    # generations at the next look, so that no collection walks both.
    if counts[0] < MANY_YOUNG and counts[1] >= min(thresholds[1], round(pace.middle_every)):
        due = 1
        if full_allowed and counts[2] >= thresholds[2] and pace.full_worthwhile():
            due = 2
    gc.collect(due)
    return due


def install(app: QObject, *, freeze_after_ms: int = 1500) -> GuiThreadCollector:
    """The window process's policy: collect on the GUI thread only, and once the window and
    its first lists are up, freeze what exists (it lives as long as the window)."""
    collector = GuiThreadCollector(app)
    collector.start()
    QTimer.singleShot(freeze_after_ms, keep_gui_responsive)
    return collector
