"""A hand-made dossier for the report tests: fictional Iran–EU talks in Vienna, two rounds held and one
planned, a disputed duration, a skipped document and an unreadable file."""

from __future__ import annotations

import datetime as dt

from legation.model import (
    Actor,
    Conflict,
    Document,
    DocumentError,
    Dossier,
    Evidence,
    Head,
    Issue,
    IssueStatus,
    Round,
    Sourced,
    Statement,
    TimeValue,
    Track,
)

TRACK_ID = "eu+iran|sanctions"


def ev(doc: str, sentence: str = "A sentence.", index: int = 0) -> Evidence:
    return Evidence(doc, index, 0, len(sentence), sentence)


def duration(value: str, mod: str | None = None) -> TimeValue:
    return TimeValue("some hours", "DURATION", value, 0, 10, mod=mod)


DOCUMENTS = (
    Document(
        "wire-1",
        "",
        dt.date(2031, 5, 13),
        source="Danube Wire",
        title="Iran and EU open sanctions talks",
        path="feeds/wire-1.txt",
    ),
    Document(
        "post-2",
        "",
        dt.date(2031, 5, 14),
        source="Alpine Post",
        title="Vienna talks end without breakthrough",
        path="feeds/post-2.txt",
    ),
    Document(
        "herald-3",
        "",
        dt.date(2031, 6, 20),
        source="Ring Herald",
        title="Second Vienna round agrees a timetable",
        path="feeds/herald-3.txt",
    ),
    Document(
        "gazette-4",
        "",
        dt.date(2031, 6, 21),
        source="Gazeta Polska",
        title="Rozmowy w Wiedniu",
        language="pl",
    ),
)

HEAD_IRAN = Head(
    Actor("Leila Farahani", "person", role="deputy foreign minister", party="Iran"), ev("wire-1")
)
HEAD_EU = Head(Actor("Anneke Vos", "person", role="political director", party="European Union"), ev("wire-1"))

ROUND_1 = Round(
    id=f"{TRACK_ID}/r/2031-05-12-n1",
    ordinal=1,
    date="2031-05-12",
    city="Vienna",
    venue="Palais Coburg",
    duration=duration("PT6H", "MORE_THAN"),
    format="closed-door",
    heads=(HEAD_IRAN, HEAD_EU),
    parties=("European Union", "Iran"),
    sources=("wire-1", "post-2"),
    fields={
        "duration": (
            Sourced({"value": "PT6H", "mod": "MORE_THAN"}, ev("wire-1")),
            Sourced({"value": "PT5H", "mod": "APPROX"}, ev("post-2")),
        ),
    },
)
ROUND_2 = Round(
    id=f"{TRACK_ID}/r/2031-06-19-n2",
    ordinal=2,
    date="2031-06-19",
    city="Vienna",
    venue=None,
    duration=None,
    format=None,
    heads=(),
    parties=("European Union", "Iran"),
    sources=("herald-3",),
)
ROUND_3 = Round(
    id=f"{TRACK_ID}/r/n3",
    ordinal=3,
    date=None,
    city="Geneva",
    venue=None,
    duration=None,
    format=None,
    heads=(),
    parties=(),
    sources=("herald-3",),
    planned=True,
)

TRACK = Track(
    id=TRACK_ID,
    name="European Union – Iran: sanctions relief",
    parties=("European Union", "Iran"),
    subject="sanctions relief",
    documents=("wire-1", "post-2", "herald-3"),
    # Deliberately out of order: the report sorts by date, planned last.
    rounds=(ROUND_3, ROUND_2, ROUND_1),
    issues=(Issue("frozen_assets", "Release of frozen assets"), Issue("inspections", "Inspection schedule")),
    issue_status=(
        IssueStatus(ROUND_1.id, "frozen_assets", "discussed", (ev("wire-1"),), raised_by="Iran"),
        IssueStatus(ROUND_2.id, "frozen_assets", "agreed", (ev("herald-3"),)),
        IssueStatus(ROUND_1.id, "inspections", "rejected", (ev("post-2"),)),
    ),
    statements=(
        Statement(
            HEAD_EU.actor,
            "said",
            "We have found common ground on the timetable and will return to Vienna within weeks " * 3,
            True,
            ev("herald-3"),
            date=TimeValue("on Thursday", "DATE", "2031-06-19", 0, 11),
        ),
        Statement(
            Actor("Kamran Rostami", "person", role="spokesman", party="Iran"),
            "stressed",
            "the frozen assets had to be released before any inspection",
            False,
            ev("post-2"),
        ),
    ),
    conflicts=(Conflict(ROUND_1.id, "duration", ROUND_1.fields["duration"]),),
)

DOSSIER = Dossier(
    documents=DOCUMENTS,
    tracks=(TRACK,),
    skipped={"gazette-4": "language 'pl' is not English"},
    errors=(DocumentError("feeds/broken.jsonl", "record is not a JSON object", 7),),
)
