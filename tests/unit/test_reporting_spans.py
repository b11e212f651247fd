"""The pure pieces the database's summary stands on: quantiles selected from sorted runs without
merging them, and a zone's periods as ranges of instants. Both must say exactly what the pure
definitions say (measures.quantile, dimensions.key_of), for any values, zones and instants."""

from __future__ import annotations

import bisect
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from enquiries.reporting.dimensions import PERIODS, period_key, period_spans
from enquiries.reporting.measures import kth_and_next, kth_of_runs, quantile, quantile_of_runs

values = st.one_of(
    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
    st.sampled_from((0.0, 1.0, 2.5, 48.0)),  # ties
)
runs = st.lists(st.lists(values, max_size=30).map(sorted), max_size=12)


@given(runs=runs, q=st.sampled_from((0.0, 0.1, 0.5, 0.9, 1.0)) | st.floats(0, 1))
def test_a_quantile_of_runs_is_the_quantile_of_them_all(runs: list[list[float]], q: float) -> None:
    assert quantile_of_runs(runs, q) == quantile([v for run in runs for v in run], q)


@given(runs=runs, data=st.data())
def test_the_kth_value_of_runs_is_the_kth_of_them_all_sorted(
    runs: list[list[float]], data: st.DataObject
) -> None:
    everything = sorted(v for run in runs for v in run)
    if not everything:
        with pytest.raises(IndexError):
            kth_of_runs(runs, 0)
        return
    k = data.draw(st.integers(0, len(everything) - 1))
    assert kth_of_runs(runs, k) == everything[k]
    after = everything[k + 1] if k + 1 < len(everything) else None
    assert kth_and_next(runs, k) == (everything[k], after)


def test_quantiles_of_runs_know_the_edge_cases() -> None:
    assert quantile_of_runs([], 0.5) is None and quantile_of_runs([[], []], 0.9) is None
    assert quantile_of_runs([[3.0], [30.0]], 0.5) == 16.5
    assert quantile_of_runs([[3.0, 30.0]], 0.9) == quantile([3.0, 30.0], 0.9)
    with pytest.raises(ValueError):
        quantile_of_runs([[1.0]], 1.5)
    with pytest.raises(ValueError):
        quantile([], 2.0)  # as before: q is checked before the values


ZONES = (
    "Europe/Rome",
    "America/Sao_Paulo",  # DST ended at midnight (to 23:00 the day before)
    "America/Havana",  # DST began at midnight (no 00:00 that day)
    "Australia/Lord_Howe",  # half-hour DST
    "Pacific/Apia",  # skipped 30 December 2011
    "Asia/Kathmandu",
    "UTC",
)
START = datetime(2009, 6, 1, tzinfo=UTC)


def key_at(spans: list[tuple[datetime, str]], at: datetime) -> str:
    starts = [start for start, _ in spans]
    return spans[bisect.bisect_right(starts, at) - 1][1]


@settings(max_examples=60, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    period=st.sampled_from(PERIODS),
    first=st.integers(0, 3 * 365 * 24 * 3600),
    length=st.integers(0, 400 * 24 * 3600),
    probes=st.lists(st.floats(0, 1), min_size=1, max_size=40),
)
def test_period_spans_give_every_instant_its_local_period(
    zone: str, period: str, first: int, length: int, probes: list[float]
) -> None:
    tz = ZoneInfo(zone)
    low = START + timedelta(seconds=first)
    high = low + timedelta(seconds=length)
    spans = period_spans(low, high, tz, period)
    assert spans[0][0] == low
    assert all(a[1] != b[1] and a[0] < b[0] for a, b in pairwise(spans))
    edges = [start for start, _ in spans] + [start - timedelta(microseconds=1) for start, _ in spans[1:]]
    for at in [low, high, *edges, *(low + (high - low) * p for p in probes)]:
        assert key_at(spans, at) == period_key(at.astimezone(tz).date(), period), (zone, period, at)


def test_a_day_of_spans_in_rome_across_the_spring_change() -> None:
    spans = period_spans(
        datetime(2026, 3, 28, 12, tzinfo=UTC),
        datetime(2026, 3, 30, 12, tzinfo=UTC),
        ZoneInfo("Europe/Rome"),
        "day",
    )
    assert spans == [
        (datetime(2026, 3, 28, 12, tzinfo=UTC), "2026-03-28"),
        (datetime(2026, 3, 28, 23, tzinfo=UTC), "2026-03-29"),  # midnight CET
        (datetime(2026, 3, 29, 22, tzinfo=UTC), "2026-03-30"),  # midnight CEST
    ]
    assert (
        period_spans(
            datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 1, tzinfo=UTC), ZoneInfo("UTC"), "day"
        )
        == []
    )
