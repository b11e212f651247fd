"""When an offer's reminder is due: 8 working hours before its deadline, on the partner's calendar.

Expected instants are counted by hand like those of test_deadlines.py: a working day is worth 24 h
of local wall-clock time, weekends and the partner's public holidays nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from enquiries.deadlines import (
    REMINDER_HOURS,
    WorkCalendar,
    offer_deadline,
    offer_reminder_at,
    subtract_working_hours,
    working_hours_between,
)

BAVARIA = WorkCalendar("DE", "BY", "Europe/Berlin")
SOUTH_TYROL = WorkCalendar("IT", "BZ", "Europe/Rome")
TYROL = WorkCalendar("AT", "7", "Europe/Vienna")
BERLIN = ZoneInfo("Europe/Berlin")


def local(cal: WorkCalendar, *parts: int) -> datetime:
    return datetime(*parts, tzinfo=ZoneInfo(cal.timezone))  # type: ignore[misc]


def test_reminder_is_eight_working_hours_before_the_deadline_on_the_same_day() -> None:
    deadline = local(BAVARIA, 2026, 12, 8, 15, 0)  # Tuesday
    assert REMINDER_HOURS == 8
    assert offer_reminder_at(deadline, BAVARIA) == local(BAVARIA, 2026, 12, 8, 7, 0).astimezone(UTC)


def test_reminder_before_a_monday_morning_deadline_falls_on_friday_evening() -> None:
    offered = local(BAVARIA, 2026, 12, 3, 3, 0)  # Thursday 03:00
    deadline = offer_deadline(offered, BAVARIA)
    assert deadline == local(BAVARIA, 2026, 12, 7, 3, 0)  # Monday 03:00: 21 + 24 + 3 hours
    # Three hours of Monday, five of Friday: the weekend counts for nothing.
    assert offer_reminder_at(deadline, BAVARIA) == local(BAVARIA, 2026, 12, 4, 19, 0)


def test_reminder_skips_a_public_holiday_of_the_partner_only() -> None:
    deadline = local(TYROL, 2026, 12, 9, 4, 0)  # Wednesday after the Immaculate Conception (8 Dec, AT)
    assert offer_reminder_at(deadline, TYROL) == local(TYROL, 2026, 12, 7, 20, 0)  # Monday evening
    bavaria = local(BAVARIA, 2026, 12, 9, 4, 0)  # in Bavaria the 8th is a working day
    assert offer_reminder_at(bavaria, BAVARIA) == local(BAVARIA, 2026, 12, 8, 20, 0)


def test_deadline_at_midnight_counts_back_from_the_end_of_the_day_before() -> None:
    deadline = local(SOUTH_TYROL, 2026, 12, 5, 0, 0)  # Saturday 00:00 = end of Friday
    assert offer_reminder_at(deadline, SOUTH_TYROL) == local(SOUTH_TYROL, 2026, 12, 4, 16, 0)


def test_reminder_across_the_spring_forward_keeps_wall_clock_hours() -> None:
    deadline = local(BAVARIA, 2026, 3, 30, 5, 0)  # Monday after the clocks went forward on Sunday
    reminder = offer_reminder_at(deadline, BAVARIA)
    assert reminder.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 3, 27, 21, 0)
    assert reminder.utcoffset() is not None


def test_zero_hours_is_the_end_itself_and_negative_is_refused() -> None:
    end = local(BAVARIA, 2026, 12, 8, 15, 0)
    assert subtract_working_hours(end, 0, BAVARIA) == end
    with pytest.raises(ValueError):
        subtract_working_hours(end, -1, BAVARIA)


@settings(deadline=None, max_examples=200)
@given(
    end=st.datetimes(
        min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
    ),
    hours=st.integers(min_value=0, max_value=24 * 10),
    cal=st.sampled_from([BAVARIA, SOUTH_TYROL, TYROL]),
)
def test_subtracting_leaves_exactly_that_many_working_hours(
    end: datetime, hours: int, cal: WorkCalendar
) -> None:
    start = subtract_working_hours(end, hours, cal)
    assert start <= end
    assert working_hours_between(start, end, cal) == pytest.approx(hours)
