"""Which meeting mentions are rounds of a negotiation, and which fields are theirs: press conferences
and trips are no meetings, meetings only offered or asked for are not held (and the day of the offer is
not theirs), the ordinals of a history of rounds belong to no one round, and a meeting with an outsider
lends no date or sides to the talks the report is about."""

from __future__ import annotations

from typing import Any

import pytest

from legation.nlp.meetings import find_meetings, read_meetings

from .helpers import context


def test_a_press_conference_is_no_meeting(nlp: Any) -> None:
    text = (
        "Chile's foreign minister told a press conference in Valparaiso on Monday that fishing quotas "
        "would be cut by a tenth."
    )
    assert find_meetings(context(nlp, text, "2024-05-14")) == []


def test_a_public_meeting_is_no_meeting(nlp: Any) -> None:
    text = "The rebel leader was due to hold a public meeting in Goma on Saturday."
    assert find_meetings(context(nlp, text, "2024-05-14")) == []


def test_a_trip_is_no_meeting(nlp: Any) -> None:
    text = "Peru's president arrived in Quito on Tuesday on a surprise visit."
    assert find_meetings(context(nlp, text, "2024-05-15")) == []


def test_a_meeting_only_offered_is_not_held_and_not_dated_by_the_offer(nlp: Any) -> None:
    text = "On Friday, the Armenian leader offered for the first time to meet his Azerbaijani rival."
    for m in find_meetings(context(nlp, text, "2024-05-14")):
        assert m.planned
        assert m.date is None or m.date.value != "2024-05-10"


def test_the_day_talks_are_urged_or_agreed_is_not_their_day(nlp: Any) -> None:
    urged = "On Monday, the mediators urged Chile and Peru to hold talks in Lima."
    agreed = "Chile and Peru agreed on Monday to hold talks in Lima."
    for text in (urged, agreed):
        for m in find_meetings(context(nlp, text, "2024-05-14")):
            assert m.planned
            assert m.date is None or m.date.value != "2024-05-13"
    dated = "Chile and Peru agreed to hold talks in Lima on Friday."
    (m,) = find_meetings(context(nlp, dated, "2024-05-14"))
    assert m.planned and m.date is not None and m.date.value == "2024-05-17"


def test_an_ordinal_before_a_place_name_is_the_rounds(nlp: Any) -> None:
    text = "The 4th Lima peace talks between Chile and Peru opened on Monday."
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.ordinal == 4


def test_a_history_of_rounds_gives_no_ordinal_to_the_round_reported(nlp: Any) -> None:
    text = (
        "A new round of talks between Chile and Peru opened in Lima on Monday. "
        "After agreeing on a framework in the second round, the negotiators discussed fishing rights "
        "in the third round."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.date is not None and m.date.value == "2024-05-13"
    assert m.ordinal is None


def test_a_first_meeting_is_a_first_not_round_one(nlp: Any) -> None:
    meeting = "The committee held its first meeting in Lima on Sunday."
    (m,) = find_meetings(context(nlp, meeting, "2024-05-14"))
    assert m.ordinal is None
    round_ = "The first round of talks between Chile and Peru opened in Lima on Sunday."
    (m,) = find_meetings(context(nlp, round_, "2024-05-14"))
    assert m.ordinal == 1


def test_a_meeting_with_an_outsider_takes_no_sides_from_other_talks(nlp: Any) -> None:
    text = (
        "Chile's president, on his first trip abroad since the election, met on Sunday with King Harald. "
        "His trip came after the collapse of talks between Chile and Peru on the maritime border."
    )
    for m in find_meetings(context(nlp, text, "2024-05-14")):
        assert not {"Chile", "Peru"} <= set(m.parties)


def test_a_meeting_with_an_outsider_lends_its_day_to_no_other_talks(nlp: Any) -> None:
    text = (
        "Talks between Chile and Peru have been under way in Quito for a week. "
        "The question was raised during a meeting early Monday between Secretary of State Jane Doe and "
        "Ecuadorean Vice President Ana Ruiz."
    )
    for m in find_meetings(context(nlp, text, "2024-05-14")):
        assert not ({"Chile", "Peru"} & set(m.parties) and m.date is not None)


def test_talks_announced_by_their_noun_are_planned(nlp: Any) -> None:
    for text in (
        "The planned talks between Chile and Peru in Lima were the main topic on Monday.",
        "With peace talks between Chile and Peru due to start in Lima at the weekend, the border was calm.",
        "Officials in Lima were busy preparing for the talks between Chile and Peru on Monday.",
    ):
        for m in find_meetings(context(nlp, text, "2024-05-14")):
            assert m.planned, text


def test_a_meeting_held_to_discuss_proposed_talks_is_held(nlp: Any) -> None:
    text = "Chilean and Peruvian envoys met in Lima on Monday to discuss the proposed peace negotiations."
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert not m.planned
    assert m.date is not None and m.date.value == "2024-05-13"


def test_a_meeting_only_wanted_or_arranged_is_not_held(nlp: Any) -> None:
    for text in (
        "On Monday she reaffirmed her willingness to meet the Peruvian foreign minister.",
        "The trip will be an opportunity to meet the Peruvian president, the ministry said on Monday.",
        "Envoys of Chile and Peru were to meet in Lima on Monday.",
        "But on Saturday the rebel leader said he would meet the president only to discuss his departure.",
    ):
        for m in find_meetings(context(nlp, text, "2024-05-14")):
            assert m.planned, text


def test_talks_held_and_a_meeting_agreed_in_one_sentence_are_talks_held(nlp: Any) -> None:
    text = (
        "Talks between Chile and Peru stalled in Lima on Thursday, with both sides agreeing to meet again "
        "in May."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert not m.planned
    assert m.date is not None and m.date.value == "2024-05-16"
    assert m.city == "Lima"


def test_meeting_talks_the_tagger_takes_for_a_verb(nlp: Any) -> None:
    # the model tags "talks" here as a verb: it is still the meeting of Chile and Peru, held (and dated
    # by its first day, the day before it ended)
    text = (
        "Ceasefire talks between Chile and Peru have stalled here with both sides agreeing to meet again "
        "next month, officials said Friday. The two-day talks ended on Thursday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert not m.planned and m.date is not None and m.date.value == "2024-05-15"
    assert set(m.parties) == {"Chile", "Peru"}


def test_a_meeting_of_a_month_gone_by_lends_no_field_to_the_round_reported(nlp: Any) -> None:
    text = (
        "Chile and Peru held talks on Wednesday. "
        "Talks between Chile and Peru in Quito collapsed in March when Peru walked out."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert m.date is not None and m.date.value == "2024-05-15"
    assert m.city is None
    this_month = "Talks between Chile and Peru in Quito collapsed on Tuesday when Peru walked out."
    (m,) = find_meetings(context(nlp, this_month, "2024-05-17"))
    assert m.city == "Quito"


def test_a_meeting_told_by_its_last_day_and_length_is_dated_by_its_first(nlp: Any) -> None:
    wrapped = "Kenyan and Ugandan negotiators wrapped up three days of talks in Arusha on Thursday."
    ended = "Kenya and Uganda signed a border accord on Thursday at the end of a four-day meeting in Arusha."
    for text, first in ((wrapped, "2024-05-14"), (ended, "2024-05-13")):
        (m,) = find_meetings(context(nlp, text, "2024-05-17"))
        assert not m.planned
        assert m.date is not None and (m.date.value, m.date.finish) == (first, "2024-05-16")
        assert m.city == "Arusha"


def test_what_was_agreed_at_the_end_of_a_meeting_was_agreed_at_a_meeting_held(nlp: Any) -> None:
    text = (
        "Kenya and Uganda agreed on Thursday to reopen the border crossing at the end of a two-day meeting "
        "of their joint commission in Arusha."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert not m.planned and m.date is not None and m.date.value == "2024-05-15"


def test_co_chairs_of_a_meeting_are_its_heads(nlp: Any) -> None:
    text = (
        "Kenya and Uganda held talks in Arusha on Thursday. The meeting was co-chaired by Kenyan Trade "
        "Minister Jane Wambui and Ugandan Trade Minister Paul Okello."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {
        ("Jane Wambui", "Kenya"),
        ("Paul Okello", "Uganda"),
    }


def test_talks_due_on_a_day_and_then_put_off_are_a_postponed_plan(nlp: Any) -> None:
    text = "The talks between Kenya and Uganda were due to resume in Arusha on May 8 but were postponed."
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.planned and m.fate == "postponed"
    assert m.date is not None and m.date.value == "2024-05-08"


def test_who_co_chaired_the_meeting_with_a_counterpart_led_a_side(nlp: Any) -> None:
    text = (
        "Kenya and Uganda held the first meeting of their joint commission in Arusha on Thursday. Ugandan "
        "Trade Minister Paul Okello, who co-chaired the meeting with Kenyan Trade Minister Jane Wambui, said "
        "trade would grow."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    assert ("Paul Okello", "Uganda") in {(h.actor.name, h.actor.party) for h in m.heads}


def test_who_chairs_talks_between_others_leads_no_side(nlp: Any) -> None:
    text = (
        "Tanzanian Deputy Foreign Minister Asha Mwinyi co-chaired peace talks that ended in Arusha on "
        "Tuesday between the rebels and the government."
    )
    for m in find_meetings(context(nlp, text, "2024-05-17")):
        assert not m.heads


def test_the_place_of_a_meeting_measured_from_is_not_this_ones(nlp: Any) -> None:
    since = (
        "Kenya and Uganda opened talks in Nairobi on Monday. The talks are the third round since the two "
        "sides met in Kampala in March."
    )
    (m,) = find_meetings(context(nlp, since, "2024-05-14"))
    assert (m.city, m.ordinal) == ("Nairobi", 3)
    after = (
        "Kenyan and Ugandan army commanders met on Tuesday at a border post, a day after the two "
        "governments agreed to a ceasefire at talks in Kampala."
    )
    assert all(m.city != "Kampala" for m in find_meetings(context(nlp, after, "2024-05-15")))


def test_a_venue_the_parser_hangs_on_a_person_is_no_part_of_who_met(nlp: Any) -> None:
    from spacy.tokens import Doc

    from legation.nlp.meetings.parties import _phrase

    # "X met Y, the residence of Z's envoy": the parser sometimes takes the residence for Y's apposition
    words = ["Kamau", "met", "Okello", ",", "the", "residence", "of", "Tanzania", "'s", "envoy"]
    heads = [1, 1, 1, 2, 5, 2, 5, 9, 7, 6]
    deps = ["nsubj", "ROOT", "dobj", "punct", "det", "appos", "prep", "poss", "case", "pobj"]
    pos = ["PROPN", "VERB", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PART", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in _phrase(doc[2])] == ["Okello", ","]


def test_the_second_of_two_titled_people_takes_the_side_of_its_own_title(nlp: Any) -> None:
    for text, second in (
        (
            "Chilean Foreign Minister Ana Ruiz and Peru's acting Foreign Minister Jorge Vargas met in Lima "
            "on Monday.",
            "Jorge Vargas",
        ),
        (
            "Kenyan Prime Minister Otieno Kamau and Uganda's acting Prime Minister Okello Mugisha met in "
            "Arusha on Monday.",
            "Okello Mugisha",
        ),
    ):
        (m,) = find_meetings(context(nlp, text, "2024-05-14"))
        sides = {h.actor.name: h.actor.party for h in m.heads}
        assert sides[second] in ("Peru", "Uganda") and len(set(sides.values())) == 2


def test_talks_over_the_weekend_are_held_on_its_days_where_the_report_says(nlp: Any) -> None:
    text = (
        "The accord followed two days of talks over the weekend in Arusha between Kenyan Trade Minister "
        "Jane Wambui and Ugandan Trade Minister Paul Okello."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert not m.planned and m.date is not None
    assert (m.date.value, m.date.finish, m.city) == ("2024-05-11", "2024-05-12", "Arusha")
    assert set(m.parties) == {"Kenya", "Uganda"}


def test_a_witness_named_by_a_second_verb_is_no_head(nlp: Any) -> None:
    text = (
        "Kenya and Uganda held talks in Arusha on Thursday. The meeting was co-chaired by Kenyan Trade "
        "Minister Jane Wambui and Ugandan Trade Minister Paul Okello, and witnessed by Tanzanian Foreign "
        "Minister Asha Mwinyi."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-17"))
    # nor is a title the parser cut from its name ("Ugandan Trade Minister"), and the name keeps its side
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {
        ("Jane Wambui", "Kenya"),
        ("Paul Okello", "Uganda"),
    }


def test_who_opens_the_talks_alone_presides_and_is_no_side(nlp: Any) -> None:
    text = (
        "Kenya and Uganda agreed on Monday to reopen the border in their first direct talks in three years. "
        "The talks at the historic State House on the banks of the lake were opened by Tanzanian Foreign "
        "Minister Asha Mwinyi, who told the delegations there were two paths. The Kenyan delegation was led "
        "by Trade Minister Jane Wambui, while Uganda's team was headed by Trade Minister Paul Okello."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert {(h.actor.name, h.actor.party) for h in m.heads} == {
        ("Jane Wambui", "Kenya"),
        ("Paul Okello", "Uganda"),
    }
    assert set(m.parties) == {"Kenya", "Uganda"}


def test_a_head_named_in_apposition_to_a_title_is_the_head(nlp: Any) -> None:
    text = (
        "Kenya and Uganda held talks in Arusha on Monday. The Ugandan delegation was led by the secretary of "
        "the National Trade Council, Paul Okello, who was appointed to the post last week."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert ("Paul Okello", "Uganda") in {(h.actor.name, h.actor.party) for h in m.heads}


def test_the_length_of_a_ceasefire_proposed_is_not_the_talks(nlp: Any) -> None:
    text = (
        "Kenya proposed to Uganda a ceasefire of two to three days in some areas, the head of the Kenyan "
        "delegation told reporters following the talks in Arusha on Monday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.duration is None


def test_who_meets_is_read_from_the_meeting_noun_and_its_subject(nlp: Any) -> None:
    texts = {
        "Senior officials of the nine member states wrapped up their meeting in Lima on Monday.": "officials",
        "The ministerial meeting of the Andean group closed in Lima on Wednesday.": "ministers",
        "The Andean Leaders' Meeting opened in Lima on Saturday.": "leaders",
        "The Andean CEO Summit opened in Lima on Friday.": "business",
        "Foreign Minister Jane Doe met her Peruvian counterpart in Lima on Monday.": None,
    }
    for text, level in texts.items():
        (m,) = find_meetings(context(nlp, text, "2024-05-19"))
        assert m.level == level, text


def test_a_sentence_on_meetings_of_two_levels_gives_no_level(nlp: Any) -> None:
    text = "The senior officials' meeting opened in Lima on Monday, ahead of the ministerial meeting."
    assert all(m.level is None for m in find_meetings(context(nlp, text, "2024-05-14")))


def test_a_legislature_s_own_session_is_no_meeting(nlp: Any) -> None:
    for text in (
        "The new Ruritanian parliament holds its first session in Lima on Monday.",
        "The senate met in Lima on Monday to debate the budget.",
        "The opening session of the national assembly was held in Lima on Monday.",
    ):
        assert find_meetings(context(nlp, text, "2024-05-14")) == [], text
    for talks in (
        "Chile and Peru held their first session of talks in Lima on Monday.",
        "The Andean Parliament held talks with the Peruvian government in Lima on Monday.",
    ):
        assert len(find_meetings(context(nlp, talks, "2024-05-14"))) == 1, talks


def test_the_number_of_a_summit_s_session_is_no_round_s(nlp: Any) -> None:
    for text in (
        "The second summit session of the Andean leaders opens in Lima on Tuesday.",
        "The third session of the conference opened in Lima on Tuesday.",
    ):
        (m,) = find_meetings(context(nlp, text, "2024-05-13"))
        assert m.ordinal is None, text
    for text in (
        "The third session of the joint committee opened in Lima on Tuesday.",
        "The second session of talks between Chile and Peru opened in Lima on Tuesday.",
    ):
        (m,) = find_meetings(context(nlp, text, "2024-05-13"))
        assert m.ordinal in (2, 3), text


def test_a_dated_summit_or_conference_takes_its_number(nlp: Any) -> None:
    for text, number in {
        "The long delayed 9th summit of the Andean Community of Nations opened in Lima on Monday.": 9,
        "The 12th Conference of the Parties to the Andean Water Convention opened in Lima on Monday.": 12,
    }.items():
        (m,) = find_meetings(context(nlp, text, "2024-05-14"))
        assert m.ordinal == number, text


def test_an_undated_numbered_summit_is_a_setting_not_a_round(nlp: Any) -> None:
    for text in (
        "Peru's president said on the sidelines of the fourth Summit of the Andes that it was settled.",
        "The Chilean premier will also attend the ninth summit of Chile and the Andean Community in Lima.",
    ):
        assert find_meetings(context(nlp, text, "2024-05-14")) == [], text


def test_a_meeting_a_statement_comes_ahead_of_is_to_come_not_on_the_statement_s_day(nlp: Any) -> None:
    text = (
        "Andean members look set to keep their tariffs, the bloc's chief said on Monday ahead of a "
        "one-day meeting in Lima. He said the ministers would discuss the matter at the meeting on Wednesday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-13"))
    assert m.planned and m.city == "Lima"
    assert m.date is not None and m.date.value == "2024-05-15"


def test_a_round_of_an_organisation_s_talks_named_after_a_city_is_not_held_there(nlp: Any) -> None:
    text = (
        "Trade ministers of Chile and Peru met on Monday. They discussed how to revive the stalled "
        "Quito round of World Trade Organization negotiations."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.city is None
    held = "The Quito round of talks between Chile and Peru ended on Monday."
    (m,) = find_meetings(context(nlp, held, "2024-05-14"))
    assert m.city == "Quito"


def test_a_summit_declared_open_in_a_building_was_held_there(nlp: Any) -> None:
    text = (
        "The summit, postponed twice, was declared open on Monday in the Lima Friendship Conference "
        "Center by Peru's president."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert m.venue == "Lima Friendship Conference Center"


@pytest.mark.parametrize(
    "text",
    [
        "The opposition alliance said on Monday it would stage another round of blockade from Sunday unless "
        "the election commission is rebuilt.",
        "The council imposed a second round of sanctions on Monday, after the regime refused inspections.",
    ],
)
def test_a_round_of_a_campaign_of_pressure_is_no_meeting(nlp: Any, text: str) -> None:
    assert find_meetings(context(nlp, text)) == []


def test_a_date_after_a_reported_meeting_is_the_meeting_s_though_hung_on_the_saying(nlp: Any) -> None:
    # the parser lifts "on Monday afternoon" past the long object to "added": the talks are still Monday's
    text = (
        "The Czech premier added he talked with Karel Novak, chairman of the Slovak National Council, "
        "and Slovak President Ivan Horak on Monday afternoon."
    )
    (talks,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert talks.date is not None and talks.date.value[:10] == "2024-05-13"


def test_who_says_he_met_someone_is_a_side_of_that_meeting(nlp: Any) -> None:
    text = "The Chilean president said he met Peruvian Foreign Minister Ana Ruiz on Monday."
    (talks,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert set(talks.parties) == {"Chile", "Peru"}


_VISIT = (
    "Chilean President Jorge Vargas arrived in Lima on Monday afternoon for a three-day visit. Vargas "
    "held talks with Peruvian President Ana Ruiz soon after arrival."
)


def test_talks_held_soon_after_arrival_are_dated_by_the_arrival(nlp: Any) -> None:
    (talks,) = find_meetings(context(nlp, _VISIT, "2024-05-14"))
    assert talks.date is not None and talks.date.value == "2024-05-13"


def test_the_next_day_of_a_visit_with_another_head_of_a_side_is_another_meeting(nlp: Any) -> None:
    text = f"{_VISIT} Peruvian Prime Minister Luis Soto met Vargas on Tuesday."
    meetings = find_meetings(context(nlp, text, "2024-05-14"))
    assert sorted((m.date.value if m.date else None) for m in meetings) == ["2024-05-13", "2024-05-14"]


def test_close_door_talks_are_closed_door(nlp: Any) -> None:
    text = "Chile's foreign minister held close-door talks with Peru's foreign minister in Lima on Monday."
    (talks,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert talks.format == "closed-door"


def test_a_lead_of_sides_failing_to_agree_dates_the_talks_it_names_next(nlp: Any) -> None:
    text = (
        "Fisheries ministers of Chile and Peru failed to agree Tuesday on anchovy quotas. The Chilean "
        "minister, who chaired the meeting, said the gap had narrowed."
    )
    (talks,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert talks.date is not None and talks.date.value == "2024-05-14" and not talks.planned


def test_the_days_of_a_visit_date_the_talks_announced_for_it(nlp: Any) -> None:
    text = (
        "Chilean Foreign Minister Jorge Vargas will visit Peru next week for talks on fishing quotas, the "
        "ministry said on Monday. Vargas's May 22-24 visit was planned in March."
    )
    meetings, announced = read_meetings(context(nlp, text, "2024-05-13"))
    (talks,) = [*meetings, *announced]
    assert talks.planned and talks.date is not None and talks.date.value == "2024-05-22"


def test_a_visit_to_come_alone_is_no_meeting(nlp: Any) -> None:
    text = "Chile's president said on Monday that his June 3-5 visit to Peru would go ahead."
    meetings, announced = read_meetings(context(nlp, text, "2024-05-13"))
    assert meetings == [] and announced == []


def test_talks_during_a_visit_whose_end_the_lead_dates_are_held_by_that_day(nlp: Any) -> None:
    text = (
        "Chilean President Jorge Vargas ended his official visit to Peru and left Lima for Santiago "
        "Wednesday. During his stay, Vargas held talks with Peruvian President Ana Ruiz."
    )
    (talks,) = find_meetings(context(nlp, text, "2024-05-15"))
    assert talks.departure and talks.date is not None and talks.date.value == "2024-05-15"


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary-General hosted the Ruritanian and Osterlich leaders for a meeting that lasted more "
        "than four hours, his spokesman said. The leaders agreed to resume the talks. The talks first met in "
        "Vienna on February 3 with the participation of the guarantor powers.",
        "Talks between Ruritania and Osterlich are back on track after their leaders met over dinner at the "
        "residence of the UN envoy. The dinner lasted about four hours. In February, the two leaders "
        "exchanged maps, while a conference with Austria was held in Vienna on February 3.",
    ],
)
def test_a_meeting_recalled_from_months_before_takes_nothing_of_the_reports_own(nlp: Any, text: str) -> None:
    # the report's meeting is undated where it is told; a later sentence dates an earlier meeting, which
    # neither dates it nor takes its venue or length
    recalled = [m for m in find_meetings(context(nlp, text, "2024-05-13")) if m.date is not None]
    assert [m.date.value for m in recalled if m.date is not None] == ["2024-02-03"]
    assert all(m.venue is None and m.duration is None for m in recalled)


def test_a_standfirst_with_no_day_is_dated_by_the_first_sentence_that_gives_one(nlp: Any) -> None:
    # a web page's standfirst tells what was agreed at the meeting; the day is in the sentence after
    text = (
        "At their fourth meeting in Geneva, the foreign ministers of Ruritania and Osterlich agreed to "
        "reopen the border crossings next month. The UN called it a breakthrough. Ruritanian Foreign "
        "Minister Jan Novak and his Osterlich counterpart Karl Weber agreed late on Tuesday that the first "
        "crossings would reopen on June 10, the UN envoy's office said."
    )
    held = [m for m in find_meetings(context(nlp, text, "2024-05-15")) if not m.planned]
    assert [(m.date.value if m.date else None, m.ordinal, m.city) for m in held] == [
        ("2024-05-14", 4, "Geneva")
    ]


def test_talks_back_on_track_after_a_meeting_of_days_before_are_that_meeting(nlp: Any) -> None:
    text = (
        "Talks between Ruritania and Osterlich are back on track after their foreign ministers met over "
        "lunch on Monday at the residence of the UN envoy."
    )
    held = [m for m in find_meetings(context(nlp, text, "2024-05-15")) if not m.planned]
    assert [(m.date.value if m.date else None, m.venue) for m in held] == [
        ("2024-05-13", "residence of the UN envoy")
    ]


def test_talks_resumed_months_after_an_earlier_meeting_take_not_its_day(nlp: Any) -> None:
    text = (
        "Talks between Ruritania and Osterlich are back on track, months after their ministers met on "
        "January 9."
    )
    assert all(
        m.date is None or m.date.value != "2024-01-09"
        for m in find_meetings(context(nlp, text, "2024-05-15"))
    )


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Talks between Ruritania and Osterlich resumed on Monday in the Tyrol ski resort of Kitzbuehel.",
            "Kitzbuehel",
        ),
        ("Talks between Ruritania and Osterlich began on Monday in an Alpine lakeside resort.", None),
    ],
)
def test_a_resort_told_by_what_it_is_like_is_a_town_not_a_venue(
    nlp: Any, text: str, city: str | None
) -> None:
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert (m.city, m.venue) == (city, None)


def test_the_day_of_talks_only_attempted_dates_no_meeting_of_the_sentence(nlp: Any) -> None:
    text = (
        "The earlier meetings ended without a deal, and a UN attempt to convene direct talks in Geneva on "
        "May 16 collapsed over who would attend."
    )
    assert [m for m in find_meetings(context(nlp, text, "2024-05-20")) if not m.planned] == []


def test_a_close_told_of_another_day_does_not_move_the_day_the_lead_says_the_sides_met(nlp: Any) -> None:
    text = (
        "The foreign ministers of Chile and Peru have wrapped up two days of talks in Ecuador, reporting "
        "some progress. Jorge Vidal and Ana Ruiz met on May 10 and 11 at a government residence in Quito, "
        "with Ecuador's foreign minister, Luis Mora, acting as host. President Juan Soto received the two "
        "ministers at the close of the talks on Saturday."
    )
    held = [m for m in find_meetings(context(nlp, text, "2024-05-13")) if not m.planned]
    days = {m.date.value[:10] for m in held if m.date}
    assert "2024-05-10" in days and "2024-05-09" not in days


def test_talks_an_agreement_came_after_are_held_though_the_parser_hangs_them_on_its_infinitive(
    nlp: Any,
) -> None:
    text = (
        "Chile and Peru on Monday agreed to stop sending troops to the border, after the fourth round of "
        "commander-level talks which went on for almost ten hours."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert (m.planned, m.ordinal) == (False, 4)


def test_a_second_infinitive_of_what_the_sides_agreed_to_is_a_round_to_come(nlp: Any) -> None:
    text = (
        'The two sides agreed to "avoid any steps that may inflame the situation" and to hold the fifth '
        "round of commander-level talks as early as possible."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert (m.planned, m.ordinal) == (True, 5)


def test_a_first_round_for_one_person_is_no_rounds_ordinal(nlp: Any) -> None:
    text = (
        "Chilean and Peruvian commanders held talks at the border on Friday. It was the first round for "
        "General Tomas Ibarra as commander of the northern corps."
    )
    assert [m.ordinal for m in find_meetings(context(nlp, text, "2024-05-13"))] == [None]


def test_a_persons_round_of_talks_with_the_other_side_is_the_negotiations_round(nlp: Any) -> None:
    text = (
        "Chile's trade minister Tomas Ibarra wrapped up his fifth round of tariff negotiations with the "
        "Peruvian government on Friday after two days of talks."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-11"))
    assert m.ordinal == 5
    assert m.date is not None and m.date.value == "2024-05-09"  # its first day
    own = "Chilean and Peruvian officials met on Friday. It was his second round as chief negotiator."
    assert [m.ordinal for m in find_meetings(context(nlp, own, "2024-05-11"))] == [None]


def test_a_later_meeting_something_comes_before_lends_no_day_or_place(nlp: Any) -> None:
    text = (
        "Ibarra said the next round would be held at an appropriate time and did not rule out another "
        "trip before the summit in Cusco, which begins June 15."
    )
    held, announced = read_meetings(context(nlp, text, "2024-06-07"))
    assert held == [] and [(m.date, m.city) for m in announced] == [(None, None)]
    own = "Chile and Peru will hold talks in Cusco on June 15, before the summit."
    (m,) = find_meetings(context(nlp, own, "2024-06-07"))
    assert m.date is not None and m.date.value == "2024-06-15" and m.city == "Cusco"


def test_a_meeting_held_at_a_named_border_post_is_not_in_the_datelines_city(nlp: Any) -> None:
    text = (
        "Chilean and Peruvian military commanders held talks lasting ten hours on Saturday on pulling back "
        "troops. The talks, held at the Tacora border post on the Peruvian side, were the fifth this year."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-13", dateline="LIMA"))
    assert (m.city, m.venue) == (None, "Tacora border post")


def test_a_meeting_held_at_a_place_the_model_does_not_know_is_not_in_the_datelines_city(nlp: Any) -> None:
    text = (
        "Chilean and Peruvian military commanders met on Sunday for talks on the standoff. The meeting, "
        "held at Tacora on the Chilean side of the line, began at 9am and ended at around 7pm."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-13", dateline="LIMA"))
    assert m.city is None


def test_a_border_post_named_by_no_proper_name_is_no_venue(nlp: Any) -> None:
    text = "Chilean and Peruvian commanders held talks for ten hours at a border post on Friday."
    assert [m.venue for m in find_meetings(context(nlp, text, "2024-05-13"))] == [None]


def test_a_meeting_at_a_building_of_the_datelines_city_is_still_there(nlp: Any) -> None:
    text = (
        "Russian President Vladimir Putin held talks with Chinese President Xi Jinping at the Kremlin on "
        "Monday."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14", dateline="MOSCOW"))
    assert (m.city, m.venue) == ("Moscow", "Kremlin")


def test_an_honorific_is_no_head_of_delegation(nlp: Any) -> None:
    text = (
        "The delegations of Oman and Yemen held talks in Muscat on Monday, the Omani delegation headed by "
        "His Excellency Dr. Salim bin Nasser al-Harthy, Minister of State, and the Yemeni delegation "
        "headed by His Excellency Ahmed Saleh Bakr, Secretary of the Supreme Council."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert [h.actor.name for h in m.heads] == ["Salim bin Nasser al-Harthy", "Ahmed Saleh Bakr"]


def test_a_khmer_honorific_is_no_head_of_delegation(nlp: Any) -> None:
    text = (
        "The meeting in Bangkok on Monday was attended by Cambodian Prime Minister Samdech Thipadei Sok "
        "Vanna and Thai Prime Minister Anan Sirichai."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert [h.actor.name for h in m.heads] == ["Sok Vanna", "Anan Sirichai"]


def test_several_rounds_told_in_summary_lend_no_place_to_the_reports_meeting(nlp: Any) -> None:
    """ "X had hosted several rounds of talks between them in Y": many past meetings, none of which is the
    report's meeting held in another city, nor gives it Y (before, the dated talks took Y)."""
    text = (
        "Chile and Bolivia agreed on Friday to restore diplomatic relations after talks hosted by Norway "
        "over five days. Brazil had hosted several rounds of talks between Chilean and Bolivian officials "
        "in Brasilia, diplomats recalled."
    )
    (meeting,) = find_meetings(context(nlp, text, "2031-03-15"))
    assert meeting.date is not None and meeting.date.value == "2031-03-14"
    assert meeting.city is None


def test_a_meeting_dated_by_a_range_of_days_is_dated_by_its_first_day_with_its_last(nlp: Any) -> None:
    text = "Delegations from Chile and Bolivia held talks in Geneva from 10 to 14 March, officials said."
    (meeting,) = find_meetings(context(nlp, text, "2031-03-15"))
    assert meeting.date is not None
    assert (meeting.date.value, meeting.date.finish) == ("2031-03-10", "2031-03-14")


@pytest.mark.parametrize(
    "recall",
    [
        "Tanzania had hosted several rounds of talks between the two sides in Arusha.",
        "The negotiations built on five rounds of discussions held in Arusha since 2021.",
        "The two sides have met three times in Arusha.",
    ],
)
def test_the_place_of_meetings_a_report_counts_is_not_that_of_its_meeting(nlp: Any, recall: str) -> None:
    text = f"Kenyan and Ugandan ministers held talks on Monday on reopening their border. {recall}"
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert (m.date.value if m.date else None, m.city) == ("2024-05-13", None)


def test_days_of_talks_are_one_meeting_not_several(nlp: Any) -> None:
    text = "Kenyan and Ugandan ministers ended four days of talks in Arusha on Friday."
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert (m.date.value if m.date else None, m.city) == ("2024-05-07", "Arusha")


def test_those_who_took_part_in_the_meeting_are_not_its_sides(nlp: Any) -> None:
    text = (
        "The foreign ministers of Kenya and Uganda met behind closed doors in Nairobi on Monday. "
        "Norway's envoy and an African Union official took part in the meeting."
    )
    (m,) = find_meetings(context(nlp, text, "2024-05-14"))
    assert set(m.parties) == {"Kenya", "Uganda"}
    assert {e.sentence_index for e in m.evidence} == {0, 1}


def test_talks_opened_on_another_day_in_the_same_report_are_another_meeting(nlp: Any) -> None:
    """Talks open once: "X and Y opened talks on Thursday ... On Wednesday X opened talks with Z" tells
    two openings, two meetings; before, the later sentence's day and place passed to the report's own."""
    text = (
        "The Atlantic Dockers Union and Harbor Lines opened contract negotiations on Thursday morning at "
        "the company's main terminal. The first session lasted about two hours. "
        "On Wednesday the union opened talks with Coastal Freight in Portland, where its president also "
        "skipped the handshake."
    )
    meetings = find_meetings(context(nlp, text, "2031-07-11"))
    dated = {m.date.value for m in meetings if m.date is not None}
    assert "2031-07-10" in dated
    assert all(m.city != "Portland" for m in meetings if m.date is not None and m.date.value == "2031-07-10")


def test_days_of_fighting_are_no_length_of_the_talks(nlp: Any) -> None:
    """ "talks aimed at ending five days of fighting" measures the fighting; "after five days of talks"
    still measures the talks."""
    fighting = (
        "Chile and Bolivia agreed on Friday to a ceasefire in Brasilia after talks between their "
        "leaders aimed at ending five days of fighting."
    )
    talks = "Chile and Bolivia agreed on Friday to a ceasefire after five days of talks in Brasilia."
    assert [m.duration for m in find_meetings(context(nlp, fighting, "2031-03-15"))] == [None]
    (meeting,) = find_meetings(context(nlp, talks, "2031-03-15"))
    assert meeting.duration is not None and meeting.duration.value == "P5D"


def test_a_meeting_someone_said_would_be_held_is_not_held(nlp: Any) -> None:
    """ "a meeting, which diplomats said would be held later on Friday": to come when the report was
    written (before, the speech verb's past tense made it held); "which the ministry said was held" is
    held."""
    to_come = (
        "Chile's president wrote to the Security Council asking for an urgent meeting, which diplomats "
        "said would be held behind closed doors in New York later on Friday."
    )
    held = "The meeting, which the ministry said was held on Thursday, lasted three hours."
    purpose = (
        "Ministers from Chile and Bolivia are gathering in Lima on Friday for a two-day meeting which "
        "would try to revive the trade process."
    )
    assert all(m.planned for m in find_meetings(context(nlp, to_come, "2031-03-14")))
    assert [m.planned for m in find_meetings(context(nlp, held, "2031-03-14"))] == [False]
    assert [m.planned for m in find_meetings(context(nlp, purpose, "2031-03-14"))] == [False]


def test_the_sides_announcing_their_deal_on_a_day_date_the_round_that_made_it(nlp: Any) -> None:
    """ "X and Y announced Sunday that they had reached an agreement ... where the eighth round of talks
    wrapped up": the round ended with the deal, dated by the sides' own announcement (before, undated,
    it became a round of its own beside the dated one)."""
    text = (
        "The Chilean government and the Bolivian rebels announced Sunday that they had reached an "
        "agreement on land reform, the first item on the agenda. "
        "The deal was read out at the convention centre in Lima. "
        '"We have reached an agreement on the first point," the chief negotiator said at the '
        "convention centre, where the eighth round of talks wrapped up."
    )
    meetings = find_meetings(context(nlp, text, "2031-05-26"))
    assert [(m.date.value if m.date else None, m.ordinal) for m in meetings if m.ordinal] == [
        ("2031-05-25", 8)
    ]


def test_a_countrys_administrative_capital_is_not_its_capital(nlp: Any) -> None:
    """ "at his residence in Brazil's administrative capital" names another city than Brazil's capital
    (before, the capital was given); "in the Brazilian capital" is still the capital."""
    other = (
        "Chile and Bolivia held talks on Friday at the president's residence in Brazil's administrative "
        "capital."
    )
    capital = "Chile and Bolivia held talks on Friday in the Brazilian capital."
    assert [m.city for m in find_meetings(context(nlp, other, "2031-03-15"))] == [None]
    assert [m.city for m in find_meetings(context(nlp, capital, "2031-03-15"))] == ["Brasília"]


def test_talks_that_are_a_topic_of_a_meeting_lend_it_no_city(nlp: Any) -> None:
    """ "held talks with Y on regional issues, including the Geneva negotiations": the talks are not in
    Geneva (before, the city of the negotiations discussed became theirs)."""
    text = (
        "Chile's foreign minister visited Lima on Monday, where he held talks with his Peruvian counterpart "
        "on bilateral relations and regional issues, including Bolivia and the Geneva negotiations."
    )
    (meeting,) = find_meetings(context(nlp, text, "2031-03-15"))
    assert meeting.city != "Geneva"


def test_a_building_read_as_both_city_and_venue_is_no_city(nlp: Any) -> None:
    """A building the model reads as a place ("met on Monday night at the Torrealta") gives
    the venue, not a city the gazetteer does not know."""
    text = "The two leaders met on Monday night at the Torrealta, where they were joined by their ministers."
    for m in find_meetings(context(nlp, text, "2031-10-17")):
        assert m.city is None or m.city != m.venue


def test_two_meetings_told_in_conjoined_clauses_are_two_meetings(nlp: Any) -> None:
    """ "X met A on Sunday in P, and Y met B on Monday in Q" tells two meetings: the second clause's day,
    city and sides are not the first's (before, the sentence was one meeting of all four sides)."""
    text = (
        "Chile's foreign minister met Peru's foreign minister on Sunday in Lima, and Bolivia's president "
        "met Ecuador's president on Monday in Quito."
    )
    meetings = find_meetings(context(nlp, text, "2031-05-14"))
    by_day = {m.date.value: m for m in meetings if m.date is not None}
    assert set(by_day) == {"2031-05-11", "2031-05-12"}
    assert by_day["2031-05-11"].city == "Lima" and set(by_day["2031-05-11"].parties) == {"Chile", "Peru"}
    assert by_day["2031-05-12"].city == "Quito"
    assert set(by_day["2031-05-12"].parties) == {"Bolivia", "Ecuador"}


def test_one_side_meeting_two_others_in_one_clause_pair_is_not_split(nlp: Any) -> None:
    """One subject meeting twice ("X met A on Sunday and held talks with B") and one clause of two
    subjects ("X and Y met on Sunday") are read as before: the split needs two subjects."""
    same = (
        "Chile's foreign minister met Peru's foreign minister in Lima on Sunday and held talks with his "
        "aides."
    )
    (m,) = find_meetings(context(nlp, same, "2031-05-14"))
    assert m.date is not None and m.date.value == "2031-05-11" and m.city == "Lima"
    both = "Chile's and Peru's foreign ministers met in Lima on Sunday."
    (m,) = find_meetings(context(nlp, both, "2031-05-14"))
    assert m.date is not None and m.date.value == "2031-05-11"


def test_a_meeting_by_video_link_is_not_placed_in_the_datelines_city(nlp: Any) -> None:
    """Talks held by video link or by phone are in no city: the dateline's city is where the report was
    written, not where they met (before, "SANTIAGO - ... held talks by video link" was in Santiago)."""
    for text in (
        "The foreign ministers of Chile and Peru held talks by video link on Monday.",
        "The foreign ministers of Chile and Peru held talks via video on Monday.",
        "The foreign ministers of Chile and Peru held a telephone conversation on Monday.",
    ):
        for m in find_meetings(context(nlp, text, "2031-05-13", dateline="Santiago")):
            assert m.city is None
    held = "The foreign ministers of Chile and Peru held talks on Monday."
    (m,) = find_meetings(context(nlp, held, "2031-05-13", dateline="Santiago"))
    assert m.city == "Santiago"


def test_a_meeting_that_announces_something_is_held_not_announced(nlp: Any) -> None:
    """The meeting is the one that announces ("ministers meeting on Thursday announced a new accord"):
    it was held that day, not announced for it (before, a verb of planning made any meeting word of its
    clause one to come)."""
    for text in (
        "Chilean and Peruvian ministers meeting in Lima on Thursday announced a new fishing accord.",
        "The meeting of Chilean and Peruvian ministers on Thursday proposed a new fishing accord.",
    ):
        (m,) = find_meetings(context(nlp, text, "2031-05-16"))
        assert not m.planned and m.date is not None and m.date.value == "2031-05-15"
    announced = "Chile and Peru announced talks on Friday in Lima."
    (m,) = find_meetings(context(nlp, announced, "2031-05-14"))
    assert m.planned


def test_talks_told_as_continuing_on_a_day_are_going_on(nlp: Any) -> None:
    """ "The talks continued in Lima on Thursday" tells a day after the talks' first (stage "going"), not
    their first or last day."""
    text = "Talks between Chile and Peru on their maritime border continued in Lima on Thursday."
    (m,) = find_meetings(context(nlp, text, "2031-05-15"))
    assert m.stage == "going" and m.date is not None and m.date.value == "2031-05-15"
    opened = "Talks between Chile and Peru on their maritime border opened in Lima on Thursday."
    (m,) = find_meetings(context(nlp, opened, "2031-05-15"))
    assert m.stage == "opened"


def test_two_rounds_told_in_conjoined_phrases_keep_their_own_place_and_day(nlp: Any) -> None:
    """ "a first round in Lima on Monday and a second round in Quito on Thursday": two rounds, each with
    its own city, day and number (before, one meeting of no number in Lima); the same with each round
    the subject of its own clause."""
    nouns = (
        "Chile and Peru held a first round of talks in Lima on Monday and a second round in Quito on "
        "Thursday."
    )
    clauses = (
        "The deadlock came after a first round in Lima on Monday produced a truce and a second round in "
        "Quito, which ran from Thursday to Friday, agreed to set up a commission."
    )
    for text in (nouns, clauses):
        meetings = find_meetings(context(nlp, text, "2031-11-09"))
        assert {(m.city, m.ordinal) for m in meetings} == {("Lima", 1), ("Quito", 2)}
        (lima,) = [m for m in meetings if m.city == "Lima"]
        assert lima.date is not None and lima.date.value == "2031-11-03"


def test_a_call_between_two_sides_by_phone_is_a_meeting_held_from_afar(nlp: Any) -> None:
    """A phone call between the sides is one of their meetings ("held a phone call with Y", "phoned Y",
    "spoke by phone with Y"), of format phone call and in no city; a call for talks is none."""
    for text in (
        "Chile's president held a phone call with Peru's president on Monday.",
        "Chile's president spoke by telephone with Peru's president on Monday.",
        "Chile's president telephoned Peru's president on Monday to discuss the border.",
        "Chile's president made a phone call to Peru's president on Monday.",
    ):
        (m,) = find_meetings(context(nlp, text, "2031-11-04", dateline="Santiago"))
        assert m.date is not None and m.date.value == "2031-11-03"
        assert set(m.parties) == {"Chile", "Peru"} and m.format == "phone call" and m.city is None
    for text in (
        "Chile's opposition issued a call for talks with Peru on Monday.",
        "Chile's president took calls from reporters on Monday.",
    ):
        assert find_meetings(context(nlp, text, "2031-11-04")) == []
    # a call in which someone speaks of the meeting the sentence tells is no meeting of its own
    text = (
        "Chile's president met Peru's president in Lima on Sunday. In a phone call with Bolivia's president "
        "on Monday, Chile's president said his meeting with Peru's president had gone well."
    )
    for m in find_meetings(context(nlp, text, "2031-11-04")):
        assert "Bolivia" not in m.parties


def test_a_meeting_announced_for_a_joint_body_of_the_sides_is_announced(nlp: Any) -> None:
    """ "The joint border committee will meet next week" announces a meeting of the talks though it names
    no side (before, it was dropped as no meeting of the sides); one side's committee is not."""
    text = (
        "Chile and Peru held talks on their maritime border in Lima on Monday. The joint border committee "
        "will meet next week to review the demarcation."
    )
    _held, announced = read_meetings(context(nlp, text, "2031-05-13"))
    assert [m.period.value for m in announced if m.period is not None] == ["2031-W21"]
    one_side = (
        "Chile and Peru held talks on their maritime border in Lima on Monday. The finance committee will "
        "meet next week to review the budget."
    )
    assert read_meetings(context(nlp, one_side, "2031-05-13"))[1] == []


def test_a_round_that_follows_another_keeps_its_own_place_and_number(nlp: Any) -> None:
    """ "The Quito round follows the first round in Lima on May 6": two meetings, the first in Lima on
    May 6, the second in Quito (before, the first round was put in Quito)."""
    text = (
        "Chile and Peru began a second round of talks in Quito on Monday. The Quito round follows the first "
        "round of negotiations in Lima on May 6, which produced a truce."
    )
    meetings = find_meetings(context(nlp, text, "2031-05-20"))
    first = [m for m in meetings if m.ordinal == 1]
    assert [(m.city, m.date.value if m.date else None) for m in first] == [("Lima", "2031-05-06")]
    assert all(m.city == "Quito" for m in meetings if m.ordinal == 2)


def test_a_day_told_of_another_thing_in_a_clause_of_its_own_is_not_the_talks_day(nlp: Any) -> None:
    """ "the truce, which lapsed on Friday, until the end of the talks": Friday is the truce's day, not the
    talks', even as the one date of a sentence about them (before, the talks were dated on it)."""
    text = (
        "A Chilean delegation left for Lima on Saturday for talks with Peru. Peru had earlier agreed to "
        "extend the truce, which lapsed on Friday evening, until the conclusion of the Lima talks."
    )
    days = {m.date.value for m in find_meetings(context(nlp, text, "2031-11-08")) if m.date is not None}
    assert "2031-11-07" not in days
    # a clause of the talks themselves still dates them
    text = "After a third round of talks in Lima that began on Wednesday, officials agreed to cut quotas."
    (m,) = find_meetings(context(nlp, text, "2031-11-09"))
    assert m.date is not None and m.date.value == "2031-11-05"


def test_a_numbered_meeting_a_statement_was_made_after_keeps_its_number_and_place(nlp: Any) -> None:
    """ "X and Y agreed to speed up negotiations, X's negotiator said Friday after a second round of talks
    in Lima": the second round, held in Lima (before, the negotiations of the statement made the round a
    time reference, without number or place, and the statement's deadline made it planned)."""
    text = (
        "Chile and Peru have agreed to speed up fishing negotiations with an eye toward a deal by July, "
        "Chile's chief negotiator said Friday after a second round of talks in Lima."
    )
    (m,) = find_meetings(context(nlp, text, "2031-05-17"))
    assert (m.ordinal, m.city, m.planned) == (2, "Lima", False)
    # a meeting the sentence measures from is still not the one it tells
    text = "Chile and Peru met in Quito on Friday, a week after a second round of talks in Lima."
    (m,) = find_meetings(context(nlp, text, "2031-05-17"))
    assert (m.city, m.ordinal) == ("Quito", None)


def test_a_call_a_statement_was_made_in_is_between_who_spoke_and_whom_they_told(nlp: Any) -> None:
    """ "X told Y in a phone call that ..." is a call of X's side with Y's: with the other side's
    minister a call of the two sides, with a third state's a call with it (no round of the sides); a
    call whose other end no side names is no meeting."""
    text = "Chile's president told Peru's president in a phone call on Monday that the border stays open."
    (m,) = find_meetings(context(nlp, text, "2031-11-04"))
    assert set(m.parties) == {"Chile", "Peru"} and m.format == "phone call"
    text = "The Chilean minister told the Brazilian minister in a phone call on Monday that Peru was wrong."
    (m,) = find_meetings(context(nlp, text, "2031-11-04"))
    assert set(m.parties) == {"Chile", "Brazil"}
    text = "The Chilean minister said in a phone call on Monday that the border stays open."
    assert find_meetings(context(nlp, text, "2031-11-04")) == []


@pytest.mark.parametrize(
    "text",
    [
        "The second round of talks between Chile and Peru over Lima's fishing quotas ended in Lima on "
        "Saturday after about four hours, with both sides describing them as positive and agreeing to meet "
        "again next week.",
        "Chilean and Peruvian negotiators wrapped up a second round of talks in Lima on Saturday, agreeing "
        "to meet again next week.",
    ],
)
def test_a_round_ended_with_a_plan_to_meet_again_is_held_and_the_plan_another(nlp: Any, text: str) -> None:
    held, announced = read_meetings(context(nlp, text, "2024-05-11"))
    (m,) = held
    assert not m.planned and m.date is not None and m.date.value == "2024-05-11"
    assert m.city == "Lima" and m.ordinal == 2
    (plan,) = announced
    assert plan.planned and plan.period is not None and plan.period.value == "2024-W20"


def test_an_accord_to_be_negotiated_is_no_meeting_agreed_beside_the_one_held(nlp: Any) -> None:
    text = (
        "Chile and Peru signed a declaration in Lima on Saturday, committing to a fishing accord to be "
        "negotiated in the coming weeks."
    )
    held, announced = read_meetings(context(nlp, text, "2024-05-11"))
    assert [m.date.value for m in held if m.date is not None] == ["2024-05-11"]
    assert announced == []


@pytest.mark.parametrize("verb", ["collapsed", "broke down"])
def test_talks_that_failed_after_days_of_talks_are_dated_by_their_first_day(nlp: Any, verb: str) -> None:
    text = f"Talks between Chile and Peru {verb} on Tuesday after three days of meetings called by mediators."
    (m,) = find_meetings(context(nlp, text, "2024-10-11"))
    assert m.date is not None and m.date.value == "2024-10-06"
    assert m.duration is not None and m.duration.value == "P3D"


def test_a_deadlock_broken_is_no_end_of_the_talks(nlp: Any) -> None:
    text = "Chile and Peru broke the deadlock on Tuesday after two days of talks in Lima."
    (m,) = find_meetings(context(nlp, text, "2024-10-11"))
    assert m.date is not None and m.date.value == "2024-10-08"


def test_a_round_begun_in_a_month_gone_by_and_ending_now_is_no_background(nlp: Any) -> None:
    text = (
        "The accord was signed on Sunday by Juan Perez for the government and Ana Lopez for the Andean "
        "Liberation Front, at the end of a fourth round of talks that resumed in the Peruvian capital at the "
        "end of August."
    )
    (m,) = find_meetings(context(nlp, text, "2024-09-16", dateline="LIMA"))
    assert not m.planned
    assert m.date is not None and m.date.value == "2024-09-15"
    assert m.ordinal == 4
    # the round the news ends, begun in a clause on it, whatever the sentence's day
    undated = text.replace(" on Sunday", "")
    (m,) = find_meetings(context(nlp, undated, "2024-09-16", dateline="LIMA"))
    assert not m.planned and m.ordinal == 4
    assert {h.actor.name for h in m.heads} == {"Juan Perez", "Ana Lopez"}
    # a round that only began or was held in a month gone by is still background
    gone = "The fourth round of talks resumed in the Peruvian capital at the end of August."
    assert find_meetings(context(nlp, gone, "2024-09-16", dateline="LIMA")) == []


def test_a_weekend_meeting_is_dated_by_the_weekend_not_by_the_day_of_the_verb_above(nlp: Any) -> None:
    text = (
        "The peso fell against the dollar on Monday as the ministers appeared unfazed by its decline at a "
        "weekend meeting, dealers said."
    )
    (m,) = find_meetings(context(nlp, text, "2024-06-17"))
    assert m.date is not None and m.date.value == "2024-06-15"
