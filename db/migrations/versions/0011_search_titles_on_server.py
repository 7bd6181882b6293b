"""search titles on PostgreSQL: the titles' words in a column of their own, with a GIN index

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 20:20:00
"""

from __future__ import annotations

from alembic import op

from db.migrate import on_sqlite

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# Frozen here (not read from db/search_pg.py) so this revision always does the same thing.
# The title words are those the index row already holds with weight A (revision 0008's doc):
# ts_filter keeps them, with their positions, and PostgreSQL computes the column at each write
# of doc, so the writers do not change and an existing store's rows get theirs now.
_UPGRADE = (
    "ALTER TABLE search_doc ADD COLUMN titles tsvector "
    "GENERATED ALWAYS AS (ts_filter(doc, '{a}')) STORED",
    "CREATE INDEX ix_search_doc_titles ON search_doc USING gin (titles)",
)


def upgrade() -> None:
    if on_sqlite():
        return  # its titles have their own FTS5 table already (revision 0003)
    for statement in _UPGRADE:
        op.execute(statement)
    # The planner's statistics of the new column, for its first searches.
    op.execute("ANALYZE search_doc")


def downgrade() -> None:
    if on_sqlite():
        return
    op.execute("DROP INDEX IF EXISTS ix_search_doc_titles")
    op.execute("ALTER TABLE search_doc DROP COLUMN IF EXISTS titles")
