"""meetings newest first on PostgreSQL: an index in the order the meetings list reads them

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 23:40:00
"""

from __future__ import annotations

from alembic import op

from db.migrate import on_sqlite

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# The meetings list reads the confirmed meetings newest first, the undated last (browse.py
# meeting_ids: starts_on DESC NULLS LAST, id DESC). PostgreSQL puts NULL first in a
# descending order, so it could not read ix_meeting_review_state_starts_on in that order: it
# sorted every meeting for the first screen's 100. SQLite puts NULL last there already (NULL
# is its smallest value) and reads that index as it is: nothing to do.
_NAME = "ix_meeting_review_state_newest"  # in db/migrate.py SERVER_ONLY_INDEXES


def upgrade() -> None:
    if on_sqlite():
        return
    op.execute(
        f"CREATE INDEX {_NAME} ON meeting (review_state, starts_on DESC NULLS LAST, id DESC)"
    )


def downgrade() -> None:
    if on_sqlite():
        return
    op.execute(f"DROP INDEX IF EXISTS {_NAME}")
