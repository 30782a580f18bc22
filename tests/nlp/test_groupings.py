"""Forums: talks of a named grouping, whose members are the sides (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from legation.errors import LexiconError
from legation.model import Document
from legation.nlp.extract import extract
from legation.nlp.groupings import groupings, load_groupings
from legation.nlp.meetings import read_meetings
from legation.nlp.sides import find_sides

from .helpers import context


def _sides(nlp: Any, text: str, anchor: str = "2024-05-13") -> Any:
    ctx = context(nlp, text, anchor=anchor)
    meetings, announced = read_meetings(ctx)
    return find_sides(ctx, meetings, announced)


def test_a_summit_of_an_organisation_has_the_members_it_names_for_sides(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "The annual summit of the South Asian Association for Regional Cooperation opened in the "
        "capital on Monday. Leaders of India, Nepal, Bhutan and Pakistan called for a regional trade zone, "
        "while the Chinese observer watched.",
    )
    assert sides.forum == "South Asian Association for Regional Cooperation"
    assert sides.parties == ("Bhutan", "India", "Nepal", "Pakistan")
    assert sides.negotiation


def test_a_grouping_named_by_its_membership_has_every_member_for_sides(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Envoys of the six major powers met in Geneva on Tuesday to haggle over a draft resolution. "
        "France said the text would be ready within days.",
    )
    assert sides.forum == "P5+1"
    assert sides.parties == ("China", "France", "Germany", "Russia", "United Kingdom", "United States")


def test_a_council_of_few_members_meeting_under_a_description_has_every_member_for_sides(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "The emir of Kuwait opened the yearly summit of Gulf Arab leaders on Tuesday, warning of the "
        "unrest in Yemen and Syria.",
    )
    assert sides.forum == "Gulf Cooperation Council"
    assert sides.parties == ("Bahrain", "Kuwait", "Oman", "Qatar", "Saudi Arabia", "United Arab Emirates")


def test_gulf_leaders_met_by_an_outsider_are_no_forum(nlp: Any) -> None:
    sides = _sides(nlp, "The French president held talks with Gulf leaders in Doha on Monday about Iran.")
    assert sides.forum is None


def test_a_grouping_named_after_its_summit_owns_that_summit(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Leaders gathered in Jakarta on Thursday for the East Asia Summit, where maritime security "
        "topped the agenda.",
    )
    assert sides.forum == "East Asia Summit"
    assert len(sides.parties) == 18 and "United States" in sides.parties


def test_a_summit_that_follows_a_meeting_on_whose_sidelines_something_happens_is_no_reference(
    nlp: Any,
) -> None:
    sides = _sides(
        nlp,
        "The minister spoke on the sidelines of a preparatory meeting, which will be followed by the "
        "annual East Asia Summit on Wednesday.",
    )
    assert sides.forum == "East Asia Summit"


def test_two_leaders_meeting_on_the_sidelines_of_a_grouping_s_summit_hold_talks_of_their_own(
    nlp: Any,
) -> None:
    sides = _sides(
        nlp,
        "The presidents of Indonesia and Australia met on the sidelines of the East Asia Summit on Friday.",
    )
    assert sides.forum is None
    assert sides.parties == ("Australia", "Indonesia")


def test_talks_among_a_grouping_make_it_the_forum(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Talks among the ambassadors of the six major powers resumed in New York on Monday, "
        "Britain's envoy said.",
    )
    assert sides.forum == "P5+1"
    assert len(sides.parties) == 6


def test_two_members_meeting_on_the_sidelines_of_a_summit_hold_talks_of_their_own(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "The prime ministers of Japan and Canada met on the sidelines of the APEC summit in Lima on "
        "Friday and agreed to speed up their trade talks.",
    )
    assert sides.forum is None
    assert sides.parties == ("Canada", "Japan")


def test_a_summit_of_a_grouping_with_an_outsider_is_a_meeting_of_two_sides(nlp: Any) -> None:
    sides = _sides(
        nlp, "The EU-Russia summit opened in Helsinki on Friday, with energy supplies high on the agenda."
    )
    assert sides.forum is None


def test_a_member_that_had_not_joined_in_the_report_s_year_is_no_side(nlp: Any) -> None:
    text = (
        "The APEC leaders' meeting opened in Sydney on Saturday. Leaders of Vietnam, Chile and Mexico "
        "pressed for a new round of trade liberalisation."
    )
    assert _sides(nlp, text, anchor="1997-11-22").parties == ("Chile", "Mexico")
    assert _sides(nlp, text, anchor="2007-09-08").parties == ("Chile", "Mexico", "Vietnam")


def test_the_bundled_groupings_load_and_name_known_countries() -> None:
    found = groupings()
    assert "APEC" in found and "P5+1" in found
    assert found["P5+1"].sides == "all"


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ("{name: X, sides: all, members: [Ruritania, France]}", "'Ruritania' is no country"),
        ("{name: X, sides: some, members: [France]}", "is not one of all, named"),
        ("{name: X, sides: all, members: [France], years: {France: soon}}", "years: France"),
        ("{name: X, sides: all, members: [France], years: {Spain: 1990-}}", "years: Spain"),
    ],
)
def test_a_bad_grouping_is_reported_with_file_and_line(tmp_path: Path, entry: str, problem: str) -> None:
    path = tmp_path / "groupings.yaml"
    path.write_text(f"entries:\n  - {{name: Y, sides: named, members: [Chile]}}\n  - {entry}\n")
    with pytest.raises(LexiconError) as err:
        load_groupings(path)
    assert f"{path}:3:" in str(err.value) and problem in str(err.value)


def test_a_description_of_a_grouping_whose_talks_name_other_countries_is_no_forum(nlp: Any) -> None:
    sides = _sides(
        nlp,
        "Six big powers of the region resumed talks on Monday on sharing the lake. The envoys of Kenya and "
        "Uganda said the negotiations were useful.",
    )
    assert sides.forum is None
    assert sides.parties == ("Kenya", "Uganda")


def test_an_organisation_meeting_somewhere_is_the_forum_and_members_named_as_places_are_no_sides(
    nlp: Any,
) -> None:
    sides = _sides(
        nlp,
        "The Organization of Petroleum Exporting Countries, meeting in Vienna, kept its output ceiling on "
        "Friday. The Venezuelan minister and his Nigerian counterpart said the cartel could cut output at a "
        "meeting in Quito of Ecuador next year. They praised the decision of Riyadh, while Iraqi production "
        "stays outside the quota, as do the barrels of all members excluding Algeria.",
        anchor="2011-06-10",
    )
    assert sides.forum == "OPEC"
    assert sides.parties == ("Nigeria", "Venezuela")


def test_the_members_office_holders_a_forum_report_names_head_their_sides(nlp: Any) -> None:
    text = (
        "Ministers of Mercosur met in Montevideo on Monday to discuss a common external tariff. "
        "Brazilian Finance Minister Joao Pereira said the bloc would cut the tariff on machinery. "
        '"We agreed on the main points," said Argentine Economy Minister Laura Gomez. '
        "Uruguayan government spokesman Pablo Diaz said the talks went well. "
        "The Bolivian representative to the six-member group, Juan Carlos Mendoza, said he was ready. "
        "Former Paraguayan President Luis Benitez criticised the deal."
    )
    doc = nlp(text)
    analysis = extract(Document("t1", text, dt.date(2024, 5, 14)), doc)
    assert analysis.forum == "Mercosur"
    (meeting,) = analysis.meetings
    heads = {h.actor.name: h.actor.party for h in meeting.heads}
    assert heads == {"Joao Pereira": "Brazil", "Laura Gomez": "Argentina", "Juan Carlos Mendoza": "Bolivia"}


def test_a_report_of_a_forum_meeting_to_come_names_no_heads(nlp: Any) -> None:
    text = (
        "Ministers of Mercosur will meet in Montevideo next Monday to discuss a common external tariff. "
        "Brazilian Finance Minister Joao Pereira said the bloc would cut the tariff on machinery."
    )
    analysis = extract(Document("t1", text, dt.date(2024, 5, 14)), nlp(text))
    assert all(not m.heads for m in (*analysis.meetings, *analysis.announced))


def test_a_report_of_a_forum_meeting_to_come_names_the_ministers_it_tells_coming_to_it(nlp: Any) -> None:
    text = (
        "Ministers of Mercosur will meet in Montevideo on Monday to discuss a common external tariff. "
        "First to arrive on Saturday was Brazilian Finance Minister Joao Pereira, who backs a lower tariff. "
        "Argentine Economy Minister Laura Gomez said she would raise farm duties at the meeting. "
        "Paraguayan President Luis Benitez said the bloc would cut the tariff on machinery."
    )
    analysis = extract(Document("t1", text, dt.date(2024, 5, 11)), nlp(text))
    (meeting,) = [m for m in analysis.meetings if m.planned and m.date is not None]
    heads = {h.actor.name: h.actor.party for h in meeting.heads}
    # (a president is no minister at a ministers' meeting, and one who only speaks is not told coming)
    assert heads == {"Joao Pereira": "Brazil", "Laura Gomez": "Argentina"}


def test_a_groupings_meeting_still_to_come_after_talks_held_is_their_next_step_not_the_forum(
    nlp: Any,
) -> None:
    sides = _sides(
        nlp,
        "The third round of the exit talks ended in acrimony on Thursday, with the EU's chief negotiator "
        "Jane Roe saying no progress had been made and Hungarian minister John Doe accusing the EU of "
        "inflexibility. EU leaders will meet on 19 October to decide whether enough progress has been made.",
    )
    assert sides.forum is None
    assert sides.parties == ("European Union", "Hungary")


def test_a_grouping_with_member_unions_has_them_for_sides_from_the_year_they_joined(nlp: Any) -> None:
    # a grouping named by its number whose members include unions of states ("and the European Union")
    text = "Finance ministers of the Group of 20 met in Sydney on Saturday to discuss growth."
    before = _sides(nlp, text, "2014-02-24")
    since = _sides(nlp, text, "2024-02-26")
    assert before.forum == since.forum == "G20"
    assert "European Union" in before.parties and "Argentina" in before.parties
    assert "African Union" not in before.parties and "African Union" in since.parties
