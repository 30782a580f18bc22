"""normalise_doc: the pipeline's path, where the spaCy parse decides which way a weekday points."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from legation.time import normalise_doc
from legation.time.lexicon import load_time_lexicon
from legation.time.tense import CueTense, Tense

SATURDAY = dt.date(2024, 6, 15)

ROWS = [
    ("Delegations held talks in Geneva on Thursday.", "Thursday", "2024-06-13"),
    ("The ministry said on Friday that the sides agreed on next steps.", "Friday", "2024-06-14"),
    ("A spokeswoman said Tuesday that the agenda was narrow.", "Tuesday", "2024-06-11"),
    ("The delegations will meet on Thursday.", "Thursday", "2024-06-20"),
    ("The two sides plan to meet on Wednesday in Baku.", "Wednesday", "2024-06-19"),
    ("The envoys are meeting on Monday.", "Monday", "2024-06-17"),
    ("The envoys have met on Monday.", "Monday", "2024-06-10"),
    ("The second round is going to start on Tuesday.", "Tuesday", "2024-06-18"),
    ("Talks on Thursday ended without a deal.", "Thursday", "2024-06-13"),
    ("Envoys of the two states were to meet Wednesday in Vienna, officials said.", "Wednesday", "2024-06-19"),
    ("The talks, which were scheduled for Monday, were called off.", "Monday", "2024-06-10"),
]


@pytest.mark.parametrize(("text", "extent", "value"), ROWS)
def test_weekday_follows_the_parse(nlp: Any, text: str, extent: str, value: str) -> None:
    doc = nlp(text)
    found = {t.text: t.value for t in normalise_doc(doc, SATURDAY)}
    assert found[extent] == value


def test_offsets_index_doc_text(nlp: Any) -> None:
    doc = nlp("Earlier in the day, envoys met for about five hours. They meet again on Friday.")
    times = normalise_doc(doc, SATURDAY)
    assert [t.text for t in times] == ["Earlier in the day", "about five hours", "Friday"]
    assert all(doc.text[t.start : t.end] == t.text for t in times)


def test_the_text_given_with_the_doc_reads_as_the_doc(nlp: Any) -> None:
    """The pipeline hands over the document's text (spaCy rebuilds ``Doc.text`` on each access)."""
    from legation.time import normalise

    text = "The delegations will meet on Thursday; they met on Monday."
    doc = nlp(text)
    given = normalise_doc(doc, SATURDAY, text)
    assert given == normalise_doc(doc, SATURDAY) == normalise(text, SATURDAY, doc=doc)
    assert [t.value for t in given] == ["2024-06-20", "2024-06-10"]
    assert normalise_doc(nlp(""), SATURDAY, "") == []


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("They will meet on Friday.", Tense.FUTURE),
        ("They met on Friday.", Tense.PAST),
        ("The minister said Friday.", Tense.PAST),
        ("Friday.", Tense.UNKNOWN),
    ],
)
def test_cue_tense(text: str, tense: Tense) -> None:
    start = text.index("Friday")
    assert CueTense(text, load_time_lexicon()).tense(start, start + 6) is tense
