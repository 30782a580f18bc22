"""RSS and Atom feeds (feedparser): one document per entry.

The outlet is the feed's title, the title and link the entry's, the text the entry's full content when
the feed carries it (else its summary) with the HTML stripped, the publication date the entry's own
(``published``, else ``updated``) as written, not converted to UTC. An entry without text or date is
one error; the other entries are still read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from legation.errors import BadRecord, IngestError
from legation.ingest.document import build_document
from legation.ingest.htmltext import html_to_text
from legation.ingest.records import resolve_published
from legation.ingest.registry import register_reader
from legation.ingest.source import BOM, ReadOptions, Source
from legation.model import Document

_SNIFF = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)


def read_feed(source: Source, options: ReadOptions) -> Iterator[Document | IngestError]:
    """One document per feed entry; a file that is not a feed is one :class:`BadRecord`."""
    import feedparser

    data = source.read_bytes()
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if not parsed.get("version"):
            problem = parsed.get("bozo_exception")
            detail = f" ({problem})" if problem else ""
            raise BadRecord(source.name, f"not an RSS or Atom feed{detail}; give a feed or an HTML page")
        raise BadRecord(source.name, "the feed has no entries")
    outlet = _clean(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield _entry_document(entry, number, outlet, source, options)
        except IngestError as exc:
            yield exc


def _entry_document(
    entry: Any, number: int, outlet: str | None, source: Source, options: ReadOptions
) -> Document:
    title = _clean(entry.get("title"))
    label = f"entry {number}" + (f" ({title!r})" if title else "")
    text = html_to_text(_entry_html(entry))
    if not text.strip():
        raise BadRecord(source.name, f"{label}: no text (neither content nor summary)")
    raw_date = entry.get("published") or entry.get("updated") or entry.get("created")
    try:
        published = resolve_published(raw_date, text, options, source.name, None)
    except IngestError as exc:
        raise type(exc)(source.name, f"{label}: {exc.reason}") from None
    return build_document(
        text,
        published=published,
        name=source.name,
        title=title,
        source=outlet,
        url=_clean(entry.get("link")),
        path=f"{source.name}#{number}",
    )


def _entry_html(entry: Any) -> str:
    """The fullest text an entry has: the longest content block, else the summary."""
    contents = [c.get("value", "") for c in entry.get("content", []) or []]
    best = max(contents, key=len, default="")
    summary = entry.get("summary", "") or ""
    return best if len(best) >= len(summary) else summary


def _clean(value: Any) -> str | None:
    if not value:
        return None
    text = " ".join(html_to_text(str(value)).split())
    return text or None


def sniff_feed(head: bytes) -> bool:
    head = head.removeprefix(BOM).lstrip()
    return head.startswith(b"<") and _SNIFF.search(head) is not None


register_reader("feed", (".rss", ".atom", ".xml"), read_feed, sniff=sniff_feed, binary=True)
