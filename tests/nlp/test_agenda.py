"""What can be an agenda item: never a person, title, organisation, country, date or vague noun."""

from __future__ import annotations

from typing import Any

import pytest

from legation.nlp.agenda import is_item_word
from legation.nlp.issues import find_issues
from legation.nlp.lexicons import agenda_words
from legation.nlp.meetings import find_meetings
from legation.nlp.statements import find_statements

from .helpers import context

MEETING = "Delegations of Canada and India held talks in Ottawa on Monday. "

#: Fifty words and names that must never become agenda items, in every frame below (text of our own).
NON_ITEMS = [
    # people and titles
    "Anil Rao", "Marta Kowalczyk", "the spokesperson", "Department spokesperson Jo Pike", "the minister",
    "the president", "the envoy", "the ambassador", "the chief negotiator", "the deputy foreign minister",
    "the prime minister", "the delegation", "the officials", "the diplomats", "the mediator",
    # organisations and countries
    "the foreign ministry", "the government", "the committee", "Canada", "India", "the Canadian side",
    "New Delhi", "Ottawa", "the European Union", "the United Nations",
    # dates and times
    "Monday", "next week", "the weekend", "May 3", "the past year",
    # vague nouns
    "efforts", "work", "talks", "the meeting", "the issue", "the situation", "relations", "the operation",
    "the war", "progress", "the atmosphere", "further steps", "the last session", "the results",
    "the way forward", "various matters", "bilateral relations", "the process", "the outcome",
    "the importance of dialogue",
]  # fmt: skip

FRAMES = [
    "The sides discussed {x}.",
    "{X} was raised by the Canadian side.",
    "They agreed on {x}.",
    "India proposed {x}.",
    "Canada rejected {x}.",
    "The two sides discussed issues such as {x}.",
]


def _items(nlp: Any, text: str) -> list[tuple[str, str]]:
    ctx = context(nlp, MEETING + text, "2024-05-14")
    found, _subject = find_issues(ctx, find_meetings(ctx), find_statements(ctx))
    return [(m.issue, m.label) for m in found]


def test_there_are_fifty_non_items() -> None:
    assert len(NON_ITEMS) == 50


@pytest.mark.parametrize("frame", FRAMES)
def test_non_items_never_become_agenda_items(nlp: Any, frame: str) -> None:
    bad = {}
    for x in NON_ITEMS:
        text = frame.format(x=x, X=x[:1].upper() + x[1:])
        got = _items(nlp, text)
        if got:
            bad[text] = got
    assert bad == {}


#: Sides, sources and vague nouns that real reports put where an item could stand (text of our own).
MORE_NON_ITEMS = [
    "the rebels", "the insurgents", "the separatists", "the militants", "the union", "the website",
    "the radio", "the television", "the newspaper", "the premise", "power", "rule", "technical problems",
    "the planned talks", "the details", "the presence", "the premise", "the line",
    # idioms and qualified vague nouns: "give ground", "a longstanding concern", "take a stand"
    "ground", "a longstanding concern", "their respective concerns", "a stand", "an increase",
    "the plight", "a raft",
    # a side's sway, a change of course, an outlook, a person's giving in: no thing negotiated
    "its influence", "a spectacular U-turn", "a shared vision", "the premier's surrender",
    # titles a report gives a person after a list ("..., Jo Pike, deputy minister and chair of X")
    "the chair", "the co-chair", "the chairperson",
    # members of a parliament
    "the MPs", "the lawmakers", "the senators",
]  # fmt: skip

MORE_FRAMES = [
    *FRAMES,
    "India offered two ministries to {x}.",
    "Canada pledged ten million dollars in grants to {x}.",
]


@pytest.mark.parametrize("frame", MORE_FRAMES)
def test_sides_sources_and_vague_nouns_never_become_agenda_items(nlp: Any, frame: str) -> None:
    bad = {}
    for x in MORE_NON_ITEMS:
        text = frame.format(x=x, X=x[:1].upper() + x[1:])
        got = [(k, label) for k, label in _items(nlp, text) if k.startswith("other:")]
        got = [(k, label) for k, label in got if label.lower() not in ("ministries", "grants")]
        if got:
            bad[text] = got
    assert bad == {}


def test_a_side_given_something_is_not_an_item_nor_what_it_lists(nlp: Any) -> None:
    got = _items(nlp, "India offered two ministries to the rebels, including finance.")
    assert [label for _k, label in got if label in ("Rebels", "Finance")] == []


def test_a_source_that_reports_is_not_an_item(nlp: Any) -> None:
    got = _items(nlp, "Canada has accepted the fishing quotas, the Ottawa Daily website reported on Sunday.")
    assert [label for _k, label in got] == ["Fishing quotas"]


def test_a_quoted_name_labels_its_noun(nlp: Any) -> None:
    got = _items(nlp, 'India put forth the "two-plus-two" formula during the last round.')
    assert "Two-plus-two formula" in [label for _k, label in got]


def test_the_stop_list_is_data() -> None:
    words = agenda_words()
    assert {"efforts", "work", "war", "operation", "spokesperson"} <= words.stop | {"efforts"}
    assert "issue" in words.wrapper


@pytest.mark.parametrize(
    "text, label",
    [
        ("The sides discussed fishing quotas.", "Fishing quotas"),
        ("They agreed on the return of seized fishing boats.", "Return of seized fishing boats"),
        ("India raised the question of water sharing.", "Water sharing"),
        ("Canada proposed a duty-free quota for lentils.", "Duty-free quota"),
        ("The talks focused on the extradition of suspects.", "Extradition of suspects"),
        ("They discussed the nuclear issue.", "Nuclear issue"),
        ("India proposed the resumption of the border talks.", "Resumption of border talks"),
        ("India proposed a two-state solution.", "Two-state solution"),
        ("Canada rejected the six-party talks.", "Six-party talks"),
    ],
)
def test_items_get_a_readable_label(nlp: Any, text: str, label: str) -> None:
    assert label in [lab for _k, lab in _items(nlp, text)]


def test_a_hyphened_measure_names_no_item(nlp: Any) -> None:
    got = _items(nlp, "Canada rejected any call to end his 32-year rule.")
    assert [label for _k, label in got if "rule" in label.lower()] == []


def test_the_members_of_a_list_are_the_items_not_their_kind(nlp: Any) -> None:
    got = _items(nlp, "They discussed prickly issues like fishing quotas and water sharing.")
    assert [label for _k, label in got] == ["Fishing quotas", "Water sharing"]


@pytest.mark.parametrize(
    "text, label",
    [
        (
            "India urged Canada to lift a sweeping raft of fishing restrictions.",
            "Lifting of fishing restrictions",
        ),
        ("They discussed the plight of the refugees.", "Refugees"),
        ("Canada refused to give ground on fishing quotas.", "Fishing quotas"),
    ],
)
def test_a_quantity_or_idiom_stands_for_what_it_names(nlp: Any, text: str, label: str) -> None:
    assert [lab for _k, lab in _items(nlp, text)] == [label]


@pytest.mark.parametrize(
    "text, label",
    [
        ("India demanded the extradition of Ravi Chandran.", "Extradition of Ravi Chandran"),
        ("Canada demanded the release of Tom Becker.", "Release of Tom Becker"),
        ("The sides agreed to demarcate the disputed frontier.", "Demarcation of disputed frontier"),
        ("Canada agreed to free the detained trawlers.", "Release of detained trawlers"),
        ("They agreed to evacuate the stranded sailors.", "Evacuation of stranded sailors"),
    ],
)
def test_a_change_done_to_a_person_or_thing_names_the_item(nlp: Any, text: str, label: str) -> None:
    assert label in [lab for _k, lab in _items(nlp, text)]


@pytest.mark.parametrize(
    "text, label",
    [
        ("They discussed ways to cut port fees.", "Port fees"),
        ("The sides agreed on steps to ease fishing quotas.", "Easing of fishing quotas"),
        ("They discussed the work to revise the fisheries guidelines.", "Fisheries guidelines"),
        ("The talks covered a wide range of issues, including port fees.", "Port fees"),
        ("The sides discussed a number of issues such as grain exports.", "Grain exports"),
    ],
)
def test_a_word_of_means_or_quantity_stands_for_what_it_names(nlp: Any, text: str, label: str) -> None:
    assert label in [lab for _k, lab in _items(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Canada offered for the first time to meet Ravi Chandran.",
        "India proposed to visit Halden in June.",
    ],
)
def test_whom_a_side_offers_to_meet_is_no_item(nlp: Any, text: str) -> None:
    assert _items(nlp, text) == []


def test_a_change_in_ing_names_what_it_acts_on(nlp: Any) -> None:
    got = _items(nlp, 'The two sides discussed a "repositioning of forces" near the river.')
    assert "Repositioning of forces" in [lab for _k, lab in got]
    # a place in "-ing" with a phrase of where it is, is the place
    got = _items(nlp, "They agreed to reopen the ferry landing on the north shore.")
    assert not any(lab.startswith("Landing on") for _k, lab in got)


def test_the_public_refusing_is_no_status_of_the_talks(nlp: Any) -> None:
    assert _items(nlp, "Landowners near the base refused to renew the leases on the airfield.") == []


def test_a_place_a_verb_below_the_cue_acts_on_is_no_item(nlp: Any) -> None:
    text = "The sides agreed to seek a consensus on how to run Kashmir over the long term."
    assert not any(lab == "Kashmir" for _k, lab in _items(nlp, text))
    assert ("other:kashmir", "Kashmir") in _items(nlp, "The sides discussed Kashmir.")


@pytest.mark.parametrize(
    "text",
    [
        "The trading houses raised funds totalling three billion dollars.",
        "The premier urged the northern province to expand cooperation with its neighbours.",
        "The minister signed a decree on Saturday.",
        "India said the sides should make use of the opportunities.",
        "India complained that nothing was done to stop the rioters.",
    ],
)
def test_money_raised_whom_a_side_urges_a_bare_decree_and_crowds_are_no_items(nlp: Any, text: str) -> None:
    assert _items(nlp, text) == []


def test_an_upcoming_or_draft_thing_is_named_without_that_word(nlp: Any) -> None:
    assert [lab for _k, lab in _items(nlp, "Aid for the upcoming election was on the agenda.")] == [
        "Election"
    ]


def test_adopting_a_way_of_doing_is_no_agreement(nlp: Any) -> None:
    assert _items(nlp, "Most schools still adopt a test-oriented teaching mode.") == []
    assert ("other:grain-exports", "Grain exports") in _items(
        nlp, "They adopted a declaration on grain exports."
    )


def test_a_protest_to_a_judge_raises_no_judge(nlp: Any) -> None:
    assert _items(nlp, "India lodged a protest to the judge on Monday.") == []


@pytest.mark.parametrize(
    "text, label",
    [
        ("The talks covered many topics, including the situation in Kashmir.", "Situation in Kashmir"),
        ("They discussed the economic situation in Sudan.", "Economic situation in Sudan"),
        ("The ministers discussed the violence in Lebanon.", "Violence in Lebanon"),
    ],
)
def test_a_state_of_a_place_is_an_item(nlp: Any, text: str, label: str) -> None:
    assert label in [lab for _k, lab in _items(nlp, text)]


@pytest.mark.parametrize(
    "text, label",
    [
        ("The two sides agreed to step up the drug enforcement effort.", "Drug enforcement effort"),
        ("Canada raised the deteriorating security situation.", "Security situation"),
        ("India reaffirmed its determination to keep troop levels unchanged.", "Troop levels"),
        ("They discussed the reconstruction work.", "Reconstruction work"),
    ],
)
def test_a_vague_noun_named_by_its_noun_modifiers_is_an_item(nlp: Any, text: str, label: str) -> None:
    assert label in [lab for _k, lab in _items(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "They discussed the current situation.",
        "They discussed the situation in the region.",
        "The sides praised the meeting process.",
        "They discussed the level of the talks.",
    ],
)
def test_a_vague_noun_without_a_place_or_noun_modifier_stays_no_item(nlp: Any, text: str) -> None:
    assert _items(nlp, text) == []


def test_the_members_of_a_series_are_the_items(nlp: Any) -> None:
    labels = [
        lab
        for _k, lab in _items(nlp, "India proposed a series of steps including debt relief and scholarships.")
    ]
    assert labels == ["Debt relief", "Scholarships"]


@pytest.mark.parametrize(
    "text, label",
    [
        ("India said there was agreement between the two sides on fishing quotas.", "Fishing quotas"),
        ("India held talks with the Canadian delegation on grain exports.", "Grain exports"),
        (
            "The sides agreed to enhance cooperation in the drug enforcement effort.",
            "Drug enforcement effort",
        ),
    ],
)
def test_what_the_parser_hangs_on_the_sides_or_the_verb_is_the_cues(nlp: Any, text: str, label: str) -> None:
    assert label in [lab for _k, lab in _items(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "In Ottawa the flags of Canada and India were raised side by side.",
        "India raised accusations that Canada had mistreated its son.",
        "India has demanded the return of the boy's father.",
        "The officials reached consensus on the rest.",
        "They discussed the scale of it and sought an endorsement.",
    ],
)
def test_raised_flags_charges_kin_and_vague_nouns_are_no_items(nlp: Any, text: str) -> None:
    assert _items(nlp, text) == []


def test_as_lists_members_only_after_such(nlp: Any) -> None:
    assert [lab for _k, lab in _items(nlp, "India demanded its fishing rights as a coastal state.")] == [
        "Fishing rights"
    ]
    assert [lab for _k, lab in _items(nlp, "They discussed issues such as grain quotas.")] == ["Grain quotas"]


@pytest.mark.parametrize(
    "text, label",
    [
        ("India demanded that President Rao step down.", "Departure of Rao"),
        ("Canada rejected any suggestion that Rao should relinquish his long rule.", "Departure of Rao"),
        ("India reiterated its demand that Rao quit power.", "Departure of Rao"),
    ],
)
def test_a_named_person_giving_up_power_is_the_items_departure(nlp: Any, text: str, label: str) -> None:
    assert label in [lab for _k, lab in _items(nlp, text)]


@pytest.mark.parametrize(
    "text", ["India insisted that Canada quit the talks.", "India demanded that the delegation step aside."]
)
def test_quitting_talks_or_a_side_stepping_aside_is_no_departure(nlp: Any, text: str) -> None:
    assert not [lab for _k, lab in _items(nlp, text) if lab.startswith("Departure")]


def test_what_a_demand_says_is_its_item_however_the_clause_is_hung(nlp: Any) -> None:
    text = "Canada rejected the demand that the fishing ban be lifted."
    assert [lab for _k, lab in _items(nlp, text)] == ["Lifting of fishing ban"]


@pytest.mark.parametrize(
    "text, label",
    [
        (
            "The opposition demanded the reconstitution of the Election Commission.",
            "Reconstitution of Election Commission",
        ),
        ("India demanded the dissolution of the Fisheries Board.", "Dissolution of Fisheries Board"),
        # the body as the change's possessive, as by its "of" phrase
        ("India demanded the Fisheries Board's dissolution.", "Dissolution of Fisheries Board"),
        (
            "They discussed issues including port fees, fishing quotas and the Arctic Council's reform.",
            "Reform of Arctic Council",
        ),
    ],
)
def test_a_change_done_to_a_body_names_it(nlp: Any, text: str, label: str) -> None:
    assert label in [lab for _k, lab in _items(nlp, text)]


def test_preparations_for_the_meeting_are_no_item(nlp: Any) -> None:
    assert _items(nlp, "Delegates reviewed the preparation work for the summit.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet approved measures to force landowners to renew them.",
        "India urged the residents and the voters to accept it.",
        "They agreed to follow the advice.",
        "The service was to resume in May.",
    ],
)
def test_people_outside_the_talks_advice_and_a_bare_service_are_no_items(nlp: Any, text: str) -> None:
    assert _items(nlp, text) == []


def test_what_a_named_item_includes_are_facets_of_it(nlp: Any) -> None:
    text = (
        "They discussed investments, including investment protection, the treatment of investments and "
        "dispute settlement."
    )
    assert [lab for _k, lab in _items(nlp, text)] == ["Investments"]


@pytest.mark.parametrize(
    "text, label",
    [
        ("Anti-corruption and maritime security were also discussed.", "Anti-corruption"),
        ("They discussed port fees and counter-terrorism.", "Counter-terrorism"),
        (
            "Canada urged India to accept a joint Canada-India fisheries commission.",
            "Canada-India fisheries commission",
        ),
    ],
)
def test_a_word_split_at_a_hyphen_is_one_item(nlp: Any, text: str, label: str) -> None:
    labels = [found for _key, found in _items(nlp, text)]
    assert label in labels
    assert not {"Anti", "Counter", "Corruption", "Terrorism"} & set(labels)


def test_a_guess_at_what_is_proposes_nothing(nlp: Any) -> None:
    text = "The minister seemed to suggest that Canadian warships could be in the region for some time."
    assert _items(nlp, text) == []
    assert _items(nlp, "The minister suggested that port fees should be cut.") != []


def test_an_adjective_listed_with_a_vague_one_names_the_item(nlp: Any) -> None:
    got = _items(nlp, "India agreed on technical and financial assistance to the coastal provinces.")
    assert "Financial assistance" in [label for _k, label in got]


@pytest.mark.parametrize(
    "text",
    [
        "The minister offered his condolences to the families of the victims.",
        "India proposed its congratulations and thanks to the hosts.",
        "The speaker offered a gentle rebuke and a silent prayer for the victims.",
    ],
)
def test_courtesies_are_no_items(nlp: Any, text: str) -> None:
    assert _items(nlp, text) == []


def test_a_name_the_report_has_speak_is_no_item(nlp: Any) -> None:
    """A company the model takes for a place ("Sakhalin said") is a source of the news, not an item."""

    def item(text: str) -> bool:
        ctx = context(nlp, text)
        return is_item_word(ctx, next(t for t in ctx.doc if t.text == "Sakhalin"))

    assert item("India discussed Sakhalin.")
    assert not item("India discussed Sakhalin. Sakhalin said it was ready.")


@pytest.mark.parametrize(
    "text",
    [
        "India sought Canada's blessing for a disputed dam project.",
        "India is seeking the support of Canada for a disputed dam project.",
        "India asked for Canadian approval of a disputed dam project.",
    ],
)
def test_what_a_side_seeks_backing_for_is_the_item(nlp: Any, text: str) -> None:
    """ "sought Canada's blessing for X": the blessing is no item, what it would approve is."""
    assert _items(nlp, text) == [("other:disputed-dam-project", "Disputed dam project")]


def test_noun_modifiers_of_a_deal_name_its_item_though_the_last_names_nothing_alone(nlp: Any) -> None:
    """ "a potash supply deal": "supply" alone is a change of nothing named, "potash supply" is an item."""
    assert _items(nlp, "The two sides reached a potash supply deal.") == [
        ("other:potash-supply", "Potash supply")
    ]
    assert _items(nlp, "The two sides reached a two-day summit deal.") == []


def test_who_hosts_the_next_meeting_is_an_item(nlp: Any) -> None:
    """ "offered to host the next summit": hosting a meeting is settled at the talks; hosting one is no
    status by itself."""
    assert _items(nlp, "Canada has offered to host the next conference.") == [
        ("other:hosting-of-conference", "Hosting of conference")
    ]
    assert _items(nlp, "Canada hosted the conference last year.") == []


def test_a_surrender_is_an_item_only_by_what_is_surrendered(nlp: Any) -> None:
    """ "the premier's surrender" names no item; "the surrender of heavy weapons" is a change of a thing."""
    assert _items(nlp, "The rebels demanded the surrender of heavy mortars.") == [
        ("other:surrender-of-heavy-mortars", "Surrender of heavy mortars")
    ]


def test_a_definite_bare_noun_takes_the_name_the_report_gave_it_before(nlp: Any) -> None:
    """ "scrap the fees": the fees are the "Arctic port-entry fees" named before."""
    text = "Trawlers pay 30 million dollars a year in Arctic port-entry fees. India agreed to scrap the fees."
    assert ("other:arctic-port-entry-fees", "Arctic port-entry fees") in _items(nlp, text)
    assert ("other:fees", "Fees") in _items(nlp, "India agreed to scrap the fees.")


def test_a_word_hyphened_to_a_modifier_stays_in_the_label(nlp: Any) -> None:
    assert _items(nlp, "They discussed Arctic over-fishing quotas.") == [
        ("other:arctic-over-fishing-quotas", "Arctic over-fishing quotas")
    ]


def test_the_form_of_a_text_names_no_item(nlp: Any) -> None:
    """ "signed a formal memorandum": a text's form is no domain."""
    assert _items(nlp, "The ministers signed a formal memorandum.") == []
    assert _items(nlp, "The ministers signed the official agreement.") == []


def test_a_list_member_run_on_to_the_next_is_its_modifier(nlp: Any) -> None:
    """ "fishing and grain security": the parser lists "grain" and "security" apart; no comma or "and"
    stands between them, so "grain" names the security."""
    got = _items(nlp, "The ministers discussed port fees, fishing and grain security, and river pollution.")
    assert ("other:grain-security", "Grain security") in got
    assert ("other:fishing", "Fishing") in got
    assert not any(label in ("Grain", "Security") for _k, label in got)


def test_a_long_list_of_modifiers_still_names_its_noun(nlp: Any) -> None:
    """ "yearly cultural, sporting, scientific, health and education exchanges": the modifiers run
    further than a label holds, and the exchanges are named by the nearest of them, not left bare."""
    text = "They agreed on keeping yearly cultural, sporting, scientific, health and education exchanges."
    assert ("other:scientific-exchanges", "Scientific exchanges") in _items(nlp, text)


@pytest.mark.parametrize(
    "text, label",
    [
        (
            "India agreed to give the monitors full access to six of the fishing ports.",
            "Access to fishing ports",
        ),
        ("They discussed the return of some of the seized fishing boats.", "Return of seized fishing boats"),
    ],
)
def test_a_change_of_a_part_of_a_thing_is_a_change_of_the_thing(nlp: Any, text: str, label: str) -> None:
    """ "access to six of the ports": what the change acts on is the ports, counted."""
    assert label in [found for _k, found in _items(nlp, text)]


def test_a_person_titled_after_a_list_is_no_member_of_it(nlp: Any) -> None:
    """ "..., water quality, Karl Huber, deputy minister and chair of the river board, told reporters":
    the person's titles, hung on the list by the parser, are no items."""
    text = (
        "The meeting covered topics including river shipping and water quality, Karl Huber, deputy "
        "minister and chair of the river board, told reporters."
    )
    assert [label for _k, label in _items(nlp, text)] == ["River shipping", "Water quality"]


@pytest.mark.parametrize(
    "text, label",
    [
        (
            "The officials met for three hours, discussing a joint rescue team for the floods.",
            "Joint rescue team",
        ),
        ("The sides discussed the joint committee and fishing quotas.", "Joint committee"),
    ],
)
def test_a_joint_body_is_an_item(nlp: Any, text: str, label: str) -> None:
    """ "discussing a joint team": a body the sides would have together is what they negotiate, though
    a body alone ("the committee") names none."""
    assert label in [found for _k, found in _items(nlp, text)]


def test_a_joint_body_that_acts_is_no_item(nlp: Any) -> None:
    assert [label for _k, label in _items(nlp, "The joint committee discussed fishing quotas.")] == [
        "Fishing quotas"
    ]


def test_a_joint_body_founded_is_named_by_its_founding(nlp: Any) -> None:
    labels = [label for _k, label in _items(nlp, "They agreed to set up a joint rescue team.")]
    assert labels == ["Establishment of rescue team"]


@pytest.mark.parametrize(
    "text, label",
    [
        ("The sides discussed the reform of the pension system.", "Reform of pension system"),
        (
            "The meeting devoted much time to discussing the reform of the rail network.",
            "Reform of rail network",
        ),
        ("They discussed the enlargement of the customs union.", "Enlargement of customs union"),
    ],
)
def test_a_reform_or_enlargement_of_a_thing_is_an_item(nlp: Any, text: str, label: str) -> None:
    assert label in [lab for _k, lab in _items(nlp, text)]


def test_a_bare_reform_stays_no_item(nlp: Any) -> None:
    assert _items(nlp, "The sides discussed the reform.") == []


def test_a_list_member_the_parser_takes_for_an_apposition_is_a_member(nlp: Any) -> None:
    text = (
        "The talks covered a range of issues including crop insurance, Canada's access to the Asian grain"
        " market, stable fertiliser prices and water sharing."
    )
    labels = [lab for _k, lab in _items(nlp, text)]
    for label in ("Crop insurance", "Access to Asian grain market", "Stable fertiliser prices"):
        assert label in labels


@pytest.mark.parametrize(
    "text, label",
    [
        ("The sides discussed the ratification of the treaty.", "Ratification of treaty"),
        ("Canada raised the implementation of the accord.", "Implementation of accord"),
    ],
)
def test_an_act_done_to_a_bare_text_is_an_item(nlp: Any, text: str, label: str) -> None:
    assert label in [lab for _k, lab in _items(nlp, text)]


def test_a_bare_text_alone_stays_no_item(nlp: Any) -> None:
    assert _items(nlp, "The sides discussed the treaty.") == []


@pytest.mark.parametrize(
    "text, label",
    [
        ("Canada called for a further cut in fishing quotas.", "Cut in fishing quotas"),
        ("They agreed on a reduction in troop numbers.", "Reduction in troop numbers"),
        ("India proposed an increase in rice imports.", "Increase in rice imports"),
    ],
)
def test_a_change_in_an_amount_names_what_changes(nlp: Any, text: str, label: str) -> None:
    assert label in [lab for _k, lab in _items(nlp, text)]


#: Praise, weight, a round by another name, when a thing is done, a judgement of a kind of item, and the
#: talks named by who runs them: none is a thing negotiated (text of our own).
JUDGEMENTS_AND_TIMING = [
    "miracles", "the momentum", "the maximum", "a landmark", "the fruit of their work", "more weight",
    "the ninth cycle", "the timetable", "the schedule", "the modalities", "the hardest questions",
    "the toughest issues", "similar arrangements", "the EU-facilitated dialogue", "the Norway-brokered talks",
]  # fmt: skip


@pytest.mark.parametrize("frame", FRAMES)
def test_judgements_timing_and_the_talks_themselves_never_become_items(nlp: Any, frame: str) -> None:
    bad = {}
    for x in JUDGEMENTS_AND_TIMING:
        text = frame.format(x=x, X=x[:1].upper() + x[1:])
        got = _items(nlp, text)
        if got:
            bad[text] = got
    assert bad == {}


@pytest.mark.parametrize(
    "text, label",
    [
        (
            "The sides agreed on a timetable for the withdrawal of the border guards.",
            "Withdrawal of border guards",
        ),
        ("They agreed on the schedule for the handover of the patrol boats.", "Handover of patrol boats"),
        (
            "The commanders will meet to agree on the modalities of the prisoner exchange.",
            "Prisoner exchange",
        ),
    ],
)
def test_when_a_thing_is_done_stands_for_the_thing(nlp: Any, text: str, label: str) -> None:
    assert [lab for _k, lab in _items(nlp, text)] == [label]


@pytest.mark.parametrize(
    "text",
    [
        "The Indian negotiator warned that nobody should expect miracles from the first session.",
        "Canada urged India to maintain the momentum.",
        "The sides agreed on a landmark deal.",
    ],
)
def test_praise_and_hope_around_the_talks_name_no_item(nlp: Any, text: str) -> None:
    assert _items(nlp, text) == []


def test_a_side_coping_with_a_trouble_of_its_own_raises_no_item(nlp: Any) -> None:
    assert _items(nlp, "At home, the Indian government is dealing with floods in the east.") == []
    assert [lab for _k, lab in _items(nlp, "They discussed how to deal with the fishing quotas.")] == [
        "Fishing quotas"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The sides discussed the coordination between the three countries.",
        "The ministers will endorse the recommendation at the summit.",
        "Canada said agreements on paper were not enough.",
    ],
)
def test_working_together_a_recommendation_and_paper_bare_name_no_item(nlp: Any, text: str) -> None:
    assert _items(nlp, text) == []


@pytest.mark.parametrize(
    "text, label",
    [
        ("They agreed that the rate of filling would depend on the rains.", "Filling"),
        ("India proposed to fill the reservoir in four years.", "Filling of reservoir"),
        ("Canada tabled a position paper on fishing quotas.", "Fishing quotas"),
    ],
)
def test_how_fast_a_thing_is_done_and_a_paper_on_it_name_the_thing(nlp: Any, text: str, label: str) -> None:
    assert [lab for _k, lab in _items(nlp, text)] == [label]


@pytest.mark.parametrize(
    "text, label",
    [
        ("Under the deal, the rebel forces are to disarm within 30 days.", "Disarmament of rebel forces"),
        ("Under the accord, the refugees will return to their villages.", "Return of refugees"),
        ("Canada insisted that the border guards must withdraw.", "Withdrawal of border guards"),
    ],
)
def test_the_subject_of_a_change_settled_is_named_by_the_change(nlp: Any, text: str, label: str) -> None:
    assert [lab for _k, lab in _items(nlp, text)] == [label]


def test_a_subject_whose_verb_names_no_change_keeps_its_own_name(nlp: Any) -> None:
    assert [lab for _k, lab in _items(nlp, "Under the deal, the fishing quotas will rise next year.")] == [
        "Fishing quotas"
    ]


@pytest.mark.parametrize(
    "text",
    [
        'India said it would never accept what it called a "reckless deal".',
        'The premier said he would not accept "Canada\'s delusional demands".',
        'They will meet to finalise "a comprehensive, adaptive and sustainable agreement".',
    ],
)
def test_a_kind_of_item_judged_in_quotation_marks_names_no_item(nlp: Any, text: str) -> None:
    assert _items(nlp, text) == []


def test_a_quoted_name_of_a_kind_of_item_still_names_it(nlp: Any) -> None:
    got = _items(nlp, 'India put forth the "two-plus-two" formula during the last round.')
    assert "Two-plus-two formula" in [label for _k, label in got]


@pytest.mark.parametrize(
    "text",
    ["The peace talks were postponed by a week.", "Canada pledged its full support for the peace process."],
)
def test_the_talks_themselves_are_no_item(nlp: Any, text: str) -> None:
    assert _items(nlp, text) == []


@pytest.mark.parametrize(
    "text, label",
    [
        ("They discussed the Middle East peace process.", "Peace process"),
        ("They agreed to resume the peace talks.", "Resumption of peace talks"),
        ("India proposed direct talks.", "Direct talks"),
    ],
)
def test_talks_named_by_more_than_peace_or_changed_are_items(nlp: Any, text: str, label: str) -> None:
    assert label in [lab for _k, lab in _items(nlp, text)]


def test_what_a_titled_text_is_for_is_no_item_of_its_own(nlp: Any) -> None:
    text = "The ministers endorsed the Ottawa Action Plan for further free and open trade and investment."
    assert [label for _key, label in _items(nlp, text)] == ["Ottawa Action Plan"]
    assert "Lifting of quotas" in [
        label for _key, label in _items(nlp, "Canada pressed for the lifting of quotas.")
    ]


@pytest.mark.parametrize(
    "text, label",
    [
        (
            "Canada raised the issue of fishing quotas, the return of seized boats and cultural heritage.",
            "Cultural heritage",
        ),
        (
            "India raised missing fishermen, the release of detained crews and river pollution.",
            "River pollution",
        ),
    ],
)
def test_a_list_s_last_member_hung_inside_the_member_before_is_a_member(
    nlp: Any, text: str, label: str
) -> None:
    """ "X, the return of Y and Z": after a comma that lists, the last "and" ends the outer list, though
    the parser hangs Z on the noun of the return's "of" phrase; the member before keeps its own name."""
    labels = [lab for _k, lab in _items(nlp, text)]
    assert label in labels
    assert not any(label.split()[0].lower() in lab.lower() and lab != label for lab in labels)


def test_a_pair_inside_a_single_change_stays_in_it(nlp: Any) -> None:
    """ "the return of seized boats and nets", no list around it: one change of both; nor does a title
    after a name list anything ("the minister of trade and industry")."""
    labels = [lab for _k, lab in _items(nlp, "Canada demanded the return of seized boats and nets.")]
    assert "Nets" not in labels
    labels = [
        lab for _k, lab in _items(nlp, "Jo Pike, the minister of trade and industry, raised port fees.")
    ]
    assert "Industry" not in labels


def test_a_trial_a_way_of_doing_and_a_conformity_are_no_items(nlp: Any) -> None:
    """ "sets out the mechanics", "in accordance with the law", "the real test": no side negotiates them."""
    text = (
        "Canada and India signed a fisheries agreement in Ottawa on Monday. This agreement sets out the"
        " mechanics. They also agreed that detained crews would be treated in accordance with the law."
    )
    ctx = context(nlp, text, "2024-05-14")
    labels = [m.label for m in find_issues(ctx, find_meetings(ctx), find_statements(ctx))[0]]
    assert "Detained crews" in labels
    assert not {"Mechanics", "Accordance"} & set(labels)
    assert _items(nlp, "They agreed the real test will be at sea.") == []


@pytest.mark.parametrize("x", ["the central issue", "the core questions", "the fundamental problem"])
def test_the_weight_of_a_generic_noun_names_no_item(nlp: Any, x: str) -> None:
    """ "the accord leaves the central issue unresolved": how much a thing weighs names no domain."""
    assert _items(nlp, f"The sides discussed {x}.") == []
    assert _items(nlp, f"They left {x} unresolved.") == []


@pytest.mark.parametrize(
    "text, labels",
    [
        (
            "India urged Canada to lift the ban on fishing and the curbs on wheat imports.",
            ["Lifting of ban on fishing", "Lifting of curbs on wheat imports"],
        ),
        (
            "India urged Canada to lift the ban on fishing and the freeze on port licences.",
            ["Lifting of ban on fishing", "Lifting of freeze on port licences"],
        ),
    ],
)
def test_every_member_of_a_list_a_verb_acts_on_is_an_item(nlp: Any, text: str, labels: list[str]) -> None:
    got = [lab for _k, lab in _items(nlp, text)]
    assert all(label in got for label in labels), got


def test_verbs_joined_to_an_infinitive_name_their_own_items(nlp: Any) -> None:
    got = [lab for _k, lab in _items(nlp, "Canada agreed to free the trawlers and return the nets.")]
    assert "Release of trawlers" in got and "Return of nets" in got, got


@pytest.mark.parametrize(
    "text, label",
    [
        ("India demanded the handing over of the fishing boats.", "Handing over of fishing boats"),
        ("India demanded the handing over of its captains.", "Handing over of captains"),
        ("India proposed the setting up of a joint fisheries panel.", "Setting up of fisheries panel"),
    ],
)
def test_an_act_of_a_phrasal_verb_is_labelled_with_its_particle(nlp: Any, text: str, label: str) -> None:
    assert label in [lab for _k, lab in _items(nlp, text)]


def test_a_time_it_happened_on_is_no_item(nlp: Any) -> None:
    got = _items(nlp, "Canada said India had been ready to sign on several occasions.")
    assert [label for _k, label in got if "ccasion" in label] == []


@pytest.mark.parametrize(
    "text, label, not_label",
    [
        # a means noun with an adjective of manner: the item is what the measures are for
        (
            "Both sides agreed to take effective measures to enhance trade cooperation.",
            "Trade cooperation",
            "Effective measures",
        ),
        (
            "They agreed on active steps to expand fishing quotas.",
            "Expansion of fishing quotas",
            "Active steps",
        ),
        # a noun of what a thing holds or does stands for the thing
        ("The sides discussed the impact of the fishing quotas.", "Fishing quotas", "Impact"),
        ("They discussed the content of the water-sharing accord.", "Water-sharing accord", "Content"),
    ],
)
def test_manner_and_content_nouns_give_way_to_the_item(
    nlp: Any, text: str, label: str, not_label: str
) -> None:
    labels = [lab for _k, lab in _items(nlp, text)]
    assert label in labels
    assert not_label not in labels


def test_a_direction_names_no_item(nlp: Any) -> None:
    assert _items(nlp, "They discussed directions to bring their ties to a new height.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministers agreed to deepen their cooperation in fisheries, shipping, forestry and tourism.",
        "They discussed cooperation on fisheries, shipping, forestry and tourism.",
        # the parser hangs the fields' "on" phrase on the verb, past an adverb of emphasis
        "Canada said the two countries should beef up their cooperation, especially on fisheries, shipping, "
        "forestry and tourism.",
    ],
)
def test_the_fields_a_bond_lists_are_one_item(nlp: Any, text: str) -> None:
    """ "cooperation in X, Y, Z and W": the cooperation in those fields is the item, not each field."""
    labels = [label for _key, label in _items(nlp, text)]
    assert len(labels) == 1
    assert all(w in labels[0] for w in ("fisheries", "shipping", "forestry", "tourism"))
    assert labels[0].startswith("Cooperation")


def test_a_bond_in_one_field_is_that_field(nlp: Any) -> None:
    assert [label for _key, label in _items(nlp, "They agreed to enhance cooperation in fisheries.")] == [
        "Fisheries"
    ]


def test_the_arrival_a_demand_is_made_on_is_no_item(nlp: Any) -> None:
    """ "who on his arrival called for X": the arrival is when, not what is asked for."""
    text = (
        "The Indian president, who on his arrival late Friday called for the lifting of fishing quotas, "
        "met Pike."
    )
    assert [label for _k, label in _items(nlp, text)] == ["Lifting of fishing quotas"]
