"""The table pre-filters of the status cue reader never leave out a word its tests would accept."""

from __future__ import annotations

from typing import Any

from legation.nlp.issues import cues
from legation.nlp.issues.grammar import conditions, cue_lemmas, demanded, named_text_says, unwanted

from .helpers import context

TEXT = (
    "The two sides agreed to lift the tariffs and said sanctions must be eased. "
    "The Trade Pact also covers fishing rights, while the summit decided to set up a joint fund. "
    "Ruritania will provide loans and build a port, its minister said; the talks will cover water. "
    "They asked the council to reopen the border, but the rebels did not want to concede the pass. "
    "The envoy will not return until the troops leave. A sign of progress appeared in the hills."
)


def _accepted(ctx: Any, t: Any, by_lemma: dict[str, str]) -> bool:
    """Whether any test of :func:`cues.sentence_cues` could make ``t`` a cue (before its exclusions)."""
    if named_text_says(t):
        return True
    if t.pos_ not in ("VERB", "NOUN"):
        return False
    return bool(
        demanded(t)
        or by_lemma.get(t.lemma_.lower())
        or cues._meeting_content(t)
        or unwanted(t)
        or cues._joint_decision(t)
        or cues._asks_to_act(t)
        or cues._pledged(ctx, t)
    )


def test_every_word_a_cue_test_accepts_is_a_candidate(nlp: Any) -> None:
    ctx = context(nlp, TEXT)
    by_lemma = cue_lemmas()
    accepted = 0
    for sent in ctx.sents:
        candidates = {t.i for t in cues.cue_candidates(ctx, sent, by_lemma)}
        for t in sent:
            if _accepted(ctx, t, by_lemma):
                accepted += 1
                assert t.i in candidates, t.text
        assert len(candidates) < len(sent)  # the tables rule words out
    assert accepted >= 8


def test_every_verb_with_a_condition_is_a_candidate(nlp: Any) -> None:
    ctx = context(nlp, TEXT)
    by_lemma = cue_lemmas()
    found = 0
    for sent in ctx.sents:
        candidates = {t.i for t in cues._conditioned_verbs(ctx, sent, by_lemma)}
        for t in sent:
            if t.pos_ == "VERB" and t.lemma_.lower() not in by_lemma and conditions(t):
                found += 1
                assert t.i in candidates, t.text
    assert found >= 1


def test_the_cues_of_a_sentence_are_found_through_the_candidates(nlp: Any) -> None:
    ctx = context(nlp, TEXT)
    statuses = [(c.token.text, c.status) for sent in ctx.sents for c in cues.sentence_cues(ctx, sent)]
    assert ("agreed", "agreed") in statuses and ("return", "discussed") in statuses
