"""Hand-written documents for the store tests (none from the seed reports), and a rule-based analyser.

The analyser stands in for the NLP stage where a test is about the store's bookkeeping (which tracks a
build re-fuses), not about extraction: it is passed through ``Store.build(engine=...)``, the same
plug-in point the Dask engine uses. It reads the parties and the subject from the document title
(``"Chile/Peru: water rights"``) and one meeting from the text, so the expected tracks are known.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from legation.model import Actor, Analysis, Document, Evidence, MeetingMention, Sentence, Statement, TimeValue


def make_document(
    doc_id: str,
    text: str,
    day: int = 1,
    *,
    source: str = "Example Wire",
    language: str = "en",
    title: str | None = None,
) -> Document:
    """A document dated in March 2031 (clearly not a real report)."""
    return Document(
        id=doc_id, text=text, published=dt.date(2031, 3, day), source=source, language=language, title=title
    )


def titled_analyser(documents: Iterable[Document]) -> list[Analysis]:
    """Analyses whose parties and subject come from the title ``"A/B: subject"``; one meeting per document."""
    out = []
    for document in documents:
        sentence = Sentence(document.id, 0, 0, len(document.text), document.text)
        evidence = Evidence(document.id, 0, 0, len(document.text), document.text)
        parties: tuple[str, ...] = ()
        subject = None
        if document.title and ":" in document.title:
            names, subject = document.title.split(":", 1)
            parties = tuple(sorted(p.strip() for p in names.split("/")))
            subject = subject.strip()
        day = document.published.isoformat()
        city = re.search(r"\bin ([A-Z][a-z]+)", document.text)
        meeting = MeetingMention(
            key="m1",
            evidence=(evidence,),
            date=TimeValue(day, "DATE", day, 0, 0),
            city=city.group(1) if city else None,
            parties=parties,
        )
        statement = Statement(
            Actor("A spokesperson", "person", party=parties[0] if parties else None),
            "said",
            document.text,
            False,
            evidence,
        )
        out.append(
            Analysis(
                document,
                sentences=(sentence,),
                meetings=(meeting,),
                statements=(statement,),
                parties=parties,
                subject=subject,
                negotiation=len(parties) >= 2,
            )
        )
    return out


def touring_analyser(documents: Iterable[Document]) -> list[Analysis]:
    """:func:`titled_analyser`, but a title of two pairs (``"Chile/Peru, Chile/Bolivia: water"``) gives
    one meeting per pair, the second the next day in the second city the text names: a report of a tour
    that tells two negotiations."""
    out = []
    for document in documents:
        names, _, subject = (document.title or "").partition(":")
        pairs = [tuple(sorted(p.strip() for p in pair.split("/"))) for pair in names.split(",")]
        if len(pairs) < 2:
            out += titled_analyser([document])
            continue
        cities = re.findall(r"\bin ([A-Z][a-z]+)", document.text)
        meetings = []
        for i, pair in enumerate(pairs):
            day = (document.published - dt.timedelta(days=len(pairs) - 1 - i)).isoformat()
            evidence = Evidence(document.id, i, 0, len(document.text), document.text)
            meetings.append(
                MeetingMention(
                    key=f"m{i}",
                    evidence=(evidence,),
                    date=TimeValue(day, "DATE", day, 0, 0),
                    city=cities[i] if i < len(cities) else None,
                    parties=pair,
                )
            )
        out.append(
            Analysis(
                document,
                sentences=(Sentence(document.id, 0, 0, len(document.text), document.text),),
                meetings=tuple(meetings),
                parties=pairs[0],
                subject=subject.strip(),
                negotiation=True,
            )
        )
    return out
