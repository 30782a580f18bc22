"""Exports: every format written and read back with that format's own reader, and the ids join.

The dossier is the hand-made Iran–EU one of the report tests, with coded events added (one with two
actors, one whose recipient comes from the track, a statement, an event naming a capital), a repeated
statement (to exercise id suffixes) and text full of characters that break naive CSV and HTML.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from legation.errors import ConfigError, EvaluationError
from legation.evaluate import validate_dossier
from legation.lexicon import data_path
from legation.model import (
    Actor,
    Dossier,
    Event,
    Evidence,
    Round,
    Sourced,
    Statement,
    TimeValue,
    from_dict,
    to_dict,
)
from legation.report.export import (
    FORMATS,
    PLOVER_FIELDS,
    PLOVER_FILE,
    TIMELINE_FILE,
    check_formats,
    export,
    key_statements,
    plover_records,
    prepare_out_dir,
    select_tracks,
    timeline,
)
from legation.report.tables import (
    TABLE_NAMES,
    TABLES,
    arrow_schema,
    dossier_tables,
    evidence_id,
    plover_types,
)

from .dossiers import DOSSIER, HEAD_EU, HEAD_IRAN, ROUND_1, TRACK

ROOT = Path(__file__).resolve().parents[2]

#: The 16 event types of the PLOVER ontology.
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip

AWKWARD = 'He said: "no; never", then <b>left</b> | twice,\nand a comma.'


def _ev(doc: str, index: int, sentence: str) -> Evidence:
    return Evidence(doc, index, 10 * index, 10 * index + len(sentence), sentence)


def rich_dossier() -> Dossier:
    """The report tests' dossier plus events, a repeated statement and awkward text."""
    iran = Actor("Iran", "country", party="Iran")
    eu = Actor("European Union", "organisation", party="European Union")
    events = (
        Event(
            "CONSULT",
            (iran, eu),
            _ev("wire-1", 1, "Iran and the EU held talks in Vienna on Monday."),
            time=TimeValue("on Monday", "DATE", "2031-05-12", 0, 9),
            place="Vienna",
        ),
        Event(
            "PROPOSE",
            (HEAD_IRAN.actor,),
            _ev("post-2", 2, "Farahani proposed a phased release."),
            issue="frozen_assets",
        ),
        Event(
            "STATEMENT", (HEAD_EU.actor,), _ev("herald-3", 3, "Vos said the talks were useful."), mode="said"
        ),
        Event("SIGN", (eu,), _ev("herald-3", 4, AWKWARD), time=TimeValue("June", "DATE", "2031-06", 0, 4)),
    )
    repeated = Statement(HEAD_EU.actor, "added", AWKWARD, False, TRACK.statements[0].evidence)
    track = dataclasses.replace(TRACK, events=events, statements=(*TRACK.statements, repeated))
    return dataclasses.replace(DOSSIER, tracks=(track,))


RICH = rich_dossier()


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    export(RICH, ["all"], folder)
    return folder


def _parquet(out: Path, name: str) -> pd.DataFrame:
    return pq.read_table(out / f"{name}.parquet").to_pandas()


def _split(cells: pd.Series) -> set[str]:
    return {item for cell in cells.dropna() for item in str(cell).split("; ") if item}


# --- json ------------------------------------------------------------------------------------------------


def test_json_validates_against_the_schema_and_reads_back_equal(out: Path) -> None:
    data = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    validate_dossier(data)
    assert data["format"] == "legation-dossier/1"
    assert to_dict(from_dict(Dossier, data)) == to_dict(RICH)


def test_json_schema_is_copied_beside_the_dossier(out: Path) -> None:
    assert (out / "dossier.schema.json").read_bytes() == data_path("dossier.schema.json").read_bytes()


def test_json_refuses_a_dossier_that_breaks_the_schema(tmp_path: Path) -> None:
    bad = dataclasses.replace(
        RICH, tracks=(dataclasses.replace(TRACK, rounds=(dataclasses.replace(ROUND_1, date="May 12"),)),)
    )
    with pytest.raises(EvaluationError, match="date"):
        export(bad, ["json"], tmp_path)


# --- csv and parquet -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_csv_reads_back_with_pandas_with_the_declared_columns(out: Path, name: str) -> None:
    frame = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
    assert list(frame.columns) == [c.name for c in TABLES[name]]
    assert len(frame) == len(dossier_tables(RICH)[name])


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_parquet_reads_back_with_pyarrow_typed_and_equal(out: Path, name: str) -> None:
    table = pq.read_table(out / f"{name}.parquet")
    assert table.schema.equals(arrow_schema(name))
    assert table.to_pylist() == dossier_tables(RICH)[name]


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_keys_are_unique(out: Path, name: str) -> None:
    if name == "citations":
        frame = _parquet(out, name)
        assert not frame.duplicated().any()
        return
    key = TABLES[name][0].name
    frame = _parquet(out, name)
    assert frame[key].notna().all()
    assert frame[key].is_unique


def test_csv_and_parquet_carry_the_same_text(out: Path) -> None:
    from_csv = pd.read_csv(out / "statements.csv", dtype=str, keep_default_na=False)
    from_parquet = _parquet(out, "statements")
    assert list(from_csv["text"]) == list(from_parquet["text"])
    assert AWKWARD in list(from_csv["text"])
    assert list(from_csv["statement_id"]) == list(from_parquet["statement_id"])


FOREIGN_KEYS = [
    ("rounds", "track_id", "tracks", "track_id"),
    ("round_fields", "round_id", "rounds", "round_id"),
    ("heads", "round_id", "rounds", "round_id"),
    ("issues", "track_id", "tracks", "track_id"),
    ("issues", "latest_round_id", "rounds", "round_id"),
    ("issue_status", "round_id", "rounds", "round_id"),
    ("issue_status", "issue_id", "issues", "issue_id"),
    ("statements", "track_id", "tracks", "track_id"),
    ("events", "track_id", "tracks", "track_id"),
    ("conflicts", "round_id", "rounds", "round_id"),
    ("round_fields", "evidence_id", "evidence", "evidence_id"),
    ("heads", "evidence_id", "evidence", "evidence_id"),
    ("statements", "evidence_id", "evidence", "evidence_id"),
    ("events", "evidence_id", "evidence", "evidence_id"),
    ("citations", "evidence_id", "evidence", "evidence_id"),
    ("evidence", "document_id", "documents", "document_id"),
    ("statements", "document_id", "documents", "document_id"),
]


@pytest.mark.parametrize(("table", "column", "target", "key"), FOREIGN_KEYS)
def test_every_reference_joins(out: Path, table: str, column: str, target: str, key: str) -> None:
    referring = _parquet(out, table)[column].dropna()
    assert len(referring), f"{table}.{column} is empty: the join is not exercised"
    assert set(referring) <= set(_parquet(out, target)[key])


@pytest.mark.parametrize("table", ["issue_status", "conflicts"])
def test_listed_evidence_ids_all_exist(out: Path, table: str) -> None:
    listed = _split(_parquet(out, table)["evidence_ids"])
    assert listed
    assert listed <= set(_parquet(out, "evidence")["evidence_id"])


def test_pandas_merge_gives_each_status_its_round_date(out: Path) -> None:
    merged = _parquet(out, "issue_status").merge(_parquet(out, "rounds"), on="round_id", how="left")
    by_issue = dict(zip(merged["issue"] + "@" + merged["date"], merged["status"], strict=True))
    assert by_issue == {
        "frozen_assets@2031-05-12": "discussed",
        "frozen_assets@2031-06-19": "agreed",
        "inspections@2031-05-12": "rejected",
    }


def test_round_fields_keep_every_source_and_mark_the_settled_value(out: Path) -> None:
    fields = _parquet(out, "round_fields")
    duration = fields[fields["field"] == "duration"].set_index("document_id")
    assert duration.loc["wire-1", "value_words"] == "over 6 h"
    assert bool(duration.loc["wire-1", "settled"]) is True
    assert duration.loc["post-2", "value_words"] == "about 5 h"
    assert bool(duration.loc["post-2", "settled"]) is False


def test_a_repeated_key_gets_a_suffix() -> None:
    ids = [r["statement_id"] for r in dossier_tables(RICH)["statements"]]
    base = f"{TRACK.id}/s/{evidence_id(TRACK.statements[0].evidence)}"
    assert ids.count(base) == 1
    assert f"{base}~2" in ids


def test_evidence_id_names_document_sentence_and_span() -> None:
    assert evidence_id(Evidence("doc-9", 4, 120, 180, "x")) == "doc-9#4:120-180"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x00"), max_size=60))
def test_any_statement_text_survives_csv(tmp_path: Path, text: str) -> None:
    statement = Statement(HEAD_EU.actor, "said", text, True, _ev("wire-1", 7, "S."))
    dossier = dataclasses.replace(DOSSIER, tracks=(dataclasses.replace(TRACK, statements=(statement,)),))
    export(dossier, ["csv"], tmp_path)
    with (tmp_path / "statements.csv").open(encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["text"] == text


# --- TimelineJS --------------------------------------------------------------------------------------------


def _check_timelinejs(data: dict[str, Any]) -> None:
    """The parts of the TimelineJS3 JSON format a timeline needs to load."""
    assert isinstance(data["title"]["text"]["headline"], str)
    assert isinstance(data["events"], list)
    for event in data["events"]:
        date = event["start_date"]
        assert set(date) == {"year", "month", "day"}
        assert all(v.isdigit() for v in date.values())
        assert 1 <= int(date["month"]) <= 12 and 1 <= int(date["day"]) <= 31
        assert isinstance(event["text"]["headline"], str) and isinstance(event["text"]["text"], str)
        assert isinstance(event["group"], str) and event["unique_id"]


def test_timelinejs_file_has_the_timeline_structure(out: Path) -> None:
    data = json.loads((out / TIMELINE_FILE).read_text(encoding="utf-8"))
    _check_timelinejs(data)
    assert data == json.loads(json.dumps(timeline(RICH)))


def test_timeline_shows_dated_rounds_in_order_and_leaves_out_undated_ones() -> None:
    events = timeline(RICH)["events"]
    ids = [e["unique_id"] for e in events]
    assert ids.index(ROUND_1.id) < ids.index(f"{TRACK.id}/r/2031-06-19-n2")
    assert f"{TRACK.id}/r/n3" not in ids  # planned, no date
    dates = [
        (int(e["start_date"]["year"]), int(e["start_date"]["month"]), int(e["start_date"]["day"]))
        for e in events
    ]
    assert dates == sorted(dates)


def test_timeline_round_cites_outlet_date_and_sentence() -> None:
    (first,) = [e for e in timeline(RICH)["events"] if e["unique_id"] == ROUND_1.id]
    assert first["start_date"] == {"year": "2031", "month": "5", "day": "12"}
    assert "Palais Coburg, Vienna" in first["text"]["headline"]
    assert "Danube Wire, 2031-05-13" in first["text"]["text"]
    assert "Alpine Post, 2031-05-14" in first["text"]["text"]
    assert "Leila Farahani" in first["text"]["text"]


def test_timeline_statements_are_escaped_and_sourced() -> None:
    statements = [e for e in timeline(RICH)["events"] if "/s/" in e["unique_id"]]
    assert statements
    awkward = next(e for e in statements if "left" in e["text"]["text"])
    assert "&lt;b&gt;left&lt;/b&gt;" in awkward["text"]["text"]
    assert "<b>left" not in awkward["text"]["text"]
    assert all("<cite>" in e["text"]["text"] for e in statements)


def test_key_statements_put_heads_of_delegation_first() -> None:
    chosen = key_statements(RICH.tracks[0], limit=2)
    assert [s.speaker.name for s in chosen] == ["Anneke Vos", "Anneke Vos"]


# --- PLOVER ------------------------------------------------------------------------------------------------


def _plover_lines(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / PLOVER_FILE).read_text(encoding="utf-8").splitlines()]


def test_plover_records_have_exactly_the_field_list_in_order(out: Path) -> None:
    records = _plover_lines(out)
    assert records
    for record in records:
        assert tuple(record) == PLOVER_FIELDS
        assert record["event_type"] in PLOVER_TYPES
        assert isinstance(record["context"], list)
    assert len({r["id"] for r in records}) == len(records)


def test_plover_maps_types_modes_and_leaves_out_statements(out: Path) -> None:
    by_type = {r["legation_type"]: r for r in _plover_lines(out)}
    assert set(by_type) == {"CONSULT", "PROPOSE", "SIGN"}
    assert (by_type["PROPOSE"]["event_type"], by_type["PROPOSE"]["mode"]) == ("REQUEST", "propose")
    assert (by_type["SIGN"]["event_type"], by_type["SIGN"]["mode"]) == ("AGREE", "formal")


def test_plover_actors_recipients_countries_and_place(out: Path) -> None:
    by_type = {r["legation_type"]: r for r in _plover_lines(out)}
    consult = by_type["CONSULT"]
    assert (consult["actor"], consult["actor_country"]) == ("Iran", "IR")
    assert (consult["recipient"], consult["recipient_country"]) == ("European Union", None)
    assert (consult["location"], consult["location_country"]) == ("Vienna", "AT")
    assert consult["event_date"] == "2031-05-12"
    assert consult["story_source"] == "Danube Wire"
    assert consult["event_text"] == "Iran and the EU held talks in Vienna on Monday."
    propose = by_type["PROPOSE"]
    assert (propose["actor"], propose["actor_country"], propose["actor_title"]) == (
        "Leila Farahani",
        "IR",
        "deputy foreign minister",
    )
    assert propose["recipient"] == "European Union"  # the other party of a two-party track
    assert propose["context"] == ["frozen_assets", "sanctions relief"]
    assert propose["event_date"] == "2031-05-14"  # no date in the sentence: the report's date
    assert by_type["SIGN"]["event_date"] == "2031-06-20"  # "June" is not a full date


def test_plover_evidence_ids_join_the_evidence_table(out: Path) -> None:
    evidence = set(_parquet(out, "evidence")["evidence_id"])
    assert {r["evidence_id"] for r in _plover_lines(out)} <= evidence


def test_plover_of_a_dossier_without_events_is_empty() -> None:
    assert plover_records(DOSSIER) == []


# --- options and bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "chosen"),
    [
        (["csv"], ["csv"]),
        (["parquet,csv", "csv"], ["parquet", "csv"]),
        ([" JSON "], ["json"]),
        (["all"], list(FORMATS)),
    ],
)
def test_formats_are_parsed(asked: list[str], chosen: list[str]) -> None:
    assert check_formats(asked) == chosen


def test_unknown_format_lists_the_valid_ones(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        export(RICH, ["csv", "xlsx"], tmp_path / "never")
    message = str(caught.value)
    assert "'xlsx'" in message
    assert all(f in message for f in FORMATS)
    assert not (tmp_path / "never").exists()  # checked before anything is written


def test_out_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("x")
    with pytest.raises(ConfigError, match=r"taken: is a file, not a folder"):
        prepare_out_dir(target)


def test_out_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(ConfigError, match=r"cannot create the folder"):
        prepare_out_dir(tmp_path / "file" / "sub")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_out_that_is_read_only_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ConfigError, match="not writable"):
            prepare_out_dir(folder)
    finally:
        folder.chmod(0o700)


def test_select_tracks_keeps_the_track_and_its_documents() -> None:
    chosen = select_tracks(RICH, [TRACK.id])
    assert [t.id for t in chosen.tracks] == [TRACK.id]
    assert {d.id for d in chosen.documents} == set(TRACK.documents)


def test_select_unknown_track_lists_the_known_ones() -> None:
    with pytest.raises(ConfigError, match=r"no such track \(tracks: eu\+iran\|sanctions\)"):
        select_tracks(RICH, ["nowhere"])


# --- the command -------------------------------------------------------------------------------------------


def _legation(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LEGATION_DB": ""}
    return subprocess.run(
        [sys.executable, "-m", "legation", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_command_unknown_format_exits_2_listing_formats(tmp_path: Path) -> None:
    result = _legation("export", "--format", "xlsx", "--out", str(tmp_path / "o"), cwd=tmp_path)
    assert result.returncode == 2
    assert "error: --format 'xlsx': unknown export format: choose one of json, csv, parquet" in result.stderr


def test_command_without_a_store_says_so_and_creates_none(tmp_path: Path) -> None:
    result = _legation("export", "--format", "csv", "--out", str(tmp_path / "o"), cwd=tmp_path)
    assert result.returncode == 2
    assert "no store at legation.db" in result.stderr.replace("./", "")
    assert not (tmp_path / "legation.db").exists()


def test_command_on_an_empty_store_says_it_is_empty(tmp_path: Path) -> None:
    from legation.store import open_store

    db = tmp_path / "empty.db"
    open_store(f"sqlite:///{db}").close()
    result = _legation(
        "export", "--format", "json", "--out", str(tmp_path / "o"), "--db", str(db), cwd=tmp_path
    )
    assert result.returncode == 2
    assert "is empty" in result.stderr and "legation ingest" in result.stderr


def test_command_into_an_unwritable_out_exits_2(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    result = _legation("export", "--format", "csv", "--out", str(tmp_path / "file" / "sub"), cwd=tmp_path)
    assert result.returncode == 2
    assert "cannot create the folder" in result.stderr


# --- docs ----------------------------------------------------------------------------------------------


def test_docs_name_every_format_table_column_and_plover_field() -> None:
    docs = (ROOT / "docs" / "outputs.md").read_text(encoding="utf-8")
    missing = [f"format {f}" for f in FORMATS if f"`{f}`" not in docs]
    for name, columns in TABLES.items():
        if f"### `{name}`" not in docs:
            missing.append(f"table {name}")
        section = docs.split(f"### `{name}`", 1)[-1].split("###", 1)[0]
        missing += [f"{name}.{c.name}" for c in columns if f"`{c.name}`" not in section]
    plover = docs.split("## PLOVER", 1)[-1].split("\n## ", 1)[0]
    missing += [f"plover {f}" for f in PLOVER_FIELDS if f"`{f}`" not in plover]
    assert not missing


# --- the real pipeline (runs once ingest and the time normaliser are importable) ----------------------------

EXAMPLES = ROOT / "examples"

#: Two hand-written reports in the seed format, of talks unrelated to the examples.
ARTICLES = {
    "courier.txt": " date 2029-03-06 \nQuota talks open in Tromsø\n\n"
    "Norwegian and Icelandic negotiators held talks in Tromsø on Monday on fishing quotas, the Icelandic "
    "Foreign Ministry said. The Norwegian delegation was led by State Secretary Ingrid Dahl. The meeting "
    'lasted about five hours. Norway raised the issue of mackerel quotas. "We are ready to move on the '
    'quota," Dahl told reporters.\n',
    "daily.txt": " date 2029-04-13 \nSecond round in Reykjavik\n\n"
    "The second round of talks between Norway and Iceland was held in Reykjavik on Thursday. The two sides "
    "agreed on mackerel quotas, the Norwegian Foreign Ministry said. Iceland proposed a joint monitoring "
    "scheme.\n",
}


def _pipeline() -> Any:
    try:
        from legation import pipeline
    except ImportError as exc:  # a stage not committed yet
        pytest.skip(f"the pipeline is not importable yet: {exc}")
    return pipeline


def _articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _check_joins(out: Path) -> None:
    for table, column, target, key in FOREIGN_KEYS:
        referring = set(_parquet(out, table)[column].dropna())
        assert referring <= set(_parquet(out, target)[key]), f"{table}.{column} → {target}.{key}"
    for table in TABLES:
        key = TABLES[table][0].name
        if table != "citations":
            assert _parquet(out, table)[key].is_unique, table


@pytest.mark.slow
def test_examples_export_in_every_format(tmp_path: Path) -> None:
    dossier = _pipeline().run([EXAMPLES])
    export(dossier, ["all"], tmp_path)
    validate_dossier(json.loads((tmp_path / "dossier.json").read_text(encoding="utf-8")))
    _check_joins(tmp_path)
    assert len(_parquet(tmp_path, "documents")) == len(dossier.documents) > 0
    _check_timelinejs(json.loads((tmp_path / TIMELINE_FILE).read_text(encoding="utf-8")))
    mapping = plover_types()
    for record in _plover_lines(tmp_path):
        assert tuple(record) == PLOVER_FIELDS
        assert record["event_type"] == mapping[record["legation_type"]][0]


@pytest.mark.slow
def test_command_reads_paths_in_memory(tmp_path: Path) -> None:
    _pipeline()
    from typer.testing import CliRunner

    from legation.cli import app

    folder = _articles(tmp_path / "news")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["export", "-f", "csv,plover", "-o", str(out), str(folder)])
    assert result.exit_code == 0, result.output
    assert "and 2 documents into" in result.output
    documents = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    assert sorted(documents["published"]) == ["2029-03-06", "2029-04-13"]
    _check_joins_csv(out)


def _check_joins_csv(out: Path) -> None:
    evidence = set(pd.read_csv(out / "evidence.csv", dtype=str, keep_default_na=False)["evidence_id"])
    cited = set(pd.read_csv(out / "citations.csv", dtype=str, keep_default_na=False)["evidence_id"])
    assert cited <= evidence


@pytest.mark.slow
def test_command_exports_a_built_store(tmp_path: Path) -> None:
    _pipeline()
    from legation.store import open_store

    db = tmp_path / "news.db"
    with open_store(f"sqlite:///{db}") as store:
        store.ingest([_articles(tmp_path / "news")])
        store.build()
    out = tmp_path / "out"
    result = _legation("export", "--format", "parquet", "--out", str(out), "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(_parquet(out, "documents")) == 2
    _check_joins(out)


def test_plover_ids_are_the_event_ids_of_the_tables() -> None:
    events = {r["event_id"] for r in dossier_tables(RICH)["events"] if r["type"] != "STATEMENT"}
    assert {r["id"] for r in plover_records(RICH)} == events


def test_key_statements_count_a_republished_statement_once() -> None:
    first = TRACK.statements[1]
    again = dataclasses.replace(first, evidence=_ev("herald-3", 9, "Republished."))
    track = dataclasses.replace(TRACK, statements=(first, again))
    assert key_statements(track) == [first]


def test_a_bad_out_is_refused_before_the_store_is_read(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    out = str(tmp_path / "file" / "sub")
    result = _legation("export", "-f", "csv", "-o", out, "--db", str(tmp_path / "missing.db"), cwd=tmp_path)
    assert result.returncode == 2
    assert "cannot create the folder" in result.stderr and "no store" not in result.stderr


def test_a_planned_round_with_no_day_carries_its_period_in_the_exports(tmp_path: Path) -> None:
    week = TimeValue("next week", "DATE", "2031-W25", 0, 9)
    said = _ev("herald-3", 5, "The two sides will meet again next week.")
    vague = Round(
        f"{TRACK.id}/r/2031-w25",
        None,
        None,
        None,
        None,
        None,
        None,
        (),
        (),
        ("herald-3",),
        fields={"period": (Sourced({"value": "2031-W25", "mod": None}, said),)},
        planned=True,
        period=week,
    )
    track = dataclasses.replace(TRACK, rounds=(*TRACK.rounds, vague))
    export(dataclasses.replace(DOSSIER, tracks=(track,)), ["parquet"], tmp_path)
    rounds = _parquet(tmp_path, "rounds").set_index("round_id")
    assert rounds.loc[vague.id, "period"] == "2031-W25"
    assert rounds.loc[vague.id, "period_words"] == "2031-W25 (“next week”)"
    fields = _parquet(tmp_path, "round_fields")
    (row,) = fields[fields["field"] == "period"].itertuples()
    assert (row.value_words, row.settled) == ("2031-W25", True)
