"""order_stats.values_at: the values at given ranks are those of the sorted array, exactly -
through the sampled window, through its fall-back when the sample misleads, with ties."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from central.store import order_stats
from central.store.order_stats import values_at


def expected(values: np.ndarray, ranks: list[int]) -> dict[int, float]:
    ordered = np.sort(values)
    return {r: float(ordered[r]) for r in ranks}


def quantile_ranks(n: int) -> list[int]:
    return [int(r) for q in (0.5, 0.9) for r in (np.floor((n - 1) * q), np.ceil((n - 1) * q))]


@pytest.fixture
def fallbacks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How often the whole array was partitioned because the sample misled."""
    taken: list[int] = []
    whole = order_stats.whole

    def counted(values: np.ndarray, ranks: list[int]) -> dict[int, float]:
        if len(values) >= order_stats.PARTITION_BELOW:
            taken.append(len(values))
        return whole(values, ranks)

    monkeypatch.setattr(order_stats, "whole", counted)
    return taken


@pytest.fixture
def small_window(monkeypatch: pytest.MonkeyPatch, fallbacks: list[int]) -> list[int]:
    """The windowed path already for a few dozen values: a sample of 16, a window of 2 ranks."""
    monkeypatch.setattr(order_stats, "PARTITION_BELOW", 20)
    monkeypatch.setattr(order_stats, "SAMPLE", 16)
    monkeypatch.setattr(order_stats, "SAMPLE_SHARE", 10**9)  # always 16
    monkeypatch.setattr(order_stats, "MARGIN_SD", 0)
    return fallbacks


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    values=st.lists(
        st.one_of(st.sampled_from((0.0, 3.0, 3.0, 48.0)), st.floats(0, 200, allow_nan=False)),
        min_size=1,
        max_size=600,
    ),
    extra=st.lists(st.integers(0, 10**6), max_size=3),
)
def test_every_rank_is_the_sorted_arrays(
    small_window: list[int], values: list[float], extra: list[int]
) -> None:
    array = np.array(values)
    ranks = quantile_ranks(len(array)) + [e % len(array) for e in extra]
    assert values_at(array, ranks) == expected(array, ranks)


def test_a_misleading_sample_falls_back_to_the_whole_array(small_window: list[int]) -> None:
    # Every value the stride samples is 0; the others are far above: the window holds no rank.
    n = 400
    step = n // order_stats.SAMPLE
    array = np.array([0.0 if i % step == 0 else 1000.0 + i for i in range(n)])
    ranks = quantile_ranks(n)
    assert values_at(array, ranks) == expected(array, ranks)
    assert small_window == [n]  # the median's window (all zeros) held neither of its ranks


def test_a_million_values_with_ties(fallbacks: list[int]) -> None:
    rng = np.random.default_rng(11)
    array = np.round(rng.lognormal(1.8, 1.2, 1_200_000), 2)  # many equal values
    ranks = [*quantile_ranks(len(array)), 0, len(array) - 1]
    assert values_at(array, ranks) == expected(array, ranks)
    assert fallbacks == []  # every rank from its window
