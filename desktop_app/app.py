"""Chancery's entry point: the command line, which opens the window when given no command."""

from __future__ import annotations

import sys


def main() -> None:
    from desktop_app.cli import main as cli_main

    sys.exit(cli_main())
