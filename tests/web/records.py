"""A hand-made record for the web tests: fictional Kenya–Tanzania talks on lake fisheries, two rounds,
a disputed duration, two issues, statements, events, and one hostile article whose text, title and
outlet carry HTML that must render inert. No sentence comes from the seed reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from legation.model import (
    Actor,
    Analysis,
    Conflict,
    Document,
    Dossier,
    Event,
    Evidence,
    Head,
    Issue,
    IssueMention,
    IssueStatus,
    MeetingMention,
    Round,
    Sentence,
    Sourced,
    Statement,
    TimeValue,
    Track,
)

TRACK_ID = "kenya-tanzania-lake-fisheries"
HOSTILE_TITLE = "Lake talks <script>window.__pwned = 1</script>"
HOSTILE_SENTENCE = 'A reader wrote <img src=x onerror="window.__pwned=2"> under the report.'
HOSTILE_SOURCE = "Rogue <b onmouseover=alert(3)>Wire</b>"

TEXTS = {
    "courier-1": (
        "Kenyan and Tanzanian delegations met in Arusha on Tuesday for talks on lake fisheries.\n\n"
        "The talks lasted five hours, officials said.\n\n"
        "Kenya raised the question of fishing quotas for the northern shore.\n\n"
        "Minister Wanjiru Otieno said the two sides discussed joint border patrols."
    ),
    "rift-2": (
        "Officials from Nairobi and Dodoma held a seven-hour meeting in Arusha on Tuesday.\n\n"
        "Tanzania proposed a joint survey of fish stocks.\n\n"
        "Spokesperson Baraka Mushi told reporters that quotas were discussed at length."
    ),
    "courier-3": (
        "The second round of lake fisheries talks took place in Mwanza on Monday.\n\n"
        "The delegations agreed on fishing quotas for the coming season.\n\n"
        "Tanzania rejected the proposal for joint border patrols.\n\n"
        "Kenya expelled two Tanzanian fishery attaches last week."
    ),
    "hostile-4": (
        f"Readers reacted to the Mwanza round.\n\n{HOSTILE_SENTENCE}\n\nNothing else was reported."
    ),
}

DOCUMENTS = (
    Document(
        "courier-1",
        TEXTS["courier-1"],
        dt.date(2031, 4, 2),
        source="Lakeside Courier",
        title="Fisheries talks open in Arusha",
        url="https://courier.example/1",
    ),
    Document(
        "rift-2",
        TEXTS["rift-2"],
        dt.date(2031, 4, 3),
        source="Great Rift Times",
        title="Seven hours of lake talks",
        url="javascript:alert(4)",
    ),
    Document(
        "courier-3",
        TEXTS["courier-3"],
        dt.date(2031, 5, 20),
        source="Lakeside Courier",
        title="Quotas agreed in Mwanza",
    ),
    Document(
        "hostile-4", TEXTS["hostile-4"], dt.date(2031, 5, 21), source=HOSTILE_SOURCE, title=HOSTILE_TITLE
    ),
)


def ev(doc_id: str, sentence: str) -> Evidence:
    """Evidence for a sentence of one of the texts, with its true character span and index."""
    text = TEXTS[doc_id]
    start = text.index(sentence)
    index = text[:start].count("\n\n")
    return Evidence(doc_id, index, start, start + len(sentence), sentence)


def sentence(doc_id: str, index: int) -> str:
    return TEXTS[doc_id].split("\n\n")[index]


KENYA_HEAD = Head(
    Actor("Wanjiru Otieno", "person", role="fisheries minister", party="Kenya"),
    ev("courier-1", sentence("courier-1", 3)),
)
TANZANIA_HEAD = Head(
    Actor("Baraka Mushi", "person", role="spokesperson", party="Tanzania"),
    ev("rift-2", sentence("rift-2", 2)),
)

R1 = f"{TRACK_ID}/r/2031-04-01-n1"
R2 = f"{TRACK_ID}/r/2031-05-19-n2"
FIVE = TimeValue("five hours", "DURATION", "PT5H", 0, 10)
SEVEN = TimeValue("seven-hour", "DURATION", "PT7H", 0, 10)

ROUND_1 = Round(
    id=R1,
    ordinal=1,
    date="2031-04-01",
    city="Arusha",
    venue=None,
    duration=FIVE,
    format="bilateral",
    heads=(KENYA_HEAD, TANZANIA_HEAD),
    parties=("Kenya", "Tanzania"),
    sources=("courier-1", "rift-2"),
    fields={
        "date": (
            Sourced("2031-04-01", ev("courier-1", sentence("courier-1", 0))),
            Sourced("2031-04-01", ev("rift-2", sentence("rift-2", 0))),
        ),
        "city": (Sourced("Arusha", ev("courier-1", sentence("courier-1", 0))),),
        "duration": (
            Sourced(FIVE, ev("courier-1", sentence("courier-1", 1))),
            Sourced(SEVEN, ev("rift-2", sentence("rift-2", 0))),
        ),
        "ordinal": (Sourced(1, ev("courier-1", sentence("courier-1", 0))),),
    },
)
ROUND_2 = Round(
    id=R2,
    ordinal=2,
    date="2031-05-19",
    city="Mwanza",
    venue=None,
    duration=None,
    format=None,
    heads=(),
    parties=("Kenya", "Tanzania"),
    sources=("courier-3", "hostile-4"),
    fields={
        "date": (Sourced("2031-05-19", ev("courier-3", sentence("courier-3", 0))),),
        "city": (Sourced("Mwanza", ev("courier-3", sentence("courier-3", 0))),),
        "ordinal": (Sourced(2, ev("courier-3", sentence("courier-3", 0))),),
    },
)

TRACK = Track(
    id=TRACK_ID,
    name="Kenya – Tanzania: lake fisheries",
    parties=("Kenya", "Tanzania"),
    subject="lake fisheries",
    documents=("courier-1", "rift-2", "courier-3", "hostile-4"),
    rounds=(ROUND_1, ROUND_2),
    issues=(Issue("fishing_quotas", "Fishing quotas"), Issue("border_patrols", "Joint border patrols")),
    issue_status=(
        IssueStatus(
            R1,
            "fishing_quotas",
            "raised",
            (ev("courier-1", sentence("courier-1", 2)), ev("rift-2", sentence("rift-2", 2))),
            "Kenya",
        ),
        IssueStatus(R2, "fishing_quotas", "agreed", (ev("courier-3", sentence("courier-3", 1)),)),
        IssueStatus(R1, "border_patrols", "discussed", (ev("courier-1", sentence("courier-1", 3)),)),
        IssueStatus(
            R2, "border_patrols", "rejected", (ev("courier-3", sentence("courier-3", 2)),), "Tanzania"
        ),
    ),
    statements=(
        Statement(
            KENYA_HEAD.actor,
            "said",
            "the two sides discussed joint border patrols",
            False,
            ev("courier-1", sentence("courier-1", 3)),
        ),
        Statement(
            TANZANIA_HEAD.actor,
            "told",
            "quotas were discussed at length",
            False,
            ev("rift-2", sentence("rift-2", 2)),
            TimeValue("Tuesday", "DATE", "2031-04-01", 0, 7),
        ),
        Statement(
            Actor("A reader", "person", party=None),
            "wrote",
            HOSTILE_SENTENCE,
            True,
            ev("hostile-4", HOSTILE_SENTENCE),
        ),
    ),
    events=(
        Event(
            "PROPOSE",
            (Actor("Tanzania", "country", party="Tanzania"),),
            ev("rift-2", sentence("rift-2", 1)),
            issue="fishing_quotas",
        ),
        Event(
            "EXPEL",
            (Actor("Kenya", "country", party="Kenya"),),
            ev("courier-3", sentence("courier-3", 3)),
            time=TimeValue("last week", "DATE", "2031-W20", 0, 9),
        ),
        Event(
            "CONSULT", (Actor("Kenya", "country", party="Kenya"),), ev("courier-1", sentence("courier-1", 0))
        ),
    ),
    conflicts=(Conflict(R1, "duration", ROUND_1.fields["duration"]),),
)

DOSSIER = Dossier(documents=DOCUMENTS, tracks=(TRACK,))


def analyse(documents: Iterable[Document]) -> list[Analysis]:
    """The analyses the NLP stage would give for the record's documents (plugged into ``Store.build``),
    so that a store holds this record as the real fuser makes it, without parsing."""
    out = []
    for document in documents:
        doc_id = document.id

        def here(evidence: Iterable[Evidence], doc_id: str = doc_id) -> tuple[Evidence, ...]:
            return tuple(e for e in evidence if e.document_id == doc_id)

        meetings = []
        for r in TRACK.rounds:
            if doc_id not in r.sources:
                continue
            values = {
                name: next((s.value for s in sourced if s.evidence.document_id == doc_id), None)
                for name, sourced in r.fields.items()
            }
            day = values.get("date") or r.date
            meetings.append(
                MeetingMention(
                    key=r.id,
                    evidence=here(s.evidence for sourced in r.fields.values() for s in sourced)
                    or (ev(doc_id, sentence(doc_id, 0)),),
                    date=TimeValue(str(day), "DATE", str(day), 0, 0),
                    city=values.get("city"),
                    duration=values.get("duration"),
                    format=r.format,
                    ordinal=values.get("ordinal"),
                    parties=r.parties,
                    heads=tuple(h for h in r.heads if h.evidence.document_id == doc_id),
                    field_evidence={
                        name: e
                        for name, sourced in r.fields.items()
                        for e in here(s.evidence for s in sourced)[:1]
                    },
                )
            )
        issues = tuple(
            IssueMention(s.issue, LABELS[s.issue], s.status, e, s.raised_by, s.round_id)
            for s in TRACK.issue_status
            for e in here(s.evidence)
        )
        out.append(
            Analysis(
                document,
                sentences=tuple(
                    Sentence(doc_id, i, TEXTS[doc_id].index(t), TEXTS[doc_id].index(t) + len(t), t)
                    for i, t in enumerate(TEXTS[doc_id].split("\n\n"))
                ),
                meetings=tuple(meetings),
                issues=issues,
                statements=tuple(s for s in TRACK.statements if s.evidence.document_id == doc_id),
                events=tuple(e for e in TRACK.events if e.evidence.document_id == doc_id),
                parties=TRACK.parties,
                subject=TRACK.subject,
                negotiation=True,
            )
        )
    return out


LABELS = {i.key: i.label for i in TRACK.issues}
