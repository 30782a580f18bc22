"""Reading gold files: the format, defaults, and errors that name the file and the JSON path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from legation.errors import EvaluationError
from legation.evaluate.gold import GoldDuration, load_gold, parse_gold

from .factories import gold_data, gold_round, gold_track


def test_reads_a_gold_file(tmp_path: Path) -> None:
    data = gold_data(
        gold_track(
            rounds=[
                gold_round(
                    city="Lima",
                    duration={"value": "PT3H", "mod": "APPROX"},
                    heads=[{"name": "Rosa Villanueva", "aliases": ["Villanueva"]}],
                    also_accepted={"date": ["2024-03-03"], "duration": [{"value": "PT3H"}]},
                )
            ],
            planned=[{"id": "p1", "ordinal": 2}],
            issues=[{"key": "quotas", "label": "Fishing quotas", "aliases": ["catch limits"]}],
            issue_status=[
                {
                    "round": "g1",
                    "issue": "quotas",
                    "status": "raised",
                    "also_accepted": {"status": ["proposed"]},
                }
            ],
            statements=[{"file": "a.txt", "speaker": "Rosa Villanueva", "date": "2024-03-04"}],
        ),
        timexes=[
            {"file": "a.txt", "text": "on Monday", "value": "2024-03-04", "also_accepted": {"value": ["X"]}}
        ],
    )
    path = tmp_path / "g.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    gold = load_gold(path)
    (track,) = gold.tracks
    assert gold.files == ("a.txt", "b.txt")
    assert track.rounds[0].duration == GoldDuration("PT3H", "APPROX")
    assert track.rounds[0].accepted == {"date": ("2024-03-03",), "duration": (GoldDuration("PT3H"),)}
    assert track.rounds[0].heads[0].names == ("Rosa Villanueva", "Villanueva")
    assert track.planned[0].ordinal == 2
    assert track.issue_status[0].statuses == ("raised", "proposed")
    assert track.issue_status[0].raised_by is None and not track.issue_status[0].optional
    assert track.files == {"a.txt"}
    assert gold.timexes[0].values == ("2024-03-04", "X") and gold.timexes[0].mods == ()


def _break(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """Set the value at a dotted path (list indices as numbers); ``...`` deletes the key."""
    *parents, last = path.split(".")
    node: Any = data
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is ...:
        del node[last]
    else:
        node[last] = value
    return data


@pytest.mark.parametrize(
    "path, value, message",
    [
        ("format", "legation-gold/0", "$.format: 'legation-gold/1' was expected"),
        ("tracks.0.rounds.0.date", "4 March", "$.tracks[0].rounds[0].date"),
        (
            "tracks.0.rounds.0.date",
            "2024-02-30",
            "$.tracks[0].rounds[0].date: '2024-02-30' is not a calendar date",
        ),
        ("tracks.0.rounds.0.venue", ..., "$.tracks[0].rounds[0]: 'venue' is a required property"),
        ("tracks.0.rounds.0.also_acepted", {}, "'also_acepted' was unexpected"),
        ("tracks.0.rounds.0.ordinal", "first", "$.tracks[0].rounds[0].ordinal: 'first' is not of type"),
        (
            "tracks.0.issue_status.0.status",
            "settled",
            "$.tracks[0].issue_status[0].status: 'settled' is not one of",
        ),
        ("tracks.0.issue_status.0.round", "g9", "$.tracks[0].issue_status[0].round: 'g9' is not a round"),
        ("tracks.0.issue_status.0.issue", "tariffs", "'tariffs' is not a key in $.tracks[0].issues"),
        (
            "tracks.0.statements.0.file",
            "c.txt",
            "$.tracks[0].statements[0].file: file 'c.txt' is not in $.documents",
        ),
        ("tracks.0.parties", ["Peru"], "$.tracks[0].parties"),
        ("tracks.0.planned.0.id", "g1", "round id 'g1' is used twice"),
    ],
)
def test_bad_gold_names_the_file_and_the_place(path: str, value: Any, message: str) -> None:
    data = gold_data(
        gold_track(
            rounds=[gold_round()],
            planned=[{"id": "p1", "ordinal": 2}],
            issues=[{"key": "quotas", "label": "Fishing quotas"}],
            issue_status=[{"round": "g1", "issue": "quotas", "status": "raised"}],
            statements=[{"file": "a.txt", "speaker": "Rosa Villanueva"}],
        )
    )
    with pytest.raises(EvaluationError) as raised:
        parse_gold(_break(data, path, value), "my-gold.json")
    assert str(raised.value).startswith("my-gold.json: ")
    assert message in str(raised.value)


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such gold file"),
        ('{"format": "legation-gold/1", "tracks": [}', "gold file is not valid JSON"),
        ("[1, 2]", "not a legation gold file"),
        ('{"format": "legation-dossier/1", "documents": [], "tracks": []}', "'legation-gold/1' was expected"),
    ],
)
def test_unreadable_gold_files(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "gold.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=str(path).replace(".", r"\.")) as raised:
        load_gold(path)
    assert message in str(raised.value)


def test_not_json_error_gives_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text('{\n  "format": "legation-gold/1",\n  "tracks": [,]\n}\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"gold\.json:3:14: gold file is not valid JSON"):
        load_gold(path)


def test_the_shared_seed_gold_file_is_valid() -> None:
    """The project's own gold file must stay readable by the scorer it is meant for."""
    path = Path(__file__).resolve().parents[3] / "shared" / "gold" / "seeds.gold.json"
    if not path.exists():
        pytest.skip(f"needs the seed gold file of ../shared ({path}), absent in a lone clone")
    gold = load_gold(path)
    assert gold.tracks and gold.timexes
