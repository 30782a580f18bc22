"""The documents, analyses, facts and fused tracks.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = 255


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(ID), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("published", sa.Date(), nullable=False),
        sa.Column("written", sa.Date()),
        sa.Column("source", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("title", sa.Text()),
        sa.Column("path", sa.Text()),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("dateline_place", sa.Text()),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("skipped", sa.Text()),
        sa.Column("duplicate_of", sa.String(ID), sa.ForeignKey("documents.id")),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_state", "documents", ["state"])
    op.create_index("ix_documents_duplicate_of", "documents", ["duplicate_of"])

    op.create_table(
        "ingest_errors",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("fingerprint", sa.String(64), nullable=False, unique=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("line", sa.Integer()),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
    )

    op.create_table(
        "analyses",
        sa.Column(
            "document_id", sa.String(ID), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("track_key", sa.String(ID)),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("analysed_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_analyses_track_key", "analyses", ["track_key"])

    op.create_table(
        "sentences",
        sa.Column(
            "document_id", sa.String(ID), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("index", sa.Integer(), primary_key=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )

    op.create_table(
        "facts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "document_id", sa.String(ID), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("label", sa.Text()),
        sa.Column("value", sa.Text()),
        sa.Column("sentence_index", sa.Integer()),
        sa.Column("start", sa.Integer()),
        sa.Column("end", sa.Integer()),
        sa.Column("data", sa.Text(), nullable=False),
    )
    op.create_index("ix_facts_document_id", "facts", ["document_id"])
    op.create_index("ix_facts_kind", "facts", ["kind"])

    op.create_table(
        "statements",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "document_id", sa.String(ID), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("speaker", sa.Text(), nullable=False),
        sa.Column("speaker_kind", sa.String(16), nullable=False),
        sa.Column("party", sa.Text()),
        sa.Column("cue", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("quoted", sa.Boolean(), nullable=False),
        sa.Column("date", sa.Text()),
        sa.Column("sentence_index", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
    )
    op.create_index("ix_statements_document_id", "statements", ["document_id"])

    op.create_table("dirty_tracks", sa.Column("key", sa.String(ID), primary_key=True))

    op.create_table(
        "tracks",
        sa.Column("key", sa.String(ID), primary_key=True),
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("parties", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text()),
        sa.Column("document_count", sa.Integer(), nullable=False),
        sa.Column("round_count", sa.Integer(), nullable=False),
        sa.Column("first_published", sa.Date()),
        sa.Column("last_published", sa.Date()),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("fused_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_tracks_id", "tracks", ["id"])

    op.create_table(
        "track_documents",
        sa.Column(
            "track_key", sa.String(ID), sa.ForeignKey("tracks.key", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column(
            "document_id", sa.String(ID), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
        ),
    )
    op.create_index("ix_track_documents_document_id", "track_documents", ["document_id"])

    op.create_table(
        "rounds",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "track_key", sa.String(ID), sa.ForeignKey("tracks.key", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("round_id", sa.String(ID), nullable=False),
        sa.Column("ordinal", sa.Integer()),
        sa.Column("date", sa.String(32)),
        sa.Column("city", sa.Text()),
        sa.Column("venue", sa.Text()),
        sa.Column("format", sa.Text()),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.Column("source_count", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
    )

    op.create_index("ix_rounds_track_key", "rounds", ["track_key"])

    op.create_table(
        "issue_statuses",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "track_key", sa.String(ID), sa.ForeignKey("tracks.key", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("round_id", sa.String(ID), nullable=False),
        sa.Column("issue", sa.Text(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("raised_by", sa.Text()),
    )
    op.create_index("ix_issue_statuses_track_key", "issue_statuses", ["track_key"])

    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "track_key", sa.String(ID), sa.ForeignKey("tracks.key", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("round_id", sa.String(ID), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
    )
    op.create_index("ix_conflicts_track_key", "conflicts", ["track_key"])

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "track_key", sa.String(ID), sa.ForeignKey("tracks.key", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("owner", sa.String(16), nullable=False),
        sa.Column("ref", sa.Text(), nullable=False),
        sa.Column("document_id", sa.String(ID), nullable=False),
        sa.Column("sentence_index", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
    )
    op.create_index("ix_evidence_track_key", "evidence", ["track_key"])
    op.create_index("ix_evidence_document_id", "evidence", ["document_id"])


def downgrade() -> None:
    for table in (
        "evidence",
        "conflicts",
        "issue_statuses",
        "rounds",
        "track_documents",
        "tracks",
        "dirty_tracks",
        "statements",
        "facts",
        "sentences",
        "analyses",
        "ingest_errors",
        "documents",
    ):
        op.drop_table(table)
