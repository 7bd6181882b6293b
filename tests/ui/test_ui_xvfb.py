"""The window on a real X server (Xvfb, xcb platform), with a screenshot of the screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from PySide6.QtCore import QTimer
from desktop_app.ui.app import WindowHost, qt_app
from desktop_app.ui.settings import AppSettings
from desktop_app.services.startup import open_user_store

app = qt_app()
store = open_user_store(sys.argv[1])
window = WindowHost(app, store, AppSettings()).open()
window.resize(1280, 760)
window.show()
def ready():
    window.ctx.runner.drain()
    # the whole X screen as Qt sees it, for machines without ImageMagick's `import`
    app.primaryScreen().grabWindow(0).save(sys.argv[2])
    print("READY", app.platformName(), app.font().family(), flush=True)
QTimer.singleShot(1500, ready)
QTimer.singleShot(60000, app.quit)
app.exec()
"""


@pytest.mark.xvfb
def test_window_on_xvfb_with_a_screenshot(tmp_path: Path) -> None:
    xvfb = shutil.which("Xvfb")
    grab = shutil.which("import")  # ImageMagick, optional: Qt grabs the screen too
    if xvfb is None:
        pytest.skip("Xvfb is not installed (apt install xvfb)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    app: subprocess.Popen[str] | None = None
    try:
        with os.fdopen(read_fd) as pipe:
            display = ":" + pipe.readline().strip()
        assert display != ":", "Xvfb did not say which display it took"
        env = dict(
            os.environ,
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            HOME=str(tmp_path),
            XDG_CONFIG_HOME=str(tmp_path / "config"),
            XDG_DATA_HOME=str(tmp_path / "data"),
        )
        app = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(tmp_path / "store.db"), str(tmp_path / "qt.png")],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert app.stdout is not None and app.stderr is not None
        line = app.stdout.readline()
        assert line.startswith("READY xcb"), line + (app.stderr.read() if app.poll() else "")
        assert "DejaVu" in line or "Noto" in line, line
        shot = tmp_path / "qt.png"
        if grab is not None:
            shot = tmp_path / "xvfb-window.png"
            subprocess.run(
                [grab, "-display", display, "-window", "root", str(shot)],
                check=True,
                env=env,
                timeout=60,
            )
        image = QImage(str(shot))
        assert (image.width(), image.height()) == (1280, 800)
        colours = {image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 800, 23)}
        assert len(colours) > 8, "the screen is blank: the window did not draw"
        keep = os.environ.get("CHANCERY_XVFB_SHOT")
        if keep:
            shutil.copy(shot, keep)
    finally:
        if app is not None:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
