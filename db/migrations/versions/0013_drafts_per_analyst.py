"""drafts per analyst: each analyst's note being typed is their own on a team store

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 00:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_OLD = "draft_target"
_NEW = "draft_analyst_target"


def upgrade() -> None:
    # Batch mode: SQLite cannot alter a constraint in place (it copies the table; nothing
    # references draft, so the copy cascades nowhere); PostgreSQL alters it in place.
    # The drafts already kept get "" (unknown): who typed them was never recorded. On a
    # personal store "" is its one user, so they stay that user's.
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("analyst", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.drop_constraint(_OLD, type_="unique")
        batch_op.create_unique_constraint(
            _NEW, ["analyst", "target_kind", "target_id", "annotation_id"]
        )


def downgrade() -> None:
    # Two analysts' drafts of one note would break the old key: the newer one stays (drafts
    # of new notes never collide: a NULL annotation_id is unique to none).
    op.execute(
        "DELETE FROM draft WHERE annotation_id IS NOT NULL AND id NOT IN (SELECT MAX(id)"
        " FROM draft WHERE annotation_id IS NOT NULL GROUP BY target_kind, target_id,"
        " annotation_id)"
    )
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_constraint(_NEW, type_="unique")
        batch_op.create_unique_constraint(_OLD, ["target_kind", "target_id", "annotation_id"])
        batch_op.drop_column("analyst")
