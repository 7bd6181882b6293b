"""item sources (corroboration) and probable duplicates

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 10:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_ONE_ITEM = "(commitment_id IS NULL) != (statement_id IS NULL)"


def _item_columns() -> list[sa.Column[int]]:
    return [
        sa.Column(
            "commitment_id",
            sa.Integer(),
            sa.ForeignKey("commitment.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column(
            "statement_id",
            sa.Integer(),
            sa.ForeignKey("statement.id", ondelete="CASCADE"),
            nullable=True,
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "item_source",
        sa.Column("id", sa.Integer(), nullable=False),
        *_item_columns(),
        sa.Column(
            "source_id",
            sa.Integer(),
            sa.ForeignKey("source.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("anchor_id", sa.Integer(), sa.ForeignKey("anchor.id", ondelete="SET NULL")),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_source")),
        sa.CheckConstraint(_ONE_ITEM, name=op.f("ck_item_source_one_item")),
        sa.UniqueConstraint("commitment_id", "source_id", name="commitment_source"),
        sa.UniqueConstraint("statement_id", "source_id", name="statement_source"),
    )
    op.create_index("ix_item_source_source_id", "item_source", ["source_id"])
    op.create_index("ix_item_source_statement_id", "item_source", ["statement_id"])
    op.create_table(
        "probable_duplicate",
        sa.Column("id", sa.Integer(), nullable=False),
        *_item_columns(),
        sa.Column(
            "of_commitment_id",
            sa.Integer(),
            sa.ForeignKey("commitment.id", ondelete="CASCADE"),
        ),
        sa.Column(
            "of_statement_id",
            sa.Integer(),
            sa.ForeignKey("statement.id", ondelete="CASCADE"),
        ),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reason", sa.String(100), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("decision", sa.String(10), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_probable_duplicate")),
        sa.CheckConstraint(_ONE_ITEM, name=op.f("ck_probable_duplicate_one_item")),
        sa.CheckConstraint(
            "(of_commitment_id IS NULL) != (of_statement_id IS NULL)",
            name=op.f("ck_probable_duplicate_one_original"),
        ),
        sa.CheckConstraint(
            "decision IS NULL OR decision IN ('merged', 'kept')",
            name=op.f("ck_probable_duplicate_decision"),
        ),
        sa.UniqueConstraint("commitment_id", name="duplicate_commitment"),
        sa.UniqueConstraint("statement_id", name="duplicate_statement"),
    )
    op.create_index(
        "ix_probable_duplicate_of_commitment_id", "probable_duplicate", ["of_commitment_id"]
    )
    op.create_index(
        "ix_probable_duplicate_of_statement_id", "probable_duplicate", ["of_statement_id"]
    )
    # Every item already in the store is reported by the source of its passage.
    for column, table in (("commitment_id", "commitment"), ("statement_id", "statement")):
        op.execute(
            f"INSERT INTO item_source ({column}, source_id, anchor_id, added_at) "
            f"SELECT t.id, a.source_id, a.id, CURRENT_TIMESTAMP FROM {table} AS t "
            "JOIN anchor AS a ON a.id = t.anchor_id"
        )


def downgrade() -> None:
    op.drop_table("probable_duplicate")
    op.drop_table("item_source")
