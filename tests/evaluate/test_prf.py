"""PRF arithmetic: counts add up, ratios are divided at the end."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legation.evaluate.prf import PRF


@pytest.mark.parametrize(
    "tp, fp, fn, precision, recall, f1",
    [
        (3, 1, 2, 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35),
        (4, 0, 0, 1.0, 1.0, 1.0),
        (0, 2, 3, 0.0, 0.0, 0.0),
        (0, 0, 3, 1.0, 0.0, 0.0),  # nothing claimed: no false claim, everything missed
        (0, 3, 0, 0.0, 1.0, 0.0),  # nothing to find: nothing missed, every claim false
        (0, 0, 0, 1.0, 1.0, 1.0),
    ],
)
def test_ratios(tp: int, fp: int, fn: int, precision: float, recall: float, f1: float) -> None:
    prf = PRF(tp, fp, fn)
    assert prf.precision == pytest.approx(precision)
    assert prf.recall == pytest.approx(recall)
    assert prf.f1 == pytest.approx(f1)


def test_sum_is_micro_average_not_mean_of_ratios() -> None:
    a, b = PRF(1, 0, 0), PRF(1, 3, 0)
    total = a + b
    assert total == PRF(2, 3, 0)
    assert total.precision == pytest.approx(0.4)  # the mean of ratios would be 0.625
    assert sum([a, b], PRF()) == total


def test_ratios_rounds_for_json() -> None:
    assert PRF(1, 2, 0).ratios() == {"precision": 0.3333, "recall": 1.0, "f1": 0.5}


count = st.integers(min_value=0, max_value=10_000)
triple = st.tuples(count, count, count)


@given(triple, triple)
def test_addition_is_componentwise_and_ratios_stay_in_range(
    x: tuple[int, int, int], y: tuple[int, int, int]
) -> None:
    a, b = PRF(*x), PRF(*y)
    total = a + b
    assert (total.tp, total.fp, total.fn) == (x[0] + y[0], x[1] + y[1], x[2] + y[2])
    assert b + a == total
    for value in (total.precision, total.recall, total.f1):
        assert 0.0 <= value <= 1.0
    assert (
        min(total.precision, total.recall) <= total.f1 + 1e-12 <= max(total.precision, total.recall) + 2e-12
    )
