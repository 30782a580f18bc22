"""The Python API: ``legation.open`` on a dossier file, a Dossier and a store; tables as data frames."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import polars as pl
import pytest

import legation
from legation.api import Record, TrackView, sqlite_file, store_dossier
from legation.errors import ConfigError, EvaluationError
from legation.model import (
    Actor,
    Conflict,
    Document,
    Dossier,
    Event,
    Evidence,
    Issue,
    IssueStatus,
    Round,
    Sourced,
    Statement,
    Track,
    to_dict,
)
from legation.report.tables import TABLE_NAMES, TABLES

TRACK_ID = "iceland+norway|fishing quotas"


def _ev(doc: str, index: int) -> Evidence:
    sentence = f"Sentence {index} of {doc}."
    return Evidence(doc, index, 40 * index, 40 * index + len(sentence), sentence)


def _round(
    n: int,
    date: str | None,
    city: str,
    *,
    planned: bool = False,
    fields: dict[str, tuple[Sourced, ...]] | None = None,
) -> Round:
    return Round(
        id=f"{TRACK_ID}/r/{date or 'undated'}-n{n}",
        ordinal=n,
        date=date,
        city=city,
        venue=None,
        duration=None,
        format=None,
        heads=(),
        parties=("Iceland", "Norway"),
        sources=("c1",),
        fields=fields or {},
        planned=planned,
    )


CITY_VALUES = (Sourced("Tromsø", _ev("c1", 1)), Sourced("Bodø", _ev("c2", 1)))
ROUND_1 = _round(1, "2029-03-05", "Tromsø", fields={"city": CITY_VALUES})
ROUND_2 = _round(2, "2029-04-12", "Reykjavik")
ROUND_3 = _round(3, None, "Oslo", planned=True)
NORWAY = Actor("Norway", "country", party="Norway")
TRACK = Track(
    id=TRACK_ID,
    name="Iceland – Norway: fishing quotas",
    parties=("Iceland", "Norway"),
    subject="fishing quotas",
    documents=("c1", "c2"),
    rounds=(ROUND_3, ROUND_2, ROUND_1),
    issues=(Issue("mackerel", "Mackerel quota"), Issue("herring", "Herring quota")),
    issue_status=(
        IssueStatus(ROUND_2.id, "mackerel", "agreed", (_ev("c2", 3),)),
        IssueStatus(ROUND_1.id, "mackerel", "discussed", (_ev("c1", 2),), raised_by="Norway"),
        IssueStatus(ROUND_1.id, "herring", "rejected", (_ev("c1", 3), _ev("c2", 2))),
    ),
    statements=(
        Statement(
            Actor("Ingrid Dahl", "person", "state secretary", "Norway"),
            "said",
            "We can move.",
            True,
            _ev("c1", 4),
        ),
        Statement(
            Actor("Gunnar Olafsson", "person", "minister", "Iceland"), "told", "not yet", False, _ev("c2", 4)
        ),
    ),
    events=(Event("CONSULT", (NORWAY,), _ev("c1", 0), place="Tromsø"),),
    conflicts=(Conflict(ROUND_1.id, "city", CITY_VALUES),),
)
DOSSIER = Dossier(
    documents=(
        Document("c1", "", dt.date(2029, 3, 6), source="Fjord Courier", title="Quota talks open"),
        Document("c2", "", dt.date(2029, 4, 13), source="Saga Daily", title="Mackerel deal"),
    ),
    tracks=(TRACK,),
)


@pytest.fixture(scope="module")
def dossier_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "dossier.json"
    path.write_text(json.dumps(to_dict(DOSSIER)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def rec(dossier_file: Path) -> Record:
    return legation.open(dossier_file)


def test_open_is_exported_lazily() -> None:
    code = (
        "import sys, legation; a = 'legation.api' in sys.modules; legation.open; "
        "print(a, 'legation.api' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "True"]
    assert legation.open is legation.api.open
    with pytest.raises(AttributeError, match="no attribute 'shut'"):
        legation.shut  # noqa: B018


def test_tracks_expose_rounds_in_timeline_order(rec: Record) -> None:
    (track,) = rec.tracks
    assert isinstance(track, TrackView)
    assert (track.id, track.name, track.parties) == (TRACK.id, TRACK.name, TRACK.parties)
    assert [r.id for r in track.rounds][:2] == [ROUND_1.id, ROUND_2.id]
    assert track.rounds[-1].planned
    assert len(track.issues) == 2 and len(track.issue_status) == 3
    assert len(track.statements) == 2 and len(track.events) == 1 and len(track.conflicts) == 1
    assert track.latest_status() == {"mackerel": "agreed", "herring": "rejected"}


def test_the_opened_record_equals_the_dossier_written(rec: Record) -> None:
    assert to_dict(rec.dossier) == to_dict(DOSSIER)


def test_track_by_id_and_unknown_id(rec: Record) -> None:
    assert rec.track(TRACK.id).subject == "fishing quotas"
    with pytest.raises(
        ConfigError, match=r"no track 'elsewhere' \(tracks: iceland\+norway\|fishing quotas\)"
    ):
        rec.track("elsewhere")


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_every_table_as_pandas_and_polars(rec: Record, name: str) -> None:
    frame = rec.to_pandas(name)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == [c.name for c in TABLES[name]]
    polars_frame = rec.to_polars(name)
    assert isinstance(polars_frame, pl.DataFrame)
    assert polars_frame.columns == list(frame.columns)
    assert polars_frame.height == len(frame) == len(rec.rows(name))


def test_pandas_keeps_missing_integers_missing(rec: Record) -> None:
    rounds = rec.to_pandas("rounds")
    assert str(rounds["ordinal"].dtype) == "Int64"
    assert str(rounds["planned"].dtype) == "boolean"
    assert rounds["ordinal"].tolist() == [1, 2, 3]
    assert rounds["duration"].isna().all()
    assert rounds.set_index("round_id").loc[ROUND_1.id, "n_conflicts"] == 1


def test_polars_filters_and_joins(rec: Record) -> None:
    status = rec.to_polars("issue_status").join(rec.to_polars("rounds"), on="round_id")
    agreed = status.filter(pl.col("status") == "agreed")
    assert agreed.select("issue", "date").rows() == [("mackerel", "2029-04-12")]


def test_unknown_table_lists_the_tables(rec: Record) -> None:
    with pytest.raises(ConfigError) as caught:
        rec.to_pandas("meetings")
    assert "'meetings'" in str(caught.value) and all(n in str(caught.value) for n in TABLE_NAMES)


def test_record_from_a_dossier_in_hand_exports(tmp_path: Path) -> None:
    rec = legation.open(DOSSIER)
    written = rec.export(["csv"], tmp_path)
    assert {p.name for p in written} == {f"{n}.csv" for n in TABLE_NAMES}
    assert "2 tracks" not in repr(rec) and "1 tracks" in repr(rec)


def test_a_bad_dossier_file_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "legation-dossier/1", "tracks": "none"}), encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"bad\.json"):
        legation.open(bad)


def test_a_missing_store_file_is_reported_and_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    with pytest.raises(ConfigError, match=r"no store at .*nowhere\.db: create it with `legation ingest"):
        legation.open(missing)
    assert not missing.exists()


def test_an_empty_store_is_reported(tmp_path: Path) -> None:
    from legation.store import open_store

    db = tmp_path / "empty.db"
    open_store(f"sqlite:///{db}").close()
    with pytest.raises(ConfigError, match="is empty"):
        legation.open(f"sqlite:///{db}")
    with pytest.raises(ConfigError, match="is empty"):
        store_dossier(str(db))


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("sqlite:///./legation.db", "legation.db"),
        ("sqlite:////var/data/x.db?timeout=5", "/var/data/x.db"),
        ("sqlite:///:memory:", None),
        ("postgresql+psycopg://user@host/db", None),
    ],
)
def test_sqlite_file(url: str, path: str | None) -> None:
    found = sqlite_file(url)
    assert (str(found) if found is not None else None) == path


def test_an_unknown_track_in_a_store_lists_the_known_ones(tmp_path: Path) -> None:
    from legation.store import open_store

    db = tmp_path / "empty.db"
    open_store(f"sqlite:///{db}").close()
    with pytest.raises(ConfigError, match=r"--track elsewhere: not in .*empty\.db \(tracks: none\)"):
        store_dossier(str(db), ["elsewhere"])


@pytest.mark.slow
def test_open_a_built_store(tmp_path: Path) -> None:
    try:
        import legation.pipeline
    except ImportError as exc:  # a stage not committed yet
        pytest.skip(f"the pipeline is not importable yet: {exc}")
    from legation.store import open_store

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        " date 2029-03-06 \nQuota talks\n\nNorwegian and Icelandic negotiators held talks in Tromsø "
        "on Monday on fishing quotas, the Icelandic Foreign Ministry said. Norway raised the issue of "
        "mackerel quotas.\n",
        encoding="utf-8",
    )
    db = tmp_path / "news.db"
    with open_store(f"sqlite:///{db}") as store:
        store.ingest([folder])
        store.build()
    rec = legation.open(db)
    assert [d.published for d in rec.documents] == [dt.date(2029, 3, 6)]
    assert len(rec.to_pandas("documents")) == 1
    assert all(isinstance(t, TrackView) for t in rec.tracks)
