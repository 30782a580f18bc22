"""Scoring statements against brat attribution corpora (``legation eval-statements``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from legation.errors import BratError
from legation.evaluate.attributions import Attribution, read_ann, read_corpus, score_article, total

TEXT = "Kari Holm said the talks were useful. Officials denied it."
GOOD = (
    "T1\tSource 0 9\tKari Holm\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 36\tthe talks were useful\n"
    "T4\tAttribution 10 14\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tCue 48 54\tdenied\n"
    "T6\tContent 55 57\tit\n"
    "T7\tAttribution-no-source 48 54\tdenied\n"
    "E2\tAttribution-no-source:T7 Cue:T5 Content:T6\n"
    "#1\tAnnotatorNotes T1\ta note\n"
)


def _corpus(root: Path, files: dict[str, tuple[str, str]]) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    for name, (text, ann) in files.items():
        (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"{name}_ab12.ann").write_text(ann, encoding="utf-8")
    return root


def test_a_brat_file_reads_into_attributions(tmp_path: Path) -> None:
    path = tmp_path / "a.ann"
    path.write_text(GOOD, encoding="utf-8")
    first, second = read_ann(path, TEXT)
    assert (first.cue, first.source, first.content) == (((10, 14),), ((0, 9),), ((15, 36),))
    assert second.source == () and second.cue == ((48, 54),)


@pytest.mark.parametrize(
    ("line", "line_no", "reason"),
    [
        ("T9\tCue 50 999\tx\n", 11, "outside the text"),
        ("E9\tQuotation:T1 Cue:T2\n", 11, "unknown relation 'Quotation'"),
        ("E9\tAttribution:T4 Cue:T99\n", 11, "T99"),
        ("T9\tSpeaker 1 2\ta\n", 11, "unknown span label"),
    ],
)
def test_a_malformed_line_is_named_with_its_line(
    tmp_path: Path, line: str, line_no: int, reason: str
) -> None:
    path = tmp_path / "bad.ann"
    path.write_text(GOOD + line, encoding="utf-8")
    with pytest.raises(BratError) as caught:
        read_ann(path, TEXT)
    assert caught.value.line == line_no and reason in str(caught.value)
    assert str(caught.value).startswith(f"{path}:{line_no}: ")


def test_exact_and_overlap_matching_one_to_one() -> None:
    gold = [Attribution(((10, 14),), ((0, 9),), ((15, 36),))]
    predicted = [
        Attribution(((10, 14),), ((5, 9),), ((15, 37),)),  # content differs by the final full stop
        Attribution(((11, 13),), (), ()),  # a second cue inside the same gold cue: gold is used once
    ]
    scores = score_article(TEXT, gold, predicted)
    assert (scores["cue/exact"].tp, scores["cue/exact"].fp, scores["cue/exact"].fn) == (1, 1, 0)
    assert (scores["cue/overlap"].tp, scores["cue/overlap"].fp) == (1, 1)
    assert (scores["source/exact"].tp, scores["source/overlap"].tp) == (0, 1)
    assert scores["content/exact"].tp == 1  # edges trimmed of punctuation
    assert total([scores, scores])["cue/exact"].tp == 2


def test_a_bad_file_is_one_error_and_the_others_are_scored(tmp_path: Path) -> None:
    root = _corpus(
        tmp_path / "corpus",
        {"good": (TEXT, GOOD), "bad": (TEXT, GOOD + "E9\tQuotation:T1 Cue:T2\n")},
    )
    articles, errors = read_corpus(root)
    assert [a.name for a in articles] == ["good"] and len(errors) == 1
    run = subprocess.run(
        [sys.executable, "-m", "legation", "eval-statements", str(root), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert lines == [f"error: {root / 'attributions' / 'bad_ab12.ann'}:11: unknown relation 'Quotation'"]
    scores = json.loads(run.stdout)
    assert scores["articles"] == 1
    assert scores["cue"]["overlap"]["tp"] >= 1 and set(scores["source"]) == {"exact", "overlap"}


DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "polnear" / "dev"


@pytest.mark.skipif(not DEV.is_dir(), reason="needs ../shared/data/polnear/dev (PolNeAR)")
def test_polnear_dev_sample_keeps_precision() -> None:
    """A slice of the dev split, so that a change that floods false cues fails here, not only in the bench."""
    from legation.evaluate.attributions import iter_predictions

    articles, errors = read_corpus(DEV)
    assert errors == []
    sample = articles[:6]
    scores = total(score_article(a.text, a.gold, p) for a, p in iter_predictions(sample))
    assert scores["cue/overlap"].precision >= 0.8
    assert scores["source/overlap"].precision >= 0.75
    assert scores["cue/overlap"].recall >= 0.45
