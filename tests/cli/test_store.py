"""``stats``, ``search``, ``export``: commands that only read a store never create one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def _legation(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "legation", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    "command", [["stats"], ["search", "talks"], ["export", "-f", "json", "-o", "out"], ["stats", "--json"]]
)
def test_a_reading_command_on_a_missing_store_says_so_and_creates_nothing(
    tmp_path: Path, command: list[str]
) -> None:
    result = _legation("--db", "new.db", *command, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "new.db" in result.stderr
    assert "does not exist" in result.stderr or "no store at new.db" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_mistyped_url_is_not_taken_for_a_file_name(tmp_path: Path) -> None:
    result = _legation("--db", "::::", "run", "--quiet", "x.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("error: ::::: neither a database URL nor a plain file name")
    assert list(tmp_path.iterdir()) == []


def test_stats_labels_read_as_words(tmp_path: Path) -> None:
    assert _legation("--db", "s.db", "ingest", "--quiet", ".", cwd=tmp_path).returncode == 1  # no files
    result = _legation("--db", "s.db", "stats", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "tracks to re-fuse" in result.stdout and "refuse" not in result.stdout.replace("re-fuse", "")
