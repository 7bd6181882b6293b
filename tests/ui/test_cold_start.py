"""`chancery` with no command: the window's frame at once, then the store's pages in it.

The store's loading is held at a gate (``open_plain_store`` waits) so the frame's state is
seen for certain; then the same window must fill in, keep what the user did meanwhile, and
show every dialog of opening a store over itself, as before.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.cli import window_only
from desktop_app.services import backup, store_lock
from desktop_app.services.annotations import add_annotation, list_annotations
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import Store, resolve_store_path
from desktop_app.ui import app as ui_app
from desktop_app.ui import passphrase_dialog
from desktop_app.ui.app import ColdStart
from desktop_app.ui.frame import store_file_name
from desktop_app.ui.labels import SECTIONS
from desktop_app.ui.settings import AppSettings

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "a passphrase long enough for the test"


def menus(window: QMainWindow) -> dict[str, Any]:
    return {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Holds the loading thread before it opens the store, until the test sets it."""
    opened = threading.Event()
    real = ui_app.open_plain_store

    def held(db: str | None) -> Store | None:
        opened.wait(30)
        return real(db)

    monkeypatch.setattr(ui_app, "open_plain_store", held)
    yield opened
    opened.set()


@pytest.fixture
def cold(
    qapp: QApplication, make_settings: Callable[[], AppSettings]
) -> Iterator[Callable[[str], ColdStart]]:
    """ColdStart objects on a path; closed, finished and unlocked at the end."""
    starts: list[ColdStart] = []

    def make(path: str) -> ColdStart:
        settings = make_settings()
        settings.language = "en"
        start = ColdStart(qapp, path, settings)
        starts.append(start)
        return start

    yield make
    for start in starts:
        window = start.window
        if window.isVisible():
            window.close()
        start.finish()
        if start.host is not None:
            store_lock.release(start.host.store.path)
        shiboken6.delete(window)  # on the GUI thread, not by the garbage collector


def test_the_window_path_imports_no_database_code() -> None:
    """What shows the frame (the command line's no-command path included) loads no SQLAlchemy,
    no sqlite3 and no service but the plain dataclasses."""
    code = (
        "import sys\n"
        "import desktop_app.app, desktop_app.cli, desktop_app.ui.app\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'sqlite3', '_sqlite3', 'db', 'reportlab', 'alembic') or "
        "(m.startswith('desktop_app.services.') and m != 'domain.views'))\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, None)),
        (["--db", "x.db"], (True, "x.db")),
        (["--db=x.db"], (True, "x.db")),
        (["--db"], (False, None)),
        (["--db", "--json"], (False, None)),
        (["--db", "x.db", "list", "meetings"], (False, None)),
        (["list", "meetings"], (False, None)),
        (["--version"], (False, None)),
        (["--help"], (False, None)),
    ],
)
def test_only_the_window_arguments_skip_the_parser(
    argv: list[str], expected: tuple[bool, str | None]
) -> None:
    assert window_only(argv) == expected


def test_the_frame_names_the_store_as_opening_it_will(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CHANCERY_DB", raising=False)
    for explicit in (str(tmp_path / "given.db"), "~/tilde.db", None):
        assert store_file_name(explicit) == resolve_store_path(explicit).name
    monkeypatch.setenv("CHANCERY_DB", str(tmp_path / "from-env.db"))
    assert store_file_name(None) == resolve_store_path(None).name == "from-env.db"


def test_the_frame_is_usable_at_once_and_fills_in_with_what_was_typed(
    store: Store,
    cold: Callable[[str], ColdStart],
    gate: threading.Event,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    start = cold(str(store.path))
    window = start.start()
    qtbot.wait(20)  # the loading thread is started, and held at the gate
    assert window.isVisible() and not window.ready and start.host is None
    assert window.windowTitle() == "Chancery — demo.db"
    found = menus(window)
    assert list(found)[0] == "File" and list(found)[-1] == "Help"
    assert "Quit" in [a.text().replace("&", "") for a in found["File"].actions()]
    assert window.sidebar.count() == len(SECTIONS)
    assert not window.actions_.import_files.isEnabled()  # needs the store
    assert not window.actions_.undo.isEnabled()
    assert "Meetings" in window.opening.text() and "Opening demo.db…" in window.opening.text()
    window.grab().save(str(tmp_path / "opening.png"))
    window.actions_.sections[SECTIONS.index("actors")].trigger()  # Ctrl+4, while opening
    assert window.current_section() == "actors" and "Actors" in window.opening.text()
    qtbot.keyClicks(window.search_box, "Moscou")
    assert "Your search runs as soon as it is open." in window.opening.text()

    gate.set()
    qtbot.waitUntil(lambda: start.host is not None, timeout=30000)
    assert start.host is not None and start.host.window is window  # the same window
    assert window.ready and window.actions_.import_files.isEnabled()
    qtbot.waitUntil(
        lambda: window.pages.current_key() == "search" and window.pages.search_model.rowCount() > 0,
        timeout=30000,
    )
    assert window.search_box.text() == "Moscou"
    assert list(menus(window))[-2:] == ["Security", "Help"]
    assert window.findChild(QWidget, "openingState") is None or not window.opening.isVisible()
    window.grab().save(str(tmp_path / "ready.png"))
    # Leaving the search goes back to the section chosen while the store opened.
    window.actions_.leave_search.trigger()
    assert window.pages.current_key() == "actors"
    qtbot.waitUntil(lambda: window.pages.actor_model.rowCount() > 0, timeout=30000)


def test_closing_while_the_store_opens_leaves_it_closed_cleanly(
    store: Store, cold: Callable[[str], ColdStart], gate: threading.Event, qtbot: QtBot
) -> None:
    start = cold(str(store.path))
    window = start.start()
    qtbot.wait(20)
    window.close()  # File ▸ Quit before the store is open
    gate.set()
    start.finish()
    assert start.host is None
    # Opened by the thread for nobody, then closed and marked so: the next start trusts it.
    store_lock.release(store.path)
    assert store_lock.lock_path(store.path).read_bytes().split(b"\n")[1:2] == [b"closed"]


def test_a_store_still_opening_when_finish_gives_up_is_closed_by_its_thread(
    store: Store, cold: Callable[[str], ColdStart], gate: threading.Event, qtbot: QtBot
) -> None:
    """finish() waits a bounded time (a large store's migration can take long); the
    thread then closes what it opens for nobody, and the process is not held."""
    start = cold(str(store.path))
    window = start.start()
    qtbot.waitUntil(lambda: start._thread.is_alive(), timeout=10000)
    window.close()
    start.finish(timeout=0.05)  # the thread is still held at the gate
    assert start._thread.is_alive() and start.host is None
    gate.set()
    start._thread.join(30)
    assert not start._thread.is_alive() and start._opened is None
    store_lock.release(store.path)
    assert store_lock.lock_path(store.path).read_bytes().split(b"\n")[1:2] == [b"closed"]


def _watchdog(app: QApplication) -> QTimer:
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: app.exit(99))  # never hang the suite
    timer.start(30000)
    return timer


def test_a_store_that_cannot_be_opened_is_said_over_the_window_and_run_ends_with_1(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[tuple[QWidget | None, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, _t, text: said.append((parent, text))
    )
    watchdog = _watchdog(qapp)
    assert ui_app.run(str(tmp_path)) == 1  # a folder is not a store
    watchdog.stop()
    assert said and "is a folder" in said[0][1]
    parent = said[0][0]
    assert parent is not None and parent.objectName() == "ChanceryMainWindow"
    parent.close()


def test_a_store_held_by_another_chancery_is_said_over_the_window(
    store: Store,
    cold: Callable[[str], ColdStart],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path\n"
            "from desktop_app.services import store_lock\n"
            "store_lock.acquire(Path(sys.argv[1])); print('held', flush=True); time.sleep(60)",
            str(store.path),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        said: list[tuple[QWidget | None, str]] = []
        monkeypatch.setattr(
            QMessageBox, "critical", lambda parent, _t, text: said.append((parent, text))
        )
        start = cold(str(store.path))
        window = start.start()
        with qtbot.waitSignal(start.failed, timeout=30000):
            pass
        assert said[0][0] is window
        assert "already open in another Chancery" in said[0][1]
        assert f"process {holder.pid}" in said[0][1]
    finally:
        holder.kill()
        holder.wait()


def test_a_damaged_store_offers_its_backup_over_the_window_then_opens_it(
    tmp_path: Path, cold: Callable[[str], ColdStart], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "window.db"
    with open_user_store(path) as first:
        add_annotation(first, "meeting", 1, "Sauvée par la sauvegarde")
        backup.backup_now(first)
    store_lock.release(path)
    with path.open("r+b") as handle:  # wreck the b-tree page of sqlite_master's first table
        handle.seek(4096)
        handle.write(b"\xff" * 8)
    asked: list[tuple[object, str]] = []

    def answer(parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append((parent, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    start = cold(str(path))
    window = start.start()
    with qtbot.waitSignal(start.ready, timeout=30000):
        pass
    assert asked and asked[0][0] is window and "was damaged" in asked[0][1]
    assert start.host is not None
    notes = {a.body for a in list_annotations(start.host.store)}
    assert "Sauvée par la sauvegarde" in notes


def test_an_encrypted_store_asks_its_passphrase_over_the_window(
    tmp_path: Path, cold: Callable[[str], ColdStart], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CHANCERY_PASSPHRASE", raising=False)
    path = tmp_path / "secret.db"
    Store.open(path, passphrase=PASSPHRASE).close()
    parents: list[object] = []

    def type_it(dialog: passphrase_dialog.PassphraseDialog) -> int:
        parents.append(dialog.parent())
        dialog.current.setText(PASSPHRASE)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(passphrase_dialog.PassphraseDialog, "exec", type_it)
    start = cold(str(path))
    window = start.start()
    with qtbot.waitSignal(start.ready, timeout=30000):
        pass
    assert parents == [window]
    assert start.host is not None and start.host.store.encrypted
