"""Commands over many documents show a progress bar on stderr; ``--quiet`` turns it off."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _legation(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "legation", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_ingest_and_build_show_progress_unless_quiet(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'p.db'}"
    loud = _legation("--db", db, "ingest", str(REPO / "examples"), cwd=tmp_path)
    assert loud.returncode == 0, loud.stderr
    assert "ingesting" in loud.stderr and "2/" in loud.stderr
    quiet = _legation("--db", db, "build", "--quiet", cwd=tmp_path)
    assert quiet.returncode == 0, quiet.stderr
    assert "analysing" not in quiet.stderr
    assert quiet.stdout.startswith("analysed 2")
