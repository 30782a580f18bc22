"""Build: analyse only what is new, re-fuse only the tracks it touches, and match a full rebuild."""

from __future__ import annotations

from dataclasses import replace

import pytest

from legation.errors import StoreError
from legation.fuse import fuse
from legation.model import Analysis, Document, to_dict
from legation.store import open_store

from .helpers import make_document, titled_analyser, touring_analyser

TRACKS = {
    "Chile/Peru: water rights": "Delegations met in Lima to discuss the shared aquifer.",
    "Ghana/Togo: border demarcation": "Surveyors and diplomats met in Lome about the boundary pillars.",
    "Laos/Vietnam: hydropower": "Energy officials met in Hanoi on the dam's output.",
}


def _docs(day: int) -> list[Document]:
    return [
        make_document(
            f"{title.split(':')[0].replace('/', '-')}-{day}", f"Day {day}. {text}", day, title=title
        )
        for title, text in TRACKS.items()
    ]


def test_adding_one_document_refuses_only_its_track(store_url: str) -> None:
    with open_store(store_url) as store:
        store.ingest(_docs(1) + _docs(2))
        full = store.build(engine=titled_analyser)
        assert full.analysed == 6
        assert len(full.fused) == 3
        fused_at = {t.id: store.track(t.id) for t in store.tracks()}
        store.ingest(
            [
                make_document(
                    "extra", "Day 9. Delegations met in Lima again.", 9, title="Chile/Peru: water rights"
                )
            ]
        )
        step = store.build(engine=titled_analyser)
        assert step.analysed == 1
        assert step.fused == ["chile-peru-water-rights"]
        counts = {t.id: t.documents for t in store.tracks()}
        assert counts == {
            "chile-peru-water-rights": 3,
            "ghana-togo-border-demarcation": 2,
            "laos-vietnam-hydropower": 2,
        }
        for track_id, before in fused_at.items():
            if track_id != "chile-peru-water-rights":
                assert store.track(track_id) == before
        nothing = store.build(engine=titled_analyser)
        assert (nothing.analysed, nothing.fused) == (0, [])


def test_incremental_tracks_equal_a_full_fusion(store_url: str) -> None:
    docs = _docs(1) + _docs(2) + _docs(5)
    with open_store(store_url) as store:
        for day_docs in (docs[:3], docs[3:5], docs[5:]):
            store.ingest(day_docs)
            store.build(engine=titled_analyser)
        stored = store.dossier()
    expected = fuse(titled_analyser(docs))
    assert [to_dict(t) for t in stored.tracks] == [to_dict(t) for t in expected]


def test_duplicates_are_not_analysed_nor_counted_as_sources(store_url: str) -> None:
    text = (
        "Delegations met in Lima to discuss the shared aquifer, the irrigation canals and the quotas for the "
        "dry season, officials from both ministries said after the meeting ended late on Thursday."
    )
    with open_store(store_url) as store:
        store.ingest(
            [
                make_document("orig", text, 3, source="Andes Wire", title="Chile/Peru: water rights"),
                make_document(
                    "copy", text + " (Reuters)", 3, source="Coast Daily", title="Chile/Peru: water rights"
                ),
            ]
        )
        report = store.build(engine=titled_analyser)
        assert report.analysed == 1
        track = store.track("chile-peru-water-rights")
        assert track is not None and track.documents == ("orig",)
        record = store.document("orig")
        assert record is not None and [c.source for c in record.copies] == ["Coast Daily"]
        assert [d.id for d in store.documents(track_id="chile-peru-water-rights")] == ["copy", "orig"]


def test_an_update_moves_a_document_between_tracks(store_url: str) -> None:
    with open_store(store_url) as store:
        store.ingest([make_document("only", "Officials met in Lima.", 1, title="Chile/Peru: water rights")])
        store.build(engine=titled_analyser)
        store.ingest([make_document("only", "Officials met in Hanoi.", 1, title="Laos/Vietnam: hydropower")])
        report = store.build(engine=titled_analyser)
        assert report.removed == 1 and report.fused == ["laos-vietnam-hydropower"]
        assert [t.id for t in store.tracks()] == ["laos-vietnam-hydropower"]


def test_an_analyser_that_drops_a_document_stores_nothing(store_url: str) -> None:
    with open_store(store_url) as store:
        store.ingest(_docs(1))
        with pytest.raises(StoreError, match="returned nothing"):
            store.build(engine=lambda documents: titled_analyser(documents[1:]))
        assert store.stats()["pending"] == 3
        assert store.stats()["analysed"] == 0


def test_build_with_the_nlp_stage(store_url: str) -> None:
    text = (
        "Delegations from Ghana and Togo held a second round of talks on border demarcation in Accra on "
        "Tuesday. \"We agreed to place ten new boundary pillars,\" Ghana's foreign minister said. Togo's "
        "delegation said a third round would take place in Lome in May."
    )
    with open_store(store_url) as store:
        store.ingest([make_document("gt1", text, 4, title="Ghana and Togo agree on border pillars")])
        report = store.build()
        stats = store.stats()
        assert report.analysed == 1
        assert stats["analysed"] == 1 and stats["sentences"] >= 3
        record = store.document("gt1")
        assert record is not None and record.analysis is not None
        assert len(record.analysis.sentences) == stats["sentences"]
        assert sum(stats["facts"].values()) == (
            len(record.analysis.timexes)
            + len(record.analysis.meetings)
            + len(record.analysis.announced)
            + len(record.analysis.issues)
            + len(record.analysis.events)
            + len(record.analysis.statements)
        )
        assert store.build().analysed == 0


def test_a_meeting_announced_for_next_month_is_stored_and_read_back_as_a_planned_round(
    store_url: str,
) -> None:
    text = (
        "Ghana and Togo held a second round of talks on border demarcation in Accra on Tuesday. "
        "The two sides will meet again next month."
    )
    with open_store(store_url) as store:
        store.ingest([make_document("gt2", text, 4, title="Ghana and Togo talk borders")])
        store.build()
        record = store.document("gt2")
        assert record is not None and record.analysis is not None
        (announced,) = record.analysis.announced
        assert announced.period is not None and announced.period.value == "2031-04"
        (summary,) = store.tracks()
        track = store.track(summary.id)
        assert track is not None
        planned = [r for r in track.rounds if r.planned]
        assert [(r.date, r.period.value if r.period else None) for r in planned] == [(None, "2031-04")]
        assert planned[0].fields["period"][0].evidence.sentence == "The two sides will meet again next month."


def test_a_document_whose_analysis_crashes_fails_alone(store_url: str) -> None:
    """An analyser that raises on one document (as a Dask task does when any of its documents crashes):
    the others are analysed and stored, the culprit becomes an error, and the store stays consistent."""
    culprit = "Ghana-Togo-1"

    def crashing(documents: list[Document]) -> list[Analysis]:
        if any(d.id == culprit for d in documents):
            raise AttributeError("'NoneType' object has no attribute 'group'")
        return titled_analyser(documents)

    with open_store(store_url) as store:
        store.ingest(_docs(1))
        report = store.build(engine=crashing)
        assert report.analysed == 2 and len(report.fused) == 2
        assert [(e.source, e.reason.split(" (in ")[0]) for e in report.failed] == [
            (culprit, "analysis failed: AttributeError: 'NoneType' object has no attribute 'group'")
        ]
        stats = store.stats()
        assert (stats["analysed"], stats["failed"], stats["pending"], stats["errors"]) == (2, 1, 0, 1)
        assert [e.source for e in store.errors()] == [culprit]
        assert sorted(t.parties for t in store.dossier().tracks) == [("Chile", "Peru"), ("Laos", "Vietnam")]
        again = store.build(engine=crashing)  # not retried (nor crashed on) by the next build
        assert (again.analysed, again.failed, again.fused) == (0, [], [])


def test_a_report_of_two_negotiations_is_stored_once_and_feeds_both_tracks(store_url: str) -> None:
    tour = make_document(
        "tour",
        "The minister met officials in Lima, then flew on to talks in Quito.",
        4,
        title="Chile/Peru, Chile/Ecuador: water",
    )
    later = make_document("quito", "Delegations met in Quito again.", 9, title="Chile/Ecuador: water")
    with open_store(store_url) as store:
        store.ingest([*_docs(1), tour])
        store.build(engine=touring_analyser)
        tracks = {t.parties: t.documents for t in store.dossier().tracks}
        assert tracks[("Chile", "Peru")] == ("Chile-Peru-1", "tour")
        assert tracks[("Chile", "Ecuador")] == ("tour",)
        store.ingest([later])
        report = store.build(engine=touring_analyser)
        assert (report.analysed, report.fused) == (1, ["chile-ecuador-water"])
        stored = store.dossier()
        assert store.stats()["documents"] == 5
        ecuador = next(t for t in stored.tracks if t.parties == ("Chile", "Ecuador"))
        assert ecuador.documents == ("tour", "quito")
        rounds = [(r.date, r.city) for r in ecuador.rounds]
        assert rounds == [("2031-03-04", "Quito"), ("2031-03-09", "Quito")]
        # each track holds the tour once, with its own pair's meeting only
        peru = next(t for t in stored.tracks if t.parties == ("Chile", "Peru"))
        assert [(r.date, r.city) for r in peru.rounds] == [("2031-03-01", "Lima"), ("2031-03-03", "Lima")]
    expected = fuse(touring_analyser([*_docs(1), tour, later]))
    assert [to_dict(t) for t in stored.tracks] == [to_dict(t) for t in expected]


def test_new_text_for_a_report_of_two_negotiations_refuses_both_tracks(store_url: str) -> None:
    tour = make_document(
        "tour",
        "The minister met officials in Lima, then flew on to talks in Quito.",
        4,
        title="Chile/Peru, Chile/Ecuador: water",
    )
    with open_store(store_url) as store:
        store.ingest([tour])
        store.build(engine=touring_analyser)
        store.ingest([replace(tour, text=tour.text + " Both meetings were cordial.")])
        report = store.build(engine=touring_analyser)
        assert sorted(report.fused) == ["chile-ecuador-talks", "chile-peru-water"]  # a view has no subject
        stored = store.dossier()
    assert sorted((t.parties, t.documents) for t in stored.tracks) == [
        (("Chile", "Ecuador"), ("tour",)),
        (("Chile", "Peru"), ("tour",)),
    ]
