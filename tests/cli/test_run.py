"""``legation run``: a folder's dossier; bad documents reported one by one without losing the rest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = (
    " date 2024-05-14\n"
    "Armenian and Azerbaijani delegations met in Almaty on Monday for a third round of peace talks, "
    "the Kazakh Foreign Ministry said.\n"
)


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "legation", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(GOOD, encoding="utf-8")
    (docs / "empty.txt").write_text("", encoding="utf-8")
    (docs / "nodate.txt").write_text("Talks resumed in Vienna.\n", encoding="utf-8")
    (docs / "baddate.txt").write_text(" date 2024-13-45\nTalks resumed.\n", encoding="utf-8")
    (docs / "latin1.txt").write_bytes(" date 2024-05-14\nTalks in Z\xfcrich.\n".encode("latin-1"))
    (docs / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (docs / "big.txt").write_bytes(b" date 2024-05-14\n" + b"a " * (10 * 1024 * 1024 + 10))
    (docs / "feed.jsonl").write_text(
        '{"id": "j1", "published": "2024-05-15", "text": "Armenia and Azerbaijan ended their third round '
        'of talks in Almaty on Monday, the Armenian government said."}\n{not json\n',
        encoding="utf-8",
    )
    return docs


def test_run_reports_every_bad_document_and_keeps_the_good_ones(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "dossier.json"
    result = _run(
        "run", str(folder), "--db", f"sqlite:///{tmp_path / 's.db'}", "--json", str(out), cwd=tmp_path
    )
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    named = {
        name
        for line in errors
        for name in ("empty", "nodate", "baddate", "latin1", "binary", "big")
        if f"{name}.txt" in line
    }
    assert named == {"empty", "nodate", "baddate", "latin1", "binary", "big"}
    assert any("feed.jsonl:2" in line for line in errors)  # a malformed JSONL line, named with its line
    dossier = json.loads(out.read_text(encoding="utf-8"))
    assert len(dossier["documents"]) == 2  # good.txt and the good JSONL line
    assert [t["parties"] for t in dossier["tracks"]] == [["Armenia", "Azerbaijan"]]


def test_run_on_the_examples_prints_the_dossier(tmp_path: Path) -> None:
    repo = Path(__file__).resolve().parents[2]
    result = _run("run", "--memory", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert "Rounds" in result.stdout and "Issues" in result.stdout


def test_unknown_date_option_is_a_one_line_error(tmp_path: Path) -> None:
    result = _run("run", "--memory", str(tmp_path), "--date", "yesterday", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "error: --date: expected YYYY-MM-DD, found 'yesterday'"


def test_a_wire_copy_shows_the_track_of_its_original(tmp_path: Path) -> None:
    from legation.pipeline import run_stored

    db = f"sqlite:///{tmp_path / 's.db'}"
    first = tmp_path / "a.txt"
    first.write_text(GOOD, encoding="utf-8")
    run_stored([first], db)
    copy = tmp_path / "copy.jsonl"
    copy.write_text(
        json.dumps({"id": "wire-copy", "published": "2024-05-14", "text": GOOD.split("\n", 1)[1]}) + "\n",
        encoding="utf-8",
    )
    dossier = run_stored([copy], db)
    assert [t.parties for t in dossier.tracks] == [("Armenia", "Azerbaijan")]


@pytest.mark.parametrize("where", ["missing/folder/d.json", "."])
def test_an_unwritable_json_path_is_refused_before_any_work(tmp_path: Path, where: str) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "s.db"
    result = _run("run", "a.txt", "--db", f"sqlite:///{db}", "--json", where, cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: --json {where}") and "folder" in lines[0]
    assert not db.exists()  # nothing was ingested, let alone analysed


def test_a_file_level_error_is_printed_once_without_an_empty_dossier(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text("no date line here\n", encoding="utf-8")
    result = _run("run", "--memory", "bad.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert "No negotiation track found" not in result.stdout and "Sources" not in result.stdout
    assert result.stdout.count("bad.txt") + result.stderr.count("bad.txt") == 1
    assert result.stderr.startswith("error: bad.txt:1: expected ' date YYYY-MM-DD '")


def test_plain_text_dated_by_its_file_name_runs_and_undated_text_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "gazette_2031-03-06_talks.txt").write_text(
        "Harbour talks.\n\nThe foreign ministers of Ruritania and Freedonia met in Tromsø on Tuesday.\n",
        encoding="utf-8",
    )
    (tmp_path / "undated.txt").write_text("The ministers met again.\n", encoding="utf-8")
    result = _run("run", "--memory", "-q", "gazette_2031-03-06_talks.txt", "undated.txt", cwd=tmp_path)
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "error: undated.txt:1: expected ' date YYYY-MM-DD ' on the first line or a date (YYYY-MM-DD) "
        "in the file name, found 'The ministers met again.'; give --date for plain text"
    ]


def test_max_bytes_sets_the_size_limit_and_the_message_names_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = _run("run", "--memory", "--max-bytes", "100", "a.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert "a.txt: " in result.stderr and "over the size limit" in result.stderr
    assert "--max-bytes" in result.stderr


def test_boolean_options_are_flags(tmp_path: Path) -> None:
    helped = _run("run", "--help", cwd=tmp_path)
    assert "<bool>" not in helped.stdout and "--memory " in helped.stdout
    result = _run("run", "--memory", "true", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("error: true: no such file or directory; flags such as --memory")


TIMEML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>X</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2024-05-14" functionInDocument="CREATION_TIME">May 14</TIMEX3>'
    "</DCT>\n<TEXT>\nArmenian and Azerbaijani delegations met in Almaty on Monday for a third round of peace "
    "talks.\n</TEXT>\n</TimeML>\n"
)


def test_bad_timeml_files_are_one_error_line_each_and_the_good_one_is_read(tmp_path: Path) -> None:
    docs = tmp_path / "tml"
    docs.mkdir()
    (docs / "good.tml").write_text(TIMEML, encoding="utf-8")
    (docs / "broken.tml").write_text(TIMEML.replace("</TEXT>", ""), encoding="utf-8")
    no_dct = TIMEML.replace("<DCT>", "<X>").replace("</DCT>", "</X>")
    (docs / "nodct.tml").write_text(no_dct, encoding="utf-8")
    out = tmp_path / "d.json"
    result = _run("run", "--memory", str(docs), "--json", str(out), cwd=tmp_path)
    assert result.returncode == 1
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("error: "))
    assert len(errors) == 2
    assert "broken.tml" in errors[0] and "not well-formed XML" in errors[0]
    assert "nodct.tml" in errors[1] and "publication date is missing" in errors[1]
    assert len(json.loads(out.read_text())["documents"]) == 1
