"""The hand-annotated gold of real negotiations (tests/data/real): well-formed, split, and pointing at
stories that exist (TempEval-3 TimeML and PolNeAR articles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from legation.evaluate import load_gold

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
TEXTS = SHARED / "tempeval3"
POLNEAR = SHARED / "polnear"
FILES = sorted(REAL.glob("*/*.gold.json"))


def test_there_are_two_halves_of_at_least_eight_negotiations_and_sixty_stories() -> None:
    halves = {half: sorted((REAL / half).glob("*.gold.json")) for half in ("dev", "check")}
    assert all(len(files) >= 8 for files in halves.values())
    stories = {f for files in halves.values() for p in files for f in load_gold(p).files}
    assert len(stories) >= 60


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_file_loads_with_one_track_of_two_sides_or_more(path: Path) -> None:
    gold = load_gold(path)
    (track,) = gold.tracks
    assert len(track.parties) >= 2
    assert not set(track.parties) & set(track.mediators)


def test_every_story_the_gold_names_is_in_the_shared_corpus() -> None:
    for folder in (TEXTS, POLNEAR):
        if not folder.is_dir():
            pytest.skip(f"needs the TempEval-3 stories and PolNeAR articles in {folder} (../shared/data)")
    names = {p.name for p in TEXTS.rglob("*.tml")} | {p.name for p in POLNEAR.glob("*/text/*.txt")}
    missing = sorted({f for path in FILES for f in load_gold(path).files} - names)
    assert missing == []
