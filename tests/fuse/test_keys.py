"""Keying reports to tracks, on hand-written reports run through the whole pipeline."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from legation.model import Document, Dossier
from legation.pipeline import analyse, build_dossier

FISHING_TALKS = (
    "Chile and Peru are negotiating a deal on fishing rights in their shared waters, officials said on "
    "Monday. The talks have dragged on for months."
)
FISHING_PROGRESS = (
    "Peru said on Wednesday that its negotiations with Chile over fishing rights had made progress, though "
    "differences remain on quotas."
)
BORDER_ROUND = (
    "Ecuadorian and Colombian negotiators held talks in Quito on Monday on their border dispute. The talks "
    "ended without a deal."
)
BORDER_RESUMED = (
    "Colombia and Ecuador resumed their border talks in Quito on Tuesday, the Colombian foreign ministry "
    "said."
)


def _dossier(nlp: Any, *reports: tuple[str, str, str]) -> Dossier:
    docs = [Document(doc_id, text, dt.date.fromisoformat(day)) for doc_id, day, text in reports]
    return build_dossier(analyse(docs, nlp=nlp))


def test_two_reports_of_talks_between_the_same_sides_make_a_track_without_a_meeting(nlp: Any) -> None:
    dossier = _dossier(nlp, ("c1", "2024-03-04", FISHING_TALKS), ("c2", "2024-03-20", FISHING_PROGRESS))
    assert [(t.parties, t.documents) for t in dossier.tracks] == [(("Chile", "Peru"), ("c1", "c2"))]


def test_one_report_of_talks_without_a_meeting_makes_no_track(nlp: Any) -> None:
    assert _dossier(nlp, ("c1", "2024-03-04", FISHING_TALKS)).tracks == ()


def test_reports_of_the_same_sides_years_apart_do_not_make_a_track_together(nlp: Any) -> None:
    assert (
        _dossier(nlp, ("c1", "2020-03-04", FISHING_TALKS), ("c2", "2024-03-20", FISHING_PROGRESS)).tracks
        == ()
    )


def test_one_sides_meeting_with_another_actor_about_the_talks_is_their_background(nlp: Any) -> None:
    aside = (
        "Ecuador's foreign minister met US Secretary of State Mark Holloway in Washington on Friday, "
        "seeking US support in his country's dispute with Colombia."
    )
    dossier = _dossier(
        nlp,
        ("e1", "2024-03-04", BORDER_ROUND),
        ("e2", "2024-03-05", BORDER_RESUMED),
        ("e3", "2024-03-08", aside),
    )
    (track,) = dossier.tracks
    assert track.parties == ("Colombia", "Ecuador")
    assert track.documents == ("e1", "e2", "e3")
    assert [r.city for r in track.rounds] == ["Quito"]  # the Washington meeting is no round


def test_one_sides_meeting_with_another_actor_on_other_matters_is_a_track_of_its_own(nlp: Any) -> None:
    other = (
        "Ecuador's foreign minister met US Secretary of State Mark Holloway in Washington on Friday. The two "
        "discussed trade and migration."
    )
    dossier = _dossier(
        nlp,
        ("e1", "2024-03-04", BORDER_ROUND),
        ("e2", "2024-03-05", BORDER_RESUMED),
        ("e3", "2024-03-08", other),
    )
    assert sorted(t.parties for t in dossier.tracks) == [
        ("Colombia", "Ecuador"),
        ("Ecuador", "United States"),
    ]


def test_a_city_written_with_and_without_an_abbreviation_is_one_place() -> None:
    from legation.fuse.keys import place_key

    assert place_key("St. Petersburg") == place_key("Saint Petersburg") == place_key("Saint-Petersburg")
    assert place_key("Mt. Hagen") == place_key("Mount Hagen")
    assert place_key("St. Petersburg") != place_key("Petersburg")


def test_a_place_key_is_made_once_per_name() -> None:
    """The fuser asks the key of the same few cities for every pair of mentions it compares."""
    from legation.fuse.keys import place_key

    first = place_key("Ste. Anne-des-Monts")
    assert first == "sainte anne des monts"
    assert place_key("Ste. Anne-des-Monts") is first  # remembered, not made again


def test_reports_of_one_meeting_that_spell_its_city_two_ways_make_one_round(nlp: Any) -> None:
    dossier = _dossier(
        nlp,
        (
            "c1",
            "2024-03-05",
            "The presidents of Chile and Peru held talks in St. Petersburg on Monday on fishing.",
        ),
        (
            "c2",
            "2024-03-05",
            "Chilean and Peruvian presidents met in Saint Petersburg on Monday for talks on fishing.",
        ),
    )
    (track,) = dossier.tracks
    assert len([r for r in track.rounds if not r.planned]) == 1


def test_maoist_rebels_are_the_movement_a_report_names_not_a_name_of_their_own(nlp: Any) -> None:
    dossier = _dossier(
        nlp,
        (
            "c1",
            "2024-03-05",
            "Nepal's government and the Himalayan Liberation Front held a third round of talks in Pokhara "
            "on Monday.",
        ),
        (
            "c2",
            "2024-03-06",
            "The third round of talks between the Nepalese government and Maoist rebels ended on Tuesday "
            "after two days, with both sides agreeing to meet again next month.",
        ),
        (
            "c3",
            "2024-03-20",
            "Nepal's Maoist rebels pulled out of peace talks with the government on Saturday. The fourth "
            "round of talks, scheduled for March 25, has been cancelled.",
        ),
    )
    assert len(dossier.tracks) == 1


def test_a_mediators_announced_meeting_with_one_side_joins_the_sides_track(nlp: Any) -> None:
    # The envoy's shuttle: one report says he will hold talks with both sides, another that he will meet
    # one side's leader on a given day. Neither names a day for both sides together.
    mission = (
        "UN envoy Mark Holloway begins a mission on Tuesday to revive the peace plan. During his mission, "
        "the envoy will hold talks with Chilean officials and leaders of the Free Islands Front."
    )
    visit = (
        "UN envoy Mark Holloway will meet the leader of the Free Islands Front in Port Rosa on June 8, a "
        "source said on Friday."
    )
    dossier = _dossier(nlp, ("w1", "2024-06-03", mission), ("w2", "2024-06-01", visit))
    (track,) = dossier.tracks
    assert set(track.parties) == {"Chile", "Free Islands Front"}
    assert set(track.documents) == {"w1", "w2"}
    assert sorted((r.planned, r.date or "") for r in track.rounds) == [(True, ""), (True, "2024-06-08")]


def test_a_report_naming_a_movement_only_by_its_fighters_joins_the_movements_track(nlp: Any) -> None:
    dossier = _dossier(
        nlp,
        (
            "f1",
            "2024-03-05",
            "Sudan's government and the SPLM held peace talks in Nairobi on Monday, mediated by the African "
            "Union. Earlier talks between the government and Darfuri forces had stalled for a year.",
        ),
        (
            "f2",
            "2024-03-09",
            "The Sudanese government and the SPLM ended a week of talks in Nairobi on Friday with a truce, "
            "African Union mediators said.",
        ),
        (
            "f3",
            "2024-03-10",
            "The Sudanese government and Darfuri forces have agreed to a truce after a week of talks in "
            "Nairobi, African Union mediators said on Saturday.",
        ),
    )
    (track,) = dossier.tracks
    assert set(track.parties) == {"SPLM", "Sudan"}
    assert len(track.documents) == 3


def test_a_report_naming_a_known_movement_only_by_a_common_noun_joins_the_movements_track(nlp: Any) -> None:
    dossier = _dossier(
        nlp,
        (
            "g1",
            "2024-04-02",
            "Colombia's government and the ELN opened a new round of peace talks in Havana on Monday.",
        ),
        (
            "g2",
            "2024-04-03",
            "Colombian government negotiators and the ELN held a second day of talks in Havana on Tuesday.",
        ),
        (
            "g3",
            "2024-04-05",
            "The Colombian government and the rebels agreed in Havana on Thursday to extend their ceasefire "
            "after four days of talks, the guarantor countries said.",
        ),
    )
    (track,) = dossier.tracks
    assert len(track.documents) == 3  # "the rebels" of the third report are the ELN
    assert set(track.parties) == {"Colombia", "ELN"}


def test_two_meetings_of_one_side_in_one_city_on_one_day_with_others_are_two_tracks(nlp: Any) -> None:
    # A summit's host city sees many bilateral meetings on the same days: a report of one side's talks
    # with another actor is no report of that side's talks with the first.
    dossier = _dossier(
        nlp,
        (
            "s1",
            "2024-06-08",
            "Brazilian President Ana Souto and Peruvian President Luis Carranza held talks in Lima on "
            "Saturday on a new highway across their border.",
        ),
        (
            "s2",
            "2024-06-08",
            "Brazilian President Ana Souto and Canadian Prime Minister Paul Renaud met in Lima on Saturday "
            "on the sidelines of the regional summit and discussed a trade deal.",
        ),
    )
    assert sorted((t.parties, t.documents) for t in dossier.tracks) == [
        (("Brazil", "Canada"), ("s2",)),
        (("Brazil", "Peru"), ("s1",)),
    ]


def test_a_sides_meeting_with_the_host_of_its_talks_is_a_track_of_its_own(nlp: Any) -> None:
    # The host of the talks meets one side on the same day in the same city: their own talks.
    dossier = _dossier(
        nlp,
        (
            "h1",
            "2024-09-10",
            "Ecuadorian and Colombian negotiators held talks on their border dispute in Lima on Tuesday. "
            "The talks ended without a deal.",
        ),
        (
            "h2",
            "2024-09-11",
            "Colombia and Ecuador failed to settle their border dispute at talks in Lima on Tuesday, "
            "diplomats said.",
        ),
        (
            "h3",
            "2024-09-10",
            "Peruvian President Luis Carranza met Ecuadorian President Marta Villalba in Lima on Tuesday "
            "and the two signed an agreement on fisheries.",
        ),
    )
    assert sorted((t.parties, t.documents) for t in dossier.tracks) == [
        (("Colombia", "Ecuador"), ("h1", "h2")),
        (("Ecuador", "Peru"), ("h3",)),
    ]


def test_two_sides_of_many_sided_talks_meeting_on_other_matters_are_a_track_of_their_own(nlp: Any) -> None:
    # their talks may name another of the four: speaking of a country is no word of the four-party talks
    four = (
        "Negotiators of Chile, Peru, Bolivia and Argentina held four-party talks on water rights in "
        "Santiago on Monday. The four-party talks will resume next month."
    )
    dossier = _dossier(
        nlp,
        ("f1", "2024-05-07", four),
        (
            "f2",
            "2024-05-08",
            "The four-party talks of Chile, Peru, Bolivia and Argentina on water rights "
            "ended in Santiago on Tuesday without a deal, officials said.",
        ),
        (
            "f3",
            "2024-05-20",
            "Chilean President Rosa Valdivia and Peruvian President Luis Carranza held talks in Lima on "
            "Sunday on a free trade agreement. During the talks, the two leaders said Bolivia should lift "
            "its gas export ban.",
        ),
    )
    assert sorted(t.parties for t in dossier.tracks) == [
        ("Argentina", "Bolivia", "Chile", "Peru"),
        ("Chile", "Peru"),
    ]


def test_talks_of_four_after_talks_of_two_of_them_are_a_track_of_their_own(nlp: Any) -> None:
    dossier = _dossier(
        nlp,
        (
            "t1",
            "2024-04-08",
            "Chilean and Peruvian negotiators held talks on fishing rights in Lima on Monday.",
        ),
        (
            "t2",
            "2024-04-16",
            "The four-party talks of Chile, Peru, Bolivia and Argentina on water rights opened in Santiago "
            "on Tuesday.",
        ),
        (
            "t3",
            "2024-04-17",
            "The four-party talks of Chile, Peru, Bolivia and Argentina on water rights ended in Santiago "
            "on Wednesday without a deal.",
        ),
    )
    assert sorted((t.parties, t.documents) for t in dossier.tracks) == [
        (("Argentina", "Bolivia", "Chile", "Peru"), ("t2", "t3")),
        (("Chile", "Peru"), ("t1",)),
    ]


def test_the_chairs_meeting_with_one_side_joins_the_sides_track(nlp: Any) -> None:
    # The chair of the talks between others goes between them: its meeting with one side is part of the
    # negotiation, like a mediator's.
    dossier = _dossier(
        nlp,
        (
            "c1",
            "2024-05-06",
            "Chile's government and the Free Islands Front held peace talks in Lima on Monday, chaired by "
            "Uruguay. The talks ended without a deal.",
        ),
        (
            "c2",
            "2024-05-09",
            "Uruguayan Foreign Minister Pablo Ruiz met leaders of the Free Islands Front in Montevideo on "
            "Thursday to prepare the next round of talks.",
        ),
    )
    (track,) = dossier.tracks
    assert set(track.parties) == {"Chile", "Free Islands Front"}
    assert set(track.documents) == {"c1", "c2"}


def test_an_envoy_meeting_one_community_joins_the_communities_track(nlp: Any) -> None:
    talks = (
        "Russian Estonian leader Ivan Petrov and Swedish Estonian leader Lars Berg held talks in Tartu on "
        "Monday under the auspices of the United Nations."
    )
    more = (
        "Russian Estonian leader Ivan Petrov and Swedish Estonian leader Lars Berg met again in Tartu on "
        "Tuesday, mediated by the United Nations."
    )
    envoy = "UN envoy Mark Holloway met Russian Estonian leader Ivan Petrov in Tartu on Thursday."
    dossier = _dossier(
        nlp, ("e1", "2024-05-06", talks), ("e2", "2024-05-07", more), ("e3", "2024-05-09", envoy)
    )
    (track,) = dossier.tracks
    assert set(track.parties) == {"Russian Estonians", "Swedish Estonians"}
    assert set(track.documents) == {"e1", "e2", "e3"}


TRADE_ROUNDS = (
    "Chile and Peru held a second round of trade talks in Geneva on Tuesday. The third round of their talks "
    "will open in Geneva on May 13, the Chilean foreign ministry said."
)
# Names both sides about the talks, but no sentence says who negotiates with whom.
THIRD_ROUND_NEWS = (
    'Trade Minister Anton Weiss hailed "real progress" made during the third round of negotiations in '
    "Geneva, as Peru's chief negotiator warned that weeks of work remained. Weiss said Chile had offered in "
    "the talks to cut its tariffs on wine. The talks began on Monday."
)


def test_a_report_without_sides_of_its_own_joins_the_track_whose_meeting_it_tells(nlp: Any) -> None:
    dossier = _dossier(nlp, ("t1", "2024-05-02", TRADE_ROUNDS), ("t2", "2024-05-17", THIRD_ROUND_NEWS))
    (track,) = dossier.tracks
    assert track.documents == ("t1", "t2")
    third = next(r for r in track.rounds if r.ordinal == 3)
    assert (third.date, third.planned) == ("2024-05-13", False)


def test_a_report_without_sides_of_its_own_telling_another_days_meeting_joins_no_track(nlp: Any) -> None:
    dossier = _dossier(nlp, ("t1", "2024-05-02", TRADE_ROUNDS), ("t2", "2024-06-07", THIRD_ROUND_NEWS))
    (track,) = dossier.tracks
    assert track.documents == ("t1",)


def test_a_union_and_a_company_key_a_track_of_two_sides(nlp: Any) -> None:
    # the union alone in one report and the company alone in another are each a report's one movement:
    # a report that names both apart keys each by its name, not both as one movement
    dossier = _dossier(
        nlp,
        (
            "u1",
            "2024-06-03",
            "The Allied Rail Workers union held talks with Norway's labour minister in Leeds on Monday.",
        ),
        ("u2", "2024-06-04", "Carmaker Brisca held talks with Norway's trade minister in Leeds on Tuesday."),
        (
            "u3",
            "2024-06-10",
            "The Allied Rail Workers union opened contract talks with carmaker Brisca in "
            "Leeds on Monday. The union wants a 20% raise.",
        ),
    )
    assert ("Allied Rail Workers", "Brisca") in {t.parties for t in dossier.tracks}


def test_a_report_naming_the_union_by_its_common_noun_joins_the_unions_track(nlp: Any) -> None:
    # the second report takes the company, named with what it is, for its movement: "the union", which
    # the first report calls the named union too, is the track's union
    named = (
        "Airbus and the United Riveters Workers held contract talks in Toulouse on Monday. The union said "
        "the talks ended without a deal."
    )
    common = (
        "The aircraft maker Airbus and the union representing its striking workers resumed contract talks "
        "in Toulouse on Thursday, the union said."
    )
    dossier = _dossier(nlp, ("u1", "2024-09-16", named), ("u2", "2024-09-27", common))
    assert [(t.parties, t.documents) for t in dossier.tracks] == [
        (("Airbus", "United Riveters Workers"), ("u1", "u2"))
    ]


def _brute_near(days: list[dt.date], day: dt.date, gap: int) -> bool:
    return not days or any(abs((day - p).days) <= gap for p in days)


def _brute_shares(
    mine: list[tuple[dt.date, str | None]], theirs: list[tuple[dt.date, str | None]], common: int
) -> bool:
    from legation.fuse.keys import _same_meeting

    return any(_same_meeting(m, n, common) for m in mine for n in theirs)


@settings(max_examples=200, deadline=None)
@given(
    first=st.lists(st.integers(-400, 400), max_size=12),
    later=st.lists(st.integers(-400, 400), max_size=12),
    asked=st.lists(st.integers(-500, 500), min_size=1, max_size=6),
    cities=st.lists(st.sampled_from([None, "a", "b"]), min_size=24, max_size=24),
    common=st.integers(0, 3),
)
def test_a_tracks_days_in_order_answer_as_reading_them_all(
    first: list[int], later: list[int], asked: list[int], cities: list[str | None], common: int
) -> None:
    """:meth:`TrackSummary.near` and :meth:`TrackSummary.shares_meeting` read the track's days in order
    of day, kept as its lists grow (by ``append`` and ``+=``, between questions): the same answers as
    comparing the day or meetings asked about with every report and meeting of the track."""
    from legation.fuse.keys import MEDIATED_GAP_DAYS, TRACK_GAP_DAYS, TrackSummary

    base = dt.date(2020, 6, 1)
    track = TrackSummary("A+B", {"A", "B"})
    mine = [(base + dt.timedelta(days=d), cities[k]) for k, d in enumerate(asked)]
    for batch in (first, later):
        for d in batch:
            track.published.append(base + dt.timedelta(days=d))
        track.meetings += [(base + dt.timedelta(days=d), cities[6 + k]) for k, d in enumerate(batch)]
        for day, _city in mine:
            assert track.near(day) == _brute_near(track.published, day, TRACK_GAP_DAYS)
            track.go_betweens = {"M"}
            assert track.near(day, ["M"]) == _brute_near(track.published, day, MEDIATED_GAP_DAYS)
            track.go_betweens = set()
        assert track.shares_meeting(mine, common) == _brute_shares(mine, track.meetings, common)
