"""The measures of a set of units (see units.py): counts, rates and time quantiles.

Definitions (one place; the API documents the same):

- `received`: distinct enquiries among the units.
- `offered`: offer rounds; `accepted`, `declined`, `expired`, `withdrawn` (revoked by head
  office), `pending`: rounds by outcome. `declined_by_reason`: declined rounds per reason text
  (trimmed, inner whitespace collapsed; the rules have free-text reasons, no codes).
- `accept_rate` = accepted / (accepted + declined + expired): of the rounds the partner had to
  answer and that are over; withdrawn and pending ones are left out. None when there are none.
- `decision_hours_*`: offered -> accepted or declined, in working hours on the deciding
  partner's calendar (enquiries.deadlines); `decision_wall_hours_*` the same on the wall clock.
  Expired rounds are not decisions and are left out (they are `expired`).
- `decided_in_time`: rounds accepted or declined by their deadline (48 working hours);
  `decided_in_time_share` = decided_in_time / (accepted + declined + expired).
- `processed`: accepted rounds whose enquiry then reached a step of the accepting partner
  (facts.py: first activity, external assignment and steps, won, lost, discarded);
  `processed_share` = processed / accepted; `processed_hours_*` accepted -> first step
  (working hours on that partner's calendar, and wall clock).
- `silent`: accepted rounds whose enquiry is still open and whose latest step (or the
  acceptance, without any) lies `SILENT_DAYS` days or more before `now`.
- `won`, `lost`, `discarded`: results, counted on the unit holding the enquiry's result (its
  accepted round, or head office's unit).

Quantiles are **linear interpolation between closest ranks** (Hyndman & Fan type 7): the
q-quantile of n sorted values x[0..n-1] is x[h] with h = (n - 1) * q, interpolated between
x[floor(h)] and x[ceil(h)]. It is PostgreSQL's `percentile_cont`, numpy's default and Excel's
PERCENTILE.INC/MEDIAN, so figures re-computed in a spreadsheet from the detail rows agree.
The median of 3 and 30 is 16.5; their p90 is 27.3. Empty sets give None.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from enquiries.reporting.units import Unit

SILENT_DAYS = 14


def quantile(values: Sequence[float], q: float) -> float | None:
    """The q-quantile (0 <= q <= 1) by linear interpolation (type 7); None for no values."""
    ordered = sorted(values)
    return interpolated(len(ordered), q, ordered.__getitem__)


def quantile_of_runs(runs: Sequence[Sequence[float]], q: float) -> float | None:
    """`quantile` of all the values of `runs`, each already in ascending order, without merging
    them: the two values at the ranks it needs are selected (`kth_of_runs`). The same figure as
    `quantile` of their concatenation, to the last bit (the same two values, the same formula)."""
    runs = [run for run in runs if run]
    if len(runs) == 1:
        return interpolated(len(runs[0]), q, runs[0].__getitem__)
    found: dict[int, float] = {}

    def at(k: int) -> float:
        if k not in found:  # the floor rank first: its next value is the ceiling's
            found[k], after = kth_and_next(runs, k)
            if after is not None:
                found[k + 1] = after
        return found[k]

    return interpolated(sum(len(run) for run in runs), q, at)


def interpolated(n: int, q: float, at: Callable[[int], float]) -> float | None:
    """Type 7 from the value at each rank (0-based) of n ascending values."""
    if not 0 <= q <= 1:
        raise ValueError("q must lie in [0, 1]")
    if n == 0:
        return None
    h = (n - 1) * q
    low, high = math.floor(h), math.ceil(h)
    first = at(low)
    second = first if high == low else at(high)
    return first + (second - first) * (h - low)


def kth_of_runs(runs: Sequence[Sequence[float]], k: int) -> float:
    """The k-th smallest value (0-based) of the union of ascending runs (no NaN)."""
    return kth_and_next(runs, k)[0]


def kth_and_next(runs: Sequence[Sequence[float]], k: int) -> tuple[float, float | None]:
    """The k-th and the (k+1)-th smallest values (0-based) of the union of ascending runs (no
    NaN); None when k is the last rank.

    Selection by counting: the weighted median of the runs' middle values is a pivot; bisecting
    every run tells how many values lie below and at it, and the windows shrink to the side that
    holds rank k. Each step drops at least a quarter of the values left, so it takes about
    log(n) steps of one bisection per run (a year's 480 cells: about 50 x 480). The next value
    is the pivot again, or the smallest value after it in any run."""
    low = [0] * len(runs)
    high = [len(run) for run in runs]
    if not 0 <= k < sum(high):
        raise IndexError("k is not a rank of these runs")
    while True:
        middles = sorted(
            (run[(a + b) // 2], b - a) for run, a, b in zip(runs, low, high, strict=True) if b > a
        )
        half = sum(weight for _, weight in middles) / 2
        seen = 0
        pivot = middles[-1][0]
        for value, weight in middles:
            seen += weight
            if seen >= half:
                pivot = value
                break
        below = [bisect_left(run, pivot, a, b) for run, a, b in zip(runs, low, high, strict=True)]
        upto = [bisect_right(run, pivot, a, b) for run, a, b in zip(runs, low, high, strict=True)]
        n_below = sum(x - a for x, a in zip(below, low, strict=True))
        n_equal = sum(y - x for x, y in zip(below, upto, strict=True))
        if k < n_below:
            high = below
        elif k < n_below + n_equal:
            if k + 1 < n_below + n_equal:
                return pivot, pivot
            # Left of the windows lie only values below the pivot, right of them only above it.
            after = [run[y] for run, y in zip(runs, upto, strict=True) if y < len(run)]
            return pivot, (min(after) if after else None)
        else:
            k -= n_below + n_equal
            low = upto


def normalise_reason(reason: str) -> str:
    return " ".join(reason.split())


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class Quantiles:
    median: float | None
    p90: float | None

    @classmethod
    def of(cls, values: Sequence[float]) -> Quantiles:
        return cls(quantile(values, 0.5), quantile(values, 0.9))


@dataclass(frozen=True)
class Measures:
    received: int
    offered: int
    accepted: int
    declined: int
    expired: int
    withdrawn: int
    pending: int
    declined_by_reason: tuple[tuple[str, int], ...]
    accept_rate: float | None
    decision_hours: Quantiles
    decision_wall_hours: Quantiles
    decided_in_time: int
    decided_in_time_share: float | None
    processed: int
    processed_share: float | None
    processed_hours: Quantiles
    processed_wall_hours: Quantiles
    silent: int
    won: int
    lost: int
    discarded: int


def is_silent(unit: Unit, now: datetime) -> bool:
    facts = unit.enquiry
    if unit.round is None or unit.round.outcome != "accepted" or facts.result:
        return False
    last = max(t for t in (facts.accepted_at, facts.last_step_at, unit.round.decided_at) if t is not None)
    return last <= now - timedelta(days=SILENT_DAYS)


def measure(units: Iterable[Unit], now: datetime) -> Measures:
    units = list(units)
    rounds = [u.round for u in units if u.round is not None]
    outcomes = Counter(r.outcome for r in rounds)
    decided = [r for r in rounds if r.outcome in ("accepted", "declined")]
    answerable = outcomes["accepted"] + outcomes["declined"] + outcomes["expired"]
    reasons = Counter(normalise_reason(r.reason) for r in rounds if r.outcome == "declined")
    accepted = [u for u in units if u.round is not None and u.round.outcome == "accepted"]
    processed = [u.enquiry for u in accepted if u.enquiry.processed_at is not None]
    results = Counter(u.enquiry.result for u in units if u.holds_result and u.enquiry.result)
    in_time = sum(1 for r in decided if r.in_time)
    return Measures(
        received=len({u.enquiry.enquiry_id for u in units}),
        offered=len(rounds),
        accepted=outcomes["accepted"],
        declined=outcomes["declined"],
        expired=outcomes["expired"],
        withdrawn=outcomes["withdrawn"],
        pending=outcomes["pending"],
        declined_by_reason=tuple(sorted(reasons.items(), key=lambda item: (-item[1], item[0]))),
        accept_rate=share(outcomes["accepted"], answerable),
        decision_hours=Quantiles.of([r.working_hours for r in decided if r.working_hours is not None]),
        decision_wall_hours=Quantiles.of([r.wall_hours for r in decided if r.wall_hours is not None]),
        decided_in_time=in_time,
        decided_in_time_share=share(in_time, answerable),
        processed=len(processed),
        processed_share=share(len(processed), len(accepted)),
        processed_hours=Quantiles.of(
            [f.processed_working_hours for f in processed if f.processed_working_hours is not None]
        ),
        processed_wall_hours=Quantiles.of(
            [f.processed_wall_hours for f in processed if f.processed_wall_hours is not None]
        ),
        silent=sum(1 for u in accepted if is_silent(u, now)),
        won=results["won"],
        lost=results["lost"],
        discarded=results["discarded"],
    )
