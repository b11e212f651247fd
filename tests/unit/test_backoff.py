"""The sync loop's retry delays: capped exponential backoff with full jitter."""

from __future__ import annotations

import random

import pytest

from desktop.sync.engine import Backoff


class Highest(random.Random):
    """Always draws the top of the range: the delays are exactly the bounds."""

    def __init__(self) -> None:
        super().__init__(0)
        self.ranges: list[tuple[float, float]] = []

    def uniform(self, a: float, b: float) -> float:
        self.ranges.append((a, b))
        return b


def delays(backoff: Backoff, n: int) -> list[float]:
    return [backoff.next_delay() for _ in range(n)]


def test_bounds_double_from_base_until_the_cap() -> None:
    backoff = Backoff(base=1.0, cap=60.0, rng=Highest())
    assert delays(backoff, 9) == [1, 2, 4, 8, 16, 32, 60, 60, 60]


def test_bounds_follow_base_and_cap() -> None:
    backoff = Backoff(base=0.25, cap=3.0, rng=Highest())
    assert delays(backoff, 6) == [0.25, 0.5, 1.0, 2.0, 3.0, 3.0]


def test_full_jitter_draws_from_zero_to_the_bound() -> None:
    rng = Highest()
    backoff = Backoff(base=2.0, cap=30.0, rng=rng)
    delays(backoff, 6)
    assert rng.ranges == [(0, 2.0), (0, 4.0), (0, 8.0), (0, 16.0), (0, 30.0), (0, 30.0)]


@pytest.mark.parametrize("seed", range(5))
def test_every_delay_lies_within_zero_and_its_bound(seed: int) -> None:
    backoff = Backoff(base=1.0, cap=60.0, rng=random.Random(seed))
    for attempt, delay in enumerate(delays(backoff, 40)):
        assert 0 <= delay <= min(60.0, 2.0**attempt)


def test_delays_are_jittered_not_fixed() -> None:
    """Many clients that lost the server together must not all come back at the same moment."""
    draws = [Backoff(cap=60.0, attempt=10, rng=random.Random(seed)).next_delay() for seed in range(200)]
    assert len(set(draws)) == len(draws)
    assert min(draws) < 15 and max(draws) > 45, "spread over the whole range [0, cap]"
    assert 20 < sum(draws) / len(draws) < 40, "full jitter averages half the bound"


def test_a_seeded_random_makes_delays_reproducible() -> None:
    first = delays(Backoff(rng=random.Random(42)), 20)
    second = delays(Backoff(rng=random.Random(42)), 20)
    other = delays(Backoff(rng=random.Random(43)), 20)
    assert first == second
    assert first != other


def test_reset_starts_over() -> None:
    backoff = Backoff(base=1.0, cap=60.0, rng=Highest())
    assert delays(backoff, 5) == [1, 2, 4, 8, 16]
    backoff.reset()
    assert backoff.attempt == 0
    assert delays(backoff, 3) == [1, 2, 4]


def test_reset_with_a_seeded_random_repeats_the_bounds_not_the_draws() -> None:
    rng = random.Random(7)
    backoff = Backoff(rng=rng)
    before = delays(backoff, 4)
    backoff.reset()
    after = delays(backoff, 4)
    assert all(0 <= d <= 2**i for i, d in enumerate(after))
    assert after != before, "the random stream continues; only the growth starts over"


def test_a_long_time_offline_keeps_giving_capped_delays() -> None:
    """A laptop offline over a weekend: thousands of failed attempts must not break the loop."""
    backoff = Backoff(base=1.0, cap=60.0, rng=Highest())
    for _ in range(5000):
        delay = backoff.next_delay()
    assert delay == 60.0
    assert backoff.attempt == 5000
    backoff.reset()
    assert backoff.next_delay() == 1.0


def test_defaults_are_one_second_up_to_a_minute() -> None:
    backoff = Backoff(rng=Highest())
    assert (backoff.base, backoff.cap, backoff.attempt) == (1.0, 60.0, 0)
    assert delays(backoff, 8)[-1] == 60.0
