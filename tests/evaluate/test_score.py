"""Track matching, the total, and the JSON form of a score."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from legation.evaluate import PARTS, PRF, Evaluation, evaluate_files, score
from legation.evaluate.score import basename, file_index, match_tracks
from legation.model import Document, Dossier, to_dict

from .factories import DOCUMENTS, counts, dossier, gold, gold_data, gold_round, gold_track, round_, track


def test_basename_of_any_path() -> None:
    assert basename("/data/news/a.txt") == "a.txt"
    assert basename(r"C:\news\a.txt") == "a.txt"
    assert basename("a.txt") == "a.txt"


def test_documents_map_to_file_names_by_path_or_id() -> None:
    d = Dossier((*DOCUMENTS, Document("c.txt", "", DOCUMENTS[0].published)), ())
    file_of = file_index(d)
    assert [file_of(i) for i in ("d1", "d2", "c.txt", "unknown")] == ["a.txt", "b.txt", "c.txt", "unknown"]


def test_tracks_match_by_party_set_then_shared_files() -> None:
    g = gold(gold_track(rounds=[gold_round(sources=["b.txt"])]))
    elsewhere = track(tid="T-a", documents=("d1",))
    here = track(tid="T-b", parties=("peru", "JAPAN"), documents=("d2",))
    other = track(tid="T-c", parties=("Japan", "Chile"))
    pairs = match_tracks(g.tracks, (elsewhere, here, other), file_index(dossier()))
    assert [(gt.id if gt else None, t.id if t else None) for gt, t in pairs] == [
        ("fish", "T-b"),
        (None, "T-a"),
        (None, "T-c"),
    ]


def test_unmatched_tracks_count_fully_on_their_side() -> None:
    spurious = track((round_("R7", "2024-01-01", 1),), tid="T-x", parties=("Chile", "Japan"))
    g = gold(gold_track(rounds=[gold_round()], planned=[{"id": "p2", "ordinal": 2}]))
    e = score(dossier(spurious), g)
    assert counts(e, "rounds") == (0, 1, 1)
    assert counts(e, "planned") == (0, 0, 1)


def test_total_is_the_micro_average_of_all_parts() -> None:
    d = dossier(track((round_("R1", "2024-03-04", 1, city="Lima"), round_("R2", "2024-04-04", 2))))
    g = gold(gold_track(rounds=[gold_round("g1", city="Callao")]))
    e = score(d, g)
    assert e.total == sum(e.parts.values(), PRF())
    # rounds 1/1/0, ordinal 1/0/0, date 1/0/0, city 0/1/1
    assert (e.total.tp, e.total.fp, e.total.fn) == (3, 2, 1)
    assert e.total.precision == pytest.approx(3 / 5)
    assert e.total.recall == pytest.approx(3 / 4)


def test_json_form_has_every_part_and_exact_keys() -> None:
    e = Evaluation({part: PRF(1, 1, 0) for part in PARTS})
    data = e.to_json()
    assert list(data) == ["total", "parts"]
    assert data["total"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert list(data["parts"]) == list(PARTS)
    assert data["parts"]["rounds"] == {
        "precision": 0.5,
        "recall": 1.0,
        "f1": 0.6667,
        "tp": 1,
        "fp": 1,
        "fn": 0,
    }


def test_a_perfect_dossier_scores_one(tmp_path: Path) -> None:
    d = dossier(track((round_("R1", "2024-03-04", 1, city="Lima"),)))
    dossier_path = tmp_path / "dossier.json"
    dossier_path.write_text(json.dumps(to_dict(d)), encoding="utf-8")
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(
        json.dumps(gold_data(gold_track(rounds=[gold_round(city="Lima")]))), encoding="utf-8"
    )
    e = evaluate_files(dossier_path, gold_path)
    assert e.total == PRF(4, 0, 0)
    assert e.total.f1 == 1.0
    assert {f.outcome for f in e.findings} == {"tp"}
