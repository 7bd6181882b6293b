"""The command line: the window's use cases for scripts, with ``--json`` output.

Each module in COMMAND_MODULES adds its subcommands with ``register(subparsers, common)``;
a subcommand's handler takes the parsed arguments and returns an exit code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from desktop_app import __version__, logging_setup
from domain.views import to_jsonable

COMMAND_MODULES = (
    "desktop_app.cli.browse_cmds",
    "desktop_app.cli.notes_cmds",
    "desktop_app.cli.import_cmds",
    "desktop_app.cli.backup_cmds",
    "desktop_app.cli.brief_cmds",
    "desktop_app.cli.crypto_cmds",
    "desktop_app.cli.edit_cmds",
    "desktop_app.cli.tracking_cmds",
    "desktop_app.cli.server_cmds",
    "desktop_app.cli.offline_cmds",
)

# The module that registers each subcommand: a command builds the parser of its own module
# only, so that it imports only what it runs (`chancery search` loads neither the import
# pipeline, nor editing and history, nor the generator; the whole process is about one
# second on a large store). A command missing here (a module added to COMMAND_MODULES
# without its entries) still works: every module then registers, as `chancery --help` does.
# tests/test_cli.py checks this table against what the modules register.
COMMAND_HOMES: dict[str, str] = {
    **dict.fromkeys(("list", "show", "search", "demo"), "desktop_app.cli.browse_cmds"),
    **dict.fromkeys(("annotate", "notes", "tag", "tags"), "desktop_app.cli.notes_cmds"),
    **dict.fromkeys(("import", "review"), "desktop_app.cli.import_cmds"),
    **dict.fromkeys(("backup", "backups", "check", "restore"), "desktop_app.cli.backup_cmds"),
    **dict.fromkeys(("brief", "briefs", "export", "levels"), "desktop_app.cli.brief_cmds"),
    **dict.fromkeys(("decrypt", "encrypt", "rekey"), "desktop_app.cli.crypto_cmds"),
    **dict.fromkeys(
        ("add", "delete", "edit", "history", "merge", "redo", "remove-demo", "undo"),
        "desktop_app.cli.edit_cmds",
    ),
    "track": "desktop_app.cli.tracking_cmds",
    "migrate": "desktop_app.cli.server_cmds",
    **dict.fromkeys(
        ("copy-out", "bring-back", "conflicts", "resolve"), "desktop_app.cli.offline_cmds"
    ),
}

EXIT_USAGE = 2
EXIT_ERROR = 1

Handler = Callable[[argparse.Namespace], int]


def common_options() -> argparse.ArgumentParser:
    """Options every subcommand takes after its name (``chancery list meetings --db X``)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,  # keeps a --db given before the command
        help="the store to use: a file, or a team store's postgresql+psycopg://… URL "
        "(default: $CHANCERY_DB, else chancery.db in your data folder)",
    )
    common.add_argument("--json", action="store_true", help="print JSON instead of text")
    return common


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv``: with its command's module only when COMMAND_HOMES names it,
    with none for a bare ``--version``, else (no argv, ``--help``, an unknown command) with
    every module's commands."""
    parser = argparse.ArgumentParser(
        prog="chancery",
        description="Chancery: meetings, commitments, statements and notes, offline. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"chancery {__version__}")
    parser.add_argument(
        "--db", metavar="PATH|URL", help="the store to open in the window (a file or a URL)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = common_options()
    for name in modules_for(argv):
        importlib.import_module(name).register(sub, common)
    return parser


def modules_for(argv: Sequence[str] | None) -> tuple[str, ...]:
    """The command modules the parser of ``argv`` needs (see build_parser)."""
    if argv is None:
        return COMMAND_MODULES
    args = list(argv)
    i = 0
    while i < len(args):
        token = args[i]
        if token == "--db":  # the window's option, before a command: skip its value
            i += 2
        elif token.startswith("--db="):
            i += 1
        elif token == "--version":
            return ()  # argparse prints the version and exits before any command
        elif token.startswith("-"):
            return COMMAND_MODULES  # --help, or a mistake argparse will name
        else:
            home = COMMAND_HOMES.get(token)
            return (home,) if home in COMMAND_MODULES else COMMAND_MODULES
    return COMMAND_MODULES


def emit(args: argparse.Namespace, data: Any, text: Callable[[], str]) -> None:
    """Print ``data`` as JSON with ``--json``, else the text made by ``text()``."""
    if getattr(args, "json", False):
        json.dump(to_jsonable(data), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        out = text()
        if out:
            print(out)


def iso_date(value: str) -> dt.date:
    """An argparse type: a date written 2025-04-03, or one sentence saying so."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date like 2025-04-03") from None


def fail(message: str, code: int = EXIT_ERROR) -> int:
    from desktop_app.ingest.readers import one_line  # the import pipeline's module: on failure only

    print(f"chancery: {one_line(message)}", file=sys.stderr)
    return code


def open_window(db: str | None) -> int:
    from desktop_app.ui import app as ui_app  # only now: a subcommand never loads Qt

    return int(ui_app.run(db))


def window_only(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, --db) when the arguments only open the window (none, or ``--db PATH``).

    That path builds no parser: the subcommands' modules import SQLAlchemy, which the window
    loads after it shows (desktop_app/ui/app.py). Anything else goes to the full parser."""
    args = list(argv)
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--db" and not args[1].startswith("-"):
        return True, args[1]
    if len(args) == 1 and args[0].startswith("--db=") and len(args[0]) > len("--db="):
        return True, args[0][len("--db=") :]
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    logging_setup.configure()
    argv = sys.argv[1:] if argv is None else argv
    only_window, db = window_only(argv)
    if only_window:
        return open_window(db)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        return open_window(args.db)
    from desktop_app.cli.crypto_cmds import ask_on_terminal
    from desktop_app.services.application import Application
    from desktop_app.services.store import StoreError  # after --version and --help: they need none

    # A failed automatic backup (at the end too, after the command's output) is said on stderr.
    logging_setup.install_stderr_alerts()
    try:
        # The command's application: the lock, key and automatic backups of the store it
        # opens are given back when it ends; an encrypted store asks on the terminal.
        with Application(passphrase_provider=ask_on_terminal):
            return handler(args)
    except StoreError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail("interrupted.", 130)
    except BrokenPipeError:
        return 0
