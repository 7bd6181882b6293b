"""a source's address; meetings probably the same as one already stored

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 17:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN on both engines (no batch copy of a table others reference).
    op.add_column("source", sa.Column("address", sa.String(length=2000), nullable=True))
    op.create_table(
        "probable_same_meeting",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "meeting_id",
            sa.Integer(),
            sa.ForeignKey("meeting.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "of_meeting_id",
            sa.Integer(),
            sa.ForeignKey("meeting.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("reason", sa.String(length=100), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("meeting_id", "of_meeting_id", name="same_meeting_pair"),
    )
    op.create_index("ix_probable_same_meeting_meeting_id", "probable_same_meeting", ["meeting_id"])
    op.create_index(
        "ix_probable_same_meeting_of_meeting_id", "probable_same_meeting", ["of_meeting_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_probable_same_meeting_of_meeting_id", table_name="probable_same_meeting")
    op.drop_index("ix_probable_same_meeting_meeting_id", table_name="probable_same_meeting")
    op.drop_table("probable_same_meeting")
    op.execute("ALTER TABLE source DROP COLUMN address")
