"""A progress bar on stderr for long commands (redrawn in place on a terminal)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

WIDTH = 30


def progress_bar(label: str, stream: TextIO | None = None) -> Callable[[int, int, str], None]:
    """A ``progress(done, total, stage)`` callback drawing ``label [####    ] 40% stage``."""
    out = stream or sys.stderr
    tty = out.isatty()
    started = time.monotonic()
    last = {"percent": -1}

    def draw(done: int, total: int, stage: str) -> None:
        percent = 100 if total <= 0 else min(100, done * 100 // total)
        # Off a terminal, print a line every 10 % rather than flood a log with redraws.
        step = 1 if tty else 10
        if percent // step == last["percent"] // step and percent < 100:
            return
        last["percent"] = percent
        filled = WIDTH * percent // 100
        elapsed = time.monotonic() - started
        bar = "#" * filled + " " * (WIDTH - filled)
        line = f"{label} [{bar}] {percent:3d}% {elapsed:5.0f} s {stage:<12}"
        if tty:
            out.write("\r" + line)
            if percent >= 100:
                out.write("\n")
        else:
            out.write(line.rstrip() + "\n")
        out.flush()

    return draw
