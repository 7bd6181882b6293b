"""Alembic, driven from code: the store's revision, and upgrading it to the head."""

from __future__ import annotations

import ast
import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from db.search import INDEX_TABLES

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# Alembic (and every dialect it loads) is imported only to migrate: opening a store that is
# already at the head reads the revisions from the files' text, a quicker start.
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


# PostgreSQL's search index (db/search_pg.py), raw SQL too.
SERVER_INDEX_TABLES = frozenset({"search_doc"})


# Indexes only a PostgreSQL store has (a sort order SQLite reads from another index), made
# by their revision's SQL; the models, shared by both engines, do not declare them.
SERVER_ONLY_INDEXES = frozenset({"ix_meeting_review_state_newest"})


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Autogenerate's filter: the search indexes (FTS5's tables and shadow tables, and
    PostgreSQL's search_doc) and the server-only indexes belong to raw SQL."""
    if type_ == "index":
        return name not in SERVER_ONLY_INDEXES
    return not (type_ == "table" and (name in INDEX_TABLES or name in SERVER_INDEX_TABLES))


def config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config())


def _literal(node: ast.expr) -> tuple[str, ...] | None:
    """A revision file's ``revision``/``down_revision`` value: None, a string or a tuple."""
    value = ast.literal_eval(node)
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, tuple | list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


@functools.cache
def _revision_graph() -> dict[str, tuple[str, ...]] | None:
    """revision -> its down revisions, read from the files' text; None if one is not plain
    (then Alembic reads them)."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        found: dict[str, tuple[str, ...] | None] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target, value = None, None
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign):
                target, value = node.target, node.value
            named = isinstance(target, ast.Name) and target.id in ("revision", "down_revision")
            if named and value is not None and isinstance(target, ast.Name):
                try:
                    found[target.id] = _literal(value)
                except ValueError:
                    return None
        revision, down = found.get("revision"), found.get("down_revision")
        if not revision or len(revision) != 1 or down is None or "down_revision" not in found:
            return None
        graph[revision[0]] = down
    return graph or None


def head_revision() -> str:
    graph = _revision_graph()
    if graph is not None:
        below = {d for downs in graph.values() for d in downs}
        heads = [r for r in graph if r not in below]
        if len(heads) == 1:
            return heads[0]
    head = _scripts().get_current_head()
    if head is None:
        raise RuntimeError("the migrations folder has no revision")
    return head


def is_known(revision: str) -> bool:
    graph = _revision_graph()
    if graph is not None:
        return revision in graph
    return any(script.revision == revision for script in _scripts().walk_revisions())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        if len(rows) <= 1:
            return str(rows[0][0]) if rows else None
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(connection).get_current_revision()  # says why


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def on_sqlite() -> bool:
    """In a migration: True on an SQLite store, False on PostgreSQL (a team store).

    The dialect-specific steps of the revisions branch on this alone: SQLite's FTS5 index
    (revisions 0001-0003), PostgreSQL's own search index (search_pg, revision 0008).
    """
    from alembic import op

    return bool(op.get_bind().dialect.name == "sqlite")


def copy_problem(conn: Any, name: str, error: type[Exception]) -> str | None:
    """None if the store open on the DB-API connection ``conn`` passes quick_check and holds a
    schema this version knows, else what is wrong with ``name`` (``error``: the driver's).

    Backups are checked so before they count (plain SQLite and SQLCipher alike).
    """
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            return f"{name} fails SQLite's quick_check ({check})"
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None:
            return f"{name} is not a Chancery store (no schema version)"
        if not is_known(row[0]):
            return f"{name} was made by a newer version of Chancery (schema {row[0]})"
    except error as exc:
        return f"{name} is not a readable Chancery store ({exc})"
    return None
