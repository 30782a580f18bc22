"""An item's path across rounds in every view: a later round reported with less is not a regression."""

from __future__ import annotations

import dataclasses
import datetime as dt

from legation.model import Document, Dossier, Evidence, Issue, IssueStatus, Round, Track
from legation.report.briefing import brief
from legation.report.paths import LESS_NOTE, describe, path
from legation.report.terminal import render_dossier
from legation.web import views


def _ev(doc: str, sentence: str) -> Evidence:
    return Evidence(doc, 0, 0, len(sentence), sentence)


def _round(n: int, day: str) -> Round:
    return Round(f"t/r/{day}-n{n}", n, day, "Muscat", None, None, None, (), (), (f"d{n}",))


R1, R2, R3 = _round(1, "2031-05-12"), _round(2, "2031-06-19"), _round(3, "2031-07-20")
ROWS = (
    # no change recorded: an older dossier; the views compute it
    IssueStatus(R1.id, "flights", "proposed", (_ev("d1", "Kenya proposed resuming flights."),), "Kenya"),
    IssueStatus(R2.id, "flights", "raised", (_ev("d2", "Kenya raised the flights."),), "Kenya"),
    IssueStatus(R1.id, "quotas", "raised", (_ev("d1", "Quotas were raised."),)),
    IssueStatus(R3.id, "quotas", "roadmap", (_ev("d3", "They agreed a roadmap for quotas."),)),
)
TRACK = Track(
    "t",
    "Kenya – Peru talks",
    ("Kenya", "Peru"),
    None,
    ("d1", "d2", "d3"),
    rounds=(R1, R2, R3),
    issues=(Issue("flights", "Direct flights"), Issue("quotas", "Fishing quotas")),
    issue_status=ROWS,
)
DOSSIER = Dossier(
    tuple(Document(f"d{n}", "", dt.date(2031, 5 + n, 20)) for n in (1, 2, 3)),
    (TRACK,),
)


def test_the_path_names_every_step_in_round_order() -> None:
    steps = path(TRACK, "quotas")
    assert describe(steps) == "raised at #1 → roadmap at #3"
    assert [s.change for s in steps] == ["first", "advanced"]
    assert [s.row.evidence[0].sentence for s in steps] == [
        "Quotas were raised.",
        "They agreed a roadmap for quotas.",
    ]


def test_a_step_backwards_reads_as_a_source_reporting_less() -> None:
    steps = path(TRACK, "flights")
    assert [s.change for s in steps] == ["first", "reported-less"]
    assert describe(steps) == "proposed at #1 → raised at #2 (a source reporting less)"
    recorded = dataclasses.replace(
        TRACK, issue_status=tuple(dataclasses.replace(r, change="same") for r in ROWS)
    )
    assert {s.change for s in path(recorded, "flights")} == {"same"}  # a recorded change is kept


def test_terminal_marks_the_cell_and_lists_the_paths() -> None:
    text = " ".join(render_dossier(DOSSIER).split())
    assert "raised*" in text
    assert "Direct flights: proposed at #1 → raised at #2 (a source reporting less)" in text
    assert " ".join(LESS_NOTE.split()) in text
    assert "regress" not in text


def test_briefing_gives_each_items_path_with_a_sentence_per_step() -> None:
    (track,) = brief(DOSSIER).tracks
    flights = next(s for s in track.standing if s.label == "Direct flights")
    assert flights.path == "proposed at #1 2031-05-12 → raised at #2 2031-06-19 (a source reporting less)"
    assert [c.sentence for c in flights.evidence] == [
        "Kenya proposed resuming flights.",
        "Kenya raised the flights.",
    ]
    assert flights.evidence[1].source.startswith("#2 2031-06-19, raised")


def test_web_matrix_cell_says_what_the_step_is() -> None:
    _rounds, rows = views.matrix(TRACK)
    flights = next(r for r in rows if r.key == "flights")
    first, second, _third = flights.cells
    assert (first.mark, first.note) == ("", "")
    assert second.mark == "*" and "a source reporting less" in second.note
