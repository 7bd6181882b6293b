"""team store: a row version on every edited record; PostgreSQL's search index; the
aliases' unique constraint renamed as on PostgreSQL

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-04 13:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.migrate import on_sqlite

revision = "0008"
down_revision = "0005"
branch_labels = None
depends_on = None

# The records an analyst edits: each UPDATE checks and bumps row_version (optimistic
# concurrency, db/models.py), so an edit made on a stale copy is refused, never written.
VERSIONED = ("meeting", "commitment", "statement", "annotation", "actor", "source")

# Frozen here (not read from db/search_pg.py) so this revision always does the same thing.
_SEARCH_DOC = (
    "CREATE TABLE search_doc (rowid bigint PRIMARY KEY, doc tsvector NOT NULL)",
    "CREATE INDEX ix_search_doc_doc ON search_doc USING gin (doc)",
)


# PostgreSQL names a unique constraint's index after it, and an index may not be named as a
# table: the aliases' constraint, once named "actor_alias" as its table, gets the name
# revision 0001 gives it on PostgreSQL (an SQLite store's table is copied to rename it).
_ALIAS_OLD, _ALIAS_NEW = "actor_alias", "uq_actor_alias_actor_id_alias"


_DEFERRABLE_KEYS = """
DO $$
DECLARE key record;
BEGIN
  FOR key IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
             WHERE contype = 'f' AND connamespace = current_schema()::regnamespace LOOP
    EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I DEFERRABLE INITIALLY IMMEDIATE',
                   key.tbl, key.conname);
  END LOOP;
END $$
"""


def upgrade() -> None:
    if on_sqlite():
        with op.batch_alter_table("actor_alias", schema=None) as batch_op:
            batch_op.drop_constraint(_ALIAS_OLD, type_="unique")
            batch_op.create_unique_constraint(_ALIAS_NEW, ["actor_id", "alias"])
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
            )
    if on_sqlite():
        return  # its index is FTS5's (revisions 0001-0003)
    # unaccent is a trusted extension: the database's owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for statement in _SEARCH_DOC:
        op.execute(statement)
    # An undo puts rows back in any order and checks the keys at commit (SQLite's
    # defer_foreign_keys): PostgreSQL defers only a key declared DEFERRABLE.
    op.execute(_DEFERRABLE_KEYS)
    # A store made at once at this revision has no records yet; the index is filled by
    # every write from now on (db/search.py's flush hook), or by `chancery reindex`.


def downgrade() -> None:
    if not on_sqlite():
        op.execute("DROP TABLE IF EXISTS search_doc")
    for table in VERSIONED:
        # Not a batch copy: on SQLite, dropping the old table would cascade to the rows
        # that reference it (foreign keys are on); both engines drop a column in place.
        op.execute(f"ALTER TABLE {table} DROP COLUMN row_version")
    if on_sqlite():
        with op.batch_alter_table("actor_alias", schema=None) as batch_op:
            batch_op.drop_constraint(_ALIAS_NEW, type_="unique")
            batch_op.create_unique_constraint(_ALIAS_OLD, ["actor_id", "alias"])
