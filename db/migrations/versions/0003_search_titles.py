"""search titles in their own FTS5 index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 08:05:00
"""

from __future__ import annotations

from alembic import op

from db.migrate import on_sqlite

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Frozen here (not read from db/search.py) so this revision always does the same thing.
_TABLE = "search_index"
_TITLES = "search_index_titles"
_LAYOUT = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {_TITLES} USING fts5(title, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)


def upgrade() -> None:
    # The titles (names, titles, themes, tags, speakers) alone: the title matches of a
    # common word come from their own doclists instead of a scan of every match.
    if not on_sqlite():
        return  # FTS5 is SQLite's; a PostgreSQL store's index is made by revision 0008
    op.execute(_LAYOUT)
    op.execute(
        f"INSERT INTO {_TITLES} (rowid, title) SELECT rowid, title FROM {_TABLE} WHERE title != ''"
    )
    op.execute(f"INSERT INTO {_TITLES} ({_TITLES}) VALUES ('optimize')")


def downgrade() -> None:
    if on_sqlite():
        op.execute(f"DROP TABLE IF EXISTS {_TITLES}")
