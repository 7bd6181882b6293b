"""Readers that tests/ui/test_import_offload.py runs in the import helper process."""

from __future__ import annotations

import os
import time
from pathlib import Path

from desktop_app.services import importing


def crash_on_crash_files(path: Path) -> importing.ReadFile:
    """The real reader, except that a file named *crash* kills the helper (a parser crash)."""
    if "crash" in path.name:
        os._exit(70)
    return importing.read_file(path)


def wait_for_go_file(path: Path) -> importing.ReadFile:
    """The real reader, once ``<path>.go`` exists: a read that lasts until the test says."""
    deadline = time.monotonic() + 60
    while not path.with_name(path.name + ".go").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    return importing.read_file(path)
