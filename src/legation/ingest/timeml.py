"""TimeML ``.tml`` files (TimeBank, AQUAINT, TempEval-3 silver) read as articles.

Annotated news is the real text legation is measured on, so it must go through the same ingest as any
other report: the article is the character data of ``<TEXT>`` with the inline ``EVENT``/``TIMEX3``/
``SIGNAL`` tags stripped, the publication date is the document creation time (the ``value`` of the
``<DCT>`` TIMEX3), the headline is ``<TITLE>``, and the wire header of the DCT ("SEOUL, Dec 14, 2006
(AFP)") is offered to the ordinary dateline reader so the place and agency are kept like any wire copy's.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from legation.errors import BadRecord, IngestError
from legation.ingest.document import build_document
from legation.ingest.registry import register_reader
from legation.ingest.source import BOM, ReadOptions, Source
from legation.model import Document

_SNIFF = re.compile(rb"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<TimeML\b", re.DOTALL)
#: A DCT wire header: "SEOUL, Dec. 14 , 2006 (AFP)", "LONDON, Dec 3 , 2006, 1230"; the year and any
#: clock time are dropped, since the dateline form has neither.
_HEADER = re.compile(
    r"(?P<place>[A-Z][A-Z .'’/\-]*[A-Z])\s*[,.]?\s+(?:(?P<region>[A-Z][A-Za-z .'’\-]+?),\s*)?"
    r"(?P<month>[A-Z][A-Za-z]+\.?)\s*(?P<day>\d{1,2})\b[^(]*"
    r"(?:\((?P<agency>[^()]{1,40})\))?"
)


def read_timeml(source: Source, options: ReadOptions) -> Iterator[Document | IngestError]:
    """One document from a TimeML file; a file that is not well-formed or has no DCT is one error."""
    try:
        root = ET.fromstring(source.read_bytes().removeprefix(BOM))
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else None
        reason = f"not well-formed XML ({exc.msg}); is this a TimeML .tml file?"
        raise BadRecord(source.name, reason, line) from None
    published = _creation_date(root, source.name)
    body = root.find("TEXT")
    if body is None:
        raise BadRecord(source.name, "no <TEXT> element: not a TimeML article")
    text = "".join(body.itertext())
    title_node = root.find("TITLE")
    title = "".join(title_node.itertext()).strip() if title_node is not None else None
    header = _dateline(root.find("DCT"))
    if header:
        document = build_document(f"{header} — {text}", published=published, name=source.name, title=title)
        if document.dateline_place is not None:
            yield document
            return
    yield build_document(text, published=published, name=source.name, title=title or None)


def _creation_date(root: ET.Element, name: str) -> dt.date:
    node = root.find("DCT/TIMEX3")
    if node is None:
        raise BadRecord(name, "no <DCT><TIMEX3 value=...></DCT>: the publication date is missing")
    value = (node.get("value") or "")[:10]
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadRecord(name, f"the DCT value {node.get('value')!r} is not a YYYY-MM-DD date") from None


def _dateline(dct: ET.Element | None) -> str:
    """The DCT's wire header in dateline form ("SEOUL, Dec 14 (AFP)", "COTABATO, Philippines, April 25
    (AFP)"), or "" when it is only a date."""
    if dct is None:
        return ""
    found = _HEADER.match(" ".join("".join(dct.itertext()).split()))
    if found is None:
        return ""
    agency = f" ({found['agency']})" if found["agency"] else ""
    region = f", {found['region']}" if found["region"] else ""  # "COTABATO, Philippines, April 25"
    month = found["month"].capitalize()  # "APRIL 7"
    return f"{found['place']}{region}, {month} {found['day']}{agency}"


def sniff_timeml(head: bytes) -> bool:
    return _SNIFF.match(head.removeprefix(BOM)) is not None


register_reader("timeml", (".tml",), read_timeml, sniff=sniff_timeml, binary=True)
