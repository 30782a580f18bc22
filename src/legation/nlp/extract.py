"""One document's extraction: parse → time values, statements, meetings, issues, events, parties.

The order is the data flow: time values first (everything else is dated with them), then statements
(issues declared off the agenda take the speaker's party), meetings (issues and events are tied to a
meeting), issues, events.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from legation.model import Analysis, Document, Timex
from legation.nlp.context import DocContext
from legation.nlp.events import find_events
from legation.nlp.issues import find_issues
from legation.nlp.lexicons import meeting_words
from legation.nlp.meetings import find_meetings
from legation.nlp.statements import find_statements
from legation.time import normalise_doc

#: Most parties a track is named after; more would be a list of every country mentioned.
MAX_PARTIES = 4
#: A second country named less than this share as often as the first is a bystander, not a party.
SECOND_PARTY_SHARE = 0.2


def extract(document: Document, doc: Any) -> Analysis:
    """Extract every fact of one parsed document (``doc`` is the spaCy parse of ``document.text``)."""
    ctx = DocContext(document, doc, normalise_doc(doc, document.anchor))
    statements = find_statements(ctx)
    meetings = find_meetings(ctx)
    issues, subject = find_issues(ctx, meetings, statements)
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

    Mediators and hosts ("Omani-mediated talks", "hosted by Qatar") and countries named only as the
    place of the talks ("in Geneva, Switzerland") are not parties.
    """
    counts: Counter[str] = Counter()
    mediators: set[str] = set()
    doc = ctx.doc
    for start, end, name in ctx.gazetteer.countries_in(ctx.document.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if _mediates(ctx, span, end):
            mediators.add(name)
            continue
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "to", "toward", "towards"):
            continue
        if root.dep_ == "appos" and root.head.ent_type_ == "GPE":
            continue
        counts[name] += 1
    from_meetings = Counter(p for m in meetings for p in m.parties if p not in mediators)
    if len(from_meetings) >= 2:
        return tuple(sorted(p for p, _n in from_meetings.most_common(MAX_PARTIES)))
    counts.update(from_meetings)
    ranked = [(p, n) for p, n in counts.most_common() if p not in mediators]
    hosts = {c for m in meetings if m.city and (c := _host(ctx, m.city)) is not None}
    if len(ranked) > 2 and hosts:  # "talks in Kuala Lumpur" between two others: the host is no party
        ranked = [(p, n) for p, n in ranked if p not in hosts] or ranked
    if len(ranked) < 2 or ranked[1][1] < SECOND_PARTY_SHARE * ranked[0][1]:
        return ()
    second = ranked[1][1]
    keep = [p for i, (p, n) in enumerate(ranked[:MAX_PARTIES]) if i < 2 or n >= 0.75 * second]
    return tuple(sorted(keep))


def _host(ctx: DocContext, city: str) -> str | None:
    """The country whose capital the meeting was in."""
    return ctx.gazetteer.country(city) if ctx.gazetteer.is_capital(city) else None


def _mediates(ctx: DocContext, span: Any, end: int) -> bool:
    """Is this country mention a mediator or host ("Qatari-mediated", "hosted by Oman", "Omani mediators")?"""
    words = meeting_words().mediation
    after = re.match(r"-?(\w+)", ctx.document.text[end : end + 20])
    if after and after.group(1).lower() in words:
        return True
    root = span.root
    near = [root.head, root.head.head] if root.dep_ != "ROOT" else []
    if any(t.lemma_.lower() in words or t.lower_ in words for t in near):
        return True
    return any(t.lower_ in words for t in root.children)
