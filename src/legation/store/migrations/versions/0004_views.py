"""The tracks of a report's other views (another pair's meetings it tells: ``legation.fuse.views``).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "analysis_views",
        sa.Column(
            "document_id", sa.String(255), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("view", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("track_key", sa.String(255), nullable=False),
    )
    op.create_index("ix_analysis_views_track_key", "analysis_views", ["track_key"])


def downgrade() -> None:
    op.drop_table("analysis_views")
