"""edit history (change sets) and quoted or reported statements

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_SPACES = " \u00a0\u202f\t\n"
_OPENING = ("\u00ab", "\u201c", '"', "'", "\u2018")


def upgrade() -> None:
    op.create_table(
        "change_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=500), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_set")),
    )
    op.create_table(
        "change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_set_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("op", sa.String(length=6), nullable=False),
        sa.Column("record_kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("op IN ('update', 'insert', 'delete')", name=op.f("ck_change_op")),
        sa.ForeignKeyConstraint(
            ["change_set_id"],
            ["change_set.id"],
            name=op.f("fk_change_change_set_id_change_set"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change")),
    )
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.create_index("ix_change_record", ["record_kind", "record_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_change_change_set_id"), ["change_set_id"], unique=False
        )
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("speech", sa.String(length=8), nullable=False, server_default="quote")
        )
        batch_op.create_check_constraint("speech", "speech IN ('quote', 'reported')")
    # What a store already holds: a statement whose passage does not open with a quotation
    # mark is the source's account of what was said (the demo dossier's "a assuré que …").
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT statement.id, anchor.prefix FROM statement "
            "JOIN anchor ON anchor.id = statement.anchor_id"
        )
    ).all()
    reported = [
        {"id": row_id}
        for row_id, prefix in rows
        if (prefix or "").rstrip(_SPACES)[-1:] not in _OPENING
    ]
    if reported:
        bind.execute(sa.text("UPDATE statement SET speech = 'reported' WHERE id = :id"), reported)


def downgrade() -> None:
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_statement_speech"), type_="check")
        batch_op.drop_column("speech")
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_change_set_id"))
        batch_op.drop_index("ix_change_record")
    op.drop_table("change")
    op.drop_table("change_set")
