"""Meeting mentions: date, city, venue, duration, format, ordinal, parties and heads."""

from __future__ import annotations

from typing import Any

import pytest

from legation.fuse.keys import with_outsider
from legation.model import Actor, MeetingMention
from legation.nlp.meetings import announced_only, find_meetings, read_meetings

from .helpers import context


def test_date_city_format_and_parties(nlp: Any) -> None:
    (m,) = find_meetings(
        context(nlp, "Iranian and US negotiators held indirect talks in Muscat on Saturday.", "2024-05-13")
    )
    assert m.date is not None and m.date.value == "2024-05-11"  # a past report: the Saturday before
    assert (m.city, m.format) == ("Muscat", "indirect")
    assert set(m.parties) == {"Iran", "United States"}


def test_a_side_listed_beside_a_delegation_word_takes_part(nlp: Any) -> None:
    # the parser may hang "the rebel X" on "Envoys" rather than on the country after "of"
    text = "Envoys of Ethiopia's government and the rebel Oromo Liberation Army held talks on Tuesday."
    (m,) = find_meetings(context(nlp, text, "2024-03-10"))
    assert set(m.parties) == {"Ethiopia", "Oromo Liberation Army"}


def test_the_number_of_an_earlier_round_the_sentence_measures_from_is_not_the_meetings(nlp: Any) -> None:
    text = (
        "Delegations of Mali and the Azawad Liberation Front resumed talks in Algiers on Sunday, five months "
        "after the first round of talks collapsed."
    )
    (m,) = find_meetings(context(nlp, text, "2024-03-12"))
    assert m.ordinal is None and m.city == "Algiers"
    # a capitalised "Delegations of X" opening the sentence is no organisation's name
    assert set(m.parties) == {"Mali", "Azawad Liberation Front"}


def test_talks_a_relative_clause_on_their_place_says_began_were_held(nlp: Any) -> None:
    # the parser hangs "which began" on the city; a city does not begin
    text = "The negotiations in Arusha, which began on July 6, are expected to continue next month."
    (m,) = find_meetings(context(nlp, text, "2021-07-21"))
    assert not m.planned and m.date is not None and m.date.value == "2021-07-06"


def test_what_talks_are_expected_to_focus_on_does_not_make_them_talks_to_come(nlp: Any) -> None:
    text = (
        "Chilean and Peruvian negotiators met in Lima on Tuesday. "
        "The talks, the fourth round since the dispute began, are expected to focus on fishing rights."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert not m.planned and m.ordinal == 4 and m.city == "Lima"


def test_the_people_who_met_head_the_side_no_one_is_said_to_lead(nlp: Any) -> None:
    text = (
        "Chilean Foreign Minister Alberto van Klaveren and Finance Minister Mario Marcel arrived in Lima on "
        "Tuesday for talks with a Peruvian delegation led by Prime Minister Alberto Otarola."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {
        ("Alberto Otarola", "Peru"),
        ("Alberto van Klaveren", "Chile"),
        ("Mario Marcel", "Chile"),
    }


def test_a_sentence_telling_more_of_the_meeting_announced_gives_its_venue(nlp: Any) -> None:
    text = (
        "Chilean and Peruvian negotiators will meet in Quito on Saturday for a second round of talks. "
        "The talks will take place at the Swiss embassy in the Ecuadorean capital, officials said."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert (m.planned, m.ordinal, m.venue) == (True, 2, "Swiss embassy")


def test_a_relative_clause_on_the_talks_places_them(nlp: Any) -> None:
    text = (
        "Chile and Peru ended a second round of talks in Quito on Saturday. The talks, which lasted about "
        "six hours at the residence of Ecuador's foreign minister, were mediated by Brazil."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-19"))
    assert m.venue == "residence of Ecuador's foreign minister"


def test_a_surname_first_name_is_named_in_full_past_a_title_the_model_took_into_the_name(nlp: Any) -> None:
    text = (
        "Japanese State Councilor Tang Jiaxuan left on Friday for Korea to attend the first meeting of a "
        "Japan-Korea steering committee. Tang and Korean Deputy Prime Minister and Foreign Minister Kim "
        "Sung-hwan will co-chair the meeting on Saturday."
    )
    heads = {
        (h.actor.name, h.actor.party)
        for m in find_meetings(context(nlp, text, "2006-11-10"))
        for h in m.heads
    }
    assert ("Tang Jiaxuan", "Japan") in heads


def test_those_who_did_something_during_hours_of_talks_held_them(nlp: Any) -> None:
    text = (
        "Chile and Peru held indirect talks in Ecuador on Saturday. Chilean Foreign Minister Alberto van "
        "Klaveren and Peruvian envoy Luis Vargas sat in separate rooms and exchanged messages through "
        "Ecuador's foreign minister during more than two hours of talks, officials said."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-12"))
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {
        ("Alberto van Klaveren", "Chile"),
        ("Luis Vargas", "Peru"),
    }


def test_future_meeting_resolves_forward_and_is_planned(nlp: Any) -> None:
    (m,) = find_meetings(
        context(nlp, "Iran and the United States will hold talks in Rome on Saturday.", "2024-05-13")
    )
    assert m.planned
    assert m.date is not None and m.date.value == "2024-05-18"


def test_a_meeting_dated_after_the_report_was_written_is_planned(nlp: Any) -> None:
    text = "The ministry said talks with Lima would resume in Quito on Friday."
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert m.date is not None and m.date.value == "2024-05-17"
    assert m.planned


def test_talks_that_ended_are_held_whatever_they_are_aimed_at(nlp: Any) -> None:
    text = "The two-day talks which ended Thursday are aimed at forging a truce between Chad and the rebels."
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert not m.planned  # dated by its first day, the day before it ended
    assert m.date is not None and (m.date.value, m.date.finish) == ("2024-05-15", "2024-05-16")


def test_talks_only_moved_toward_are_no_meeting(nlp: Any) -> None:
    text = "The envoy's exit will not break the momentum toward the first direct talks of Chad and Niger."
    assert find_meetings(context(nlp, text, "2024-05-17")) == []


def test_a_meeting_named_without_a_date_after_a_dated_lead_takes_the_lead_date(nlp: Any) -> None:
    text = (
        "Chile and Peru agreed Wednesday on the need for a joint water commission. "
        "The Chilean foreign minister flew into Lima for talks with his Peruvian counterpart. "
        "The meeting seemed to clear the air clouded by the border incident Friday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.date is not None and m.date.value == "2024-05-15"
    assert not m.planned


def test_a_meeting_that_is_the_occasion_of_a_statement_takes_the_statements_date(nlp: Any) -> None:
    text = "Brazil's minister Jose Silva said Sunday after talks with Chile's Ana Perez that tariffs must go."
    (m,) = find_meetings(context(nlp, text, "2005-03-06"))
    assert m.date is not None and m.date.value == "2005-03-06" and not m.planned


def test_a_statement_dated_in_the_lead_dates_the_meeting_it_was_made_at(nlp: Any) -> None:
    text = (
        "Brazil and Chile should expand trade, a senior Brazilian official said here Sunday. "
        '"We hope to make progress," said Jose Silva, the Brazilian trade minister, during a meeting with '
        "Ana Perez, the foreign minister of Chile."
    )
    (m,) = find_meetings(context(nlp, text, "2005-03-06"))
    assert m.date is not None and m.date.value == "2005-03-06"


def test_a_meeting_told_by_a_gerund_is_the_occasion_of_the_statement_made_after_it(nlp: Any) -> None:
    for statement in ("said this", "told reporters"):
        text = (
            "Higher tariffs would hurt both economies, a senior Brazilian official said here Sunday. "
            "Farmers in the south are worried. Prices rose last year. "
            f"Jose Silva, the Brazilian trade minister, {statement} after meeting with Chilean ministers."
        )
        (m,) = find_meetings(context(nlp, text, "2005-03-06"))
        assert m.date is not None and m.date.value == "2005-03-06", statement


def test_a_closing_clause_of_saying_the_parser_joins_to_the_lead_dates_its_statement(nlp: Any) -> None:
    text = (
        "Any delay could derail the nearly finished talks on tariffs, a senior Brazilian official warned "
        "on Sunday. Farmers in the south are worried. Prices rose last year. "
        "Jose Silva said this after meeting with Chilean ministers."
    )
    (m,) = find_meetings(context(nlp, text, "2005-03-06"))
    assert m.date is not None and m.date.value == "2005-03-06"


def test_a_remark_not_made_after_a_meeting_gives_it_no_date(nlp: Any) -> None:
    text = (
        "Higher tariffs would hurt both economies, a senior Brazilian official said here Sunday. "
        "Farmers in the south are worried. Prices rose last year. "
        "Jose Silva said this before meeting with Chilean ministers."
    )
    assert all(m.date is None or m.planned for m in find_meetings(context(nlp, text, "2005-03-06")))


def test_a_statement_dated_in_the_lead_dates_no_meeting_it_was_not_made_at(nlp: Any) -> None:
    text = (
        "Brazil will send more troops, a senior Brazilian official said here Sunday. The commander "
        "would be appointed after consultations with Chile, he said."
    )
    assert all(m.date is None or m.planned for m in find_meetings(context(nlp, text, "2005-03-06")))


def test_a_meeting_of_two_sides_told_as_news_with_no_place_is_in_the_datelines_city(nlp: Any) -> None:
    text = "Chile's Foreign Minister Ana Ruiz met Peruvian Foreign Minister Luis Soto on Monday."
    (m,) = find_meetings(context(nlp, text, "2024-05-13", dateline="LIMA"))
    assert m.city == "Lima" and m.field_evidence["city"].sentence == "(dateline) LIMA"
    (elsewhere,) = find_meetings(context(nlp, text, "2024-05-13", dateline="GENEVA"))
    assert elsewhere.city is None  # a city of neither side says where the report was written, no more


@pytest.mark.parametrize("who", ["Chilean and Peruvian ministers", "Chilean and Peruvian officials"])
def test_the_place_hung_on_who_meets_is_the_meetings(nlp: Any, who: str) -> None:
    text = f"Chilean Foreign Minister Ana Soto spoke on Monday at a meeting of {who} in Lima."
    (m,) = find_meetings(context(nlp, text, "2024-05-14", dateline="SANTIAGO"))
    assert m.city == "Lima"


def test_one_side_seen_in_the_datelines_city_is_not_placed_there(nlp: Any) -> None:
    text = "Peru's chief negotiator Luis Soto said on Monday before leaving for the talks with Chile."
    assert all(m.city is None for m in find_meetings(context(nlp, text, "2024-05-13", dateline="LIMA")))


def test_a_lead_about_no_dealing_of_the_sides_dates_no_meeting(nlp: Any) -> None:
    text = (
        "Hopes for peace in the region rose Wednesday. "
        "Peace talks with the rebels have been taking place in Lima at a junior level, officials said."
    )
    assert all(m.date is None or m.planned for m in find_meetings(context(nlp, text, "2024-05-15")))


def test_talks_called_scheduled_are_planned(nlp: Any) -> None:
    text = "Before the scheduled third round of talks with Peru, the Chilean president vowed to stay firm."
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.planned


def test_a_head_named_in_full_when_the_model_tags_only_the_first_name(nlp: Any) -> None:
    text = "Italian Prime Minister Romano Prodi flew into Albania on Wednesday for talks with Bashkim Fino."
    heads = {h.actor.name for m in find_meetings(context(nlp, text, "1997-04-02")) for h in m.heads}
    assert "Romano Prodi" in heads and "Romano" not in heads


def test_a_spokesman_named_among_those_at_the_talks_is_no_head(nlp: Any) -> None:
    text = "Chilean spokesman Juan Perez joined talks with Peru's Foreign Minister Ana Lopez on Sunday."
    heads = {h.actor.name for m in find_meetings(context(nlp, text, "2024-05-13")) for h in m.heads}
    assert "Juan Perez" not in heads and "Ana Lopez" in heads


def test_ordinal_venue_and_duration(nlp: Any) -> None:
    text = (
        "The third round of talks between Armenia and Azerbaijan took place in Almaty on Monday. "
        "The meeting at the Kazakh foreign ministry lasted about four hours."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.ordinal == 3
    assert m.city == "Almaty"
    assert m.venue is not None and "foreign ministry" in m.venue.lower()
    assert m.duration is not None and (m.duration.value, m.duration.mod) == ("PT4H", "APPROX")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # the place of the talks' topic is the topic's, when the talks are placed themselves
        (
            "Officials said the new round of negotiations on a truce in Mosul, held in Amman on Monday, "
            "ended without a deal.",
            "Amman",
        ),
        # where a delegation arrived for the talks is where they are, not where the ceasefire would hold
        (
            "A rebel delegation arrived in Addis Ababa on Monday for talks on a ceasefire in Juba.",
            "Addis Ababa",
        ),
        # the place of the meeting a "following" phrase recalls is that meeting's
        (
            "The talks on Monday were the first of three meetings the ministers agreed to hold following "
            "their meeting in Nairobi on May 2.",
            None,
        ),
        # a topic's place is never the talks'
        ("The two sides resumed talks on the war in Aleppo on Monday.", None),
        # the parser may hang the talks' place on their topic: still the talks' place
        ("Iran and the six powers held talks over the nuclear programme in Geneva on Monday.", "Geneva"),
    ],
)
def test_a_topics_place_is_not_the_talks(nlp: Any, text: str, city: str | None) -> None:
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.city == city


@pytest.mark.parametrize(
    ("text", "anchor", "first_day"),
    [
        # "the talks on Monday and Tuesday ended with ...": told by both days, dated by the first, not
        # moved a day earlier as if Monday were the last
        (
            "After two days of talks in Geneva, the envoys left for home. "
            "The talks in Geneva on Monday and Tuesday ended with a joint statement on prisoners.",
            "2024-05-15",
            "2024-05-13",
        ),
        # the talks told undated in the lead, then "the five days of talks, which wrapped up on Friday":
        # Friday is their last day, so the round began on Monday
        (
            "The negotiations between Peru and Chile on the maritime border have ended without a deal. "
            "The minister said the five days of talks, which wrapped up on Friday, produced progress on "
            "fishing.",
            "2024-05-18",
            "2024-05-13",
        ),
    ],
)
def test_a_round_of_several_days_is_dated_by_its_first(
    nlp: Any, text: str, anchor: str, first_day: str
) -> None:
    (m,) = find_meetings(context(nlp, text, anchor))
    assert m.date is not None and m.date.value == first_day


def test_a_meeting_measured_from_is_not_the_reports(nlp: Any) -> None:
    """ "A point X has raised since the Geneva talks" tells of an earlier meeting: its place is not the
    place of the talks the report is about."""
    text = (
        "Sudan and Egypt ended talks on Monday without a deal. "
        "Sudan has raised the point repeatedly since the Geneva talks."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.city is None


def test_how_talks_stand_is_no_meeting(nlp: Any) -> None:
    """ "Nearly three weeks later, the talks appear to be back to square one" tells how the talks stand
    as the report is written: no meeting held that day."""
    text = (
        "Egypt and Ethiopia met on July 21 in Addis Ababa. "
        "Nearly three weeks later, the talks appear to be back to square one."
    )
    meetings = find_meetings(context(nlp, text, "2024-08-11"))
    assert [(m.date.value if m.date else None, m.city) for m in meetings] == [("2024-07-21", "Addis Ababa")]


def test_next_round_is_planned_with_the_following_ordinal(nlp: Any) -> None:
    text = (
        "The second round of talks ended in Doha on Sunday. "
        "The date of the next round has not been set, the mediator said."
    )
    meetings = find_meetings(context(nlp, text, "2024-05-13"))
    assert [(m.ordinal, m.planned) for m in meetings] == [(2, False), (3, True)]
    # counted from the round held on Sunday: the track may number that one otherwise
    assert [m.counted_from for m in meetings] == [None, ("2024-05-12", 1)]


def test_earlier_round_named_in_a_later_report_is_a_separate_meeting(nlp: Any) -> None:
    text = (
        "Delegations met for a second round in Vienna on Tuesday. "
        "The first round was held in Vienna on March 3."
    )
    meetings = find_meetings(context(nlp, text, "2024-05-16"))
    got = sorted((m.ordinal, m.date.value if m.date else None) for m in meetings)
    assert got == [(1, "2024-03-03"), (2, "2024-05-14")]


def test_delegation_heads_with_roles_and_parties(nlp: Any) -> None:
    text = (
        "Armenian and Azerbaijani delegations met in Almaty on Monday. "
        "The Armenian delegation was led by Mher Grigoryan, deputy prime minister, while the Azerbaijani "
        "delegation was headed by Shahin Mustafayev, deputy prime minister of Azerbaijan."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    heads = {(h.actor.name, h.actor.party) for h in m.heads}
    assert heads == {("Mher Grigoryan", "Armenia"), ("Shahin Mustafayev", "Azerbaijan")}
    roles = {h.actor.role for h in m.heads}
    assert "deputy prime minister" in roles


def test_sentence_without_meeting_words_is_no_meeting(nlp: Any) -> None:
    assert find_meetings(context(nlp, "Oil prices rose on Monday after the storm.", "2024-05-14")) == []


def test_gapped_and_relative_clause_heads(nlp: Any) -> None:
    text = (
        "Serbian and Kosovar negotiators met in Brussels on Monday. "
        "The Serbian delegation was led by Petar Ilic, "
        "while Kosovo's was headed by Chief Negotiator Besa Krasniqi. "
        "Ana Novak, who led the EU team, said the talks were useful."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    heads = {(h.actor.name, h.actor.party) for h in m.heads}
    assert ("Petar Ilic", "Serbia") in heads
    assert ("Besa Krasniqi", "Kosovo") in heads


def test_a_sentence_about_other_people_meeting_is_another_meeting(nlp: Any) -> None:
    text = (
        "Chile and Peru held talks on water rights in Lima on Monday. "
        "The Bolivian president later met the Argentine foreign minister."
    )
    meetings = find_meetings(context(nlp, text, "2024-05-14"))
    (held,) = [m for m in meetings if m.date is not None]
    assert set(held.parties) == {"Chile", "Peru"}
    assert all("Bolivian" not in e.sentence for e in held.evidence)


def test_leaders_who_meet_are_the_heads_when_no_delegation_head_is_named(nlp: Any) -> None:
    text = (
        "Chilean Foreign Minister Ana Ruiz and Peruvian President Jorge Vargas held talks in Lima on Monday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {
        ("Ana Ruiz", "Chile"),
        ("Jorge Vargas", "Peru"),
    }


def test_a_conjoined_minister_takes_the_first_ones_side_and_titles_are_not_names(nlp: Any) -> None:
    text = (
        "Jordanian King Abdullah met Chilean President Jorge Vargas and Foreign Minister Ana Ruiz in "
        "Amman on Monday. Analyst John Smith met reporters later."
    )
    heads = {
        (h.actor.name, h.actor.party)
        for m in find_meetings(context(nlp, text, "2024-05-14"))
        for h in m.heads
    }
    assert ("Abdullah", "Jordan") in heads
    assert ("Ana Ruiz", "Chile") in heads
    assert not any("Smith" in name for name, _p in heads)


def test_the_date_on_the_meeting_verb_beats_the_date_of_the_verb_above_it(nlp: Any) -> None:
    text = (
        "Chilean President Jorge Vargas and Peruvian President Ana Ruiz raised hopes for a deal on Sunday "
        "by meeting for the first time in a year. The two leaders met at the presidential palace in Lima "
        "late Saturday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-12"))
    assert m.date is not None and m.date.value == "2024-05-11"
    assert set(m.parties) == {"Chile", "Peru"}
    assert {h.actor.name for h in m.heads} == {"Jorge Vargas", "Ana Ruiz"}


def test_hoped_for_and_refused_meetings_are_no_meetings_and_offered_ones_are_planned(nlp: Any) -> None:
    hoped = (
        "Hopes of talks between Chilean President Jorge Vargas and Peruvian leader Ana Ruiz rose on Sunday."
    )
    assert find_meetings(context(nlp, hoped, "2024-05-13")) == []
    refused = "Chile and Peru refused to meet in Lima on Sunday."
    assert find_meetings(context(nlp, refused, "2024-05-13")) == []
    (offered,) = find_meetings(context(nlp, "Chile offered to meet Peru in Lima on Friday.", "2024-05-13"))
    assert offered.planned
    for maybe in (
        "On Monday, Brazil urged Chile and Peru to hold talks in Lima.",
        "A spokesman said Vargas could meet Ruiz in Lima on Monday.",
        "Chile and Peru were ready to meet.",
    ):
        assert all(m.planned for m in find_meetings(context(nlp, maybe, "2024-05-13"))), maybe


def test_a_phrase_hung_on_a_side_names_no_side(nlp: Any) -> None:
    text = (
        "Chilean President Jorge Vargas will meet with Peruvian leader Ana Ruiz on Friday for talks on board "
        "a Brazilian ship."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert set(m.parties) == {"Chile", "Peru"}


def test_days_of_talks_that_ended_on_a_day_are_a_dated_meeting(nlp: Any) -> None:
    text = "Two days of indirect talks between Chile and Peru in Lima ended on Friday without a deal."
    (m,) = find_meetings(context(nlp, text, "2024-05-11"))
    assert m.date is not None and (m.date.value, m.date.finish) == ("2024-05-09", "2024-05-10")
    assert set(m.parties) == {"Chile", "Peru"}


def test_the_side_that_sends_a_delegation_for_talks_with_another_is_a_side(nlp: Any) -> None:
    text = "Chile will send a delegation to Quito on Thursday for talks with Peru."
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert m.planned and set(m.parties) == {"Chile", "Peru"}


def test_a_country_taken_for_a_person_is_no_head(nlp: Any) -> None:
    text = "Chilean President Jorge Vargas held talks with King Abdullah of Jordan in Amman on Monday."
    heads = {h.actor.name for m in find_meetings(context(nlp, text, "2024-05-14")) for h in m.heads}
    assert "Jordan" not in heads and "Jorge Vargas" in heads


def test_a_meeting_put_off_or_called_off_keeps_its_fate(nlp: Any) -> None:
    (put_off,) = find_meetings(
        context(
            nlp,
            "The third round of talks between Chile and Peru, due on Monday, was postponed.",
            "2024-05-13",
        )
    )
    assert (put_off.fate, put_off.planned, put_off.ordinal) == ("postponed", True, 3)
    assert "postponed" in put_off.field_evidence["fate"].sentence
    (called_off,) = find_meetings(
        context(nlp, "Chile called off the talks with Peru set for Friday in Lima.", "2024-05-13")
    )
    assert called_off.fate == "cancelled"
    assert all(
        m.fate is None
        for m in find_meetings(context(nlp, "The talks in Lima on Monday were not postponed.", "2024-05-13"))
    )


def test_the_city_of_a_meeting_on_the_sidelines_of_a_summit_or_with_a_visitor(nlp: Any) -> None:
    sidelines = (
        "Chilean President Jorge Vargas and Peruvian President Ana Ruiz met on the sidelines of a regional "
        "summit in the Ecuadorian capital Quito on Wednesday."
    )
    (m,) = find_meetings(context(nlp, sidelines, "2024-05-16"))
    assert m.city == "Quito"
    visitor = (
        "Chilean President Jorge Vargas began a meeting with visiting Peruvian President Ana Ruiz in "
        "Santiago on Monday."
    )
    (m,) = find_meetings(context(nlp, visitor, "2024-05-16"))
    assert m.city == "Santiago"
    topic = "Chile and Peru held talks on the crisis in Aleppo on Monday."
    (m,) = find_meetings(context(nlp, topic, "2024-05-16"))
    assert m.city is None


def test_who_made_remarks_after_a_meeting_with_another_side_met_it(nlp: Any) -> None:
    text = (
        "Chilean Foreign Minister Ana Ruiz made the remarks in Lima following a meeting with Peru's "
        "president on Friday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert set(m.parties) == {"Chile", "Peru"}


def test_held_hours_of_talks_in_a_countrys_capital_names_the_city_and_the_heads(nlp: Any) -> None:
    text = (
        "Chilean Foreign Minister Ana Ruiz and Peruvian envoy Jorge Vargas held more than three hours of "
        "talks in Peru's capital on Sunday, a source said."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert m.city == "Lima"
    assert set(m.parties) == {"Chile", "Peru"}
    assert {h.actor.name for h in m.heads} == {"Ana Ruiz", "Jorge Vargas"}


def test_a_host_opening_the_meeting_gives_its_length_and_years_are_no_length(nlp: Any) -> None:
    text = (
        "Chilean and Peruvian delegations held their first direct talks in more than three years in Quito "
        "on Monday, after a long pause. Ecuadorian Foreign Minister Jorge Vargas opened the meeting, which "
        "lasted just over an hour."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.duration is not None and (m.duration.value, m.duration.mod) == ("PT1H", "MORE_THAN")
    assert set(m.parties) == {"Chile", "Peru"}  # the host who opened it is no side


def _heads(nlp: Any, text: str, anchor: str = "2024-05-13") -> list[Actor]:
    """The heads, as actors, of every meeting found in a text."""
    return [h.actor for m in find_meetings(context(nlp, text, anchor)) for h in m.heads]


_LEAD_FORMS = [
    ("The Chilean delegation, led by Ana Ruiz, met Peruvian officials in Lima on Monday.", "Chile"),
    ("Ana Ruiz, who headed the Chilean delegation, met Peruvian officials in Lima on Monday.", "Chile"),
    ("A Ruiz-led Chilean delegation held talks with Peru in Lima on Monday.", "Chile"),
    (
        "A Chilean delegation headed by deputy foreign minister Ana Ruiz held talks with Peru in Lima "
        "on Monday.",
        "Chile",
    ),
    ("Ana Ruiz, Chile's chief negotiator, led talks with Peru in Lima on Monday.", "Chile"),
    ("Talks between Chile's envoy Ana Ruiz and Peruvian officials took place in Lima on Monday.", "Chile"),
    ("Ana Ruiz led her country's team at the talks with Peru in Lima on Monday.", None),
    ("Chile and Peru held talks in Lima on Monday. Heading the Chilean delegation was Ana Ruiz.", "Chile"),
    ("The head of the Chilean delegation, Ana Ruiz, met Peruvian officials in Lima on Monday.", "Chile"),
    (
        "Ana Ruiz, who is also the head of the Chilean delegation, met Peruvian officials in Lima on Monday.",
        "Chile",
    ),
    ("Chile sent a delegation led by Ana Ruiz to talks with Peru in Lima on Monday.", "Chile"),
    ("Chile and Peru held talks in Lima on Monday, with Ana Ruiz leading the Chilean delegation.", "Chile"),
    ("Chile was represented by Ana Ruiz at the talks with Peru in Lima on Monday.", "Chile"),
    ("Chilean delegation chief Ana Ruiz met Peruvian officials in Lima on Monday.", "Chile"),
    ("Chile's top negotiator Ana Ruiz and Peru's Jorge Vargas met in Lima on Monday.", "Chile"),
]


@pytest.mark.parametrize(("text", "party"), _LEAD_FORMS)
def test_less_common_forms_of_leading_a_delegation(nlp: Any, text: str, party: str | None) -> None:
    heads = _heads(nlp, text, "2024-05-14")
    assert [a.name for a in heads if "Ruiz" in a.name] in (["Ana Ruiz"], ["Ruiz"])
    (ruiz,) = [a for a in heads if "Ruiz" in a.name]
    if party is not None:
        assert ruiz.party == party


def test_a_list_of_titled_ministers_leading_their_delegations(nlp: Any) -> None:
    """ "A's Trade Minister X, B's Trade Minister Y and C's Economy Minister Z led their countries'
    delegations": the parser makes the first title the subject and hangs the names on it."""
    text = (
        "Peru's Trade Minister Ana Lopez, Chile's Trade Minister Jorge Diaz and Bolivia's Economy Minister "
        "Luis Mora led their countries' delegations at the talks in Lima on Monday."
    )
    heads = {(a.name, a.party) for a in _heads(nlp, text, "2024-05-14")}
    assert heads == {("Ana Lopez", "Peru"), ("Jorge Diaz", "Chile"), ("Luis Mora", "Bolivia")}


def test_a_chief_negotiator_and_the_one_he_meets_are_both_heads(nlp: Any) -> None:
    text = "Chilean chief negotiator Ana Ruiz met Peruvian envoy Jorge Vargas in Lima on Monday."
    assert {(a.name, a.party) for a in _heads(nlp, text)} == {("Ana Ruiz", "Chile"), ("Jorge Vargas", "Peru")}


def test_gapped_possessive_side_gets_its_own_head(nlp: Any) -> None:
    text = (
        "Chile and Peru held talks in Lima on Monday. Chile's delegation was led by Ana Ruiz, the deputy "
        "foreign minister, and Peru's by Jorge Vargas."
    )
    heads = {(a.name, a.party, a.role) for a in _heads(nlp, text)}
    assert heads == {("Ana Ruiz", "Chile", "deputy foreign minister"), ("Jorge Vargas", "Peru", None)}


@pytest.mark.parametrize(
    "second",
    [
        "The Chilean delegation was led by Ambassador.",
        "The US delegation was led by Deputy Assistant Secretary of State.",
        "The chief negotiator led the Chilean delegation.",
        "Peru's team was headed by the chief negotiator.",
        "Talks were held with a Hamas-led one.",
    ],
)
def test_bare_titles_and_movements_are_never_heads(nlp: Any, second: str) -> None:
    text = f"Chile and Peru held talks in Lima on Monday. {second}"
    assert _heads(nlp, text) == []


def test_role_and_party_are_kept_apart_from_the_name(nlp: Any) -> None:
    text = (
        "North Korean Vice Foreign Minister Han Sol Jin and UN Secretary General Ana Ruiz held talks in "
        "Geneva on Monday."
    )
    heads = {(a.name, a.role, a.party) for a in _heads(nlp, text)}
    assert ("Han Sol Jin", "Vice Foreign Minister", "North Korea") in heads
    assert ("Ana Ruiz", "Secretary General", "United Nations") in heads


def test_people_of_an_earlier_meeting_named_for_comparison_are_no_heads(nlp: Any) -> None:
    text = (
        "Chilean Foreign Minister Ana Ruiz and Peruvian Foreign Minister Jorge Vargas met in Quito on "
        "Wednesday. It was the first contact between the two sides since a meeting between Ruiz and Peruvian "
        "President Luis Soto in June."
    )
    assert {a.name for a in _heads(nlp, text, "2024-05-16")} == {"Ana Ruiz", "Jorge Vargas"}


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        (
            "Chile and Peru held talks at the historic Torre Tagle Palace in Lima on Monday.",
            "Torre Tagle Palace",
        ),
        (
            "Chile and Peru held talks at the heavily guarded Foreign Ministry in Lima on Monday.",
            "Foreign Ministry",
        ),
        (
            "The Chilean and Peruvian leaders met at Vargas's residence in Lima on Monday.",
            "Vargas's residence",
        ),
        (
            "Chile and Peru held talks at the historic presidential palace in Lima on Monday.",
            "presidential palace",
        ),
        # a common noun is named by its owner ("office" alone names no place), up to the city it is in
        (
            "Chile and Peru held talks on Tuesday at the office of the U.S. Trade Representative.",
            "office of the U.S. Trade Representative",
        ),
        (
            "Chile and Peru held talks on Tuesday at the residence of the Swiss ambassador in Lima.",
            "residence of the Swiss ambassador",
        ),
    ],
)
def test_venues_without_descriptive_words(nlp: Any, sentence: str, venue: str) -> None:
    (m,) = find_meetings(context(nlp, sentence))
    assert m.venue == venue


@pytest.mark.parametrize(
    "text",
    [
        '"We will meet the Peruvian side tomorrow," Ana Ruiz told reporters at Jorge Chavez Airport in Lima.',
        "Chile and Peru met in Lima on Monday, a spokesman at the press centre for the talks said.",
    ],
)
def test_where_a_speaker_is_or_speaks_is_no_venue(nlp: Any, text: str) -> None:
    assert all(m.venue is None for m in find_meetings(context(nlp, text)))


@pytest.mark.parametrize(
    ("sentence", "city", "venue"),
    [
        # a building named without a venue word: a facility, or an office named by its seat
        (
            "Chile and Peru held talks at the State Department in Washington on Monday.",
            "Washington",
            "State Department",
        ),
        (
            "The leaders of Chile and Peru met on Monday night at the Torre Tagle in Lima.",
            "Lima",
            "Torre Tagle",
        ),
        (
            "Chile and Peru ended 11 days of talks on Monday at the Palacio de Gobierno in Lima.",
            "Lima",
            "Palacio de Gobierno",
        ),
        # the city of a venue owned by someone ("the building of X in Lima")
        (
            "Talks between Chile and Peru were held on Monday at the building of the Andean Council in Lima.",
            "Lima",
            "building of the Andean Council",
        ),
        # a place or an organisation the talks are held under is no building
        ("Chile and Peru held talks on Monday at the United Nations in Geneva.", "Geneva", None),
        # the talks' own place, in what a speaker says of them
        (
            "Officials said the talks between Chile and Peru at the Torre Tagle in Lima on Monday focused "
            "on trade.",
            "Lima",
            "Torre Tagle",
        ),
    ],
)
def test_a_building_named_without_a_venue_word_and_the_city_it_is_in(
    nlp: Any, sentence: str, city: str, venue: str | None
) -> None:
    (m,) = find_meetings(context(nlp, sentence))
    assert (m.city, m.venue) == (city, venue)


def test_a_meeting_in_another_building_does_not_give_the_focal_meeting_its_venue(nlp: Any) -> None:
    text = (
        "Chile and Peru held talks at the Foreign Ministry in Lima on Monday. "
        "Ana Ruiz later met the Peruvian president at the presidential palace."
    )
    meetings = find_meetings(context(nlp, text))
    assert [m.venue for m in meetings if m.date is not None] == ["Foreign Ministry"]


def test_a_chief_envoy_described_by_title_is_the_person_of_that_side_named_just_after(nlp: Any) -> None:
    text = (
        "The top Chilean envoy to talks between Peru and Bolivia returned to Santiago on Saturday after the "
        "meetings in Lima failed. Both times the Bolivians said they were awaiting instructions. "
        "On Saturday Chilean Deputy Secretary of State Jorge Ruiz Vargas left a few aides behind in Lima."
    )
    assert {(a.name, a.party) for a in _heads(nlp, text)} == {("Jorge Ruiz Vargas", "Chile")}


def test_a_chief_envoy_described_by_title_is_nobody_of_another_side(nlp: Any) -> None:
    text = (
        "The top Chilean envoy to talks between Peru and Bolivia returned to Santiago on Saturday. "
        "Peruvian Deputy Foreign Minister Jorge Vargas left a few aides behind in Lima."
    )
    assert _heads(nlp, text) == []


def test_a_person_tied_to_no_actor_taking_part_is_an_outsider(nlp: Any) -> None:
    (audience,) = find_meetings(
        context(
            nlp,
            "Archbishop Tomas Lind on Wednesday met Chilean President Jorge Vargas in Rome.",
            "2024-05-16",
        )
    )
    assert audience.outsider == "Archbishop Tomas Lind" and audience.parties == ("Chile",)
    (talks,) = find_meetings(
        context(
            nlp,
            "Chilean President Jorge Vargas on Wednesday met Peruvian President Ana Ruiz in Lima.",
            "2024-05-16",
        )
    )
    assert not talks.outsider


def test_with_whom_talks_were_held_is_read_when_the_parser_hangs_it_on_their_place(nlp: Any) -> None:
    # the parser hangs "with ..." on "Ecuador" (the talks' place), not on "held talks"
    text = "Chile's envoy Pablo Soto held talks today in Ecuador with Peruvian Foreign Minister Ana Vega."
    (m,) = find_meetings(context(nlp, text, "2024-05-18"))
    assert set(m.parties) == {"Chile", "Peru"}
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {("Pablo Soto", "Chile"), ("Ana Vega", "Peru")}


def test_a_speaker_whose_own_meeting_a_relative_clause_tells_took_part_in_it(nlp: Any) -> None:
    # "who speaks after talks with a side" is the report's source; the one "who met X" met X
    text = "Maria Ruiz, who met Chilean envoy Pablo Soto on Friday evening, said Lima would host more rounds."
    (met,) = find_meetings(context(nlp, text, "2024-05-18"))
    assert met.outsider == "Maria Ruiz" and met.parties == ("Chile",)
    text = "Chilean envoy Pablo Soto, who met Peru's Foreign Minister Ana Vega on Friday, said it went well."
    (talks,) = find_meetings(context(nlp, text, "2024-05-18"))
    assert not talks.outsider and set(talks.parties) == {"Chile", "Peru"}


# --- meetings announced with no day ---------------------------------------------------------------------


def _announced(nlp: Any, text: str, anchor: str) -> list[tuple[str | None, str, bool]]:
    """(period value, period text, planned) of every meeting announced with no day."""
    meetings, announced = read_meetings(context(nlp, text, anchor))
    assert not any(announced_only(m) for m in meetings)
    return [(m.period.value, m.period.text, m.planned) for m in announced if m.period is not None]


@pytest.mark.parametrize(
    ("text", "anchor", "value", "words"),
    [
        ("Chad and Niger will hold talks next week.", "2024-05-15", "2024-W21", "next week"),
        (
            "Chadian and Nigerien ministers are expected to meet later this month.",
            "2024-05-08",
            "2024-05",
            None,
        ),
        ("Talks between Chad and Niger are expected to resume soon.", "2024-05-08", "FUTURE_REF", "soon"),
        ("Chad and Niger agreed to hold talks in January.", "2024-11-20", "2025-01", "January"),
        (
            "The next round of talks between Chad and Niger will be held in Niamey.",
            "2024-05-08",
            "FUTURE_REF",
            "next",
        ),
        ("More meetings of Chad and Niger are scheduled in the coming days.", "2024-05-08", "PXD", None),
        ("A Chad-Niger summit is planned in two weeks.", "2024-05-08", "P2W", "two weeks"),
        ("The two sides will meet again next month.", "2024-05-08", "2024-06", "next month"),
        ("Chad has offered to host the next summit of Chad and Niger.", "2024-05-08", "FUTURE_REF", "next"),
    ],
)
def test_a_meeting_announced_for_a_week_a_month_or_a_vague_future_is_planned_with_that_time(
    nlp: Any, text: str, anchor: str, value: str, words: str | None
) -> None:
    ((period, said, planned),) = _announced(nlp, text, anchor)
    assert planned and period == value
    assert words is None or words in said


@pytest.mark.parametrize(
    "visit",
    [
        "Chilean President Ana Ruiz, who will start a three-day visit to Peru on Sunday, said ties are good.",
        "Chilean President Ana Ruiz is due to arrive in Peru on Sunday on a three-day state visit.",
    ],
)
def test_talks_announced_at_no_time_are_those_of_the_visit_and_dated_by_its_first_day(
    nlp: Any, visit: str
) -> None:
    # the visit's day is told before the talks, in a sentence with no meeting word
    text = f"{visit} During the visit, Chilean ministers will hold talks with their Peruvian counterparts."
    held, announced = read_meetings(context(nlp, text, "2024-05-15"))
    (m,) = [*held, *announced]
    assert m.planned and set(m.parties) == {"Chile", "Peru"}
    assert m.date is not None and m.date.value == "2024-05-19"


def test_every_meeting_announced_at_no_time_between_the_same_sides_is_announced(nlp: Any) -> None:
    text = (
        "During her visit, Chilean President Ana Ruiz is scheduled to meet Peruvian President Luis Vargas. "
        "Ruiz will also have talks with Peruvian Prime Minister Jorge Soto."
    )
    held, announced = read_meetings(context(nlp, text, "2024-05-15"))
    assert held == [] and announced
    assert all(m.planned and set(m.parties) == {"Chile", "Peru"} for m in announced)


def test_a_meeting_a_visit_to_come_is_for_is_announced(nlp: Any) -> None:
    # "to meet" has no tense of its own: the visit's "will" tells it is to come
    text = "Chadian Foreign Minister Ali Mahamat will visit Niger next week to meet with Nigerien officials."
    held, announced = read_meetings(context(nlp, text, "2024-05-15"))
    assert held == []
    (m,) = announced
    assert m.planned and set(m.parties) == {"Chad", "Niger"}


@pytest.mark.parametrize(
    "text",
    [
        "Chad hopes to meet Niger next month.",
        "Talks between Chad and Niger could resume in the coming weeks.",
        # one side only: no meeting between this negotiation's sides
        "Talks among all Chadian factions are expected to start early next week.",
        "As soon as the ceasefire holds, Chadian and Nigerien envoys will open a new round of talks.",
        # the time is said of a proposal made at the meetings, not of the meetings
        "At the meetings, Chad said, we will propose that the sides set up a joint fund as soon as possible.",
        "The winning Chadian pair will next meet Niger's second seeds.",  # then, not the next round
        # no side named and no word for talks: whose meeting is unknown
        "The president left for Niamey and was expected to meet the local community shortly after arriving.",
        # a proposal to hold talks (the gerund after a verb of wishing) announces none
        "The Chadian foreign minister said he would propose holding three-nation talks with his counterparts "
        "from Niger and Mali on the sidelines of the summit in Niamey next week.",
        # a visit only hoped for: the meeting it is for is no more than hoped for
        "Chadian Foreign Minister Ali Mahamat hopes to visit Niger next week to meet President Ali Garba.",
    ],
)
def test_a_meeting_only_wished_or_of_one_side_or_a_condition_is_no_announced_round(
    nlp: Any, text: str
) -> None:
    assert _announced(nlp, text, "2024-05-15") == []


def test_talks_held_with_both_sides_agreeing_to_meet_next_month_are_held_talks(nlp: Any) -> None:
    text = (
        "Talks between Chad and Niger stalled in Niamey on Tuesday, "
        "with both sides agreeing to meet again next month."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert not m.planned and m.date is not None and m.date.value == "2024-05-14"
    assert m.period is None


def test_a_meeting_announced_for_next_week_and_dated_by_another_sentence_is_one_meeting(nlp: Any) -> None:
    text = "Chad and Niger will hold talks next week. The talks will open in Niamey on Monday."
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.planned and m.date is not None and m.date.value == "2024-05-20"
    assert m.city == "Niamey" and len(m.evidence) == 2


def test_talks_of_this_week_in_a_report_of_talks_held_this_week_are_those_talks(nlp: Any) -> None:
    text = (
        "Chad and Niger ended two days of talks in Niamey on Thursday. "
        "As negotiators prepared for this week's talks, fighting flared in the north."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert not m.planned and m.date is not None and m.date.value == "2024-05-15"


def test_a_meeting_to_be_held_later_the_same_day_is_planned(nlp: Any) -> None:
    text = (
        "The meeting of the Chadian and Nigerien ministers, to be held in Niamey later Monday, "
        "comes ahead of a summit."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-20"))
    assert m.planned and m.date is not None and m.date.value == "2024-05-20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad's government and the rebels met face-to-face in Tripoli on Tuesday.", "face-to-face"),
        ("The Chilean and Peruvian presidents held one-on-one talks in Lima on Tuesday.", "one-on-one"),
        ("Chile's minister held talks by telephone with his Peruvian counterpart on Tuesday.", "phone call"),
        ("Chilean and Peruvian envoys held informal talks in Quito on Tuesday.", "informal"),
        ("Chile and Peru negotiated indirectly in Quito on Tuesday, via Ecuadorian mediators.", "indirect"),
    ],
)
def test_formats_are_named_as_annotators_name_them(nlp: Any, text: str, expected: str) -> None:
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.format == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peace talks in Tripoli collapsed on Tuesday after Chad's government and the rebels refused to meet "
        "face-to-face, the mediators said.",
        "Talks in Tripoli stalled on Tuesday as Chad's government and the rebels did not meet in person.",
    ],
)
def test_a_format_the_sides_refused_is_not_the_format_of_the_talks(nlp: Any, text: str) -> None:
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.format is None


def test_a_held_meeting_is_not_dated_by_a_day_after_the_report(nlp: Any) -> None:
    text = (
        "Chile's foreign minister Ana Ruiz, with whom Peru's envoy Jorge Vega met, said the border was calm. "
        "The two men met during a visit which will end with the signing of five accords on Friday."
    )
    held = [m for m in find_meetings(context(nlp, text, "2024-05-16")) if not m.planned]
    assert all(m.date is None or m.date.value <= "2024-05-16" for m in held)


def test_those_who_agreed_after_days_of_talks_held_them_on_the_day_they_said_so(nlp: Any) -> None:
    text = (
        "Chile and the Andean Liberation Front said on Thursday they had agreed to a truce, after "
        "several days of talks in Lima brokered by Peru."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert set(m.parties) == {"Chile", "Andean Liberation Front"}
    assert m.date is not None and m.date.value == "2024-05-16"
    assert m.city == "Lima" and not m.planned


def test_a_sentence_opening_on_another_matter_lends_nothing_to_the_reports_meeting(nlp: Any) -> None:
    text = (
        "Chile and Peru will resume talks in Quito next week, a spokesman said Friday. "
        "The Peruvian delegation is headed by Luis Vega. "
        "Separately, the foreign ministers of Chile and Bolivia signed a trade accord in La Paz on May 9."
    )
    held, announced = read_meetings(context(nlp, text, "2024-05-17"))
    (other,) = held
    assert other.aside and set(other.parties) == {"Chile", "Bolivia"}
    assert not other.heads  # the Peruvian head is not at the Chile–Bolivia signing
    assert [set(m.parties) for m in announced] == [{"Chile", "Peru"}]


def test_the_signatories_for_each_side_head_the_signing(nlp: Any) -> None:
    text = (
        "The accord was signed in Lima on Monday by Foreign Minister Ana Soto on behalf of Chile "
        "and by Luis Vega for Peru."
    )
    (m,) = find_meetings(context(nlp, text))
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {("Ana Soto", "Chile"), ("Luis Vega", "Peru")}


def test_a_day_of_agreement_ending_days_of_talks_dates_the_talks(nlp: Any) -> None:
    text = (
        "Chile and Peru agreed on Tuesday on the first section of their maritime border, ending two days "
        "of talks in Quito, the mediators said."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.date is not None and m.date.value == "2024-05-14"
    assert set(m.parties) == {"Chile", "Peru"} and m.city == "Quito"


def test_the_signatories_of_both_sides_make_their_sentence_part_of_the_signing(nlp: Any) -> None:
    text = (
        "Chile and the Andean Liberation Front signed a truce in Quito on Saturday. "
        "The text was signed by Ana Soto for Chile and Luis Vega for the Andean Liberation Front "
        "at a ceremony attended by Ecuadorean officials."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-19"))
    assert {h.actor.name for h in m.heads} == {"Ana Soto", "Luis Vega"}


def test_the_people_an_accord_was_signed_by_are_the_heads_of_the_signing(nlp: Any) -> None:
    text = (
        "Chile and Peru signed a fisheries accord on Tuesday. "
        "The accord was signed by Chilean Economy Minister Ana Soto and her Peruvian counterpart Luis Vega."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {("Ana Soto", "Chile"), ("Luis Vega", "Peru")}
    text = (
        "Chile and Peru signed a fisheries accord on Tuesday. "
        "The accord, signed in Lima by Chilean Economy Minister Ana Soto and her Peruvian counterpart "
        "Luis Vega, must still be ratified."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert {h.actor.name for h in m.heads} == {"Ana Soto", "Luis Vega"}
    assert set(m.parties) == {"Chile", "Peru"}


def test_the_heads_of_delegations_listed_with_their_sides_head_those_sides(nlp: Any) -> None:
    signed = (
        "Chile and Peru signed a fisheries accord in Lima on Tuesday. The accord was signed by the heads "
        "of the two delegations, Ana Soto of Chile and Luis Vega of Peru."
    )
    (m,) = find_meetings(context(nlp, signed, "2024-05-15"))
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {("Ana Soto", "Chile"), ("Luis Vega", "Peru")}
    met = (
        "Chile and Peru held fisheries talks in Lima on Tuesday. The heads of the delegations, Ana Soto of "
        "Chile and Luis Vega of Peru, later signed a joint statement."
    )
    (m,) = find_meetings(context(nlp, met, "2024-05-15"))
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {("Ana Soto", "Chile"), ("Luis Vega", "Peru")}


def test_the_date_of_an_accord_dates_its_signing(nlp: Any) -> None:
    text = (
        "Inspectors may only visit the plants under the May 3 accord signed by Chilean Economy "
        "Minister Ana Soto and her Peruvian counterpart Luis Vega."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.date is not None and m.date.value == "2024-05-03"
    assert not m.planned


def test_a_nationality_word_between_a_title_and_a_name_is_a_given_name_not_a_side(nlp: Any) -> None:
    text = (
        "Chile and Peru signed a fisheries accord on Tuesday. The accord was signed by Peruvian "
        "Minister of Production and Fisheries Jordan Rojas and Chile's envoy Ana Soto."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert set(m.parties) == {"Chile", "Peru"}


def test_an_ordinal_in_apposition_to_the_talks_numbers_them(nlp: Any) -> None:
    text = (
        "The Chilean and Peruvian presidents met in Lima on Monday. The talks, the third between the "
        "two leaders since early February, focused on water rights."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.ordinal == 3
    first = "Chile and Peru met in Lima on Monday. The talks, the first since the border clash, were calm."
    (f,) = find_meetings(context(nlp, first, "2024-05-15"))
    assert f.ordinal is None  # the first talks since an event: a first, not round 1


def test_a_sentence_naming_another_head_of_a_side_is_about_another_meeting(nlp: Any) -> None:
    text = (
        "Chile and Peru agreed Wednesday on a joint water commission. Chilean President Ana Soto flew "
        'into Peru for talks with her Peruvian counterpart Luis Vega. "It has to be done quickly," said '
        "Hans Berg, head of the UN water mission, after talks in Santiago with Chilean Foreign Minister "
        "Pablo Rios."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert {h.actor.name for h in m.heads} == {"Ana Soto", "Luis Vega"}
    assert m.city is None  # the other talks were in Santiago


def test_who_speaks_after_talks_with_a_side_held_them(nlp: Any) -> None:
    text = (
        "Chile will open its ports to Peruvian goods, Chilean President Ana Soto told reporters here on "
        "Monday after talks with Peruvian President Luis Vega."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14", dateline="Lima"))
    assert set(m.parties) == {"Chile", "Peru"}
    assert {h.actor.name for h in m.heads} == {"Ana Soto", "Luis Vega"}
    assert m.city == "Lima"  # both sides seen meeting, told as news: where the report was written
    text = (
        "In a first round of talks on Monday with Peruvian Trade Minister Luis Vega, Chilean Economy "
        "Minister Ana Soto reaffirmed her country's offer, a spokesman said."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.ordinal == 1 and set(m.parties) == {"Chile", "Peru"}
    assert {h.actor.name for h in m.heads} == {"Ana Soto", "Luis Vega"}


def test_talks_with_a_visiting_leader_name_the_guest_as_a_side(nlp: Any) -> None:
    text = (
        "Chilean President Ana Soto said here on Monday that Chile will never accept a tariff. "
        '"We will never accept it," Soto told the press on Monday after his talks with visiting US '
        "President Mary Kerr."
    )  # the parser reads "visiting" as a clause under "with"
    (m,) = find_meetings(context(nlp, text, "2024-05-14", dateline="SANTIAGO"))
    assert set(m.parties) == {"Chile", "United States"}
    assert {h.actor.name for h in m.heads} == {"Ana Soto", "Mary Kerr"}


def test_a_hyphenated_title_gives_its_holder_a_side(nlp: Any) -> None:
    text = "U.N. Secretary-General Ana Soto met Chilean Foreign Minister Luis Vega in Santiago on Monday."
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert {(h.actor.name, h.actor.party, h.actor.role) for h in m.heads} == {
        ("Ana Soto", "United Nations", "Secretary-General"),
        ("Luis Vega", "Chile", "Foreign Minister"),
    }


def test_the_day_someone_arrived_for_talks_is_told_apart(nlp: Any) -> None:
    text = (
        "Chilean President Ana Soto arrived in Lima on Wednesday for talks with Peruvian President Luis Vega."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-16"))
    assert m.date is not None and m.date.value == "2024-05-15" and m.arrival
    text = "Chilean President Ana Soto met Peruvian President Luis Vega in Lima on Wednesday."
    (m,) = find_meetings(context(nlp, text, "2024-05-16"))
    assert not m.arrival


def test_a_mood_about_the_next_talks_announces_no_round(nlp: Any) -> None:
    text = (
        "Chile and Peru held their fifth round of talks in Lima on Monday. "
        "Soto said she was optimistic about the next round despite the dispute over water rights."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.ordinal == 5 and not m.planned
    announced = (
        "Chile and Peru held their fifth round of talks in Lima on Monday. The next round is due in June."
    )
    assert (
        len(find_meetings(context(nlp, announced, "2024-05-15")))
        + len(read_meetings(context(nlp, announced, "2024-05-15"))[1])
        == 2
    )


def test_an_opening_round_is_the_first(nlp: Any) -> None:
    text = "Chile and Peru held an opening round of talks in Lima on Monday."
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.ordinal == 1
    summit = "The opening session of the summit of Chile and Peru was held in Lima on Monday."
    (s,) = find_meetings(context(nlp, summit, "2024-05-15"))
    assert s.ordinal is None  # a summit's opening session is no round of a count


def test_a_chief_negotiator_of_a_kind_of_talks_heads_a_side(nlp: Any) -> None:
    text = (
        "Chad's government and the rebels held talks in Tripoli on Tuesday. \"We failed to agree on the "
        'troops," the chief ceasefire negotiator for the government, General Ana Ruiz, told reporters.'
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert [h.actor.name for h in m.heads] == ["Ana Ruiz"]


def test_a_person_joined_to_a_group_takes_no_side_from_the_person_named_before(nlp: Any) -> None:
    text = (
        "US Defense Secretary Ana Ruiz planned to visit troops before further meetings later Tuesday with "
        "members of the Japanese parliament and Foreign Minister Luis Soto."
    )
    (m,) = read_meetings(context(nlp, text, "2024-05-13"))[0]
    assert ("Luis Soto", "United States") not in {(h.actor.name, h.actor.party) for h in m.heads}
    joined = (
        "Israeli Prime Minister Ari Cohen and Foreign Minister Dan Levi met Omar Said in Jerusalem on Monday."
    )
    (j,) = find_meetings(context(nlp, joined, "2024-05-15"))
    assert ("Dan Levi", "Israel") in {(h.actor.name, h.actor.party) for h in j.heads}


def test_talks_a_delegation_leaves_for_are_to_come_not_on_the_day_it_left(nlp: Any) -> None:
    text = (
        "A delegation headed by Chile's Foreign Minister Ana Soto left for Lima on Monday to resume talks "
        "with Peru."
    )
    held, _announced = read_meetings(context(nlp, text, "2024-05-13", dateline="Santiago"))
    assert not [m for m in held if not m.planned]


def test_the_talks_a_delegation_leaves_for_are_in_the_city_it_left_for_on_the_day_they_open(
    nlp: Any,
) -> None:
    text = (
        "A delegation headed by Chile's Foreign Minister Ana Soto left for Lima on Sunday to resume talks "
        "with Peru after a long pause. The two-day talks will open on Tuesday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-12", dateline="Santiago"))
    assert m.planned and m.city == "Lima" and m.date is not None and m.date.value == "2024-05-14"
    assert [h.actor.name for h in m.heads] == ["Ana Soto"]


def test_a_stretch_of_time_that_places_the_talks_is_not_their_length(nlp: Any) -> None:
    text = "Chile and Peru will hold talks in Quito on Friday, a day after their ministers met in Lima."
    meetings = find_meetings(context(nlp, text, "2024-05-13"))
    assert all(m.duration is None for m in meetings)
    lasted = find_meetings(
        context(nlp, "Chile and Peru met in Quito on Friday after two days of talks.", "2024-05-13")
    )
    assert [m.duration.value for m in lasted if m.duration] == ["P2D"]


def test_what_else_lasted_a_while_gives_the_talks_no_length(nlp: Any) -> None:
    text = (
        "Chile and Peru held indirect talks in Quito on Monday. A Peruvian official, who asked not to be "
        "named to discuss the private talks, said the two ministers had a brief conversation that lasted "
        "about 20 minutes."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.duration is None  # the ministers' conversation is not the talks
    text += " The talks themselves lasted more than three hours."
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.duration is not None and (m.duration.value, m.duration.mod) == ("PT3H", "MORE_THAN")
    text = "Chile and Peru held talks in Quito on Monday. The session, which lasted 90 minutes, was calm."
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.duration is not None and m.duration.value == "PT90M"


def test_a_length_in_minutes_written_as_an_adjective_is_the_meetings(nlp: Any) -> None:
    text = "Chile's foreign minister met Peru's president in Lima on Monday. The 40-minute meeting was calm."
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.duration is not None and m.duration.value == "PT40M"


def test_leaving_the_venue_after_hours_of_talks_leaves_them_held(nlp: Any) -> None:
    text = (
        "Chile and Peru met in Quito on Monday. The Chilean delegation left the Peruvian embassy in the "
        "evening, following about four hours of talks."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert not m.planned and m.duration is not None and m.duration.value == "PT4H"


def test_the_pair_before_an_ongoing_summit_met_on_the_day_of_the_report(nlp: Any) -> None:
    text = "At the ongoing Chile-Peru summit in Quito, Chile agreed to lift its tariffs on copper."
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert set(m.parties) == {"Chile", "Peru"} and m.city == "Quito"
    assert m.date is not None and m.date.value == "2024-05-13" and not m.planned


def test_a_pair_of_talks_someone_oversaw_in_a_relative_clause_are_not_the_sentences_sides(nlp: Any) -> None:
    text = (
        "The king on Monday met the visiting envoy Dan Holt, who had overseen the Chilean-Peruvian talks "
        "for five months."
    )
    meetings = find_meetings(context(nlp, text, "2024-05-13"))
    assert not [m for m in meetings if {"Chile", "Peru"} <= set(m.parties)]


def test_the_meeting_of_a_joint_body_a_minister_told_is_its_sides_meeting_that_day(nlp: Any) -> None:
    text = (
        "Chilean Foreign Minister Ana Soto said here on Saturday that the new commission would help trade. "
        '"Our ties have grown," Soto told the first meeting of the Chile-Peru joint commission. '
        "Peruvian Foreign Minister Luis Vega, who co-chaired the meeting with Soto, praised the commission."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-11", dateline="Lima"))
    assert set(m.parties) == {"Chile", "Peru"}
    assert m.date is not None and m.date.value == "2024-05-11"
    assert "Luis Vega" in {h.actor.name for h in m.heads}


def test_a_leader_who_spoke_when_meeting_another_met_them_on_the_day_of_the_statement(nlp: Any) -> None:
    text = (
        "Chilean President Ana Soto on Friday expressed satisfaction with ties with Peru. "
        '"Our ties have grown fast," Soto said when meeting with Peruvian President Luis Vega before the '
        "regional summit."
    )
    meetings = find_meetings(context(nlp, text, "2024-05-17"))
    (met,) = [m for m in meetings if not m.planned]
    assert met.date is not None and met.date.value == "2024-05-17"
    assert not met.outsider  # both are heads of a side, Soto named by her surname
    assert {h.actor.party for h in met.heads} == {"Chile", "Peru"}


def test_delegations_from_two_countries_are_their_sides_not_places(nlp: Any) -> None:
    text = "Expert-level delegations from Chile and Peru started discussions on Wednesday on the border."
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert set(m.parties) == {"Chile", "Peru"}


def test_where_a_spokesman_said_something_is_not_where_the_meeting_will_be(nlp: Any) -> None:
    text = (
        "Chile and Peru will sign a trade accord during the Chilean president's visit to Peru on Friday, a "
        "spokesman said here on Monday."
    )
    meetings = find_meetings(context(nlp, text, "2024-05-13", dateline="Santiago"))
    assert meetings and all(m.city != "Santiago" for m in meetings)


def test_the_days_of_talks_a_report_says_they_lasted_are_one_meeting(nlp: Any) -> None:
    text = (
        "Chilean and Peruvian officials wrapped up four days of talks in Quito on Thursday. "
        "The talks began on Monday with meetings between senior officials."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert m.duration is not None and m.duration.value == "P4D" and m.city == "Quito"


def test_a_seat_of_government_is_the_city_of_talks_held_in_it(nlp: Any) -> None:
    text = "Chile and Peru held talks at the prime minister's residence in Putrajaya on Monday."
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.city == "Putrajaya"


def test_a_host_acting_as_such_and_those_who_tell_of_the_talks_are_not_its_sides(nlp: Any) -> None:
    text = (
        "Chilean and Peruvian negotiators held a second round of talks in Quito on Monday, with Ecuador "
        "again acting as host. The talks lasted an hour, Brazilian officials said."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert set(m.parties) == {"Chile", "Peru"}


def test_who_led_a_delegation_heads_the_round_held_not_the_one_announced(nlp: Any) -> None:
    text = (
        "Chilean and Peruvian negotiators held a second round of talks in Quito on Monday. "
        "Soto, who again led the Chilean delegation, said Santiago had proposed holding another round before "
        "the end of June."
    )
    meetings = find_meetings(context(nlp, text, "2024-05-13"))
    (held,) = [m for m in meetings if not m.planned]
    assert "Soto" in {h.actor.name for h in held.heads}
    assert all("Soto" not in {h.actor.name for h in m.heads} for m in meetings if m.planned)


def test_those_between_whom_a_meeting_took_place_take_part_in_it(nlp: Any) -> None:
    ctx = context(nlp, "On Monday a meeting took place in Nairobi between Kenya and Tanzania on the border.")
    (meeting,) = find_meetings(ctx)
    assert set(meeting.parties) == {"Kenya", "Tanzania"}


@pytest.mark.parametrize(
    "text",
    [
        "Estonia and Latvia formally joined the WTO at a ceremony in Geneva on Friday.",
        "Estonia and Latvia will join the WTO on Friday in a ceremony in Geneva.",
    ],
)
def test_the_body_joined_at_a_ceremony_is_the_other_side_of_it(nlp: Any, text: str) -> None:
    meetings, announced = read_meetings(context(nlp, text))
    (meeting,) = [*meetings, *announced]
    assert set(meeting.parties) == {"Estonia", "Latvia", "World Trade Organization"}


def test_the_first_meeting_of_a_standing_body_is_its_round_one(nlp: Any) -> None:
    text = "Chile and Peru held the first meeting of their joint steering committee in Lima on Saturday."
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert (m.ordinal, m.city) == (1, "Lima")
    text = "Chile and Peru held their first meeting since June in Lima on Saturday."
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert m.ordinal is None  # a first since then, not round one


def test_a_title_with_no_name_is_the_person_named_so_before(nlp: Any) -> None:
    text = (
        "Peruvian President Luis Vega on Friday backed a new port deal with Chile. The visiting Peruvian "
        "president said this on Friday when meeting with Chilean President Ana Soto."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17", dateline="SANTIAGO"))
    assert {h.actor.name for h in m.heads} == {"Luis Vega", "Ana Soto"}
    vega = next(h for h in m.heads if h.actor.name == "Luis Vega")
    assert vega.actor.party == "Peru" and "visiting Peruvian president" in vega.evidence.sentence


def test_who_told_the_meeting_took_part_in_it(nlp: Any) -> None:
    text = (
        '"Our trade has doubled," Chilean Foreign Minister Ana Soto told the first meeting of the '
        "Chile-Peru joint commission in Lima on Saturday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert {h.actor.name for h in m.heads} == {"Ana Soto"}
    assert set(m.parties) == {"Chile", "Peru"}


def test_a_city_named_after_of_is_the_meetings_place(nlp: Any) -> None:
    text = "Kenya and the rebels held talks in the port city of Mombasa on Monday."
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.city == "Mombasa"


def test_the_place_a_where_clause_holds_the_meeting_in_is_its_place(nlp: Any) -> None:
    for text in (
        "The Chilean minister visited Bogota, where he met President Ana Perez on Wednesday.",
        "The Chilean minister flew to Bogota, where he held talks with Colombian leaders on Wednesday.",
    ):
        (m,) = find_meetings(context(nlp, text, "2024-05-16", dateline="Lima"))
        assert m.city == "Bogota", text
    country = "The Chilean minister visited Colombia, where he met President Ana Perez on Wednesday."
    (m,) = find_meetings(context(nlp, country, "2024-05-16", dateline="Lima"))
    assert m.city is None  # in Colombia, not in the dateline's city


def test_a_where_clause_of_something_else_does_not_place_the_meeting(nlp: Any) -> None:
    text = "The Chilean minister visited Bogota, where he opened a school, and met Ana Perez on Wednesday."
    for m in find_meetings(context(nlp, text, "2024-05-16")):
        assert m.city != "Bogota"


def test_a_name_before_a_place_noun_is_the_meetings_place(nlp: Any) -> None:
    text = "Kenyan and Somali negotiators held talks in Garissa town on Monday on the border dispute."
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.city == "Garissa"


def test_an_island_the_meeting_is_on_is_its_place(nlp: Any) -> None:
    text = "Ghana and Togo will hold talks next Tuesday on the resort island of Bioko."
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.city == "Bioko"


def test_a_place_after_the_sides_of_between_is_the_meetings_place(nlp: Any) -> None:
    text = (
        "Talks between Kenya's government and the Somali rebels in Mombasa entered their third day on Monday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.city == "Mombasa"


def test_talks_going_on_as_the_report_is_written_are_on_its_day(nlp: Any) -> None:
    text = "Talks between Chad and the rebels were continuing in Tripoli, an official said."
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.date is not None and m.date.value == "2024-05-15" and not m.planned


def test_a_clause_on_the_talks_place_dates_the_talks(nlp: Any) -> None:
    text = "The negotiations in Geneva, which opened on May 6, were still going on, a diplomat said."
    (m,) = find_meetings(context(nlp, text, "2024-05-30"))
    assert m.date is not None and m.date.value == "2024-05-06"


def test_the_length_of_a_truce_agreed_is_not_the_length_of_the_talks(nlp: Any) -> None:
    text = "Chad and the rebels agreed on Friday to a ten-day truce after two weeks of talks in Tripoli."
    (m,) = find_meetings(context(nlp, text, "2024-05-18"))
    assert m.duration is not None and m.duration.value == "P2W"


def test_a_meeting_told_as_what_led_to_an_event_of_a_year_gone_by_is_background(nlp: Any) -> None:
    for before in ("Their dispute began", "The alliance began to expand"):
        text = (
            "Kenya and Somalia signed the border accord at a ceremony on Friday. "
            f"{before} in 2011 after the president met the Somali leader in Oslo."
        )
        (m,) = find_meetings(context(nlp, text, "2024-05-18"))
        assert m.city is None  # the place of the meeting of 2011 is not the signing's


def test_talks_due_to_resume_on_a_day_are_announced_for_it(nlp: Any) -> None:
    text = "The talks are due to resume on Thursday, a foreign ministry official said."
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.date is not None and m.date.value == "2024-05-16" and m.planned


def test_who_says_it_after_a_name_is_no_title_of_the_person(nlp: Any) -> None:
    text = (
        "Talks between Kenya and the rebels opened in Arusha on Monday. The government delegation is led by "
        "adviser Peter Mwangi, and the other team by spokesman Amos Kiprop, a statement from the South "
        "African presidency said."
    )
    heads = [h for m in find_meetings(context(nlp, text, "2024-05-15")) for h in m.heads]
    kiprop = [h.actor for h in heads if h.actor.name == "Amos Kiprop"]
    assert kiprop and all(a.party != "South Africa" and "statement" not in (a.role or "") for a in kiprop)


def test_a_meeting_counted_since_an_event_has_neither_its_date_nor_an_ordinal(nlp: Any) -> None:
    text = "The talks in Nairobi on Monday were the second meeting of the sides since the accord of May 2."
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.date is not None and m.date.value == "2024-05-13"
    assert m.ordinal is None


def test_a_meeting_verb_joined_to_another_shares_its_doers_tense_and_day(nlp: Any) -> None:
    # "will visit ... and hold talks": the second verb has no subject or auxiliary of its own
    text = (
        "Chilean President Ana Lopez will visit Norway from June 3 and hold talks with Norwegian Prime"
        " Minister Erik Berg."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert m.planned
    assert m.date is not None and m.date.value == "2024-06-03"
    assert set(m.parties) == {"Chile", "Norway"}


def test_a_joined_meeting_verb_with_a_day_of_its_own_keeps_it(nlp: Any) -> None:
    text = "The Chilean minister arrived in Oslo on Monday and met his Norwegian counterpart on Tuesday."
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.date is not None and m.date.value == "2024-05-14"
    assert not m.planned


def test_a_surname_the_model_left_untagged_names_the_person_named_in_full_before(nlp: Any) -> None:
    text = (
        "Croatian President Ivo Peric arrived on Thursday. Peric and his Slovenian counterpart Janez"
        " Horvat had an informal meeting on Thursday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {
        ("Ivo Peric", "Croatia"),
        ("Janez Horvat", "Slovenia"),
    }


def test_talks_suspended_are_put_off_not_held_that_day(nlp: Any) -> None:
    text = "Chile suspended trade negotiations with Peru on Friday over a maritime law."
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert m.planned and m.fate == "postponed"


def test_talks_led_by_one_person_for_each_side_give_each_head_that_side(nlp: Any) -> None:
    text = (
        "Kenya and Uganda held talks in Arusha on Monday. The talks were led by Foreign Minister Jane Doe "
        "for Kenya and by Interior Minister John Roe for Uganda."
    )
    heads = {
        h.actor.name: h.actor.party for m in find_meetings(context(nlp, text, "2024-05-15")) for h in m.heads
    }
    assert heads == {"Jane Doe": "Kenya", "John Roe": "Uganda"}


def test_a_time_a_since_clause_counts_from_is_no_time_of_the_meeting(nlp: Any) -> None:
    text = (
        "Kenyan Foreign Minister Jane Doe will meet Ugandan Interior Minister John Roe in Arusha on "
        "Saturday, the first talks between the neighbours since tensions rose last month."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.date is not None and m.date.value == "2024-05-18" and m.planned


def test_a_surname_the_tagger_takes_for_a_pronoun_stays_in_the_name(nlp: Any) -> None:
    text = (
        "Kenya and China held talks in Nairobi on Monday. The talks are led by Doe on the Kenyan side, "
        "and by He Lifeng for China."
    )
    heads = {
        h.actor.name: h.actor.party for m in find_meetings(context(nlp, text, "2024-05-15")) for h in m.heads
    }
    assert heads.get("He Lifeng") == "China"


def test_sitting_down_with_someone_is_meeting_them(nlp: Any) -> None:
    text = "The Chilean foreign minister sat down with his Peruvian counterpart in Lima on Monday."
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert (m.city, set(m.parties)) == ("Lima", {"Chile", "Peru"})
    text = "Chilean and Peruvian negotiators will sit down next week to discuss a draft trade agreement."
    (m,) = read_meetings(context(nlp, text, "2024-05-14"))[1]
    assert m.planned and set(m.parties) == {"Chile", "Peru"}


def test_a_head_named_with_the_country_they_are_of(nlp: Any) -> None:
    text = "President Ana Lopez of Chile met President Juan Perez of Peru on Friday in Lima."
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {
        ("Ana Lopez", "Chile"),
        ("Juan Perez", "Peru"),
    }


@pytest.mark.parametrize("title", ["vice-chairman of the Peruvian parliament", "co-chair of Peru's senate"])
def test_a_hyphenated_title_after_a_name_gives_its_side(nlp: Any, title: str) -> None:
    text = f"Jorge Vargas, {title}, met here Wednesday with Austrian Defence Minister Karl Huber."
    heads = {(a.name, a.party) for a in _heads(nlp, text, "2024-05-16")}
    assert heads == {("Jorge Vargas", "Peru"), ("Karl Huber", "Austria")}


def test_a_counterpart_named_in_apposition_to_the_title_heads_the_other_side(nlp: Any) -> None:
    # the model leaves the name untagged and hangs it on "counterpart" as an apposition
    text = (
        "Polish Prime Minister Jan Nowak met here Thursday with his Latvian counterpart Ivars Ozolnieks and "
        "said after the meeting that it was a good meeting."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17", dateline="WARSAW"))
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {
        ("Jan Nowak", "Poland"),
        ("Ivars Ozolnieks", "Latvia"),
    }


def test_a_title_after_a_name_keeps_the_participle_that_describes_it(nlp: Any) -> None:
    text = (
        "Peru's president-elect, Luis Vega, met on Tuesday with Carlos Mendoza, the visiting United States "
        "under secretary of commerce, who had opposed him."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    heads = {h.actor.name: h.actor for h in m.heads}
    assert heads["Carlos Mendoza"].party == "United States"
    assert "under secretary of commerce" in (heads["Carlos Mendoza"].role or "")


def test_the_place_of_a_meeting_with_someone_hung_on_their_name_is_the_meetings(nlp: Any) -> None:
    # the parser hangs "in the ... town of X" on the counterpart's name, not on the meeting
    text = (
        "Greek Prime Minister Nikos Papadakis held a meeting on Wednesday with his Bulgarian counterpart "
        "Petar Ivanov in the southern Bulgarian town of Kardzhilovo."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-16", dateline="ATHENS"))
    assert m.city == "Kardzhilovo"


def test_who_speaks_after_a_meeting_with_someone_held_it(nlp: Any) -> None:
    text = (
        "Greek Prime Minister Nikos Papadakis, speaking after a meeting with his Bulgarian counterpart Petar "
        'Ivanov in the southern Bulgarian town of Zlatograd on Wednesday, said: "Greece is ready."'
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-16", dateline="ATHENS"))
    assert set(m.parties) == {"Greece", "Bulgaria"}
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {
        ("Nikos Papadakis", "Greece"),
        ("Petar Ivanov", "Bulgaria"),
    }


def test_a_lead_that_reports_the_sides_dealings_dates_the_meeting_named_next(nlp: Any) -> None:
    text = (
        "Kenya and Uganda agreed on Monday to a plan to reopen the border, the mediator said after hosting "
        "them, but they have yet to agree on how to implement it. Kenyan Foreign Minister Jane Doe and "
        "Ugandan Interior Minister John Roe met for several hours with the mediator."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.date is not None and m.date.value == "2024-05-13"


def test_a_town_named_after_of_is_the_meetings_place_whatever_the_model_takes_it_for(nlp: Any) -> None:
    text = (
        "Kosovo and Serbia agreed late Saturday on how to implement the plan, the mediator said after "
        "12 hours of talks in the lakeside town of Ohrid."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-19"))
    assert m.city == "Ohrid"


def test_a_meeting_the_report_names_no_place_of_is_in_the_datelined_seat_of_its_mediator(nlp: Any) -> None:
    text = "EU-mediated talks between Kosovo and Serbia collapsed on Thursday, the bloc's envoy said."
    (m,) = find_meetings(context(nlp, text, "2024-05-17", "Brussels"))
    assert m.city == "Brussels"


def test_a_place_the_parser_hangs_on_the_talks_topic_is_the_talks_place(nlp: Any) -> None:
    text = "Chile and Peru concluded a third round of talks over their maritime border in Quito on Monday."
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.city == "Quito"


def test_a_place_of_the_situation_the_talks_are_about_is_not_their_place(nlp: Any) -> None:
    text = "Envoys of Chile and Peru held talks on the situation in Arica on Monday."
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.city is None


def test_talks_in_a_country_reported_from_its_capital_are_in_the_capital(nlp: Any) -> None:
    text = "Chile and Peru held their first round of talks on Saturday in Ecuador."
    (m,) = find_meetings(context(nlp, text, "2024-05-12", "Quito"))
    assert m.city == "Quito"
    (elsewhere,) = find_meetings(context(nlp, text, "2024-05-12", "Lima"))
    assert elsewhere.city is None  # the dateline's city is not in the country the talks were in


def test_heads_listed_together_are_all_heads_however_the_first_is_parsed(nlp: Any) -> None:
    text = (
        "Chile and Peru held talks in Quito on Monday. Foreign Minister Ana Lima and Peruvian envoy "
        "Tomas Berg led their respective delegations in the Ecuadorean-mediated talks."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert {h.actor.name for h in m.heads} == {"Ana Lima", "Tomas Berg"}


def test_they_after_a_sentence_on_the_talks_are_the_talks(nlp: Any) -> None:
    text = (
        "Chile and Peru held talks in Quito on Monday. The talks lasted three hours. "
        "They were led by Chilean Foreign Minister Ana Lima and Peruvian trade envoy Tomas Berg."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {("Ana Lima", "Chile"), ("Tomas Berg", "Peru")}


def test_who_leads_a_technical_team_is_no_head_of_delegation(nlp: Any) -> None:
    text = (
        "Chile and Peru held talks in Quito on Monday, led by Chilean Foreign Minister Ana Lima and "
        "Peruvian Foreign Minister Tomas Berg. The technical teams were led by Chilean deputy minister "
        "Jorge Ruiz and Peruvian official Marta Soto."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    names = {h.actor.name for h in m.heads}
    assert "Jorge Ruiz" not in names and "Marta Soto" not in names


def test_a_surname_the_model_takes_for_a_place_heads_when_named_in_full_before(nlp: Any) -> None:
    text = (
        "Chile and Peru held talks in Quito on Monday, Foreign Minister Ali Okonkwo said. "
        "A mediator shuttled between the delegations headed by Okonkwo and Peruvian envoy Tomas Berg."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert {"Ali Okonkwo", "Tomas Berg"} <= {h.actor.name for h in m.heads}


def test_a_sentence_dating_the_talks_first_or_last_day_says_so(nlp: Any) -> None:
    opened = "Chile and Peru opened talks in Quito on Monday."
    closed = "Talks in Quito on the maritime border and the release of fishermen ended on Thursday."
    both = "Talks between Chile and Peru that began in Quito on Monday ended on Thursday."
    (a,) = find_meetings(context(nlp, opened, "2024-05-14"))
    (b,) = find_meetings(context(nlp, closed, "2024-05-17", "Quito"))
    assert (a.stage, b.stage) == ("opened", "closed")
    assert all(m.stage is None for m in find_meetings(context(nlp, both, "2024-05-17")))


def test_the_talks_told_with_one_side_in_each_sentence_are_one_meeting_of_both(nlp: Any) -> None:
    text = (
        "A Peruvian delegation led by trade minister Tomas Berg arrived in Quito to hear the outcome of "
        "negotiations that resumed in the Ecuadorean capital. The talks, which began on Thursday, brought "
        "together Chilean negotiators and mediators from Ecuador, officials said."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-18"))
    assert set(m.parties) == {"Chile", "Peru"}
    assert m.date is not None and m.date.value == "2024-05-16"


def test_heads_of_the_talks_in_a_clause_on_them(nlp: Any) -> None:
    text = "The talks, led by Chile's Jorge Ruiz and Peru's Tomas Berg, ended in Quito on Thursday."
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    heads = {(h.actor.name, h.actor.party) for h in m.heads}
    assert heads == {("Jorge Ruiz", "Chile"), ("Tomas Berg", "Peru")}


def test_talks_resumed_on_a_day_opened_that_day(nlp: Any) -> None:
    (m,) = find_meetings(context(nlp, "Chile and Peru resumed talks in Quito on Tuesday.", "2024-05-17"))
    assert m.stage == "opened"


def test_talks_near_or_outside_a_city_are_in_it(nlp: Any) -> None:
    for text in (
        "Chile and Peru resumed negotiations near Quito on Tuesday.",
        "Chile and Peru began talks outside Quito on Tuesday.",
    ):
        (m,) = find_meetings(context(nlp, text, "2024-05-17"))
        assert m.city == "Quito", text


def test_a_meeting_counted_within_a_stretch_of_time_has_no_ordinal(nlp: Any) -> None:
    text = "The presidents of Chile and Peru met in Quito on Saturday, their second meeting in a month."
    (m,) = find_meetings(context(nlp, text, "2024-05-19"))
    assert m.ordinal is None
    year = "The presidents of Chile and Peru met in Quito on Saturday. It was their second meeting this year."
    assert [m.ordinal for m in find_meetings(context(nlp, year, "2024-05-19"))] == [2]


def test_meeting_again_is_a_meeting_of_the_same_sides(nlp: Any) -> None:
    text = "Chile and Peru held talks in Quito on Saturday. The two agreed to meet again in October, in Lima."
    _held, announced = read_meetings(context(nlp, text, "2024-05-19"))
    assert [m.city for m in announced] == ["Lima"]


def test_talks_in_a_country_reported_from_another_of_its_cities_have_no_city(nlp: Any) -> None:
    text = "Peace talks between Chile and Peru opened in Ecuador on Tuesday, officials said."
    (m,) = find_meetings(context(nlp, text, "2024-05-14", "Guayaquil"))
    assert m.city is None  # an agency's hub in the country, not where the talks are


def test_talks_where_something_was_agreed_were_held(nlp: Any) -> None:
    text = (
        "Chile and Peru agreed on Friday to exchange 50 prisoners each in their first talks in three years."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert not m.planned


def test_the_day_the_meeting_verb_governs_outranks_the_day_of_the_proposal(nlp: Any) -> None:
    text = "Peru on Wednesday proposed holding a second round of talks with Chile in Quito on June 2."
    (m,) = find_meetings(context(nlp, text, "2024-05-23"))
    assert m.date is not None and m.date.value == "2024-06-02"
    assert m.planned


def test_a_venue_named_with_its_city_places_the_talks_in_the_city(nlp: Any) -> None:
    text = "Chile and Peru held talks at Quito's Carondelet Palace on Monday."
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.city == "Quito"
    request = "Chile said it would hold a second round of talks soon, to be held at Lima's request."
    held, announced = read_meetings(context(nlp, request, "2024-05-14"))
    assert all(m.city is None for m in [*held, *announced])


def test_a_second_agent_of_a_verb_of_leading_is_gapped_too(nlp: Any) -> None:
    text = (
        "Chile and Peru held talks in Quito on Monday. Peru's delegation was led by Defence Minister "
        "Tomas Berg and Chile's by presidential aide Jorge Ruiz."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {
        ("Jorge Ruiz", "Chile"),
        ("Tomas Berg", "Peru"),
    }


def test_led_by_one_and_by_another_gives_both(nlp: Any) -> None:
    text = "The delegations, led by Jorge Ruiz and by Tomas Berg, met in Quito on Wednesday."
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert {h.actor.name for h in m.heads} == {"Jorge Ruiz", "Tomas Berg"}


def test_where_and_how_long_people_were_held_is_not_the_talks_place_or_length(nlp: Any) -> None:
    (m,) = find_meetings(
        context(
            nlp,
            "Gunmen holding nine nurses at a hospital compound freed two of them on Tuesday, hours before "
            "government envoys sat down with the gunmen for the first time.",
            "2024-05-15",
        )
    )
    assert m.venue is None
    (m,) = find_meetings(
        context(
            nlp,
            "The gunmen freed the nurses they had held for three weeks at a hospital compound, after a "
            "deal with the government at the sixth round of talks on Monday.",
            "2024-05-15",
        )
    )
    assert m.duration is None and m.venue is None


def test_a_government_title_and_a_sides_envoys_name_the_sides_of_a_meeting(nlp: Any) -> None:
    text = (
        "Talks between the Peruvian government and rebels of the Andean Liberation Front broke off on "
        "Tuesday. Government negotiator Ana Rojas met two rebel envoys for four hours in a church hall."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert {h.actor.name: h.actor.party for h in m.heads} == {"Ana Rojas": "Peru"}
    assert m.duration is not None and m.duration.value == "PT4H"
    (m,) = find_meetings(
        context(
            nlp, "Peruvian negotiator Ana Rojas met two rebel envoys on Tuesday for four hours.", "2024-05-15"
        )
    )
    assert len(m.parties) == 2 and "Peru" in m.parties  # the envoys are the other side


def test_a_date_on_a_reported_event_is_not_the_date_of_the_report(nlp: Any) -> None:
    (m,) = find_meetings(
        context(
            nlp,
            "The gunmen dropped that demand at the fourth round on Monday, the mediators said.",
            "2024-05-16",
        )
    )
    assert m.date is not None and m.date.value == "2024-05-13" and m.ordinal == 4


def test_a_week_of_talks_is_their_length_and_a_day_early_is_none(nlp: Any) -> None:
    (m,) = find_meetings(
        context(nlp, "Negotiators from Chile and Peru ended a week of talks in Lima on Friday.", "2024-05-18")
    )
    assert m.duration is not None and m.duration.value == "P1W"
    assert m.date is not None and m.date.value == "2024-05-17"  # which days the week was is not said
    (m,) = find_meetings(
        context(
            nlp,
            "Chile and Peru ended their talks in Lima a day early on Friday, after Peru dropped its demand.",
            "2024-05-18",
        )
    )
    assert m.duration is None


def test_whom_a_mediator_mediated_talks_with_is_no_side_of_them(nlp: Any) -> None:
    text = (
        "The fifth round of talks on the border ended on Monday with a deal. Bishop Ana Ruiz, who mediated "
        "the talks with the International Committee of the Red Cross, said the deal was fair."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.ordinal == 5 and "International Committee of the Red Cross" not in m.parties


def test_a_head_titled_by_a_community_leads_that_community(nlp: Any) -> None:
    (m,) = find_meetings(
        context(
            nlp,
            "Greek Cypriot leader Ana Pavlou and Turkish Cypriot leader Ali Demir met for two hours "
            "on Monday.",
            "2024-05-15",
        )
    )
    assert {h.actor.name: h.actor.party for h in m.heads} == {
        "Ana Pavlou": "Greek Cypriots",
        "Ali Demir": "Turkish Cypriots",
    }


def test_days_of_talks_with_two_words_before_talks_are_their_length(nlp: Any) -> None:
    (m,) = find_meetings(
        context(
            nlp,
            "Chile and Peru wrapped up three days of intensive border talks in Lima on Friday.",
            "2024-05-18",
        )
    )
    assert m.duration is not None and m.duration.value == "P3D"
    assert m.date is not None and m.date.value == "2024-05-15"


@pytest.mark.parametrize(
    ("sentence", "ordinal"),
    [
        ("Chile and Peru held their 67th meeting on Tuesday.", 67),
        ("Chile and Peru held the twenty-first round of talks on Tuesday.", 21),
        (
            "Chile's president met Peru's president on Tuesday ahead of the 14th summit of the Rio Group.",
            None,
        ),
        ("Chile's president met Peru's president on Tuesday before the opening of the 14th summit.", None),
    ],
)
def test_ordinals_past_a_dozen_and_those_of_another_meeting(
    nlp: Any, sentence: str, ordinal: int | None
) -> None:
    (m,) = find_meetings(context(nlp, sentence, "2024-05-15"))
    assert m.ordinal == ordinal


def test_a_name_after_the_town_of_is_a_place_though_the_model_tags_it_as_nothing(nlp: Any) -> None:
    (m,) = find_meetings(
        context(
            nlp,
            "Chile and Peru held a third round of talks on Sunday at a hotel in the western town of Paro.",
            "2024-05-15",
        )
    )
    assert m.city == "Paro"


def test_a_date_in_a_clause_of_an_earlier_meeting_does_not_date_the_next_one(nlp: Any) -> None:
    (m,) = find_meetings(
        context(
            nlp,
            "A Chilean delegation will return to Brasilia on Wednesday for a new round of indirect talks, an "
            "official said, after a Peruvian envoy held talks with Brazilian officials last Thursday.",
            "2024-05-14",
        )
    )
    assert m.planned and m.date is not None and m.date.value == "2024-05-15"


def test_the_trigger_candidates_hold_every_word_that_names_a_meeting(nlp: Any) -> None:
    from legation.nlp.lexicons import meeting_words
    from legation.nlp.meetings.sentence import _trigger, trigger_candidates

    text = (
        "The two envoys will sit down in Lisbon next week. Ceasefire talks between the rivals stalled. "
        "Negotiators convened a summit and held a fresh round of consultations, and they met again. "
        "Officials signed an accord; the delegations conferred and negotiated late. Rain fell."
    )
    ctx = context(nlp, text)
    words = meeting_words()
    named = 0
    for sent in ctx.sents:
        candidates = [t.i for t in trigger_candidates(ctx, sent, words)]
        triggers = [t.i for t in sent if _trigger(t, words)]
        assert set(triggers) <= set(candidates)
        assert len(candidates) < len(sent)  # the tables rule words out
        named += len(triggers)
    assert named >= 6


def test_whom_someone_met_is_a_side_also_when_named_by_a_title(nlp: Any) -> None:
    text = (
        "Ghanaian Foreign Minister Kofi Mensah met the leader of the Azawad Liberation Front in Niamey "
        "on Monday."
    )
    (meeting,) = find_meetings(context(nlp, text))
    assert set(meeting.parties) == {"Ghana", "Azawad Liberation Front"}


@pytest.mark.parametrize(
    "text",
    [
        "Observers said Freedonia and Sylvania would be out in the first round of voting for the host of "
        "the 2031 regatta on Thursday.",
        "Ruritania's rowers lost in the first round on Monday, while Freedonia fared little better.",
        "Fans in Ruritania relish the prospect of meeting four-time champions Sylvania on Monday.",
    ],
)
def test_a_round_or_a_meeting_of_a_contest_is_no_meeting(nlp: Any, text: str) -> None:
    assert find_meetings(context(nlp, text)) == []


def test_a_round_of_talks_is_still_a_meeting_beside_a_vote(nlp: Any) -> None:
    text = "Ruritania and Sylvania held a second round of talks on Monday, a week before the vote."
    (meeting,) = find_meetings(context(nlp, text))
    assert meeting.ordinal == 2


def test_a_head_named_by_a_bare_surname_the_model_misses_is_still_a_head(nlp: Any) -> None:
    heads = _heads(
        nlp,
        "Kenyan President Amina Wekesa said the border could be settled by experts. Wekesa and her Ugandan "
        "counterpart John Okello held an informal meeting on Thursday in Busia.",
    )
    assert {"Amina Wekesa", "John Okello"} <= {h.name for h in heads}


def test_a_venue_named_after_its_city_places_the_meeting_there_not_at_the_dateline(nlp: Any) -> None:
    text = (
        "Kenya's envoy Amina Wekesa met the chief Ugandan negotiator, John Okello, at Kisumu airport on "
        "Monday for talks on the border."
    )
    ctx = context(nlp, text, anchor="2024-05-13", dateline="NAIROBI")
    (meeting,) = read_meetings(ctx)[0]
    assert meeting.venue == "Kisumu airport" and meeting.city == "Kisumu"


def test_a_ministry_that_summons_an_envoy_meets_the_envoys_country(nlp: Any) -> None:
    ctx = context(
        nlp,
        "The Chilean foreign ministry summoned Peru's ambassador on Tuesday over a fishing boat "
        "seized off the coast, a ministry official said.",
    )
    (meeting,) = find_meetings(ctx)
    assert set(meeting.parties) == {"Chile", "Peru"}
    assert meeting.date is not None and meeting.date.value == "2024-05-07"


def test_summoning_no_one_is_no_meeting(nlp: Any) -> None:
    ctx = context(nlp, "Chile summoned the courage on Tuesday to reform its pension system with Peru's help.")
    assert find_meetings(ctx) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Ana Ruiz received the visiting Peruvian foreign minister on Tuesday.",
        "Peruvian Foreign Minister Luis Vargas was received by Chilean President Ana Ruiz on Tuesday.",
    ],
)
def test_a_head_of_state_receiving_a_visitor_meets_the_visitors_side(nlp: Any, text: str) -> None:
    (meeting,) = find_meetings(context(nlp, text))
    assert set(meeting.parties) == {"Chile", "Peru"}
    assert meeting.date is not None and meeting.date.value == "2024-05-07"


@pytest.mark.parametrize(
    "text",
    [
        "Chile has received about 3,000 Peruvian refugees since Tuesday.",
        "Chile's motion received support from Peru and Bolivia on Tuesday.",
        "The Peruvian proposal was not well received by Chile on Tuesday.",
    ],
)
def test_receiving_no_one_is_no_meeting(nlp: Any, text: str) -> None:
    assert find_meetings(context(nlp, text)) == []


def test_a_visit_for_talks_is_a_meeting_of_the_visitor_and_the_visited(nlp: Any) -> None:
    ctx = context(
        nlp, "Chilean Foreign Minister Ana Ruiz will visit Peru next week for talks on fishing rights."
    )
    meetings, announced = read_meetings(ctx)
    (meeting,) = [*meetings, *announced]
    assert set(meeting.parties) == {"Chile", "Peru"}
    assert meeting.planned and meeting.period is not None and meeting.period.value == "2024-W21"


def test_the_city_visited_for_talks_with_another_is_only_the_place(nlp: Any) -> None:
    ctx = context(nlp, "Chile's foreign minister will visit Geneva next week for talks with Peru.")
    meetings, announced = read_meetings(ctx)
    assert "Switzerland" not in {p for m in [*meetings, *announced] for p in m.parties}


def test_the_first_meeting_of_a_named_dialogue_is_round_one_on_the_day_another_sentence_gives(
    nlp: Any,
) -> None:
    ctx = context(
        nlp,
        "Finance Minister Ana Ruiz will lead a Chilean team next month for the first meeting of the "
        "Pacific Trade Dialogue with Peru, the ministry said on Monday. The discussions, which will take "
        "place on June 12 in Lima, will cover tariffs.",
    )
    meetings, announced = read_meetings(ctx)
    (meeting,) = [*meetings, *announced]
    assert meeting.planned and meeting.ordinal == 1
    assert meeting.date is not None and meeting.date.value == "2024-06-12"


def test_talks_a_report_says_were_held_before_what_the_sides_will_do_announce_no_meeting(nlp: Any) -> None:
    # (not a meeting to come at an unsaid time: the talks are what the sides agreed after)
    text = "Mali and the Azawad Liberation Front agreed to work for a truce after Algerian-mediated talks."
    held, announced = read_meetings(context(nlp, text, "2024-03-12"))
    assert (held, announced) == ([], [])


def test_sides_that_end_a_round_on_a_day_close_it_that_day(nlp: Any) -> None:
    text = (
        "The Philippine government and NPA guerrillas ended the first round of peace negotiations in Oslo "
        "on Monday with an agreement on humanitarian relief for displaced farmers, the two delegations "
        "said in a joint statement."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-18"))
    assert (m.stage, m.date and m.date.value) == ("closed", "2024-05-13")


def test_the_officials_a_sentence_cites_take_no_part_in_the_talks(nlp: Any) -> None:
    text = (
        "Chile's envoy Ana Gomez met rebel leaders in Quito on Monday. The talks were facilitated by "
        "Ecuador, which persuaded the rebels to attend, according to Brazilian officials."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert "Brazil" not in m.parties


def test_talks_a_side_is_urged_to_accept_after_another_wish_are_not_held(nlp: Any) -> None:
    text = (
        "Chile and Peru held border talks in Quito on Monday. The Chilean president urged Peru to "
        '"drop its demands and accept direct talks with the Bolivian government."'
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert set(m.parties) == {"Chile", "Peru"}


def test_a_meeting_the_report_tells_in_the_past_perfect_is_an_earlier_one(nlp: Any) -> None:
    text = (
        "Chile and Peru held talks in Quito on Monday. Peru's envoy Tomas Berg had visited Santiago "
        "earlier this month and met Foreign Minister Ana Gomez of Chile."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert not m.heads  # neither led a side at Monday's talks
    said = "Chile and Peru held talks in Quito on Monday. Officials said the envoys had met for three hours."
    (m,) = find_meetings(context(nlp, said, "2024-05-14"))
    assert m.duration is not None  # what someone says had happened is the report's own meeting


def test_whoever_a_relative_clause_says_met_the_other_side_takes_part(nlp: Any) -> None:
    text = (
        "Chilean envoy Ana Gomez, who met with Peruvian officials behind closed doors in Quito from "
        "Monday through Saturday, said the talks were useful."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-19"))
    assert set(m.parties) == {"Chile", "Peru"}
    assert [(h.actor.name, h.actor.party) for h in m.heads] == [("Ana Gomez", "Chile")]


def test_a_capital_named_by_its_country_before_another_place_is_the_meetings(nlp: Any) -> None:
    text = (
        "The plan, signed in the Kenyan capital by the two army chiefs on Saturday, sets out how the "
        "truce signed in Pretoria, South Africa, will be carried out."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-19"))
    assert m.city == "Nairobi"


def test_a_movements_name_the_model_takes_for_a_persons_is_no_head(nlp: Any) -> None:
    text = (
        "The talks between the Ethiopian federal government and the Tigray People's Liberation Front "
        "opened in Pretoria on Monday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert set(m.parties) == {"Ethiopia", "TPLF"} and not m.heads


def test_a_paper_one_side_signs_alone_is_no_meeting(nlp: Any) -> None:
    letter = (
        "The letter, signed by the commission chairman and dated May 2, said the talks would be held on "
        "May 20 in Lima."
    )
    assert [m.date and m.date.value for m in find_meetings(context(nlp, letter, "2024-05-14"))] == [
        "2024-05-20"
    ]
    decree = "The president signed a decree on Monday lifting the curfew in Lima."
    assert find_meetings(context(nlp, decree, "2024-05-14")) == []
    accord = "Chile and Peru signed a fishing accord in Lima on Monday."
    assert len(find_meetings(context(nlp, accord, "2024-05-14"))) == 1


def test_meetings_held_earlier_this_year_are_background(nlp: Any) -> None:
    text = (
        "Peru's envoy met the rebels on Monday. Officials from both sides held secret meetings earlier "
        "this year in Lima, diplomats said."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.city is None  # Lima was the place of the earlier meetings


def test_a_meeting_called_for_a_day_and_then_put_off_is_a_planned_one_postponed(nlp: Any) -> None:
    text = (
        "Chile and Peru held talks in Quito on Monday. The mediator had initially called the meeting for the "
        "8th of May, also in Quito, but it was postponed at the last minute, officially for logistics."
    )
    _held, put_off = sorted(find_meetings(context(nlp, text, "2024-05-14")), key=lambda m: m.planned)
    assert (put_off.planned, put_off.fate, put_off.duration) == (True, "postponed", None)
    attempt = (
        "Chile and Peru held talks in Quito on Monday. An earlier attempt to convene talks in Lima on 8 May "
        "collapsed."
    )
    assert [m.planned for m in find_meetings(context(nlp, attempt, "2024-05-14"))] == [False, True]


def test_a_place_the_parser_hangs_on_closed_doors_is_the_meetings(nlp: Any) -> None:
    text = (
        "Chilean envoy Ana Gomez, who met with Peruvian officials behind closed doors in the Ecuadorean "
        "capital of Quito from Monday through Saturday, said the talks were useful."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-19"))
    assert m.city == "Quito"


def test_an_intra_people_meeting_is_among_that_peoples_factions_and_no_other_sides(nlp: Any) -> None:
    text = (
        "Colombian and ELN negotiators held talks in Havana on Monday. Everything depends on the "
        "intra-Colombian dialogue, the envoy said."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert set(m.parties) == {"Colombia", "ELN"}
    alone = "The ELN delegation attended the intra-Colombian meeting in Havana on Tuesday."
    (m,) = find_meetings(context(nlp, alone, "2024-05-15"))
    assert "Colombia" in m.parties


def test_a_word_the_model_takes_for_a_place_before_talks_is_no_city_unless_it_is_one(nlp: Any) -> None:
    text = (
        "The EU's chief negotiator said on Thursday that the third round of Danexit negotiations with "
        "Denmark had produced no progress."
    )
    (meeting,) = find_meetings(context(nlp, text, "2017-08-31"))
    assert (meeting.city, meeting.ordinal) == (None, 3)


def test_a_round_due_on_a_day_and_put_back_is_a_postponed_plan_also_with_back_read_as_an_adverb(
    nlp: Any,
) -> None:
    text = (
        "Chile and Peru opened their talks in Quito on Monday. The Quito round had been due to begin on "
        "May 8 but was put back by four days."
    )
    meetings = find_meetings(context(nlp, text, "2024-05-14"))
    assert ("2024-05-08", True, "postponed") in {
        (m.date.value if m.date else None, m.planned, m.fate) for m in meetings
    }


def test_a_department_word_between_title_and_name_is_no_head(nlp: Any) -> None:
    # the model tags the name alone and leaves the department ("Treasury") a proper noun of the title
    text = "US Secretary Treasury John Miller held talks on Tuesday with Chilean President Ana Vidal."
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert {h.actor.name for h in m.heads} == {"John Miller", "Ana Vidal"}


def test_a_chief_negotiator_named_after_the_place_of_the_title(nlp: Any) -> None:
    # the parser hangs the name on "Lima", the last noun of the title
    text = "Chile's top negotiator in Lima, Ana Vidal, opened new border talks with Peru on Wednesday."
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {("Ana Vidal", "Chile")}


def test_a_delegation_headed_by_someone_in_a_clause_set_off_by_a_comma(nlp: Any) -> None:
    text = (
        "Chile and Peru resumed border talks in Lima on Monday. A second delegation is flying to Lima, "
        "headed by Ana Vidal, deputy energy minister, officials said."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert {h.actor.name for h in m.heads} == {"Ana Vidal"}


def test_the_people_of_a_meeting_this_one_comes_ahead_of_are_not_its_heads(nlp: Any) -> None:
    text = (
        "The foreign ministers' meeting, to be held at the Hotel Bolivar on Monday afternoon, comes ahead of "
        "a summit between Chilean President Ana Vidal and Peruvian President Luis Pardo on Friday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert m.planned and m.venue == "Hotel Bolivar"
    assert not m.heads


def test_talks_aimed_at_a_settlement_are_the_talks_held_with_their_venue(nlp: Any) -> None:
    # "aimed at" says what the talks are for, not that they are still to come
    text = (
        "Expert-level delegations from Chile and Peru started talks early Wednesday on the maritime border. "
        "Held at the Foreign Ministry in Lima, the talks are aimed at settling a long dispute over fishing "
        "waters."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert not m.planned and (m.city, m.venue) == ("Lima", "Foreign Ministry")


def test_a_library_is_a_venue(nlp: Any) -> None:
    text = (
        "At the Jorge Basadre Library in Tacna, the foreign ministers of Chile and Peru signed the treaty on "
        "Tuesday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert (m.city, m.venue) == ("Tacna", "Jorge Basadre Library")


def test_talking_with_a_side_is_a_meeting_talking_to_reporters_is_not(nlp: Any) -> None:
    text = "Chilean Foreign Minister Ana Vidal talked with Peruvian President Jorge Soto in Lima on Monday."
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.date is not None and m.date.value == "2024-05-13" and m.city == "Lima"
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {
        ("Ana Vidal", "Chile"),
        ("Jorge Soto", "Peru"),
    }
    text = "Chilean Foreign Minister Ana Vidal talked with reporters in Lima on Monday about trade with Peru."
    assert not find_meetings(context(nlp, text, "2024-05-14"))


def test_who_is_quoted_as_saying_at_a_meeting_with_someone_held_it(nlp: Any) -> None:
    text = (
        '"Our ties have no limit," Chilean President Ana Vidal was quoted as saying at a meeting with '
        "visiting Peruvian President Jorge Soto on Tuesday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {
        ("Ana Vidal", "Chile"),
        ("Jorge Soto", "Peru"),
    }
    assert set(m.parties) == {"Chile", "Peru"}


def test_talks_another_meeting_went_over_lend_it_no_day_and_take_none_of_its_format(nlp: Any) -> None:
    text = (
        "The second round of talks between Chile and Peru entered its second week on Thursday in Quito. "
        "Brazil's foreign minister discussed the Chile-Peru talks in a phone call with the US secretary "
        "of state on Wednesday, the ministry said."
    )
    meetings = [m for m in find_meetings(context(nlp, text, "2024-05-17")) if not m.planned]
    assert [(m.ordinal, m.format) for m in meetings] == [(2, None)]


def test_who_attended_a_meeting_heads_its_sides(nlp: Any) -> None:
    """ "the meeting was attended by X and Y" is the passive of "X and Y attended the meeting"."""
    for text in (
        "The meeting between Chad, Niger and Mali on Tuesday was attended by Nigerien Water Minister "
        "Petra Lindqvist and Malian Water Minister Marco Bellini.",
        "Chad, Niger and Mali met in Vienna on Tuesday. The meeting was attended by Nigerien Water Minister "
        "Petra Lindqvist and Malian Water Minister Marco Bellini.",
    ):
        (m,) = find_meetings(context(nlp, text))
        assert {("Petra Lindqvist", "Niger"), ("Marco Bellini", "Mali")} <= {
            (h.actor.name, h.actor.party) for h in m.heads
        }, text


def test_one_person_who_also_attended_is_no_head(nlp: Any) -> None:
    """One person who "also attended" may be a guest or an observer of any side."""
    text = "Chad and Niger met in Vienna on Tuesday. Malian Water Minister Marco Bellini also attended."
    (m,) = find_meetings(context(nlp, text))
    assert "Marco Bellini" not in {h.actor.name for h in m.heads}


@pytest.mark.parametrize(
    "text",
    [
        "The talks were due to start in Quito on Monday.",
        "The talks, facilitated by Swiss diplomat Hans Keller, had been due to take place in Quito on "
        "Monday.",
    ],
)
def test_talks_that_were_due_are_a_plan_not_a_round_held(nlp: Any, text: str) -> None:
    (m,) = find_meetings(context(nlp, text))
    assert m.planned, text


def test_talks_named_in_a_persons_role_are_not_the_meeting_the_sentence_tells(nlp: Any) -> None:
    """ "X, A's chief negotiator in the talks with B, met local leaders": a meeting of A's alone."""
    text = (
        "Ana Ruiz, Chile's chief negotiator in the talks with Peru, travelled to the north and met local "
        "Chilean leaders in Arica on Tuesday, calling on them to remain calm."
    )
    (m,) = find_meetings(context(nlp, text))
    assert "Peru" not in m.parties


def test_a_side_meeting_its_own_people_is_no_round_of_its_talks(nlp: Any) -> None:
    """ "X, A's negotiator, met local A leaders": A's meeting with its own, kept apart as one with an
    outsider is; whom another side's people met stay a side."""
    text = (
        "Ana Ruiz, Chile's chief negotiator in the talks with Peru, travelled to the north and met local "
        "Chilean leaders in Arica on Tuesday, calling on them to remain calm."
    )
    (m,) = find_meetings(context(nlp, text))
    assert with_outsider(m), m
    for other in (
        "Ana Ruiz, Chile's envoy, met Peruvian officials in Lima on Tuesday.",
        '"I gave him the details," said Ana Ruiz, director of the ministry\'s Asia department, after meeting '
        "China's envoy, Li Wei, on Tuesday.",
    ):
        assert not any(with_outsider(m) for m in find_meetings(context(nlp, other))), other


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Talks between Chile and Peru in Lima on the border continued on Tuesday for the third "
            "consecutive day, officials said.",
            "2024-05-05",
        ),
        ("Chile and Peru held talks in Lima on Thursday for a second day.", "2024-05-08"),
        (
            "Negotiators from Chile and Peru met in Lima on Wednesday for the fourth straight day.",
            "2024-05-05",
        ),
    ],
)
def test_talks_running_for_the_nth_day_are_dated_by_their_first(nlp: Any, text: str, first: str) -> None:
    (m,) = find_meetings(context(nlp, text))
    assert m.date is not None and m.date.value == first


def test_a_day_of_a_run_of_talks_is_the_same_round(nlp: Any) -> None:
    """A meeting the report dates on a day of talks it says had run for days is that round, not another."""
    text = (
        "Talks between Chile and Peru in Lima on the border continued on Tuesday for the third consecutive "
        "day, officials said. The Peruvian delegation, led by Ana Ruiz, met on Tuesday with Chilean "
        "officials and Swiss mediators."
    )
    (m,) = find_meetings(context(nlp, text))
    assert m.date is not None and m.date.value == "2024-05-05"
    assert "Ana Ruiz" in {h.actor.name for h in m.heads}


def test_the_day_of_a_statement_on_a_proposal_made_in_talks_does_not_date_them(nlp: Any) -> None:
    """ "X said on Tuesday it is studying a proposal submitted during the latest round": the round is
    where the proposal was made, not the day of the statement; the report's talks ended on Monday."""
    text = (
        "The rebels said on Tuesday that they are studying a government proposal submitted to the mediators "
        "during the latest round of indirect talks between Peru and the rebels in Lima. Officials told "
        "reporters that the talks ended on Monday."
    )
    meetings = find_meetings(context(nlp, text, "2024-05-15"))
    assert [m.date.value if m.date else None for m in meetings] == ["2024-05-13"]


def test_a_meeting_the_report_says_there_is_none_of_is_no_meeting(nlp: Any) -> None:
    ctx = context(
        nlp,
        "Chile and Peru held the sixth round of their border talks in Lima on Thursday. There is no seventh "
        "round scheduled, officials said.",
    )
    assert [(m.parties, m.ordinal, m.date.value if m.date else None) for m in find_meetings(ctx)] == [
        (("Chile", "Peru"), 6, "2024-05-09")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The conference, attended by the leaders of Chile and Peru, broke up in Geneva on Thursday evening.",
        "The talks in Lima on Thursday were attended by the foreign ministers of Chile and Peru.",
    ],
)
def test_those_who_attended_a_meeting_take_part_in_it(nlp: Any, text: str) -> None:
    (m,) = find_meetings(context(nlp, text))
    assert set(m.parties) == {"Chile", "Peru"}


def _after_a_sixth_round(nlp: Any, more: str) -> list[MeetingMention]:
    """The meetings of a report of a held sixth round followed by ``more``."""
    text = "Chile and Peru held the sixth round of their border talks in Lima on Thursday. " + more
    return find_meetings(context(nlp, text))


@pytest.mark.parametrize(
    "awaiting",
    [
        "There is no date yet for a seventh round.",
        "No date has been set for the seventh round of talks.",
        "The two sides have yet to fix a date for the seventh round.",
    ],
)
def test_a_round_whose_date_is_not_set_yet_is_one_to_come(nlp: Any, awaiting: str) -> None:
    meetings = _after_a_sixth_round(nlp, awaiting)
    held = [(m.ordinal, m.date.value if m.date else None) for m in meetings if not m.planned]
    assert held == [(6, "2024-05-09")]
    assert 7 in {m.ordinal for m in meetings if m.planned}


@pytest.mark.parametrize(
    "kept",
    [
        "The real decisions are being saved for a summit of the two presidents, an analyst said.",
        "The decision cleared the way for a summit of the two presidents.",
    ],
)
def test_a_meeting_something_is_kept_for_or_cleared_the_way_for_is_one_to_come(nlp: Any, kept: str) -> None:
    held = [m for m in _after_a_sixth_round(nlp, kept) if not m.planned]
    assert [(m.date.value if m.date else None, m.level) for m in held] == [("2024-05-09", None)]


def test_a_person_the_report_ties_to_a_movement_takes_part_as_it(nlp: Any) -> None:
    ctx = context(nlp, "Liberal Party chief Ivo Sand and Austrian officials met in Vienna on Tuesday.")
    assert ctx.actors.affiliations == {"Sand": "Liberals"}
    (m,) = find_meetings(ctx)
    assert set(m.parties) == {"Austria", "Liberals"}
    ctx = context(nlp, "Ivo Sand and Austrian officials met in Vienna on Tuesday.")
    assert not ctx.actors.affiliations  # no one tied to a movement: the phrase's words are not read for one
    (m,) = find_meetings(ctx)
    assert "Liberals" not in m.parties


def test_a_meeting_told_in_another_country_is_not_the_one_held_in_a_city_of_this_one(nlp: Any) -> None:
    # the report's undated talks are in a city the gazetteer puts in one country; the sentence that
    # counts the meetings held in another country dates one of those, which takes no city or length
    text = (
        "The foreign ministers of Chile and Bolivia made no progress on water rights at their talks in the "
        "Bulgarian city of Varna. The meeting lasted two hours. Both said the drought had hurt farmers. "
        "Chile wants a new treaty. Delegations of the two countries have met twice in Peru since May 2, "
        "most recently on Monday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-06-14"))
    assert m.date is not None and m.date.value == "2024-06-10"
    assert m.city is None and m.duration is None


def test_a_cycle_of_talks_is_numbered_like_a_round(nlp: Any) -> None:
    text = "The fourth cycle of peace talks between Peru and the rebels began today in Lima."
    (m,) = find_meetings(context(nlp, text, "2024-06-11"))
    assert (m.ordinal, m.city) == (4, "Lima")
    # a cycle of anything else is no meeting
    assert not find_meetings(context(nlp, "The cycle of violence in the region began in May.", "2024-06-11"))


def test_a_meeting_told_in_a_separate_development_joins_none_of_the_reports_own(nlp: Any) -> None:
    text = (
        "Negotiators of Peru and Chile met for a second day on Wednesday. The meeting, which started "
        "Tuesday, is the fifth round of talks between the two countries. In a separate development, the "
        "Swiss ambassador met Chile's foreign minister Ana Soto in Cusco on Monday."
    )
    rounds = [m for m in find_meetings(context(nlp, text, "2024-06-12")) if m.ordinal == 5]
    assert [(m.city, sorted(m.parties)) for m in rounds] == [(None, ["Chile", "Peru"])]


def test_a_round_resumed_after_another_groups_dialogue_is_still_the_reports_round(nlp: Any) -> None:
    # the sentence names another meeting besides ("an intra-X dialogue"): it is not one on another matter
    text = (
        "Chilean and Bolivian negotiators returned to the table in Lima a day after a conference on water. "
        "The seventh round of talks has been under way since early June. Negotiators from Chile and Bolivia "
        "on Tuesday resumed their seventh round of talks in Lima after a two-day break for an intra-Bolivian "
        "dialogue."
    )
    (m,) = find_meetings(context(nlp, text, "2024-06-12"))
    assert (m.ordinal, m.city) == (7, "Lima")


def test_two_sides_agreeing_on_a_day_together_met_when_people_or_during_a_visit(nlp: Any) -> None:
    # two people who agreed on a day, or two states that agreed during one side's visit, met that day
    for text in (
        "Jan Berg and Ali Demir agreed on Monday to open a joint border commission.",
        "Norway and Chile agreed Thursday to expand trade during a visit by Chile's foreign minister.",
    ):
        (m,) = find_meetings(context(nlp, text, "2024-05-17"))
        assert m.date is not None and m.date.value in ("2024-05-13", "2024-05-16"), text
    # two states may each agree at home, one side alone agrees to anything, and an undated agreement may
    # sum up a process
    for text in (
        "Norway and Chile agreed on Wednesday to a 48-hour truce, both sides said.",
        "Chile agreed on Thursday to the plan during a visit by Norway's foreign minister.",
        "Jan Berg and Ali Demir agreed to open a joint border commission.",
    ):
        assert find_meetings(context(nlp, text, "2024-05-17")) == [], text


def test_a_lead_of_a_visitor_leaving_at_the_end_of_the_visit_dates_its_talks(nlp: Any) -> None:
    text = (
        "Chilean Foreign Minister Ana Soto left Oslo on Friday afternoon, ending her official visit to "
        "Norway. "
        "During her stay, Soto and her Norwegian counterpart Ola Berg held talks on fisheries."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert m.date is not None and m.date.value == "2024-05-17"


def test_the_ordinal_of_a_meeting_may_hang_on_the_owners_it_is_of(nlp: Any) -> None:
    text = "Ana Soto and Ola Berg held the 10th Chilean-Norwegian Prime Ministers' Meeting in Oslo on Friday."
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert m.ordinal == 10


def test_a_gathering_one_side_is_to_attend_is_no_round_of_its_talks(nlp: Any) -> None:
    text = (
        "Peruvian President Ana Soto arrived in Santiago on Friday for talks with her Chilean counterpart. "
        "She is also scheduled to attend the 9th Pacific Rim Leaders Summit in Lima on May 18-19. "
        "Her foreign minister will take part in a meeting on Tuesday of a regional fisheries group."
    )
    meetings = find_meetings(context(nlp, text, "2024-05-13"))
    told = [(m.date.value if m.date else None, m.planned, m.gone_to) for m in meetings]
    assert told == [("2024-05-10", False, False), ("2024-05-18", True, True), ("2024-05-14", True, True)]


def test_a_gathering_the_sides_attend_together_or_with_someone_is_still_theirs(nlp: Any) -> None:
    for text in (
        "Chile and Peru will attend a meeting of the border commission on Tuesday.",
        "The Chilean minister will attend a meeting with Peruvian officials in Lima on Tuesday.",
    ):
        (m,) = find_meetings(context(nlp, text, "2024-05-13"))
        assert m.planned and not m.gone_to and m.date is not None and m.date.value == "2024-05-14", text


def test_talks_that_did_not_start_on_their_day_were_put_off_and_those_not_yet_started_are_to_come(
    nlp: Any,
) -> None:
    for text in (
        "The talks between Chile and Peru, which were due on Friday, did not start on the date planned.",
        "The meeting between Chile and Peru did not take place on Friday.",
    ):
        (m,) = find_meetings(context(nlp, text, "2024-05-13"))
        day = m.date.value if m.date else None
        assert (m.planned, m.fate, day) == (True, "postponed", "2024-05-10"), text
    for text in (
        "The talks between Chile and Peru have not started yet.",
        "Chile and Peru met in Lima on Friday. The talks did not open with a statement.",
    ):
        assert all(m.fate is None for m in find_meetings(context(nlp, text, "2024-05-13"))), text


def test_the_visitor_a_meeting_sentence_names_heads_the_visiting_side(nlp: Any) -> None:
    text = (
        "Norway and Chile agreed Thursday to expand trade during a visit by Chile's Foreign Minister "
        "Ana Soto."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert [(h.actor.name, h.actor.party) for h in m.heads] == [("Ana Soto", "Chile")]
    # a visit told with no meeting makes none
    assert (
        find_meetings(
            context(nlp, "Prices rose on Thursday during a visit by Chile's Ana Soto.", "2024-05-17")
        )
        == []
    )
    # nor does a visit the meeting talks about
    text = "Norway and Chile held talks on Thursday on a coming visit by Chile's Foreign Minister Ana Soto."
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert m.heads == ()


def test_whom_x_met_is_read_when_the_parser_hangs_the_name_on_the_day_after_it(nlp: Any) -> None:
    # with no "on" before the day, the parser takes the name for the day's compounds and the verb has no
    # object: the name before the day is still whom the subject met, and the day is no word of the name
    text = (
        "US Senate Majority Leader Jan Novak met Peruvian President Ollanta Huaman-ka Wednesday for talks on "
        "trade."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert set(m.parties) == {"Peru", "United States"}
    assert ("Ollanta Huaman-ka", "Peru") in {(h.actor.name, h.actor.party) for h in m.heads}


def test_a_telephone_discussion_is_a_meeting_of_the_two_callers(nlp: Any) -> None:
    text = (
        "The dispute over water should not be politicised, Chilean President Jan Novak said on Friday "
        "after a telephone discussion with his Peruvian counterpart Karl Marek."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert set(m.parties) == {"Chile", "Peru"} and m.format == "phone call"


def test_a_discussion_that_is_no_call_is_no_meeting_by_itself(nlp: Any) -> None:
    text = "Chilean President Jan Novak called for a discussion of the water dispute with Peru on Friday."
    assert all(m.format != "phone call" for m in find_meetings(context(nlp, text, "2024-05-13")))


def test_discussions_held_with_counterparts_are_the_meeting_with_them_not_a_call(nlp: Any) -> None:
    # "discussions" is a meeting noun and, by phone, a call: held face to face its "with" names a side
    text = "The Arab League delegation held discussions with their Chilean counterparts on Monday."
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert set(m.parties) == {"Arab League", "Chile"} and m.format != "phone call"


@pytest.mark.parametrize(("seat", "state"), [("the White House", "United States"), ("the Kremlin", "Russia")])
def test_a_meeting_in_a_seat_of_government_is_held_with_that_government(
    nlp: Any, seat: str, state: str
) -> None:
    text = f"Chile's President Ana Ruiz met President Tom Berg at {seat} on Wednesday."
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert set(m.parties) == {"Chile", state}


def test_two_sides_meeting_in_a_seat_of_government_have_that_state_as_host_not_side(nlp: Any) -> None:
    text = (
        "Chile's President Ana Ruiz and Peru's President Luis Soto held talks at the White House on "
        "Wednesday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert set(m.parties) == {"Chile", "Peru"}


def test_a_meeting_in_a_hotel_adds_no_side(nlp: Any) -> None:
    (m,) = find_meetings(
        context(
            nlp,
            "Chile's President Ana Ruiz met President Tom Berg at the Grand Hotel on Wednesday.",
            "2024-05-17",
        )
    )
    assert list(m.parties) == ["Chile"]


def test_a_meeting_after_which_something_was_announced_was_held(nlp: Any) -> None:
    text = (
        "After his meeting with the Chinese president on Monday, the ministry announced that Japan would "
        "lift the ban on beef imports."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert not m.planned and m.date is not None and m.date.value == "2024-05-13"


def test_a_meeting_announced_after_another_is_still_planned(nlp: Any) -> None:
    text = "After the talks on Monday, the two sides announced that they would meet again in June."
    assert any(m.planned for m in find_meetings(context(nlp, text, "2024-05-17")))


def test_a_meeting_during_a_stay_in_a_city_is_in_that_city(nlp: Any) -> None:
    """ "During his stay in Cusco, he met Peru's president": the stay's city is the meeting's (before, the
    place hung on the stay was no place of the meeting)."""
    text = (
        "Chile's president arrived in Peru on Monday. During his stay in Cusco, he met Peru's president on "
        "Tuesday."
    )
    (m,) = find_meetings(context(nlp, text, "2031-05-14"))
    assert m.city == "Cusco"
    # a stay that is no meeting's own frame lends it no place
    text = "Chile's president met Peru's president on Tuesday. His stay in Cusco was cut short by protests."
    assert all(m.city != "Cusco" for m in find_meetings(context(nlp, text, "2031-05-14")))


def test_someone_staying_away_from_talks_announces_no_talks(nlp: Any) -> None:
    # a mediator not going says nothing of when the talks are: no meeting to come with no time
    stays_away = "The Brazilian envoy left the hotel and was not expected to join the Chile-Peru session."
    assert read_meetings(context(nlp, stays_away, "2024-05-13")) == ([], [])
    # unless the talks' own clause tells their plan
    text = "Peru said it would not attend the talks with Chile that had been due to open in Lima on Friday."
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert m.planned and m.date is not None


def test_a_meeting_announced_for_a_later_day_of_a_visit_is_the_visits_meeting(nlp: Any) -> None:
    # the visit's first day, told with an accord to be signed, and the talks' own day two days later
    text = (
        "Chile and Norway will sign a fisheries accord during Chilean President Ana Soto's visit to Norway "
        "on June 3. While in Oslo, Soto will hold talks with Norwegian Prime Minister Erik Lund on June 5."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-27"))
    assert m.planned and m.date is not None and m.date.value == "2024-06-05"
    # a day weeks after the visit began is another meeting
    apart = (
        "Chile and Norway will sign a fisheries accord during Chilean President Ana Soto's visit to Norway "
        "on June 3. Soto will hold talks with Norwegian Prime Minister Erik Lund on June 25."
    )
    assert sorted(m.date.value for m in find_meetings(context(nlp, apart, "2024-05-27")) if m.date) == [
        "2024-06-03",
        "2024-06-25",
    ]


def test_the_month_of_a_document_the_talks_build_on_is_not_when_they_are_to_be(nlp: Any) -> None:
    text = "The mediators said the talks between Chad and the rebels would build on the Doha accord of March."
    meetings, announced = read_meetings(context(nlp, text, "2024-10-02"))
    periods = [m.period.value for m in meetings + announced if m.period is not None]
    assert not any(p.startswith("2025-03") for p in periods)
    # a time that is the talks' own, "of" a time word, still tells when they are to be
    text = "The mediators said Chad and the rebels would hold talks in the second week of November."
    _held, (m,) = read_meetings(context(nlp, text, "2024-10-02"))
    assert m.period is not None and m.period.value.startswith("2024-11")


def test_what_is_to_be_negotiated_in_a_stretch_of_time_announces_the_sides_talks(nlp: Any) -> None:
    text = "The remaining chapters of the accord will be negotiated in the coming weeks, the mediators said."
    _held, (m,) = read_meetings(context(nlp, text, "2024-10-02"))
    assert m.planned and m.period is not None
    # negotiated once, long ago: no talks to come
    assert read_meetings(context(nlp, "The border line was negotiated in 1998.", "2024-10-02")) == ([], [])


def test_where_someone_travels_for_the_talks_is_where_they_are_held(nlp: Any) -> None:
    for text in (
        "The Chilean foreign minister will travel to Lima on Thursday for talks with his Peruvian colleague.",
        "The Chilean foreign minister flew to Lima on Monday to meet his Peruvian counterpart.",
    ):
        (m,) = find_meetings(context(nlp, text, "2024-05-13"))
        assert m.city == "Lima", text
    # a journey that is not for the talks says nothing of where they are
    text = "The Chilean foreign minister, who flew to Lima on Monday, held talks with Peru's president."
    assert all(m.city != "Lima" for m in find_meetings(context(nlp, text, "2024-05-13")))


def test_talks_that_will_not_take_place_are_called_off_and_those_not_before_a_day_are_put_off(
    nlp: Any,
) -> None:
    for text in (
        "The talks between Chile and Peru in Lima on Thursday will not now take place, the mediator said.",
        "The meeting of Chile and Peru on Thursday would not go ahead.",
    ):
        (m,) = find_meetings(context(nlp, text, "2024-05-13"))
        day = m.date.value if m.date else None
        assert (m.planned, m.fate, day) == (True, "cancelled", "2024-05-16"), text
    text = "The talks between Chile and Peru in Lima will not take place until June."
    assert all(m.fate != "cancelled" for m in find_meetings(context(nlp, text, "2024-05-13"))), text


def test_the_people_words_of_whose_counterparts_one_side_met_name_the_other_sides(nlp: Any) -> None:
    text = "On Tuesday, Chilean diplomats were meeting their Peruvian and Bolivian counterparts in Lima."
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert set(m.parties) == {"Chile", "Peru", "Bolivia"}
    text = "The Chilean minister met her counterpart in Lima on Tuesday."
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert list(m.parties) == ["Chile"]


def test_a_meeting_named_by_the_day_it_was_held_and_put_off_from_the_day_set_is_that_days_plan(
    nlp: Any,
) -> None:
    text = "Sunday's meeting between Chile and Peru had been scheduled for May 3 in Lima but was postponed."
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    day = m.date.value if m.date else None
    assert (m.planned, m.fate, day) == (True, "postponed", "2024-05-03")
    text = "Sunday's meeting between Chile and Peru was postponed."
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert m.fate == "postponed" and m.date is not None and m.date.value == "2024-05-12"


@pytest.mark.parametrize("told", ["is due to", "was due to", "had been due to"])
def test_the_subject_of_be_due_to_meet_is_a_side(nlp: Any, told: str) -> None:
    # "due" is an adjective: the doer of the plan is the subject of "be", one step above it
    text = f"Chilean President Ana Soto {told} hold talks with Norwegian Prime Minister Jonas Berg on Sunday."
    (m,) = find_meetings(context(nlp, text, "2024-05-18"))
    assert set(m.parties) == {"Chile", "Norway"}
    assert {h.actor.party for h in m.heads} == {"Chile", "Norway"}


def test_whom_an_offer_to_host_names_is_no_side_of_the_meeting_told(nlp: Any) -> None:
    # "willing to host" is an offer of the subject of "be": it makes no side of the meeting the clause tells
    text = "Rossi, who met Chilean envoy Ana Soto on Friday, said Italy would be willing to host more rounds."
    parties = {p for m in find_meetings(context(nlp, text, "2024-05-18")) for p in m.parties}
    assert "Italy" not in parties


def test_one_sides_meetings_with_two_others_on_two_days_are_two_meetings(nlp: Any) -> None:
    text = (
        "Chile and Argentina held talks in Buenos Aires on Monday on a new gas pipeline. Chile and Uruguay "
        "held talks on Tuesday on fisheries."
    )
    meetings = find_meetings(context(nlp, text, "2024-05-08"))
    assert sorted((m.date.value if m.date else None, frozenset(m.parties)) for m in meetings) == [
        ("2024-05-06", frozenset({"Argentina", "Chile"})),
        ("2024-05-07", frozenset({"Chile", "Uruguay"})),
    ]


def test_a_meeting_told_again_the_next_day_with_one_side_more_is_one_meeting(nlp: Any) -> None:
    # a sentence that sees more of the meeting's sides tells the same meeting, not another pair's
    text = (
        "Chile and Argentina held talks in Buenos Aires on Monday on a new gas pipeline. Chile, Argentina "
        "and Bolivia ended the talks on Tuesday."
    )
    meetings = find_meetings(context(nlp, text, "2024-05-08"))
    assert len([m for m in meetings if not m.planned]) == 1


def test_a_person_listed_after_one_met_and_their_title_is_met_too(nlp: Any) -> None:
    # the parser hangs the second name on the verb, the first one's title between commas breaking the list
    text = (
        "Indian Prime Minister Rahul Mehta held talks on Tuesday with Sheikh Hamad bin Khalifa, the emir "
        "of Qatar, and Qatari Prime Minister Abdullah bin Nasser."
    )
    (m,) = find_meetings(context(nlp, text, "2006-11-15"))
    heads = {h.actor.name: h.actor.party for h in m.heads}
    assert heads.get("Abdullah bin Nasser") == "Qatar"
    assert heads.get("Hamad bin Khalifa") == "Qatar" and heads.get("Rahul Mehta") == "India"


def test_a_name_the_model_left_untagged_is_a_person_by_the_title_after_it(nlp: Any) -> None:
    # a three-word name opening the report, untagged, with its title set off by commas after it; and
    # "went into talks with" makes the subject one of those who held them
    text = (
        "Farooq Feroze Khan, chairman of Pakistan's joint chiefs of staff committee, went straight into "
        "talks with Egyptian President Hosni Mubarak on Wednesday."
    )
    (m,) = find_meetings(context(nlp, text, "1997-04-02"))
    assert set(m.parties) == {"Egypt", "Pakistan"}
    heads = {h.actor.name: h.actor.party for h in m.heads}
    assert heads == {"Farooq Feroze Khan": "Pakistan", "Hosni Mubarak": "Egypt"}


@pytest.mark.parametrize(
    "text",
    [
        "Bulgarian Prime Minister Ivan Petrov met Greek Prime Minister Costas Simitis on Thursday and "
        "pledged to open talks with the rebels.",
        "Bulgarian Prime Minister Ivan Petrov met Greek Prime Minister Costas Simitis on Thursday and "
        "agreed to hold a round of talks with the rebels next year.",
    ],
)
def test_talks_only_pledged_beside_a_meeting_name_no_side_of_it(nlp: Any, text: str) -> None:
    # the rebels are the counterpart of talks still to be had, not of the meeting the sentence tells
    (m,) = [m for m in find_meetings(context(nlp, text, "2001-04-03")) if not m.planned]
    assert set(m.parties) == {"Bulgaria", "Greece"}


def test_talks_pledged_alone_still_name_their_sides(nlp: Any) -> None:
    # with no other meeting in the sentence, the pledged talks are the sentence's meeting
    text = "Bulgarian Prime Minister Ivan Petrov agreed on Thursday to hold talks with Greece on May 5."
    (m,) = find_meetings(context(nlp, text, "2001-04-03"))
    assert m.planned and set(m.parties) == {"Bulgaria", "Greece"}


def test_who_a_meeting_in_apposition_describes_met(nlp: Any) -> None:
    text = (
        "Bulgarian Prime Minister Ivan Petrov, meeting here on Thursday with top EU and NATO officials, "
        "pledged to step up dialogue with the rebels."
    )
    (m,) = find_meetings(context(nlp, text, "2001-04-03", dateline="Sofia"))
    assert set(m.parties) == {"Bulgaria", "European Union", "NATO"}


def test_talks_a_report_leaves_undated_are_on_the_day_of_the_visit_its_lead_tells(nlp: Any) -> None:
    text = (
        "Chilean President Ana Ruiz on Wednesday visited the Peruvian port of Callao. "
        "She held talks with Peruvian President Jorge Soto on the border dispute."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert m.date is not None and m.date.value == "2024-05-15"
    # a visit's first day may be the eve of its talks, which another report may date the day after
    text = (
        "Chilean President Ana Ruiz arrived in Lima on Monday for a three-day state visit. "
        "She held talks with Peruvian President Jorge Soto on the border dispute."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.date is not None and m.date.value == "2024-05-13" and m.arrival


def test_a_summit_someone_arrived_after_is_not_dated_by_the_arrival(nlp: Any) -> None:
    text = (
        "Chilean President Ana Ruiz on Wednesday visited the Peruvian port of Callao. "
        "She made the remarks in a meeting with Jorge Soto, the governor of the region. "
        "Ruiz arrived in Callao on Tuesday after a regional summit on trade in Quito."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-15", dateline="Callao"))
    assert m.date is not None and m.date.value == "2024-05-15"
    assert m.city != "Quito"


def test_a_meeting_a_statement_was_made_in_is_dated_by_the_leads_statement(nlp: Any) -> None:
    # "In a meeting with Y, X said": the meeting is where X spoke, on the day the lead's statement is told
    text = (
        "Chile is ready to deepen trade with Peru, Chilean President Ana Soto said on Tuesday. "
        "In a meeting with Peruvian Foreign Minister Carlos Rojas, Soto said Chile values its ties with Peru."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert m.date is not None and m.date.value == "2024-05-07"
    assert set(m.parties) == {"Chile", "Peru"}


def test_the_country_of_a_body_a_titles_body_belongs_to_is_its_holders(nlp: Any) -> None:
    # "vice-chairman of the Standing Committee of X's parliament": the holder is X's, as "of X's parliament"
    text = (
        "In a meeting with Peruvian Foreign Minister Carlos Rojas on Tuesday, Jorge Pardo, vice-chairman "
        "of the Standing Committee of Chile's National Congress, said the two countries enjoy close ties."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert ("Jorge Pardo", "Chile") in {(h.actor.name, h.actor.party) for h in m.heads}


def test_the_next_leg_of_a_tour_told_with_a_pronoun_is_the_travellers_meeting(nlp: Any) -> None:
    text = (
        "Dutch Foreign Minister Anna de Vries held talks with Polish Foreign Minister Jan Nowak in Warsaw on "
        "Monday. On Tuesday she met Czech Prime Minister Karel Novak in Prague."
    )
    first, second = find_meetings(context(nlp, text, "2006-03-08"))
    assert set(first.parties) == {"Netherlands", "Poland"}
    assert second.city == "Prague" and set(second.parties) == {"Netherlands", "Czechia"}


def test_a_pronoun_after_a_sentence_about_others_stands_for_no_side(nlp: Any) -> None:
    text = (
        "Dutch Foreign Minister Anna de Vries held talks with Polish Foreign Minister Jan Nowak in Warsaw on "
        "Monday. The two ministers discussed energy. On Tuesday she met Czech Prime Minister Karel Novak."
    )
    meetings = find_meetings(context(nlp, text, "2006-03-08"))
    assert not any({"Netherlands", "Czechia"} <= set(m.parties) for m in meetings)


def test_the_signatories_of_a_passive_signing_the_parser_hung_on_its_place_are_its_sides(nlp: Any) -> None:
    # the parser hangs "by ..." on the ministry, not on "signed"
    text = (
        "The accord was signed on Friday at the Peruvian Foreign Ministry by Chile's Foreign Minister "
        "Ana Ruiz and Peru's Foreign Minister Jorge Soto."
    )
    (m,) = find_meetings(context(nlp, text, "2025-06-28"))
    assert set(m.parties) == {"Chile", "Peru"}
    assert {h.actor.name: h.actor.party for h in m.heads} == {"Ana Ruiz": "Chile", "Jorge Soto": "Peru"}


def test_the_place_of_a_meeting_held_for_the_first_time_there(nlp: Any) -> None:
    # the parser hangs "in Nairobi" on "time"
    text = "Delegations of Kenya and Uganda met for the first time in Nairobi on August 7."
    (m,) = find_meetings(context(nlp, text, "2025-08-20"))
    assert m.city == "Nairobi"
    text = "Delegations of Kenya and Uganda met on Monday for the first time in years."
    (m,) = find_meetings(context(nlp, text, "2025-08-20"))
    assert m.city is None


def test_the_place_the_parser_hung_on_the_object_of_a_signing_is_the_signings(nlp: Any) -> None:
    # "in Washington DC" hangs on "principles", not on "signed"; with no place of its own, the
    # dateline's city would have been taken
    text = "Chile and Peru on Friday signed a declaration of principles in Washington DC."
    (m,) = find_meetings(context(nlp, text, "2025-04-26", dateline="Santiago"))
    assert m.city == "Washington DC"


def test_the_number_a_sentence_on_the_talks_to_come_gives_is_the_announced_meetings(nlp: Any) -> None:
    text = (
        "Chile and Peru will resume their border talks next week. The two sides will meet with the "
        "mediators on Monday and Tuesday, the mediators said on Friday. The talks will be the second round "
        "of mediated negotiations since the dispute flared in March."
    )
    (m,) = find_meetings(context(nlp, text, "2024-10-04"))
    assert m.planned and m.ordinal == 2
    assert m.date is not None and m.date.value == "2024-10-07"


def test_a_meeting_in_which_someone_referred_to_a_thing_is_the_occasion_the_lead_dates(nlp: Any) -> None:
    text = (
        "Peruvian President Ana Rojas said Friday she hopes more Norwegian firms will invest in Peru's "
        "mines. In a meeting with her Norwegian counterpart Kari Berg in Oslo, the president referred to "
        "Norway as a close partner."
    )
    (meeting,) = find_meetings(context(nlp, text, "2024-05-10"))
    assert meeting.date is not None and meeting.date.value == "2024-05-10"
    assert not meeting.planned
