"""The one-to-one maximum-weight matching the scorer uses, against an exhaustive search."""

from __future__ import annotations

import itertools
import random

import pytest

from legation.evaluate.assign import best_assignment

Table = list[list[int | None]]


def _exhaustive(table: Table) -> int:
    columns = len(table[0]) if table else 0
    best = 0
    for chosen in itertools.product(range(-1, columns), repeat=len(table)):
        picked = [j for j in chosen if j >= 0]
        if len(picked) != len(set(picked)):
            continue
        if any(table[i][j] is None for i, j in enumerate(chosen) if j >= 0):
            continue
        best = max(best, sum(table[i][j] or 0 for i, j in enumerate(chosen) if j >= 0))
    return best


def test_an_early_row_does_not_take_the_only_partner_of_a_later_one() -> None:
    # Row 0 could take column 0 or 1; row 1 only column 0: a greedy pass in row order loses row 1.
    assert best_assignment([[5, 4], [5, None]]) == {0: 1, 1: 0}


def test_rows_and_columns_without_any_allowed_pair_stay_unmatched() -> None:
    assert best_assignment([]) == {}
    assert best_assignment([[None, None], [None, 3], [None, None]]) == {1: 1}


def test_a_heavier_pair_wins_over_two_lighter_ones_only_when_it_weighs_more() -> None:
    assert best_assignment([[10, 2], [9, None]]) == {0: 1, 1: 0}  # 2 + 9 > 10
    assert best_assignment([[10, 1], [2, None]]) == {0: 0}  # 10 > 1 + 2


def test_weights_must_be_positive() -> None:
    with pytest.raises(ValueError, match="not positive"):
        best_assignment([[0]])


def test_matches_an_exhaustive_search_on_small_tables() -> None:
    rng = random.Random(7)
    for _ in range(400):
        rows, columns = rng.randint(1, 5), rng.randint(1, 5)
        table: Table = [
            [rng.choice([None, None, rng.randint(1, 30)]) for _ in range(columns)] for _ in range(rows)
        ]
        pairs = best_assignment(table)
        assert len(set(pairs.values())) == len(pairs)
        assert all(table[i][j] is not None for i, j in pairs.items())
        assert sum(table[i][j] or 0 for i, j in pairs.items()) == _exhaustive(table)
