"""Shared fixtures: headless Qt, temporary stores, and the ../shared/samples location."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
def _no_idle_lock_left_counting() -> Iterator[None]:
    """A window left open on an encrypted store keeps its idle lock counting: minutes later,
    in another test's event processing, it would lock that store and wait in a passphrase
    dialog nobody answers (a hung run). Such a test fails here, and the countdown is ended."""
    yield
    module = sys.modules.get("desktop_app.ui.passphrase_dialog")
    if module is None:  # no Qt test ran yet: nothing to look at, nothing imported
        return
    left = module.idle_locks_counting()
    for controller in left:
        controller.stop()
    if left:
        pytest.fail(
            f"{len(left)} idle lock(s) still counting after the test: close the window "
            "(or set lock_minutes to 0) before the test ends"
        )


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


# --- the engines a store test runs on ------------------------------------------------------
# A test module runs its store tests on both engines with
#     pytestmark = pytest.mark.both_engines
# : each test using `store` or `empty_store` runs on an SQLite file and on a fresh
# PostgreSQL database (pytest_generate_tests below). The server is the one CHANCERY_TEST_PG
# names (.ci/run starts one with .ci/pg-server); without it the PostgreSQL cases skip,
# except in CI (CI=true), where they fail.
ENGINES = ("sqlite", "postgresql")
ENV_TEST_PG = "CHANCERY_TEST_PG"
# Per test session (two sessions may share the server), dropped when it ends.
_TEMPLATES = {k: f"chancery_test_tpl_{k}_{os.getpid()}" for k in ("empty", "demo")}


# The folders whose store tests all run on both engines, as if marked both_engines.
BOTH_ENGINE_FOLDERS = ("services", "briefing")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store_engine" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.path)).parent
    marked = metafunc.definition.get_closest_marker("both_engines") is not None
    if marked or (folder.parent == ROOT / "tests" and folder.name in BOTH_ENGINE_FOLDERS):
        metafunc.parametrize("store_engine", ENGINES)


@pytest.fixture
def store_engine() -> str:
    """The engine of the `store`/`empty_store` fixtures (SQLite unless parametrized)."""
    return "sqlite"


def _admin_url(base: str, database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(base).set(database=database).render_as_string(hide_password=False)


def _admin(base: str) -> Any:
    from sqlalchemy import create_engine

    return create_engine(_admin_url(base, "postgres"), isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL server for the tests, with template stores made on it."""
    base = os.environ.get(ENV_TEST_PG)
    if not base:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the PostgreSQL tests: {ENV_TEST_PG} is not set (.ci/run).")
        pytest.skip(
            f"no PostgreSQL server for the tests: start one with `.ci/pg-server start DIR` "
            f"and export {ENV_TEST_PG} with the URL it prints"
        )
    from sqlalchemy import text

    admin = _admin(base)
    try:
        with admin.connect() as conn:
            for kind, name in _TEMPLATES.items():
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                conn.execute(text(f'CREATE DATABASE "{name}"'))
                made = Store.open_server(_admin_url(base, name), upgrade=True)
                if kind == "demo":
                    load_demo(made)
                made.close()
        yield base
    finally:
        with admin.connect() as conn:
            for name in _TEMPLATES.values():
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _pg_store(base: str, template: str, name: str) -> Iterator[Store]:
    from sqlalchemy import text

    admin = _admin(base)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    store = Store.open_server(_admin_url(base, name))
    try:
        yield store
    finally:
        store.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _db_name(request: pytest.FixtureRequest) -> str:
    import hashlib

    digest = hashlib.sha1(request.node.nodeid.encode()).hexdigest()[:16]
    return f"chancery_test_{os.getpid()}_{digest}"


@pytest.fixture
def pg_url(pg_server: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh PostgreSQL store at the head revision (empty), as a URL (for CLI tests)."""
    for opened in _pg_store(pg_server, _TEMPLATES["empty"], _db_name(request)):
        url = _admin_url(pg_server, opened.engine.url.database or "")
        opened.engine.dispose()
        yield url


@pytest.fixture
def empty_store(
    tmp_path: Path, store_engine: str, request: pytest.FixtureRequest
) -> Iterator[Store]:
    if store_engine == "postgresql":
        base = request.getfixturevalue("pg_server")
        yield from _pg_store(base, _TEMPLATES["empty"], _db_name(request))
        return
    store = Store.open(tmp_path / "empty.db")
    yield store
    store.close()


@pytest.fixture
def store(tmp_path: Path, store_engine: str, request: pytest.FixtureRequest) -> Iterator[Store]:
    """A store holding the demo dossier."""
    if store_engine == "postgresql":
        base = request.getfixturevalue("pg_server")
        yield from _pg_store(base, _TEMPLATES["demo"], _db_name(request))
        return
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
