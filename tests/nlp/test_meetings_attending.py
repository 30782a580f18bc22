"""Heads a report names apart from its meeting sentence: those who attended, and the sides' office
holders at a meeting told as one of office holders (:mod:`legation.nlp.meetings.attending`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from legation.model import Document
from legation.nlp.extract import extract

_LEAD = (
    "Chile, Peru and Bolivia failed to settle their quarrel over a shared aquifer during talks in Geneva on "
    "Monday, officials said. "
)


def _heads(nlp: Any, text: str) -> dict[str, list[tuple[str, str | None]]]:
    document = Document("t1", text, dt.date(2021, 5, 11))
    analysis = extract(document, nlp(text))
    return {
        str(m.date.value if m.date else None): [(h.actor.name, h.actor.party) for h in m.heads]
        for m in analysis.meetings
        if not m.planned
    }


def test_the_sides_people_who_also_attended_head_their_sides(nlp: Any) -> None:
    text = _LEAD + (
        "The talks were held behind closed doors at the foreign ministry. "
        "Chile's top diplomat Jorge Vidal and his Bolivian counterpart Rosa Mamani also attended."
    )
    heads = _heads(nlp, text)["2021-05-10"]
    assert ("Jorge Vidal", "Chile") in heads and ("Rosa Mamani", "Bolivia") in heads


@pytest.mark.parametrize(
    "attended",
    [
        "Chile's top diplomat Jorge Vidal did not attend.",
        "Chile's top diplomat Jorge Vidal will attend the next meeting.",
        "Chile's top diplomat Jorge Vidal attended a funeral in Santiago on Tuesday.",
        "Chile's top diplomat Jorge Vidal refused to take part.",
    ],
)
def test_who_did_not_attend_or_attended_something_else_is_no_head(nlp: Any, attended: str) -> None:
    text = _LEAD + "The talks were held behind closed doors at the foreign ministry. " + attended
    assert "Jorge Vidal" not in {name for name, _side in _heads(nlp, text)["2021-05-10"]}


def test_a_host_or_mediator_who_attended_is_no_head(nlp: Any) -> None:
    text = (
        "Chile and Bolivia failed to settle their quarrel over a shared aquifer during talks in Geneva on "
        "Monday, officials said. Peruvian Foreign Minister Ana Quispe and the UN envoy Lars Holm also took "
        "part."
    )
    names = {name for name, _side in _heads(nlp, text).get("2021-05-10", [])}
    assert not names & {"Ana Quispe", "Lars Holm"}


def test_at_a_meeting_of_ministers_the_sides_ministers_named_head_them(nlp: Any) -> None:
    text = _LEAD + (
        "The foreign ministers of the three countries met behind closed doors at the foreign ministry. "
        "Peruvian Foreign Minister Ana Quispe said there had been no progress. "
        "Chilean Foreign Minister Jorge Vidal called the talks useful."
    )
    heads = _heads(nlp, text)["2021-05-10"]
    assert ("Ana Quispe", "Peru") in heads and ("Jorge Vidal", "Chile") in heads


def test_office_holders_head_no_meeting_told_only_by_a_noun_of_its_level(nlp: Any) -> None:
    text = (
        "Chile and Bolivia failed to settle their quarrel over a shared aquifer, officials said on Monday. "
        "Chilean President Jorge Vidal spoke at a regional summit in Lima on Monday."
    )
    assert all("Jorge Vidal" not in {n for n, _s in heads} for heads in _heads(nlp, text).values())


def test_a_prime_minister_named_in_a_report_of_a_ministers_meeting_is_no_head(nlp: Any) -> None:
    text = _LEAD + (
        "The foreign ministers of the three countries met behind closed doors at the foreign ministry. "
        "Chilean Foreign Minister Jorge Vidal called the talks useful. "
        "Bolivian Prime Minister Luis Arce has said his country would not give up its claim."
    )
    names = {name for name, _side in _heads(nlp, text)["2021-05-10"]}
    assert "Jorge Vidal" in names and "Luis Arce" not in names


def test_names_listed_after_a_plural_title_of_the_sides_head_them_in_order(nlp: Any) -> None:
    text = (
        "The foreign ministers of Chile and Bolivia, Jorge Vidal and Rosa Mamani, ended a third round of "
        "talks on a shared aquifer in Geneva on Monday without a breakthrough, officials said."
    )
    heads = _heads(nlp, text)["2021-05-10"]
    assert ("Jorge Vidal", "Chile") in heads and ("Rosa Mamani", "Bolivia") in heads


def test_a_list_of_more_sides_after_the_title_gives_no_heads(nlp: Any) -> None:
    text = (
        "The foreign ministers of Chile and Bolivia, Peru and Ecuador met in Geneva on Monday for talks on "
        "a shared aquifer, officials said."
    )
    names = {name for heads in _heads(nlp, text).values() for name, _side in heads}
    assert not names & {"Peru", "Ecuador"}
