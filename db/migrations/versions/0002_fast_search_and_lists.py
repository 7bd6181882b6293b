"""fast search and lists at scale: kind-ranged FTS rowids, prefix indexes, list indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 07:40:00
"""

from __future__ import annotations

from alembic import op

from db.migrate import on_sqlite

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen here (not read from db/search.py) so this revision always does the same thing.
_TABLE = "search_index"
_NEW = "search_index_v2"
_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"
_V1_LAYOUT = f"CREATE VIRTUAL TABLE {_NEW} USING fts5(title, body, {_TOKENIZE})"
_V2_LAYOUT = f"CREATE VIRTUAL TABLE {_NEW} USING fts5(title, body, {_TOKENIZE}, prefix = '1 2 3')"
# v1 rowid = item_id * 8 + kind code; v2 rowid = (kind code << 40) | item_id.
_V1_TO_V2 = "((rowid % 8) << 40) | (rowid / 8)"
_V2_TO_V1 = f"(rowid & {(1 << 40) - 1}) * 8 + (rowid >> 40)"


def _rebuild(create_sql: str, rowid_expr: str) -> None:
    """Copy the index into a new FTS5 table (new layout, converted rowids), then swap
    (SQLite only: a PostgreSQL store has no FTS5 index)."""
    if not on_sqlite():
        return
    op.execute(f"DROP TABLE IF EXISTS {_NEW}")
    op.execute(create_sql)
    op.execute(
        f"INSERT INTO {_NEW} (rowid, title, body) SELECT {rowid_expr}, title, body FROM {_TABLE}"
    )
    op.execute(f"DROP TABLE {_TABLE}")
    op.execute(f"ALTER TABLE {_NEW} RENAME TO {_TABLE}")
    op.execute(f"INSERT INTO {_TABLE} ({_TABLE}) VALUES ('optimize')")


def upgrade() -> None:
    _rebuild(_V2_LAYOUT, _V1_TO_V2)
    # The commitments list (confirmed ones, by due date): read in order from the index,
    # which also holds the ids, instead of sorting 200,000 rows of the table.
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_commitment_review_state_due_on", ["review_state", "due_on"], unique=False
        )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(
            "ix_meeting_review_state_starts_on", ["review_state", "starts_on"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_review_state_starts_on")
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_index("ix_commitment_review_state_due_on")
    _rebuild(_V1_LAYOUT, _V2_TO_V1)
