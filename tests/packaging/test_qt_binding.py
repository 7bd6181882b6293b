"""The Qt binding survives a long session: many calls of methods that return nothing."""

from __future__ import annotations

import os
import subprocess
import sys

# What a few hours in the window amount to: labels set, events processed, buttons enabled.
PROBE = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(20_000):
    label.setText("x")
    label.setEnabled(True)
    QCoreApplication.processEvents()
print(sys.getrefcount(None) - before)
"""


def test_calls_returning_nothing_leave_none_alone() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, (
        "the process died after many Qt calls (PySide6 6.12.0 on Python 3.11 frees None: "
        f"see pyproject.toml): {done.stderr.strip()[-300:]}"
    )
    # On Python 3.11 None is counted: a binding that loses a reference a call shows it here.
    assert abs(int(done.stdout.strip())) < 1000
