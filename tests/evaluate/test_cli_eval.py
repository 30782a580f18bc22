"""Smoke test of ``legation eval`` (the scoring itself is tested through the library)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from legation.cli import app
from legation.model import to_dict

from .factories import dossier, gold_data, gold_round, gold_track, round_, track


def _files(tmp_path: Path) -> tuple[Path, Path]:
    d = dossier(track((round_("R1", "2024-03-04", 1, city="Lima"), round_("R2", "2024-04-01", 2))))
    dossier_path = tmp_path / "dossier.json"
    dossier_path.write_text(json.dumps(to_dict(d)), encoding="utf-8")
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(
        json.dumps(gold_data(gold_track(rounds=[gold_round(city="Callao")]))), encoding="utf-8"
    )
    return dossier_path, gold_path


def test_eval_prints_a_table_and_explains(tmp_path: Path) -> None:
    dossier_path, gold_path = _files(tmp_path)
    result = CliRunner().invoke(app, ["eval", str(dossier_path), str(gold_path), "--explain"])
    assert result.exit_code == 0, result.output
    assert "rounds" in result.output and "total" in result.output and "statement_date" in result.output
    assert "fp rounds: dossier round R2" in result.output
    assert "fn city:" in result.output


def test_eval_json_prints_exactly_total_and_parts(tmp_path: Path) -> None:
    dossier_path, gold_path = _files(tmp_path)
    result = CliRunner().invoke(app, ["eval", str(dossier_path), str(gold_path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"total", "parts"}
    assert data["parts"]["rounds"] == {
        "precision": 0.5,
        "recall": 1.0,
        "f1": 0.6667,
        "tp": 1,
        "fp": 1,
        "fn": 0,
    }


def test_eval_bad_file_is_a_one_line_error(tmp_path: Path) -> None:
    _, gold_path = _files(tmp_path)
    missing = tmp_path / "missing.json"
    done = subprocess.run(
        [sys.executable, "-m", "legation", "eval", str(missing), str(gold_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == f"error: {missing}: no such dossier: check the path"
