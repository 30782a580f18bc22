"""The dossier JSON Schema: generated from the model, shipped without drift, and enforced on load."""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from legation.errors import EvaluationError
from legation.evaluate.schema import SCHEMA_FILE, dossier_schema, load_dossier, validate_dossier
from legation.lexicon import data_path
from legation.model import (
    Conflict,
    DocumentError,
    Dossier,
    Event,
    Issue,
    IssueStatus,
    Sourced,
    TimeValue,
    Track,
    from_dict,
    to_dict,
)

from .factories import DOCUMENTS, duration, ev, head, round_, statement, timex


def full_dossier() -> Dossier:
    """A dossier that uses every record type, built by hand."""
    r1 = round_("R1", city="Lima", venue="Palacio de Torre Tagle", length=duration("PT3H", "APPROX"))
    r1 = type(r1)(
        *[getattr(r1, f) for f in ("id", "ordinal", "date", "city", "venue", "duration", "format")],
        heads=(head("Rosa Villanueva"),),
        parties=r1.parties,
        sources=("d1", "d2"),
        fields={"city": (Sourced("Lima", ev("d1")), Sourced("Callao", ev("d2")))},
    )
    # a planned round dated only by the month it was announced for
    announced = dataclasses.replace(
        round_("R3", None, None, planned=True),
        period=TimeValue("in June", "DATE", "2024-06", 0, 7),
        fields={"period": (Sourced({"value": "2024-06", "mod": None}, ev("d2")),)},
    )
    track = Track(
        "T1",
        "Japan–Peru fisheries talks",
        ("Japan", "Peru"),
        "fisheries",
        ("d1", "d2"),
        rounds=(r1, round_("R2", None, 2, planned=True), announced),
        issues=(Issue("quotas", "Fishing quotas", ("catch limits",)),),
        issue_status=(IssueStatus("R1", "quotas", "discussed", (ev(),), raised_by="Peru"),),
        statements=(statement("Rosa Villanueva", date="2024-03-04", party="Peru"),),
        events=(Event("CONSULT", (head("Kenji Mori", "Japan").actor,), ev(), place="Lima"),),
        conflicts=(Conflict("R1", "city", (Sourced("Lima", ev("d1")), Sourced("Callao", ev("d2")))),),
    )
    return Dossier(
        DOCUMENTS,
        (track,),
        (timex("between 2019 and 2021", "P2Y", begin="2019", finish="2021", type="DURATION"),),
        skipped={"d3": "language 'es' is not English"},
        errors=(DocumentError("c.txt", "expected ' date YYYY-MM-DD ' on the first line", 1),),
    )


def test_shipped_schema_is_the_generated_one() -> None:
    shipped = json.loads(data_path(SCHEMA_FILE).read_text(encoding="utf-8"))
    assert shipped == dossier_schema(), (
        "src/legation/data/dossier.schema.json is stale: run "
        "`python -m legation.evaluate.schema > src/legation/data/dossier.schema.json`"
    )


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(dossier_schema())


def test_schema_covers_every_record_field() -> None:
    defs = dossier_schema()["$defs"]
    assert defs["Round"]["required"] == [
        *("id", "ordinal", "date", "city", "venue", "duration", "format"),
        *("heads", "parties", "sources", "fields", "planned", "end", "fate", "period"),
    ]
    assert "text" not in defs["Document"]["properties"]  # the dossier does not repeat article texts
    assert defs["IssueStatus"]["properties"]["status"]["enum"][0] == "raised"


def test_hand_built_dossier_validates_and_round_trips(tmp_path: Path) -> None:
    built = full_dossier()
    data = to_dict(built)
    validate_dossier(data)
    path = tmp_path / "dossier.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_dossier(path)
    assert to_dict(loaded) == data
    assert loaded == from_dict(Dossier, data)


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    data = copy.deepcopy(data)
    node = data
    for part in path[:-1]:
        node = node[part]
    if value is ...:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


@pytest.mark.parametrize(
    "path, value, message",
    [
        (("format",), "legation-dossier/2", "$.format: 'legation-dossier/1' was expected"),
        (
            ("tracks", 0, "rounds", 0, "date"),
            "March 4",
            "$.tracks[0].rounds[0].date: 'March 4' does not match",
        ),
        (("tracks", 0, "rounds", 0, "ordinal"), "1", "$.tracks[0].rounds[0].ordinal: '1' is not of type"),
        (
            ("tracks", 0, "issue_status", 0, "status"),
            "settled",
            "$.tracks[0].issue_status[0].status: 'settled'",
        ),
        (
            ("tracks", 0, "statements", 0, "speaker", "kind"),
            "robot",
            "$.tracks[0].statements[0].speaker.kind",
        ),
        (("documents", 0, "published"), None, "$.documents[0].published: None is not of type 'string'"),
        (("timexes", 0, "time", "value"), ..., "$.timexes[0].time: 'value' is a required property"),
        (("tracks", 0, "colour"), "red", "$.tracks[0]: Additional properties are not allowed ('colour'"),
        (("tracks", 0, "rounds", 0, "duration"), {"value": "PT3H"}, "$.tracks[0].rounds[0].duration"),
    ],
)
def test_invalid_dossier_reports_json_path(path: tuple[Any, ...], value: Any, message: str) -> None:
    data = _set(to_dict(full_dossier()), path, value)
    with pytest.raises(EvaluationError) as raised:
        validate_dossier(data, "out.json")
    text = str(raised.value)
    assert text.startswith("out.json: not a legation dossier (write it with `legation run --json FILE`)")
    assert message in text


def test_many_problems_are_listed_then_counted() -> None:
    data = to_dict(full_dossier())
    data["documents"] = [{"id": i} for i in range(10)]
    with pytest.raises(EvaluationError, match=r"\.\.\. and \d+ more"):
        validate_dossier(data)


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such dossier: check the path"),
        ("", "dossier is not valid JSON"),
        ('{"format": "legation-gold/1", "tracks": []}', "not a legation dossier"),
        (b"\xff\xfe{}", "not UTF-8 text"),
    ],
)
def test_unreadable_dossiers(tmp_path: Path, content: str | bytes | None, message: str) -> None:
    path = tmp_path / "d.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError) as raised:
        load_dossier(path)
    assert str(raised.value).startswith(str(path))
    assert message in str(raised.value)


def test_directory_is_not_a_dossier(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="is a directory"):
        load_dossier(tmp_path)
