"""Issues and their status, taxonomy and fallback, from hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from legation.nlp.issues import find_issues
from legation.nlp.meetings import find_meetings
from legation.nlp.statements import find_statements

from .helpers import context

MEETING = "Delegations of Canada and India held talks in Ottawa on Monday. "


def _issues(nlp: Any, text: str) -> list[tuple[str, str, str | None]]:
    ctx = context(nlp, MEETING + text, "2024-05-14")
    meetings = find_meetings(ctx)
    found, _subject = find_issues(ctx, meetings, find_statements(ctx))  # type: ignore[arg-type]
    return [(m.issue, m.status, m.raised_by) for m in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Visa restrictions on diplomats were discussed.", ("visas", "discussed", None)),
        ("India raised the issue of its diplomatic property in Canada.", ("property", "raised", "India")),
        (
            "Canada proposed resuming direct flights between the two countries.",
            ("flights", "proposed", "Canada"),
        ),
        (
            "The sides signed a memorandum on the return of seized diplomatic premises.",
            ("property", "formalised", None),
        ),
        (
            "They agreed to draw up a roadmap for restoring embassy staffing levels.",
            ("conditions", "roadmap", None),
        ),
    ],
)
def test_taxonomy_issue_status(nlp: Any, text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _issues(nlp, text)


def test_fallback_surfaces_items_outside_the_taxonomy(nlp: Any) -> None:
    got = _issues(nlp, "India raised the issue of fishing quotas.")
    assert ("other:fishing-quotas", "raised", "India") in got


def test_declared_off_the_agenda_is_excluded_by_the_speaker(nlp: Any) -> None:
    got = _issues(nlp, "“Kashmir is not on the agenda,” Indian spokesperson Anil Rao said.")
    assert ("other:kashmir", "excluded", "India") in got


def test_continuation_sentence_inherits_the_status(nlp: Any) -> None:
    text = "The sides signed an agreement. These arrangements cover visa processing for diplomats."
    assert ("visas", "formalised", None) in _issues(nlp, text)


def test_mention_without_a_status_cue_is_not_an_issue_status(nlp: Any) -> None:
    assert _issues(nlp, "Visa queues in Ottawa are long.") == []


def test_a_negated_cue_gives_no_status(nlp: Any) -> None:
    got = _issues(nlp, "The two sides failed to agree on a ceasefire.")
    assert not any(issue == "ceasefire" and status == "agreed" for issue, status, _r in got)
