"""The clause readings of :mod:`legation.nlp.issues.grammar`, on sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from legation.nlp.issues.grammar import conditions


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("The rebels would not sign any accord until the army had withdrawn.", "sign", ["withdrawn"]),
        ("The rebels refused to sign the accord unless the army withdrew.", "sign", ["withdrew"]),
        ("The government will talk to the rebels only if they lay down their arms.", "talk", ["lay"]),
        ("The government will talk to the rebels until they lay down their arms.", "talk", []),
        ("The rebels did not sign the accord when the army withdrew.", "sign", []),
        ("The government will talk to the rebels if they lay down their arms.", "talk", []),
    ],
)  # fmt: skip
def test_a_condition_is_a_refused_verbs_until_clause_or_an_only_if_clause(
    nlp: Any, text: str, verb: str, expected: list[str]
) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert [c.text for c in conditions(tok)] == expected
