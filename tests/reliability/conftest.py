"""Helpers for the reliability tests: a store opened as the app opens it (lock and all)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.services import store_lock
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import Store

# The tests import killtest and reliability_helpers from here.
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture
def user_store(tmp_path: Path) -> Iterator[Store]:
    """A store opened through open_user_store (lock taken, demo loaded); lock released after."""
    path = tmp_path / "user.db"
    store = open_user_store(path)
    yield store
    store.close()
    store_lock.release(path)
