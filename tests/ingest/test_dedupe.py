"""Near-duplicates: wire copies are linked to the earliest original; different stories are not."""

from __future__ import annotations

import datetime as dt

import pytest

from legation.ingest import near_duplicates
from legation.ingest.dedupe import jaccard, shingles
from legation.model import Document

STORY = (
    "Kenya and Tanzania agreed on Tuesday to reopen two border crossings that were closed during a dispute "
    "over cargo inspections, trade ministers from both countries said after talks in Arusha. Customs "
    "officers will share one inspection post at each crossing, and lorries will be cleared within a day, the "
    "ministers said. A joint committee will meet every three months to settle complaints from hauliers. "
    "The crossings had been closed since March, when each side accused the other of holding up goods at "
    "the border, and traders on both sides said they had lost several weeks of business."
)
OTHER = (
    "Norway and Iceland ended a fourth round of talks on mackerel quotas in Reykjavik without a deal. The "
    "Norwegian fisheries minister said both sides had narrowed their differences on the share of the "
    "northern stock, and that a fifth round would be held in Bergen next month."
)


def _doc(doc_id: str, text: str, day: int) -> Document:
    return Document(doc_id, text, dt.date(2031, 6, day))


def test_wire_copies_are_linked_to_the_earliest_original() -> None:
    docs = [
        _doc("late-copy", STORY.replace("on Tuesday", "on Tuesday evening") + " Lake Times", 4),
        _doc("original", STORY, 2),
        _doc("other", OTHER, 2),
        _doc("same-day-copy", "Border deal. " + STORY.replace("said after", "told reporters after"), 2),
    ]
    assert near_duplicates(docs) == {"same-day-copy": "original", "late-copy": "original"}


def test_same_day_copies_point_at_the_first_seen() -> None:
    docs = [_doc("a", STORY, 2), _doc("b", STORY + " (Wire)", 2), _doc("c", STORY, 2)]
    assert near_duplicates(docs) == {"b": "a", "c": "a"}


def test_different_stories_on_one_subject_are_not_duplicates() -> None:
    follow_up = (
        "Kenya and Tanzania reopened two border crossings on Friday, three days after trade ministers agreed "
        "in Arusha to end a dispute over cargo inspections. Hauliers said queues had already shortened at "
        "the northern crossing, where customs officers from both countries now share one post."
    )
    assert near_duplicates([_doc("a", STORY, 2), _doc("b", follow_up, 5)]) == {}


@pytest.mark.parametrize("threshold, linked", [(0.5, True), (0.99, False)])
def test_threshold(threshold: float, linked: bool) -> None:
    edited = STORY.replace("every three months", "every two months").replace("within a day", "within hours")
    similarity = jaccard(shingles(STORY), shingles(edited))
    assert 0.5 < similarity < 0.99
    result = near_duplicates([_doc("a", STORY, 2), _doc("b", edited, 2)], threshold=threshold)
    assert (result == {"b": "a"}) is linked


def test_documents_without_words_are_never_duplicates() -> None:
    assert near_duplicates([_doc("a", "—", 2), _doc("b", "—", 2)]) == {}


def test_a_bad_threshold_is_refused() -> None:
    with pytest.raises(ValueError, match="threshold"):
        near_duplicates([], threshold=0)
