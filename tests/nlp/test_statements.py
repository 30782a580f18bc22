"""Attributed statements from hand-written news sentences (not from the seed reports)."""

from __future__ import annotations

from typing import Any

import pytest

from legation.nlp.statements import find_statements

from .helpers import context


def _speakers(
    nlp: Any, text: str, anchor: str = "2024-05-08"
) -> list[tuple[str, str, str | None, str | None]]:
    out = []
    for s in find_statements(context(nlp, text, anchor)):
        out.append((s.speaker.name, s.speaker.kind, s.speaker.party, s.date.value if s.date else None))
    return out


def test_organisation_speaker_with_party_and_dated_verb(nlp: Any) -> None:
    got = _speakers(nlp, "The Iranian Foreign Ministry said on Monday that the talks had been constructive.")
    assert got == [("Iranian Foreign Ministry", "organisation", "Iran", "2024-05-06")]


def test_person_with_role_and_party_before_the_name(nlp: Any) -> None:
    (st,) = find_statements(
        context(
            nlp, "“We are not there yet,” Norwegian envoy Kari Holm told reporters on Tuesday.", "2024-05-08"
        )
    )
    assert (st.speaker.name, st.speaker.kind, st.speaker.party) == ("Kari Holm", "person", "Norway")
    assert st.speaker.role == "envoy"
    assert st.date is not None and st.date.value == "2024-05-07"
    assert st.quoted


def test_bare_head_and_pronoun_resolve_to_the_earlier_full_name(nlp: Any) -> None:
    text = (
        "The Omani Foreign Ministry said the mediation would continue. "
        "The ministry added that a further meeting was possible. "
        "It said the sides would meet again."
    )
    names = {name for name, *_ in _speakers(nlp, text)}
    assert names == {"Omani Foreign Ministry"}


def test_bare_head_before_the_full_name_takes_the_full_name(nlp: Any) -> None:
    text = (
        "The ministry said on Monday that the two sides had exchanged proposals. "
        "A new round is expected, the Qatari Foreign Ministry said."
    )
    assert {name for name, *_ in _speakers(nlp, text)} == {"Qatari Foreign Ministry"}


def test_statement_without_a_date_of_its_own_is_dated_by_the_report(nlp: Any) -> None:
    (st,) = find_statements(context(nlp, "The Kenyan mediator said the ceasefire was holding.", "2024-05-08"))
    assert st.date is not None and (st.date.value, st.date.text) == ("2024-05-08", "")


@pytest.mark.parametrize(
    "text",
    [
        "Let's say the talks fail.",  # an imperative, nobody's statement
        "The envoy Kari Holm wouldn't say whether the talks would resume.",  # negated speech
        "The law requiring police to tell suspects their rights was passed.",  # an obligation to speak
        "That said, the talks went on.",  # a connective
    ],
)
def test_not_statements(nlp: Any, text: str) -> None:
    assert [(s.cue, s.speaker.name) for s in find_statements(context(nlp, text))] == []
