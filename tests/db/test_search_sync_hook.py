"""The index sync hook reaches every session factory, even one at a freed factory's address."""

from __future__ import annotations

from sqlalchemy import event, text

from db import models as m
from db import search as fts
from desktop_app.services import searching
from desktop_app.services.store import Store

# How many factories to make and drop before giving up on CPython reusing an address (it
# reuses the block just freed: the second one, in practice).
ATTEMPTS = 500


def _store_at_a_reused_address(base: Store) -> Store:
    """A Store on ``base``'s engine whose session factory has the id() of one made and freed
    before it, the case that lost every index row in full test runs (ids are reused)."""
    seen: set[int] = set()
    for _ in range(ATTEMPTS):
        store = Store(base.engine, base.info)
        if id(store._sessions) in seen:
            return store
        seen.add(id(store._sessions))
        del store  # not closed: the engine is base's
    raise AssertionError(f"no session factory reused a freed one's address in {ATTEMPTS} tries")


def test_a_store_whose_factory_reuses_a_freed_address_still_indexes(
    empty_store: Store,
) -> None:
    store = _store_at_a_reused_address(empty_store)
    with store.write() as session:
        session.add(m.Actor(kind="state", name="Zyxwvu"))
    with store.read() as session:
        rows = session.execute(
            text(f"SELECT count(*) FROM {fts.INDEX_TABLE} WHERE {fts.INDEX_TABLE} MATCH 'zyxwvu'")
        ).scalar()
    assert rows == 1
    assert [h.title for h in searching.search(store, "zyxwvu")] == ["Zyxwvu"]


def test_installing_the_hook_twice_writes_each_row_once(empty_store: Store) -> None:
    fts.install_sync(empty_store._sessions)  # Store.__init__ installed it already
    inserts: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.startswith(f"INSERT INTO {fts.INDEX_TABLE} "):
            inserts.append(statement)

    event.listen(empty_store.engine, "before_cursor_execute", count)
    try:
        with empty_store.write() as session:
            session.add(m.Actor(kind="state", name="Zyxwvu"))
    finally:
        event.remove(empty_store.engine, "before_cursor_execute", count)
    assert len(inserts) == 1
