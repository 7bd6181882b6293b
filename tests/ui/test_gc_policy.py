"""The window process's garbage-collector policy: old objects frozen, young cycles still go."""

from __future__ import annotations

import gc
import sys
import weakref
from collections.abc import Iterator

import pytest

from desktop_app.ui import gc_policy


@pytest.fixture
def restored_gc() -> Iterator[None]:
    threshold, interval = gc.get_threshold(), sys.getswitchinterval()
    enabled = gc.isenabled()
    gc.enable()  # the suite runs with automatic collection off (tests/conftest.py)
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)
    sys.setswitchinterval(interval)
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
    keep = [[] for _ in range(20 * gc.get_threshold()[0])]
    assert watch() is None
    del keep


def test_the_window_collects_on_the_gui_thread_only(restored_gc: None, qtbot: object) -> None:
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
            _keep = [[] for _ in range(20 * gc.get_threshold()[0])]

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        assert watch[0]() is not None  # nothing was collected in the worker
        qtbot.waitUntil(lambda: watch[0]() is None, timeout=5000)  # type: ignore[attr-defined]
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
    assert gc_policy.collect_due_generation() == 0  # young objects: collected every tick
    assert watch() is None
    generations = []
    alive = []
    for _ in range(4):
        alive.append(_Node())  # something young, so the tick has work
        generations.append(gc_policy.collect_due_generation())
    assert 1 in generations and 2 not in generations  # the middle generation every 3rd tick
