"""Crash safety: ``legation ingest`` / ``build`` killed with SIGKILL at many points, then simply rerun,
end with exactly the documents, facts and tracks of an uninterrupted run.

The kill points come from the test-only hook ``LEGATION_TEST_KILL_AFTER=<stage>:<n>`` (see
``legation/store/killpoint.py``): ``ingest``/``analyse``/``fuse`` kill inside an open transaction,
``commit`` right after one. Another test kills ``build`` after a random delay from outside.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from legation.model import to_dict
from legation.store import open_store

pytestmark = pytest.mark.slow

TOPICS = {
    "Chile and Peru": ("water rights", ["Lima", "Arica", "Tacna"]),
    "Kenya and Tanzania": ("border crossings", ["Arusha", "Namanga", "Mombasa"]),
    "Norway and Iceland": ("mackerel quotas", ["Reykjavik", "Bergen", "Tromso"]),
}
ORDINALS = ["first", "second", "third", "fourth"]
DETAILS = [
    "The head of the {a} delegation said the sides had agreed to keep talking about {subject}.",
    "Both sides exchanged draft texts, and a joint working group will meet before the summer, {b} said.",
    "{a} proposed a monitoring commission; {b} rejected it and asked for more time to consult experts.",
    "The foreign ministers signed a memorandum on {subject} and said a treaty could follow next year.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"]


def _corpus(folder: Path) -> Path:
    """Twelve hand-written reports: four rounds of three invented negotiations."""
    folder.mkdir()
    for t, (parties, (subject, cities)) in enumerate(TOPICS.items()):
        a, b = parties.split(" and ")
        for r, ordinal in enumerate(ORDINALS):
            day = 3 + 7 * r + t
            text = (
                f"Delegations from {parties} held a {ordinal} round of talks on {subject} in "
                f"{cities[r % len(cities)]} on {WEEKDAYS[r]}. "
                + DETAILS[r].format(a=a, b=b, subject=subject)
                + " "
                + DETAILS[(r + t + 1) % len(DETAILS)].format(a=b, b=a, subject=subject)
            )
            (folder / f"{t}-{r}.txt").write_text(
                f" date 2031-03-{day:02d} {parties} hold {ordinal} round on {subject}\n\n{text}\n",
                encoding="utf-8",
            )
    return folder


def _cli(*args: str, db: str, kill: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "LEGATION_TEST_KILL_AFTER"}
    if kill:
        env["LEGATION_TEST_KILL_AFTER"] = kill
    return subprocess.run(
        [sys.executable, "-m", "legation", *args, "--db", db, "--batch-size", "4"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def _snapshot(db: str) -> dict[str, Any]:
    with open_store(db) as store:
        dossier = store.dossier()
        return {
            "stats": store.stats(),
            "documents": sorted(d.id for d in dossier.documents),
            "tracks": json.dumps([to_dict(t) for t in dossier.tracks], sort_keys=True),
        }


def _complete(db: str, corpus: Path) -> None:
    for command in (["ingest", str(corpus)], ["build"]):
        done = _cli(*command, db=db)
        assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(tmp_path_factory.mktemp("crash") / "reports")


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = f"sqlite:///{tmp_path_factory.mktemp('reference') / 'store.db'}"
    _complete(db, corpus)
    snapshot = _snapshot(db)
    stats = snapshot["stats"]
    assert (stats["documents"], stats["analysed"], stats["pending"], stats["tracks_to_re_fuse"]) == (
        12,
        12,
        0,
        0,
    )
    return snapshot


@pytest.mark.parametrize(
    ("command", "kill"),
    [
        ("ingest", "ingest:1"),
        ("ingest", "ingest:7"),
        ("ingest", "commit:2"),
        ("build", "analyse:2"),
        ("build", "analyse:6"),
        ("build", "commit:1"),
        ("build", "fuse:1"),
        ("build", "commit:4"),
    ],
)
def test_killed_then_rerun_equals_uninterrupted(
    store_url: str, corpus: Path, reference: dict[str, Any], command: str, kill: str
) -> None:
    if command == "build":
        assert _cli("ingest", str(corpus), db=store_url).returncode == 0
    args = ["ingest", str(corpus)] if command == "ingest" else ["build"]
    killed = _cli(*args, db=store_url, kill=kill)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    _complete(store_url, corpus)
    assert _snapshot(store_url) == reference


@pytest.mark.parametrize("seed", [1, 2])
def test_build_killed_after_a_random_delay(
    store_url: str, corpus: Path, reference: dict[str, Any], seed: int
) -> None:
    assert _cli("ingest", str(corpus), db=store_url).returncode == 0
    env = {k: v for k, v in os.environ.items() if k != "LEGATION_TEST_KILL_AFTER"}
    process = subprocess.Popen(
        [sys.executable, "-m", "legation", "build", "--db", store_url, "--batch-size", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(random.Random(seed).uniform(1.0, 4.0))
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    _complete(store_url, corpus)
    assert _snapshot(store_url) == reference
