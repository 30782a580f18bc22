"""Issues and their status, taxonomy and fallback, from hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from legation.model import IssueMention
from legation.nlp.issues import find_issues
from legation.nlp.issues.grammar import SETTLING
from legation.nlp.meetings import find_meetings, read_meetings
from legation.nlp.statements import find_statements

from .helpers import context

MEETING = "Delegations of Canada and India held talks in Ottawa on Monday. "


def _issues(nlp: Any, text: str) -> list[tuple[str, str, str | None]]:
    ctx = context(nlp, MEETING + text, "2024-05-14")
    meetings = find_meetings(ctx)
    found, _subject = find_issues(ctx, meetings, find_statements(ctx))
    return [(m.issue, m.status, m.raised_by) for m in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Visa restrictions on diplomats were discussed.", ("visas", "discussed", None)),
        ("India raised the issue of its diplomatic property in Canada.", ("property", "raised", "India")),
        (
            "Canada proposed resuming direct flights between the two countries.",
            ("flights", "proposed", "Canada"),
        ),
        (
            "The sides signed a memorandum on the return of seized diplomatic premises.",
            ("property", "formalised", None),
        ),
        (
            "They agreed to draw up a roadmap for restoring embassy staffing levels.",
            ("conditions", "roadmap", None),
        ),
    ],
)
def test_taxonomy_issue_status(nlp: Any, text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _issues(nlp, text)


def test_fallback_surfaces_items_outside_the_taxonomy(nlp: Any) -> None:
    got = _issues(nlp, "India raised the issue of fishing quotas.")
    assert ("other:fishing-quotas", "raised", "India") in got


def test_declared_off_the_agenda_is_excluded_by_the_speaker(nlp: Any) -> None:
    got = _issues(nlp, "“Kashmir is not on the agenda,” Indian spokesperson Anil Rao said.")
    assert ("other:kashmir", "excluded", "India") in got


def test_continuation_sentence_inherits_the_status(nlp: Any) -> None:
    text = "The sides signed an agreement. These arrangements cover visa processing for diplomats."
    assert ("visas", "formalised", None) in _issues(nlp, text)


def test_mention_without_a_status_cue_is_not_an_issue_status(nlp: Any) -> None:
    assert _issues(nlp, "Visa queues in Ottawa are long.") == []


def test_a_negated_cue_gives_no_status(nlp: Any) -> None:
    got = _issues(nlp, "The two sides failed to agree on a ceasefire.")
    assert not any(issue == "ceasefire" and status == "agreed" for issue, status, _r in got)


def _mentions(nlp: Any, text: str) -> list[IssueMention]:
    """The issue mentions of a whole text of our own (no meeting sentence put before it)."""
    ctx = context(nlp, text, "2024-05-14")
    return find_issues(ctx, find_meetings(ctx), find_statements(ctx))[0]


def _rows(nlp: Any, text: str, anchor: str = "2024-05-14") -> list[tuple[str, str, str | None]]:
    ctx = context(nlp, MEETING + text, anchor)
    found, _subject = find_issues(ctx, find_meetings(ctx), find_statements(ctx))
    return [(m.label, m.status, m.raised_by) for m in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The sides agreed to continue work on fishing quotas.", ("Fishing quotas", "discussed", None)),
        ("The two countries exchanged notes on the reopening of consulates.",
         ("Reopening of consulates", "formalised", None)),
        ("They agreed a roadmap for the normalisation of grain trade.",
         ("Normalisation of grain trade", "roadmap", None)),
        ("The question of fishing quotas was raised.", ("Fishing quotas", "raised", None)),
        ("India raised the issue of fishing quotas.", ("Fishing quotas", "raised", "India")),
        ("On the agenda were energy cooperation and water sharing.", ("Water sharing", "discussed", None)),
        ("Canada rejected an Indian proposal for joint naval patrols.",
         ("Naval patrols", "rejected", "Canada")),
        ("India insisted that the fishing restrictions must be lifted.",
         ("Lifting of fishing restrictions", "raised", "India")),
    ],
)  # fmt: skip
def test_misses_of_real_reports_are_read(nlp: Any, text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _rows(nlp, text)


def test_the_sides_discussed_a_list(nlp: Any) -> None:
    got = _rows(nlp, "The sides discussed water sharing, fishing rights and energy supplies.")
    assert {label for label, status, _r in got if status == "discussed"} >= {
        "Water sharing",
        "Fishing rights",
        "Energy supplies",
    }


def test_issues_such_as_a_list(nlp: Any) -> None:
    got = _rows(nlp, "They discussed issues such as migration, fishing rights and energy supplies.")
    assert {label for label, _s, _r in got} >= {"Migration", "Fishing rights", "Energy supplies"}


@pytest.mark.parametrize(
    "text",
    [
        "The two sides failed to agree on the release of detained fishermen.",
        "They hope to agree on the release of detained fishermen.",
        "The release of detained fishermen could be agreed at the next round.",
        "There was no agreement on the release of detained fishermen.",
    ],
)
def test_negation_and_modality_make_an_agreement_a_discussion(nlp: Any, text: str) -> None:
    got = _rows(nlp, text)
    assert ("Release of detained fishermen", "discussed", None) in got
    assert not any(status == "agreed" for _l, status, _r in got)


@pytest.mark.parametrize(
    "text",
    [
        "India refused to comment on the port fees.",
        "The mediator declined to comment on the substance of the sessions.",
        "Canada declined to give details of the fishing quotas.",
    ],
)
def test_declining_to_comment_rejects_nothing(nlp: Any, text: str) -> None:
    """ "declined to comment on X": an answer kept from the press, no refusal of X."""
    assert not [row for row in _rows(nlp, text) if row[1] == "rejected"]


def test_refusing_to_discuss_still_rejects(nlp: Any) -> None:
    assert ("Fishing quotas", "rejected", "India") in _rows(nlp, "India refused to discuss fishing quotas.")


def test_a_clause_set_against_an_agreement_is_not_agreed(nlp: Any) -> None:
    """ "agreed to X, but remained far apart on Y": the cue of the first clause does not reach Y."""
    text = (
        "The sides agreed to a swap of detained fishermen, but remained far apart on the terms of a "
        "ceasefire."
    )
    got = _rows(nlp, text)
    assert not [row for row in got if row[0] == "Ceasefire" and row[1] == "agreed"]
    joined = _rows(nlp, "The sides agreed to release the fishermen and return the boats.")
    assert ("Return of boats", "agreed", None) in joined


def test_a_readiness_to_reach_a_thing_does_not_settle_it(nlp: Any) -> None:
    """ "affirmed their commitment to the deal and their readiness to reach X": X is still wanted."""
    text = (
        "The rebels affirmed their full commitment to the earlier deal and their readiness to reach a "
        "comprehensive ceasefire."
    )
    assert [status for label, status, _r in _rows(nlp, text) if label == "Ceasefire"] == ["discussed"]


@pytest.mark.parametrize(
    "text",
    [
        "Bargaining works, and this agreement is a testament to what the sides can achieve together.",
        "This deal is a milestone for both countries.",
    ],
)
def test_what_an_agreement_is_said_to_be_is_no_item(nlp: Any, text: str) -> None:
    """ "this agreement is a testament to X": a judgement of the agreement, nothing it settles."""
    assert not [label for label, _s, _r in _rows(nlp, text) if label in ("Testament", "Milestone")]


@pytest.mark.parametrize(
    "text",
    [
        "The two sides remain far apart on fishing quotas.",
        "The sides were still wide apart over fishing quotas, officials said.",
        "They agreed to free the detained crews but remained far apart on fishing quotas.",
    ],
)
def test_sides_far_apart_on_a_thing_discussed_it(nlp: Any, text: str) -> None:
    """ "remained far apart on X": X was talked over and not settled."""
    assert [status for label, status, _r in _rows(nlp, text) if label == "Fishing quotas"] == ["discussed"]


def test_a_negated_discussion_reports_nothing(nlp: Any) -> None:
    assert _rows(nlp, "The sides did not discuss the extradition of suspects.") == []


def test_a_past_round_named_by_date_is_not_the_focal_meeting(nlp: Any) -> None:
    ctx = context(nlp, MEETING + "Last month, the sides agreed on the return of fishing boats.", "2024-05-14")
    found, _subject = find_issues(ctx, find_meetings(ctx), find_statements(ctx))
    (m,) = [m for m in found if m.label == "Return of fishing boats"]
    assert m.meeting is None and m.round_date == "2024-04"


@pytest.mark.parametrize(
    "text",
    [
        "The two sides had issued a joint statement in March pledging to respect a ceasefire.",
        "The two sides announced last year that they had agreed on a ceasefire.",
    ],
)
def test_what_was_stated_in_an_earlier_month_is_of_that_time(nlp: Any, text: str) -> None:
    """ "had issued a statement in March pledging X", in a report of May: a month or year before the
    report dates what was stated then, not the report's meeting of Monday."""
    ctx = context(nlp, MEETING + text, "2024-05-14")
    found, _subject = find_issues(ctx, find_meetings(ctx), find_statements(ctx))
    assert [(m.meeting, m.round_date) for m in found if m.issue == "ceasefire"] in (
        [(None, "2024-03")],
        [(None, "2023")],
    )


def test_what_was_stated_on_a_day_stays_with_the_meeting(nlp: Any) -> None:
    """ "said on Friday that X": a day only says when a side spoke of the meeting."""
    text = "India said on Friday that it had agreed with Canada on a ceasefire."
    ctx = context(nlp, MEETING + text, "2024-05-14")
    found, _subject = find_issues(ctx, find_meetings(ctx), find_statements(ctx))
    assert [m.round_date for m in found if m.issue == "ceasefire"] == [None]


def test_a_round_named_by_ordinal_is_handed_to_fusion(nlp: Any) -> None:
    ctx = context(nlp, "At the first round, India proposed a mechanism for water sharing.", "2024-05-14")
    found, _subject = find_issues(ctx, find_meetings(ctx), find_statements(ctx))
    (m,) = [m for m in found if m.label == "Water sharing"]
    assert m.raised_by == "India"
    assert m.meeting is not None or m.round_ordinal == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The agreement says a seaport can be built in the port town.",
         ("Construction of seaport", "agreed", None)),
        ("Under the deal, Canada will also allow bus convoys between the two cities.",
         ("Bus convoys", "agreed", None)),
        ("Both sides gave their commitment to resume peace talks.",
         ("Resumption of peace talks", "agreed", None)),
        ("At the meeting, the delegation from India repeatedly raised the food crisis.",
         ("Humanitarian aid and access", "raised", "India")),
        ("Canada will urge India to agree to a coastal patrol zone.",
         ("Coastal patrol zone", "raised", "Canada")),
    ],
)  # fmt: skip
def test_what_agreements_say_and_what_is_asked(
    nlp: Any, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The mediators called for restraint and the release of detained fishermen.",
        "The UN Security Council failed to agree on the withdrawal of coastal guards.",
        "Analysts discussed the fishing quotas.",
        "Egypt, the first country to sign a fishing accord with Canada, hosted the talks.",
    ],
)
def test_third_parties_and_descriptions_give_no_status(nlp: Any, text: str) -> None:
    assert _rows(nlp, text) == []


def test_close_to_an_agreement_is_a_discussion(nlp: Any) -> None:
    got = _rows(nlp, "The two sides were very close to reaching an agreement on the fishing quotas.")
    assert ("Fishing quotas", "discussed", None) in got


def test_the_agreement_keeps_the_date_it_was_reached_on(nlp: Any) -> None:
    text = "The agreement was reached on May 2 in Delhi. The agreement says a seaport can be built."
    ctx = context(nlp, MEETING + text, "2024-05-14")
    found, _subject = find_issues(ctx, find_meetings(ctx), find_statements(ctx))
    (seaport,) = [m for m in found if m.label == "Construction of seaport"]
    dated = {m.key: m.date.value for m in find_meetings(ctx) if m.date is not None}
    assert seaport.round_date == "2024-05-02" or dated.get(seaport.meeting or "") == "2024-05-02"


def test_a_status_about_a_planned_round_goes_to_it(nlp: Any) -> None:
    text = "The next round, due in Ottawa on June 3, will discuss fishing quotas."
    ctx = context(nlp, MEETING + text, "2024-05-14")
    meetings = find_meetings(ctx)
    found, _subject = find_issues(ctx, meetings, find_statements(ctx))
    (quotas,) = [m for m in found if m.label == "Fishing quotas"]
    planned = {m.key for m in meetings if m.planned}
    assert quotas.status == "raised" and quotas.meeting in planned


def test_talks_aimed_at_an_agreement_discuss_it(nlp: Any) -> None:
    got = _rows(nlp, "The talks are aimed at hammering out an agreement on fishing quotas.")
    assert ("Fishing quotas", "discussed", None) in got


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks were aimed at securing a ceasefire.", ("ceasefire", "raised")),
        ("The talks aim to resolve the dispute over fishing rights.", ("Fishing rights", "raised")),
        ("The meeting was designed to ease tensions over fishing rights.", ("Fishing rights", "raised")),
        ("The visit is aimed at boosting trade ties.", ("Trade ties", "raised")),
    ],
)
def test_what_a_meeting_or_visit_is_aimed_at_is_raised(
    nlp: Any, text: str, expected: tuple[str, str]
) -> None:
    got = [
        (m.issue if not m.issue.startswith("other:") else m.label, m.status)
        for m in _mentions(nlp, MEETING + text)
    ]
    assert expected in got


@pytest.mark.parametrize(
    "text",
    [
        "Canada fired missiles aimed at Indian ships.",
        "Canada announced reforms aimed at cutting farm subsidies.",
    ],
)
def test_what_else_is_aimed_at_sets_no_agenda(nlp: Any, text: str) -> None:
    assert _rows(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The two countries agreed to intensify talks on fishing quotas.",
        "The two countries agreed to speed up negotiations on fishing quotas.",
    ],
)
def test_agreeing_on_talks_about_a_thing_does_not_settle_it(nlp: Any, text: str) -> None:
    assert ("Fishing quotas", "discussed", None) in _rows(nlp, text)


@pytest.mark.parametrize(
    "text, label",
    [
        (
            "Canada wants India to give up its fishing subsidies and to accept joint inspections.",
            "Inspections",
        ),
        ("Canada urged India to release the fishermen and to agree on fishing quotas.", "Fishing quotas"),
    ],
)
def test_an_act_joined_to_one_asked_for_is_asked_for_too(nlp: Any, text: str, label: str) -> None:
    got = {r[0]: r[1] for r in _rows(nlp, text)}
    assert got.get(label) == "raised"


def test_agreeing_to_resume_talks_settles_the_talks(nlp: Any) -> None:
    assert ("Resumption of peace talks", "agreed", None) in _rows(
        nlp, "The two countries agreed to resume peace talks."
    )


@pytest.mark.parametrize(
    "text",
    [
        "India rejected accusations that it violated the ceasefire.",
        "India rejected allegations of ceasefire violations.",
        "India dismissed reports that it would withdraw troops from the border.",
        "India rejected claims that it had broken the fishing agreement.",
    ],
)
def test_denying_a_charge_rejects_no_item(nlp: Any, text: str) -> None:
    assert [r for r in _rows(nlp, text) if r[1] == "rejected"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("India rejected the proposal for a ceasefire.", ("ceasefire", "rejected")),
        ("India rejected suggestions to hold a ceasefire.", ("ceasefire", "rejected")),
    ],
)
def test_rejecting_a_proposal_still_rejects_it(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(m.issue, m.status) for m in _mentions(nlp, MEETING + text)]


@pytest.mark.parametrize(
    "text",
    [
        "There has been no sign of reconciliation on the coast.",
        "Canada still refuses to honour signed fishing accords.",
    ],
)
def test_a_cue_word_used_otherwise_gives_no_status(nlp: Any, text: str) -> None:
    assert [r for r in _rows(nlp, text) if r[1] in ("formalised", "agreed", "discussed")] == []


def test_according_to_is_no_agreement(nlp: Any) -> None:
    got = _rows(nlp, "The sides discussed fishing quotas, according to the report.")
    assert ("Fishing quotas", "discussed", None) in got
    assert [r for r in got if r[1] == "agreed"] == []


def _one(nlp: Any, text: str, label: str, anchor: str = "2024-05-16") -> IssueMention:
    """The one mention labelled ``label`` in ``text`` (a report of ``anchor``)."""
    ctx = context(nlp, text, anchor)
    found, _subject = find_issues(ctx, find_meetings(ctx), find_statements(ctx))
    (m,) = [m for m in found if m.label == label]
    return m


def test_an_agreement_dated_the_day_before_the_meeting_of_the_sentence_keeps_its_date(nlp: Any) -> None:
    text = (
        "The ministers of Canada and India met in Ottawa on Wednesday. "
        "India said it was satisfied with an agreement reached on Tuesday on fishing quotas."
    )
    quotas = _one(nlp, text, "Fishing quotas")
    assert (quotas.status, quotas.meeting, quotas.round_date) == ("agreed", None, "2024-05-14")


def test_taxonomies_rank_as_the_unfiltered_patterns_rank_them() -> None:
    """Issues whose words a report lacks are left out of the counting pattern: the ranking is the same."""
    import functools
    import re
    from pathlib import Path

    from legation.nlp.context import places_in
    from legation.nlp.issues.taxonomy import ranked_taxonomies
    from legation.nlp.lexicons import taxonomies
    from legation.nlp.prefilter import fold

    def unfiltered(text: str) -> list[str]:
        scored = []
        for n, tax in enumerate(taxonomies()):
            pattern = re.compile("|".join(f"(?:{i.pattern.pattern})" for i in tax.issues), re.IGNORECASE)
            shared = [i for i in tax.issues if i.shared]
            strong = (
                re.compile("|".join(f"(?:{i.pattern.pattern})" for i in shared), re.IGNORECASE)
                if shared
                else None
            )
            hits = len(pattern.findall(text))
            scored.append(
                (-(len(strong.findall(text)) if strong else 0), -hits, -len(tax.issues), n, tax.name)
            )
        scored.sort()
        return [] if scored[0][1] == 0 else [name for *_key, name in scored]

    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "tests" / "data" / "dev").glob("*.txt"))]
    for text in [*texts, "No issue at all.", "A truce and prisoners; tariffs on steel.", "The next round."]:
        assert [t.name for t, _issues in ranked_taxonomies(text, fold(text))] == unfiltered(text)
        # with the places of each word kept per document, as the pipeline passes them
        places = functools.cache(functools.partial(places_in, fold(text) or ""))
        assert [t.name for t, _issues in ranked_taxonomies(text, fold(text), places)] == unfiltered(text)


def test_what_a_deal_settles_includes_its_means(nlp: Any) -> None:
    text = "Under the deal, the ferry terminal will be reopened under the supervision of harbour inspectors."
    got = _rows(nlp, text)
    assert ("Reopening of ferry terminal", "agreed", None) in got
    assert ("Supervision of harbour inspectors", "agreed", None) in got


def test_a_compromise_that_settles_a_clause(nlp: Any) -> None:
    text = "The two sides reached a compromise that customs officers will monitor the cargo traffic."
    assert ("Monitoring of cargo traffic", "agreed", None) in _rows(nlp, text)


@pytest.mark.parametrize(
    "text, label",
    [
        ("They discussed the inspectors' role.", "Role of inspectors"),
        ("They discussed the participation of the rebels in the elections.", "Participation of rebels"),
        ("India demanded the recognition of Canada.", "Recognition of Canada"),
    ],
)
def test_a_change_or_role_of_a_side_is_an_item(nlp: Any, text: str, label: str) -> None:
    assert label in [r[0] for r in _rows(nlp, text)]


def test_in_line_with_names_no_item(nlp: Any) -> None:
    assert [r[0] for r in _rows(nlp, "India agreed to cut tariffs in line with its pledges.")] == ["Tariffs"]


def test_a_report_of_a_dated_agreement_and_no_meeting_dates_what_was_settled(nlp: Any) -> None:
    text = (
        "An agreement on fishing was reached between Canada and India on Tuesday. "
        "The two sides finally reached a compromise that a joint seaport will be built."
    )
    seaport = _one(nlp, text, "Construction of seaport")
    assert (seaport.status, seaport.round_date) == ("agreed", "2024-05-14")


def _dated(nlp: Any, text: str, label: str) -> tuple[str | None, str | None]:
    m = _one(nlp, "The ministers of Canada and India met in Ottawa on Thursday. " + text, label)
    return m.meeting, m.round_date


def test_the_day_a_side_insisted_is_the_day_it_raised(nlp: Any) -> None:
    text = "India insisted Monday that the fishing ban must be lifted."
    assert _dated(nlp, text, "Lifting of fishing ban") == (None, "2024-05-13")


def test_the_day_an_agreement_was_welcomed_is_not_its_date(nlp: Any) -> None:
    text = "Canada on Wednesday welcomed the agreement reached on the fishing quotas."
    _meeting, date = _dated(nlp, text, "Fishing quotas")
    assert date != "2024-05-15"


def test_under_the_deal_its_object_is_settled_but_not_what_describes_it(nlp: Any) -> None:
    text = (
        "Under the agreement, the two sides will reopen the ferry crossing, which has been closed "
        "since the withdrawal of troops from the territory."
    )
    got = _rows(nlp, text)
    assert ("Border crossings", "agreed", None) in got
    assert [r for r in got if r[0].startswith("Territory")] == []


@pytest.mark.parametrize(
    "text",
    [
        "India still refuses to recognise Canada, honouring signed fishing deals with Canada.",
        "India proposed talks on a fishing treaty to replace the 1953 armistice agreement.",
    ],
)
def test_documents_of_the_past_are_no_items(nlp: Any, text: str) -> None:
    got = _rows(nlp, text)
    assert [r for r in got if r[1] == "formalised" or "rmistice" in r[0] or r[0] == "Ceasefire"] == []


def test_who_insists_that_another_side_implement_raises_it(nlp: Any) -> None:
    got = _rows(nlp, "But Canada insists that India implement the fishing resolution.")
    assert ("Fishing resolution", "raised", "Canada") in got


def test_an_old_proposal_answered_at_a_meeting_is_discussed(nlp: Any) -> None:
    text = "The delegates met to hear India's answer to a year-old Canadian proposal for fishing talks."
    assert ("Fishing talks", "discussed", "Canada") in _rows(nlp, text)


def test_voicing_displeasure_over_x_raises_x(nlp: Any) -> None:
    text = "Singh, on his part, re-asserted India's displeasure over the participation of the rebels."
    assert ("Participation of rebels", "raised", "India") in _rows(nlp, text)


def test_who_refuses_to_agree_does_not_raise_it_who_sought_it_does(nlp: Any) -> None:
    text = "But Canada did not agree to release the fishermen -- an important gesture sought by India."
    assert ("Release of fishermen", "discussed", "India") in _rows(nlp, text)


def test_the_date_of_a_thing_named_or_of_a_rejection_does_not_date_the_status(nlp: Any) -> None:
    text = "Singh voiced displeasure over the participation of the rebels in the January 25 elections."
    assert _dated(nlp, text, "Participation of rebels")[1] is None
    text = "The rebels rejected on Wednesday the agreement reached on the fishing quotas."
    assert _dated(nlp, text, "Fishing quotas")[1] != "2024-05-15"


def test_mentions_counted_line_by_line_are_those_of_the_whole_text() -> None:
    import re
    from pathlib import Path

    from legation.nlp.issues.taxonomy import _count
    from legation.nlp.lexicons import taxonomies
    from legation.nlp.prefilter import fold

    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "tests" / "data" / "dev").glob("*.txt"))]
    for text in [*texts, "truce\ntruce truce\n", "\n\nprisoner swap\n"]:
        for n, tax in enumerate(taxonomies()):
            whole = re.compile("|".join(f"(?:{i.pattern.pattern})" for i in tax.issues), re.IGNORECASE)
            assert _count(text, fold(text), n, tuple(range(len(tax.issues)))) == len(whole.findall(text))


def test_what_a_side_wants_done_only_after_something_else_is_deferred(nlp: Any) -> None:
    text = "India proposed to hold more expert meetings before signing the fishing accord."
    assert ("Fishing accord", "deferred", "India") in _rows(nlp, text)


def test_we_in_a_quote_is_the_speakers_side(nlp: Any) -> None:
    text = (
        '"We proposed to hold more expert meetings before signing the fishing accord," '
        "Indian envoy Raj Singh said."
    )
    assert ("Fishing accord", "deferred", "India") in _rows(nlp, text)


def test_a_loose_issue_such_as_the_next_round_does_not_choose_the_subject() -> None:
    from legation.nlp.issues.taxonomy import ranked_taxonomies
    from legation.nlp.prefilter import fold

    text = "Iran and the United States discussed uranium enrichment. The next round will be held in Rome."
    assert ranked_taxonomies(text, fold(text))[0][0].subject == "nuclear programme"


def test_what_a_settled_act_is_for_is_not_settled(nlp: Any) -> None:
    text = 'Singh said he agreed to release the money "in order to help in humanitarian aid to the people".'
    got = _rows(nlp, text)
    assert ("Release of money", "agreed", None) in [(r[0], r[1], None) for r in got]
    assert [r for r in got if r[0].startswith("Humanitarian")] == []


def test_a_phase_that_took_effect_gives_no_item_named_effect(nlp: Any) -> None:
    rows = _rows(nlp, "The first phase of the truce took effect on Monday.")
    assert not any(label.lower() == "effect" for label, _status, _by in rows)


def test_a_failure_governs_every_verb_of_its_list(nlp: Any) -> None:
    text = (
        "The militia is shunned because of its failure to recognise the border and agree to the fish accord."
    )
    got = _rows(nlp, text)
    assert got and not any(status == "agreed" for _l, status, _r in got)


def test_a_noun_after_a_preposition_without_object_is_no_subject(nlp: Any) -> None:
    text = "India insisted that the tariffs imposed after its steel dispute must be lifted."
    labels = [label for label, _s, _r in _rows(nlp, text)]
    assert "Steel dispute" not in labels
    assert any("Tariff" in label for label in labels)


def test_a_standing_position_is_no_news_of_the_round(nlp: Any) -> None:
    text = "Canada has long expressed concern about Indian fishing fleets and has always opposed trawling."
    assert _rows(nlp, text) == []


def test_a_proposal_being_answered_is_discussed(nlp: Any) -> None:
    text = "The envoys waited for a response to a Canadian proposal to begin talks on fishing quotas."
    got = _rows(nlp, text)
    assert any(label == "Fishing quotas" and status == "discussed" for label, status, _r in got)
    assert not any(status == "proposed" for _l, status, _r in got)


def test_the_means_the_parser_hangs_on_a_place_are_settled_with_the_clause(nlp: Any) -> None:
    text = "Under the deal, fishermen can sail between Victoria and Vancouver in licensed trawlers."
    assert ("Licensed trawlers", "agreed", None) in _rows(nlp, text)


def test_a_compass_point_stands_for_the_party_it_names(nlp: Any) -> None:
    text = (
        "Delegations of Sudan and South Sudan held talks in Juba on Monday. "
        "The South put forth a formula for sharing pipeline fees."
    )
    ctx = context(nlp, text, "2024-05-14")
    found, _subject = find_issues(ctx, find_meetings(ctx), find_statements(ctx))
    assert [m.raised_by for m in found if m.status == "proposed"] == ["South Sudan"]


def test_a_food_crisis_is_the_humanitarian_item(nlp: Any) -> None:
    got = _issues(nlp, "The Indian delegation repeatedly raised the food crisis in its eastern provinces.")
    assert ("humanitarian", "raised", "India") in got


def test_a_movement_raises_and_who_nominated_an_accepted_thing_raised_it(nlp: Any) -> None:
    text = (
        "Colombia and FARC held talks in Havana on Monday. "
        "The FARC movement proposed a land reform commission. "
        "The Colombian president accepted a candidate nominated by the FARC movement to chair the commission."
    )
    ctx = context(nlp, text, "2024-05-14")
    found, _subject = find_issues(ctx, find_meetings(ctx), find_statements(ctx))
    rows = {(m.label, m.status): m.raised_by for m in found}
    assert rows.get(("Land reform commission", "proposed")) == "FARC"
    assert rows.get(("Candidate", "agreed")) == "FARC"
    assert not any(label.endswith("ommission") and status == "agreed" for label, status in rows)


def test_after_an_agreement_a_meeting_works_on_it(nlp: Any) -> None:
    text = (
        "After a broad agreement to set up a fishing commission, a panel tasked with its rules held its "
        "first meeting."
    )
    got = _rows(nlp, text)
    assert ("Fishing commission", "discussed", None) in got
    assert not any(status == "agreed" for _l, status, _r in got)


def test_a_desire_for_a_change_of_relations_names_the_item(nlp: Any) -> None:
    text = "The Indian envoy spoke about India's desire for normalisation of relations with Canada."
    assert ("Normalisation of relations", "discussed", "India") in _rows(nlp, text)


def test_a_noun_pointing_back_names_no_item(nlp: Any) -> None:
    assert _rows(nlp, '"We accepted these assurances," the Canadian minister said.') == []


def test_a_refusal_by_a_country_outside_the_talks_is_no_status(nlp: Any) -> None:
    def rows(text: str) -> list[tuple[str, str, str | None]]:
        ctx = context(nlp, "Canada and India held talks in Ottawa on Monday. " + text, "2024-05-14")
        found, _subject = find_issues(ctx, find_meetings(ctx), find_statements(ctx))
        return [(m.label, m.status, m.raised_by) for m in found]

    assert not any(
        status == "rejected" for _l, status, _r in rows("Japan has refused to grant fishing licences.")
    )
    assert ("Fishing licences", "rejected", "India") in rows("India has refused to grant fishing licences.")


def test_support_reiterated_for_a_two_state_solution_discusses_it(nlp: Any) -> None:
    got = _issues(nlp, "The two premiers reiterated their support for a two-state solution on the island.")
    assert ("two_states", "discussed", None) in got


@pytest.mark.parametrize(
    "text",
    [
        "The new round will endeavour to strike a consensus on fishing quotas.",
        "The sides are negotiating a deal on fishing quotas.",
        "They are working on an agreement on fishing quotas.",
        "The two delegations are hammering out an accord on fishing quotas.",
    ],
)
def test_an_agreement_still_pursued_is_not_reached(nlp: Any, text: str) -> None:
    got = [(label, status) for label, status, _r in _rows(nlp, text) if label == "Fishing quotas"]
    assert got and all(status != "agreed" for _l, status in got)


def test_an_agreement_pushed_for_is_raised_and_one_reached_agreed(nlp: Any) -> None:
    pushed = _rows(nlp, "India pushed for an agreement on fishing quotas.")
    assert ("Fishing quotas", "raised", "India") in pushed
    reached = _rows(nlp, "They hammered out an agreement on fishing quotas.")
    assert ("Fishing quotas", "agreed", None) in reached


def test_a_clause_describing_an_item_names_no_item_of_its_own(nlp: Any) -> None:
    got = _issues(nlp, "The sides discussed a peace treaty that would replace the armistice.")
    assert [issue for issue, _s, _r in got] == ["peace_agreement"]
    got = _issues(nlp, "Canada is coordinating a deal involving a fisherman who was held hostage in May.")
    assert not any(issue == "hostages" for issue, _s, _r in got)
    # what an agreement's own clause provides, and what a demand asks, are still items
    got = _issues(nlp, "They reached an agreement that includes a ceasefire.")
    assert ("ceasefire", "agreed", None) in got
    got = _rows(nlp, "India rejected Canadian demands that it halt shrimp farming.")
    assert ("Halt of shrimp farming", "rejected", "India") in got


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The rebels indicated that they will not negotiate until foreign soldiers leave the valley.",
         ("Withdrawal of foreign soldiers", "raised", "rebels")),
        ("India refused to resume talks until the fishing ban is lifted.",
         ("Lifting of fishing ban", "raised", "India")),
        ("Canada will not return to the table unless India lifts the fishing ban.",
         ("Lifting of fishing ban", "raised", "Canada")),
        ("India said it would not discuss trade until the fishing ban is lifted.",
         ("Lifting of fishing ban", "raised", "India")),
    ],
)  # fmt: skip
def test_a_condition_a_side_sets_is_raised_by_it(
    nlp: Any, text: str, expected: tuple[str, str, str | None]
) -> None:
    got = _rows(nlp, text)
    assert expected in got
    assert not any(label in ("Valley", "Trade") for label, _s, _r in got)


def test_a_time_clause_is_no_condition(nlp: Any) -> None:
    assert _rows(nlp, "The talks continued until the fishing ban was lifted.") == []


def test_a_claim_of_what_is_puts_nothing_on_the_table(nlp: Any) -> None:
    assert _rows(nlp, "India insists its fishing programme is solely for domestic use.") == []
    assert _rows(nlp, "Canada insisted that the fishing quotas remained on the table.") == []
    got = _rows(nlp, "India insisted that fishing quotas be among the items discussed.")
    assert ("Fishing quotas", "raised", "India") in got


def test_a_report_goes_on_about_the_round_its_lead_dated(nlp: Any) -> None:
    text = (
        "Canada and India held talks in Geneva on March 3. India insisted on Monday that Canadian "
        "fishing restrictions must be lifted. The Indian negotiator also said that tariffs on lentils "
        "must be removed."
    )
    rounds = {m.label: (m.meeting, m.round_date) for m in _mentions(nlp, text)}
    assert rounds["Lifting of fishing restrictions"] == (None, "2024-05-13")
    assert rounds["Tariffs"] == (None, "2024-05-13")


@pytest.mark.parametrize(
    "text",
    [
        "India reiterated its demand that no ceasefire could be considered before the talks.",
        "India insisted that no ceasefire is possible before the end of the fighting.",
    ],
)
def test_a_demand_that_there_be_no_item_rejects_it(nlp: Any, text: str) -> None:
    assert ("ceasefire", "rejected", "India") in _issues(nlp, text)


def test_a_cue_deep_in_a_description_is_background(nlp: Any) -> None:
    text = (
        "The meeting was meant to strengthen the premier at a time when he faces a bitter feud, "
        "which flared up last week after the Indian president called for early elections."
    )
    assert _rows(nlp, text) == []
    # the talks or an agreement described by their own clause are still news
    got = _rows(nlp, "They welcomed the talks, which focused on fishing quotas.")
    assert ("Fishing quotas", "discussed", None) in got


def test_the_next_sentence_goes_on_listing_what_the_deal_provides(nlp: Any) -> None:
    text = (
        "Under the deal, the ferry crossing will be reopened next month. All Indian passport holders "
        "can travel on the ferry. The crossing is the only exit for the islanders."
    )
    got = _rows(nlp, text)
    assert ("Passport holders", "agreed", None) in got
    assert not any(label == "Islanders" for label, _s, _r in got)
    said = _rows(
        nlp, "Under the deal, the ferry crossing will be reopened. Canada said boats will be inspected."
    )
    assert not any(label == "Boats" for label, _s, _r in said)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The leaders agreed on Thursday on the urgent need for a fishing deal.",
         ("Fishing deal", "discussed", None)),
        ("The premier said that Canada was committed to a two-state solution.",
         ("Two-state solution", "discussed", None)),
    ],
)  # fmt: skip
def test_a_need_or_a_stance_is_no_agreement(
    nlp: Any, text: str, expected: tuple[str, str, str | None]
) -> None:
    got = _rows(nlp, text)
    assert expected in got
    assert not any(status == "agreed" for _l, status, _r in got)


def test_a_standing_refusal_and_an_earlier_resolution_are_background(nlp: Any) -> None:
    assert _rows(nlp, "India has consistently rejected Canadian demands that it halt shrimp farming.") == []
    text = (
        "The quotas were agreed under an earlier council resolution, which gave India until May to "
        "suspend its shrimp farming."
    )
    assert not any("farming" in label.lower() for label, _s, _r in _rows(nlp, text))


def test_a_protest_raises_its_object(nlp: Any) -> None:
    text = (
        "The Indian premier met the Canadian premier on Friday, strongly protesting the latter's "
        "repeated incursions into Indian waters."
    )
    assert ("Incursions", "raised", "India") in _rows(nlp, text)
    assert ("Fishing quotas", "raised", "India") in _rows(nlp, "India complained about the fishing quotas.")


def test_a_clause_dated_in_an_earlier_year_is_no_round_of_the_report(nlp: Any) -> None:
    text = (
        "Canada and India held talks in Ottawa on Monday. The rebels are a splinter of the front, "
        "which last year signed a peace treaty with the government."
    )
    got = [(m.issue, m.meeting, m.round_date) for m in _mentions(nlp, text)]
    assert got == [("peace_agreement", None, "2023")]


def test_talks_still_to_begin_put_their_subject_on_the_table(nlp: Any) -> None:
    text = "The mediators want negotiations on fishing quotas to begin soon."
    assert _rows(nlp, text) == [("Fishing quotas", "raised", None)]
    assert ("Fishing quotas", "discussed", None) in _rows(nlp, "They held talks on fishing quotas.")


def test_whom_a_side_urges_is_not_what_it_raises(nlp: Any) -> None:
    text = (
        "India urged the parties to the conflict and all other armed groups to cooperate with the monitors."
    )
    assert _issues(nlp, text) == []
    assert ("ceasefire", "raised", "India") in _issues(
        nlp, "India urged the parties to agree on a ceasefire."
    )


def test_a_call_to_negotiate_raises_what_is_to_be_negotiated(nlp: Any) -> None:
    got = _issues(nlp, "India calls on the parties to negotiate a comprehensive peace agreement.")
    assert ("peace_agreement", "raised", "India") in got


@pytest.mark.parametrize(
    "text, label",
    [
        ("The talks covered grain exports and port charges.", "Port charges"),
        ("The agenda included grain exports and port charges.", "Grain exports"),
        ("The sides made progress on port charges.", "Port charges"),
        ("The negotiators narrowed their differences on port charges.", "Port charges"),
        ("Canada and India disagreed over port charges.", "Port charges"),
        ("Differences remain over port charges.", "Port charges"),
        ("The two sides remain divided over port charges.", "Port charges"),
        ("No agreement was reached on port charges.", "Port charges"),
    ],
)
def test_what_the_talks_covered_or_divided_the_sides_over_is_discussed(
    nlp: Any, text: str, label: str
) -> None:
    assert (label, "discussed") in {(lab, status) for lab, status, _r in _rows(nlp, text)}


def test_an_agreement_reached_in_the_passive_is_agreed(nlp: Any) -> None:
    assert ("Port charges", "agreed", None) in _rows(nlp, "An agreement was reached on port charges.")


def test_a_refusal_to_discuss_or_sign_rejects_the_item(nlp: Any) -> None:
    assert ("Port charges", "rejected", "India") in _rows(nlp, "India refused to discuss port charges.")
    got = _rows(nlp, "Canada declined to sign the accord on grain exports.")
    assert ("Grain exports", "rejected", "Canada") in got


@pytest.mark.parametrize(
    "text, expected",
    [
        ("India presented a draft agreement on port charges.", ("Port charges", "proposed", "India")),
        ("Canada tabled a proposal on port charges.", ("Port charges", "proposed", "Canada")),
        ("India submitted a plan on grain exports.", ("Grain exports", "proposed", "India")),
    ],
)
def test_a_draft_or_a_tabled_text_is_proposed_not_agreed(
    nlp: Any, text: str, expected: tuple[str, str, str | None]
) -> None:
    got = _rows(nlp, text)
    assert expected in got
    assert not any(status == "agreed" for _l, status, _r in got)


def test_raising_doubts_or_hopes_puts_nothing_on_the_table(nlp: Any) -> None:
    text = "The quarrel raised doubts about whether Canadian warships would visit Indian ports."
    assert _rows(nlp, text) == []


def test_who_says_a_thing_must_be_done_raises_it(nlp: Any) -> None:
    text = 'On Monday, India restated its position, saying "Canada must lift the grain quotas."'
    assert ("Grain quotas", "raised", "India") in _rows(nlp, text)


def test_a_request_not_to_do_a_thing_does_not_ask_for_it(nlp: Any) -> None:
    text = "India urged Canadian officials not to withdraw the naval patrols from the strait."
    assert not any("patrols" in label.lower() for label, _s, _r in _rows(nlp, text))


def test_a_reaffirmed_determination_raises_its_object(nlp: Any) -> None:
    text = "India reaffirmed its determination to keep fishing quotas at current levels."
    assert ("Fishing quotas", "raised", "India") in _rows(nlp, text)


def test_what_failed_before_a_planned_meeting_stays_off_it(nlp: Any) -> None:
    text = (
        MEETING + "The two sides cancelled a news conference on Tuesday after failing to agree on the"
        " wording of a joint statement, but agreed to meet again in Pune on May 20-21 to discuss"
        " fishing quotas."
    )
    ctx = context(nlp, text, "2024-05-14")
    meetings = find_meetings(ctx)
    planned = {m.key for m in meetings if m.planned}
    found = {m.label: m for m in find_issues(ctx, meetings, find_statements(ctx))[0]}
    assert found["Fishing quotas"].meeting in planned
    assert found["Wording"].meeting not in planned and found["Wording"].status == "discussed"


def test_what_a_side_hoped_to_settle_is_not_settled(nlp: Any) -> None:
    # the English model lemmatises "hoped" as "hop"
    got = _rows(nlp, "Canada hoped to sign the accord on grain exports before the summit.")
    assert got and all(status not in ("formalised", "agreed") for _l, status, _r in got)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ministers adopted a declaration on grain exports.", ("Grain exports", "agreed", None)),
        (
            "The two sides signed a memorandum of understanding on energy cooperation.",
            ("Energy cooperation", "formalised", None),
        ),
        (
            "The two sides agreed to enhance cooperation in law enforcement.",
            ("Law enforcement", "agreed", None),
        ),
    ],
)
def test_a_text_adopted_or_signed_settles_what_it_is_on(
    nlp: Any, text: str, expected: tuple[str, str, str | None]
) -> None:
    got = _rows(nlp, text)
    assert expected in got
    assert not any(label == "Peace agreement" for label, _s, _r in got)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The government of Canada does not want to concede the vice presidency to the provinces.",
            ("other:vice-presidency", "rejected", "Canada"),
        ),
        ("India did not want a fishing ban.", ("other:fishing-ban", "rejected", "India")),
    ],
)
def test_not_wanting_an_item_rejects_it(nlp: Any, text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _issues(nlp, text)


@pytest.mark.parametrize(
    "text", ["India would not want a fishing ban.", "India does not want to discuss the fishing ban."]
)
def test_not_wanting_hedged_or_not_wanting_to_talk_rejects_nothing(nlp: Any, text: str) -> None:
    assert not [i for i in _issues(nlp, text) if i[1] == "rejected"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The summit decided to set up a fisheries commission.",
            ("other:fisheries-commission", "agreed", None),
        ),
        ("Both sides decided to reopen the consulates.", ("other:reopening-of-consulates", "agreed", None)),
        (
            "India and Canada decided to lift the fishing ban.",
            ("other:lifting-of-fishing-ban", "agreed", None),
        ),
    ],
)
def test_a_decision_taken_together_agrees_the_item(
    nlp: Any, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _issues(nlp, text)


def test_one_sides_decision_agrees_nothing(nlp: Any) -> None:
    found = _issues(nlp, "The Canadian government has decided to offer more scholarships.")
    assert not [i for i in found if i[1] == "agreed"]


def test_what_a_side_is_involved_in_is_the_item(nlp: Any) -> None:
    found = _issues(nlp, "Canada also raised its interest in involving India in developing missile defenses.")
    assert ("other:missile-defenses", "raised", "Canada") in found


def test_they_in_a_clause_hung_elsewhere_is_the_sentences_subject(nlp: Any) -> None:
    text = "The Indians had indicated before the talks that they will not talk until Canadian troops leave."
    assert ("other:withdrawal-of-troops", "raised", "India") in _issues(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The sides initialled an agreement on grain exports.", ("other:grain-exports", "formalised")),
        ("The two sides implemented the agreement on grain exports.", ("other:grain-exports", "implemented")),
        ("The agreement on fishing quotas was signed on Monday.", ("other:fishing-quotas", "formalised")),
        ("The grain export deal came into force on Monday.", ("other:grain-export", "implemented")),
        ("India rejected the agreement on fishing quotas.", ("other:fishing-quotas", "rejected")),
        ("They discussed an agreement on fishing quotas.", ("other:fishing-quotas", "discussed")),
        ("India and Canada have yet to agree on fishing quotas.", ("other:fishing-quotas", "discussed")),
    ],
)
def test_what_is_done_to_an_agreement_is_its_items_status(
    nlp: Any, text: str, expected: tuple[str, str]
) -> None:
    assert expected in [(key, status) for key, status, _by in _issues(nlp, text)]


def test_what_talks_are_to_be_about_was_raised_by_no_one(nlp: Any) -> None:
    text = (
        '"Talks between Canadian government representatives and Hydro Quebec on the issues of the price '
        "and volume of power deliveries will begin in Ottawa tomorrow,\" Paul Roy, head of Canada's state "
        "oil company, said."
    )
    found = _rows(nlp, text)
    assert ("Price", "raised", None) in found
    assert ("Volume", "raised", None) in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Canada and India signed a free trade agreement on Monday. Under the agreement, both countries "
            "will begin to reduce or eliminate tariffs on farm goods from next July.",
            ("Tariffs", "formalised", None),
        ),
        (
            "Canada and India signed a free trade agreement on Monday. The Free Trade Agreement also covers "
            "investments, including investment protection.",
            ("Investments", "formalised", None),
        ),
        (
            "Canada and India reached a free trade agreement on Monday. Under the agreement, both countries "
            "will begin to cut tariffs on farm goods.",
            ("Tariffs", "agreed", None),
        ),
    ],
)
def test_what_a_signed_agreement_provides_is_signed_with_it(
    nlp: Any, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.parametrize(
    "text, label",
    [
        ("An agreement on the matter is to be signed on the sidelines of the summit on Friday.", "Sidelines"),
        (
            "Canada and India on Sunday signed an agreement on fishing rights on the sidelines of the "
            "ongoing Pacific Economic Leaders' Meeting in Lima.",
            "Meeting of the leaders",
        ),
    ],
)
def test_where_an_agreement_is_signed_is_no_item(nlp: Any, text: str, label: str) -> None:
    assert label not in [lab for lab, _status, _by in _rows(nlp, text)]


def test_a_meeting_of_the_leaders_still_to_hold_is_an_item(nlp: Any) -> None:
    found = _rows(nlp, "The two leaders agreed to hold a leaders' summit next year.")
    assert ("Meeting of the leaders", "agreed", None) in found


@pytest.mark.parametrize(
    "text",
    ["They exchanged frank views on fishing quotas.", "The ministers exchange views on fishing quotas."],
)
def test_views_exchanged_on_an_item_discuss_it(nlp: Any, text: str) -> None:
    assert ("Fishing quotas", "discussed", None) in _rows(nlp, text)


def test_a_report_of_no_meeting_goes_on_about_the_day_its_lead_dated(nlp: Any) -> None:
    text = (
        "The rebels on Friday rejected a ceasefire. "
        "The government rejected any suggestion that Okafor should relinquish his rule."
    )
    found = [(m.label, m.status, m.round_date) for m in _mentions(nlp, text)]
    assert ("Departure of Okafor", "rejected", "2024-05-10") in found


def test_an_agreement_reached_during_a_dated_visit_is_of_that_visit(nlp: Any) -> None:
    text = (
        "Canada and India held talks in Ottawa on Monday. "
        "The two countries agreed to resume direct flights during his 2022 visit to India."
    )
    found = [(m.label, m.status, m.meeting, m.round_date) for m in _mentions(nlp, text)]
    assert ("Direct air flights", "agreed", None, "2022") in found


def test_the_date_of_a_thing_named_is_no_date_of_the_clause(nlp: Any) -> None:
    text = "Canada and India held talks in Ottawa on Monday. They agreed to discuss the January 25 elections."
    assert [m.meeting for m in _mentions(nlp, text)] == ["m0"]


def test_every_gerund_of_a_list_under_an_agreement_names_an_item(nlp: Any) -> None:
    text = (
        "The ministers reached agreement on expanding fishing quotas; gradually easing the grain tariffs; "
        "and lifting the timber export ban."
    )
    rows = _rows(nlp, text)
    assert ("Expansion of fishing quotas", "agreed", None) in rows
    assert ("Tariffs", "agreed", None) in rows
    assert ("Lifting of timber export ban", "agreed", None) in rows


@pytest.mark.parametrize(
    "text",
    ["They agreed to implement the fisheries accord.", "They agreed on implementing the fisheries accord."],
)
def test_an_act_agreed_on_is_agreed_not_done(nlp: Any, text: str) -> None:
    assert ("Fisheries accord", "agreed", None) in _rows(nlp, text)


def test_a_phase_of_a_thing_stands_for_it(nlp: Any) -> None:
    assert ("Fisheries initiative", "discussed", None) in _rows(
        nlp, "The two sides discussed the second phase of the fisheries initiative."
    )


@pytest.mark.parametrize(
    "text, label",
    [
        ("They agreed to set up a joint fisheries committee.", "Establishment of fisheries committee"),
        ("They agreed to establish a science commission.", "Establishment of science commission"),
        ("They discussed the creation of a joint working group.", "Creation of working group"),
    ],
)
def test_a_body_the_sides_found_is_an_item(nlp: Any, text: str, label: str) -> None:
    assert label in [row[0] for row in _rows(nlp, text)]


def test_a_body_that_acts_is_no_item(nlp: Any) -> None:
    rows = _rows(nlp, "The fisheries committee discussed fishing quotas.")
    assert [row[0] for row in rows] == ["Fishing quotas"]


def test_talks_on_an_agreement_discuss_it(nlp: Any) -> None:
    text = (
        "The premier said both countries should expand their cooperation in energy, push forward talks on "
        "a fisheries agreement, and intensify consultation on regional issues."
    )
    assert ("Fisheries", "discussed", None) in _rows(nlp, text)
    assert ("Fisheries accord", "discussed", None) in _rows(
        nlp, "They continued talks on a fisheries accord."
    )


def test_a_persons_standing_view_in_a_relative_clause_is_no_status(nlp: Any) -> None:
    assert _rows(nlp, "The delegation met Okafor, who opposes closer fishing ties with India.") == []


@pytest.mark.parametrize(
    "text",
    [
        "They held another round of talks on Tuesday about fishing quotas.",
        "They held talks in the evening about fishing quotas.",
        "They discussed progress of talks on key issues including fishing quotas.",
        "They discussed a mechanism on how to deal with fishing quotas.",
    ],
)
def test_what_held_talks_are_about_however_the_parser_hangs_it(nlp: Any, text: str) -> None:
    assert ("Fishing quotas", "discussed", None) in _rows(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The second round of talks on fishing quotas was postponed.",
        "They finished their second round of talks on fishing quotas.",
    ],
)
def test_a_round_of_talks_named_by_its_subject_discusses_nothing(nlp: Any, text: str) -> None:
    assert _rows(nlp, text) == []


def test_an_infinitive_hung_on_the_verb_is_the_commitments(nlp: Any) -> None:
    rows = _rows(nlp, "The envoy said he had secured the commitment of both sides to lift the fishing ban.")
    assert ("Lifting of fishing ban", "agreed", None) in rows


def test_a_place_a_side_is_invited_to_visit_names_the_visit(nlp: Any) -> None:
    rows = _rows(nlp, "Canada invited the Indian premier to visit Ottawa next year.")
    assert ("Visit to Ottawa", "proposed", "Canada") in rows


@pytest.mark.parametrize(
    "text",
    [
        "The main issues were grain tariffs and seed patents.",
        "Canada pledged to abide by the rules on seed patents.",
        "The hot topics included seed patents and transparency.",
    ],
)
def test_items_named_by_the_issues_they_are(nlp: Any, text: str) -> None:
    assert "Seed patents" in [label for label, _, _ in _rows(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Canadian Prime Minister Anne Roy and Indian Prime Minister Ravi Das had directed their foreign "
        "secretaries to resume dialogue.",
        "The two leaders instructed their negotiators to resume dialogue.",
    ],
)
def test_leaders_directing_their_officials_together_agree(nlp: Any, text: str) -> None:
    assert ("Resumption of dialogue", "agreed", None) in _rows(nlp, text)


def test_one_side_directing_its_officials_agrees_nothing(nlp: Any) -> None:
    rows = _rows(nlp, "The president directed the army to lift the fishing ban.")
    assert [status for _, status, _ in rows if status == "agreed"] == []


def test_holding_talks_is_no_change_of_them(nlp: Any) -> None:
    assert _rows(nlp, "They agreed to hold talks.") == []


@pytest.mark.parametrize(
    "text, label",
    [
        ("The leaders discussed the Kashmir question.", "Kashmir question"),
        ("The president spoke out when talking on the Taiwan issue with Indian leaders.", "Taiwan issue"),
    ],
)
def test_a_place_names_the_issue_it_is(nlp: Any, text: str, label: str) -> None:
    assert (label, "discussed", None) in _rows(nlp, text)


_PREVIEW = "The trade ministers of Canada and India will meet in Ottawa on May 20. "


def _preview(nlp: Any, text: str) -> tuple[set[str], list[IssueMention]]:
    """The planned meetings and the issue mentions of a report announcing a meeting (none held)."""
    ctx = context(nlp, _PREVIEW + text, "2024-05-14")
    meetings = find_meetings(ctx)
    assert meetings and all(m.planned for m in meetings)
    return {m.key for m in meetings}, find_issues(ctx, meetings, find_statements(ctx))[0]


@pytest.mark.parametrize(
    "text, labels",
    [
        ("They are expected to discuss customs checks and ways to cut port fees.", {"Customs checks"}),
        (
            "Hot topics will include port fees, customs checks and fishing quotas.",
            {"Port fees", "Fishing quotas"},
        ),
        (
            "The discussions, which will be closed to the press, would cover a range of issues including"
            " port fees, customs checks and fishing quotas.",
            {"Port fees", "Customs checks", "Fishing quotas"},
        ),
        (
            "The ministers will also review progress on key issues including the issue of port fees.",
            {"Port fees"},
        ),
    ],
)
def test_a_future_sentence_of_a_report_announcing_a_meeting_raises_its_items_there(
    nlp: Any, text: str, labels: set[str]
) -> None:
    planned, found = _preview(nlp, text)
    got = {m.label: m for m in found}
    assert labels <= set(got)
    assert all(got[label].status == "raised" and got[label].meeting in planned for label in labels)


def test_a_past_sentence_of_a_report_announcing_a_meeting_is_not_on_its_table(nlp: Any) -> None:
    planned, found = _preview(nlp, "Port fees were discussed when the ministers met in March.")
    assert not any(m.meeting in planned for m in found)


def test_talks_that_cover_an_item_discuss_it(nlp: Any) -> None:
    got = _rows(nlp, "The talks, held behind closed doors, covered port fees and customs checks.")
    assert {("Port fees", "discussed", None), ("Customs checks", "discussed", None)} <= set(got)


def test_dealing_with_an_item_is_no_deal_on_it(nlp: Any) -> None:
    assert ("Port fees", "discussed", None) in _rows(
        nlp, "The ministers also dealt with the issue of port fees."
    )


def test_what_a_body_outside_an_announced_meeting_wants_is_not_on_its_table(nlp: Any) -> None:
    text = "The Liberal Democratic Party will stay with its partners while seeking to discuss port fees."
    planned, found = _preview(nlp, text)
    assert not any(m.meeting in planned for m in found)
    planned, found = _preview(nlp, "India will seek to discuss port fees.")
    assert [(m.label, m.status, m.raised_by, m.meeting in planned) for m in found] == [
        ("Port fees", "raised", "India", True)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Canadian minister stressed the need for more flexibility on fishing quotas.",
         ("Fishing quotas", "raised", "Canada")),
        ("India underlined the urgent need for lower duties on steel.", ("Tariffs", "raised", "India")),
        ("The leaders finalised an arrangement on double taxation.", ("Double taxation", "agreed", None)),
        ("The two ministers clinched a deal on uranium supplies.", ("Uranium supplies", "agreed", None)),
        ("The summit passed a declaration on climate change.", ("Climate change", "agreed", None)),
        ("The leaders concluded an agreement on double taxation.", ("Double taxation", "agreed", None)),
    ],
)  # fmt: skip
def test_status_words_of_needs_and_of_settling(
    nlp: Any, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("India asked the council to lift the arms embargo.", ("Lifting of arms embargo", "raised", "India")),
        ("Canada pressed India to reopen the river crossings.", ("Border crossings", "raised", "Canada")),
        ("Canada called on India to end the export ban on rice.", ("End of export ban", "raised", "Canada")),
    ],
)  # fmt: skip
def test_asking_a_side_to_act_raises_the_act(
    nlp: Any, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "India asked Canada about the fishing quotas.",
        "When asked about the fishing quotas, the minister said the talks went well.",
    ],
)
def test_asking_about_a_thing_raises_nothing(nlp: Any, text: str) -> None:
    assert not any(status == "raised" for _l, status, _r in _rows(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The ambassador said he remembered being asked to help turn the fishing quotas into a policy.",
        "Until sanctions force India to withdraw its army from the river valley, there is no hope.",
        "The prime minister, who had asked the council to extend the inspectors' mandate, met the envoys.",
    ],
)
def test_no_side_asking_raises_nothing(nlp: Any, text: str) -> None:
    assert not any(status == "raised" for _l, status, _r in _rows(nlp, text))


def test_finalising_talks_on_a_thing_does_not_agree_it(nlp: Any) -> None:
    got = _rows(nlp, "The two sides finalised talks on fishing quotas.")
    assert ("Fishing quotas", "discussed", None) in got


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Canada said it will provide three billion dollars in preferential loans to India.",
         ("Preferential loans", "proposed", "Canada")),
        ("Canada will train rural doctors and establish a special fund for farm investment.",
         ("Special fund", "proposed", "Canada")),
        ("India would build a conference centre for the regional union, the minister said.",
         ("Conference centre", "proposed", "India")),
    ],
)  # fmt: skip
def test_what_a_side_says_it_will_give_is_its_offer(
    nlp: Any, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "India will not send troops to the border region.",
        "Canada could send troops to the border region.",
        "The agreement will provide permanent access to the grain market, the minister said.",
        "The action plan will provide clear direction on trade facilitation.",
    ],
)
def test_no_offer_without_a_side_that_says_it_will_give(nlp: Any, text: str) -> None:
    assert not any(status == "proposed" for _l, status, _r in _rows(nlp, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In their joint statement, the two leaders called for the ratification of the fishing treaty.",
         ("Ratification of fishing treaty", "agreed", None)),
        ("The Canadian and Indian ministers called for developing the stagnant trade relations.",
         ("Stagnant trade relations", "agreed", None)),
        ("The two leaders urged an early end to the river blockade.",
         ("End to river blockade", "agreed", None)),
    ],
)  # fmt: skip
def test_sides_calling_for_a_thing_together_agree_on_it(
    nlp: Any, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _rows(nlp, text)


def test_one_side_calling_for_a_thing_only_raises_it(nlp: Any) -> None:
    got = _rows(nlp, "The Canadian minister called for the speedy ratification of the fishing treaty.")
    assert ("Ratification of fishing treaty", "raised", "Canada") in got


def test_what_a_round_announced_for_a_month_will_take_up_is_that_rounds(nlp: Any) -> None:
    text = MEETING + (
        "The next round of talks will be held in July, when the main topics will include fishing quotas "
        "and port fees."
    )
    ctx = context(nlp, text, "2024-05-14")
    meetings, announced = read_meetings(ctx)
    found, _subject = find_issues(ctx, meetings, find_statements(ctx), announced)
    july = {m.key for m in announced if m.period is not None and m.period.value == "2024-07"}
    got = {(m.label, m.status) for m in found if m.meeting in july}
    assert got >= {("Fishing quotas", "raised"), ("Port fees", "raised")}


def test_what_meetings_of_the_coming_days_will_discuss_stays_with_the_held_round(nlp: Any) -> None:
    ctx = context(nlp, MEETING + "More meetings are planned in the coming days to discuss fishing quotas.")
    meetings, announced = read_meetings(ctx)
    found, _subject = find_issues(ctx, meetings, find_statements(ctx), announced)
    held = {m.key for m in meetings if not m.planned}
    assert [(m.label, m.meeting in held) for m in found] == [("Fishing quotas", True)]


def test_what_a_meeting_gives_priority_to_is_on_its_table(nlp: Any) -> None:
    text = (
        "The ministers of Canada and India will meet in Ottawa on June 3. The meeting will give priority "
        "to fishing quotas, energy security and port fees."
    )
    got = {(m.label, m.status) for m in _mentions(nlp, text)}
    assert got >= {("Fishing quotas", "raised"), ("Energy security", "raised"), ("Port fees", "raised")}


def test_the_priority_given_is_no_item(nlp: Any) -> None:
    got = _rows(nlp, "The sides gave top priority to water sharing.")
    assert ("Water sharing", "discussed", None) in got
    assert not any("priority" in label.lower() for label, _s, _r in got)


def test_talks_a_meeting_is_for_name_what_is_on_its_table(nlp: Any) -> None:
    text = (
        "The Canadian prime minister is to meet his Indian counterpart in Delhi on Friday for talks on "
        "fishing quotas, officials said."
    )
    assert ("Fishing quotas", "raised") in {(m.label, m.status) for m in _mentions(nlp, text)}


def test_talks_on_board_a_ship_name_no_item(nlp: Any) -> None:
    assert _rows(nlp, "The two presidents will meet on Friday for talks on board a navy ship.") == []


def test_a_change_named_by_its_domain_is_an_item(nlp: Any) -> None:
    got = _rows(nlp, "They discussed moving ahead on full economic normalisation.")
    assert ("Economic normalisation", "discussed", None) in got
    assert _rows(nlp, "They demanded a total withdrawal.") == []


@pytest.mark.parametrize(
    "text",
    [
        "World demand for grain will increase 2 percent next year, the ministry said.",
        "The cartel lowered its estimate for demand to 80 million barrels a day.",
        "Grain demand will grow in all regions.",
    ],
)
def test_the_markets_demand_is_no_sides_demand(nlp: Any, text: str) -> None:
    assert _rows(nlp, text) == []


def test_a_sides_demand_is_still_raised(nlp: Any) -> None:
    got = _rows(nlp, "Canada repeated its demand for the release of detained fishermen.")
    assert ("Release of detained fishermen", "raised", "Canada") in got


def test_agreeing_to_go_on_furthering_a_thing_agrees_on_it(nlp: Any) -> None:
    got = _rows(nlp, "They agreed to continue their joint efforts to promote river safety and port hygiene.")
    assert {("River safety", "agreed", None), ("Port hygiene", "agreed", None)} <= set(got)
    assert ("Fishing quotas", "discussed", None) in _rows(
        nlp, "The sides agreed to continue work on fishing quotas."
    )


def test_what_a_side_seeks_it_raises(nlp: Any) -> None:
    got = _rows(
        nlp, "In talks on Monday, the Indian minister sought Canadian financing for a freight railway."
    )
    assert ("Financing", "raised", "India") in got


@pytest.mark.parametrize(
    "text",
    [
        "The summit will seek to overcome divisions between the two coasts.",
        "The president sought peace on another front by releasing prisoners.",
    ],
)
def test_seeking_to_do_or_a_vague_thing_raises_nothing(nlp: Any, text: str) -> None:
    assert _rows(nlp, text) == []


def test_a_list_of_titles_in_apposition_names_the_documents(nlp: Any) -> None:
    got = _rows(
        nlp,
        "The summit also passed three agreements -- Prevention of Double Fishing, Easing of Port Rules "
        "and Regional Grain Council.",
    )
    assert {label for label, status, _r in got if status == "agreed"} >= {
        "Prevention of Double Fishing",
        "Easing of Port Rules",
        "Regional Grain Council",
    }


@pytest.mark.parametrize(
    "text",
    [
        "The summit ended on Sunday and passed the Ottawa Declaration.",
        "The summit passed Ottawa Declaration.",
    ],
)
def test_a_document_named_by_its_title_is_an_item(nlp: Any, text: str) -> None:
    assert ("Ottawa Declaration", "agreed", None) in _rows(nlp, text)


def test_a_titled_document_of_a_past_year_is_no_item(nlp: Any) -> None:
    assert not any(
        "Declaration" in label for label, _s, _r in _rows(nlp, "They recalled the 1995 Ottawa Declaration.")
    )


def test_the_preparations_of_a_visit_to_come_put_the_visit_on_the_table(nlp: Any) -> None:
    text = "The two sides also discussed the preparations of the upcoming visit to Canada by President Rao."
    assert ("Visit to Canada", "discussed", None) in _rows(nlp, text)


def test_a_visit_told_as_done_is_no_item(nlp: Any) -> None:
    assert not any(
        label.startswith("Visit") for label, _s, _r in _rows(nlp, "They discussed the visit to Canada.")
    )


def test_a_side_recommends_what_it_proposes(nlp: Any) -> None:
    got = _rows(nlp, "The Canadian minister recommended that both sides cut port fees.")
    assert ("Port fees", "proposed", "Canada") in got


def test_what_it_will_recommend_is_a_reports(nlp: Any) -> None:
    assert (
        _rows(nlp, "It will also recommend withdrawing 15 combat brigades -- the bulk of the fighting force.")
        == []
    )


def test_he_is_the_person_of_the_sentence_before(nlp: Any) -> None:
    text = "The Canadian minister spoke first. He also recommended that both sides cut port fees."
    assert ("Port fees", "proposed", "Canada") in _rows(nlp, text)


def test_the_last_member_of_a_list_hung_on_the_verb_is_still_an_item(nlp: Any) -> None:
    text = (
        "They agreed to further strengthen cooperation on combating malaria, and the settlement of "
        "environmental contamination near former mine sites."
    )
    assert ("Settlement of environmental contamination", "agreed", None) in _rows(nlp, text)


def test_a_newcomer_accepted_as_a_member_is_an_admission(nlp: Any) -> None:
    text = "The ministers accepted the producer Ruritania as a new member of the group."
    assert ("Admission of Ruritania", "agreed", None) in _rows(nlp, text)


def test_a_staunch_standing_opposition_is_background(nlp: Any) -> None:
    assert _rows(nlp, "The Indian leadership has staunchly opposed the expansion of the fishing zone.") == []


def test_what_the_sides_agree_is_an_issue_is_an_item(nlp: Any) -> None:
    got = _rows(nlp, "They agreed that the fishing guidelines are a serious issue for both sides.")
    assert ("Fishing guidelines", "agreed", None) in got
    assert _rows(nlp, "India insisted that its fishing fleet is peaceful.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("India hopes that Canada will offer cheaper visas for students.", ("visas", "raised", "India")),
        ("Canada wants India to offer lower duties on pulses.", ("tariffs", "raised", "Canada")),
        ("India hopes that it will offer lower duties on pulses.", ("tariffs", "proposed", "India")),
    ],
)
def test_what_a_side_hopes_the_other_will_offer_it_raises(
    nlp: Any, text: str, expected: tuple[str, str, str | None]
) -> None:
    """A side wishing another would give X asks for X; a side wishing to give X itself offers it."""
    assert _issues(nlp, text) == [expected]


def test_questions_raised_about_whether_a_thing_will_be_done_are_no_status(nlp: Any) -> None:
    text = (
        "Delays have raised questions as to whether the shipyard can meet its commitments to deliver "
        "frigates."
    )
    assert _issues(nlp, text) == []
    assert _issues(nlp, "Canada raised questions about whether India will ship the frigates.") == []
    assert _issues(nlp, "Canada raised the question of frigate deliveries.") == [
        ("other:frigate-deliveries", "raised", "Canada")
    ]


def test_what_a_draft_says_is_put_forward_not_agreed(nlp: Any) -> None:
    """A draft's provisions are on the table; an agreement's are settled."""
    got = _issues(
        nlp, "The revised draft would mandate a cap on salmon catches and impose levies on trawlers."
    )
    # a restriction is named by what it restricts (a cap on catches), not "Cap"
    cap = "other:cap-on-salmon-catches"
    assert got == [(cap, "proposed", None), ("other:levies", "proposed", None)]
    assert _issues(nlp, "The draft accord provides for a cap on salmon catches.") == [(cap, "proposed", None)]
    assert _issues(nlp, "The accord provides for a cap on salmon catches.") == [(cap, "agreed", None)]


def test_talks_to_come_are_dated_by_the_verb_that_holds_them(nlp: Any) -> None:
    """ "would sit down for talks on X in June": a month still to come dates the talks, so what they are
    to be about is no status of Monday's held round."""
    text = "Officials of the two countries would sit down for talks on salmon quotas in Halifax in June."
    assert _issues(nlp, text) == []
    held = "Officials of the two countries sat down for talks on salmon quotas in Ottawa on Monday."
    assert _issues(nlp, held) == [("other:salmon-quotas", "discussed", None)]


def test_what_a_visit_settled_is_no_background(nlp: Any) -> None:
    """ "a visit, during which he secured a deal": a clause describing the visit the talks were held on
    tells what the visit settled."""
    text = "The Indian premier wrapped up a three-day visit, during which he secured a potash import deal."
    assert _issues(nlp, text) == [("other:potash-import", "agreed", "India")]


@pytest.mark.parametrize(
    "text, status",
    [
        ("Rao told the talks that Canada's commitment to cutting fishing quotas was firm.", "raised"),
        ("Rao said its commitment to cutting fishing quotas was firm.", "raised"),
        ("The sides announced their commitment to cutting fishing quotas.", "agreed"),
    ],
)
def test_one_sides_commitment_is_its_stance(nlp: Any, text: str, status: str) -> None:
    """ "Canada's commitment to X": one side's will is where it stands; the sides' together agrees X."""
    got = [(issue, s) for issue, s, _r in _issues(nlp, text)]
    assert ("other:fishing-quotas", status) in got


def test_what_sides_are_to_do_is_planned_not_done(nlp: Any) -> None:
    """ "are to discuss X": a plan told with "be to", which puts X on the table of the meeting the
    report announces; "are to sign X" after held talks is no signing yet."""
    text = (
        "The premiers of Canada and India will meet in Ottawa on May 20. "
        "The two premiers are to discuss a fishing agreement."
    )
    got = [(m.issue, m.status) for m in _mentions(nlp, text)]
    assert got == [("other:fishing-agreement", "raised")]
    signed = _issues(nlp, "The two sides are to sign a fishing agreement.")
    assert [(issue, status) for issue, status, _r in signed] == [("other:fishing-agreement", "discussed")]


def test_what_a_founded_thing_is_for_is_no_status_of_its_own(nlp: Any) -> None:
    """ "set up a centre to deal with X": the centre is what is settled, X only what it is for; "met
    to discuss X" still puts X on the table."""
    founded = (
        "The ministers agreed to set up a joint monitoring centre "
        "to deal with concerns like illegal trawling."
    )
    assert not [issue for issue, _s, _r in _issues(nlp, founded) if "trawling" in issue]
    met = _issues(nlp, "The ministers met again on Tuesday to discuss illegal trawling.")
    assert ("other:illegal-trawling", "discussed") in [(issue, s) for issue, s, _r in met]


@pytest.mark.parametrize(
    "text",
    [
        "The talks, which will take place on May 20 in Delhi, would cover a range of issues including "
        "fishing quotas and port fees, said the statement.",
        "The talks, scheduled for May 20 in Delhi, will focus on fishing quotas and port fees.",
    ],
)
def test_a_date_describing_the_talks_places_what_they_will_do(nlp: Any, text: str) -> None:
    """ "the talks, which will take place on May 20, would cover X": the date sits in a clause on the
    talks, and what the talks will do is on the planned round's table."""
    ctx = context(nlp, MEETING + text, "2024-05-14")
    meetings = find_meetings(ctx)
    found, _subject = find_issues(ctx, meetings, find_statements(ctx))
    planned = {m.key for m in meetings if m.planned}
    got = {(m.label, m.status) for m in found if m.meeting in planned}
    assert got >= {("Fishing quotas", "raised"), ("Port fees", "raised")}


def test_a_date_describing_talks_named_in_passing_places_nothing_else(nlp: Any) -> None:
    """ "a phone call over X and the agenda for the summit scheduled for May 20": the summit is not the
    subject of the clause, so what the call was about is not the summit's table."""
    text = (
        "The Canadian premier had a telephone discussion with the Indian premier over port fees and "
        "the agenda for the summit scheduled for May 20 in Delhi, officials said."
    )
    ctx = context(nlp, MEETING + text, "2024-05-14")
    meetings = find_meetings(ctx)
    found, _subject = find_issues(ctx, meetings, find_statements(ctx))
    planned = {m.key for m in meetings if m.planned}
    assert [m.label for m in found if m.meeting in planned] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ten accords are set to be signed during the visit, the official said, including cooperation in "
        "fishing, port fees and river pollution.",
        "Ten accords are set to be signed during the visit, including cooperation in fishing, port fees "
        "and river pollution.",
    ],
)
def test_a_list_after_the_clause_lists_its_passive_subject(nlp: Any, text: str) -> None:
    """ "Ten accords are set to be signed, the official said, including X": the passive infinitive acts
    on the subject of the verb it completes, and the list the parser hangs on a verb after the clause
    names that subject's members; signing to come at a planned visit puts them on its table."""
    lead = "The Indian premier is to meet his Canadian counterpart in Ottawa on Friday for talks on trade. "
    ctx = context(nlp, lead + text, "2024-05-14")
    meetings = find_meetings(ctx)
    found, _subject = find_issues(ctx, meetings, find_statements(ctx))
    planned = {m.key for m in meetings if m.planned}
    got = {(m.label, m.status) for m in found if m.meeting in planned}
    assert got >= {("Fishing", "raised"), ("Port fees", "raised"), ("River pollution", "raised")}


def test_the_means_a_side_demands_are_what_it_puts_forward(nlp: Any) -> None:
    """ "the dispute should be settled by arbitration, the minister said": the minister asks for the
    means, though a court or a panel would do the settling (the asker is the speaker, no outsider)."""
    text = (
        "If this approach fails, the dispute should be settled by arbitration or through a joint panel, "
        "the Indian minister said."
    )
    assert ("Arbitration", "raised", "India") in _rows(nlp, text)
    assert _rows(nlp, "Analysts said the dispute should be settled by arbitration.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The sides are developing a regional agreement on fishing quotas.", ("Fishing quotas", "discussed")),
        (
            "Talks went on over measures for developing regional trade agreements and fishing accords.",
            ("Trade", "discussed"),
        ),
        ("The sides developed an agreement on fishing quotas.", ("Fishing quotas", "agreed")),
    ],
)
def test_a_text_being_shaped_is_not_reached(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    """ "are developing an agreement on X": the agreement is being worked toward, X is discussed."""
    assert expected in [(label, status) for label, status, _r in _rows(nlp, text)]


def test_a_plan_named_by_its_title_does_not_make_the_agreed_item_a_roadmap(nlp: Any) -> None:
    """ "endorsed the Oslo Action Plan to implement the Geneva Roadmap": the plan is agreed; the roadmap
    it carries out is a text named by its title, not a roadmap the sides draw up."""
    text = "The ministers endorsed the Oslo Action Plan to implement the Geneva Roadmap."
    assert ("Oslo Action Plan", "agreed", None) in _rows(nlp, text)
    drawn = "They agreed to draw up a roadmap for the normalisation of grain trade."
    assert ("Normalisation of grain trade", "roadmap", None) in _rows(nlp, drawn)


@pytest.mark.parametrize(
    "text",
    [
        "The whaling sanctions were agreed in principle under an earlier council resolution.",
        "The fishing quotas were agreed under the previous accord.",
        "They recalled the earlier agreement on fishing quotas.",
    ],
)
def test_what_a_text_of_the_past_settled_is_no_status_of_the_talks(nlp: Any, text: str) -> None:
    """ "X was agreed under an earlier resolution": settled before the talks the report tells of."""
    assert not [row for row in _rows(nlp, text) if row[1] == "agreed"]


def test_a_joint_statement_calling_for_an_item_is_both_sides_agreeing(nlp: Any) -> None:
    text = "The joint statement called for the speedy ratification of the border treaty."
    assert ("Ratification of border treaty", "agreed", None) in _rows(nlp, text)
    one = "A statement by India called for the speedy ratification of the border treaty."
    assert ("Ratification of border treaty", "raised", "India") in _rows(nlp, one)


def test_a_decision_told_after_the_meeting_is_taken_together(nlp: Any) -> None:
    """ "the ministers met in Oslo and decided to keep X": the decision's subject is the meeting verb's."""
    text = "The ministers of the five states met in Oslo and decided to keep their fishing quotas unchanged."
    assert ("Fishing quotas", "agreed", None) in _rows(nlp, text)


def test_a_number_of_proposals_for_a_side_to_act_proposes_the_act(nlp: Any) -> None:
    """ "made a number of proposals for India to enter the project": the parser hangs the infinitive on
    the verb, past the quantity the proposals are counted by; the proposer is the verb's subject."""
    text = "Canada made a number of proposals for India to enter the uranium project."
    assert ("Uranium project", "proposed", "Canada") in _rows(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "India threatened to refuse the transit of gas.",
        "India, which lies between Canada and Japan, threatens to retaliate by refusing transit of gas.",
    ],
)
def test_a_refusal_threatened_raises_the_item(nlp: Any, text: str) -> None:
    """ "threatens to retaliate by refusing X": the refusal is leverage held over the other side, and
    the side threatening it (not the places a clause describing it names) raises X."""
    assert ("Transit", "raised", "India") in _rows(nlp, text)
    assert ("Transit", "rejected", "India") in _rows(
        nlp, "India, which borders China, rejected the transit of gas."
    )


def test_what_any_deal_must_give_is_a_condition_raised(nlp: Any) -> None:
    """ "any deal must give X": a condition set on a deal not reached, not an agreement."""
    text = "Any agreement on fishing quotas must be fair, India said."
    assert ("Fishing quotas", "raised", None) in _rows(nlp, text)
    assert ("Fishing quotas", "agreed", None) in _rows(
        nlp, "The sides reached an agreement on fishing quotas."
    )
    what_it_says = "The council insists any deal must include the lifting of the fishing ban."
    assert ("Lifting of fishing ban", "raised", None) in _rows(nlp, what_it_says)


@pytest.mark.parametrize(
    "text",
    [
        "The breakthroughs in the March talks were the agreement on rice tariffs and a pledge to cut quotas.",
        "In the March talks, they agreed on rice tariffs.",
    ],
)
def test_talks_dated_by_a_month_date_what_was_done_at_them(nlp: Any, text: str) -> None:
    """ "in the March talks" dates the clause to March (as "at the March summit" did): not the report's
    meeting of Monday. "talks", listed as written among the meeting nouns, has the lemma "talk"."""
    ctx = context(nlp, MEETING + text, "2024-05-14")
    found = find_issues(ctx, find_meetings(ctx), find_statements(ctx))[0]
    assert [(m.label, m.meeting, m.round_date) for m in found if m.label == "Tariffs"] == [
        ("Tariffs", None, "2024-03")
    ]


def test_a_meeting_named_by_its_title_is_no_item_though_parsed_as_a_common_noun(nlp: Any) -> None:
    """ "submitted to the Nordic Leaders' Meeting": the capitalised meeting noun with a name before it is
    where the plan goes, even when the parser takes "Meeting" for a common noun."""
    titled = (
        "The document, drafted by senior officials, will be submitted for approval to the Nordic "
        "Economic Leaders' Meeting to be held here on May 18-19."
    )
    assert not [row for row in _rows(nlp, titled) if row[0] == "Meeting of the leaders"]
    assert ("Meeting of the leaders", "agreed", None) in _rows(
        nlp, "They agreed to hold a leaders' summit in June."
    )


TODAY = "Delegations of Canada and India hold talks in Ottawa today. "


def _issues_told_today(nlp: Any, text: str) -> list[tuple[str, str]]:
    ctx = context(nlp, TODAY + text, "2024-05-14")
    found, _subject = find_issues(ctx, find_meetings(ctx), find_statements(ctx))
    return [(m.issue, m.status) for m in found]


def test_what_the_sides_will_discuss_at_a_meeting_told_on_its_day_is_discussed(nlp: Any) -> None:
    got = _issues_told_today(
        nlp, "The two delegations are expected to discuss fishing quotas and water sharing."
    )
    assert ("other:fishing-quotas", "discussed") in got
    assert ("other:water-sharing", "discussed") in got
    assert ("other:fishing-quotas", "discussed") in _issues_told_today(
        nlp, "They will discuss fishing quotas."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The two delegations hope to discuss fishing quotas.",
        "The two delegations could discuss fishing quotas.",
        "The two delegations will not discuss fishing quotas.",
    ],
)
def test_a_wish_a_possibility_or_a_refusal_to_discuss_is_no_discussion(nlp: Any, text: str) -> None:
    assert all(status != "discussed" for _key, status in _issues_told_today(nlp, text))


def test_what_the_sides_will_discuss_after_a_meeting_of_the_past_is_no_status_of_it(nlp: Any) -> None:
    assert _issues(nlp, "The two delegations are expected to discuss fishing quotas.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministers endorsed the Ottawa Action Plan to implement the Delhi roadmap.",
        "They endorsed the Ottawa Action Plan to implement the Delhi Roadmap.",
    ],
)
def test_a_titled_text_that_a_titled_plan_carries_out_is_one_item_with_it(nlp: Any, text: str) -> None:
    got = _issues(nlp, text)
    assert ("other:ottawa-action-plan", "agreed", None) in got
    assert [key for key, _s, _r in got if "delhi" in key] == []


def test_what_an_untitled_plan_carries_out_stays_the_item(nlp: Any) -> None:
    got = _issues(nlp, "They agreed a plan to implement the Delhi Roadmap.")
    assert ("other:delhi-roadmap", "agreed", None) in got


def test_an_announced_agenda_goes_to_the_planned_meeting_of_the_level_it_names(nlp: Any) -> None:
    text = (
        "Canadian Foreign Minister Ann Lee and Norwegian Trade Minister Bo Dahl will attend the 9th Arctic"
        " Council Ministerial Meeting from May 20 to 21 in Oslo, the ministry announced on Tuesday."
        " Canadian Prime Minister John Smith will attend the 7th Arctic Council Leaders' Meeting on May 25."
        " According to the spokesman, the upcoming ministerial meeting will give priority to fishing quotas"
        " and water sharing."
    )
    ctx = context(nlp, text, "2024-05-14")
    meetings = find_meetings(ctx)
    levels = {m.key: m.level for m in meetings}
    found, _subject = find_issues(ctx, meetings, find_statements(ctx))
    placed = {m.issue: levels.get(m.meeting or "") for m in found}
    assert placed == {"other:fishing-quotas": "ministers", "other:water-sharing": "ministers"}


def test_the_agenda_of_the_next_days_session_told_during_a_meeting_is_discussed(nlp: Any) -> None:
    text = (
        "The leaders of Canada and India held talks in Ottawa today. The leaders will meet again tomorrow"
        " morning, when they will discuss fishing quotas and water sharing."
    )
    ctx = context(nlp, text, "2024-05-14")
    found, _subject = find_issues(ctx, find_meetings(ctx), find_statements(ctx))
    assert {(m.issue, m.status) for m in found} == {
        ("other:fishing-quotas", "discussed"),
        ("other:water-sharing", "discussed"),
    }


def test_the_agenda_of_a_meeting_a_week_later_stays_raised(nlp: Any) -> None:
    text = (
        "The leaders of Canada and India held talks in Ottawa today. The leaders will meet again on May 21,"
        " when they will discuss fishing quotas."
    )
    ctx = context(nlp, text, "2024-05-14")
    found, _subject = find_issues(ctx, find_meetings(ctx), find_statements(ctx))
    assert [(m.issue, m.status) for m in found] == [("other:fishing-quotas", "raised")]


def test_the_topic_of_talks_one_side_holds_with_another_is_raised_by_neither(nlp: Any) -> None:
    got = _issues(
        nlp, "Canadian officials are to hold talks Friday with India over an increase in rice prices."
    )
    assert got and all(raiser is None for _key, _status, raiser in got)
    assert ("other:fishing-quotas", "proposed", "Canada") in _issues(
        nlp, "Canada proposed talks with India on fishing quotas."
    )


@pytest.mark.parametrize(
    "text, key",
    [
        ('"It is not a time for discussing cuts in fishing quotas," the minister said.', "quotas"),
        ('The premier said it was "not an appropriate time" to talk about water sharing.', "water-sharing"),
        ("There is no time to discuss river navigation, the minister said.", "river-navigation"),
    ],
)
def test_not_the_time_to_discuss_an_item_keeps_it_off_the_table(nlp: Any, text: str, key: str) -> None:
    got = _issues(nlp, text)
    assert got and all(status == "excluded" for _k, status, _r in got)
    assert any(key in k for k, _s, _r in got)


def test_the_right_time_to_discuss_an_item_excludes_nothing(nlp: Any) -> None:
    got = _issues(nlp, "It is the right time to discuss river navigation, the minister said.")
    assert all(status != "excluded" for _k, status, _r in got)


@pytest.mark.parametrize(
    "text",
    [
        "Canada said patrols would go on until a final accord on fishing quotas is signed.",
        "India said its navy would withdraw once a treaty on the river border was ratified.",
    ],
)
def test_a_settling_verb_in_a_clause_another_waits_for_settles_nothing(nlp: Any, text: str) -> None:
    assert [s for _k, s, _r in _issues(nlp, text) if s in ("agreed", "formalised", "implemented")] == []


def test_an_agreement_reached_once_the_talks_resumed_is_still_agreed(nlp: Any) -> None:
    text = "The sides agreed on fishing quotas once the talks resumed."
    assert ("other:fishing-quotas", "agreed", None) in _issues(nlp, text)


def test_an_item_no_cue_governs_is_dated_by_the_sentence_cue_it_took_its_status_from(nlp: Any) -> None:
    text = (
        "Delegations of Canada and India held talks in Ottawa on Monday on fishing quotas. The last deal,"
        " reached in November, saw a weeklong truce under which 105 fishermen were freed."
    )
    ctx = context(nlp, text, "2024-01-29")
    found, _subject = find_issues(ctx, find_meetings(ctx), find_statements(ctx))
    truce = [m for m in found if m.phrase == "truce"]
    assert truce and all(m.meeting is None and m.round_date == "2023-11" for m in truce)


@pytest.mark.parametrize(
    "text",
    [
        "The envoys held two days of talks in Ottawa on a ceasefire deal.",
        "The envoys met at the end of three days of negotiations in Ottawa on a ceasefire deal.",
        "The minister flew home after a summit in Geneva with the Indian envoy on a ceasefire deal.",
    ],
)
def test_a_deal_a_meeting_is_about_is_discussed_not_reached(nlp: Any, text: str) -> None:
    got = [(k, s) for k, s, _r in _issues(nlp, text) if k == "ceasefire"]
    assert got == [("ceasefire", "discussed")]


def test_a_deal_reached_at_a_summit_is_still_agreed(nlp: Any) -> None:
    assert ("ceasefire", "agreed", None) in _issues(
        nlp, "The two sides reached a deal on a ceasefire at the summit."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Canada said it had put fishing quotas and river navigation on the table, as well as its trawlers.",
        "Canada put the question of fishing quotas and river navigation on the agenda.",
    ],
)
def test_what_a_side_puts_on_the_table_is_raised_by_it(nlp: Any, text: str) -> None:
    got = _rows(nlp, text)
    assert ("Fishing quotas", "raised", "Canada") in got
    assert ("River navigation", "raised", "Canada") in got


def test_what_a_side_does_not_put_on_the_table_is_not_raised(nlp: Any) -> None:
    assert _rows(nlp, "Canada did not put fishing quotas on the table.") == []


@pytest.mark.parametrize(
    "text, key",
    [
        ("India raised the fate of the missing persons from the border war.", "missing"),
        ("Canada raised the issue of people still missing after the floods.", "missing"),
        ("The sides discussed the return of displaced families to the valley.", "displaced"),
        ("India raised the plight of internally displaced people in the north.", "displaced"),
        ("They agreed on the return of refugees to their villages.", "displaced"),
    ],
)
def test_the_missing_and_the_displaced_are_humanitarian_items(nlp: Any, text: str, key: str) -> None:
    assert key in [k for k, _s, _r in _issues(nlp, text)]


def test_a_clause_hung_on_a_taxonomy_item_keeps_its_own_items(nlp: Any) -> None:
    text = (
        "According to him, the Indian delegation raised the issue of missing persons, the return of"
        " displaced persons and cultural heritage, namely the protection of Sikh temples, while the"
        " Canadian side insisted on civil registry books and the cadastre."
    )
    got = _rows(nlp, text)
    assert ("Missing persons", "raised", "India") in got
    assert ("Civil registry books", "raised", "Canada") in got
    assert ("Cadastre", "raised", "Canada") in got


@pytest.mark.parametrize(
    "text, status",
    [
        ("Canada has signed an agreement with India. Under the agreement, {item}.", "formalised"),
        ("The deal was signed on Monday afternoon. Under the agreement, {item}.", "formalised"),
        ("Canada has not signed the agreement. Under the agreement, {item}.", "agreed"),
    ],
)
def test_what_an_agreement_signed_without_items_provides_is_signed(nlp: Any, text: str, status: str) -> None:
    item = "India will lift its fishing quotas within 14 months"
    ctx = context(nlp, MEETING + text.format(item=item), "2024-05-14")
    found, _subject = find_issues(ctx, find_meetings(ctx), find_statements(ctx))
    assert [m.status for m in found if "quotas" in m.issue] == [status]


@pytest.mark.parametrize(
    "text, label",
    [
        (
            "Under the agreement, India will withdraw all its naval patrols from the strait.",
            "Withdrawal of naval patrols",
        ),
        ("India insisted that the consulates must be reopened.", "Reopening of consulates"),
    ],
)
def test_the_object_of_a_change_a_clause_settles_is_named_by_the_change(
    nlp: Any, text: str, label: str
) -> None:
    assert label in [lab for lab, _s, _r in _rows(nlp, text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("India proposed a six-week cease-fire.", ("Ceasefire", "proposed", "India")),
        ("Canada offered a 90-day truce along the border.", ("Ceasefire", "proposed", "Canada")),
    ],
)
def test_a_length_of_time_does_not_date_an_item_to_the_past(
    nlp: Any, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _rows(nlp, text)


def test_a_year_still_dates_a_text_to_the_past(nlp: Any) -> None:
    assert _rows(nlp, "They discussed the 1953 armistice agreement.") == []


@pytest.mark.parametrize(
    "text, label",
    [
        ("Canada is seeking to reduce tariffs on steel.", "Tariffs"),
        ("India sought to lift the ban on beef imports.", "Lifting of ban on beef imports"),
    ],
)
def test_seeking_a_change_raises_its_object(nlp: Any, text: str, label: str) -> None:
    assert [(lab, status) for lab, status, _r in _rows(nlp, text)] == [(label, "raised")]


@pytest.mark.parametrize(
    "text",
    [
        "India will seek to overcome divisions over the fishing quotas.",
        "India is seeking to expand its naval fleet.",
        "The mediators sought to end a brutal two-year conflict.",
    ],
)
def test_seeking_an_aim_raises_nothing(nlp: Any, text: str) -> None:
    assert _rows(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The two sides still have to agree on fishing quotas.",
        "The talks were tense, with the two panels unable to agree on fishing quotas.",
    ],
)
def test_an_agreement_still_to_be_reached_is_a_discussion(nlp: Any, text: str) -> None:
    assert _rows(nlp, text) == [("Fishing quotas", "discussed", None)]


def test_an_agreement_that_had_to_be_made_was_made(nlp: Any) -> None:
    assert _rows(nlp, "India had to accept the fishing quotas.") == [("Fishing quotas", "agreed", "India")]


@pytest.mark.parametrize(
    "text",
    [
        "The annex on consular arrangements was signed by the two chief negotiators.",
        "The two sides also signed an addendum defining the consular arrangements.",
    ],
)
def test_an_annex_is_named_by_what_it_settles(nlp: Any, text: str) -> None:
    assert ("Consular arrangements", "formalised", None) in _rows(nlp, text)
    assert not any(label in ("Annex", "Addendum") for label, _s, _r in _rows(nlp, text))


def test_a_piece_of_a_text_is_no_item(nlp: Any) -> None:
    got = _rows(nlp, "Canada and India have agreed on the final piece of a fishing accord.")
    assert [label for label, _s, _r in got] == ["Fishing"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "India had demanded that the council have its own police and judiciary, which Canada rejected.",
            [("Police", "rejected", "India"), ("Judiciary", "rejected", "India")],
        ),
        (
            "India proposed a joint patrol force, which Canada rejected.",
            [("Patrol force", "rejected", "India")],
        ),
        (
            "India proposed a joint patrol force, which Canada has not rejected.",
            [("Patrol force", "proposed", "India")],
        ),
    ],
)
def test_a_demand_the_other_side_turned_down_is_rejected(
    nlp: Any, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It was agreed that the experts will hold their next meeting in the near future.",
        "India urged Canada to use the window of opportunity.",
        "The sides agreed to start internal procedures.",
    ],
)
def test_a_time_a_chance_or_a_procedure_is_no_item(nlp: Any, text: str) -> None:
    assert _rows(nlp, text) == []


def test_a_scope_word_stays_in_the_label_of_an_item(nlp: Any) -> None:
    got = _rows(nlp, "The talks covered global growth and national elections.")
    assert [label for label, _s, _r in got] == ["Global growth", "National elections"]


def test_a_scope_word_makes_no_generic_noun_an_item(nlp: Any) -> None:
    assert _rows(nlp, "They discussed regional issues and international cooperation.") == []


def test_agreeing_to_try_to_reach_a_deal_is_a_discussion(nlp: Any) -> None:
    got = _rows(
        nlp, "Canada and India agreed on Wednesday to try to reach a deal by Jan. 15 over fishing quotas."
    )
    assert got == [("Fishing quotas", "discussed", None)]


def test_a_list_s_last_member_hung_inside_a_taxonomy_item_is_its_own_item(nlp: Any) -> None:
    """ "missing persons, the return of displaced persons and cultural heritage": the heritage ends the
    list Canada raised, though the parser hangs it inside the return (a taxonomy item)."""
    got = _issues(
        nlp,
        "Canada raised the issue of missing persons, the return of displaced persons and cultural heritage.",
    )
    assert ("displaced", "raised", "Canada") in got
    assert ("other:cultural-heritage", "raised", "Canada") in got


SIGNED = "Canada and India signed a fisheries agreement in Ottawa on Monday. "


def test_what_a_text_commits_the_sides_to_is_settled(nlp: Any) -> None:
    """ "the deal commits the sides to X": the text binds them to X, as "the deal provides for X" does."""
    got = [
        (m.label, m.status)
        for m in _mentions(
            nlp, SIGNED + "The deal also commits the sides to the release of detained fishermen by June 10."
        )
    ]
    assert any(label == "Release of detained fishermen" and status in SETTLING for label, status in got)


def test_a_list_a_text_provides_for_is_read_past_an_apposition_on_the_verb(nlp: Any) -> None:
    """ "the agreement will provide for X, the exchange of Y and Z": the parser hangs the second member
    on the verb as an apposition, which a verb cannot have; it is still what the text provides."""
    text = (
        SIGNED + "Officials say the agreement will provide for a phased withdrawal of coast guard ships, the"
        " exchange of maps and the start of border talks."
    )
    labels = {m.label: m.status for m in _mentions(nlp, text)}
    assert labels.get("Exchange of maps") in SETTLING


@pytest.mark.parametrize(
    "text, label",
    [
        ("The sides agreed on port fees but left fishing quotas unresolved.", "Fishing quotas"),
        (
            "They agreed on a schedule for the quotas, leaving the arbitration mechanism for legal teams to"
            " resolve.",
            "Arbitration mechanism",
        ),
        ("They left fishing quotas for the next round.", "Fishing quotas"),
    ],
)
def test_what_the_talks_leave_unsettled_is_deferred(nlp: Any, text: str, label: str) -> None:
    assert (label, "deferred", None) in _rows(nlp, text)


def test_leaving_a_place_or_an_idiom_defers_nothing(nlp: Any) -> None:
    assert _rows(nlp, "The envoy left Ottawa for Delhi on Tuesday.") == []
    assert not any(status == "deferred" for _l, status, _r in _rows(nlp, "The minister left the door open."))


@pytest.mark.parametrize(
    "text",
    [
        "The Indian envoy said fishing quotas were a state matter that could not be left out of the talks.",
        "Fishing quotas will not be excluded from the agenda, the envoy said.",
    ],
)
def test_a_leaving_out_denied_puts_the_item_before_the_talks(nlp: Any, text: str) -> None:
    """ "X could not be left out of the talks": the side wants X in them, raised, not excluded."""
    got = [(issue, status) for issue, status, _r in _issues(nlp, text)]
    assert ("other:fishing-quotas", "raised") in got
    assert ("other:fishing-quotas", "excluded") not in got


def test_a_leaving_out_still_excludes(nlp: Any) -> None:
    assert ("other:fishing-quotas", "excluded", None) in _issues(
        nlp, "Fishing quotas were left out of the talks."
    )


def test_what_a_clause_says_according_to_a_text_is_settled_by_it(nlp: Any) -> None:
    """ "according to the agreement, X will be released": the text's content, as "under the deal"."""
    text = SIGNED + "According to the agreement, up to 300 detained fishermen will be released by June 10."
    got = {m.label: m.status for m in _mentions(nlp, text)}
    assert got.get("Release of detained fishermen") in SETTLING
    assert _rows(nlp, "According to the ministry, Canada will lift the ban on imports.") == []


def test_what_a_text_is_thought_to_envisage_is_its_content(nlp: Any) -> None:
    """ "the agreement is thought to envisage X": the hedge takes the verb of content, which says what
    the text settles."""
    text = SIGNED + "The agreement is thought to envisage the release of 33 detained fishermen."
    got = {m.label: m.status for m in _mentions(nlp, text)}
    assert got.get("Release of detained fishermen") in SETTLING


@pytest.mark.parametrize(
    "text, label",
    [
        ("Canada proposed a ban on trade in seal products.", "Ban on trade"),
        ("The draft would impose a moratorium on whaling.", "Moratorium on whaling"),
        ("India proposed a moratorium on nuclear tests.", "Moratorium on nuclear tests"),
        ("India rejected curbs on rice exports.", "Curbs on rice exports"),
        ("Canada proposed a travel ban on officials.", "Travel ban"),
    ],
)  # fmt: skip
def test_a_restriction_is_named_by_what_it_restricts(nlp: Any, text: str, label: str) -> None:
    """ "a ban on trade": the restriction with what it restricts, not a bare "Ban" (nor "Ban on trade
    seal": the words of "in seal products" name the products); a restriction with modifiers of its own
    is named by them, its "on" phrase then mostly whom it hits."""
    assert [lab for lab, _status, _r in _rows(nlp, text)] == [label]


@pytest.mark.parametrize(
    "text", ["They discussed the ban.", "India rejected a ban on Canada.", "Canada proposed restrictions."]
)
def test_a_restriction_of_nothing_named_is_no_item(nlp: Any, text: str) -> None:
    assert _rows(nlp, text) == []


def test_a_draft_does_not_refer_back_to_a_dated_agreement(nlp: Any) -> None:
    """ "The accord provides for X" after an accord dated March 3 is that accord's; "the revised draft
    would mandate X" is a text still on the table, put forward at the round the report tells of."""
    dated = "The two sides reached an accord on March 3. "
    accord = _mentions(nlp, MEETING + dated + "The accord provides for a ban on trawling.")
    assert [(m.label, m.meeting, m.round_date) for m in accord] == [("Ban on trawling", None, "2024-03-03")]
    draft = _mentions(nlp, MEETING + dated + "The revised draft would mandate a ban on trawling.")
    assert [(m.label, m.status, m.meeting) for m in draft] == [("Ban on trawling", "proposed", "m0")]


def test_a_deadline_does_not_date_an_agreement(nlp: Any) -> None:
    """ "an accord which gave the sides until March 3": the day by which a thing is to be done, not
    the day the accord was reached, which a later "the accord says" would be put on."""
    from legation.nlp.issues.rounds import agreement_date

    ctx = context(nlp, "The accord, which gave the sides until March 3 to settle the quotas, has expired.")
    assert agreement_date(ctx, ctx.sents[0]) is None
    ctx = context(nlp, "The accord, which the sides reached on March 3, has expired.")
    assert agreement_date(ctx, ctx.sents[0]) == "2024-03-03"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("India protested at the presence of armed Canadian vessels in the disputed waters.",
         ("Presence of armed Canadian vessels", "raised", "India")),
        ("India protested against the new fishing quotas.", ("Fishing quotas", "raised", "India")),
    ],
)  # fmt: skip
def test_what_a_side_protests_at_it_raises(
    nlp: Any, text: str, expected: tuple[str, str, str | None]
) -> None:
    """ "protested at/against X": what a side objects to is the "at" or "against" phrase of its protest."""
    assert expected in _rows(nlp, text)


@pytest.mark.parametrize(
    "text, label",
    [
        ("India proposed a 15 percent cap on rice exports.", "Cap on rice exports"),
        ("India rejected fishing quotas and curbs on rice.", "Curbs on rice"),
    ],
)  # fmt: skip
def test_a_restriction_s_phrase_hung_on_the_verb_or_an_amount(nlp: Any, text: str, label: str) -> None:
    """ "rejected fishing quotas and curbs on rice": the parser hangs "on rice" on the verb after the list's
    last member; "a 15 percent cap": the amount says how much, not what is capped."""
    assert label in [lab for lab, _status, _r in _rows(nlp, text)]


def test_a_day_is_not_what_a_restriction_restricts(nlp: Any) -> None:
    assert _rows(nlp, "They discussed the ban on Monday.") == []


def test_non_tariff_measures_are_not_tariffs(nlp: Any) -> None:
    """ "non-tariff measures" are the opposite of tariffs: an item of their own, and no tariff item."""
    got = _issues(nlp, "India raised non-tariff barriers, including car safety standards.")
    assert ("non_tariff", "raised", "India") in got
    assert not any(issue == "tariffs" for issue, _s, _r in got)
    got = _issues(nlp, "They discussed tariffs and non-tariff measures.")
    assert {issue for issue, _s, _r in got} >= {"tariffs", "non_tariff"}


def test_a_list_pointing_back_to_the_issues_discussed_takes_their_status(nlp: Any) -> None:
    text = "The ministers talked about many things. These included fishing quotas, port fees and grain sales."
    got = {(issue, status) for issue, status, _r in _issues(nlp, text)}
    assert {("other:fishing-quotas", "discussed"), ("other:port-fees", "discussed")} <= got, got


def test_a_list_with_nothing_before_it_to_point_back_to_is_no_status(nlp: Any) -> None:
    assert _issues(nlp, "The ministers ate lunch at noon. These included fishing quotas.") == []


def test_a_refusal_of_the_appeal_turns_down_what_was_asked(nlp: Any) -> None:
    text = (
        "India sought Canada's permission to resume port inspections, "
        "but Canadian officials rejected the request."
    )
    got = _issues(nlp, text)
    assert ("other:resumption-of-port-inspections", "raised", "India") in got, got
    assert ("other:resumption-of-port-inspections", "rejected", "Canada") in got, got


def test_an_offer_accepted_in_the_next_sentence_is_agreed(nlp: Any) -> None:
    got = _issues(nlp, "Canada proposed a joint fisheries patrol. India accepted the offer.")
    assert any(status == "agreed" and raiser == "India" for _i, status, raiser in got), got


def test_an_answer_denied_or_about_something_else_settles_nothing(nlp: Any) -> None:
    got = _issues(nlp, "Canada proposed a joint fisheries patrol. India did not accept the offer.")
    assert all(status == "proposed" for _i, status, _r in got), got


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The two sides expressed their hope to expand grain exports.",
            ("other:expansion-of-grain-exports", "raised"),
        ),
        ("India expressed the hope to expand port access.", ("other:expansion-of-port-access", "raised")),
    ],
)
def test_a_side_s_hope_to_do_a_thing_puts_it_on_the_table(
    nlp: Any, text: str, expected: tuple[str, str]
) -> None:
    assert expected in {(issue, status) for issue, status, _r in _issues(nlp, text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("India demanded a review of the fishing quotas.", ("other:fishing-quotas", "raised", "India")),
        (
            "Canada turned down a review of the water-sharing rules.",
            ("other:water-sharing-rules", "rejected", "Canada"),
        ),
    ],
)
def test_asking_for_a_review_of_an_item_raises_it(
    nlp: Any, text: str, expected: tuple[str, str, str | None]
) -> None:
    got = _issues(nlp, text)
    assert expected in got
    assert not [g for g in got if g[0] == "other:review"]


def test_the_raiser_is_the_subject_not_whom_its_clause_names(nlp: Any) -> None:
    # the relative clause names the other side; the subject, titled earlier by his country, raised it
    text = (
        "Indian Trade Minister Ravi Menon was also in town. "
        "Menon, who met Canadian industry leaders, raised the issue of fishing quotas."
    )
    assert ("other:fishing-quotas", "raised", "India") in _issues(nlp, text)


def test_an_apposition_still_says_whose_the_raiser_is(nlp: Any) -> None:
    text = "Ravi Menon, India's trade minister, raised the issue of fishing quotas."
    assert ("other:fishing-quotas", "raised", "India") in _issues(nlp, text)


@pytest.mark.parametrize(
    "text, key, phrase",
    [
        # the modifiers that say which tariffs, without the number and the country
        ("India demanded the removal of the 25% US auto tariffs.", "tariffs", "auto tariffs"),
        ("They agreed on the prisoner exchange mechanism.", "prisoners", "prisoner exchange mechanism"),
        # a vague word or a duration names no kind
        ("They discussed new tariffs.", "tariffs", "tariffs"),
        ("The sides agreed on a weeklong truce.", "ceasefire", "truce"),
    ],
)
def test_a_taxonomy_item_keeps_the_words_it_was_named_with(
    nlp: Any, text: str, key: str, phrase: str
) -> None:
    ctx = context(nlp, MEETING + text, "2024-05-14")
    found, _subject = find_issues(ctx, find_meetings(ctx), find_statements(ctx))
    assert (key, phrase) in [(m.issue, m.phrase) for m in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The two prime ministers witnessed the signing of three deals on fisheries, tourism and health.",
            [
                ("other:fisheries", "formalised"),
                ("other:tourism", "formalised"),
                ("other:health", "formalised"),
            ],
        ),
        (
            "The ministers attended the signing of an agreement on fisheries.",
            [("other:fisheries", "formalised")],
        ),
        ("They attended a signing ceremony for a deal on port fees.", [("other:port-fees", "formalised")]),
        ("The talks ended with the signing of an accord on port fees.", [("other:port-fees", "formalised")]),
        (
            "The signing of a memorandum on fisheries cooperation followed the talks.",
            [("other:fisheries-cooperation", "formalised")],
        ),
    ],
)
def test_a_signing_told_as_done_formalises_what_the_text_is_on(
    nlp: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "witnessed the signing of a deal on X" tells of X signed, as "signed a deal on X" does."""
    got = [(issue, status) for issue, status, _r in _issues(nlp, text)]
    assert all(row in got for row in expected), got


@pytest.mark.parametrize(
    "text, status",
    [
        # a signing to come, hoped for or prepared is no signature yet
        ("The two leaders will witness the signing of an accord on port fees on Friday.", "discussed"),
        ("The signing of the accord on port fees was postponed.", "deferred"),
    ],
)
def test_a_signing_not_done_formalises_nothing(nlp: Any, text: str, status: str) -> None:
    got = [(issue, s) for issue, s, _r in _issues(nlp, text)]
    assert ("other:port-fees", status) in got and ("other:port-fees", "formalised") not in got


def test_a_signing_the_talks_only_prepare_is_none_yet(nlp: Any) -> None:
    got = _issues(nlp, "The talks paved the way for the signing of a treaty on border demarcation.")
    assert all(status != "formalised" for _issue, status, _r in got)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "India is ready to increase military exchanges with Canada.",
            ("other:military-exchanges", "raised"),
        ),
        ("India stands ready to expand trade in farm products with Canada.", ("other:trade", "raised")),
        (
            "India is willing to further strengthen fisheries cooperation with Canada.",
            ("other:fisheries-cooperation", "raised"),
        ),
        # not ready to do it: the side turns it down
        ("India is not ready to lift the ban on fishing.", ("other:ban-on-fishing", "rejected")),
    ],
)
def test_a_side_ready_to_act_on_an_item_raises_it(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    """ "is ready to expand X" is the side's stance on X, as "reiterated its readiness to expand X" is;
    the side is the subject of the adjective's verb."""
    assert (*expected, "India") in _issues(nlp, text)


def test_a_readiness_to_sign_is_no_signature(nlp: Any) -> None:
    got = _issues(nlp, "India said it is ready to sign an agreement on fisheries.")
    assert [(issue, status) for issue, status, _r in got] == [("other:fisheries", "discussed")]


def test_a_readiness_to_face_a_threat_names_no_item(nlp: Any) -> None:
    """Only a readiness to further, give or change a thing puts it forward; a threat faced is none."""
    got = _issues(
        nlp, "NATO must be ready to face an aggressive regime, a rampaging faction or a terrorist group."
    )
    assert got == []


def test_an_undated_line_goes_on_about_the_newest_meeting_the_report_tells(nlp: Any) -> None:
    text = (
        "Trade ministers of Arland and Brevia met in Geneva on March 2 to open the talks. "
        "The ministers of Arland and Brevia met again in Geneva on Tuesday and reached a deal. "
        "Brevia agreed to cut its tariffs on Arland's wool."
    )
    ctx = context(nlp, text, "2024-05-16")
    meetings = find_meetings(ctx)
    newest = max((m for m in meetings if m.date is not None), key=lambda m: m.date.value if m.date else "")
    found = find_issues(ctx, meetings, find_statements(ctx))[0]
    assert [m.meeting for m in found if m.status == "agreed"] == [newest.key]


def test_talks_on_a_stage_of_an_agreement_discuss_it_and_settle_nothing(nlp: Any) -> None:
    text = (
        "Negotiators of Arland and Brevia held talks in Vienna on Monday on the second phase of the "
        "ceasefire agreement."
    )
    got = [(m.issue, m.status) for m in _mentions(nlp, text)]
    assert ("ceasefire", "discussed") in got
    assert ("ceasefire", "agreed") not in got


def test_the_points_listed_under_an_agreement_reached_are_its_terms(nlp: Any) -> None:
    text = (
        "Arland and Brevia reached a trade agreement in Geneva on Tuesday after their ministers met.\n\n"
        "- Brevia will purchase 40 Arland aircraft.\n\n"
        "- Arland will buy more Brevian wheat."
    )
    got = [(m.issue, m.status) for m in _mentions(nlp, text)]
    assert ("other:aircraft", "agreed") in got
    assert not any(status == "proposed" for _issue, status in got)


def test_a_side_that_will_buy_a_thing_with_no_agreement_reported_offers_it(nlp: Any) -> None:
    text = "Ministers of Canada and India met in Ottawa on Tuesday.\n\n- India will purchase 40 aircraft."
    got = [(m.issue, m.status) for m in _mentions(nlp, text)]
    assert ("other:aircraft", "proposed") in got


def test_a_signing_a_side_goes_to_make_sure_of_is_not_done(nlp: Any) -> None:
    text = (
        "Canada's minister said he is ready to return to New Delhi to ensure the prime minister signs "
        "an order cutting the tariffs on lentils."
    )
    assert not any(status == "formalised" for _issue, status, _r in _issues(nlp, text))


def test_an_offer_the_other_side_turned_down_is_rejected(nlp: Any) -> None:
    text = "Canada suggested it may offer a lower tariff on Indian steel, a proposal India has rejected."
    got = [(issue, status) for issue, status, _r in _issues(nlp, text)]
    assert any(status == "rejected" for _issue, status in got)
    assert not any(status == "proposed" for _issue, status in got)


@pytest.mark.parametrize(
    "text",
    [
        "India will raise its purchases of Canadian lentils by 75 percent.",
        "India's government will raise its defence spending to 3 percent of its economy.",
    ],
)
def test_raising_a_thing_by_an_amount_increases_it_and_puts_nothing_on_the_table(nlp: Any, text: str) -> None:
    assert not any(status == "raised" for _issue, status, _r in _issues(nlp, text))


def test_raising_a_thing_still_puts_it_on_the_table(nlp: Any) -> None:
    got = _issues(nlp, "India raised the purchases of Canadian lentils.")
    assert any(status == "raised" for _issue, status, _r in got)


def test_what_a_but_sets_against_an_agreements_provision_is_not_provided(nlp: Any) -> None:
    text = (
        "Canadian observers will monitor the fishing zone under a deal reached by their ministers, but the "
        "fate of 18 Indian fishermen held by Canada remained unresolved on Friday."
    )
    got = _issues(nlp, text)
    assert ("monitoring", "agreed", None) in got
    assert not any(issue == "other:fishermen" and status == "agreed" for issue, status, _r in got)


@pytest.mark.parametrize(
    "phrase, names",
    [("R40", True), ("ALF/R40", True), ("R40 withdrawal", False), ("Prisoners", False)],
)
def test_an_open_item_that_only_names_a_side_of_the_meetings_is_none(phrase: str, names: bool) -> None:
    from legation.nlp.issues.document import _names_a_side
    from legation.nlp.issues.grammar import NamedItem

    item = NamedItem("other:" + phrase.lower(), phrase, 0, len(phrase), phrase, "agreed", None)
    assert _names_a_side(item, {"mali", "r40"}) is names
