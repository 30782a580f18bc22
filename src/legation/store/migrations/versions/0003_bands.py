"""Near-duplicate blocking index: MinHash LSH band hashes per document, filled for stored documents.

Revision ID: 0003
Revises: 0002
Create Date: 2025-01-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from legation.store.bands import band_rows

    bands = op.create_table(
        "document_bands",
        sa.Column("band", sa.Integer(), primary_key=True),
        sa.Column("hash", sa.String(16), primary_key=True),
        sa.Column(
            "document_id", sa.String(255), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
        ),
    )
    op.create_index("ix_document_bands_document_id", "document_bands", ["document_id"])
    documents = op.get_bind().execute(sa.text("SELECT id, text FROM documents ORDER BY id"))
    rows = [row for document in documents for row in band_rows(document.id, document.text)]
    if rows:
        op.bulk_insert(bands, rows)


def downgrade() -> None:
    op.drop_table("document_bands")
