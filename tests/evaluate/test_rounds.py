"""Round matching and the scoring of each field of a matched round."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from legation.evaluate import score
from legation.model import TimeValue

from .factories import counts, dossier, duration, gold, gold_round, gold_track, head, round_, track


def _score(rounds: tuple[Any, ...], golds: list[dict[str, Any]], **extra: Any) -> Any:
    return score(dossier(track(rounds)), gold(gold_track(rounds=golds, **extra)))


def test_rounds_match_by_date_and_extra_rounds_are_false_positives() -> None:
    e = _score(
        (round_("R1", "2024-03-04", 1), round_("R2", "2024-05-10", 2), round_("R3", "2024-06-01", 3)),
        [
            gold_round("g1", "2024-03-04", 1),
            gold_round("g2", "2024-05-10", 2),
            gold_round("g3", "2024-07-01", 3),
        ],
    )
    assert counts(e, "rounds") == (2, 1, 1)
    assert counts(e, "ordinal") == (2, 0, 0)  # fields are scored over matched pairs only


def test_also_accepted_date_matches_and_counts_as_correct_date() -> None:
    e = _score(
        (round_("R1", "2024-03-03", None),),
        [gold_round("g1", "2024-03-04", None, also_accepted={"date": ["2024-03-03"]})],
    )
    assert counts(e, "rounds") == (1, 0, 0)
    assert counts(e, "date") == (1, 0, 0)


def test_exact_date_is_preferred_over_an_also_accepted_one() -> None:
    golds = [
        gold_round("g1", "2024-03-03", 1),
        gold_round("g2", "2024-03-04", 2, also_accepted={"date": ["2024-03-03"]}),
    ]
    e = _score((round_("R1", "2024-03-04", 2), round_("R2", "2024-03-03", 1)), golds)
    assert counts(e, "rounds") == (2, 0, 0)
    assert counts(e, "ordinal") == (2, 0, 0)


def test_undated_gold_round_matches_by_ordinal_only() -> None:
    e = _score((round_("R1", "2024-03-04", 2),), [gold_round("g1", None, 2)])
    assert counts(e, "rounds") == (1, 0, 0)
    assert counts(e, "date") == (0, 1, 0)  # the dossier states a date the gold does not have
    e = _score((round_("R1", "2024-03-04", 3),), [gold_round("g1", None, 2)])
    assert counts(e, "rounds") == (0, 1, 1)


def test_undated_gold_round_matches_by_an_also_accepted_date() -> None:
    golds = [gold_round("g1", None, None, also_accepted={"date": ["2024-03-03", "2024-03-04"]})]
    e = _score((round_("R1", "2024-03-04", None),), golds)
    assert counts(e, "rounds") == (1, 0, 0)
    assert counts(e, "date") == (1, 0, 0)
    e = _score((round_("R1", "2024-03-05", None),), golds)
    assert counts(e, "rounds") == (0, 1, 1)


def test_dated_gold_round_does_not_fall_back_to_ordinal() -> None:
    e = _score((round_("R1", "2024-03-05", 1),), [gold_round("g1", "2024-03-04", 1)])
    assert counts(e, "rounds") == (0, 1, 1)


def test_planned_rounds_match_planned_by_ordinal_and_never_held_ones() -> None:
    rounds = (
        round_("R1", "2024-03-04", 1),
        round_("R2", None, 2, planned=True),
        round_("R3", None, 5, planned=True),
    )
    e = _score(rounds, [gold_round("g1")], planned=[{"id": "p2", "ordinal": 2}, {"id": "p4", "ordinal": 4}])
    assert counts(e, "planned") == (1, 1, 1)
    assert counts(e, "rounds") == (1, 0, 0)  # planned dossier rounds are not held rounds
    e = _score((round_("R1", "2024-03-04", 1, planned=True),), [gold_round("g1")])
    assert counts(e, "rounds") == (0, 0, 1)
    assert counts(e, "planned") == (0, 1, 0)


def test_planned_without_ordinal_matches_by_date_or_by_being_planned() -> None:
    rounds = (round_("R2", "2024-09-01", None, planned=True), round_("R3", None, None, planned=True))
    e = _score(rounds, [], planned=[{"id": "p1", "date": "2024-09-01"}, {"id": "p2"}])
    assert counts(e, "planned") == (2, 0, 0)


# Field rules: equal → tp; different → fp + fn; dossier None, gold value → fn; dossier value, gold None → fp.
@pytest.mark.parametrize(
    "field, stated, gold_value, extra, expected",
    [
        ("city", "Lima", "Lima", {}, (1, 0, 0)),
        ("city", "lima", "Lima", {}, (1, 0, 0)),
        ("city", "Callao", "Lima", {}, (0, 1, 1)),
        ("city", None, "Lima", {}, (0, 0, 1)),
        ("city", "Lima", None, {}, (0, 1, 0)),
        ("city", None, None, {}, (0, 0, 0)),
        ("city", "Ciudad de Lima", "Lima", {"also_accepted": {"city": ["Ciudad de Lima"]}}, (1, 0, 0)),
        ("venue", "the U.S. Embassy", "US embassy", {}, (1, 0, 0)),
        ("venue", "Palacio de Torre Tagle", "Palacio de Torre-Tagle", {}, (1, 0, 0)),
        ("venue", "Torre Tagle", "Palacio de Torre Tagle", {}, (0, 1, 1)),  # strict: no containment
        (
            "venue",
            "Torre Tagle",
            "Palacio de Torre Tagle",
            {"also_accepted": {"venue": ["Torre Tagle"]}},
            (1, 0, 0),
        ),
        ("format", "Closed-door", "closed door", {}, (1, 0, 0)),
        ("format", "expert level", "closed door", {}, (0, 1, 1)),
        ("ordinal", 2, 1, {}, (0, 1, 1)),
        ("ordinal", 2, 1, {"also_accepted": {"ordinal": [2]}}, (1, 0, 0)),
        ("ordinal", None, 1, {}, (0, 0, 1)),
    ],
)
def test_round_field_rules(
    field: str, stated: Any, gold_value: Any, extra: dict[str, Any], expected: tuple[int, int, int]
) -> None:
    dossier_round = dataclasses.replace(round_("R1", "2024-03-04", 1), **{field: stated})
    gold_fields = {"ordinal": 1, field: gold_value, **extra}
    e = _score((dossier_round,), [gold_round("g1", "2024-03-04", **gold_fields)])
    assert counts(e, field) == expected


@pytest.mark.parametrize(
    "stated, gold_value, extra, expected",
    [
        (duration("PT3H", "APPROX"), {"value": "PT3H", "mod": "APPROX"}, {}, (1, 0, 0)),
        (duration("PT3H"), {"value": "PT3H", "mod": "APPROX"}, {}, (0, 1, 1)),  # the mod is part of the value
        (duration("PT3H", "APPROX"), {"value": "PT3H"}, {}, (0, 1, 1)),
        (duration("PT4H", "APPROX"), {"value": "PT3H", "mod": "APPROX"}, {}, (0, 1, 1)),
        (
            duration("PT3H"),
            {"value": "PT3H", "mod": "APPROX"},
            {"also_accepted": {"duration": [{"value": "PT3H"}]}},
            (1, 0, 0),
        ),
        (None, {"value": "PT3H"}, {}, (0, 0, 1)),
        (duration("PT3H"), None, {}, (0, 1, 0)),
    ],
)
def test_duration_compares_value_and_mod(
    stated: TimeValue | None, gold_value: Any, extra: dict[str, Any], expected: tuple[int, int, int]
) -> None:
    e = _score((round_("R1", length=stated),), [gold_round("g1", duration=gold_value, **extra)])
    assert counts(e, "duration") == expected


def test_heads_match_by_name_or_alias_strictly() -> None:
    heads = (head("Rosa Villanueva"), head("Mori", "Japan"), head("Ana Paredes"), head("Kenji"))
    gold_heads = [
        {"name": "Rosa Villanueva"},
        {"name": "Kenji Mori", "aliases": ["Mori"]},
        {"name": "Hiroshi Sato"},
        {"name": "Ana Paredes", "optional": True},
    ]
    e = _score((round_("R1", heads=heads),), [gold_round("g1", heads=gold_heads)])
    # Villanueva and Mori (alias) found; Sato missed; Paredes optional: neither way; "Kenji" is no gold head
    assert counts(e, "heads") == (2, 1, 1)


def test_the_same_head_twice_counts_once_right_once_wrong() -> None:
    heads = (head("Rosa Villanueva"), head("Villanueva"))
    e = _score(
        (round_("R1", heads=heads),),
        [gold_round("g1", heads=[{"name": "Rosa Villanueva", "aliases": ["Villanueva"]}])],
    )
    assert counts(e, "heads") == (1, 1, 0)


def test_heads_where_gold_has_none_are_false() -> None:
    e = _score((round_("R1", heads=(head("Rosa Villanueva"),)),), [gold_round("g1", heads=[])])
    assert counts(e, "heads") == (0, 1, 0)
