"""Ingest: idempotent by content, updates, near-duplicates, other languages, unreadable documents."""

from __future__ import annotations

from pathlib import Path

from legation.errors import BadRecord
from legation.store import open_store

from .helpers import make_document

STORY = (
    "Negotiators from Norway and Iceland ended a fourth round of talks on mackerel quotas in Reykjavik on "
    "Wednesday without a deal. The Norwegian fisheries minister said both sides had narrowed their "
    "differences on the share of the northern stock, and that a fifth round would be held in Bergen next "
    "month. Iceland's delegation said it wanted a larger share because the fish had moved north."
)
OTHER = (
    "Kenya and Tanzania agreed in Arusha on Monday to reopen two border crossings closed since the dispute "
    "over cargo inspections began. Trade ministers from both countries said customs officers would share one "
    "inspection post."
)


def test_ingesting_twice_changes_nothing(store_url: str) -> None:
    docs = [make_document("n1", STORY, 3), make_document("k1", OTHER, 4)]
    with open_store(store_url) as store:
        first = store.ingest(docs)
        before = store.stats()
        second = store.ingest(docs)
        assert (first.added, first.unchanged) == (2, 0)
        assert (second.added, second.unchanged, second.updated) == (0, 2, 0)
        assert store.stats() == before
        assert before["documents"] == before["pending"] == 2


def test_same_text_under_another_id_is_unchanged(store_url: str) -> None:
    with open_store(store_url) as store:
        store.ingest([make_document("n1", STORY, 3)])
        report = store.ingest([make_document("copy-under-new-id", STORY, 3)])
        assert (report.added, report.unchanged) == (0, 1)
        assert report.ids == {"copy-under-new-id": "n1"}
        assert store.stats()["documents"] == 1


def test_new_text_for_a_stored_id_is_an_update(store_url: str) -> None:
    with open_store(store_url) as store:
        store.ingest([make_document("n1", STORY, 3)])
        report = store.ingest([make_document("n1", OTHER, 3)])
        assert report.updated == 1
        record = store.document("n1")
        assert record is not None and record.document.text == OTHER and record.state == "pending"
        assert [hit.document_id for hit in store.search("mackerel")] == []
        assert [hit.document_id for hit in store.search("crossings")] == ["n1"]


def test_near_duplicate_is_linked_to_its_original(store_url: str) -> None:
    copy = STORY.replace("Wednesday", "Wednesday evening")
    with open_store(store_url) as store:
        store.ingest([make_document("n1", STORY, 3, source="Northern Wire")])
        report = store.ingest(
            [make_document("n2", copy, 3, source="Harbour Gazette"), make_document("k1", OTHER, 3)]
        )
        assert (report.added, report.duplicates) == (2, 1)
        original = store.document("n1")
        duplicate = store.document("n2")
        assert original is not None and duplicate is not None
        assert duplicate.state == "duplicate" and duplicate.duplicate_of == "n1"
        assert [(c.id, c.source) for c in original.copies] == [("n2", "Harbour Gazette")]
        stats = store.stats()
        assert (stats["documents"], stats["duplicates"], stats["pending"]) == (3, 1, 2)


def test_copies_within_one_batch_point_at_the_first(store_url: str) -> None:
    docs = [make_document(f"n{i}", STORY + " " * i + ("." * i), 3) for i in range(3)]
    with open_store(store_url) as store:
        report = store.ingest(docs)
        assert report.duplicates == 2
        assert {d.duplicate_of for d in store.documents(state="duplicate")} == {"n0"}


def test_other_languages_are_stored_and_skipped(store_url: str) -> None:
    text = "Les délégations se sont réunies à Genève mardi pour discuter des quotas de pêche."
    with open_store(store_url) as store:
        report = store.ingest([make_document("fr1", text, 2, language="fr")])
        assert (report.added, report.skipped) == (1, 1)
        record = store.document("fr1")
        assert (
            record is not None
            and record.state == "skipped"
            and "'fr' is not English" in (record.skipped or "")
        )
        assert store.dossier().skipped == {"fr1": "language 'fr' is not English"}


def test_unreadable_documents_are_reported_every_time_and_stored_once(store_url: str) -> None:
    bad = BadRecord("feeds/bulletin.jsonl", "field 'date' is missing", 7)
    with open_store(store_url) as store:
        for _ in range(2):
            report = store.ingest([bad, make_document("k1", OTHER, 4)])
            assert report.errors == ["feeds/bulletin.jsonl:7: field 'date' is missing"]
        assert store.stats()["errors"] == 1
        assert [(e.source, e.line) for e in store.errors()] == [("feeds/bulletin.jsonl", 7)]


def test_ingest_from_files_is_idempotent(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(
        f" date 2031-03-03 Mackerel talks end without deal\n\n{STORY}\n", encoding="utf-8"
    )
    (folder / "b.txt").write_text(
        f" date 2031-03-04 Border crossings to reopen\n\n{OTHER}\n", encoding="utf-8"
    )
    with open_store(store_url) as store:
        assert store.ingest([folder]).added == 2
        assert store.ingest([folder]).unchanged == 2
        assert store.stats()["documents"] == 2
