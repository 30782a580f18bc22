"""The `legation time` and `legation eval-time` commands, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

TML_ONE = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-06-15" functionInDocument="CREATION_TIME">June 15</TIMEX3></DCT>
<TEXT>
Envoys met <TIMEX3 tid="t1" type="DATE" value="2024-06-13">Thursday</TIMEX3> for
<TIMEX3 tid="t2" type="DURATION" value="PT6H" mod="MORE_THAN">over six hours</TIMEX3>.
</TEXT>
</TimeML>
"""


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "legation", *args], capture_output=True, text=True, check=False
    )


def test_time_prints_one_line_per_expression() -> None:
    out = _run("time", "Envoys met on Thursday for over six hours.", "--anchor", "2024-06-15")
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        "Thursday\tDATE\t2024-06-13\t",
        "over six hours\tDURATION\tPT6H\tMORE_THAN",
    ]


def test_time_json() -> None:
    out = _run("time", "They met yesterday.", "--anchor", "2024-06-15", "--json")
    assert out.returncode == 0, out.stderr
    (item,) = json.loads(out.stdout)
    assert (item["text"], item["type"], item["value"], item["start"], item["end"]) == (
        "yesterday",
        "DATE",
        "2024-06-14",
        9,
        18,
    )


def test_time_bad_anchor_is_a_clear_error() -> None:
    out = _run("time", "They met yesterday.", "--anchor", "15.06.2024")
    assert out.returncode == 2
    assert "error: anchor date '15.06.2024' is not a calendar date" in out.stderr
    missing = _run("time", "They met yesterday.")
    assert missing.returncode == 2 and "no anchor date" in missing.stderr


def test_eval_time_json(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.tml").write_text(TML_ONE, encoding="utf-8")
    out = _run("eval-time", str(tmp_path), "--json")
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)
    assert set(figures) == {
        "strict_f1",
        "relaxed_f1",
        "type_accuracy",
        "value_accuracy",
        "value_f1",
        "documents",
        "timexes",
    }
    assert figures["documents"] == 1 and figures["timexes"] == 2
    assert figures["strict_f1"] == 1.0 and figures["value_f1"] == 1.0


def test_eval_time_empty_folder(tmp_path: Path) -> None:
    out = _run("eval-time", str(tmp_path))
    assert out.returncode == 2 and "no .tml files" in out.stderr


def test_eval_time_lists_errors(tmp_path: Path) -> None:
    wrong = TML_ONE.replace('value="2024-06-13">Thursday', 'value="2024-06-20">Thursday').replace(
        "Envoys met", 'Envoys met <TIMEX3 tid="t3" type="DATE" value="PRESENT_REF">now</TIMEX3> and'
    )
    (tmp_path / "a.tml").write_text(wrong, encoding="utf-8")
    out = _run("eval-time", str(tmp_path), "--json", "--errors")
    assert out.returncode == 0, out.stderr
    figures, *errors = out.stdout.splitlines()
    assert json.loads(figures)["timexes"] == 3
    rows = [line.split("\t") for line in errors]
    assert all(len(r) == 4 and r[1].endswith("a.tml") for r in rows)
    assert [r[0] for r in rows if "Thursday" in r[2]] == ["VALUE"]
    assert any('DATE 2024-06-20 "Thursday"' in r[2] and 'DATE 2024-06-13 "Thursday"' in r[3] for r in rows)
