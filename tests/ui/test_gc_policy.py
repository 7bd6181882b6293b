"""The window process's garbage-collector policy: old objects frozen, young cycles still go."""

from __future__ import annotations

import gc
import sys
import weakref
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop_app.ui import gc_policy


@pytest.fixture
def restored_gc() -> Iterator[None]:
    threshold, interval = gc.get_threshold(), sys.getswitchinterval()
    enabled = gc.isenabled()
    callbacks = list(gc.callbacks)
    gc.enable()  # the suite runs with automatic collection off (tests/conftest.py)
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)
    sys.setswitchinterval(interval)
    gc.callbacks[:] = callbacks  # no hook of a test's own Pace left behind
    if not enabled:
        gc.disable()


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_existing_objects_are_frozen_and_full_collections_rarer(restored_gc: None) -> None:
    gc_policy.keep_gui_responsive()
    assert gc.get_freeze_count() > 1000  # at least the modules' functions and classes
    assert gc.get_threshold()[2] == gc_policy.FULL_COLLECTION_EVERY
    assert sys.getswitchinterval() == pytest.approx(gc_policy.SWITCH_INTERVAL)


def test_cycles_made_afterwards_are_still_collected_on_their_own(restored_gc: None) -> None:
    gc_policy.keep_gui_responsive()
    first, second = _Node(), _Node()
    first.other, second.other = second, first
    watch = weakref.ref(first)
    del first, second
    assert watch() is not None  # a cycle: reference counting alone never frees it
    # Allocating many containers runs the young collections by themselves (no gc.collect).
    keep: list[list[object]] = [[] for _ in range(20 * gc.get_threshold()[0])]
    assert watch() is None
    del keep


def test_the_window_collects_on_the_gui_thread_only(restored_gc: None, qtbot: QtBot) -> None:
    import threading

    collector = gc_policy.GuiThreadCollector(interval_ms=20)
    collector.start()
    try:
        assert not gc.isenabled()
        watch: list[weakref.ref[_Node]] = []

        def worker() -> None:
            first, second = _Node(), _Node()
            first.other, second.other = second, first
            watch.append(weakref.ref(first))
            # Plenty of allocations: with automatic collection on, this thread would collect.
            _keep: list[list[object]] = [[] for _ in range(20 * gc.get_threshold()[0])]

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        assert watch[0]() is not None  # nothing was collected in the worker
        qtbot.waitUntil(lambda: watch[0]() is None, timeout=5000)
    finally:
        collector.stop()
    assert gc.isenabled()


def test_collect_due_generation_follows_the_thresholds(restored_gc: None) -> None:
    gc.disable()
    gc.collect()
    gc.set_threshold(700, 3, 1000)
    first, second = _Node(), _Node()
    first.other, second.other = second, first
    watch = weakref.ref(first)
    del first, second
    pace = gc_policy.Pace()
    assert gc_policy.collect_due_generation(pace) == 0  # young objects: collected every tick
    assert watch() is None
    generations = []
    alive = []
    for _ in range(4):
        alive.append(_Node())  # something young, so the tick has work
        generations.append(gc_policy.collect_due_generation(pace))
    assert 1 in generations and 2 not in generations  # the middle generation every 3rd tick


def test_the_middle_generation_is_paced_by_how_long_it_took(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pace = gc_policy.Pace()
    clock = [0.0]
    monkeypatch.setattr(gc_policy.time, "perf_counter", lambda: clock[0])

    def middle_collection(took: float) -> None:
        pace._on_collection("start", {"generation": 1})
        clock[0] += took
        pace._on_collection("stop", {"generation": 1, "collected": 0})

    most = gc.get_threshold()[1]
    assert pace.middle_every == most  # as automatic collection, to begin with
    middle_collection(5 * gc_policy.MIDDLE_BUDGET)  # a slow one: much sooner next time
    assert pace.middle_every == pytest.approx(most * 0.2)
    for _ in range(50):  # quick ones: back to Python's own pace, never rarer
        middle_collection(gc_policy.MIDDLE_BUDGET / 10)
    assert pace.middle_every == most


def test_many_young_objects_go_alone_the_middle_ones_at_the_next_look(restored_gc: None) -> None:
    gc.disable()
    gc.collect()
    gc.set_threshold(700, 1, 1000)
    pace = gc_policy.Pace()
    _ = [_Node() for _ in range(10)]
    assert gc_policy.collect_due_generation(pace) == 0  # now the middle one is due
    many: list[list[object]] = [[] for _ in range(gc_policy.MANY_YOUNG + 1000)]
    assert gc_policy.collect_due_generation(pace) == 0  # the young alone: a long walk already
    few = [_Node() for _ in range(10)]
    assert gc_policy.collect_due_generation(pace) == 1
    del many, few


def test_full_collections_wait_for_a_quiet_moment(restored_gc: None) -> None:
    gc.disable()
    gc.collect()
    gc.set_threshold(700, 1, 1)
    pace = gc_policy.Pace()
    alive = []
    generations = []
    for _ in range(6):
        alive.append([_Node() for _ in range(10)])
        pace.pending, pace.long_lived = 1000, 1000  # promoted: more than a quarter
        generations.append(gc_policy.collect_due_generation(pace, full_allowed=False))
    assert 2 not in generations  # workers are running: never the whole heap
    assert 1 in generations
    alive.append([_Node()])
    assert gc_policy.collect_due_generation(pace, full_allowed=True) == 0  # the middle one due next
    alive.append([_Node()])
    pace.pending, pace.long_lived = 1000, 1000
    assert gc_policy.collect_due_generation(pace, full_allowed=True) == 2
    alive.append([_Node()])
    assert gc_policy.collect_due_generation(pace, full_allowed=True) == 0
    alive.append([_Node()])
    pace.pending, pace.long_lived = 100, 1000  # promoted since: too few to be worth it
    assert gc_policy.collect_due_generation(pace, full_allowed=True) == 1


class _Runner:
    def __init__(self) -> None:
        self.running = False

    def working(self) -> bool:
        return self.running


def test_the_collector_looks_often_while_a_runner_works(restored_gc: None, qtbot: QtBot) -> None:
    runner = _Runner()
    collector = gc_policy.GuiThreadCollector(interval_ms=1000, busy_check_ms=5)
    collector.start()
    gc_policy.watch(runner.working)  # a runner made while the application's collector runs
    try:
        assert gc_policy.running_collector() is collector
        assert collector._timer.interval() == 1000
        collector.expect_work()  # a task is about to start
        assert collector._timer.interval() == 5
        runner.running = True
        qtbot.wait(150)
        assert collector._timer.interval() == 5  # still working
        runner.running = False
        qtbot.waitUntil(lambda: collector._timer.interval() == 1000, timeout=5000)
    finally:
        collector.stop()
    del runner  # forgotten with its object
    assert not collector.anyone_working()


def test_a_collector_deleted_with_its_parent_no_longer_counts(
    restored_gc: None, qtbot: QtBot
) -> None:
    parent = QObject()
    collector = gc_policy.GuiThreadCollector(parent)
    collector.start()
    assert gc_policy.running_collector() is collector
    shiboken6.delete(parent)
    assert gc_policy.running_collector() is None
    gc_policy.expect_work()  # nothing to tell, no error
    gc.enable()  # as stop() would have


def test_the_collector_owns_its_hook_and_gives_it_back_when_it_stops(
    restored_gc: None, qtbot: QtBot
) -> None:
    before = list(gc.callbacks)
    collector = gc_policy.GuiThreadCollector(interval_ms=1000)
    collector.start()
    runner = _Runner()
    gc_policy.watch(runner.working)
    assert collector.pace._on_collection in gc.callbacks
    collector.stop()
    assert gc.callbacks == before  # no hook left in the process
    assert gc_policy.running_collector() is None
    gc_policy.watch(runner.working)  # no collector: nothing keeps it
    other = gc_policy.GuiThreadCollector(interval_ms=1000)
    runner.running = True
    assert not other.anyone_working()  # the stopped collector's runners are not the next's
