"""Events from hand-written news sentences (not from the seed reports): who acted, and when."""

from __future__ import annotations

from typing import Any

from legation.model import Event
from legation.nlp.events import find_events
from legation.nlp.statements import find_statements

from .helpers import context


def _events(nlp: Any, text: str, anchor: str = "2031-03-04") -> list[Event]:
    ctx = context(nlp, text, anchor)
    return find_events(ctx, [], find_statements(ctx))


def _one(events: list[Event], type_: str) -> Event:
    (found,) = [e for e in events if e.type == type_]
    return found


def test_statements_are_not_repeated_as_events(nlp: Any) -> None:
    text = "The Chilean Foreign Ministry said on Monday that the talks had been useful."
    assert find_statements(context(nlp, text))
    assert [e.type for e in _events(nlp, text) if e.type == "STATEMENT"] == []


def test_the_actor_is_the_subject_not_the_object(nlp: Any) -> None:
    event = _one(_events(nlp, "Peru rejected the proposal made by Chile on Monday."), "REJECT")
    assert [a.party for a in event.actors] == ["Peru"]


def test_a_party_named_before_a_phrase_but_outside_its_subject_is_no_actor(nlp: Any) -> None:
    text = "Asked about Chile, the Peruvian government ruled out any new talks."
    event = _one(_events(nlp, text), "REJECT")
    assert [a.party for a in event.actors] == ["Peru"]


def test_off_the_agenda_is_declared_by_the_speaker_not_the_topic(nlp: Any) -> None:
    text = "“Bolivia is not on the agenda,” Chilean Foreign Ministry spokesperson Ana Soto said on Monday."
    event = _one(_events(nlp, text), "REJECT")
    assert [a.party for a in event.actors] == ["Chile"]


def test_the_time_is_that_of_the_event_clause_not_of_its_object(nlp: Any) -> None:
    text = "Peru raised the issue of the embassy buildings that were seized between 2016 and 2018."
    events = _events(nlp, text)
    assert _one(events, "REQUEST").time is None
    seize = _one(events, "SEIZE").time
    assert seize is not None and seize.value.startswith("2016")


def test_a_time_on_the_event_verb_dates_it(nlp: Any) -> None:
    event = _one(_events(nlp, "Peru and Chile held talks in Lima on Monday."), "CONSULT")
    assert event.time is not None and event.time.value == "2031-03-03"
    assert {a.party for a in event.actors} == {"Peru", "Chile"}


def test_a_time_on_the_reporting_verb_does_not_date_the_reported_event(nlp: Any) -> None:
    text = "On Friday, the Peruvian minister said that Peru and Chile had agreed to reopen the border."
    assert _one(_events(nlp, text), "AGREE").time is None
