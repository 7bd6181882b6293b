"""The helper process: work runs there, errors come back as sentences, a crash is survived."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator

import pytest

from desktop_app.services import offload

# One helper for the module: starting an interpreter costs about half a second.


@pytest.fixture(scope="module")
def pool() -> Iterator[offload.HelperPool]:
    helper = offload.HelperPool(idle_seconds=0)
    yield helper
    helper.shutdown()


class Unpicklable(Exception):
    def __init__(self, what: str, detail: object) -> None:
        super().__init__(f"{what}: {detail}")
        self.detail = detail


def raise_unpicklable() -> None:
    raise Unpicklable("lost", lambda: None)


def raise_value_error(text: str) -> None:
    raise ValueError(f"bad value {text!r}")


def count_items(items: tuple[int, ...], extra: int) -> int:
    return len(items) + extra


def die() -> None:
    os._exit(3)


def test_work_runs_in_another_process(pool: offload.HelperPool) -> None:
    assert pool.call(os.getpid) != os.getpid()
    assert pool.running()


def test_a_shared_argument_arrives_whole(pool: offload.HelperPool) -> None:
    shared = offload.Shared(tuple(range(5000)))
    assert pool.call(count_items, shared, 1) == 5001
    assert pool.call(count_items, shared, 2) == 5002  # remembered there, same answer
    assert offload.run_unwrapped(count_items, shared, 3) == 5003  # and here, unwrapped


def test_errors_come_back_as_they_were_or_in_words(pool: offload.HelperPool) -> None:
    with pytest.raises(ValueError, match="bad value 'x'"):
        pool.call(raise_value_error, "x")
    with pytest.raises(RuntimeError, match="Unpicklable: lost"):
        pool.call(raise_unpicklable)


def test_a_crashed_helper_is_said_and_replaced(pool: offload.HelperPool) -> None:
    with pytest.raises(offload.HelperFailed, match="stopped unexpectedly"):
        pool.call(die)
    assert pool.call(os.getpid) != os.getpid()  # a new helper answers


def test_a_caller_told_to_stop_stops_waiting(pool: offload.HelperPool) -> None:
    before = pool.call(os.getpid)
    stop = threading.Event()
    threading.Timer(0.2, stop.set).start()
    with pytest.raises(offload.Stopped):
        pool.call(time.sleep, 30, should_stop=stop.is_set)
    # The helper still sleeping for nobody is ended; the next call goes to a new helper
    # instead of queueing behind the abandoned sleep.
    assert pool.call(os.getpid) != before
    assert pool.call(count_items, (1, 2), 0) == 2


def test_a_cancelled_read_ahead_does_not_hold_the_next_call(pool: offload.HelperPool) -> None:
    before = pool.call(os.getpid)
    first = pool.submit(time.sleep, 30)
    time.sleep(0.3)  # taken by the helper: it cannot be cancelled there any more
    first.cancel()
    assert pool.call(os.getpid) != before  # a new helper, not the one still sleeping


def test_shutdown_ends_a_helper_at_work() -> None:
    helper = offload.HelperPool(idle_seconds=0)
    call = helper.submit(time.sleep, 30)
    time.sleep(0.3)
    helper.shutdown()
    with pytest.raises(offload.HelperFailed):  # ended, not left to finish its 30 s
        call.result()
    assert not helper.running()


def test_without_a_helper_the_work_runs_here(monkeypatch: pytest.MonkeyPatch) -> None:
    helper = offload.HelperPool(start_method="spawn")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError("no processes here")

    monkeypatch.setattr(offload.cf, "ProcessPoolExecutor", refuse)
    assert helper.run(os.getpid) == os.getpid()
    assert not helper.running()
