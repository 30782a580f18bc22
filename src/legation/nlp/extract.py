"""One document's extraction: parse → time values, statements, meetings, issues, events, parties.

The order is the data flow: time values first (everything else is dated with them), then statements
(issues declared off the agenda take the speaker's party), meetings (issues and events are tied to a
meeting), issues, events.
"""

from __future__ import annotations

from typing import Any

from legation.model import Analysis, Document, Timex
from legation.nlp.context import DocContext, forget_entities
from legation.nlp.events import find_events
from legation.nlp.groupings import with_members_heads
from legation.nlp.issues import find_issues
from legation.nlp.meetings import read_meetings
from legation.nlp.meetings.attending import with_attending_heads
from legation.nlp.people import people_taken_for_bodies
from legation.nlp.sides import find_sides, meeting_as_communities, meeting_with_counterpart
from legation.nlp.statements import find_statements
from legation.time import normalise_doc


def extract(document: Document, doc: Any) -> Analysis:
    """Extract every fact of one parsed document (``doc`` is the spaCy parse of ``document.text``)."""
    people_taken_for_bodies(doc)
    ctx = DocContext(document, doc, normalise_doc(doc, document.anchor, document.text))
    try:
        statements = find_statements(ctx)
        meetings, announced = read_meetings(ctx)
        issues, subject = find_issues(ctx, meetings, statements, announced)
        events = find_events(ctx, issues, statements)
        sides = find_sides(ctx, meetings, announced)
        if sides.lands:  # "Cyprus" beside a Cypriot community: the other community, at the meetings too
            meetings = [meeting_as_communities(m, sides.lands) for m in meetings]
            announced = [meeting_as_communities(m, sides.lands) for m in announced]
        if sides.headline:  # the headline's other side is whom the body's one side met
            meetings = [meeting_with_counterpart(ctx, m, sides.headline) for m in meetings]
        if sides.forum is not None:
            meetings = with_members_heads(ctx, meetings, sides.parties)
        else:
            meetings = with_attending_heads(ctx, meetings, sides.parties)
    finally:
        forget_entities(doc)  # the cached spans point back at the parse: let it go with its last user
    timexes = tuple(Timex(t, ctx.evidence(t.start, t.end)) for t in ctx.times)
    return Analysis(
        document=document,
        sentences=tuple(ctx.sentences),
        timexes=timexes,
        meetings=tuple(meetings),
        issues=tuple(issues),
        statements=tuple(statements),
        events=tuple(events),
        parties=sides.parties,
        subject=subject,
        third_parties=sides.third_parties,
        party_names=sides.party_names,
        negotiation=sides.negotiation,
        movements=sides.movements,
        named=sides.named,
        size=sides.size,
        members=sides.members,
        forum=sides.forum,
        announced=tuple(announced),
    )
