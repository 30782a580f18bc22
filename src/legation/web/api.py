"""The JSON API under ``/api/v1``: tracks, documents, search, and adding documents with a token.

Response models are the model's own dataclasses (``Track`` is exactly the dossier's JSON form,
``docs/dossier.md``) and the store's summaries, so the OpenAPI schema FastAPI generates describes every
field. Errors are ``{"detail": "..."}`` with 401, 403, 404, 413 or 422; never a 500 for bad input.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
import threading
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field, TypeAdapter

from legation.errors import IngestError
from legation.ingest.document import build_document
from legation.model import Document, Track
from legation.report.values import document_label
from legation.store.reading import DocumentSummary, TrackSummary
from legation.store.search import SearchHit
from legation.web.repository import Repository, WritableRepository, is_writable

router = APIRouter(prefix="/api/v1", tags=["api"])
_TRACK = TypeAdapter(Track)

#: Serialises ``POST /documents``: one ingest-and-build at a time per server.
_WRITE_LOCK = threading.Lock()


class ErrorOut(BaseModel):
    """Every error answer: what went wrong and what to do."""

    detail: str


class DocumentOut(BaseModel):
    """A document with its full text (evidence spans are character offsets into ``text``)."""

    id: str
    published: dt.date
    source: str | None
    url: str | None
    title: str | None
    label: str = Field(description="how pages name it: headline, else outlet and date, else first words")
    language: str
    dateline_place: str | None
    written: dt.date | None
    text: str
    state: str = Field(description="pending, analysed, skipped or duplicate")
    skipped: str | None = Field(description="why the document was not analysed")
    duplicate_of: str | None = Field(description="the original this is a near-duplicate (wire copy) of")
    copies: list[DocumentSummary] = Field(description="near-duplicates of this document: other outlets")
    tracks: list[str] = Field(description="ids of the tracks this document is a source of")


class DocumentIn(BaseModel):
    """An article to add. Without ``id``, one is made from the text's hash."""

    id: str | None = Field(default=None, min_length=1, max_length=200, pattern=r"^[A-Za-z0-9][\w.:-]*$")
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=300)
    published: dt.date
    title: str | None = Field(default=None, max_length=1000)
    text: str = Field(min_length=1)
    language: str = Field(default="en", pattern=r"^[a-z]{2,3}$", description="ISO 639 code of the text")


class IngestOut(BaseModel):
    """What adding a document did: the id it is stored under and the tracks re-fused by the build."""

    id: str
    added: int
    unchanged: int
    updated: int
    duplicates: int
    skipped: int
    errors: list[str]
    tracks: list[str]


def repository(request: Request) -> Repository:
    repo: Repository = request.app.state.repository
    return repo


Repo = Annotated[Repository, Depends(repository)]
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "No such id"}}


@router.get("/tracks", response_model=list[TrackSummary], summary="Every track, latest first")
def list_tracks(repo: Repo) -> list[TrackSummary]:
    return repo.tracks()


@router.get("/tracks/{track_id}", response_model=Track, responses=NOT_FOUND, summary="One track, in full")
def get_track(track_id: str, repo: Repo, request: Request) -> Response:
    """The track as in the dossier: rounds (with every source's value), issues and their status per
    round, statements, events and conflicts, each fact with its evidence."""
    track = repo.track(track_id)
    if track is None:
        raise HTTPException(404, f"no track with id {track_id!r}; GET /api/v1/tracks lists them")
    # Serialised by pydantic-core straight to bytes: a track runs to hundreds of kilobytes, and the
    # generic path (to Python objects, then json.dumps) costs ten times more. The bytes are kept with
    # the track object they were made from, so a track served from the cache is serialised once.
    cache: dict[str, tuple[Track, bytes]] = request.app.state.track_json
    hit = cache.get(track_id)
    if hit is not None and hit[0] is track:
        body = hit[1]
    else:
        body = _TRACK.dump_json(track)
        if len(cache) >= 512:
            cache.clear()
        cache[track_id] = (track, body)
    return Response(body, media_type="application/json")


@router.get("/documents", response_model=list[DocumentSummary], summary="Documents, oldest first")
def list_documents(
    repo: Repo,
    track: Annotated[str | None, Query(max_length=300, description="only this track's documents")] = None,
    state: Annotated[Literal["pending", "analysed", "skipped", "duplicate"] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> list[DocumentSummary]:
    return repo.documents(track_id=track, state=state, limit=limit, offset=offset)


@router.get(
    "/documents/{document_id:path}", response_model=DocumentOut, responses=NOT_FOUND, summary="One document"
)
def get_document(document_id: str, repo: Repo) -> DocumentOut:
    record = repo.document(document_id)
    if record is None:
        raise HTTPException(404, f"no document with id {document_id!r}; GET /api/v1/documents lists them")
    d = record.document
    return DocumentOut(
        id=d.id,
        published=d.published,
        source=d.source,
        url=d.url,
        title=d.title,
        label=document_label(d),
        language=d.language,
        dateline_place=d.dateline_place,
        written=d.written,
        text=d.text,
        state=record.state,
        skipped=record.skipped,
        duplicate_of=record.duplicate_of,
        copies=list(record.copies),
        tracks=list(record.tracks),
    )


@router.get(
    "/search",
    response_model=list[SearchHit],
    responses={422: {"model": ErrorOut, "description": "A query with no words"}},
    summary="Full-text search over documents and statements",
)
def search(
    repo: Repo,
    q: Annotated[str, Query(min_length=1, max_length=500, description='words, "a phrase", -excluded')],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> list[SearchHit]:
    return repo.search(q, limit=limit)


def require_token(
    request: Request, authorization: Annotated[str | None, Header(max_length=1000)] = None
) -> None:
    """Writing needs ``LEGATION_TOKEN`` set on the server and the same value as a bearer token."""
    token: str | None = request.app.state.token
    if not token:
        raise HTTPException(
            403, "this server is read-only; start it with LEGATION_TOKEN set to accept documents"
        )
    if not is_writable(request.app.state.repository):
        raise HTTPException(403, "this server shows a dossier in memory and cannot take documents")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(
            401,
            "missing or wrong token: send 'Authorization: Bearer <LEGATION_TOKEN>'",
            headers={"WWW-Authenticate": "Bearer"},
        )


def posted_document(body: DocumentIn, doc_id: str) -> Document:
    """A posted article read the way a file is (:func:`~legation.ingest.document.build_document`):
    page furniture dropped, the dateline ("CITY, Month D (Agency) —") taken off the text into the
    dateline place, day of writing and outlet, the language identified unless the client gave it.
    Storing the raw text instead left the dateline in the first sentence, where nothing reads it."""
    try:
        document = build_document(
            body.text,
            published=body.published,
            name=f"POST /api/v1/documents {doc_id}",
            title=body.title,
            source=body.source,
            url=body.url,
            doc_id=doc_id,
        )
    except IngestError as exc:
        raise HTTPException(422, f"{doc_id}: {exc.reason}") from exc
    language = body.language if "language" in body.model_fields_set else document.language
    return dataclasses.replace(document, path=None, language=language)


@router.post(
    "/documents",
    response_model=IngestOut,
    status_code=201,
    dependencies=[Depends(require_token)],
    responses={
        401: {"model": ErrorOut, "description": "Missing or wrong bearer token"},
        403: {"model": ErrorOut, "description": "The server is read-only (no LEGATION_TOKEN)"},
        413: {"model": ErrorOut, "description": "The body is over the size limit"},
    },
    summary="Add an article: stored, then the store is built",
)
def add_document(body: DocumentIn, request: Request) -> IngestOut:
    repo: WritableRepository = request.app.state.repository
    doc_id = body.id or "web-" + hashlib.sha256(body.text.encode("utf-8")).hexdigest()[:16]
    document = posted_document(body, doc_id)
    with _WRITE_LOCK:
        report = repo.ingest([document])
        built = repo.build()
    return IngestOut(
        id=report.ids.get(doc_id, doc_id),
        added=report.added,
        unchanged=report.unchanged,
        updated=report.updated,
        duplicates=report.duplicates,
        skipped=report.skipped,
        errors=[*report.errors, *(f"{e.source}: {e.reason}" for e in built.failed)],
        tracks=list(built.fused),
    )
