"""Sides, third parties and movements, on sentences written for these tests (real model)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from legation.model import Document
from legation.nlp.extract import extract
from legation.nlp.meetings import find_meetings, read_meetings
from legation.nlp.sides import find_sides

from .helpers import context


def _sides(nlp: Any, text: str) -> Any:
    ctx = context(nlp, text)
    return find_sides(ctx, find_meetings(ctx))


def _sides_of_report(nlp: Any, text: str, published: str = "2024-05-13") -> Any:
    """The sides of a report dated ``published``, with its announced meetings as well as its held ones."""
    ctx = context(nlp, text, published)
    meetings, announced = read_meetings(ctx)
    return find_sides(ctx, meetings, announced)


def test_a_host_country_of_bilateral_talks_is_a_host_not_a_party(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Chile and Peru held a second round of talks in Montevideo on Monday, hosted by Uruguay. "
        "The delegations discussed water rights.",
    )
    assert sides.parties == ("Chile", "Peru")
    assert ("Uruguay", "host") in {(t.name, t.role) for t in sides.third_parties}


def test_a_mediator_is_a_third_party_with_evidence(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Ghana and Togo held Norwegian-mediated talks on their border in Oslo on Tuesday. "
        "The two delegations met for five hours.",
    )
    assert sides.parties == ("Ghana", "Togo")
    (mediator,) = [t for t in sides.third_parties if t.role == "mediator"]
    assert mediator.name == "Norway" and "Norwegian-mediated" in mediator.evidence[0].sentence


def test_mediators_sharing_one_hyphenated_role_word_are_both_mediators(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Ghana and Togo resumed the Norwegian- and Danish-brokered talks on their border on Tuesday.",
    )
    assert sides.parties == ("Ghana", "Togo")
    assert {t.name for t in sides.third_parties if t.role == "mediator"} == {"Norway", "Denmark"}


def test_a_non_state_movement_is_a_party(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "The government of Mali and the Azawad Liberation Front held a first round of talks in Algiers on "
        "Monday. The Front (ALF) said the talks were useful.",
    )
    assert "Azawad Liberation Front" in sides.parties and "Mali" in sides.parties
    assert sides.movements == ("Azawad Liberation Front",)
    assert "ALF" in sides.party_names["Azawad Liberation Front"]


def test_the_rebels_are_the_movement_and_their_leader_stands_for_them(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Zambian President John Banda met rebel leader Paul Mwale in Lusaka on Friday for talks, the first "
        "meeting between the government and the rebels since the war began.",
    )
    assert sides.negotiation
    assert "Zambia" in sides.parties and len(sides.parties) == 2
    assert sides.movements and sides.movements[0] in sides.parties


def test_two_countries_named_without_a_negotiation_are_no_parties(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Share prices rose in Chile on Monday while Peru's copper exports fell, traders said.",
    )
    assert not sides.negotiation and sides.parties == ()


@pytest.mark.parametrize("title", ["Ambassador", "Deputy Assistant Secretary", "Foreign Minister"])
def test_a_bare_title_is_never_a_head(nlp: Any, title: str) -> None:
    ctx = context(nlp, f"The Chilean delegation was led by {title} at the talks in Lima on Monday.")
    heads = [h.actor.name for m in find_meetings(ctx) for h in m.heads]
    assert heads == []


def test_a_title_before_a_name_is_not_part_of_the_head(nlp: Any) -> None:
    ctx = context(
        nlp, "The Chilean delegation was led by Ambassador Rosa Quispe at the talks in Lima on Monday."
    )
    heads = [h.actor.name for m in find_meetings(ctx) for h in m.heads]
    assert heads == ["Rosa Quispe"]


def test_a_chief_negotiator_in_apposition_is_a_head(nlp: Any) -> None:
    ctx = context(
        nlp,
        "Peru's chief negotiator, Luis Torres, met Chilean envoys in Lima on Monday for a third round "
        "of talks.",
    )
    heads = [h.actor.name for m in find_meetings(ctx) for h in m.heads]
    assert "Luis Torres" in heads


def test_talks_here_are_in_the_city_of_the_dateline(nlp: Any) -> None:
    import dataclasses

    ctx = context(nlp, "Chile and Peru held a second round of talks here on Monday on water rights.")
    ctx = dataclasses.replace(ctx, document=dataclasses.replace(ctx.document, dateline_place="Arica"))
    (meeting,) = find_meetings(ctx)
    assert meeting.city == "Arica"


def test_talks_here_under_an_organisations_dateline_are_in_its_seat(nlp: Any) -> None:
    import dataclasses

    ctx = context(nlp, "Six powers resumed talks here on Monday on a draft resolution.")
    ctx = dataclasses.replace(
        ctx, document=dataclasses.replace(ctx.document, dateline_place="UNITED NATIONS")
    )
    (meeting,) = find_meetings(ctx)
    assert meeting.city == "New York"


def test_a_meeting_in_another_city_does_not_take_the_first_meetings_venue_or_ordinal(nlp: Any) -> None:
    ctx = context(
        nlp,
        "Chile and Peru held the second round of talks at the Foreign Ministry in Lima on Monday. "
        "Their ministers also met in Santiago, officials said.",
    )
    meetings = find_meetings(ctx)
    lima = next(m for m in meetings if m.city == "Lima")
    assert lima.ordinal == 2
    assert all(m.ordinal is None and m.venue is None for m in meetings if m.city == "Santiago")


def test_a_movements_full_name_and_its_short_name_are_one_party(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Leaders of the Islamic Resistance Movement (Hamas) and Fatah held talks in Gaza on Tuesday. "
        "Hamas said the talks were useful.",
    )
    assert sides.parties == ("Fatah", "Hamas")


def test_a_listed_full_name_with_a_nationality_is_the_known_movement(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Envoys of Israel and the Palestinian Islamic Resistance Movement held indirect talks in Cairo on "
        "Sunday. Hamas officials said the talks would go on.",
    )
    assert sides.parties == ("Hamas", "Israel")


def test_a_council_of_movements_and_the_islamists_are_the_movement(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Somalia's government and the Supreme Council of Islamic Courts held talks in Khartoum on Monday. "
        "The Islamists said the talks were difficult.",
    )
    assert sides.parties == ("Somalia", "Supreme Council of Islamic Courts")
    assert "Islamists" in sides.party_names["Supreme Council of Islamic Courts"]


def test_the_transitional_government_is_the_country_not_the_host(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Talks between Somalia's rebels and the transitional government opened in Khartoum, Sudan, on "
        "Monday. The transitional government sent six negotiators to Khartoum.",
    )
    assert "Sudan" not in sides.parties
    assert ("Sudan", "host") in {(t.name, t.role) for t in sides.third_parties}


def test_those_who_refuse_to_meet_are_the_sides_and_those_who_urge_them_are_not(nlp: Any) -> None:
    refused = _sides(nlp, "Ghana and Togo refused to meet in Lome on Monday, officials said.")
    assert refused.parties == ("Ghana", "Togo")
    urged = _sides(
        nlp, "France urged Ghana and Togo to hold talks in Lome on Monday. Ghana and Togo did not reply."
    )
    assert "France" not in urged.parties


def test_the_host_of_n_party_talks_is_a_side_when_the_report_counts_it(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Four-party talks between Ghana, Togo and Benin resumed in Accra on Monday, hosted by Ghana. "
        "The Ghanaian delegation chaired the session.",
    )
    assert sides.size == 4
    two = _sides(
        nlp, "Chile and Peru held talks in Santiago on Monday, hosted by Chile. They met for an hour."
    )
    assert two.size is None


def test_a_six_nation_tour_says_nothing_of_the_talks(nlp: Any) -> None:
    from legation.nlp.sides import talks_size

    assert talks_size("The minister began a six-nation tour on Monday.") is None
    assert talks_size("The six-nation nuclear talks resumed in Beijing.") == 6
    assert talks_size("Stalled four-way peace talks") == 4


def test_a_summit_or_conference_of_n_nations_says_how_many_sides_meet(nlp: Any) -> None:
    from legation.nlp.sides import talks_size

    assert talks_size("The leaders held a three-way news conference after the summit.") == 3
    assert talks_size("A five-nation summit opened in Lagos.") == 5
    assert talks_size("The minister began a five-nation tour after the conference.") is None
    # the host of a summit of three, named beside the other two, is one of its three sides
    sides = _sides(
        nlp,
        "The leaders of Chile, Peru and Bolivia met in La Paz on Wednesday for a summit on trade. "
        "The summit agreed a customs deal between Chile and Peru. "
        "In a three-way news conference, the three leaders praised the trade agreement.",
    )
    assert sides.parties == ("Bolivia", "Chile", "Peru")


def test_a_report_of_two_pairs_meetings_has_the_sides_of_the_one_it_leads_with(nlp: Any) -> None:
    # one side's held meetings with two others are two negotiations: the report's is the first it tells
    for text in (
        "Ghana and Togo began direct talks in Accra on Monday, officials said. The talks run alongside "
        "the accord signed in Lome on May 2 by the foreign ministers of Ghana and Benin.",
        "Ghana and Togo held talks in Accra on Monday. On Tuesday, Ghana's president met Benin's president "
        "in Lome.",
    ):
        assert _sides(nlp, text).parties == ("Ghana", "Togo")
    # three sides seen at one meeting are talks of three, also when two of them meet again
    three = _sides(
        nlp,
        "Ghana, Togo and Benin held talks in Accra on Monday. Ghana and Benin met again on Tuesday.",
    )
    assert three.parties == ("Benin", "Ghana", "Togo")


def test_a_meeting_of_many_that_leaves_out_a_side_of_the_lead_pair_is_another_negotiation(nlp: Any) -> None:
    # one side's deals with a list of others, told after the pair the report leads with, are its own
    led = _sides(
        nlp,
        "Ghana and Togo signed a memorandum on trade in Accra on Monday. On Sunday, Benin, Niger and Mali "
        "signed similar memorandums with Ghana in Accra.",
    )
    assert led.parties == ("Ghana", "Togo")
    # a meeting of many that sees both sides of the lead pair is talks of many, told also by their pair
    many = _sides(
        nlp,
        "Ghana and Togo met in Accra on Monday. On Tuesday, Ghana, Togo and Benin held talks in Lome.",
    )
    assert many.parties == ("Benin", "Ghana", "Togo")


def test_the_size_of_the_talks_read_with_the_prefilter_is_the_same() -> None:
    from legation.nlp.context import places_in
    from legation.nlp.prefilter import fold
    from legation.nlp.sides import talks_size

    texts = [
        "Envoys met again on Monday; no date was set for the next session.",
        "The SEVEN-NATION framework talks and the seven-nation talks resumed.",
        "A four-way meeting is due; the four-way process stalled in May.",
        "The three-party tour ended.",
    ]
    for text in texts:
        folded = fold(text)
        assert folded is not None
        found = talks_size(text, folded, lambda word, folded=folded: places_in(folded, word))
        assert found == talks_size(text)
    assert [talks_size(t) for t in texts] == [None, 7, 4, None]


def test_the_country_where_talks_are_held_is_not_a_side_of_a_talk_sentence(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "With rebels advancing and peace talks due to start in Kenya at the weekend, the crisis came "
        "at a bad time for Uganda.",
    )
    assert "Kenya" not in sides.parties


def test_countries_which_mediated_are_mediators(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Chile and Peru held indirect talks in Lima on Monday. Brazil and Uruguay, which mediated an earlier "
        "truce, have pressed both sides to agree.",
    )
    assert sides.parties == ("Chile", "Peru")
    assert {("Brazil", "mediator"), ("Uruguay", "mediator")} <= {
        (t.name, t.role) for t in sides.third_parties
    }


def test_a_sentence_that_lists_the_sides_of_n_party_talks_gives_its_members(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Envoys met in Accra on Monday. The four-party talks, which involve Ghana, Togo, Benin and "
        "Nigeria, resumed after a year. Ghana and Togo held bilateral talks on the sidelines.",
    )
    assert sides.size == 4
    assert sides.members == ("Benin", "Ghana", "Nigeria", "Togo")


def test_leaders_of_one_country_meeting_each_other_meet_as_their_movements(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Colombian President Ana Ruiz and Colombian Vice President Jorge Vargas held talks in Bogota on "
        "Sunday. Vargas, a Patriotic Front leader, said the talks went well. Ruiz's Liberal Movement "
        "welcomed the talks.",
    )
    assert sides.parties == ("Liberal Movement", "Patriotic Front")
    one_country = _sides(
        nlp, "Chilean President Ana Ruiz and Peruvian President Jorge Vargas held talks in Lima on Sunday."
    )
    assert one_country.parties == ("Chile", "Peru")


def test_opposition_parties_are_not_the_rebels(nlp: Any) -> None:
    ctx = context(
        nlp,
        "Talks between the government of Chad and the rebels opened in Tripoli on Monday. In N'Djamena, "
        "opposition parties were to meet on Friday.",
    )
    names = {m.surface: m.name for m in ctx.actors.mentions if m.type == "group"}
    assert names["rebels"] != names["opposition parties"]


def test_an_organisations_envoy_is_a_mediator_and_a_countrys_envoy_a_side(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Talks between the government of Chad and the rebels resumed in Tripoli on Monday. The African Union "
        "envoy met the rebel delegation on Sunday.",
    )
    assert ("African Union", "mediator") in {(t.name, t.role) for t in sides.third_parties}
    country = _sides(nlp, "US envoy Jane Doe held talks with North Korea in Beijing on Monday.")
    assert "United States" in country.parties


def test_the_country_of_a_large_city_other_than_its_capital_hosts_talks_held_there(nlp: Any) -> None:
    sides = _sides(nlp, "Chile and Peru held talks in Geneva on Monday. The delegations met for five hours.")
    assert sides.parties == ("Chile", "Peru")
    assert ("Switzerland", "host") in {(t.name, t.role) for t in sides.third_parties}
    own = _sides(
        nlp, "Chilean and Peruvian delegations held talks in Arequipa on Monday on Peru's border with Chile."
    )
    assert "Peru" not in {t.name for t in own.third_parties}  # a city of one side's own country


def test_a_group_named_with_its_members_is_one_side(nlp: Any) -> None:
    for text in (
        "The EU3 (Britain, France and Germany) held talks with Iran in Geneva on Monday.",
        "The European Union -- Britain, France and Germany -- held talks with Iran in Geneva on Monday.",
    ):
        assert _sides(nlp, text).parties == ("European Union", "Iran"), text
    # a group whose own name is no actor stands for its members
    listed = _sides(
        nlp, "The group -- Britain, France and Germany -- held talks with Iran in Geneva on Monday."
    )
    assert listed.parties == ("France", "Germany", "Iran", "United Kingdom")


def test_those_present_at_a_meeting_take_part_in_it(nlp: Any) -> None:
    for text, expected in (
        (
            "A committee on the new cabinet held its first meeting on Sunday. Senior members of both Fatah "
            "and Hamas were present at the meeting.",
            {"Fatah", "Hamas"},
        ),
        ("Delegates of Chad and Niger took part in the talks in Niamey on Monday.", {"Chad", "Niger"}),
    ):
        parties = [m.parties for m in find_meetings(context(nlp, text))]
        assert any(set(p) == expected for p in parties), (text, parties)


def test_a_company_described_as_one_is_a_party(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Norwegian oil giant Petrola held talks with Moldova in Chisinau on Friday. Petrola said the talks "
        "on the price of crude would go on.",
    )
    assert sides.parties == ("Moldova", "Petrola")
    assert "Norway" not in sides.parties


def test_a_movement_ties_a_person_only_within_the_persons_own_phrase(nlp: Any) -> None:
    ctx = context(
        nlp,
        "The ruling Hamas movement had agreed with Ana Ruiz on a candidate. Talks between Hamas and the "
        "Fatah faction of Palestinian president Jorge Vargas collapsed in Gaza on Sunday.",
    )
    assert ctx.actors.affiliations == {"Vargas": "Fatah"}
    (meeting,) = find_meetings(ctx)
    # Vargas is named as the owner of his movement: the movement is the side, not also his country
    assert set(meeting.parties) == {"Fatah", "Hamas"}


def test_talks_only_sought_are_no_meeting_of_their_sides(nlp: Any) -> None:
    (meeting,) = find_meetings(
        context(
            nlp,
            "Chilean President Ana Ruiz flew to Lima on Tuesday for talks with Peru's foreign minister "
            "on ways of reviving peace talks with Bolivia.",
        )
    )
    assert "Bolivia" not in meeting.parties


def test_two_movements_at_the_table_are_two_sides_and_a_capital_before_talks_is_a_place(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Chad and the two rebel groups -- the National Salvation Front and the Democratic Resistance Army -- "
        "started the long-delayed third round of the Tripoli peace talks on Tuesday.",
    )
    assert sides.parties == ("Chad", "Democratic Resistance Army", "National Salvation Front")
    assert sides.movements == ()
    for capital, country in (("Tripoli", "Libya"), ("Addis Ababa", "Ethiopia")):
        text = f"The head of the rebel delegation to the {capital} peace talks said on Monday it went on."
        assert country not in {p for m in find_meetings(context(nlp, text)) for p in m.parties}


def test_a_long_delayed_round_that_started_was_held(nlp: Any) -> None:
    (meeting,) = [
        m
        for m in find_meetings(
            context(nlp, "Chile and Peru started the long-delayed second round of talks on Monday.")
        )
        if m.ordinal == 2
    ]
    assert not meeting.planned and meeting.fate is None


def test_a_body_of_movements_is_named_by_what_it_unites(nlp: Any) -> None:
    ctx = context(
        nlp,
        "The Supreme Council of Tribal Courts held talks with the government of Chad in Khartoum on Monday. "
        "The tribal courts said the talks would go on.",
    )
    names = {m.surface: m.name for m in ctx.actors.mentions}
    assert names.get("tribal courts") == "Supreme Council of Tribal Courts"


def test_who_welcomes_talks_takes_no_part_in_them(nlp: Any) -> None:
    ctx = context(
        nlp,
        "Norway on Monday welcomed the talks between Chile and Peru. "
        "Brazil hailed the resumption of talks. Chile and Peru met in Lima on Monday.",
    )
    assert "Norway" not in {p for m in find_meetings(ctx) for p in m.parties}
    assert "Brazil" not in {p for m in find_meetings(ctx) for p in m.parties}


def test_a_sponsor_named_with_its_acronym_is_a_third_party_not_a_side(nlp: Any) -> None:
    text = (
        "The third round of the Arab League (AL)-sponsored talks between Chad and the rebels "
        "opened on Monday."
    )
    sides = _sides(nlp, text)
    assert ("Arab League", "mediator") in {(t.name, t.role) for t in sides.third_parties}
    assert "Arab League" not in {p for m in find_meetings(context(nlp, text)) for p in m.parties}


def test_meeting_a_need_is_no_meeting(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Gas talks between Ghana and a supplier went on in Accra on Sunday. "
        "The pipeline crosses Togo, meeting about ten percent of Benin's needs. "
        "Togo met the deadline set by Benin.",
    )
    assert not {"Togo", "Benin"} & set(sides.parties)


def test_a_known_movement_named_as_a_modifier_is_that_movement(nlp: Any) -> None:
    text = "Houthi negotiators met Omani officials in Muscat on Thursday for talks on prisoners."
    sides = _sides(nlp, text)
    assert sides.parties == ("Houthis", "Oman")


def test_who_leads_talks_between_others_is_a_mediator(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Chad and the rebels met in Niamey on Tuesday for African Union-led talks on a ceasefire.",
    )
    assert "African Union" not in sides.parties
    assert ("African Union", "mediator") in {(t.name, t.role) for t in sides.third_parties}


def test_a_movement_the_model_takes_for_a_person_is_no_head(nlp: Any) -> None:
    text = "Chadian government and Sahel People's Liberation Front negotiators met in Niamey on Tuesday."
    heads = {h.actor.name for m in find_meetings(context(nlp, text)) for h in m.heads}
    assert not any("Front" in h for h in heads)


def test_negotiators_for_two_sides_are_the_sides_of_their_meeting(nlp: Any) -> None:
    ctx = context(nlp, "Negotiators for Chad and Hamas met in Niamey on Monday with Nigerien mediators.")
    (meeting,) = find_meetings(ctx)
    assert set(meeting.parties) == {"Chad", "Hamas"}


def test_a_person_tied_to_a_movement_meets_as_that_movement(nlp: Any) -> None:
    text = (
        "Hamas leader Khaled Meshaal arrived in Cairo on Monday. Meshaal met Egyptian officials on Tuesday."
    )
    meetings = find_meetings(context(nlp, text, "2024-05-17"))
    assert {"Hamas", "Egypt"} <= {p for m in meetings for p in m.parties}


def test_bystanders_of_a_deal_are_no_sides_when_the_talks_name_theirs(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Talks in Moscow on the gas price entered their final hours on Sunday. "
        "Supplier Volta Gas Company said the negotiations with Ghana had so far failed. "
        "Togo fears that without a deal supplies to Benin will stop. "
        "Benin and Togo said any deal must not hurt them.",
    )
    assert set(sides.parties) == {"Ghana", "Volta Gas Company"}


def test_an_organisation_named_before_its_summit_is_the_occasion_not_a_side(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Chile's foreign minister will hold talks with his Peruvian counterpart on the sidelines of the "
        "APEC forum. The APEC summit meetings take place in Lima next week.",
    )
    assert sides.parties == ("Chile", "Peru")


def test_an_organisation_named_with_its_acronym_before_its_gathering_is_the_occasion_not_a_side(
    nlp: Any,
) -> None:
    sides = _sides(
        nlp,
        "Chile and Peru are to sign a fisheries agreement in June, Chilean Fisheries Minister Juan Soto said "
        "on Monday. Soto said the signing would follow the meeting of fisheries ministers from the "
        "Asia-Pacific Economic Cooperation (APEC) forum in Lima.",
    )
    assert sides.parties == ("Chile", "Peru")


def test_the_country_the_talks_are_about_is_no_side(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Six major powers resumed talks here Monday on how to coerce Togo into holding elections. The "
        "envoys of Ghana and Benin said the negotiations on Togo's vote were useful.",
    )
    assert sides.parties == ("Benin", "Ghana")


def test_a_side_named_in_a_clause_inside_the_topic_is_still_a_side(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Talks on the border dispute of Mali, which involve Algeria and Morocco, resumed in Paris on "
        "Monday. The delegations met for four hours.",
    )
    assert {"Algeria", "Morocco"} <= set(sides.parties)


def test_a_movement_name_the_model_cuts_at_and_is_one_movement(nlp: Any) -> None:
    sides = _sides(nlp, "The government of Chad held talks with the Concord and Progress Movement on Monday.")
    assert sides.parties == ("Chad", "Concord and Progress Movement")


def test_a_movement_name_cut_at_and_is_joined_by_its_acronym(nlp: Any) -> None:
    ctx = context(nlp, "A spokesman for the rebel Justice and Equality Movement (JEM) said on Friday.")
    assert "Justice and Equality Movement" in {m.name for m in ctx.actors.mentions}


def test_a_report_that_tells_two_movements_apart_keys_each_by_name(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "The head of Chad's delegation to the talks with the Unity Front said on Monday the talks would "
        "go well. Chad expects the Unity Front and the Renewal Army to sign a truce.",
    )
    assert sides.movements == ()


def test_a_news_outlet_and_the_country_in_its_name_are_no_actors(nlp: Any) -> None:
    ctx = context(
        nlp,
        "Chile and Peru held talks in Lima on Monday, the Bolivia National Broadcasting Corporation said.",
    )
    names = {m.name for m in ctx.actors.mentions}
    assert {"Chile", "Peru"} <= names
    assert not any("Broadcasting" in n or n == "Bolivia" for n in names)


def test_an_outlet_named_with_a_noun_of_what_it_is_and_its_country_are_no_actors(nlp: Any) -> None:
    for text, outlet in (
        ("Chile and Peru held talks in Lima on Monday, the Bolivian daily El Heraldo reported.", "Bolivia"),
        ("According to the Bolivia Hoy newspaper, Chile and Peru held talks in Lima on Monday.", "Bolivia"),
        ("Argentine news agency Telenoticias said Chile and Peru held talks in Lima on Monday.", "Argentina"),
    ):
        names = {m.name for m in context(nlp, text).actors.mentions}
        assert {"Chile", "Peru"} <= names, text
        assert outlet not in names, text
    # a media noun with no name beside it names no outlet; a country's word before it is still read
    ctx = context(nlp, "Chilean television said Chile and Peru held talks in Lima on Monday.")
    assert {"Chile", "Peru"} <= {m.name for m in ctx.actors.mentions}


def test_a_country_owning_a_party_with_words_that_describe_it_between_is_no_side(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Leaders of Portugal's small Liberals held talks with the opposition Conservatives on Monday.",
    )
    assert sides.parties == ("Conservatives", "Liberals")
    # a noun that describes a company between keeps the country, as "Norway's gas giant X" does
    ctx = context(nlp, "Norway's state-controlled monopoly Nordgas Corp. held talks with Denmark on Monday.")
    assert "Norway" in {m.name for m in ctx.actors.mentions}
    # "and the" ends the owner's phrase: the government is the country's, and a side
    sides = _sides(
        nlp,
        "Somalia's government and the Supreme Council of Islamic Courts held talks in Khartoum on Monday.",
    )
    assert sides.parties == ("Somalia", "Supreme Council of Islamic Courts")


def test_a_movements_shortened_names_are_the_movement(nlp: Any) -> None:
    ctx = context(
        nlp,
        "The Patriotic Liberation Front of Azawad held talks with Mali in Algiers on Monday. The "
        "Liberation Front said the talks with Mali went well.",
    )
    assert {m.name for m in ctx.actors.mentions if m.type == "group"} == {
        "Patriotic Liberation Front of Azawad"
    }


def test_two_nationality_words_name_a_community_and_a_place_before_one_names_the_places_people(
    nlp: Any,
) -> None:
    ctx = context(
        nlp,
        "Turkish Cypriot leader Ali Kaya met his Greek Cypriot counterpart Nikos Pappas on Monday. "
        "Kosovo Albanian leaders stayed away. Russian-Ukrainian gas talks resumed.",
    )
    names = [m.name for m in ctx.actors.mentions]
    assert "Turkish Cypriots" in names and "Greek Cypriots" in names
    assert "Turkey" not in names and "Albania" not in names and "Kosovo" in names
    assert {"Russia", "Ukraine"} <= set(names)


def test_sides_who_will_meet_outrank_two_meetings_that_each_name_one_side(nlp: Any) -> None:
    ctx = context(
        nlp,
        "The next round of talks between Chile and Peru will be held in the coming weeks, "
        "Uruguay said on Monday. "
        "Ana Soto, who also met Bolivian officials in La Paz on Monday, said the offer stood. "
        "Luis Vega travelled to Quito on Monday for talks with Ecuadorean officials.",
    )
    held, announced = read_meetings(ctx)
    assert sorted(m.parties for m in held) == [("Bolivia",), ("Ecuador",)]  # each names one side
    assert find_sides(ctx, held, announced).parties == ("Chile", "Peru")


def test_the_backer_of_a_movement_is_no_side_of_its_talks(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "The talks in Lima are the first direct negotiations between Quito and the Bolivian-backed "
        "rebels of the Andean Liberation Front. The two delegations met on Monday.",
    )
    assert sides.parties == ("Andean Liberation Front", "Ecuador")


def test_a_known_movement_owning_its_delegation_is_a_side(nlp: Any) -> None:
    ctx = context(nlp, "Hezbollah's delegation met Lebanese officials in Beirut on Friday.")
    (m,) = find_meetings(ctx)
    assert set(m.parties) == {"Hezbollah", "Lebanon"}


def test_those_a_proposal_goes_to_are_sides_and_mediators_from_a_country_are_not(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Mediators from Norway presented a bridging proposal to Chile and Peru on Friday. "
        "A Chilean official said the proposal was being studied.",
    )
    assert sides.parties == ("Chile", "Peru")
    assert ("Norway", "mediator") in {(t.name, t.role) for t in sides.third_parties}


def test_who_reports_an_agreement_between_two_sides_is_no_side(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Chile and Peru reached a deal on their maritime border, the Organization of American States said. "
        "The deal ends a decade of negotiations.",
    )
    assert sides.parties == ("Chile", "Peru")


def test_a_movement_named_after_an_and_with_its_acronym_does_not_take_the_word_before_it(nlp: Any) -> None:
    sides = _sides(
        nlp, "The Chadian army and the Popular Defence Forces (PDF) held talks in Abeche on Saturday."
    )
    assert "Popular Defence Forces" in sides.parties
    assert not any(p.startswith("army") for p in sides.parties)


def test_a_known_movement_of_several_words_is_named_however_the_model_cuts_it(nlp: Any) -> None:
    sides = _sides(nlp, "Hayat Tahrir al-Sham and Turkey held talks in Ankara on Monday.")
    assert sides.parties == ("Hayat Tahrir al-Sham", "Turkey")


def test_the_two_sides_that_co_chair_their_dialogue_stay_its_sides(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Brazil and Canada on Tuesday held their second round of energy dialogue in Ottawa. "
        "Brazilian Vice Foreign Minister Ana Souza and the Canadian Undersecretary of State Paul Grant "
        "co-chaired the dialogue.",
    )
    assert sides.parties == ("Brazil", "Canada")


def test_co_chairs_named_by_a_passive_are_the_sides_not_chairs_of_the_talks(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Kenya and Uganda agreed on Friday to reopen the border crossing at the end of a two-day meeting "
        "of their joint commission in Arusha. The meeting was co-chaired by Kenyan Trade Minister Jane "
        "Wambui and Ugandan Trade Minister Paul Okello.",
    )
    assert sides.parties == ("Kenya", "Uganda")
    assert [t.name for t in sides.third_parties] == ["Tanzania"]  # the host, Arusha's country


def test_a_movement_whose_acronym_spells_its_possessive_first_word_keeps_that_word(nlp: Any) -> None:
    ctx = context(
        nlp,
        "Talks between the government of Chad and the rebel Farmers' Liberation Front (FLF) resumed on "
        "Monday. The FLF said it wanted a ceasefire.",
    )
    assert {m.name for m in ctx.actors.mentions if m.type == "group"} == {"Farmers' Liberation Front"}


def test_those_who_attended_as_observers_are_observers(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Chile and Peru held talks in Quito on Monday. U.S. and Chinese ambassadors attended the meeting "
        "as observers.",
    )
    assert sides.parties == ("Chile", "Peru")
    assert {("United States", "observer"), ("China", "observer")} <= {
        (t.name, t.role) for t in sides.third_parties
    }


def test_a_movement_the_model_misses_is_named_by_the_acronym_that_spells_it(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "The ministers welcomed peace efforts between the Chadian government and the God's Resistance "
        "Army (GRA) with an aim to end the war. Talks are under way in Arusha between the government of "
        "Chad and the GRA.",
    )
    assert sides.parties == ("Chad", "God's Resistance Army")
    cut = context(
        nlp, "Envoys welcomed the truce between the army and the Lord's Salvation Army (LSA) on Monday."
    )
    assert {m.name for m in cut.actors.mentions if m.type == "group"} == {"Lord's Salvation Army"}


def test_two_names_the_report_gives_two_acronyms_are_two_movements(nlp: Any) -> None:
    ctx = context(
        nlp,
        "The Chad Liberation Movement (CLM) and the government held talks in Abuja on Monday. A member of "
        "the Chad People's Liberation Movement (CPLM) sat with the government delegation.",
    )
    names = {m.surface: m.name for m in ctx.actors.mentions if m.type == "group"}
    assert names["Chad Liberation Movement"] == "Chad Liberation Movement"
    assert names["Chad People's Liberation Movement"] == "Chad People's Liberation Movement"


def test_the_name_before_a_company_title_is_a_company_that_meets_as_a_side(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "On Friday a meeting took place between Petrovia chairman Ivan Petrov and Nordmark chief "
        "executive officer Jan de Vries, Petrovia said.",
    )
    assert sides.parties == ("Nordmark", "Petrovia")
    body = context(nlp, "Central Reserve Chairman Ivan Petrov will lead the team to the talks in Oslo.")
    assert not [m for m in body.actors.mentions if m.type == "group"]


def test_a_nationality_that_describes_a_company_is_no_actor(nlp: Any) -> None:
    ctx = context(nlp, "The Swiss-Italian engineering giant resumed talks with Petrovia on Monday.")
    assert not {m.name for m in ctx.actors.mentions} & {"Switzerland", "Italy"}


def test_talks_between_two_actors_name_the_sides_of_their_sentence(nlp: Any) -> None:
    sides = _sides(
        nlp, "Norway praised the talks between Kenya and Uganda, and Sweden and Denmark urged more aid."
    )
    assert sides.parties == ("Kenya", "Uganda")


def test_a_movement_written_out_is_the_acronym_the_lexicon_knows_it_by(nlp: Any) -> None:
    text = "Ethiopia and the Tigray People's Liberation Front held talks in Nairobi on Monday."
    assert _sides(nlp, text).parties == ("Ethiopia", "TPLF")


def test_a_states_own_armed_forces_are_that_state(nlp: Any) -> None:
    text = (
        "The Chadian Armed Forces and the rebels of the Democratic Resistance Army met in Tripoli on Monday."
    )
    assert _sides(nlp, text).parties == ("Chad", "Democratic Resistance Army")
    text = "Chad and the Free Chadian Army met in Tripoli on Monday."
    assert _sides(nlp, text).parties == ("Chad", "Free Chadian Army")


def test_a_states_forces_named_in_full_are_the_state_and_never_a_movement(nlp: Any) -> None:
    text = "Commanders of the Ethiopian National Defense Force and the rebels met in Nairobi on Monday."
    forces = [m for m in context(nlp, text).actors.mentions if m.surface.endswith("Defense Force")]
    assert [(m.name, m.type) for m in forces] == [("Ethiopia", "country")]
    text = "Officers of the US Air Force met Japanese officials in Tokyo on Monday to discuss the bases."
    assert _sides(nlp, text).movements == ()


def test_a_side_its_negotiator_speaks_for_is_still_a_side_and_a_capital_named_by_demonym_a_place(
    nlp: Any,
) -> None:
    text = (
        "Kenya and Uganda agreed to extend the truce, Kenya's chief negotiator said on Tuesday after two "
        "days of talks in the Tanzanian capital."
    )
    assert _sides(nlp, text).parties == ("Kenya", "Uganda")


def test_whose_prisoners_a_deal_frees_is_no_side(nlp: Any) -> None:
    text = (
        "Colombia and the ELN have agreed to a ceasefire and an exchange of Colombian soldiers for "
        "Venezuelan prisoners, the mediators said after talks in Havana on Monday."
    )
    assert "Venezuela" not in _sides(nlp, text).parties


def test_talks_among_several_countries_name_every_one_of_them_a_side(nlp: Any) -> None:
    ctx = context(
        nlp,
        "Britain and France welcomed the talks among Chile, Peru and Bolivia on sharing the river. "
        "Officials said the next session will be held on Monday.",
    )
    meetings, announced = read_meetings(ctx)
    assert find_sides(ctx, meetings, announced).parties == ("Bolivia", "Chile", "Peru")


def test_a_countrys_government_phrase_is_one_of_its_wordings(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Envoys of the African Union met the Chadian transitional government in N'Djamena on Monday for "
        "talks on the coming elections.",
    )
    assert sides.parties == ("African Union", "Chad")
    assert "Chadian transitional government" in sides.party_names["Chad"]


def test_the_host_that_is_one_of_two_sides_named_about_the_talks_is_a_side(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Ghana's trade minister will lead a delegation of officials next month, the ministry said on "
        "Tuesday. The discussions, which will take place on December 14 in Abuja, will cover tariffs on "
        "cocoa. The Ghanaian delegation will also meet Nigerian President Musa Danjuma.",
    )
    assert sides.parties == ("Ghana", "Nigeria")
    assert "Nigeria" not in {t.name for t in sides.third_parties}


def test_a_host_named_with_two_other_sides_stays_a_host(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Chile and Peru held a second round of talks in Montevideo on Monday. Uruguay welcomed the two "
        "delegations, and the Chilean and Peruvian negotiators thanked Uruguay for its hospitality.",
    )
    assert sides.parties == ("Chile", "Peru")


def test_a_well_known_movements_full_name_in_the_lexicon_is_one_of_its_wordings(nlp: Any) -> None:
    sides = _sides(nlp, "Colombian government negotiators and FARC rebels resumed talks in Havana on Monday.")
    assert sides.parties == ("Colombia", "FARC")
    assert "Revolutionary Armed Forces of Colombia" in sides.party_names["FARC"]


def test_what_a_host_hosts_is_not_a_host(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Chile and Peru held talks in Lima on Monday on the sidelines of a summit. Brazil, which hosted "
        "the Mercosur summit last year, did not take part.",
    )
    assert sides.parties == ("Chile", "Peru")
    assert "Mercosur" not in {t.name for t in sides.third_parties if t.role == "host"}


def test_those_a_mediator_mediates_between_are_sides_not_mediators(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "A Chilean delegation held talks with Brazilian mediators in Brasilia on Wednesday. Brazil has been "
        "mediating between Chile and Peru, which do not talk to each other directly.",
    )
    assert ("Brazil", "mediator") in {(t.name, t.role) for t in sides.third_parties}
    assert not {t.name for t in sides.third_parties} & {"Chile", "Peru"}


def test_a_country_in_a_title_its_holder_no_longer_holds_is_no_side(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Former Canadian foreign minister Paul Tremblay, now the UN special envoy for the dispute, met "
        "leaders of the Azawad Liberation Front and Malian officials in Niamey on Monday.",
    )
    assert "Canada" not in sides.parties
    assert set(sides.parties) == {"Azawad Liberation Front", "Mali"}


def test_a_round_of_a_vote_describes_no_negotiation_between_the_candidates(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Members of the board will meet in Geneva on Thursday to choose the venue of the 2031 regatta. "
        "Norway and Chile are tipped to survive the first round of voting, observers said.",
    )
    assert not sides.negotiation and sides.parties == ()


def test_those_who_meet_about_others_peace_process_are_no_sides_of_it(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Officials from Canada, Brazil and Norway opened a two-day conference in Oslo on Monday regarding "
        "Nepal's fragile peace process. They will discuss aid, a spokesman said.",
    )
    assert not {"Canada", "Brazil", "Norway"} & set(sides.parties)


def test_sides_who_meet_about_their_own_talks_stay_sides(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Chile and Peru held a meeting in Lima on Monday about the Chile-Peru border talks. The "
        "delegations agreed to meet again.",
    )
    assert sides.parties == ("Chile", "Peru")


def test_a_separatist_authority_named_by_its_demonym_is_a_side(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Georgia's envoy Levan Beridze held talks in Sochi on Monday with the chief Abkhaz negotiator, "
        "who said the Abkhazian side wanted guarantees.",
    )
    assert set(sides.parties) == {"Georgia", "Abkhazia"}


def test_two_political_parties_striking_a_pact_are_the_sides_not_their_country(nlp: Any) -> None:
    ctx = context(
        nlp,
        "Leaders of Portugal's small Liberals struck a coalition pact with the opposition Conservatives on "
        "Monday. Liberal Party leader Marta Quental and Conservatives' leader Rui Balsemao ended weeks of "
        "talks with the deal. At their talks, Quental and Balsemao agreed on a budget but need further "
        "talks with the Socialists on pensions.",
    )
    meetings, announced = read_meetings(ctx)
    sides = find_sides(ctx, meetings, announced)
    assert sides.parties == ("Conservatives", "Liberals")
    (m,) = meetings
    assert m.date is not None and m.date.value == "2024-05-13"  # the lead's day: a pact struck is a dealing
    assert set(m.parties) == {"Conservatives", "Liberals"}


def test_an_actor_meeting_alone_is_no_side_of_the_talks_the_report_is_about(nlp: Any) -> None:
    ctx = context(
        nlp,
        "Opposition parties met on Friday to choose a new leader, party officials said. Peace talks between "
        "Chad and the rebels are due to start in Libya next week, and the rebels said they would send a "
        "delegation.",
    )
    meetings, announced = read_meetings(ctx)
    assert find_sides(ctx, meetings, announced).parties == ("Chad", "rebels")


def test_the_words_that_say_which_government_name_the_governments_side(nlp: Any) -> None:
    ctx = context(
        nlp,
        "Chadian rebels and the caretaker government held talks in Tripoli on Monday. The interim "
        "administration offered the rebels seats in the cabinet.",
    )
    meetings, announced = read_meetings(ctx)
    sides = find_sides(ctx, meetings, announced)
    assert sides.parties == ("Chad", "Chadian rebels")
    assert {"caretaker government", "interim administration"} <= set(sides.party_names["Chad"])


def test_a_grouping_across_the_table_from_one_country_is_a_side_not_a_forum_of_its_members(nlp: Any) -> None:
    text = (
        "Sweden and the EU have agreed how the exit negotiations will be organised, after the first day of "
        "formal talks in Brussels. Exit Secretary Anna Berg and the EU's chief negotiator Pierre Durand met "
        "at the Commission headquarters on Monday."
    )
    ctx = context(nlp, text, "2017-06-19")
    sides = find_sides(ctx, find_meetings(ctx))
    assert (sides.parties, sides.forum) == (("European Union", "Sweden"), None)


@pytest.mark.parametrize(
    "text",
    [
        # an organ of the organisation beside it is that side
        "Sweden and the EU opened exit talks in Brussels on Monday. The European Commission's negotiator met "
        "Sweden's envoy at the Commission headquarters for seven hours.",
        # the two ends of a "between", each named through its negotiator's title
        "Talks between EU chief negotiator Pierre Durand and Swedish Exit Minister Anna Berg began in June "
        "and were held in six rounds in Brussels.",
        # the grouping's negotiator meets a member's minister: no meeting of the grouping's members
        "The EU's chief negotiator met Sweden's exit minister in Brussels on Monday for the fifth round of "
        "talks.",
    ],
)
def test_a_grouping_and_a_member_at_the_table_are_two_sides(nlp: Any, text: str) -> None:
    ctx = context(nlp, text, "2017-06-19")
    sides = find_sides(ctx, find_meetings(ctx))
    assert (sides.parties, sides.forum) == (("European Union", "Sweden"), None)


def test_two_outsiders_talks_that_mention_a_summit_of_a_grouping_are_not_its_forum(nlp: Any) -> None:
    text = (
        "Moldova and Ukraine have agreed to jointly manage their border crossings, the European Union says, "
        "after three days of talks in Brussels that stretched into early Friday. The agreement was announced "
        "by the EU's facilitator at the end of the eighth round of the dialogue, which began on Wednesday. "
        "The deal is expected to help Moldova's bid to be granted EU candidate status at a summit of EU "
        "leaders on December 9. The agreement comes a week after some 30 peacekeepers from Germany and "
        "Austria were wounded in clashes near the border."
    )
    ctx = context(nlp, text, "2011-12-03")
    sides = find_sides(ctx, find_meetings(ctx))
    assert (sides.parties, sides.forum) == (("Moldova", "Ukraine"), None)


def test_two_capitals_of_a_hyphenated_pair_before_a_meeting_noun_are_the_two_sides(nlp: Any) -> None:
    text = (
        "The second round of the Tirana-Skopje dialogue was held in Brussels on Monday, under the auspices "
        "of the European Union, with the two delegations discussing electricity supply."
    )
    ctx = context(nlp, text)
    assert find_sides(ctx, find_meetings(ctx)).parties == ("Albania", "North Macedonia")


def test_people_of_one_country_owning_movements_by_a_pronoun_meet_as_those_movements(nlp: Any) -> None:
    # "his", "her" before the movement's name, in a sentence that names the person before it
    ctx = context(
        nlp,
        "Colombian Vice President Jorge Vargas said on Monday that his secular Patriotic Front would stay "
        "in the talks. Colombian President Ana Ruiz admitted her Liberal Movement held out for key posts. "
        "Ruiz and Vargas held talks in Bogota on Sunday.",
    )
    (meeting,) = find_meetings(ctx)
    assert set(meeting.parties) == {"Liberal Movement", "Patriotic Front"}


def test_two_people_of_one_country_each_owning_a_movement_stand_for_their_movements(nlp: Any) -> None:
    # no meeting: the sentences about the talks name the two people, whose country negotiates not with itself
    sides = _sides(
        nlp,
        "Colombian President Ana Ruiz said on Friday that talks on a coalition embracing both her Liberal "
        "Movement and the party of Vice President Jorge Vargas were dead. Colombian Vice President Jorge "
        "Vargas said his Patriotic Front would keep the door of dialogue with Ruiz open.",
    )
    assert sides.parties == ("Liberal Movement", "Patriotic Front")
    one = _sides(
        nlp,
        "Colombian President Ana Ruiz held talks with Peruvian President Jorge Vargas in Lima on Sunday. "
        "Ruiz said her Liberal Movement had won the vote.",
    )
    assert one.parties == ("Colombia", "Peru")  # one person of each country: the countries


def test_a_movement_at_the_table_stays_the_movement_beside_others_named_by_a_common_noun(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Government negotiators and the Azawad Liberation Front held a second round of talks in Algiers on "
        "Monday. In the capital, opposition parties were expected to meet on Friday to choose a new leader.",
    )
    assert sides.movements == ("Azawad Liberation Front",)


def test_the_opposition_is_a_side_named_by_the_movement_it_is(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "The government of Ecuador and the opposition Citizens Platform held a first round of talks in "
        "Lima on Monday. The opposition said the talks had been useful.",
    )
    assert sides.parties == ("Citizens Platform", "Ecuador")
    assert "opposition" in sides.party_names["Citizens Platform"]
    assert sides.movements == ("Citizens Platform",)


def test_every_wording_of_the_opposition_in_a_report_is_one_side(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Bolivia's government and the country's main opposition coalition met in Lima on Friday for talks "
        "on an election date. The Bolivian opposition wants the vote held in March, and the opposition "
        "negotiators said they would return next week.",
    )
    assert len(sides.parties) == 2 and "Bolivia" in sides.parties
    (opposition,) = sides.movements
    assert opposition in sides.parties and "'" not in opposition


def test_a_known_movement_spelt_another_way_and_described_is_that_movement(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Oman's government hosted talks in Muscat on Tuesday between Saudi Arabia and Shiite Huthi rebels. "
        "The rebels said the talks on the border had gone well.",
    )
    assert sides.parties == ("Houthis", "Saudi Arabia")
    assert {"Huthi", "rebels"} <= set(sides.party_names["Houthis"])


def test_one_who_meets_both_delegations_goes_between_them(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Guatemala and Belize resumed border talks in Doha on Monday. Qatar's foreign minister met both "
        "delegations separately on Monday evening to save the talks.",
    )
    assert sides.parties == ("Belize", "Guatemala")
    assert ("Qatar", "mediator") in {(t.name, t.role) for t in sides.third_parties}


def test_opposition_politicians_are_no_side_of_two_states_talks(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Ghana and Togo held a second round of border talks in Accra on Monday. The talks come as "
        "opposition politicians in Togo accuse the government of yielding to pressure.",
    )
    assert sides.parties == ("Ghana", "Togo")


@pytest.mark.parametrize(
    "listing",
    [
        "the guarantor countries of Austria, Hungary and Poland",
        "the guarantor powers Austria, Hungary and Poland",
    ],
)
def test_actors_named_after_a_noun_of_their_role_have_that_role(nlp: Any, listing: str) -> None:
    sides = _sides(
        nlp,
        "Chile and Peru held a first round of talks in Geneva on Monday on their maritime border. "
        f"A conference with {listing} is to follow on security.",
    )
    assert sides.parties == ("Chile", "Peru")
    guarantors = {t.name for t in sides.third_parties if t.role == "guarantor"}
    assert guarantors == {"Austria", "Hungary", "Poland"}


def test_the_land_of_two_communities_at_the_table_is_not_a_third_side(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "The leaders of Estonia's Russian Estonian and Swedish Estonian communities began two days of "
        "talks in Tartu on Monday.",
    )
    assert sides.parties == ("Russian Estonians", "Swedish Estonians")


def test_the_land_facing_one_of_its_communities_is_the_other_community(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Estonia and the Russian Estonian leader Ivan Petrov held talks in Tartu on Monday. The Swedish "
        "Estonian community is wary of a federal state.",
    )
    assert sides.parties == ("Russian Estonians", "Swedish Estonians")


def test_the_land_beside_one_community_at_a_meeting_is_the_other_community(nlp: Any) -> None:
    text = (
        "Estonian President Kaja Tamm and Russian Estonian leader Ivan Petrov held talks in Tartu on Monday. "
        "The Swedish Estonian community is wary of a federal state."
    )
    doc = nlp(text)
    analysis = extract(Document("t1", text, dt.date(2024, 5, 13)), doc)
    assert analysis.parties == ("Russian Estonians", "Swedish Estonians")
    (meeting,) = analysis.meetings
    assert set(meeting.parties) == {"Russian Estonians", "Swedish Estonians"}
    assert {(h.actor.name, h.actor.party) for h in meeting.heads} >= {("Kaja Tamm", "Swedish Estonians")}


@pytest.mark.parametrize(
    ("text", "sponsor"),
    [
        (
            "UN-backed talks between Chile and Peru on their maritime border resumed in Geneva on Monday.",
            "United Nations",
        ),
        ("Chile and Peru resumed their Norwegian-funded peace talks in Oslo on Monday.", "Norway"),
    ],
)
def test_who_backs_the_talks_is_a_mediator(nlp: Any, text: str, sponsor: str) -> None:
    sides = _sides(nlp, text)
    assert sides.parties == ("Chile", "Peru")
    assert (sponsor, "mediator") in {(t.name, t.role) for t in sides.third_parties}


def test_an_organisations_verification_mission_is_an_observer_not_a_side(nlp: Any) -> None:
    text = (
        "The delegations of the government and the Free Islands Front opened the fourth cycle of "
        "negotiations in Caracas on Monday. According to the monitoring mechanism, in which the UN "
        "Verification Mission and the church take part, no attacks have been reported since the truce."
    )
    sides = _sides(nlp, text)
    assert "United Nations" not in sides.parties
    assert ("United Nations", "observer") in {(t.name, t.role) for t in sides.third_parties}


def test_a_meeting_to_come_with_another_counterpart_adds_no_side_to_the_meeting_held(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "The Allied Rail Workers union opened contract talks with Brisca Corp on Wednesday in Leeds. "
        "The union will open talks with Halden Motor on Thursday and with Vantoria on Friday.",
    )
    assert sides.parties == ("Allied Rail Workers", "Brisca Corp")


def test_countries_listed_beside_a_group_that_sat_in_as_observers_are_observers(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Bolivia and the rebels held a fourth round of talks in Lima on Monday. Members of the contact "
        "group -- Norway, Brazil and Chile -- sat in as observers.",
    )
    assert sides.parties == ("Bolivia", "rebels")
    assert {(t.name, t.role) for t in sides.third_parties} >= {("Norway", "observer"), ("Chile", "observer")}


def test_a_meeting_held_with_one_other_actor_alone_adds_no_side_to_a_meeting_of_two(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "The Allied Rail Workers union opened contract talks with Brisca Corp on Wednesday in Leeds. "
        "On Thursday, talks with carmaker Vantoria opened at its plant in York.",
    )
    assert sides.parties == ("Allied Rail Workers", "Brisca Corp")


def test_the_country_an_envoy_is_sent_to_holds_no_role_of_his(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Chadian rebels and the government of Chad signed a truce in N'Djamena on Monday. Mr. Rossi, who was "
        "named last week, had facilitated the talks since 2019 as Ambassador of Norway to Chad, heading a "
        "group of donors.",
    )
    roles = {(t.name, t.role) for t in sides.third_parties}
    assert ("Chad", "facilitator") not in roles
    assert "Chad" in sides.parties


def test_countries_a_border_divides_the_meeting_place_from_are_no_sides(nlp: Any) -> None:
    near = _sides(
        nlp,
        "The three-day meeting, chaired by the UN envoy, started on Monday in the desert town, close to the "
        "borders with Niger and Sudan.",
    )
    assert not {"Niger", "Sudan"} & set(near.parties)


def test_forces_a_deal_must_take_away_are_what_it_is_about_not_its_sides(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "The delegation of Chad's government resumed its part in the talks in Geneva on Wednesday. Its head "
        "said any ceasefire agreement must include the withdrawal of Libyan mercenaries and the Sudanese "
        "fighters from Niger.",
    )
    assert not {"Libya", "Sudan", "Niger"} & set(sides.parties)


def test_a_government_named_by_its_seat_is_its_countrys_side(nlp: Any) -> None:
    # no sentence names the country: the seat's country is the government's
    based = (
        "The Lima-based government and the Andean Liberation Front held talks in Geneva on Tuesday. "
        "Both delegations said the talks went well."
    )
    assert set(_sides(nlp, based).parties) == {"Peru", "Andean Liberation Front"}
    backed = (
        "The UN-backed government in Lima met the Andean Liberation Front in Geneva on Tuesday. "
        "Both delegations said the talks went well."
    )
    assert set(_sides(nlp, backed).parties) == {"Peru", "Andean Liberation Front"}
    # a bare government "in" a city may be where the talks were: no seat
    held = "The Andean Liberation Front held talks with the government in Nairobi on Tuesday."
    assert "Kenya" not in _sides(nlp, held).parties


def test_government_people_at_one_end_of_a_meeting_between_are_the_governments_side(nlp: Any) -> None:
    # "junta" is a government noun, which the tagger may take for an adjective before its people; such
    # people at one end of "a meeting between" are the government's side, not a source
    sides = _sides(
        nlp,
        "Chile's military regime agreed to reconsider its decision. The agreement came from a meeting on "
        "Monday between junta officials and the Red Cross, a spokesman said.",
    )
    assert set(sides.parties) == {"Chile", "International Committee of the Red Cross"}


def test_a_grouping_that_goes_between_two_members_is_no_forum_of_their_talks(nlp: Any) -> None:
    text = (
        "Laos and Vietnam agreed on Thursday to freeze troop movements on their border after four days of "
        "talks in Jakarta, with ASEAN observers in attendance. The ASEAN talks resume next month."
    )
    sides = _sides_of_report(nlp, text)
    assert (sides.parties, sides.forum) == (("Laos", "Vietnam"), None)
    assert ("ASEAN", "observer") in {(t.name, t.role) for t in sides.third_parties}


def test_a_summit_of_a_grouping_that_no_one_goes_between_is_its_forum(nlp: Any) -> None:
    text = (
        "Leaders of ASEAN met in Jakarta on Thursday for their annual summit. Laos and Vietnam pressed for "
        "a regional trade deal."
    )
    assert _sides_of_report(nlp, text).forum == "ASEAN"


def test_a_counted_groupings_representatives_are_its_members_delegates_not_a_mediator(nlp: Any) -> None:
    text = (
        "Leaders of ASEAN met in Manila on Monday for their annual summit. The comments by the Thai "
        "minister, the most influential of the 10 ASEAN representatives, indicate that a tariff cut is near."
    )
    sides = _sides_of_report(nlp, text)
    assert sides.forum == "ASEAN"
    assert "ASEAN" not in {t.name for t in sides.third_parties}


@pytest.mark.parametrize(
    ("text", "parties", "third"),
    [
        (
            "The State of Kuwait, the Sultanate of Oman and the Republic of Ghana, in their capacity as "
            "mediators, announce that the parties have reached an agreement after intensive negotiations in "
            "Muscat. The agreement takes effect on Sunday.",
            (),
            {("Kuwait", "mediator"), ("Oman", "mediator"), ("Ghana", "mediator")},
        ),
        (
            "Ghana, Togo and Benin, in their capacity as mediators, announced that the parties had reached "
            "an agreement after intensive negotiations in Accra. The agreement takes effect on Sunday.",
            (),
            {("Ghana", "mediator"), ("Togo", "mediator"), ("Benin", "mediator")},
        ),
        (
            "Ghana and Togo, in their role as co-hosts, opened the talks between Mali and the rebels in "
            "Accra on Monday.",
            ("Mali", "rebels"),
            {("Ghana", "host"), ("Togo", "host")},
        ),
    ],
)
def test_the_capacity_a_doer_acts_in_is_its_role(
    nlp: Any, text: str, parties: tuple[str, ...], third: set[tuple[str, str]]
) -> None:
    sides = _sides(nlp, text)
    assert sides.parties == parties
    assert third <= {(t.name, t.role) for t in sides.third_parties}


def test_an_organisation_before_its_observer_team_is_an_observer(nlp: Any) -> None:
    text = (
        "Laotian and Vietnamese commanders agreed to clear mines at a two-day border committee meeting in "
        "Pakse that ended on Thursday. The meeting brought together the two regional commanders, with "
        "members of the ASEAN interim observer team in attendance."
    )
    sides = _sides_of_report(nlp, text)
    assert (sides.parties, sides.forum) == (("Laos", "Vietnam"), None)
    assert ("ASEAN", "observer") in {(t.name, t.role) for t in sides.third_parties}


def test_the_pope_stands_for_the_holy_see(nlp: Any) -> None:
    # a title only one state's head holds ("metonyms" of countries.yaml), like "the Kremlin": the Pope's
    # meeting is the Holy See's, not one side's meeting with an outsider
    named = _sides(nlp, "Pope Pius XIII met Peruvian President Ana Ruiz at the Vatican on Monday for talks.")
    assert set(named.parties) == {"Holy See", "Peru"}
    bare = _sides(nlp, "Peruvian President Ana Ruiz will hold talks with the Pope in Rome on Monday.")
    assert set(bare.parties) == {"Holy See", "Peru"}
    # an archbishop is no state's
    other = _sides(nlp, "Archbishop Tomas Lind met Peruvian President Ana Ruiz in Rome on Monday for talks.")
    assert "Holy See" not in other.parties


def test_a_persons_surname_that_stands_for_a_state_elsewhere_is_the_person(nlp: Any) -> None:
    # "Pope" and "Washington" stand for a state's head or government, but not as someone's surname
    ctx = context(
        nlp,
        "The dockers union and the port company held talks in Lima on Monday, said Maria Pope, the "
        "company's president. Pope said the talks went well.",
    )
    assert "Holy See" not in {m.name for m in ctx.actors.mentions}
    assert "Holy See" in {m.name for m in context(nlp, "The Pope said the talks went well.").actors.mentions}


def test_whom_a_signed_deal_buys_from_or_sells_to_is_the_other_side(nlp: Any) -> None:
    # the seller is named only as where the goods come from: it is the other side of the signing
    sides = _sides(
        nlp, "Peru on Tuesday signed an agreement to purchase six patrol boats from Chile, officials said."
    )
    assert set(sides.parties) == {"Peru", "Chile"}
    sides = _sides(nlp, "Chile on Tuesday signed a contract to sell six patrol boats to Peru in Lima.")
    assert set(sides.parties) == {"Peru", "Chile"}
    # a place goods come from, with no deal signed, names no side
    sides = _sides(nlp, "Peru and Bolivia held talks on Tuesday on gas shipped from Chile.")
    assert "Chile" not in sides.parties


def test_those_between_whom_an_agreement_was_reached_are_its_sides(nlp: Any) -> None:
    # "between" on the participle that describes the agreement: its sides, not whoever rejects it
    sides = _sides(
        nlp, "Bolivia rejected on Wednesday an agreement reached between Peru and Chile on border crossings."
    )
    assert set(sides.parties) == {"Peru", "Chile"}


@pytest.mark.parametrize(
    "place",
    ["in Portuguese city Porto", "in the Portuguese resort of Estoril", "in the Greek island of Corfu"],
)
def test_a_country_named_before_a_place_noun_is_where_talks_are_held_not_a_side(nlp: Any, place: str) -> None:
    # the one side the meeting names is no pair with the country of the place it is held in
    text = f"European Union leaders are gathering {place} on Sunday for a two-day summit."
    assert _sides(nlp, text).parties == ()


def _report(nlp: Any, text: str, title: str | None, dateline: str | None = None) -> Any:
    """The analysis of a report with a headline, dated Monday 13 May 2024."""
    doc = nlp(text)
    return extract(Document("t1", text, dt.date(2024, 5, 13), title=title, dateline_place=dateline), doc)


#: A report whose body names the visitor only by name: he is of no side it can tell.
_VISITOR = (
    "Norway welcomes Peru's backing on fishing rights, said Kari Berg, deputy speaker of Norway's "
    "parliament, here Monday. In a meeting with Luis Quispe, minister delegate for fisheries, Berg said "
    "Norway and Peru enjoy fruitful cooperation. Quispe said Peru is ready to widen trade with Norway."
)


def test_the_headline_names_the_side_a_visitor_named_only_by_name_is_of(nlp: Any) -> None:
    analysis = _report(nlp, _VISITOR, "Norwegian speaker meets Peruvian guests", dateline="OSLO")
    assert analysis.parties == ("Norway", "Peru")
    (meeting,) = analysis.meetings
    assert set(meeting.parties) == {"Norway", "Peru"}
    assert meeting.outsider is None
    assert ("Luis Quispe", "Peru") in {(h.actor.name, h.actor.party) for h in meeting.heads}
    assert meeting.city == "Oslo"  # two sides seen meeting: where the report was written


def test_the_headline_names_the_country_of_a_minister_the_body_names_by_title(nlp: Any) -> None:
    text = (
        "Norway is seeking more ship exports to Peru, the Norwegian foreign minister said here Monday. He "
        "noted Norway has a large shipbuilding sector and talks with Peru would cover sales of ferries. The "
        "foreign minister said he was satisfied with talks with Peruvian President Ana Rojas on Sunday."
    )
    analysis = _report(nlp, text, "Norwegian FM seeks ship exports to Peru", dateline="LIMA")
    assert analysis.parties == ("Norway", "Peru")
    (meeting,) = analysis.meetings
    assert set(meeting.parties) == {"Norway", "Peru"}
    assert meeting.city == "Lima"


@pytest.mark.parametrize(
    "title",
    [
        None,
        "Norway warns Chile over fishing quotas",  # a country the body names at no talks
        "Norwegian speaker meets guests",  # one side only
    ],
)
def test_without_a_headline_naming_both_sides_a_visitor_of_no_side_stays_an_outsider(
    nlp: Any, title: str | None
) -> None:
    (meeting,) = _report(nlp, _VISITOR, title).meetings
    assert meeting.outsider == "Luis Quispe"
    assert "Peru" not in meeting.parties


def test_a_headline_pair_is_no_side_when_a_meeting_sees_a_third_actor(nlp: Any) -> None:
    text = (
        "Norwegian speaker Kari Berg met Chilean President Jose Soto in Oslo on Monday. "
        "Berg said Norway and Peru enjoy fruitful cooperation."
    )
    analysis = _report(nlp, text, "Norway, Peru vow closer ties")
    assert "Peru" not in {p for m in analysis.meetings for p in m.parties}


def test_a_headline_pair_gives_no_side_to_a_meeting_recalled_from_weeks_before(nlp: Any) -> None:
    text = (
        "Norway welcomes Peru's backing on fishing rights, Norwegian speaker Kari Berg said here Monday. "
        "Berg said talks with Peru would cover fishing quotas. "
        "Berg first met Luis Quispe in Oslo on March 2, when they spoke of fishing."
    )
    analysis = _report(nlp, text, "Norwegian speaker meets Peruvian guests")
    assert all("Peru" not in m.parties for m in analysis.meetings)


def test_the_two_governments_that_signed_are_the_two_countries_the_report_names(nlp: Any) -> None:
    text = (
        "The Norwegian government has given Peru 20 million dollars for fisheries, its embassy said "
        "on Monday. "
        "The agreement, which was signed by the two governments on Sunday, funds new harbours in Peru."
    )
    analysis = _report(nlp, text, None, dateline="LIMA")
    assert analysis.parties == ("Norway", "Peru")
    (meeting,) = analysis.meetings
    assert set(meeting.parties) == {"Norway", "Peru"}
    assert meeting.date is not None and meeting.date.value == "2024-05-12"
    assert meeting.city == "Lima"


def test_the_two_governments_are_no_sides_when_the_report_names_three_countries(nlp: Any) -> None:
    text = (
        "The Norwegian government has given Peru 20 million dollars for fisheries, its embassy said "
        "on Monday. "
        "The agreement, which was signed by the two governments on Sunday, follows a similar grant to Chile."
    )
    analysis = _report(nlp, text, None, dateline="LIMA")
    (meeting,) = analysis.meetings
    assert not meeting.parties
    assert not analysis.parties


def test_the_headline_names_a_side_the_body_names_only_outside_its_talks(nlp: Any) -> None:
    text = (
        "Peruvian President Ana Rojas said Friday she hopes more Norwegian firms will invest in Peru's "
        "mines. In a meeting with her Norwegian counterpart Kari Berg in Oslo, the president referred to "
        "Norway as a close partner."
    )
    doc = nlp(text)
    title = "Peru invites Norwegian firms: president"
    analysis = extract(Document("t1", text, dt.date(2024, 5, 10), title=title, dateline_place="OSLO"), doc)
    assert analysis.parties == ("Norway", "Peru")
    (meeting,) = analysis.meetings
    assert set(meeting.parties) == {"Norway", "Peru"}
