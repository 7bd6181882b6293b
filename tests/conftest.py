"""Shared fixtures: headless Qt, temporary stores, and the ../shared/samples location."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must be headless before anything imports it (tests marked xvfb start their own X server).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the user's real store or settings from a test.
os.environ.pop("CHANCERY_DB", None)
os.environ.pop("CHANCERY_PASSPHRASE", None)  # nor a user's encrypted store's key
os.environ.pop("CHANCERY_NEW_PASSPHRASE", None)
# No automatic background backups racing the tests (tests/reliability turns them on itself).
os.environ["CHANCERY_AUTO_BACKUP"] = "0"

from desktop_app.services.demo import load_demo  # noqa: E402
from desktop_app.services.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT.parent / "shared" / "samples"


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_main_thread_only() -> Iterator[None]:
    """As in the window (desktop_app/ui/gc_policy.py): no automatic collection, which could run
    in a worker thread and destroy a Qt object there; each test's garbage goes after it."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """platformdirs and QSettings write under a temporary HOME, not the real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))  # the log folder


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "empty.db")
    yield store
    store.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A store holding the demo dossier."""
    store = Store.open(tmp_path / "demo.db")
    load_demo(store)
    yield store
    store.close()


@pytest.fixture
def samples() -> Path:
    """../shared/samples; tests using it are marked `samples` and skip where it is absent."""
    if not SAMPLES.is_dir():
        pytest.skip(f"{SAMPLES} is absent (a user's clone): the sample texts are not ours to ship")
    return SAMPLES
