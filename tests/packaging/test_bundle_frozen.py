"""What the installed bundle needs from the code: its helper process, and its window self-check."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from desktop_app import app as entry
from desktop_app.services import offload
from desktop_app.ui import smoke

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a PyInstaller bundle: sys.frozen set, and a main script that is not on disk."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    main = SimpleNamespace(__file__="/opt/chancery/_internal/main.py", __spec__=None)
    monkeypatch.setitem(sys.modules, "__main__", main)


def test_a_frozen_bundle_may_start_its_helper_without_a_main_script(
    frozen: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    offload._check_startable()  # the bundle's helper runs the executable, not main.py
    # The same missing main.py stops the helper once sys.frozen is gone: frozen is the reason.
    monkeypatch.setattr(sys, "frozen", False)
    with pytest.raises(OSError, match="cannot start"):
        offload._check_startable()


def test_a_missing_main_script_still_stops_the_helper_when_not_frozen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    main = SimpleNamespace(__file__="/nowhere/<stdin>", __spec__=None)
    monkeypatch.setitem(sys.modules, "__main__", main)
    with pytest.raises(OSError, match="cannot start"):
        offload._check_startable()


def test_the_frozen_entry_point_calls_freeze_support_first(
    frozen: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(multiprocessing, "freeze_support", lambda: calls.append("freeze"))

    def cli_main() -> int:
        calls.append("cli")
        return 0

    monkeypatch.setattr("desktop_app.cli.main", cli_main)
    with pytest.raises(SystemExit) as ended:
        entry.main()
    assert ended.value.code == 0
    assert calls == ["freeze", "cli"]


def test_smoke_delay_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(smoke.SMOKE_ENV, raising=False)
    assert smoke.delay_ms() is None
    monkeypatch.setenv(smoke.SMOKE_ENV, "1500")
    assert smoke.delay_ms() == 1500
    monkeypatch.setenv(smoke.SMOKE_ENV, "soon")
    with pytest.raises(ValueError, match="number of milliseconds"):
        smoke.delay_ms()


class _App:
    def __init__(self) -> None:
        self.codes: list[int] = []

    def exit(self, code: int) -> None:
        self.codes.append(code)


def test_smoke_check_fails_when_the_helper_does_not_answer(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class DeadPool:
        def call(self, fn: object, *args: object) -> int:
            raise offload.HelperFailed("the helper process stopped unexpectedly")

    monkeypatch.setattr(offload, "shared_pool", DeadPool)
    window = QMainWindow()
    qtbot.addWidget(window)
    app = _App()
    assert not smoke.check(cast(QApplication, app), window, 0)  # check only calls exit()
    assert app.codes == [smoke.EXIT_SMOKE_FAILED]
    assert "the helper process failed" in capsys.readouterr().err


def test_smoke_check_fails_when_the_helper_is_the_window_process(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    class InProcess:
        def call(self, fn: object, *args: object) -> int:
            return os.getpid()

    monkeypatch.setattr(offload, "shared_pool", InProcess)
    window = QMainWindow()
    qtbot.addWidget(window)
    app = _App()
    assert not smoke.check(cast(QApplication, app), window, 0)  # check only calls exit()
    assert app.codes == [smoke.EXIT_SMOKE_FAILED]


def test_the_window_opens_uses_its_helper_and_quits_by_itself(tmp_path: Path) -> None:
    """`chancery` with CHANCERY_SMOKE_QUIT_MS: the real window on a new store, in French."""
    config = tmp_path / "config"
    (config / "Chancery").mkdir(parents=True)
    (config / "Chancery" / "Chancery.conf").write_text("[ui]\nlanguage=fr\n", encoding="utf-8")
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(config),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        smoke.SMOKE_ENV: "100",
    }
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "store.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "menus: Fichier" in done.stdout
    assert "helper process" in done.stdout and "answered" in done.stdout


def test_a_bad_smoke_delay_is_one_sentence_and_no_window(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), smoke.SMOKE_ENV: "soon"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "store.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"chancery: {smoke.SMOKE_ENV} must be a number of milliseconds such as 2000, not 'soon'."
    )
    assert not (tmp_path / "store.db").exists()
