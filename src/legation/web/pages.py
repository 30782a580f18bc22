"""The HTML pages: tracks, a track (timeline, matrix, rounds, delegations, conflicts, statements),
documents with highlighted evidence, and search. Server-rendered; ``static/app.js`` adds the evidence
panel, timeline zoom and filter auto-submit, and every page works (less comfortably) without it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from legation.errors import ConfigError
from legation.model import STATUSES, Document, Evidence
from legation.report.values import (
    actor_words,
    document_label,
    field_value_words,
    label_words,
    round_label,
    said_on,
    said_words,
    shorten,
    time_words,
)
from legation.store.reading import DocumentSummary
from legation.store.search import MARKS, SearchHit
from legation.web import views
from legation.web.repository import Repository, all_documents

TEMPLATES = Path(__file__).parent / "templates"
PAGE_SIZE = 100

router = APIRouter(include_in_schema=False)


def doc_href(document_id: str, spans: list[tuple[int, int]] | None = None) -> str:
    """The document page's URL, with the spans to highlight."""
    url = "/documents/" + quote(document_id, safe="")
    if spans:
        url += "?" + "&".join(f"hl={s}-{e}" for s, e in spans) + "#hl"
    return url


def evidence_href(refs: list[views.EvidenceRef]) -> str:
    """Where a fact links without JavaScript: its first source, with that source's spans highlighted."""
    if not refs:
        return "#"
    first = str(refs[0]["d"])
    return doc_href(first, [(int(r["s"]), int(r["e"])) for r in refs if r["d"] == first])


def web_url(url: str) -> bool:
    """Whether a document's URL may be linked: http(s) only, never ``javascript:`` or ``data:``."""
    return url.lower().startswith(("http://", "https://"))


def doc_label(d: Document | DocumentSummary | None, fallback: str = "") -> str:
    """The label of a document or of a summary of one (:func:`~legation.report.values.label_words`);
    a summary carries no text, so a summary with neither headline nor outlet is labelled by
    :func:`_summary_labels` instead, which reads the text."""
    if d is None:
        return fallback
    text = d.text if isinstance(d, Document) else None
    return label_words(title=d.title, source=d.source, published=d.published, text=text, fallback=d.id)


def _summary_labels(repo: Repository, summaries: list[DocumentSummary]) -> dict[str, str]:
    """document id → label; a document with neither headline nor outlet is read for its first words."""
    return {d.id: _label(repo, d.id, d.title, d.source, d.published) for d in summaries}


def _label(repo: Repository, doc_id: str, title: str | None, source: str | None, published: Any) -> str:
    if (title and title.strip()) or (source and source.strip()):
        return label_words(title=title, source=source, published=published, text=None, fallback=doc_id)
    record = repo.document(doc_id)
    return document_label(record.document) if record is not None else doc_id


def _hit_labels(repo: Repository, hits: list[SearchHit]) -> dict[str, str]:
    """document id → label of every hit: the store indexes a missing headline as an empty title."""
    return {h.document_id: _label(repo, h.document_id, h.title, h.source, h.published) for h in hits}


def _environment() -> Environment:
    """Jinja with autoescaping on for every template, whatever its name: all text is escaped."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined)
    env.globals.update(
        doc_href=doc_href,
        evidence_href=evidence_href,
        actor_words=actor_words,
        said_words=said_words,
        field_value_words=field_value_words,
        round_label=round_label,
        doc_label=doc_label,
        said_on=said_on,
        shorten=shorten,
        time_words=time_words,
        statuses=STATUSES,
        web_url=web_url,
    )
    return env


templates = Jinja2Templates(env=_environment())


def _repo(request: Request) -> Repository:
    repo: Repository = request.app.state.repository
    return repo


def error_page(request: Request, status: int, message: str) -> Response:
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status
    )


Text = Annotated[str | None, Query(max_length=300)]


@router.get("/", response_class=HTMLResponse)
def tracks_page(request: Request) -> Response:
    return templates.TemplateResponse(request, "tracks.html", {"tracks": _repo(request).tracks()})


@router.get("/tracks/{track_id}", response_class=HTMLResponse)
def track_page(
    request: Request, track_id: str, party: Text = None, issue: Text = None, source: Text = None
) -> Response:
    repo = _repo(request)
    track = repo.track(track_id)
    if track is None:
        raise HTTPException(404, f"no track with id {track_id!r}")
    documents = all_documents(repo, track_id)
    outlets = {d.id: d.source for d in documents}
    filters = views.Filters(party or None, issue or None, source or None)
    shown = views.apply_filters(track, filters, outlets)
    published = {d.id: d.published for d in documents}
    rounds, rows = views.matrix(shown)
    conflicts = {(c.round_id, c.field) for c in shown.conflicts}
    round_labels = {r.id: round_label(r) for r in track.rounds}
    context: dict[str, Any] = {
        "track": track,
        "shown": shown,
        "filters": filters,
        "options": views.filter_options(track, documents),
        "timeline": views.timeline(shown, published),
        "rounds": rounds,
        "rows": rows,
        "round_fields": {r.id: views.round_fields(r, conflicts) for r in shown.rounds},
        "round_labels": round_labels,
        "delegations": views.delegations(shown),
        "documents": {d.id: d for d in documents},
        "labels": _summary_labels(repo, documents),
        "refs": views.evidence_refs,
        "one": _one,
    }
    return templates.TemplateResponse(request, "track.html", context)


def _one(evidence: Evidence) -> list[views.EvidenceRef]:
    return views.evidence_refs([evidence])


@router.get("/documents", response_class=HTMLResponse)
def documents_page(
    request: Request,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Response:
    repo = _repo(request)
    documents = repo.documents(limit=PAGE_SIZE + 1, offset=offset)
    return templates.TemplateResponse(
        request,
        "documents.html",
        {
            "documents": documents[:PAGE_SIZE],
            "labels": _summary_labels(repo, documents[:PAGE_SIZE]),
            "offset": offset,
            "more": len(documents) > PAGE_SIZE,
            "page": PAGE_SIZE,
        },
    )


@router.get("/documents/{document_id:path}", response_class=HTMLResponse)
def document_page(
    request: Request,
    document_id: str,
    hl: Annotated[list[str] | None, Query(max_length=200)] = None,
) -> Response:
    spans = []
    for value in hl or []:
        start, sep, end = value.partition("-")
        if not (sep and start.isdigit() and end.isdigit()) or len(value) > 30:
            raise HTTPException(422, f"hl={value!r}: expected START-END, character offsets such as 120-180")
        spans.append((int(start), int(end)))
    record = _repo(request).document(document_id)
    if record is None:
        raise HTTPException(404, f"no document with id {document_id!r}")
    text = record.document.text
    paragraphs = _paragraphs(text, spans)
    return templates.TemplateResponse(
        request,
        "document.html",
        {"record": record, "doc": record.document, "paragraphs": paragraphs, "highlighted": bool(spans)},
    )


def _paragraphs(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[str, bool, bool]]]:
    """The text as paragraphs of (piece, highlighted, first highlight) runs; blank lines split paragraphs."""
    out: list[list[tuple[str, bool, bool]]] = [[]]
    first = True
    for piece, marked in views.segments(text, spans):
        parts = piece.split("\n\n")
        for i, part in enumerate(parts):
            if i:
                out.append([])
            if part:
                out[-1].append((part, marked, marked and first))
                first = first and not marked
    return [p for p in out if p]


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: Annotated[str, Query(max_length=500)] = "",
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Response:
    hits: list[SearchHit] = []
    problem = None
    repo = _repo(request)
    if q.strip():
        try:
            hits = repo.search(q, limit=limit)
        except ConfigError as exc:
            problem = str(exc)
    return templates.TemplateResponse(
        request,
        "search.html",
        {
            "q": q,
            "hits": [(h, views.marked(h.snippet, MARKS)) for h in hits],
            "labels": _hit_labels(repo, hits),
            "problem": problem,
        },
        status_code=422 if problem else 200,
    )
