"""Ingest: files, directories and URLs → :class:`~legation.model.Document` records.

    from legation.ingest import read_paths
    for item in read_paths(["news/"], date=None):
        ...  # a Document, or an IngestError for a document that cannot be read (yielded, not raised)

Formats are readers registered with :func:`register_reader`; the built-in ones (seed format and plain
text, JSONL, CSV, RSS/Atom feeds, HTML pages) register themselves the same way. Every reader hands its
raw text to :func:`build_document`, which drops page furniture, reads the dateline, identifies the
language and gives the document a stable id. :func:`near_duplicates` links wire copies of one story.
See ``docs/inputs.md``.
"""

from __future__ import annotations

# The built-in readers register themselves on import, in this order (which is also the sniffing order).
from legation.ingest import feeds as _feeds  # noqa: F401
from legation.ingest import pages as _pages  # noqa: F401
from legation.ingest import records as _records  # noqa: F401
from legation.ingest import tables as _tables  # noqa: F401
from legation.ingest import text as _text  # noqa: F401
from legation.ingest import timeml as _timeml  # noqa: F401
from legation.ingest.dedupe import near_duplicates
from legation.ingest.document import build_document, content_id
from legation.ingest.read import read_file, read_paths
from legation.ingest.registry import Reader, readers, register_reader, unregister_reader
from legation.ingest.source import MAX_BYTES, ReadOptions, Source

__all__ = [
    "MAX_BYTES",
    "ReadOptions",
    "Reader",
    "Source",
    "build_document",
    "content_id",
    "near_duplicates",
    "read_file",
    "read_paths",
    "readers",
    "register_reader",
    "unregister_reader",
]
