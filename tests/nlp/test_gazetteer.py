"""The gazetteer maps the many ways news names a state or an organisation to one canonical name."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legation.errors import LexiconError
from legation.nlp.gazetteer import Gazetteer, build_gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia", "Russia"),
        ("Russian", "Russia"),
        ("Russians", "Russia"),
        ("Russia's", "Russia"),
        ("Russia’s", "Russia"),
        ("the Russian Federation", "Russia"),
        ("Moscow", "Russia"),
        ("the Kremlin", "Russia"),
        ("Kremlin", "Russia"),
        ("US", "United States"),
        ("U.S.", "United States"),
        ("the U.S.", "United States"),
        ("USA", "United States"),
        ("U.S.A.", "United States"),
        ("the United States", "United States"),
        ("United States of America", "United States"),
        ("America", "United States"),
        ("American", "United States"),
        ("Americans", "United States"),
        ("Washington", "United States"),
        ("the White House", "United States"),
        ("The White House", "United States"),
        ("the Pentagon", "United States"),
        ("UK", "United Kingdom"),
        ("U.K.", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("Britain's", "United Kingdom"),
        ("British", "United Kingdom"),
        ("Britons", "United Kingdom"),
        ("London", "United Kingdom"),
        ("Downing Street", "United Kingdom"),
        ("Whitehall", "United Kingdom"),
        ("Iran", "Iran"),
        ("Iran's", "Iran"),
        ("Iranian", "Iran"),
        ("Tehran", "Iran"),
        ("the Islamic Republic", "Iran"),
        ("Ukraine", "Ukraine"),
        ("Ukrainian", "Ukraine"),
        ("Kyiv", "Ukraine"),
        ("Kiev", "Ukraine"),
        ("China", "China"),
        ("Chinese", "China"),
        ("Beijing", "China"),
        ("People's Republic of China", "China"),
        ("People’s Republic of China", "China"),
        ("PRC", "China"),
        ("Zhongnanhai", "China"),
        ("North Korea", "North Korea"),
        ("North Korean", "North Korea"),
        ("Pyongyang", "North Korea"),
        ("DPRK", "North Korea"),
        ("South Korea", "South Korea"),
        ("Seoul", "South Korea"),
        ("Republic of Korea", "South Korea"),
        ("Israeli", "Israel"),
        ("Israelis", "Israel"),
        ("Palestinian", "Palestine"),
        ("Palestinians", "Palestine"),
        ("State of Palestine", "Palestine"),
        ("Saudi", "Saudi Arabia"),
        ("Saudis", "Saudi Arabia"),
        ("Riyadh", "Saudi Arabia"),
        ("Turkish", "Turkey"),
        ("Türkiye", "Turkey"),
        ("Ankara", "Turkey"),
        ("Georgia", "Georgia"),
        ("Tbilisi", "Georgia"),
        ("Jordan", "Jordan"),
        ("Chad", "Chad"),
        ("Ivory Coast", "Côte d'Ivoire"),
        ("Ivorian", "Côte d'Ivoire"),
        ("Burma", "Myanmar"),
        ("Swaziland", "Eswatini"),
        ("Czech Republic", "Czechia"),
        ("Holland", "Netherlands"),
        ("the Netherlands", "Netherlands"),
        ("Dutch", "Netherlands"),
        ("Emirati", "United Arab Emirates"),
        ("UAE", "United Arab Emirates"),
        ("Vatican", "Holy See"),
        ("the Vatican", "Holy See"),
        ("Kosovar", "Kosovo"),
        ("Pristina", "Kosovo"),
        ("Taiwanese", "Taiwan"),
        ("Taipei", "Taiwan"),
        ("Republic of China", "Taiwan"),
        ("Élysée", "France"),
        ("Quai d'Orsay", "France"),
        ("French", "France"),
        ("New Delhi", "India"),
        ("Filipino", "Philippines"),
        ("the Philippines", "Philippines"),
        ("Philippines'", "Philippines"),
        ("Guinea-Bissau", "Guinea-Bissau"),
        ("Guinea", "Guinea"),
        ("Papua New Guinea", "Papua New Guinea"),
        ("South Sudanese", "South Sudan"),
        ("Sudanese", "Sudan"),
        ("Nigerien", "Niger"),
        ("Nigerian", "Nigeria"),
        ("Dominican", "Dominican Republic"),
        ("Congo-Brazzaville", "Republic of the Congo"),
        ("DRC", "Democratic Republic of the Congo"),
        ("RUSSIA", "Russia"),
        ("  Iran  ", "Iran"),
        ("Russia.", "Russia"),
        ("Greek Cypriot", "Cyprus"),
        ("Kuwait City", "Kuwait"),
        ("Mexico City", "Mexico"),
        ("Trinidad & Tobago", "Trinidad and Tobago"),
        ("Bosnia & Herzegovina", "Bosnia and Herzegovina"),
        ("Danes", "Denmark"),
        ("DPR Korea", "North Korea"),
        ("DPR Korean", "North Korea"),
    ],
)
def test_country_maps_every_form_to_the_canonical_name(gaz: Gazetteer, text: str, expected: str) -> None:
    assert gaz.country(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "us",  # the pronoun
        "russia",  # case matters
        "turkey",
        "china",
        "polish",
        "Korea",  # ambiguous between the two Koreas
        "Korean",
        "Sino",  # only before a hyphen
        "Indian Ocean",
        "South China Sea",
        "New Mexico",
        "Washington Post",
        "Latin America",
        "Brussels",  # the EU, not Belgium
        "Victoria",  # capital of Seychelles, too ambiguous to stand for it
        "Kingston",
        "Dane",  # a first name more often than a Dane
        "Atlantis",
        "",
        "Russia and Iran",  # two mentions are not one
    ],
)
def test_country_refuses_what_is_not_a_single_country_mention(gaz: Gazetteer, text: str) -> None:
    assert gaz.country(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow and Washington have agreed to reopen consulates.",
            [(0, 6, "Russia"), (11, 21, "United States")],
        ),
        ("New US-Russia talks", [(4, 6, "United States"), (7, 13, "Russia")]),
        ("a Russian-American crew", [(2, 9, "Russia"), (10, 18, "United States")]),
        ("U.S.-led talks", [(0, 4, "United States")]),
        ("Sino-Indian border", [(0, 4, "China"), (5, 11, "India")]),
        ("Franco Nero", []),  # a combining form only counts before a hyphen
        ("Let us talk, said the US envoy.", [(22, 24, "United States")]),
        ("Americanism is not a country.", []),
        ("Iran's and Israel's positions", [(0, 4, "Iran"), (11, 17, "Israel")]),
        ("Talks in Guinea-Bissau", [(9, 22, "Guinea-Bissau")]),
        ("South Sudan and Sudan", [(0, 11, "South Sudan"), (16, 21, "Sudan")]),
        ("Equatorial Guinea, not Guinea", [(0, 17, "Equatorial Guinea"), (23, 29, "Guinea")]),
        ("the Democratic Republic of the Congo", [(4, 36, "Democratic Republic of the Congo")]),
        ("patrols in the South China Sea", []),
        ("the Organization of American States met", []),
        ("Latin American leaders and North Americans", []),
        ("as the Washington Post reported", []),
        ("BRITAIN AND FRANCE AGREE", [(0, 7, "United Kingdom"), (12, 18, "France")]),
        ("the Kremlin’s envoy", [(4, 11, "Russia")]),
        ("Kyiv (Kiev) rejects", [(0, 4, "Ukraine"), (6, 10, "Ukraine")]),
        ("Brussels and Beijing", [(13, 20, "China")]),
        ("Nigeria and Niger", [(0, 7, "Nigeria"), (12, 17, "Niger")]),
        ("Dominica and the Dominican Republic", [(0, 8, "Dominica"), (17, 35, "Dominican Republic")]),
    ],
)
def test_countries_in_finds_spans(gaz: Gazetteer, text: str, expected: list[tuple[int, int, str]]) -> None:
    assert gaz.countries_in(text) == expected


def test_mentions_tell_a_capital_from_a_name(gaz: Gazetteer) -> None:
    kinds = [(m.text, m.kind) for m in gaz.mentions_in("Tehran said Iranian envoys met the Kremlin team.")]
    assert kinds == [("Tehran", "capital"), ("Iranian", "demonym"), ("Kremlin", "metonym")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UN", "United Nations"),
        ("U.N.", "United Nations"),
        ("the United Nations", "United Nations"),
        ("UN Security Council", "UN Security Council"),
        ("the U.N. Security Council", "UN Security Council"),
        ("UNSC", "UN Security Council"),
        ("EU", "European Union"),
        ("the European Union", "European Union"),
        ("Brussels", "European Union"),
        ("NATO", "NATO"),
        ("Nato", "NATO"),
        ("IAEA", "International Atomic Energy Agency"),
        ("the UN nuclear watchdog", "International Atomic Energy Agency"),
        ("OSCE", "OSCE"),
        ("WTO", "World Trade Organization"),
        ("WHO", "World Health Organization"),
        ("IMF", "International Monetary Fund"),
        ("World Bank", "World Bank"),
        ("African Union", "African Union"),
        ("ASEAN", "ASEAN"),
        ("Arab League", "Arab League"),
        ("League of Arab States", "Arab League"),
        ("OPEC", "OPEC"),
        ("OPEC+", "OPEC+"),
        ("ICC", "International Criminal Court"),
        ("ICJ", "International Court of Justice"),
        ("BRICS", "BRICS"),
        ("G7", "G7"),
        ("Group of 20", "G20"),
        ("Council of Europe", "Council of Europe"),
        ("OIC", "Organisation of Islamic Cooperation"),
        ("who", None),
        ("un", None),
        ("Russia", None),
    ],
)
def test_organisation_maps_names_and_aliases(gaz: Gazetteer, text: str, expected: str | None) -> None:
    assert gaz.organisation(text) == expected


def test_organisations_in_finds_spans_and_kinds(gaz: Gazetteer) -> None:
    text = "The U.N. Security Council and the EU asked who would brief NATO."
    assert gaz.organisations_in(text) == [
        (4, 25, "UN Security Council"),
        (34, 36, "European Union"),
        (59, 63, "NATO"),
    ]
    assert gaz.organisation_kind("ICJ") == "court"
    assert gaz.organisation_kind("NATO") == "alliance"
    assert gaz.organisation_kind("Atlantis Pact") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Kyiv", True), ("Kiev", True), ("Canberra", True), ("Brussels", True), ("Victoria", True),
     ("Russia", False), ("Geneva", False), ("the Kremlin", False)],
)  # fmt: skip
def test_is_capital(gaz: Gazetteer, text: str, expected: bool) -> None:
    assert gaz.is_capital(text) is expected


@pytest.mark.parametrize(
    ("country", "capital"),
    [("Russia", "Moscow"), ("U.K.", "London"), ("Ukrainian", "Kyiv"), ("Türkiye", "Ankara"),
     ("Bolivia", "Sucre"), ("Atlantis", None)],
)  # fmt: skip
def test_capital_of_accepts_any_form_of_the_name(gaz: Gazetteer, country: str, capital: str | None) -> None:
    assert gaz.capital_of(country) == capital


def test_bundled_data_covers_the_un_members_and_observers(gaz: Gazetteer) -> None:
    names = {c.name for c in gaz.countries}
    iso = [c.iso2 for c in gaz.countries]
    assert len(gaz.countries) == 197  # 193 UN members + Palestine, Holy See, Kosovo, Taiwan
    assert len(set(iso)) == len(iso)
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in iso)
    assert {"Palestine", "Holy See", "Kosovo", "Taiwan"} <= names
    for country in gaz.countries:  # every canonical name and capital is read back by the gazetteer
        assert gaz.country(country.name) == country.name
        assert gaz.is_capital(country.capital)
    for org in gaz.organisations:
        assert gaz.organisation(org.name) == org.name


def test_long_text_is_scanned_in_one_pass(gaz: Gazetteer) -> None:
    sentence = "Envoys from Iran, the U.S. and the EU met in Oman, while Moscow watched. "
    found = gaz.countries_in(sentence * 5000)
    assert len(found) == 4 * 5000
    assert found[-1][2] == "Russia"


_FORMS = ["Russia", "the Kremlin", "U.S.", "Iranian", "Kyiv", "Britain's", "Guinea-Bissau", "Saudi"]
_FILLER = ["and", "said", "us", "talks with", "", "-", "turkey", "which", ","]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_FILLER), st.sampled_from(_FORMS)), max_size=12))
def test_spans_are_ordered_disjoint_and_read_back(parts: list[tuple[str, str]]) -> None:
    gaz = load_gazetteer()
    text = " ".join(f"{filler} {form}" for filler, form in parts)
    found = gaz.countries_in(text)
    assert len(found) == len(parts)
    previous_end = 0
    for (start, end, name), (_, form) in zip(found, parts, strict=True):
        assert start >= previous_end
        previous_end = end
        assert gaz.country(text[start:end]) == name == gaz.country(form)


def _write(path: Path, text: str) -> Path:
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture()
def organisations_file(tmp_path: Path) -> Path:
    return _write(
        tmp_path / "organisations.yaml",
        """\
        entries:
          - {name: Atlantic Council of Ministers, kind: intergovernmental, aliases: [ACM]}
        """,
    )


def test_bad_country_file_reports_every_entry_with_its_line(tmp_path: Path, organisations_file: Path) -> None:
    countries = _write(
        tmp_path / "countries.yaml",
        """\
        entries:
          - {name: Freedonia, iso2: FD, aliases: [], demonyms: [Freedonian], capital: Fredville, metonyms: []}
          - {iso2: SY, aliases: [], demonyms: [Sylvanian], capital: Sylvan City, metonyms: []}
          - name: Ruritania
            iso2: RT
            aliases: Ruritanian Kingdom
            demonyms: [Ruritanian]
            capital: Strelsau
            metonyms: []
        """,
    )
    with pytest.raises(LexiconError) as caught:
        build_gazetteer(countries, organisations_file)
    problems = caught.value.problems
    assert len(problems) == 2
    assert problems[0] == f"{countries}:3: name: missing"
    assert problems[1].startswith(f"{countries}:4: aliases: expected list, found str")
    assert str(countries) in str(caught.value)


def test_a_form_listed_for_two_countries_is_reported(tmp_path: Path, organisations_file: Path) -> None:
    countries = _write(
        tmp_path / "countries.yaml",
        """\
        entries:
          - {name: Freedonia, iso2: FD, aliases: [Fredonia], demonyms: [], capital: Fredville, metonyms: []}
          - {name: Sylvania, iso2: SY, aliases: [Fredonia], demonyms: [], capital: Sylvan City, metonyms: []}
        """,
    )
    with pytest.raises(LexiconError) as caught:
        build_gazetteer(countries, organisations_file)
    assert any(p.startswith(f"{countries}:3: 'Fredonia' is already listed for Freedonia (line 2)")
               for p in caught.value.problems)  # fmt: skip


def test_bad_organisation_kind_is_reported(tmp_path: Path) -> None:
    countries = _write(
        tmp_path / "countries.yaml",
        """\
        entries:
          - {name: Freedonia, iso2: FD, aliases: [], demonyms: [], capital: Fredville, metonyms: []}
        """,
    )
    organisations = _write(
        tmp_path / "organisations.yaml",
        """\
        entries:
          - {name: Grand Fenwick League, kind: club, aliases: []}
        """,
    )
    with pytest.raises(LexiconError) as caught:
        build_gazetteer(countries, organisations)
    assert caught.value.problems[0].startswith(f"{organisations}:2: kind: 'club' is not one of")


def test_custom_files_build_a_working_gazetteer(tmp_path: Path, organisations_file: Path) -> None:
    countries = _write(
        tmp_path / "countries.yaml",
        """\
        entries:
          - name: Freedonia
            iso2: FD
            aliases: []
            demonyms: [Freedonian]
            capital: Fredville
            metonyms: [the Castle]
          - name: Sylvania
            iso2: SY
            aliases: []
            demonyms: [Sylvanian]
            capital: Sylvan City
            capital_metonym: false
            metonyms: []
        not_countries:
          - {note: a sea, phrases: [Freedonian Sea]}
        """,
    )
    gaz = build_gazetteer(countries, organisations_file)
    text = "Fredville and the Castle rebuffed Sylvanians in Sylvan City on the Freedonian Sea; the ACM met."
    assert gaz.countries_in(text) == [(0, 9, "Freedonia"), (18, 24, "Freedonia"), (34, 44, "Sylvania")]
    assert gaz.country("Freedonian Sea") is None
    assert gaz.is_capital("Sylvan City")
    assert gaz.organisations_in(text) == [
        (text.index("ACM"), text.index("ACM") + 3, "Atlantic Council of Ministers")
    ]


def test_bad_not_countries_list_is_reported_with_its_line(tmp_path: Path, organisations_file: Path) -> None:
    countries = _write(
        tmp_path / "countries.yaml",
        """\
        entries:
          - {name: Freedonia, iso2: FD, aliases: [], demonyms: [], capital: Fredville, metonyms: []}
        not_countries:
          - {note: a sea, phrases: Freedonian Sea}
        """,
    )
    with pytest.raises(LexiconError) as caught:
        build_gazetteer(countries, organisations_file)
    assert caught.value.problems[0].startswith(f"{countries}:4: phrases: expected list, found str")


def test_a_city_is_in_its_country_and_only_a_capital_stands_for_it() -> None:
    from legation.nlp.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    assert gazetteer.city_country("Geneva") == "Switzerland"
    assert gazetteer.city_country("Kyiv") == "Ukraine"
    assert gazetteer.city_country("Atlantis") is None
    assert gazetteer.country("Geneva") is None  # a large city never names its government


def test_a_city_is_found_under_its_spelling_without_accents() -> None:
    from legation.nlp.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    # news in English often drops the accents and the curly apostrophe of a city's name
    assert gazetteer.city_country("Sao Paulo") == gazetteer.city_country("São Paulo") == "Brazil"
    assert gazetteer.city_country("Urumqi") == "China"
    assert gazetteer.city_country("Xi'an") == "China"


def test_an_organisation_name_with_a_prefix_is_found_with_or_without_its_hyphen() -> None:
    gazetteer = load_gazetteer()
    text = "The Inter-governmental Authority on Development met on Monday."
    assert [name for _s, _e, name in gazetteer.organisations_in(text)] == [
        "Intergovernmental Authority on Development"
    ]


def test_remembered_country_answers_are_the_same_and_stay_bounded(gaz: Gazetteer) -> None:
    from legation.nlp import gazetteer as module

    texts = ["Russia", "the Russian envoy", "talks in Paris", "nothing here", "Russia"]
    first = [(gaz.country(t), gaz.countries_in(t)) for t in texts]
    again = [(gaz.country(t), gaz.countries_in(t)) for t in texts]
    assert first == again and first[0][0] == "Russia" and first[3] == (None, [])
    again[0][1].append((0, 0, "x"))  # a caller's list is its own
    assert gaz.countries_in("Russia") == first[0][1]
    table: dict[str, object] = {}
    for i in range(module._REMEMBERED + 5):
        module._remember(table, str(i), i)
    assert len(table) <= module._REMEMBERED


def test_a_mentions_keys_are_made_once_and_answer_the_same_each_time(gaz: Gazetteer) -> None:
    from legation.nlp import gazetteer as module

    for _ in range(2):  # the second time from the remembered keys
        assert gaz.is_capital("the Paris.") and gaz.is_capital("Paris's") and not gaz.is_capital("Lyon")
        assert gaz.country("France's") == "France" and gaz.city_country(" Paris ") == "France"
    assert module._keys("The  Paris's.") == ("Paris's.", "Paris's.", "Paris's")
    assert module._keys("Paris's") == ("Paris's", "Paris")
    assert "Paris's" in module._KEYS  # remembered: a short mention's keys are asked for again and again
    long = "Paris " * 40
    assert module._keys(long)[0] == " ".join(long.split())
    assert long not in module._KEYS  # a whole text is read once and not kept


def test_an_organisations_name_is_found_in_either_spelling_of_its_words(tmp_path: Path) -> None:
    countries = _write(
        tmp_path / "countries.yaml",
        """\
        entries:
          - {name: Freedonia, iso2: FD, aliases: [], demonyms: [Freedonian], capital: Fredville, metonyms: []}
        """,
    )
    organisations = _write(
        tmp_path / "organisations.yaml",
        """\
        spellings: {Organisation: Organization, Co-operation: Cooperation}
        entries:
          - {name: Harbour Co-operation Organisation, kind: regional, aliases: [HCO]}
        """,
    )
    gaz = build_gazetteer(countries, organisations)
    for written in ("Harbour Cooperation Organization", "Harbour Co-operation Organization"):
        assert gaz.organisation(written) == "Harbour Co-operation Organisation"
    assert gaz.organisation("Harbour Cooperation") is None


def test_the_bundled_organisations_are_found_in_either_spelling(gaz: Gazetteer) -> None:
    assert gaz.organisation("Organisation for Security and Cooperation in Europe") == "OSCE"
    assert gaz.organisation("UN Development Program") == "UN Development Programme"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab c_é.-1", max_size=30))
def test_forms_are_found_at_word_starts_as_a_lookbehind_finds_them(text: str) -> None:
    from legation.nlp.gazetteer import _at_word_starts

    forms = r"(?:a\.b|b c|c|é\.|1)(?!\w)"
    by_hand = [(m.start(), m.end()) for m in _at_word_starts(re.compile(forms), text)]
    assert by_hand == [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + forms, text)]


def test_a_country_glued_to_a_word_is_no_mention(gaz: Gazetteer) -> None:
    # "xRussia" starts inside a word; "_Ukraine" too (an underscore is a word character); "éChina" too
    # (a letter beyond ASCII)
    text = "xRussia met _Ukraine, éChina and Russia's envoy (Ukraine) in Russia."
    assert [(m.start, m.name) for m in gaz.mentions_in(text)] == [
        (33, "Russia"),
        (49, "Ukraine"),
        (61, "Russia"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Security Council", True),
        ("SECURITY COUNCIL", True),
        ("General Assembly", True),
        ("UN", False),
        ("UN Security Council", False),
        ("European Union", False),
    ],
)
def test_descriptive_knows_the_aliases_listed_with_the(gaz: Gazetteer, text: str, expected: bool) -> None:
    assert gaz.descriptive(text) is expected
