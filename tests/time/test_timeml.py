"""The TimeML reader and the TempEval-3 scorer, on small hand-made files and on the real corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from legation.errors import EvaluationError
from legation.model import TimeValue
from legation.time.score import TimeScore, evaluate_directory, score_document
from legation.time.timeml import read_tml

TEMPEVAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "tempeval3" / "train"

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>x1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2003-05-10" functionInDocument="CREATION_TIME">May 10</TIMEX3></DCT>
<TEXT>
Envoys <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2003-05-08">Thursday</TIMEX3> for
<TIMEX3 tid="t2" type="DURATION" value="PT5H" mod="APPROX">about five hours</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_reader_strips_tags_and_keeps_offsets(tmp_path: Path) -> None:
    path = tmp_path / "x1.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_tml(path)
    assert str(doc.dct) == "2003-05-10"
    assert doc.text == "\nEnvoys met Thursday for\nabout five hours.\n"
    assert [(t.text, t.type, t.value, t.mod) for t in doc.timexes] == [
        ("Thursday", "DATE", "2003-05-08", None),
        ("about five hours", "DURATION", "PT5H", "APPROX"),
    ]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)


def test_reader_names_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.tml"
    path.write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"bad\.tml"):
        read_tml(path)


def _tv(text: str, start: int, value: str, kind: str = "DATE") -> TimeValue:
    return TimeValue(text, kind, value, start, start + len(text))  # type: ignore[arg-type]


def test_scorer_strict_relaxed_and_values() -> None:
    text = "met on Thursday for about five hours and next week"
    gold = [
        _tv("Thursday", 7, "2003-05-08"),
        _tv("about five hours", 20, "PT5H", "DURATION"),
        _tv("next week", 41, "2003-W20"),
    ]
    system = [
        _tv("Thursday", 7, "2003-05-08"),
        _tv("five hours", 26, "PT5H", "DURATION"),
        _tv("and", 37, "XXXX"),
    ]
    score = TimeScore()
    score_document(score, text, gold, system)
    assert (score.gold, score.system, score.relaxed, score.strict) == (3, 3, 2, 1)
    assert score.relaxed_f1 == pytest.approx(2 / 3)
    assert score.strict_f1 == pytest.approx(1 / 3)
    assert score.value_accuracy == 1.0
    assert score.value_f1 == pytest.approx(2 / 3)
    assert score.as_dict()["timexes"] == 3


@pytest.mark.tempeval
@pytest.mark.slow
@pytest.mark.skipif(not TEMPEVAL.is_dir(), reason="TempEval-3 data not in ../shared")
def test_tempeval_training_figures() -> None:
    figures = evaluate_directory(str(TEMPEVAL)).as_dict()
    assert figures["documents"] == 256
    assert figures["timexes"] == 1822
    assert figures["strict_f1"] >= 0.85
    assert figures["value_f1"] >= 0.80
