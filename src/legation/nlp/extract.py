"""One document's extraction: parse → time values, statements, meetings, issues, events, parties.

The order is the data flow: time values first (everything else is dated with them), then statements
(issues declared off the agenda take the speaker's party), meetings (issues and events are tied to a
meeting), issues, events.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from legation.model import Analysis, Document, Timex
from legation.nlp.context import DocContext
from legation.nlp.events import find_events
from legation.nlp.issues import find_issues
from legation.nlp.meetings import find_meetings
from legation.nlp.statements import find_statements
from legation.time import normalise_doc

#: Most parties a track is named after; more would be a list of every country mentioned.
MAX_PARTIES = 4


def extract(document: Document, doc: Any) -> Analysis:
    """Extract every fact of one parsed document (``doc`` is the spaCy parse of ``document.text``)."""
    ctx = DocContext(document, doc, normalise_doc(doc, document.anchor))
    statements = find_statements(ctx)
    meetings = find_meetings(ctx)
    issues, subject = find_issues(ctx, meetings, statements)  # type: ignore[arg-type]
    events = find_events(ctx, issues, statements)
    timexes = tuple(Timex(t, ctx.evidence(t.start, t.end)) for t in ctx.times)
    return Analysis(
        document=document,
        sentences=tuple(ctx.sentences),
        timexes=timexes,
        meetings=tuple(meetings),
        issues=tuple(issues),
        statements=tuple(statements),
        events=tuple(events),
        parties=_parties(ctx, meetings),
        subject=subject,
    )


def _parties(ctx: DocContext, meetings: list[Any]) -> tuple[str, ...]:
    """The countries negotiating: those whose delegations meet, else the most-named as actors.

    Countries named only as the place of the talks ("in Geneva, Switzerland") are hosts, not parties.
    """
    from_meetings = Counter(p for m in meetings for p in m.parties)
    if len(from_meetings) >= 2:
        return tuple(sorted(p for p, _n in from_meetings.most_common(MAX_PARTIES)))
    counts: Counter[str] = Counter()
    doc = ctx.doc
    for start, end, name in ctx.gazetteer.countries_in(ctx.document.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "to", "toward", "towards"):
            continue
        if root.dep_ == "appos" and root.head.ent_type_ == "GPE":
            continue
        counts[name] += 1
    counts.update(from_meetings)
    if not counts:
        return ()
    top = counts.most_common(1)[0][1]
    keep = [p for p, n in counts.most_common(MAX_PARTIES) if n >= max(2, top * 0.3)]
    return tuple(sorted(keep))
