"""HTML article pages (trafilatura): the main text, title, publication date and outlet of one page.

trafilatura separates the article from navigation, comments and footers; the date comes from the page's
metadata (``article:published_time``, ``<time>``, JSON-LD), never guessed from dates scattered over the
page; without one, the date near the top of the article text is used, else ``--date``, else the page is
refused. A page with no article body (an index, a login wall) is one :class:`BadRecord`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from legation.errors import BadRecord, IngestError
from legation.ingest.document import build_document
from legation.ingest.records import resolve_published
from legation.ingest.registry import register_reader
from legation.ingest.source import BOM, ReadOptions, Source
from legation.model import Document

#: A page whose main text has fewer words than this has no article body.
MIN_ARTICLE_WORDS = 12
_SNIFF = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)


def read_page(source: Source, options: ReadOptions) -> Iterator[Document | IngestError]:
    """One document from an article page."""
    page = _extract(source.read_bytes(), source)
    text = page.get("text") or ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise BadRecord(
            source.name,
            "no article body found in the page (an index, a login or cookie wall?); give an article page",
        )
    title = page.get("title") or None
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title.strip():
        lines = lines[1:]  # the headline is repeated as the first line of the text
    body = "\n\n".join(lines)  # trafilatura puts one block element per line
    published = resolve_published(page.get("date"), body, options, source.name, None)
    yield build_document(
        body,
        published=published,
        name=source.name,
        title=title,
        source=page.get("sitename") or page.get("hostname") or None,
        url=page.get("url") or source.url,
    )


def _extract(data: bytes, source: Source) -> dict[str, Any]:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            data,
            url=source.url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, AttributeError) as exc:  # malformed markup the parser gives up on
        raise BadRecord(source.name, f"cannot parse the HTML: {exc}") from None
    if result is None:
        return {}
    return dict(result if isinstance(result, dict) else result.as_dict())


def sniff_page(head: bytes) -> bool:
    return _SNIFF.match(head.removeprefix(BOM)) is not None


register_reader("html", (".html", ".htm", ".xhtml"), read_page, sniff=sniff_page, binary=True)
