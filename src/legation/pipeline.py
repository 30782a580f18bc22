"""The stages wired together: documents → mentions → events → tracks.

Each stage is importable on its own; this module only runs them in order, so that the CLI, the store's
incremental build and the Dask engine all run the same code.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from legation.errors import IngestError
from legation.fuse import fuse
from legation.ingest import MAX_BYTES, read_paths
from legation.model import Analysis, Document, DocumentError, Dossier
from legation.nlp import load_model
from legation.nlp.extract import extract

#: Texts per ``nlp.pipe`` batch: large enough to amortise the model call, small enough for memory.
BATCH_SIZE = 32


def analyse(
    documents: Iterable[Document], *, nlp: Any = None, batch_size: int = BATCH_SIZE
) -> Iterator[Analysis]:
    """Run the NLP stage over documents; documents not in English come back skipped, never parsed."""
    nlp = nlp if nlp is not None else load_model()

    def english() -> Iterator[tuple[str, Document]]:
        for document in documents:
            if document.language != "en":
                pending.append(Analysis(document, skipped=f"language '{document.language}' is not English"))
                continue
            yield document.text, document

    pending: list[Analysis] = []
    for spacy_doc, document in nlp.pipe(english(), as_tuples=True, batch_size=batch_size):
        try:
            with collector_paused():
                analysis = extract(document, spacy_doc)
            yield analysis
        except Exception as exc:  # one document's bug must not end the run: it becomes its error
            yield Analysis(document, failed=failure_reason(exc))
        yield from pending
        pending.clear()
    yield from pending


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while one document is extracted, and let run after.

    Extraction makes tens of thousands of short-lived objects per document (Tokens, tables, the rules'
    lists and dataclasses), so the collector would otherwise run about twice inside each, walking the
    document's tables and Tokens, all still in use, and now and then over every object not frozen,
    the analyses kept so far among them: 3 to 5 % of extraction's time. Held off, it runs after the
    document, when nearly all of that is gone (freed by reference counting; cycles collected then).
    Only on the main thread and only if the collector is on: the switch is the whole process's, and
    another thread switching it too could leave it off; a thread running beside the main one has its
    collections put off for one document at most.
    """
    pause = gc.isenabled() and threading.current_thread() is threading.main_thread()
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if pause:
            gc.enable()


def failure_reason(exc: BaseException) -> str:
    """What a document's error line says when its analysis raised: the exception and where, for a report."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (in {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return f"analysis failed: {type(exc).__name__}: {exc}{where}; please report it"


def source_of(document: Document) -> str:
    """The name a message gives a document: its file, else its URL, else its id."""
    return document.path or document.url or document.id


def analyse_each(
    analyser: Callable[[list[Document]], Iterable[Analysis]], documents: list[Document]
) -> list[Analysis]:
    """``analyser(documents)``, one analysis per document in their order; if the analyser itself raises
    (a crash outside the per-document guard of :func:`analyse`, e.g. in a Dask task), each document is
    analysed on its own so that only the one that crashes fails (``Analysis.failed``)."""
    try:
        found = {a.document.id: a for a in analyser(documents)}
    except Exception:
        found = {}
        for document in documents:
            try:
                found.update((a.document.id, a) for a in analyser([document]))
            except Exception as exc:
                found[document.id] = Analysis(document, failed=failure_reason(exc))
    return [found[d.id] for d in documents if d.id in found]


def collect(
    paths: Iterable[str | Path],
    *,
    date: dt.date | None = None,
    columns: dict[str, str] | None = None,
    max_bytes: int | None = None,
) -> tuple[list[Document], list[DocumentError]]:
    """Ingest every path; failures are kept as :class:`DocumentError` and never stop the others.

    ``columns`` maps legation's fields to a CSV file's own column names (``{"text": "body"}``);
    ``max_bytes`` is the size limit of one document (``--max-bytes``).
    """
    documents: list[Document] = []
    errors: list[DocumentError] = []
    for item in read_paths(paths, date=date, columns=columns, max_bytes=max_bytes or MAX_BYTES):
        if isinstance(item, IngestError):
            errors.append(DocumentError(item.source, item.reason, item.line))
        else:
            documents.append(item)
    return documents, errors


def build_dossier(analyses: Iterable[Analysis], errors: Iterable[DocumentError] = ()) -> Dossier:
    """Fuse analyses into tracks and gather what the dossier reports beside them."""
    every = list(analyses)
    failed = [DocumentError(source_of(a.document), a.failed) for a in every if a.failed]
    analyses = [a for a in every if not a.failed]
    tracks = fuse(analyses)
    return Dossier(
        documents=tuple(a.document for a in analyses),
        tracks=tuple(tracks),
        timexes=tuple(t for a in analyses for t in a.timexes),
        skipped={a.document.id: a.skipped for a in analyses if a.skipped},
        errors=(*errors, *failed),
    )


def run(
    paths: Iterable[str | Path],
    *,
    date: dt.date | None = None,
    columns: dict[str, str] | None = None,
    max_bytes: int | None = None,
) -> Dossier:
    """Ingest, analyse and fuse in memory: the whole pipeline for a handful of files."""
    documents, errors = collect(paths, date=date, columns=columns, max_bytes=max_bytes)
    return build_dossier(analyse_each(lambda batch: analyse(batch), documents), errors)


def run_stored(
    paths: Iterable[str | Path],
    db: str | None,
    *,
    date: dt.date | None = None,
    columns: dict[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    max_bytes: int | None = None,
) -> Dossier:
    """Ingest the paths into the store at ``db``, build what changed, and return the dossier of the tracks
    these documents belong to (with the documents, skipped ones and errors of this run)."""
    from legation.store import open_store

    documents, errors = collect(paths, date=date, columns=columns, max_bytes=max_bytes)
    with open_store(db) as store:
        failures = [IngestError(e.source, e.reason, e.line) for e in errors]
        report = store.ingest([*documents, *failures])
        built = store.build(progress=progress)
        # A text already stored under another id, or a wire copy, stands for its stored original.
        ids = set()
        for stored_id in report.ids.values() or {d.id for d in documents}:
            record = store.document(stored_id)
            ids.add(record.duplicate_of if record is not None and record.duplicate_of else stored_id)
        stored = store.dossier()
    tracks = tuple(t for t in stored.tracks if ids & set(t.documents))
    return Dossier(
        documents=tuple(d for d in stored.documents if d.id in ids),
        tracks=tracks,
        timexes=tuple(t for t in stored.timexes if t.evidence.document_id in ids),
        skipped={k: v for k, v in stored.skipped.items() if k in ids},
        errors=(*errors, *built.failed),
    )
