"""The whole pipeline on hand-written reports of two unrelated negotiations (not the seed reports)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from legation.model import Document, Dossier
from legation.pipeline import analyse, build_dossier

ARTICLES = [
    (
        "a1",
        "2024-05-13",
        "Iranian and US negotiators held indirect talks in Muscat on Saturday, "
        "the Omani Foreign Ministry said. "
        "The meeting at the Omani foreign ministry lasted about four hours. "
        "Iran raised the issue of sanctions relief, the ministry said.",
    ),
    (
        "a2",
        "2024-05-14",
        "The second round of talks between Iran and the United States was held in Muscat on Saturday, "
        "Iranian Foreign Ministry spokesman Nasser Kanani said on Monday. "
        "Iran raised the issue of sanctions relief.",
    ),
    (
        "b1",
        "2024-05-14",
        "Armenian and Azerbaijani delegations met in Almaty on Monday for a third round of peace talks. "
        "The Armenian delegation was led by Mher Grigoryan, deputy prime minister. "
        "The two sides agreed on the delimitation of the border, the Kazakh Foreign Ministry said.",
    ),
    (
        "b2",
        "2024-05-15",
        "Armenia and Azerbaijan ended their talks in Almaty on Monday, the Armenian government said. "
        "The Azerbaijani delegation was headed by Shahin Mustafayev. "
        "They agreed on the delimitation of the border.",
    ),
]


@pytest.fixture(scope="module")
def dossier(nlp: Any) -> Dossier:
    docs = [Document(i, text, dt.date.fromisoformat(day)) for i, day, text in ARTICLES]
    return build_dossier(analyse(docs, nlp=nlp))


def test_two_negotiations_give_two_tracks(dossier: Dossier) -> None:
    by_parties = {t.parties: t for t in dossier.tracks}
    assert set(by_parties) == {("Iran", "United States"), ("Armenia", "Azerbaijan")}
    assert set(by_parties[("Iran", "United States")].documents) == {"a1", "a2"}


def test_two_reports_of_one_meeting_are_one_round(dossier: Dossier) -> None:
    track = next(t for t in dossier.tracks if "Iran" in t.parties)
    held = [r for r in track.rounds if not r.planned]
    assert len(held) == 1
    (r,) = held
    assert (r.date, r.city, r.ordinal) == ("2024-05-11", "Muscat", 2)
    assert set(r.sources) == {"a1", "a2"}
    assert r.duration is not None and (r.duration.value, r.duration.mod) == ("PT4H", "APPROX")


def test_heads_from_two_outlets_join_the_round(dossier: Dossier) -> None:
    track = next(t for t in dossier.tracks if "Armenia" in t.parties)
    (r,) = [r for r in track.rounds if not r.planned]
    assert r.ordinal == 3 and r.date == "2024-05-13"
    assert {h.actor.name for h in r.heads} == {"Mher Grigoryan", "Shahin Mustafayev"}


def test_every_fact_carries_evidence_that_points_into_its_document(dossier: Dossier) -> None:
    texts = {i: text for i, _d, text in ARTICLES}
    for track in dossier.tracks:
        for st in track.statements:
            ev = st.evidence
            assert texts[ev.document_id][ev.start : ev.end].strip() == ev.sentence
        for status in track.issue_status:
            for ev in status.evidence:
                assert ev.sentence in texts[ev.document_id]
                assert texts[ev.document_id][ev.start : ev.end] in ev.sentence


def test_issue_status_from_both_reports(dossier: Dossier) -> None:
    track = next(t for t in dossier.tracks if "Iran" in t.parties)
    statuses = {(s.issue, s.status, s.raised_by) for s in track.issue_status}
    assert ("sanctions_relief", "raised", "Iran") in statuses


def test_a_crash_on_one_document_is_its_error_line_and_the_others_are_analysed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """A bug in an extractor (here injected for one document) must not end the run."""
    from typer.testing import CliRunner

    import legation.pipeline
    from legation.cli import app

    real = legation.pipeline.extract

    def extract(document: Document, spacy_doc: Any) -> Any:
        if "CRASH" in document.text:
            raise AttributeError("'NoneType' object has no attribute 'group'")
        return real(document, spacy_doc)

    monkeypatch.setattr(legation.pipeline, "extract", extract)
    good = (
        " date 2024-05-14\nArmenian and Azerbaijani delegations met in Almaty on Monday for a third round "
        "of peace talks, the Kazakh Foreign Ministry said.\n"
    )
    (tmp_path / "a.txt").write_text(good, encoding="utf-8")
    (tmp_path / "b.txt").write_text(" date 2024-05-15\nCRASH. Talks went on in Almaty.\n", encoding="utf-8")
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for dossier in (
        legation.pipeline.run(paths),
        legation.pipeline.run_stored(paths, f"sqlite:///{tmp_path / 's.db'}"),
    ):
        assert [t.parties for t in dossier.tracks] == [("Armenia", "Azerbaijan")]
        crash = "analysis failed: AttributeError: 'NoneType' object has no attribute 'group'"
        assert [(e.source, e.reason.split(" (in ")[0]) for e in dossier.errors] == [
            (str(tmp_path / "b.txt"), crash)
        ]
    result = CliRunner().invoke(app, ["run", "--memory", *map(str, paths)])
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'b.txt'}: analysis failed: AttributeError" in result.output


def test_the_collector_waits_until_a_document_is_extracted(nlp: Any) -> None:
    """The cyclic collector runs between documents, never inside a document's extraction (where it
    would walk the document's tables, all still in use), and is on again once analysis is done, even
    after a document whose extraction fails."""
    import gc
    import sys

    inside: list[bool] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            frame = sys._getframe(1)
            names = set()
            while frame is not None:
                names.add(frame.f_code.co_name)
                frame = frame.f_back
            inside.append("extract" in names)

    docs = [Document(i, text, dt.date.fromisoformat(day)) for i, day, text in ARTICLES]
    docs.append(Document("empty-anchor", "Talks resumed on Monday.", None))  # type: ignore[arg-type]
    threshold = gc.get_threshold()
    gc.set_threshold(50)  # a collection every few dozen objects: many chances to fall inside
    gc.callbacks.append(note)
    try:
        analyses = list(analyse(docs, nlp=nlp))
    finally:
        gc.callbacks.remove(note)
        gc.set_threshold(*threshold)
    assert len(analyses) == len(docs) and analyses[-1].failed  # the document without an anchor fails
    assert inside and not any(inside)  # collections happened, none inside an extraction
    assert gc.isenabled()
