"""What the web app reads and writes: a small interface that :class:`legation.store.Store` satisfies.

The app never touches the database itself; it reads tracks, documents and search hits through these
methods (the store's own signatures), so the pages and the API are the same whichever database backs
them. :class:`MemoryRepository` serves a :class:`~legation.model.Dossier` held in memory (read-only),
for previews and for tests of the pages that need no database.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
import typing
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol

from legation.errors import ConfigError
from legation.model import Document, Dossier, Track
from legation.report.values import document_label
from legation.store.reading import DocumentRecord, DocumentSummary, TrackSummary
from legation.store.search import MARKS, SearchHit


class Repository(Protocol):
    """The read side of a store."""

    def tracks(self) -> list[TrackSummary]: ...

    def track(self, track_id: str) -> Track | None: ...

    def documents(
        self, *, track_id: str | None = None, state: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[DocumentSummary]: ...

    def document(self, doc_id: str) -> DocumentRecord | None: ...

    def search(self, query: str, limit: int = 20) -> list[SearchHit]: ...


class WritableRepository(Repository, Protocol):
    """A store that can take new documents (``POST /api/v1/documents``)."""

    def ingest(self, items: Iterable[Any]) -> Any: ...

    def build(self) -> Any: ...


def is_writable(repository: object) -> bool:
    """Whether a repository can take documents (a store can; a dossier in memory cannot)."""
    inner = getattr(repository, "inner", repository)
    return callable(getattr(inner, "ingest", None)) and callable(getattr(inner, "build", None))


def all_documents(repository: Repository, track_id: str, page: int = 500) -> list[DocumentSummary]:
    """Every document of a track (its wire copies too), read page by page."""
    out: list[DocumentSummary] = []
    while True:
        chunk = repository.documents(track_id=track_id, limit=page, offset=len(out))
        out.extend(chunk)
        if len(chunk) < page:
            return out


class CachedRepository:
    """A repository that keeps the tracks it decoded, and refreshes them in the background.

    Reading a track means decoding its whole record, which dominates a track request. A track read in
    the last ``seconds`` is served as is; an older one is served too (stale-while-revalidate) while one
    background thread reads it again, so no request waits for a decode once a track has been read,
    and a track rebuilt by another process (``legation build``) shows within about ``seconds``.
    Documents added through this app (``ingest``/``build`` here) clear the cache at once. At most
    ``size`` tracks are kept; everything else is read through.
    """

    def __init__(
        self,
        inner: Repository,
        seconds: float = 30.0,
        size: int = 256,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inner = inner
        self.seconds = seconds
        self.size = size
        self._clock = clock
        self._tracks: OrderedDict[str, tuple[float, Track]] = OrderedDict()
        self._stamps: dict[str, str | None] = {}
        self._refreshing: set[str] = set()
        self._lock = threading.Lock()
        self._refresher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="legation-track-refresh")

    def clear(self) -> None:
        with self._lock:
            self._tracks.clear()

    def wait(self) -> None:
        """Wait for the background refreshes under way (tests; shutting down)."""
        self._refresher.submit(lambda: None).result()

    def track(self, track_id: str) -> Track | None:
        now = self._clock()
        with self._lock:
            hit = self._tracks.get(track_id)
            if hit is not None:
                self._tracks.move_to_end(track_id)
                if now - hit[0] >= self.seconds and track_id not in self._refreshing:
                    self._refreshing.add(track_id)
                    self._refresher.submit(self._refresh, track_id)
                return hit[1]
        return self._read(track_id)

    def _stamp(self, track_id: str) -> str | None:
        reader = getattr(self.inner, "track_stamp", None)
        return reader(track_id) if reader is not None else None

    def _read(self, track_id: str) -> Track | None:
        now = self._clock()
        stamp = self._stamp(track_id)
        track = self.inner.track(track_id)
        self._stamps[track_id] = stamp
        with self._lock:
            if track is None:
                self._tracks.pop(track_id, None)  # gone, or not built yet: never remembered
            else:
                self._tracks[track_id] = (now, track)
                self._tracks.move_to_end(track_id)
                while len(self._tracks) > self.size:
                    self._tracks.popitem(last=False)
        return track

    def _refresh(self, track_id: str) -> None:
        try:
            stamp = self._stamp(track_id)
            if stamp is not None and stamp == self._stamps.get(track_id):
                with self._lock:  # unchanged in the store: keep the decoded track, no decode
                    hit = self._tracks.get(track_id)
                    if hit is not None:
                        self._tracks[track_id] = (self._clock(), hit[1])
                return
            self._read(track_id)
        except Exception:  # the store failed: forget the track, the next request reads it and says why
            with self._lock:
                self._tracks.pop(track_id, None)
        finally:
            with self._lock:
                self._refreshing.discard(track_id)

    def tracks(self) -> list[TrackSummary]:
        return self.inner.tracks()

    def documents(
        self, *, track_id: str | None = None, state: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[DocumentSummary]:
        return self.inner.documents(track_id=track_id, state=state, limit=limit, offset=offset)

    def document(self, doc_id: str) -> DocumentRecord | None:
        return self.inner.document(doc_id)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        return self.inner.search(query, limit=limit)

    def ingest(self, items: Iterable[Any]) -> Any:
        try:
            return self._writable().ingest(items)
        finally:
            self.clear()

    def build(self) -> Any:
        try:
            return self._writable().build()
        finally:
            self.clear()

    @property
    def writable(self) -> bool:
        return is_writable(self.inner)

    def _writable(self) -> WritableRepository:
        if not self.writable:
            raise ConfigError("this repository is read-only: it cannot take documents")
        return typing.cast(WritableRepository, self.inner)


class MemoryRepository:
    """A read-only repository over a dossier and the texts of its documents.

    ``documents`` must carry their texts (a dossier read back from JSON has none; the evidence panel
    then shows the evidence sentence alone). Search is a plain case-insensitive match of every word.
    """

    def __init__(self, dossier: Dossier, documents: Sequence[Document] = ()) -> None:
        self._dossier = dossier
        texts = {d.id: d for d in documents}
        self._documents = {d.id: texts.get(d.id, d) for d in dossier.documents}
        for d in documents:
            self._documents.setdefault(d.id, d)
        self._tracks = {t.id: t for t in dossier.tracks}

    def _summary(self, d: Document) -> DocumentSummary:
        skipped = self._dossier.skipped.get(d.id)
        return DocumentSummary(
            d.id,
            d.published,
            d.title,
            d.source,
            d.language,
            "skipped" if skipped else "analysed",
            skipped,
            None,
        )

    def tracks(self) -> list[TrackSummary]:
        out = []
        for t in self._tracks.values():
            dates = sorted(self._documents[d].published for d in t.documents if d in self._documents)
            out.append(
                TrackSummary(
                    t.id,
                    t.id,
                    t.name,
                    t.parties,
                    t.subject,
                    len(t.documents),
                    len(t.rounds),
                    dates[0] if dates else None,
                    dates[-1] if dates else None,
                )
            )
        return sorted(out, key=lambda s: (-(s.last_published or dt.date.min).toordinal(), s.id))

    def track(self, track_id: str) -> Track | None:
        return self._tracks.get(track_id)

    def documents(
        self, *, track_id: str | None = None, state: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[DocumentSummary]:
        docs = list(self._documents.values())
        if track_id is not None:
            track = self._tracks.get(track_id)
            wanted = set(track.documents) if track else set()
            docs = [d for d in docs if d.id in wanted]
        summaries = [self._summary(d) for d in sorted(docs, key=lambda d: (d.published, d.id))]
        if state is not None:
            summaries = [s for s in summaries if s.state == state]
        return summaries[offset : offset + limit]

    def document(self, doc_id: str) -> DocumentRecord | None:
        d = self._documents.get(doc_id)
        if d is None:
            return None
        summary = self._summary(d)
        tracks = tuple(sorted(t.id for t in self._tracks.values() if doc_id in t.documents))
        return DocumentRecord(d, summary.state, summary.skipped, None, (), None, tracks)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        words = re.findall(r"\w+", query.lower())
        if not words:
            raise ConfigError(f"search query {query!r} has no words to look for")
        hits = []
        for d in self._documents.values():
            haystack = f"{d.title or ''} {d.text}".lower()
            if all(w in haystack for w in words):
                at = haystack.find(words[0])
                snippet = re.sub(
                    re.escape(words[0]), _mark, d.text[max(0, at - 60) : at + 100], flags=re.IGNORECASE
                )
                hits.append(
                    SearchHit(
                        "document",
                        d.id,
                        d.id,
                        document_label(d),
                        snippet,
                        float(haystack.count(words[0])),
                        d.published,
                        d.source,
                    )
                )
        return sorted(hits, key=lambda h: -h.score)[:limit]


def _mark(match: re.Match[str]) -> str:
    left, right = MARKS
    return f"{left}{match.group(0)}{right}"
