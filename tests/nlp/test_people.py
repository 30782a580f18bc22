"""People in news text: titles, countries and names around a person's name."""

from __future__ import annotations

import datetime as dt
from typing import Any

from legation.model import Document
from legation.nlp.extract import extract
from legation.nlp.people import given_name, name_span, people_taken_for_bodies, person_name, title_before


def test_only_a_country_word_between_a_title_and_a_name_is_a_given_name(nlp: Any) -> None:
    doc = nlp("Soto arrived in Peru Wednesday evening for talks with Peru's King Carlos II and Luis Vega.")
    words = {t.text: t for t in doc}
    assert not given_name(words["and"])  # a word that names no country is never a given name
    vega = name_span(words["Vega"])
    assert vega is not None and vega.text == "Luis Vega"
    doc = nlp("The accord was signed by Peru's Minister of Fisheries Jordan Rojas.")
    assert given_name(next(t for t in doc if t.text == "Jordan"))


def test_a_country_of_several_words_before_a_title_is_read_whole(nlp: Any) -> None:
    doc = nlp(
        "South Korean President Ana Park met South Sudanese Foreign Minister Deng Alor and "
        "New Zealand Trade Minister Tim Gray."
    )
    people = {ent.text: title_before(ent) for ent in doc.ents if ent.label_ == "PERSON"}
    assert people["Ana Park"] == ("President", "South Korea")
    assert people["Deng Alor"] == ("Foreign Minister", "South Sudan")
    assert people["Tim Gray"] == ("Trade Minister", "New Zealand")


def test_two_titles_joined_by_and_are_one_persons(nlp: Any) -> None:
    doc = nlp("Peruvian Deputy Prime Minister and Foreign Minister Ana Ruiz met Luis Vega on Monday.")
    (ruiz,) = [ent for ent in doc.ents if ent.text == "Ana Ruiz"]
    assert title_before(ruiz) == ("Deputy Prime Minister and Foreign Minister", "Peru")


def test_a_title_after_a_bodys_name_with_of_keeps_the_country_before_the_body(nlp: Any) -> None:
    # a legislator: "House of Representatives" hangs on the name by its first word, "of" and all
    doc = nlp("US House of Representatives Speaker Jan Novak met Peruvian President Ana Ruiz in Lima.")
    (novak,) = [ent for ent in doc.ents if ent.text == "Jan Novak"]
    assert title_before(novak) == ("House of Representatives Speaker", "United States")


def test_a_title_with_its_own_of_phrase_right_before_a_name_keeps_its_country(nlp: Any) -> None:
    # the parser hangs "Secretary of State" on the name by "State": the title and its country are the name's
    doc = nlp(
        "US Secretary of State Jan Novak met Peruvian Minister of Foreign Affairs Carlos Rojas "
        "in Lima on Monday."
    )
    people = {ent.text: title_before(ent) for ent in doc.ents if ent.label_ == "PERSON"}
    assert people["Jan Novak"] == ("Secretary of State", "United States")
    assert people["Carlos Rojas"] == ("Minister of Foreign Affairs", "Peru")


def test_a_countrys_name_with_of_before_a_name_is_not_cut_into_another_country(nlp: Any) -> None:
    doc = nlp("Vice President of Democratic Republic of Congo Abdoulaye Yerodia Ndombasi arrived in Beijing.")
    (person,) = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    title = title_before(person)
    assert title is None or title[1] != "Republic of the Congo"


def test_a_country_word_the_model_takes_into_a_titled_name_is_no_part_of_it(nlp: Any) -> None:
    doc = nlp("Swazi King Mswati arrived in Lima on Friday.")
    (person,) = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    name = person_name(person)
    assert name is not None and name.text == "Mswati"


def test_a_plural_title_the_model_takes_into_the_first_name_of_a_pair_is_no_part_of_it(nlp: Any) -> None:
    doc = nlp("Prime Ministers Ole Hansen and Per Berg signed the deal on Sunday.")
    (first,) = [ent for ent in doc.ents if ent.label_ == "PERSON" and "Hansen" in ent.text]
    name = person_name(first)
    assert name is not None and name.text == "Ole Hansen"


def test_a_bodys_acronym_before_a_title_the_model_takes_into_a_name_is_no_part_of_it(nlp: Any) -> None:
    doc = nlp("The Chilean delegation was headed by Director General DINA Col Ana Soto on Friday.")
    spans = [name_span(t) for t in doc if t.text == "Soto"]
    name = person_name(spans[0])
    assert name is not None and name.text == "Ana Soto"
    # an upper-case word with no title after it stays
    doc = nlp("The talks were led by ANA SOTO on Friday.")
    name = person_name(name_span(next(t for t in doc if t.text == "SOTO")))
    assert name is not None and name.text.endswith("SOTO")


def test_a_name_taken_for_an_organisations_joined_to_a_persons_is_a_persons(nlp: Any) -> None:
    """The model tags the second prime minister's name ORG; joined to the first's, it is a person's, and
    both lead their sides at the meeting."""
    text = "Prime ministers Ivan Petrov of Serbia and Bashkim Rexhepi of Kosovo met in Brussels on Tuesday."
    doc = nlp(text)
    assert ("Bashkim Rexhepi", "ORG") in [(e.text, e.label_) for e in doc.ents]  # the model's reading
    analysis = extract(Document("t1", text, dt.date(2024, 5, 15)), doc)
    assert ("Bashkim Rexhepi", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    heads = {(h.actor.name, h.actor.party) for m in analysis.meetings for h in m.heads}
    assert ("Bashkim Rexhepi", "Kosovo") in heads


def test_an_organisation_joined_to_a_person_stays_an_organisation(nlp: Any) -> None:
    doc = nlp("Prime Minister Ivan Petrov and the Liberation Front held talks in Brussels on Tuesday.")
    people_taken_for_bodies(doc)
    assert all(e.label_ != "PERSON" or "Front" not in e.text for e in doc.ents)


def test_the_country_of_a_title_before_a_name_is_no_part_of_the_name(nlp: Any) -> None:
    text = (
        "The negotiations between Foreign Minister of Armenia Aram Sargsyan and Foreign Minister of "
        "Azerbaijan Elnur Mammadov on the draft treaty concluded in Berlin on Monday."
    )
    analysis = extract(Document("t1", text, dt.date(2021, 5, 11)), nlp(text))
    heads = {h.actor.name for m in analysis.meetings for h in m.heads}
    assert "Aram Sargsyan" in heads and not any(name.startswith("Armenia") for name in heads)


def test_the_entities_read_for_people_are_those_the_readers_get(nlp: Any) -> None:
    """The entities read to find people taken for bodies are kept for the readers where none is
    relabelled (spaCy makes every entity's span anew on each read of ``Doc.ents``), and read anew
    where one is."""
    from legation.nlp.context import _ENTITIES, entities

    doc = nlp("Prime Minister Ivan Petrov met the Liberation Front in Brussels on Tuesday.")
    before = [(e.start, e.end, e.label_) for e in doc.ents]
    people_taken_for_bodies(doc)
    kept = doc.user_data.get(_ENTITIES)  # kept by the reading, before any reader asks
    assert kept is not None and entities(doc) is kept
    assert [(e.start, e.end, e.label_) for e in kept] == before
    text = "Prime ministers Ivan Petrov of Serbia and Bashkim Rexhepi of Kosovo met in Brussels on Tuesday."
    doc = nlp(text)
    assert ("Bashkim Rexhepi", "ORG") in [(e.text, e.label_) for e in doc.ents]  # the model's reading
    people_taken_for_bodies(doc)
    assert ("Bashkim Rexhepi", "PERSON") in [(e.text, e.label_) for e in entities(doc)]
