"""offline copies: where each copied row came from, what came back, the conflicts to resolve

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-04 16:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain tables, no dialect-specific part: the same statements on SQLite and PostgreSQL.
    op.create_table(
        "offline_copy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("copy_key", sa.String(length=36), nullable=False),
        sa.Column("is_copy", sa.Boolean(), nullable=False),
        sa.Column("store_label", sa.String(length=500), nullable=False),
        sa.Column("file_name", sa.String(length=1000), nullable=False),
        sa.Column("meetings", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("brought_back_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offline_copy")),
        sa.UniqueConstraint("copy_key", "is_copy", name="uq_offline_copy_copy_key"),
    )
    op.create_table(
        "offline_origin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_kind", sa.String(length=40), nullable=False),
        sa.Column("local_id", sa.Integer(), nullable=True),
        sa.Column("origin_id", sa.Integer(), nullable=True),
        sa.Column("origin_version", sa.Integer(), nullable=True),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offline_origin")),
    )
    op.create_index("ix_offline_origin_record", "offline_origin", ["record_kind", "local_id"])
    op.create_table(
        "offline_return",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("copy_key", sa.String(length=36), nullable=False),
        sa.Column("record_kind", sa.String(length=40), nullable=False),
        sa.Column("local_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offline_return")),
        sa.UniqueConstraint("copy_key", "record_kind", "local_id", name="uq_offline_return_record"),
    )
    op.create_table(
        "offline_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("copy_key", sa.String(length=36), nullable=False),
        sa.Column("record_kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("base_value", sa.Text(), nullable=True),
        sa.Column("mine_value", sa.Text(), nullable=True),
        sa.Column("theirs_value", sa.Text(), nullable=True),
        sa.Column("theirs_version", sa.Integer(), nullable=True),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("kept_mine", sa.Boolean(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offline_conflict")),
    )
    op.create_index("ix_offline_conflict_record", "offline_conflict", ["record_kind", "record_id"])


def downgrade() -> None:
    op.drop_index("ix_offline_conflict_record", table_name="offline_conflict")
    op.drop_table("offline_conflict")
    op.drop_table("offline_return")
    op.drop_index("ix_offline_origin_record", table_name="offline_origin")
    op.drop_table("offline_origin")
    op.drop_table("offline_copy")
