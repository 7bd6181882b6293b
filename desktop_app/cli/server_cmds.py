"""``migrate``: an administrator brings a store's schema to this version (a team store's
clients never do it themselves)."""

from __future__ import annotations

import argparse

from desktop_app.cli import emit
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import Store, resolve_store_url


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    migrator = sub.add_parser(
        "migrate",
        parents=[common],
        help="bring the store's schema to this version of Chancery (creates a team store's "
        "schema on an empty PostgreSQL database)",
    )
    migrator.set_defaults(handler=_migrate)


def _migrate(args: argparse.Namespace) -> int:
    url = resolve_store_url(getattr(args, "db", None))
    if url is not None:
        store = Store.open_server(url, upgrade=True)
    else:
        store = open_user_store(getattr(args, "db", None), demo=False)  # a file: as on opening
    with store:
        data = {"store": store.display_name, "revision": store.info.revision}
    emit(args, data, lambda: f"{data['store']} is at schema {data['revision']}.")
    return 0
