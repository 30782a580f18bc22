"""``legation build --engine dask``: options refused up front, and a build on a local cluster."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from legation.cli import app
from legation.errors import ConfigError
from legation.scale import build, start_client
from legation.store import open_store


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"engine": "spark"}, "--engine must be one of local, dask"),
        ({"engine": "local", "workers": 2}, "add --engine dask"),
        ({"engine": "local", "scheduler": "tcp://127.0.0.1:8786"}, "add --engine dask"),
        ({"engine": "dask", "workers": 2, "scheduler": "tcp://127.0.0.1:8786"}, "not both"),
        ({"engine": "dask", "workers": 0}, "at least 1"),
    ],
)
def test_bad_options(tmp_path: Path, options: dict[str, Any], message: str) -> None:
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store, pytest.raises(ConfigError, match=message):
        build(store, **options)


def test_cli_refuses_dask_options_without_the_engine(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["build", "--db", str(tmp_path / "s.db"), "--workers", "2"])
    assert isinstance(result.exception, ConfigError)
    assert "--engine dask" in str(result.exception)


def test_unreachable_scheduler() -> None:
    with pytest.raises(ConfigError, match=r"cannot reach the Dask scheduler at 'tcp://127.0.0.1:9'"):
        start_client("tcp://127.0.0.1:9", timeout=1)


@pytest.mark.parametrize("content", ['{"address": "tcp://127.0.0.1:9"}', "not a scheduler file", "{}"])
def test_bad_scheduler_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "scheduler.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"check the scheduler file"):
        start_client(str(path), timeout=1)


@pytest.mark.slow
def test_cli_build_on_a_local_cluster(tmp_path: Path) -> None:
    from scale.corpus import write_corpus

    corpus = write_corpus(tmp_path / "news", 6)
    db = f"sqlite:///{tmp_path / 's.db'}"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(corpus), "--db", db]).exit_code == 1  # the malformed record
    result = runner.invoke(app, ["build", "--db", db, "--engine", "dask", "--workers", "1", "--json"])
    assert result.exit_code == 0, result.output
    assert '"analysed": 5' in result.output  # 6 records, one of them in Spanish (skipped)
    with open_store(db) as store:
        assert store.stats()["pending"] == 0 and store.stats()["tracks"] >= 1
