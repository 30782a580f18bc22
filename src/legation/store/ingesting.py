"""``Store.ingest``: documents into the store, idempotently, one transaction per batch.

* A document whose text is already stored (same content hash) is *unchanged*: nothing is written.
* A document whose id is stored with another text is *updated*: its old analysis is dropped, its track
  marked for re-fusion, and it waits for the next build.
* A near-duplicate (a wire copy of a stored or co-ingested story, MinHash similarity ≥ the threshold)
  is stored as a ``duplicate`` linked to its original: it is never analysed, and its outlet is listed
  as another source of the original rather than counted as a second one.
* A document not in English is stored as ``skipped``; a document that cannot be read is kept as an
  error (once, however often it is ingested).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, select, tuple_, update

from legation.errors import IngestError
from legation.model import Document
from legation.store import killpoint
from legation.store.bands import band_hashes, band_rows
from legation.store.engine import transaction
from legation.store.rows import content_hash, document_from_row, document_row
from legation.store.schema import (
    AnalysisRow,
    AnalysisViewRow,
    DocumentBandRow,
    DocumentRow,
    FactRow,
    SentenceRow,
    StatementRow,
)
from legation.store.search import index_rows, unindex_documents
from legation.store.sql import batched, insert_new, insert_rows

#: Documents per transaction: a killed ingest loses at most this many, and rerunning redoes them.
BATCH_SIZE = 200
DUPLICATE_THRESHOLD = 0.9

Item = Document | IngestError | str | Path


@dataclass
class IngestReport:
    """What an ingest did. ``errors`` holds the message of every document that could not be read;
    ``ids`` maps the id of every document given to the id it is stored under (another one when the same
    text was already stored under another id)."""

    added: int = 0
    unchanged: int = 0
    updated: int = 0
    duplicates: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)

    def merge(self, other: IngestReport) -> None:
        self.added += other.added
        self.unchanged += other.unchanged
        self.updated += other.updated
        self.duplicates += other.duplicates
        self.skipped += other.skipped
        self.errors.extend(other.errors)
        self.ids.update(other.ids)


def ingest(
    engine: Engine,
    items: Iterable[Item],
    *,
    date: dt.date | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
    max_bytes: int | None = None,
) -> IngestReport:
    """Store documents (or the documents read from paths); one transaction per ``batch_size`` items.

    ``progress(n)`` is called after each batch with the number of items read so far; ``max_bytes`` is
    the size limit of one document read from a path (default: ``legation.ingest.MAX_BYTES``).
    """
    report = IngestReport()
    done = 0
    for batch in batched(_read(items, date, max_bytes), batch_size):
        part = IngestReport()
        with transaction(engine, "ingesting a batch of documents") as connection:
            _ingest_batch(connection, batch, part)
        killpoint.checkpoint("commit")
        report.merge(part)
        done += len(batch)
        if progress is not None:
            progress(done)
    return report


def _read(
    items: Iterable[Item], date: dt.date | None, max_bytes: int | None
) -> Iterator[Document | IngestError]:
    for item in items:
        if isinstance(item, (Document, IngestError)):
            yield item
        else:
            from legation.ingest import MAX_BYTES, read_paths

            yield from read_paths([item], date=date, max_bytes=max_bytes or MAX_BYTES)


def _ingest_batch(connection: Connection, batch: list[Document | IngestError], report: IngestReport) -> None:
    _record_errors(connection, [item for item in batch if isinstance(item, IngestError)], report)
    documents: dict[str, tuple[Document, str]] = {}
    seen_hashes: dict[str, str] = {}
    for item in batch:
        if isinstance(item, IngestError):
            continue
        digest = content_hash(item)
        if digest in seen_hashes:
            report.unchanged += 1
            report.ids[item.id] = seen_hashes[digest]
        elif item.id in documents:
            error = IngestError(
                item.path or item.id,
                f"document id {item.id!r} given twice with different text; "
                "kept the first, give each document its own id",
            )
            _record_errors(connection, [error], report)
        else:
            documents[item.id] = (item, digest)
            seen_hashes[digest] = item.id
    if not documents:
        return
    stored_hashes: dict[str, str] = {
        row.content_hash: row.id
        for row in connection.execute(
            select(DocumentRow.content_hash, DocumentRow.id).where(DocumentRow.content_hash.in_(seen_hashes))
        )
    }
    stored_ids = set(connection.scalars(select(DocumentRow.id).where(DocumentRow.id.in_(documents))))
    new: list[tuple[Document, str]] = []
    changed: list[tuple[Document, str]] = []
    for doc_id, (document, digest) in documents.items():
        report.ids[doc_id] = stored_hashes.get(digest, doc_id)
        if digest in stored_hashes:
            report.unchanged += 1
        elif doc_id in stored_ids:
            changed.append((document, digest))
        else:
            new.append((document, digest))
    _replace(connection, changed, report)
    _add(connection, new, report)


def _record_errors(connection: Connection, errors: list[IngestError], report: IngestReport) -> None:
    report.errors.extend(str(error) for error in errors)
    record_errors(connection, errors)


def record_errors(connection: Connection, errors: list[IngestError]) -> None:
    """Keep documents that could not be read (or analysed) in ``ingest_errors``, each once."""
    rows = []
    for error in errors:
        key = f"{error.source}\x00{error.line}\x00{error.reason}"
        rows.append(
            {
                "fingerprint": hashlib.sha256(key.encode("utf-8")).hexdigest(),
                "source": error.source,
                "reason": error.reason,
                "line": error.line,
                "seen_at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
            }
        )
    insert_new(connection, "ingest_errors", rows)


def _add(connection: Connection, new: list[tuple[Document, str]], report: IngestReport) -> None:
    english = [d for d, _ in new if d.language == "en"]
    originals = _near_duplicates(connection, english)
    rows = []
    for document, digest in new:
        if document.language != "en":
            rows.append(
                document_row(
                    document, digest, "skipped", skipped=f"language '{document.language}' is not English"
                )
            )
            report.skipped += 1
        elif document.id in originals:
            original = originals[document.id]
            rows.append(
                document_row(
                    document,
                    digest,
                    "duplicate",
                    duplicate_of=original,
                    skipped=f"near-duplicate of {original}",
                )
            )
            report.duplicates += 1
        else:
            rows.append(document_row(document, digest, "pending"))
        report.added += 1
    rows.sort(key=lambda row: row["state"] == "duplicate")  # originals before the copies that point to them
    insert_rows(connection, "documents", rows)
    insert_rows(
        connection,
        "document_bands",
        [band for row in rows if row["state"] == "pending" for band in band_rows(row["id"], row["text"])],
    )
    index_rows(connection, [_search_row(document) for document, _ in new])
    for _ in rows:
        killpoint.checkpoint("ingest")


def _replace(connection: Connection, changed: list[tuple[Document, str]], report: IngestReport) -> None:
    """New text for a stored id: forget the old analysis, mark its track for re-fusion, analyse again."""
    if not changed:
        return
    ids = [document.id for document, _ in changed]
    old_keys = {
        key
        for table in (AnalysisRow, AnalysisViewRow)
        for key in connection.scalars(select(table.track_key).where(table.document_id.in_(ids)))
        if key
    }
    insert_new(connection, "dirty_tracks", [{"key": key} for key in sorted(old_keys)])
    for table in (AnalysisRow, AnalysisViewRow, SentenceRow, FactRow, StatementRow, DocumentBandRow):
        connection.execute(delete(table).where(table.document_id.in_(ids)))
    unindex_documents(connection, ids)
    for document, digest in changed:
        row = document_row(document, digest, "pending" if document.language == "en" else "skipped")
        if document.language != "en":
            row["skipped"] = f"language '{document.language}' is not English"
        row.pop("id")
        connection.execute(update(DocumentRow).where(DocumentRow.id == document.id).values(**row))
        report.updated += 1
    index_rows(connection, [_search_row(document) for document, _ in changed])
    insert_rows(
        connection,
        "document_bands",
        [
            band
            for document, _ in changed
            if document.language == "en"
            for band in band_rows(document.id, document.text)
        ],
    )


def _near_duplicates(connection: Connection, documents: list[Document]) -> dict[str, str]:
    """new document id → id of the stored (or earlier new) document it copies.

    Stored candidates are those sharing a MinHash band with a new document (``bands``), whatever their
    date; ``legation.ingest.near_duplicates`` decides among them and the new documents.
    """
    if not documents:
        return {}
    from legation.ingest import near_duplicates

    bands = {d.id: band_hashes(d.text) for d in documents}
    pairs = sorted({(band, value) for values in bands.values() for band, value in enumerate(values)})
    wanted: set[str] = set()
    for chunk in batched(pairs, 1000):  # bound parameters per statement stay well under every limit
        wanted.update(
            connection.scalars(
                select(DocumentBandRow.document_id)
                .join(DocumentRow, DocumentRow.id == DocumentBandRow.document_id)
                .where(
                    tuple_(DocumentBandRow.band, DocumentBandRow.hash).in_(chunk),
                    DocumentRow.state.in_(("pending", "analysed")),
                )
            )
        )
    stored = (
        [
            document_from_row(row)
            for row in connection.execute(
                select(DocumentRow.__table__)
                .where(DocumentRow.id.in_(wanted))
                .order_by(DocumentRow.published, DocumentRow.id)
            )
        ]
        if wanted
        else []
    )
    stored_ids = {d.id for d in stored}
    mapping = near_duplicates([*stored, *documents], threshold=DUPLICATE_THRESHOLD)
    new_ids = {d.id for d in documents}
    result: dict[str, str] = {}
    for document in documents:
        original = _root(document.id, mapping, stored_ids)
        if original is not None and original != document.id:
            result[document.id] = original
    # A stored document reported as the copy of a new one: the stored one stays the original.
    for dup, original in mapping.items():
        if dup in stored_ids and original in new_ids and original not in result:
            result[original] = dup
    for doc_id in list(result):  # a copy of a copy points at the first original
        seen = {doc_id}
        while result[doc_id] in result and result[doc_id] not in seen:
            seen.add(result[doc_id])
            result[doc_id] = result[result[doc_id]]
    return result


def _root(doc_id: str, mapping: dict[str, str], stored: set[str]) -> str | None:
    """Follow copy → original links to the first document that is not itself a copy."""
    seen = {doc_id}
    current = doc_id
    while current in mapping and current not in stored:
        current = mapping[current]
        if current in seen:
            break
        seen.add(current)
    return None if current == doc_id else current


def _search_row(document: Document) -> dict[str, str]:
    return {
        "kind": "document",
        "document_id": document.id,
        "ref": document.id,
        "title": document.title or "",
        "body": document.text,
    }
