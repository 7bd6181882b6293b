"""Opening the user's store as the app starts: create, migrate, fill a new one with the demo."""

from __future__ import annotations

import os

from desktop_app.services.demo import has_content, load_demo
from desktop_app.services.store import Store, resolve_store_path


def open_user_store(path: str | os.PathLike[str] | None = None, *, demo: bool = True) -> Store:
    """The store named by ``--db``/``CHANCERY_DB``/the default; a brand-new one gets the demo."""
    target = resolve_store_path(path)
    is_new = not target.exists() or target.stat().st_size == 0
    store = Store.open(target)
    if is_new and demo and not has_content(store):
        try:
            load_demo(store)
        except BaseException:
            store.close()
            raise
    return store
