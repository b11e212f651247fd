"""Working-hour deadlines for enquiry offers, counted on the dealer partner's calendar.

A partner must accept or decline an offer within 48 *working* hours. Only whole calendar
days are classified: a working day contributes 24 hours (00:00-24:00 local wall-clock),
a weekend day or public holiday contributes none. Counting happens in the partner's local
wall-clock time, so a deadline keeps its local time of day across daylight-saving changes
(the partner reads "due Tuesday 15:00", not "due Tuesday 14:00 because the clocks moved").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    import holidays

OFFER_DEADLINE_HOURS = 48
REMINDER_HOURS = 8  # the offered partner is reminded when this many working hours are left

_WEEKEND = frozenset({5, 6})  # Saturday, Sunday - fixed by the business rule, not per country
_DAY = timedelta(days=1)

# Holiday categories beyond the library's default "public", per (country, subdivision).
# Bavaria: holidays 0.109 files Assumption (15 Aug) under "catholic" because it is only a
# public holiday in the predominantly Catholic municipalities - but that is the large
# majority of them (Munich, Augsburg, most of Old Bavaria and Swabia). We include it: a
# wrong day off only gives a partner 24 extra hours, whereas a missed day off would mark a
# closed office as late. (DE "catholic" also holds Corpus Christi for a few municipalities
# in SN/TH; those are a small minority, so they stay excluded.)
_EXTRA_CATEGORIES: dict[tuple[str, str | None], tuple[str, ...]] = {
    ("DE", "BY"): ("catholic",),
}


@lru_cache(maxsize=256)
def _holidays(country: str, subdivision: str | None, year: int) -> holidays.HolidayBase:
    """One year's holidays; cached because building a country object is slow.

    ``expand=False`` keeps the cached object immutable: lookups outside ``year`` must not
    silently add years to a shared instance.
    """
    import holidays  # ~9 MB: imported when a calendar is first needed, not with the rules

    categories = ("public", *_EXTRA_CATEGORIES.get((country, subdivision), ()))
    return holidays.country_holidays(
        country, subdiv=subdivision, years=year, expand=False, categories=categories
    )


@dataclass(frozen=True)
class WorkCalendar:
    """Where a partner works: which days are working days and which clock they read."""

    country: str  # ISO 3166-1 alpha-2, e.g. "DE", "IT", "AT"
    subdivision: str | None  # holidays' subdiv code, e.g. "BY", "BZ", "7"; None = national only
    timezone: str  # IANA name, e.g. "Europe/Berlin"

    def __post_init__(self) -> None:
        """Fail when the calendar is configured, not when the first deadline is computed."""
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {self.timezone!r}") from exc
        try:
            _holidays(self.country, self.subdivision, 2000)
        except NotImplementedError as exc:
            raise ValueError(f"unsupported country/subdivision {self.country}/{self.subdivision}") from exc

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)  # ZoneInfo caches instances itself

    def is_working_day(self, day: date) -> bool:
        """Mon-Fri and not a public holiday of the partner's country/subdivision."""
        if day.weekday() in _WEEKEND:
            return False
        return day not in _holidays(self.country, self.subdivision, day.year)

    def _next_working_day(self, day: date) -> date:
        while not self.is_working_day(day):
            day += _DAY
        return day


def _to_local_wall(moment: datetime, calendar: WorkCalendar) -> datetime:
    """Naive local wall-clock time: the axis on which working hours are counted."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("datetime must be timezone-aware")
    return moment.astimezone(calendar.zone).replace(tzinfo=None)


def _from_local_wall(wall: datetime, calendar: WorkCalendar) -> datetime:
    """Back to an aware UTC instant.

    Times in a DST gap or overlap resolve with fold=0 (the offset in force *before* the
    transition); the UTC round trip normalises a non-existent local time to a real instant.
    """
    return wall.replace(tzinfo=calendar.zone, fold=0).astimezone(UTC)


def add_working_hours(start: datetime, hours: int, calendar: WorkCalendar) -> datetime:
    """The instant ``hours`` working hours after ``start``, as an aware UTC datetime.

    A start on a non-working day counts from 00:00 of the next working day. When the
    budget runs out exactly at midnight the earliest instant is returned (end of the last
    working day, i.e. 00:00 of the following calendar day, even if that day is a holiday).
    """
    if hours < 0:
        raise ValueError("hours must not be negative")
    cursor = _to_local_wall(start, calendar)
    if not calendar.is_working_day(cursor.date()):
        cursor = datetime.combine(calendar._next_working_day(cursor.date()), time())
    remaining = timedelta(hours=hours)
    while True:
        day_end = datetime.combine(cursor.date() + _DAY, time())
        available = day_end - cursor
        if remaining <= available:
            return _from_local_wall(cursor + remaining, calendar)
        remaining -= available
        cursor = datetime.combine(calendar._next_working_day(day_end.date()), time())


def subtract_working_hours(end: datetime, hours: int, calendar: WorkCalendar) -> datetime:
    """The instant ``hours`` working hours before ``end``, as an aware UTC datetime.

    The mirror of :func:`add_working_hours`: non-working days are skipped backwards, so eight
    working hours before Monday 03:00 is Friday 19:00. When the budget runs out exactly at a
    midnight the latest such instant is returned (00:00 of the day after the last working day).
    """
    if hours < 0:
        raise ValueError("hours must not be negative")
    cursor = _to_local_wall(end, calendar)
    if hours == 0:
        return end.astimezone(UTC)
    remaining = timedelta(hours=hours)
    while True:
        day_start = datetime.combine(cursor.date(), time())
        if cursor == day_start:  # a midnight ends the day before
            day_start -= _DAY
        if calendar.is_working_day(day_start.date()):
            available = cursor - day_start
            if remaining <= available:
                return _from_local_wall(cursor - remaining, calendar)
            remaining -= available
        cursor = day_start


def working_hours_between(start: datetime, end: datetime, calendar: WorkCalendar) -> float:
    """Working hours elapsed from ``start`` to ``end`` (0.0 if ``end <= start``).

    The inverse of :func:`add_working_hours`; used to report "time to decision".
    """
    lo, hi = _to_local_wall(start, calendar), _to_local_wall(end, calendar)
    # Compare as UTC: aware datetimes sharing a tzinfo compare by wall clock, ignoring fold.
    if end.astimezone(UTC) <= start.astimezone(UTC):
        return 0.0
    total = timedelta()
    day = lo.date()
    while day <= hi.date():
        if calendar.is_working_day(day):
            day_start = datetime.combine(day, time())
            total += min(hi, day_start + _DAY) - max(lo, day_start)
        day += _DAY
    return max(0.0, total / timedelta(hours=1))


def offer_deadline(offered_at: datetime, calendar: WorkCalendar) -> datetime:
    """When the partner must have accepted or declined an offer made at ``offered_at``."""
    return add_working_hours(offered_at, OFFER_DEADLINE_HOURS, calendar)


def offer_reminder_at(deadline: datetime, calendar: WorkCalendar) -> datetime:
    """When the partner is reminded of an offer due at ``deadline``: 8 working hours before it."""
    return subtract_working_hours(deadline, REMINDER_HOURS, calendar)
