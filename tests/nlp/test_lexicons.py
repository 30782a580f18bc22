"""The NLP stage's data files load, validate, and stay within their vocabularies."""

from __future__ import annotations

from pathlib import Path

import pytest

from legation.errors import LexiconError
from legation.model import STATUSES
from legation.nlp.lexicons import (
    SpeechCues,
    event_rules,
    load_taxonomy,
    meeting_words,
    speech_cues,
    status_cues,
    taxonomies,
)

PLOVER_EVENT_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def test_every_event_type_maps_to_a_plover_event_type() -> None:
    assert {r.plover for r in event_rules()} <= PLOVER_EVENT_TYPES


def test_bundled_files_load() -> None:
    assert "say" in speech_cues().lemmas
    assert {c.status for c in status_cues()} <= set(STATUSES)
    assert "talks" in meeting_words().nouns
    assert any(t.subject for t in taxonomies())


def test_a_taxonomy_with_bad_entries_lists_them_all_with_lines(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "name: x\nsubject: y\nentries:\n"
        "  - key: a\n    label: A\n"
        "  - key: b\n    label: B\n    patterns: 3\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError) as info:
        load_taxonomy(path)
    message = str(info.value)
    assert f"{path}:4: patterns: missing" in message
    assert f"{path}:6: patterns: expected list" in message


def test_a_user_taxonomy_names_its_issues(tmp_path: Path) -> None:
    path = tmp_path / "trade.yaml"
    path.write_text(
        "name: trade\nsubject: trade\nentries:\n"
        '  - key: tariffs\n    label: Tariffs\n    patterns: ["tariffs?"]\n',
        encoding="utf-8",
    )
    tax = load_taxonomy(path)
    assert tax.issues[0].pattern.search("new Tariff rates")


def test_a_cue_frame_can_be_narrowed_to_or_excepted_under_a_dependency_label() -> None:
    cues = SpeechCues(
        frozenset({"accuse"}),
        {"verb": {"accuse": frozenset({"subject", "bare@ROOT"})}, "noun": {}},
        {"accuse": "spoken"},
        {"verb": {"accuse": frozenset({"subject@relcl"})}, "noun": {}},
    )
    assert cues.is_cue("verb", "accuse", "subject", "ROOT")
    assert not cues.is_cue("verb", "accuse", "subject", "relcl")  # excepted label
    assert cues.is_cue("verb", "accuse", "bare", "ROOT")  # narrowed frame, its label
    assert not cues.is_cue("verb", "accuse", "bare", "advcl")  # narrowed frame, another label
    assert not cues.is_cue("verb", "deny", "subject", "ROOT")  # not a cue word
    assert not cues.is_cue("noun", "accuse", "subject", "ROOT")


def test_the_noun_of_a_verb_of_change_is_its_nominal_pair() -> None:
    from dataclasses import replace

    from legation.nlp.lexicons import agenda_words

    words = replace(agenda_words(), nominal=frozenset({"mend:mending", "patch:repair", "tidy:tidying"}))
    assert words.noun_of("patch") == "repair"
    assert words.noun_of("mend") == "mending"
    assert words.noun_of("repair") is None  # a noun is no verb of the table
    assert agenda_words().noun_of("resume") == "resumption"
