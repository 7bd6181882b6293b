"""Chancery's entry point: the command line, which opens the window when given no command."""

from __future__ import annotations

import sys


def main() -> None:
    if getattr(sys, "frozen", False):
        # The installed bundle (packaging/pyinstaller) starts its helper process
        # (services/offload.py, spawn) by running its own executable again: this makes that
        # run the helper, not a second Chancery. Not frozen, it does nothing, so not imported.
        import multiprocessing

        multiprocessing.freeze_support()
    from desktop_app.cli import main as cli_main

    sys.exit(cli_main())
