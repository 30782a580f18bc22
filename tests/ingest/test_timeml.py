"""TimeML files read as articles: text without tags, the DCT as publication date, the DCT's dateline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from legation.errors import BadRecord, IngestError
from legation.ingest import read_paths
from legation.model import Document

SILVER = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "tempeval3" / "silver"

DCT = (
    '<DCT>ARICA, May. <TIMEX3 tid="t0" type="DATE" value="2030-05-07" functionInDocument="CREATION_TIME">'
    "7 , 2030</TIMEX3> (Andes Wire)</DCT>"
)
TML = f"""<?xml version="1.0" ?>
<TimeML>
<DOCID>XYZ_ENG_20300507.0001</DOCID>
{DCT}
<TITLE>Chile and Peru resume water talks</TITLE>
<TEXT>
Chile and Peru <EVENT eid="e1" class="OCCURRENCE">held</EVENT> a second round of talks on water rights
<TIMEX3 tid="t1" type="DATE" value="2030-05-06">Monday</TIMEX3>, the foreign ministry
<EVENT eid="e2" class="REPORTING">said</EVENT>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
</TimeML>
"""


def _read(tmp_path: Path, content: str, name: str = "story.tml") -> list[Document | IngestError]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return list(read_paths([path]))


def test_timeml_article_is_the_text_without_tags_dated_by_its_dct(tmp_path: Path) -> None:
    (doc,) = _read(tmp_path, TML)
    assert isinstance(doc, Document)
    assert doc.published == dt.date(2030, 5, 7)
    assert doc.title == "Chile and Peru resume water talks"
    assert doc.text.startswith("Chile and Peru held a second round of talks on water rights")
    assert "<" not in doc.text and "Monday, the foreign ministry said." in doc.text
    assert doc.dateline_place == "Arica"
    assert doc.written == dt.date(2030, 5, 7)
    assert doc.source == "Andes Wire"
    assert doc.path is not None and doc.path.endswith("story.tml")


@pytest.mark.parametrize(
    "header", ["ARICA, Chile, May. ", "ARICA , May. ", "ARICA. May. ", "ARICA, MAY "], ids=str.strip
)
def test_timeml_dateline_with_a_country_or_odd_punctuation_gives_its_place(
    tmp_path: Path, header: str
) -> None:
    (doc,) = _read(tmp_path, TML.replace("ARICA, May. ", header))
    assert isinstance(doc, Document)
    assert doc.dateline_place == "Arica"
    assert doc.written == dt.date(2030, 5, 7)
    assert doc.text.startswith("Chile and Peru held")


def test_timeml_without_wire_header_keeps_the_whole_text(tmp_path: Path) -> None:
    content = TML.replace("ARICA, May. ", "").replace(" (Andes Wire)", "")
    (doc,) = _read(tmp_path, content)
    assert isinstance(doc, Document)
    assert doc.dateline_place is None
    assert doc.text.startswith("Chile and Peru held")


def test_timeml_is_recognised_without_its_extension(tmp_path: Path) -> None:
    (doc,) = _read(tmp_path, TML, name="story.xml-export")
    assert isinstance(doc, Document) and doc.published == dt.date(2030, 5, 7)


@pytest.mark.parametrize(
    "content, reason",
    [
        (TML.replace("</TITLE>", ""), "not well-formed XML"),
        (TML.replace('value="2030-05-07" ', ""), "is not a YYYY-MM-DD date"),
        (TML.replace("<DCT>", "<DATE>").replace("</DCT>", "</DATE>"), "publication date is missing"),
        (TML.replace("<TEXT>", "<BODY>").replace("</TEXT>", "</BODY>"), "no <TEXT> element"),
    ],
)
def test_bad_timeml_is_one_error_and_the_others_are_read(tmp_path: Path, content: str, reason: str) -> None:
    (tmp_path / "bad.tml").write_text(content, encoding="utf-8")
    (tmp_path / "good.tml").write_text(TML, encoding="utf-8")
    results = list(read_paths([tmp_path]))
    errors = [r for r in results if isinstance(r, IngestError)]
    assert [type(e) for e in errors] == [BadRecord]
    assert "bad.tml" in str(errors[0]) and reason in str(errors[0])
    assert sum(isinstance(r, Document) for r in results) == 1


def test_every_silver_story_reads() -> None:
    if not SILVER.is_dir():
        pytest.skip(f"needs the TempEval-3 silver stories in {SILVER} (../shared/data/tempeval3/silver)")
    files = sorted(SILVER.glob("*.tml"))[::25]
    results = list(read_paths(files))
    assert all(isinstance(r, Document) for r in results), [r for r in results if not isinstance(r, Document)]
    with_place = sum(1 for r in results if isinstance(r, Document) and r.dateline_place)
    assert with_place / len(results) > 0.8
