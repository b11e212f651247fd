"""Dimensions of a report: each unit's key per dimension, members' labels and their order, and
periods (day, week, month, quarter, year) in the viewer company's time zone.

Keys are stable strings (ids, codes, ISO period names); labels are English, for outside tools
(the client shows its own words for the codes). A unit without a value has the key "" (label
"(none)"): an enquiry without a product interest, head office's unit in `partner` (its key is
head office's id, its label head office's name) and in `round`.

Periods: `day` "2026-03-14", `week` (ISO, Monday first) "2026-W11", `month` "2026-03",
`quarter` "2026-Q1", `year` "2026". On `received` the enquiry's received time counts, on
`decided` the round's decision time (accepted, declined, expired or withdrawn).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from enquiries.reporting.units import Unit

ROUND_DIMENSIONS = ("partner", "round")
ENQUIRY_DIMENSIONS = ("channel", "type", "product_interest", "country", "subdivision", "postcode_area")
DIMENSIONS = (*ENQUIRY_DIMENSIONS, *ROUND_DIMENSIONS, "period")
FILTERS = (*ENQUIRY_DIMENSIONS, *ROUND_DIMENSIONS)  # periods are filtered by from/to
PERIODS = ("day", "week", "month", "quarter", "year")
ON = ("received", "decided")
NONE_LABEL = "(none)"

CHANNEL_LABELS = {
    "web": "Website",
    "dealer_page": "Dealer page",
    "manual": "Entered by hand",
    "phone": "Phone",
    "showroom": "Showroom",
    "email": "E-mail",
}
TYPE_LABELS = {
    "offer": "Offer",
    "information": "Information",
    "consultation": "Consultation",
    "catalogue": "Catalogue",
    "service": "Service",
}


@dataclass(frozen=True)
class Context:
    """What keys and labels depend on besides the unit."""

    zone: ZoneInfo
    period: str = "month"
    on: str = "received"
    head_office_id: str = ""
    company_names: Mapping[str, str] | None = None


def moment(unit: Unit, on: str) -> datetime | None:
    """The time a unit counts at: received, or its round's decision (None while pending)."""
    if on == "received":
        return unit.enquiry.received_at
    return unit.round.decided_at if unit.round is not None else None


def key_of(dimension: str, unit: Unit, ctx: Context) -> str:
    facts = unit.enquiry
    if dimension == "partner":
        return unit.round.company_id if unit.round is not None else ctx.head_office_id
    if dimension == "round":
        return str(unit.round.round) if unit.round is not None else ""
    if dimension == "period":
        at = moment(unit, ctx.on)
        return period_key(at.astimezone(ctx.zone).date(), ctx.period) if at is not None else ""
    if dimension in ENQUIRY_DIMENSIONS:
        return str(getattr(facts, dimension))
    raise ValueError(f"unknown dimension {dimension!r}")


def label_of(dimension: str, key: str, ctx: Context) -> str:
    if dimension == "partner":
        return (ctx.company_names or {}).get(key, NONE_LABEL if not key else "?")
    if not key:
        return NONE_LABEL
    if dimension == "channel":
        return CHANNEL_LABELS.get(key, key)
    if dimension == "type":
        return TYPE_LABELS.get(key, key)
    if dimension == "round":
        return f"Round {key}"
    return key


def sort_key(dimension: str, key: str, label: str) -> tuple[int, int, str]:
    """Periods in time, rounds by number, everything else by label; "" last."""
    if not key:
        return (1, 0, "")
    if dimension == "round":
        return (0, int(key), "")
    if dimension == "period":
        return (0, 0, key)
    return (0, 0, label.casefold())


# --- periods ---------------------------------------------------------------------------------


def period_start(day: date, period: str) -> date:
    if period == "day":
        return day
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    if period == "quarter":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if period == "year":
        return date(day.year, 1, 1)
    raise ValueError(f"unknown period {period!r}")


def shift(start: date, period: str, count: int) -> date:
    """The start of the period `count` periods after (negative: before) the one starting `start`."""
    if period == "day":
        return start + timedelta(days=count)
    if period == "week":
        return start + timedelta(weeks=count)
    months = {"month": 1, "quarter": 3, "year": 12}[period] * count
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def period_end(day: date, period: str) -> date:
    """The last day of the period holding `day`."""
    return shift(period_start(day, period), period, 1) - timedelta(days=1)


def period_key(day: date, period: str) -> str:
    if period == "day":
        return day.isoformat()
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return f"{day.year}-{day.month:02d}"
    if period == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if period == "year":
        return str(day.year)
    raise ValueError(f"unknown period {period!r}")


def period_bounds(key: str, period: str) -> tuple[date, date]:
    """First and last day of the period named `key` (for drilling down with from/to)."""
    if period == "day":
        first = date.fromisoformat(key)
    elif period == "week":
        year, week = key.split("-W")
        first = date.fromisocalendar(int(year), int(week), 1)
    elif period == "month":
        first = date(int(key[:4]), int(key[5:7]), 1)
    elif period == "quarter":
        first = date(int(key[:4]), 3 * (int(key[-1]) - 1) + 1, 1)
    else:
        first = date(int(key), 1, 1)
    return first, period_end(first, period)


def periods_between(start: date, end: date, period: str) -> list[str]:
    keys = []
    cursor = period_start(start, period)
    while cursor <= end:
        keys.append(period_key(cursor, period))
        cursor = shift(cursor, period, 1)
    return keys


def previous_range(start: date, end: date, period: str, compare: str) -> tuple[date, date]:
    """The range to compare `start`..`end` (both inclusive) with.

    `year`: the same days a year earlier (29 February -> 28 February). `previous`: when the range
    is whole periods (1 March - 31 May by month), as many periods before it (December - February);
    otherwise the same number of days just before it.
    """
    if compare == "year":
        return _year_back(start), _year_back(end)
    if compare != "previous":
        raise ValueError(f"unknown comparison {compare!r}")
    if period_start(start, period) == start and period_end(end, period) == end:
        count = len(periods_between(start, end, period))
        return shift(start, period, -count), start - timedelta(days=1)
    length = end - start + timedelta(days=1)
    return start - length, start - timedelta(days=1)


def _year_back(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def local_bounds(
    start: date | None, end: date | None, zone: ZoneInfo
) -> tuple[datetime | None, datetime | None]:
    """The instants [start 00:00, end + 1 day 00:00) of local dates in `zone` (aware)."""
    low = datetime.combine(start, datetime.min.time(), zone) if start else None
    high = datetime.combine(end + timedelta(days=1), datetime.min.time(), zone) if end else None
    return low, high


def period_spans(first: datetime, last: datetime, zone: ZoneInfo, period: str) -> list[tuple[datetime, str]]:
    """Where the local period changes between the instants `first` and `last` (both included):
    (start, key) pairs in time order, the first starting at `first`, so that every instant t in
    [first, last] has the key of the last pair starting at or before t; consecutive pairs have
    different keys. What `key_of` says for a moment, as ranges of instants a database can compare
    with (SQLite knows no time zones).

    A local date changes at a local midnight (either fold, for a midnight that happens twice) or
    when the offset changes (a DST change that crosses midnight turns the date back or forward);
    between two such instants it cannot. Offset changes are found day by day (the zone's offset
    at two midnights), each by bisection to the microsecond."""
    first, last = first.astimezone(UTC), last.astimezone(UTC)
    if last < first:
        return []
    points = {first}
    day = first.astimezone(zone).date() - timedelta(days=1)
    end = last.astimezone(zone).date() + timedelta(days=1)
    previous: datetime | None = None
    while day <= end:
        midnight = datetime.combine(day, time.min, zone)
        for fold in (0, 1):
            points.add(midnight.replace(fold=fold).astimezone(UTC))
        at = midnight.astimezone(UTC)
        if previous is not None and previous.astimezone(zone).utcoffset() != at.astimezone(zone).utcoffset():
            points.add(_offset_change(previous, at, zone))
        previous = at
        day += timedelta(days=1)
    spans: list[tuple[datetime, str]] = []
    for point in sorted(p for p in points if first <= p <= last):
        key = period_key(point.astimezone(zone).date(), period)
        if not spans or spans[-1][1] != key:
            spans.append((point, key))
    return spans


def _offset_change(before: datetime, after: datetime, zone: ZoneInfo) -> datetime:
    """The first instant in (before, after] with after's offset (UTC instants; one change)."""
    wanted = after.astimezone(zone).utcoffset()
    low, high = before, after
    while high - low > timedelta(microseconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(zone).utcoffset() == wanted:
            high = middle
        else:
            low = middle
    return high
