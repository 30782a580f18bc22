"""legation's persistent store: documents, analyses and fused tracks in SQLite or PostgreSQL.

    store = open_store("sqlite:///legation.db")     # or postgresql+psycopg://..., or None for the default
    store.ingest(["news/"])                         # idempotent; near-duplicates linked to their original
    store.build()                                   # analyses new documents, re-fuses only touched tracks
    store.dossier(); store.stats(); store.search("fishing quotas")

See ``docs/store.md`` for URL forms, the schema, incremental builds and crash safety.
"""

from __future__ import annotations

from legation.store.building import BuildReport
from legation.store.ingesting import IngestReport
from legation.store.reading import DocumentRecord, DocumentSummary, TrackSummary
from legation.store.search import SearchHit
from legation.store.store import Store, open_store
from legation.store.url import DEFAULT_URL, resolve_url

__all__ = [
    "DEFAULT_URL",
    "BuildReport",
    "DocumentRecord",
    "DocumentSummary",
    "IngestReport",
    "SearchHit",
    "Store",
    "TrackSummary",
    "open_store",
    "resolve_url",
]
