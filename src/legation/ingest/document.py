"""From a reader's raw text and metadata to a :class:`~legation.model.Document`.

Every reader ends here, so every format gets the same treatment: furniture dropped and whitespace
normalised (:mod:`~legation.ingest.clean`), a headline taken off the top where the format has no title
field, the dateline read and stripped (:mod:`~legation.ingest.datelines`), the language identified, and
a stable content-derived id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from legation.errors import EmptyDocument
from legation.ingest.clean import normalise_spaces, paragraphs
from legation.ingest.datelines import find_dateline
from legation.ingest.language import detect_language
from legation.model import Document

#: A first paragraph longer than this is body text, never a headline.
HEADLINE_MAX_WORDS = 25
_ENDS_SENTENCE = re.compile(r"(?:[.!…]|[.!?…]['\"’”»)])$")


def content_id(published: dt.date, text: str) -> str:
    """A stable id from what the document says and when: the same report always gets the same id."""
    digest = hashlib.sha1(f"{published.isoformat()}\n{text}".encode()).hexdigest()
    return "d" + digest[:16]


def looks_like_headline(line: str) -> bool:
    """A short line that does not end like a sentence ("Talks resume in Oslo", not "..., she said.")."""
    line = line.strip()
    return bool(line) and len(line.split()) <= HEADLINE_MAX_WORDS and not _ENDS_SENTENCE.search(line)


def build_document(
    text: str,
    *,
    published: dt.date,
    name: str,
    line: int | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    path: str | None = None,
    doc_id: str | None = None,
    find_title: bool = False,
) -> Document:
    """A document from the raw text of one report.

    ``name`` (and ``line``) identify it in errors; ``find_title`` takes a headline-like first paragraph
    as the title when the format has no title field (plain text). Raises :class:`EmptyDocument` when no
    text is left once furniture and dateline are removed.
    """
    paras = paragraphs(text)
    if title is not None:
        title = normalise_spaces(title).replace("\n", " ").strip() or None
    if find_title and title is None and len(paras) > 1 and looks_like_headline(paras[0]):
        title, paras = paras[0], paras[1:]
    body = "\n\n".join(paras)
    dateline = find_dateline(body, published) if body else None
    place = written = None
    if dateline is not None:
        body = body[dateline.end :].lstrip()
        place, written = dateline.place, dateline.written
        source = source or dateline.agency
    if not body:
        raise EmptyDocument(name, "no text to analyse (empty, or only page furniture)", line)
    return Document(
        id=doc_id or content_id(published, body),
        text=body,
        published=published,
        source=source or None,
        url=url or None,
        title=title,
        path=path or name,
        language=detect_language(body if title is None else f"{title}\n\n{body}"),
        dateline_place=place,
        written=written,
    )
