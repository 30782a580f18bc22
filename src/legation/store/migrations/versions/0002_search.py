"""Full-text search over documents and statements, filled from what the store already holds.

SQLite: an FTS5 table (porter stemming). PostgreSQL: a table with a generated, weighted ``tsvector``
column and a GIN index. Both have the columns ``kind`` (``document`` or ``statement``), ``document_id``,
``ref``, ``title``, ``body``; the store writes them in the same transaction as the rows they index.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_FILL = """
INSERT INTO search_index (kind, document_id, ref, title, body)
SELECT 'document', id, id, coalesce(title, ''), text FROM documents
"""
_FILL_STATEMENTS = """
INSERT INTO search_index (kind, document_id, ref, title, body)
SELECT 'statement', document_id, CAST(sentence_index AS TEXT), speaker, text FROM statements
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_index USING fts5("
            "kind UNINDEXED, document_id UNINDEXED, ref UNINDEXED, title, body, tokenize='porter unicode61')"
        )
    else:
        op.execute(
            "CREATE TABLE search_index ("
            " id BIGSERIAL PRIMARY KEY, kind VARCHAR(16) NOT NULL, document_id VARCHAR(255) NOT NULL,"
            " ref TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,"
            " tsv tsvector GENERATED ALWAYS AS ("
            "  setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')"
            " ) STORED)"
        )
        op.execute("CREATE INDEX ix_search_index_tsv ON search_index USING GIN (tsv)")
        op.execute("CREATE INDEX ix_search_index_document_id ON search_index (document_id)")
    op.execute(_FILL)
    op.execute(_FILL_STATEMENTS)


def downgrade() -> None:
    op.execute("DROP TABLE search_index")
