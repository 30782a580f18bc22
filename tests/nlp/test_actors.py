"""Actor mentions of people: the side a person stands for, on sentences written for these tests (real
model)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from legation.nlp.actors import actor_words, find_actors

from .helpers import context


def _person_sides(nlp: Any, text: str, dateline: str | None = None) -> dict[str, set[str]]:
    ctx = context(nlp, text, "2024-05-13", dateline)
    found: dict[str, set[str]] = {}
    for m in find_actors(ctx).mentions:  # a person's mention: the text says their name, not the side's
        found.setdefault(text[m.start : m.end], set()).add(m.name)
    return found


def test_a_person_titled_by_an_organisation_stands_for_it_in_later_mentions(nlp: Any) -> None:
    sides = _person_sides(
        nlp,
        "World Trade Organization (WTO) chief Jan Berg called on Monday for faster accession talks. "
        "During a meeting with the trade minister, Berg urged both sides to move.",
    )
    assert sides.get("Berg") == {"World Trade Organization"}


def test_an_official_without_a_country_is_of_the_capital_the_report_is_datelined_in(nlp: Any) -> None:
    text = (
        "Peru said on Monday that its talks with Bolivia on a gas pipeline would go on. "
        "Foreign Minister Ana Gomez met the Bolivian envoy Luis Rojas for three hours. "
        "Peru wants a deal by June, and Peru's congress must approve it."
    )
    assert _person_sides(nlp, text, dateline="LIMA").get("Ana Gomez") == {"Peru"}
    # From a regional hub, about another country's officials: no country for her.
    assert "Ana Gomez" not in _person_sides(nlp, text, dateline="SANTIAGO")
    assert "Ana Gomez" not in _person_sides(nlp, text)


def test_a_visitor_named_with_a_country_once_keeps_it_under_any_of_their_names(nlp: Any) -> None:
    sides = _person_sides(
        nlp,
        "Vietnam and China signed six accords on Friday. Chinese President Hu Jintao arrived in Vietnam "
        "on Thursday. Vietnam hopes for more trade, and Vietnam's exports grew. "
        "President Hu met Prime Minister Tran Van Minh for two hours.",
        dateline="HANOI",
    )
    assert sides["Hu Jintao"] == {"China"}
    assert sides["Hu"] == {"China"}  # the surname written first, not the host's "President"


def test_a_first_word_two_people_of_different_sides_share_names_neither(nlp: Any) -> None:
    sides = _person_sides(
        nlp,
        "South Korean President Kim Sung Ho and North Korean Premier Kim Tae Woo met in Geneva on "
        "Monday. Kim said the talks were useful.",
    )
    assert sides["Kim Sung Ho"] == {"South Korea"} and sides["Kim Tae Woo"] == {"North Korea"}
    assert sides.get("Kim") is None


def test_a_title_the_model_takes_into_a_name_is_no_first_word_of_it(nlp: Any) -> None:
    sides = _person_sides(
        nlp,
        "Chilean State Councilor Tang Jiaxuan said on Saturday that the committee will promote ties "
        "with Peru. Peruvian Foreign Minister Luis Vega, who co-chaired the meeting with Tang, agreed.",
    )
    assert sides.get("Tang") == {"Chile"}


def test_a_title_set_after_a_name_gives_the_person_its_country(nlp: Any) -> None:
    sides = _person_sides(
        nlp,
        "Amina Diallo, party leader and president of Senegal, ended her visit to Ghana on Tuesday. Kofi "
        "Mensah, the Ghanaian trade minister, saw her off. During her stay, Diallo held talks with Mensah.",
    )
    assert sides["Amina Diallo"] == {"Senegal"}
    assert sides["Kofi Mensah"] == sides["Mensah"] == {"Ghana"}


def test_an_organisation_named_beside_a_union_is_its_counterpart(nlp: Any) -> None:
    text = (
        "Airbus and the union representing 30,000 striking workers resumed contract talks on Tuesday. "
        "Airbus has offered a 25% pay rise."
    )
    actors = find_actors(context(nlp, text, "2024-09-25"))
    assert [m.surface for m in actors.mentions if m.name == "Airbus"] == ["Airbus", "Airbus"]


def test_the_nouns_of_a_report_on_one_union_name_one_union(nlp: Any) -> None:
    text = (
        "Airbus and the machinists union reached a tentative agreement on Saturday. The union said "
        "members would vote on Wednesday."
    )
    actors = find_actors(context(nlp, text, "2024-10-20"))
    unions = {m.name for m in actors.mentions if m.generic}
    assert unions == {"machinists union"}
    several = "The unions said talks with Airbus had stalled. The machinists union said it would strike."
    names = {m.name for m in find_actors(context(nlp, several, "2024-10-20")).mentions if m.generic}
    assert len(names) == 2  # a report on unions in the plural tells them apart


def test_an_association_of_workers_is_a_union_named_by_its_members(nlp: Any) -> None:
    # the words after "of" say what kind of body an association is, as for a council or a union
    text = (
        "Airbus and the National Association of Riveters and Steel Workers resumed contract talks in "
        "Toulouse on Tuesday."
    )
    names = {m.name for m in find_actors(context(nlp, text, "2024-09-25")).mentions if m.type == "group"}
    assert "National Association of Riveters and Steel Workers" in names
    other = "The National Association of Tour Operators said bookings had fallen."
    assert not [m for m in find_actors(context(nlp, other, "2024-09-25")).mentions if m.type == "group"]


def _governments(nlp: Any, text: str, dateline: str | None = None) -> set[str]:
    ctx = context(nlp, text, "2024-05-13", dateline)
    return {m.name for m in find_actors(ctx).mentions if text[m.start : m.end].lower() == "government"}


def test_a_country_said_of_where_a_thing_is_from_is_no_actor(nlp: Any) -> None:
    text = "Gunmen seized a Norwegian-owned oil rig off the coast on Sunday and the government sent troops."
    ctx = context(nlp, text, "2024-05-13")
    assert "Norway" not in {m.name for m in find_actors(ctx).mentions}


def test_the_government_of_a_capitals_report_is_its_own_even_when_named_only_as_a_place(nlp: Any) -> None:
    text = (
        "Armed men who took over a Swiss-run clinic in northern Peru released four nurses on Monday. "
        "Government envoys met the gunmen later that day, and the government promised to study their demands."
    )
    assert _governments(nlp, text, dateline="LIMA") == {"Peru"}


def test_the_government_of_a_report_on_a_countrys_rebels_is_that_countrys(nlp: Any) -> None:
    text = (
        "Bolivian rebels freed ten workers on Friday after a deal with the government, "
        "said a German aid group whose Swiss staff were among those freed."
    )
    assert _governments(nlp, text) == {"Bolivia"}


def test_the_government_of_a_named_country_is_no_bare_government(nlp: Any) -> None:
    text = (
        "The government of Chad is mediating the talks in Kampala between Uganda and the rebels, "
        "the Ugandan army said. Uganda's army chief welcomed the talks."
    )
    ctx = context(nlp, text, "2024-05-13", "KAMPALA")
    found = {m.name for m in find_actors(ctx).mentions if m.start < text.index(" of Chad")}
    assert "Uganda" not in found


def test_a_capital_that_names_a_thing_after_it_is_no_actor(nlp: Any) -> None:
    text = "The Minsk Group mediators met the two ministers, and trade talks of the Doha round resumed."
    names = {m.name for m in find_actors(context(nlp, text)).mentions}
    assert "Belarus" not in names and "Qatar" not in names
    text = "Minsk said on Monday it would send a delegation to the talks."
    assert "Belarus" in {m.name for m in find_actors(context(nlp, text)).mentions}


def test_two_communities_of_one_people_named_with_the_peoples_word_once(nlp: Any) -> None:
    text = "Rival Greek and Turkish Cypriot negotiators met on Monday."
    names = {m.name for m in find_actors(context(nlp, text)).mentions}
    assert names == {"Greek Cypriots", "Turkish Cypriots"}


def test_a_later_bare_surname_the_model_tags_as_no_person_keeps_the_side(nlp: Any) -> None:
    text = (
        "Kenyan Foreign Minister Amina Wekesa will visit Uganda this week. Wekesa would hold talks with "
        "her Ugandan counterpart on the border. Wekesa's visit follows a row over fishing rights."
    )
    ctx = context(nlp, text)
    actors = find_actors(ctx)
    starts = [text.index("Wekesa would"), text.index("Wekesa's")]
    sided = {m.start: m.name for m in actors.mentions}
    assert all(sided.get(s) == "Kenya" for s in starts)


def test_a_nationality_word_before_a_movement_says_whose_it_is_and_is_no_side(nlp: Any) -> None:
    for text, written in (  # (the movement named first governs its state since 2021: a report of before)
        ("Envoys of Norway met the Afghan Taliban in Oslo on Monday.", "2019-05-13"),
        ("Israel and Lebanese Hezbollah agreed to a truce on Monday.", "2024-05-13"),
    ):
        names = {m.name for m in find_actors(context(nlp, text, written)).mentions}
        assert names & {"Taliban", "Hezbollah"}, text
        assert not names & {"Afghanistan", "Lebanon"}, text


def test_forces_named_by_a_people_that_is_no_state_are_a_movement(nlp: Any) -> None:
    text = (
        "The government and Darfuri forces met in Nairobi, while Government forces and Ethiopian forces held."
    )
    mentions = find_actors(context(nlp, text, "2024-05-13")).mentions
    groups = {m.surface for m in mentions if m.type == "group"}
    assert groups == {"Darfuri forces"}
    assert "Ethiopia" in {m.name for m in mentions}


def test_a_party_family_is_a_party_under_its_plural_singular_and_party_name(nlp: Any) -> None:
    text = (
        "The Liberals and the opposition Conservatives resumed coalition talks in Lisbon on Monday. "
        "The Liberal Party wants a finance portfolio, a Conservative Party spokesman said."
    )
    found = {(text[m.start : m.end], m.name) for m in find_actors(context(nlp, text)).mentions}
    assert {("Liberals", "Liberals"), ("Conservatives", "Conservatives")} <= found
    assert {("Liberal Party", "Liberals"), ("Conservative Party", "Conservatives")} <= found


def test_a_movement_before_a_title_is_the_persons_however_the_model_parses_the_pair(nlp: Any) -> None:
    # the model takes "leader" for the subject and the first person for the owner of the second "leader"
    ctx = context(
        nlp,
        "Communist Party chief Pavel Dorn and Liberals' leader Ivo Sand ended weeks of talks on the terms "
        "of a pact.",
    )
    affiliations = find_actors(ctx).affiliations
    assert affiliations.get("Dorn") == "Communists"
    assert affiliations.get("Sand") == "Liberals"


def test_a_party_family_named_with_a_country_is_that_states_own_party(nlp: Any) -> None:
    text = (
        "Cuban Communist Party leader Raul Perez held talks with Laotian President Kham Vong in Havana on "
        "Monday."
    )
    names = {m.name for m in find_actors(context(nlp, text)).mentions}
    assert "Communists" not in names
    assert {"Cuba", "Laos"} <= names


def test_a_party_family_before_a_states_government_says_who_governs_and_is_no_side(nlp: Any) -> None:
    text = "Spain's Socialist government and the separatists met in Geneva on Monday."
    names = {m.name for m in find_actors(context(nlp, text)).mentions}
    assert "Socialists" not in names
    assert {"Spain", "separatists"} <= names


def _groups(nlp: Any, text: str) -> set[tuple[str, str]]:
    ctx = context(nlp, text)
    return {(m.name, text[m.start : m.end]) for m in find_actors(ctx).mentions if m.type == "group"}


def test_a_known_full_name_lengthened_with_a_hyphen_and_its_acronym_are_the_known_movement(nlp: Any) -> None:
    text = (
        "The peace talks between the government and the National Liberation Army-Northern Front (ELN-NF) "
        "began today in Quito."
    )
    assert {name for name, _surface in _groups(nlp, text)} == {"ELN"}


def test_a_shortened_listed_name_is_a_run_of_its_words_not_any_two_of_them(nlp: Any) -> None:
    text = "Envoys of Ruritania and the self-styled National Army met in Geneva."
    assert {name for name, _surface in _groups(nlp, text)} == {"National Army"}
    text = "Negotiators of Sri Lanka and the Liberation Tigers met in Oslo on Friday."
    assert {name for name, _surface in _groups(nlp, text)} == {"LTTE"}


def test_an_acronym_written_as_a_word_is_the_known_movement_and_names_the_reports_rebels(nlp: Any) -> None:
    text = "Angola's largest rebel group, the Unita, has ended a ceasefire. Unita negotiators met in Lusaka."
    assert _groups(nlp, text) == {("UNITA", "Angola's largest rebel group"), ("UNITA", "Unita")}


def test_a_country_that_names_a_currency_is_no_actor(nlp: Any) -> None:
    text = (
        "Chile and Peru signed a trade pact on Friday worth 12 billion U.S. dollars, paid partly in "
        "Canadian dollars and Swiss francs."
    )
    names = {m.name for m in find_actors(context(nlp, text)).mentions}
    assert names == {"Chile", "Peru"}
    text = "The U.S. and Chile signed the pact on Friday; it is worth 12 billion dollars."
    assert {m.name for m in find_actors(context(nlp, text)).mentions} == {"Chile", "United States"}


def test_an_actor_in_the_object_of_a_hosting_verb_hosts_nothing(nlp: Any) -> None:
    ctx = context(nlp, "Kazakhstan, which hosted the OSCE summit, backed the plan.")
    assert [(m.surface, ctx.role_of(m)) for m in ctx.actors.mentions] == [
        ("Kazakhstan", "host"),
        ("OSCE", None),
    ]
    ctx = context(nlp, "The talks were hosted by Norway in Oslo.")
    assert ("Norway", "host") in [(m.surface, ctx.role_of(m)) for m in ctx.actors.mentions]


def test_a_word_in_a_verbs_object_is_found_by_the_head_table_as_by_a_walk_up_the_tokens(nlp: Any) -> None:
    from legation.nlp.actors import _object_of

    ctx = context(
        nlp, "Egypt, which hosted the envoys of the African Union last week, welcomed the new deal."
    )

    def walked(tok: Any, verb: Any) -> bool:
        while tok.head.i != tok.i and tok.head.i != verb.i:
            tok = tok.head
        return bool(tok.head.i == verb.i and tok.dep_ == "dobj")

    found = {(t.i, v.i) for t in ctx.doc for v in ctx.doc if _object_of(ctx, t.i, v.i)}
    assert found == {(t.i, v.i) for t in ctx.doc for v in ctx.doc if walked(t, v)}
    assert len(found) > 4  # not vacuous: two objects, each with its words


def test_the_acronym_of_a_states_forces_is_that_state(nlp: Any) -> None:
    ctx = context(
        nlp,
        "The Chadian Armed Forces (CAF) and the rebel Union of Forces for Change held talks in Doha on "
        "Monday. Fighting between the CAF and the rebels had stopped for the talks.",
    )
    caf = [m for m in find_actors(ctx).mentions if m.surface == "CAF"]
    assert caf and {m.name for m in caf} == {"Chad"}


def test_a_group_noun_that_describes_a_later_one_is_part_of_its_mention(nlp: Any) -> None:
    ctx = context(
        nlp,
        "The army signed a truce in Nairobi on Sunday with the delegation of the rebel Lake Patriotic "
        "militia. The militia said it would withdraw from the town.",
    )
    groups = [m for m in find_actors(ctx).mentions if m.type == "group"]
    assert any(m.surface == "rebel Lake Patriotic militia" for m in groups)
    assert "rebel" not in {m.name for m in groups}


def test_a_word_of_a_bodys_name_before_a_person_makes_them_no_movements(nlp: Any) -> None:
    sides = _person_sides(
        nlp,
        "Talks between Chile and Peru ended with the mediation of the High Representative of the European "
        "Union Jane Holm. The Democratic League of Chile said the president had no mandate to negotiate. "
        "Holm said the sides were closer.",
    )
    assert sides.get("Jane Holm") == sides.get("Holm") == {"European Union"}


def test_the_known_names_are_looked_for_in_a_text_by_their_stems() -> None:
    from legation.nlp.actors import _name_stems, _stems_finder

    names = frozenset({"Greens", "Liberal Front", "ZPLA", "Tigers"})
    texts = ["Talks with the Green party.", "No one named.", "the ZPL", "Tiger Tigers", "liberal front", ""]
    for text in texts:
        assert (_stems_finder(names).search(text) is not None) == any(s in text for s in _name_stems(names))
    assert _stems_finder(frozenset()).search("anything") is None  # no names: never found


def _names(nlp: Any, text: str) -> dict[str, str]:
    """Each actor mention's text → the actor it names."""
    return {text[m.start : m.end]: m.name for m in find_actors(context(nlp, text, "2024-06-03")).mentions}


def test_a_name_a_makers_noun_describes_is_a_company(nlp: Any) -> None:
    names = _names(
        nlp,
        "The union met Vantoria, the maker of electric buses, for five hours on Monday. "
        "Talks with carmaker Brisca are to resume on Friday.",
    )
    assert names.get("Vantoria") == "Vantoria"
    assert names.get("carmaker Brisca") == "Brisca"  # the mention takes in the words that describe it


def test_a_company_written_with_and_without_its_company_word_is_one_company(nlp: Any) -> None:
    names = _names(
        nlp,
        "Halden Motor opened contract talks with the union on Monday. Halden said it wanted a fair deal.",
    )
    assert names.get("Halden Motor") == names.get("Halden") == "Halden"
    # never alone in the report: the name keeps its word
    assert _names(nlp, "Norwall Motors opened contract talks with the union on Monday.").get(
        "Norwall Motors"
    ) == ("Norwall Motors")


def test_the_union_is_the_one_union_a_report_names(nlp: Any) -> None:
    text = (
        "The Allied Rail Workers union opened contract talks with Halden Motor on Monday. "
        "The union wants a 20% raise over four years."
    )
    mentions = find_actors(context(nlp, text, "2024-06-03")).mentions
    assert {m.name for m in mentions if text[m.start : m.end].lower().endswith("union")} == {
        "Allied Rail Workers"
    }


def test_a_company_and_a_union_joined_by_and_are_two_actors(nlp: Any) -> None:
    names = _names(nlp, "Brisca and the Allied Rail Workers reached a tentative agreement on Saturday.")
    assert names.get("the Allied Rail Workers", names.get("Allied Rail Workers")) == "Allied Rail Workers"


def test_the_government_of_a_report_from_the_hosts_capital_is_a_sides(nlp: Any) -> None:
    text = (
        "The delegations of the rebels and of the government opened a new cycle of talks in Lima on "
        "Monday. The host, Peruvian Foreign Minister Ana Gomez, welcomed the delegations, and Peruvian "
        "officials called for patience. The rebels asked the government to free prisoners, and Bolivia's "
        "army chief said the truce held."
    )
    assert _governments(nlp, text, dateline="LIMA") == {"Bolivia"}


def test_the_government_is_none_of_the_observers_of_its_talks(nlp: Any) -> None:
    text = (
        "The government and the rebels signed a deal on wealth sharing on Saturday after six days of "
        "talks. Members of the contact group -- Norway, Brazil and Chile -- sat in as observers."
    )
    assert _governments(nlp, text) == set()


def test_a_name_joined_by_and_to_a_company_title_is_no_company(nlp: Any) -> None:
    # the model tags the surname as an organisation: the "and" before the title joins two people
    text = "The talks opened again without a handshake between Vantar and CEO Jane Roe."
    mentions = find_actors(context(nlp, text, "2024-06-03")).mentions
    assert "Vantar" not in {m.name for m in mentions if m.type == "group"}


def test_a_company_named_with_its_legal_form_is_the_name_written_alone(nlp: Any) -> None:
    names = _names(
        nlp,
        "Executives of Halden Motor Co. opened contract talks with the union on Monday. Halden said it "
        "wanted a fair deal.",
    )
    assert names.get("Halden Motor Co.") == names.get("Halden") == "Halden"


def test_a_company_named_after_a_country_keeps_its_company_word(nlp: Any) -> None:
    names = _names(
        nlp,
        "Relations were strained after a Norway Airlines plane was damaged. Norway and Sweden held talks "
        "on Monday.",
    )
    assert names.get("Norway Airlines") == "Norway Airlines"
    assert names.get("Norway") == "Norway"


def _named(nlp: Any, text: str, dateline: str | None = None) -> dict[str, set[str]]:
    ctx = context(nlp, text, "2024-05-13", dateline)
    found: dict[str, set[str]] = {}
    for m in find_actors(ctx).mentions:
        found.setdefault(m.surface, set()).add(m.name)
    return found


def test_a_government_named_by_what_it_stands_for_is_its_countrys_under_its_name_and_acronym(
    nlp: Any,
) -> None:
    text = (
        "Chad's army and the Eastern Liberation Army clashed on Sunday. Officers of the Government of "
        "National Concord (GNC) and of the rebels held talks in Geneva on Monday. The GNC said the talks "
        "had made progress."
    )
    named = _named(nlp, text)
    assert named["Government of National Concord"] == {"Chad"}
    assert named["GNC"] == {"Chad"}


def test_a_named_government_is_the_country_the_report_is_about_not_the_datelines(nlp: Any) -> None:
    text = (
        "The Government of National Concord and Chadian rebels held talks near Moscow on Monday, the first "
        "such meeting in Russia. The talks in Russia went on on Tuesday."
    )
    assert _named(nlp, text, dateline="MOSCOW")["Government of National Concord"] == {"Chad"}
    other = "Chad's rival camps met. The Government of Kanem and the rebels held talks in Mao on Monday."
    assert "Government of Kanem" not in _named(nlp, other)  # a region's government is no country's


def test_a_movement_in_power_is_the_state_it_governs_only_in_reports_written_since(nlp: Any) -> None:
    """actors.yaml lists which movement governs which state from which day; the test reads that entry."""
    name, (state, since) = next(iter(actor_words().governing.items()))
    text = f"{name} negotiators and Ruritanian envoys met in Geneva on Monday."

    def names(anchor: str) -> set[str]:
        return {m.name for m in find_actors(context(nlp, text, anchor)).mentions}

    assert state in names((since + dt.timedelta(days=30)).isoformat())
    assert name not in names((since + dt.timedelta(days=30)).isoformat())
    assert state not in names((since - dt.timedelta(days=365)).isoformat())


def test_a_common_noun_capitalised_at_a_sentences_start_names_no_movement_of_its_own(nlp: Any) -> None:
    # "Rebel" opening a sentence is the report's rebels, not a proper name preferred to theirs
    text = (
        "Rebel chief negotiator Luis Vega met Colombian envoy Ana Soto in Oslo on Tuesday. "
        "The rebels said the talks had gone well."
    )
    names = {m.name for m in find_actors(context(nlp, text, "2024-05-15")).mentions if m.generic}
    assert names and all(name.islower() for name in names)
    # a people's word there keeps its capital, and so does a leader's name owning the noun
    text = "Tamil rebels met Sri Lankan envoys in Oslo on Tuesday."
    names = {m.name for m in find_actors(context(nlp, text, "2024-05-15")).mentions if m.generic}
    assert names == {"Tamil rebels"}
    text = "Kabila's rebels met the government in Lusaka on Tuesday."
    names = {m.name for m in find_actors(context(nlp, text, "2024-05-15")).mentions if m.generic}
    assert names == {"Kabila's rebels"}


def test_a_titled_person_said_to_speak_in_another_capital_is_not_the_datelines_official(nlp: Any) -> None:
    text = (
        "President Jan Olek said on Tuesday that the United States had reached a deal with Norway. The U.S. "
        "will cut its tariffs on Norwegian fish, the U.S. president said. In Oslo, Prime Minister Ola Berg "
        "said the deal was fair."
    )
    ctx = context(nlp, text, "2024-05-10", dateline="Washington")
    berg = text.index("Ola Berg")
    assert [m.name for m in ctx.actors.mentions if m.person and m.start == berg] == []
    # the one who speaks at home is the dateline's official
    olek = text.index("Jan Olek")
    assert [m.name for m in ctx.actors.mentions if m.person and m.start == olek] == ["United States"]


def test_an_acronym_spelt_out_as_another_name_is_no_mention_of_the_listed_body(nlp: Any) -> None:
    text = (
        "The Independent Electoral Assembly (IEA) of Kenya met Ugandan officials. The IEA said talks failed."
    )
    ctx = context(nlp, text)
    assert "International Energy Agency" not in {m.name for m in ctx.actors.mentions}


def test_a_movements_common_word_capitalised_only_by_its_place_in_the_sentence_is_no_name(nlp: Any) -> None:
    text = "Government forces and rebels clashed at the border. Rebel spokesman Jan Olek said the truce broke"
    names = {m.name for m in context(nlp, text).actors.mentions if m.type == "group"}
    assert names and all(name[:1].islower() for name in names)


def test_a_company_named_with_a_legal_suffix_is_a_company_and_its_country_owner_no_side(nlp: Any) -> None:
    # "SA", "AG", "plc": a company's legal form, also where the model takes the name for a place; the
    # country that owns the name ("Norway's ...") says whose company it is, it is no side of its own there
    text = (
        "Brisca Group announced on Monday an agreement with Norway's Vantoria SA on a joint venture. "
        "Vantoria will buy a stake in the venture."
    )
    names = _names(nlp, text)
    assert names.get("Vantoria SA") == names.get("Vantoria") == "Vantoria"
    assert "Norway" not in names
    # a country before a common noun of a company still names the country
    assert _names(nlp, "Norway's oil giant said on Monday it met Sweden.").get("Norway") == "Norway"


def test_a_name_the_model_takes_for_a_place_beside_a_union_is_its_counterpart(nlp: Any) -> None:
    # the model tags many a company's name as a place: beside a union it is the union's counterpart, a
    # city the gazetteer knows is not
    text = "Talks between Telmora and the union broke down on Friday."
    found = find_actors(context(nlp, text, "2024-06-03")).mentions
    assert "Telmora" in {m.name for m in found}
    text = "Fighting between Nairobi and the rebels ended on Friday."
    assert "Nairobi" not in {
        m.name for m in find_actors(context(nlp, text, "2024-06-03")).mentions if m.type != "country"
    }


def test_the_unions_of_a_report_naming_one_union_are_that_union(nlp: Any) -> None:
    text = (
        "Halden reached a deal with unions representing 30,000 workers on Friday, according to the "
        "Allied Rail Workers of Ruritania, one of the unions."
    )
    mentions = find_actors(context(nlp, text, "2024-06-03")).mentions
    assert {m.name for m in mentions if m.generic} == {"Allied Rail Workers of Ruritania"}


def test_a_name_the_model_takes_for_a_person_after_a_giant_is_a_company(nlp: Any) -> None:
    # "giant" never describes a person: the name after it is a company whatever the model tags it
    names = _names(nlp, "The stake was sold to mining giant Tor Kessel last year. Tor Kessel wants more.")
    assert names.get("mining giant Tor Kessel") == names.get("Tor Kessel") == "Tor Kessel"
    # a noun that may describe a person ("the parent") leaves a person's name alone
    assert "Jane Doe" not in _names(nlp, "The parent Jane Doe met the union on Monday.")


def test_a_descriptive_alias_ending_another_bodys_name_is_no_mention_of_the_organisation(nlp: Any) -> None:
    text = (
        "The Ruritanian envoy will fly to Moscow on Friday for talks in the Russian Security Council. "
        "An adviser to the National Security Council said the Security Council would meet in May."
    )
    ctx = context(nlp, text, "2024-05-13")
    found = {(text[m.start : m.end], m.name) for m in find_actors(ctx).mentions}
    assert ("Security Council", "UN Security Council") in found
    assert [t for t, n in found if n == "UN Security Council"] == ["Security Council"]
    assert ("Russian", "Russia") in found


def test_a_descriptive_alias_after_a_possessive_or_at_a_sentences_start_is_the_organisation(nlp: Any) -> None:
    text = (
        "Ruritania said on Monday it would back the plan. In Security Council talks, Thursday's Security "
        "Council vote stood."
    )
    ctx = context(nlp, text, "2024-05-13")
    names = [m.name for m in find_actors(ctx).mentions]
    assert names.count("UN Security Council") == 2
