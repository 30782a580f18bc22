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


_VISIT = (
    "Chile and Bolivia agreed on Monday to share the waters of a border aquifer during a visit by Chile's "
    "Foreign Minister Jorge Vidal, officials said. "
)


def test_the_counterpart_of_one_sides_head_heads_the_other_side(nlp: Any) -> None:
    text = (
        _VISIT + "Reporters questioned Vidal and his Bolivian counterpart, Rosa Mamani, at a news conference."
    )
    heads = _heads(nlp, text)["2021-05-10"]
    assert ("Jorge Vidal", "Chile") in heads and ("Rosa Mamani", "Bolivia") in heads


def test_a_counterpart_of_a_side_that_already_has_its_head_adds_none(nlp: Any) -> None:
    text = (
        "Chile's Foreign Minister Jorge Vidal and Bolivia's Foreign Minister Rosa Mamani met in La Paz on "
        "Monday. Vidal later met his Peruvian counterpart, Ana Quispe, and Mamani's Bolivian counterpart, "
        "Luis Arce, was not there."
    )
    heads = _heads(nlp, text)["2021-05-10"]
    assert {name for name, _side in heads} == {"Jorge Vidal", "Rosa Mamani"}


def test_a_counterpart_after_a_comma_takes_the_side_of_his_title(nlp: Any) -> None:
    from legation.nlp.context import DocContext
    from legation.nlp.meetings.heads import describe_head
    from legation.nlp.people import person_name
    from legation.time import normalise_doc

    text = (
        "Chilean Foreign Minister Jorge Vidal met with his Bolivian counterpart, Rosa Mamani, on Wednesday "
        "to discuss the aquifer."
    )
    document = Document("t1", text, dt.date(2021, 5, 11))
    doc = nlp(text)
    ctx = DocContext(document, doc, normalise_doc(doc, document.anchor, text))
    described = {}
    for ent in ctx.ents:
        span = person_name(ent) if ent.label_ == "PERSON" else None
        if span is not None:
            name, role, party = describe_head(ctx, span)
            described[name] = (role, party)
    assert described["Rosa Mamani"] == ("counterpart", "Bolivia")
    assert described["Jorge Vidal"] == ("Foreign Minister", "Chile")


def test_those_with_whose_participation_a_round_was_held_head_their_sides(nlp: Any) -> None:
    text = (
        "Norway hosted in Oslo on Monday the third round of talks between Chile and Bolivia, with the "
        "participation of His Excellency Carlos Medina, Minister of Foreign Affairs of the Republic of "
        "Chile, and His Excellency Rosa Mamani, Special Envoy of the President of Bolivia."
    )
    heads = _heads(nlp, text)["2021-05-10"]
    assert ("Carlos Medina", "Chile") in heads and ("Rosa Mamani", "Bolivia") in heads


def test_those_without_whose_participation_talks_were_held_are_no_heads(nlp: Any) -> None:
    text = _LEAD + "The talks went ahead without the participation of Chile's top diplomat Carlos Medina."
    assert "Carlos Medina" not in {name for name, _side in _heads(nlp, text)["2021-05-10"]}


def test_a_name_and_his_counterpart_after_a_fronted_phrase_head_both_sides(nlp: Any) -> None:
    text = (
        "Chilean Foreign Minister Jorge Vidal left La Paz on Tuesday after a two-day visit to Bolivia. "
        "During his stay in La Paz, Vidal and his Bolivian counterpart Rosa Mamani held talks on Monday on "
        "a shared aquifer."
    )
    heads = _heads(nlp, text)["2021-05-10"]
    assert ("Jorge Vidal", "Chile") in heads and ("Rosa Mamani", "Bolivia") in heads


def test_who_says_he_discussed_it_with_his_counterpart_heads_the_other_side(nlp: Any) -> None:
    text = _VISIT + "Vidal said he had discussed the dam with his Bolivian counterpart Rosa Mamani."
    heads = _heads(nlp, text)["2021-05-10"]
    assert ("Jorge Vidal", "Chile") in heads and ("Rosa Mamani", "Bolivia") in heads


def test_a_counterpart_of_no_side_of_the_report_is_no_head(nlp: Any) -> None:
    text = _VISIT + "Vidal said he had discussed the dam with his Peruvian counterpart Juan Quispe."
    names = {name for name, _side in _heads(nlp, text)["2021-05-10"]}
    assert "Juan Quispe" not in names


def test_a_counterpart_who_only_invited_is_no_head(nlp: Any) -> None:
    text = (
        "Chile and Bolivia agreed on Monday to share the waters of a border aquifer at talks in La Paz, "
        "officials said. Chilean Foreign Minister Jorge Vidal came at the invitation of his Bolivian "
        "counterpart Rosa Mamani."
    )
    names = {name for name, _side in _heads(nlp, text)["2021-05-10"]}
    assert "Rosa Mamani" not in names
