"""Offer deadlines: 48 working hours on the dealer partner's calendar, in its local wall-clock time.

Every expected deadline below was counted by hand: a working day is worth 24 h (00:00-24:00
local), weekends and the partner's public holidays are worth nothing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from enquiries import deadlines
from enquiries.deadlines import (
    OFFER_DEADLINE_HOURS,
    WorkCalendar,
    add_working_hours,
    offer_deadline,
    working_hours_between,
)

BAVARIA = WorkCalendar("DE", "BY", "Europe/Berlin")
BERLIN = WorkCalendar("DE", "BE", "Europe/Berlin")
ITALY = WorkCalendar("IT", None, "Europe/Rome")
SOUTH_TYROL = WorkCalendar("IT", "BZ", "Europe/Rome")
TYROL = WorkCalendar("AT", "7", "Europe/Vienna")
# Synthetic: German holidays on Cairo's clock. Egypt switches DST on working days (Friday 00:00
# and Thursday 24:00), so with our Sat/Sun weekend this exercises the DST gap/overlap path.
CAIRO_CLOCK = WorkCalendar("DE", None, "Africa/Cairo")


def at(cal: WorkCalendar, year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    """An aware datetime on the partner's wall clock."""
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(cal.timezone))


def wall(moment: datetime, cal: WorkCalendar) -> datetime:
    """What the partner reads on its clock (naive local time)."""
    return moment.astimezone(ZoneInfo(cal.timezone)).replace(tzinfo=None)


def assert_due(offered: datetime, cal: WorkCalendar, local: datetime, utc: datetime) -> None:
    due = offer_deadline(offered, cal)
    assert due.tzinfo is UTC
    assert wall(due, cal) == local
    assert due == utc.replace(tzinfo=UTC)


def test_deadline_is_48_hours() -> None:
    assert OFFER_DEADLINE_HOURS == 48


# --- plain weeks (March 2026, CET = UTC+1, no holidays) ------------------------------------


def test_tuesday_morning_is_due_thursday_same_time() -> None:
    # Tue 10:00 -> Tue 14 h + Wed 24 h = 38 h, + 10 h of Thu -> Thu 12 Mar 10:00 CET.
    assert_due(
        at(BAVARIA, 2026, 3, 10, 10, 0), BAVARIA, datetime(2026, 3, 12, 10, 0), datetime(2026, 3, 12, 9, 0)
    )


def test_friday_afternoon_skips_weekend() -> None:
    # Fri 15:30 -> 8.5 h Fri, Sat+Sun skipped, 24 h Mon, 15.5 h Tue -> Tue 17 Mar 15:30 CET.
    assert_due(
        at(BAVARIA, 2026, 3, 13, 15, 30),
        BAVARIA,
        datetime(2026, 3, 17, 15, 30),
        datetime(2026, 3, 17, 14, 30),
    )


@pytest.mark.parametrize("hour, minute", [(11, 0), (0, 0)])
def test_saturday_intake_starts_monday_midnight(hour: int, minute: int) -> None:
    # Sat 14 Mar: counting starts Mon 16 Mar 00:00; Mon + Tue = 48 h -> Wed 18 Mar 00:00 CET.
    assert_due(
        at(BAVARIA, 2026, 3, 14, hour, minute), BAVARIA, datetime(2026, 3, 18), datetime(2026, 3, 17, 23, 0)
    )


def test_sunday_one_minute_before_midnight() -> None:
    # Sun 15 Mar 23:59 is not working time; same as a Monday 00:00 intake -> Wed 18 Mar 00:00.
    assert_due(at(BAVARIA, 2026, 3, 15, 23, 59), BAVARIA, datetime(2026, 3, 18), datetime(2026, 3, 17, 23, 0))


def test_counted_in_partner_zone_not_in_zone_of_input() -> None:
    # Fri 13 Mar 23:30 UTC is already Sat 00:30 in Berlin -> same as Saturday intake.
    # (Counted in UTC it would have been Fri -> Tue 17 Mar 23:30.)
    offered = datetime(2026, 3, 13, 23, 30, tzinfo=UTC)
    assert_due(offered, BAVARIA, datetime(2026, 3, 18), datetime(2026, 3, 17, 23, 0))


def test_budget_ending_at_midnight_returns_end_of_last_working_day() -> None:
    # Thu 12 Mar 00:00 + Thu + Fri = end of Friday = Sat 14 Mar 00:00, not Mon 00:00.
    assert_due(at(BAVARIA, 2026, 3, 12, 0, 0), BAVARIA, datetime(2026, 3, 14), datetime(2026, 3, 13, 23, 0))


# --- holidays ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cal, local, utc",
    [
        # DE: Thu 2 Apr 12:00 -> 12 h Thu; Good Fri 3 Apr, Sat, Sun, Easter Mon 6 Apr skipped;
        # Tue 7 Apr 24 h (36 h); 12 h Wed -> Wed 8 Apr 12:00 CEST (UTC+2).
        (BAVARIA, datetime(2026, 4, 8, 12, 0), datetime(2026, 4, 8, 10, 0)),
        # IT: Good Friday is a working day: 12 h Thu + 24 h Fri = 36 h; Sat, Sun, Easter Mon
        # skipped; 12 h Tue -> Tue 7 Apr 12:00 CEST.
        (ITALY, datetime(2026, 4, 7, 12, 0), datetime(2026, 4, 7, 10, 0)),
    ],
    ids=["DE-BY", "IT"],
)
def test_easter(cal: WorkCalendar, local: datetime, utc: datetime) -> None:
    assert_due(at(cal, 2026, 4, 2, 12, 0), cal, local, utc)


@pytest.mark.parametrize(
    "cal, local",
    [
        # Wed 3 Jun 10:00: 14 h Wed; Corpus Christi Thu 4 Jun skipped in BY; 24 h Fri (38 h);
        # weekend; 10 h Mon -> Mon 8 Jun 10:00.
        (BAVARIA, datetime(2026, 6, 8, 10, 0)),
        # Berlin works on Corpus Christi: 14 h Wed + 24 h Thu + 10 h Fri -> Fri 5 Jun 10:00.
        (BERLIN, datetime(2026, 6, 5, 10, 0)),
    ],
    ids=["DE-BY", "DE-BE"],
)
def test_corpus_christi(cal: WorkCalendar, local: datetime) -> None:
    assert_due(at(cal, 2026, 6, 3, 10, 0), cal, local, local - timedelta(hours=2))


@pytest.mark.parametrize(
    "cal, local",
    [
        # Mon 4 Jan 2027 10:00: 14 h Mon + 24 h Tue; Epiphany Wed 6 Jan skipped; 10 h Thu.
        (BAVARIA, datetime(2027, 1, 7, 10, 0)),
        # Berlin has no Epiphany: 14 h Mon + 24 h Tue + 10 h Wed.
        (BERLIN, datetime(2027, 1, 6, 10, 0)),
    ],
    ids=["DE-BY", "DE-BE"],
)
def test_epiphany(cal: WorkCalendar, local: datetime) -> None:
    assert_due(at(cal, 2027, 1, 4, 10, 0), cal, local, local - timedelta(hours=1))


@pytest.mark.parametrize(
    "cal, local",
    [
        # Thu 14 Aug 2025 10:00: 14 h Thu; Assumption Fri 15 Aug skipped in BY (we include the
        # library's "catholic" category for Bavaria); weekend; 24 h Mon; 10 h Tue.
        (BAVARIA, datetime(2025, 8, 19, 10, 0)),
        (BERLIN, datetime(2025, 8, 18, 10, 0)),  # 14 h Thu + 24 h Fri + 10 h Mon
        (ITALY, datetime(2025, 8, 19, 10, 0)),  # Ferragosto is national in Italy
    ],
    ids=["DE-BY", "DE-BE", "IT"],
)
def test_assumption(cal: WorkCalendar, local: datetime) -> None:
    assert_due(at(cal, 2025, 8, 14, 10, 0), cal, local, local - timedelta(hours=2))


@pytest.mark.parametrize(
    "cal, local",
    [
        # Fri 22 May 10:00: 14 h Fri; weekend; Whit Monday 25 May skipped in South Tyrol only;
        # 24 h Tue; 10 h Wed.
        (SOUTH_TYROL, datetime(2026, 5, 27, 10, 0)),
        (ITALY, datetime(2026, 5, 26, 10, 0)),  # rest of Italy works on Whit Monday
    ],
    ids=["IT-BZ", "IT"],
)
def test_whit_monday_south_tyrol(cal: WorkCalendar, local: datetime) -> None:
    assert_due(at(cal, 2026, 5, 22, 10, 0), cal, local, local - timedelta(hours=2))


@pytest.mark.parametrize(
    "cal, day, working",
    [
        (SOUTH_TYROL, date(2026, 5, 25), False),  # Pfingstmontag, BZ only
        (ITALY, date(2026, 5, 25), True),
        (SOUTH_TYROL, date(2025, 8, 15), False),
        (ITALY, date(2026, 4, 3), True),  # Good Friday is not an Italian holiday
        (ITALY, date(2026, 4, 6), False),  # Easter Monday is
        (BAVARIA, date(2027, 11, 1), False),  # All Saints (a Monday)
        (BERLIN, date(2027, 11, 1), True),
        (BERLIN, date(2027, 3, 8), False),  # International Women's Day, Berlin only
        (BAVARIA, date(2027, 3, 8), True),
        (TYROL, date(2026, 10, 26), False),  # Austrian National Day
        (TYROL, date(2026, 12, 8), False),  # Immaculate Conception
        (BAVARIA, date(2026, 12, 31), True),  # New Year's Eve is a normal working day
        (BAVARIA, date(2026, 3, 14), False),  # plain Saturday
    ],
)
def test_is_working_day(cal: WorkCalendar, day: date, working: bool) -> None:
    assert cal.is_working_day(day) is working


def test_year_boundary_bavaria() -> None:
    # Thu 31 Dec 2026 10:00: 14 h Thu; New Year Fri 1 Jan 2027 + weekend skipped; 24 h Mon 4 Jan
    # (38 h); 10 h Tue 5 Jan -> Tue 5 Jan 10:00 CET. Epiphany (Wed 6 Jan) is not reached.
    assert_due(
        at(BAVARIA, 2026, 12, 31, 10, 0), BAVARIA, datetime(2027, 1, 5, 10, 0), datetime(2027, 1, 5, 9, 0)
    )


# --- daylight saving: the deadline keeps its local time of day ---------------------------------


@pytest.mark.parametrize("cal", [BAVARIA, ITALY], ids=["Berlin", "Rome"])
def test_spring_forward(cal: WorkCalendar) -> None:
    # Fri 27 Mar 15:00 CET (14:00 UTC); clocks go forward Sun 29 Mar -> Tue 31 Mar 15:00 CEST = 13:00 UTC.
    offered = at(cal, 2026, 3, 27, 15, 0)
    assert offered == datetime(2026, 3, 27, 14, 0, tzinfo=UTC)
    assert_due(offered, cal, datetime(2026, 3, 31, 15, 0), datetime(2026, 3, 31, 13, 0))


@pytest.mark.parametrize("cal", [BAVARIA, ITALY], ids=["Berlin", "Rome"])
def test_fall_back(cal: WorkCalendar) -> None:
    # Fri 23 Oct 15:00 CEST (13:00 UTC); clocks go back Sun 25 Oct -> Tue 27 Oct 15:00 CET = 14:00 UTC.
    offered = at(cal, 2026, 10, 23, 15, 0)
    assert offered == datetime(2026, 10, 23, 13, 0, tzinfo=UTC)
    assert_due(offered, cal, datetime(2026, 10, 27, 15, 0), datetime(2026, 10, 27, 14, 0))


def test_fall_back_with_austrian_national_day() -> None:
    # Fri 23 Oct 15:00 CEST: 9 h Fri; weekend; National Day Mon 26 Oct skipped; 24 h Tue (33 h);
    # 15 h Wed -> Wed 28 Oct 15:00 CET = 14:00 UTC.
    assert_due(
        at(TYROL, 2026, 10, 23, 15, 0), TYROL, datetime(2026, 10, 28, 15, 0), datetime(2026, 10, 28, 14, 0)
    )


def test_all_saints_across_fall_back() -> None:
    # Fri 29 Oct 2027 10:00 CEST (08:00 UTC): 14 h Fri; weekend (clocks back Sun 31 Oct); All Saints
    # Mon 1 Nov skipped in BY; 24 h Tue; 10 h Wed -> Wed 3 Nov 10:00 CET = 09:00 UTC.
    assert_due(
        at(BAVARIA, 2027, 10, 29, 10, 0), BAVARIA, datetime(2027, 11, 3, 10, 0), datetime(2027, 11, 3, 9, 0)
    )


def test_result_in_dst_gap_resolves_with_fold_0() -> None:
    # Cairo: Fri 24 Apr 2026 00:00 EET jumps to 01:00 EEST. Wed 22 Apr 00:30 + 23.5 h Wed + 24 h Thu
    # + 0.5 h Fri = Fri 00:30, which does not exist. fold=0 reads it with the old offset (+02:00):
    # Thu 23 Apr 22:30 UTC, which the partner's clock shows as 01:30 EEST.
    due = offer_deadline(at(CAIRO_CLOCK, 2026, 4, 22, 0, 30), CAIRO_CLOCK)
    assert due == datetime(2026, 4, 23, 22, 30, tzinfo=UTC)
    assert wall(due, CAIRO_CLOCK) == datetime(2026, 4, 24, 1, 30)


def test_result_in_dst_overlap_takes_first_occurrence() -> None:
    # Cairo: Thu 29 Oct 2026 24:00 EEST falls back to 23:00 EET, so 23:30 happens twice.
    # Tue 27 Oct 23:30 + 0.5 h Tue + 24 h Wed + 23.5 h Thu = Thu 23:30; fold=0 -> first one, +03:00.
    due = offer_deadline(at(CAIRO_CLOCK, 2026, 10, 27, 23, 30), CAIRO_CLOCK)
    assert due == datetime(2026, 10, 29, 20, 30, tzinfo=UTC)
    assert wall(due, CAIRO_CLOCK) == datetime(2026, 10, 29, 23, 30)


# --- contract ---------------------------------------------------------------------------------


def test_naive_start_is_rejected() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        offer_deadline(datetime(2026, 3, 10, 10, 0), BAVARIA)
    with pytest.raises(ValueError, match="timezone-aware"):
        working_hours_between(datetime(2026, 3, 10), datetime(2026, 3, 11, tzinfo=UTC), BAVARIA)


def test_negative_hours_are_rejected() -> None:
    with pytest.raises(ValueError):
        add_working_hours(at(BAVARIA, 2026, 3, 10, 10, 0), -1, BAVARIA)


@pytest.mark.parametrize(
    "args", [("XX", None, "Europe/Berlin"), ("DE", "ZZ", "Europe/Berlin"), ("DE", "BY", "Europe/Nowhere")]
)
def test_bad_calendar_is_rejected_up_front(args: tuple[str, str | None, str]) -> None:
    with pytest.raises(ValueError):
        WorkCalendar(*args)


def test_zero_hours_on_a_working_day_is_the_start() -> None:
    start = at(BAVARIA, 2026, 3, 10, 10, 0)
    assert add_working_hours(start, 0, BAVARIA) == start


def test_holiday_objects_are_cached_per_year() -> None:
    BAVARIA.is_working_day(date(2026, 7, 1))
    before = deadlines._holidays.cache_info()
    BAVARIA.is_working_day(date(2026, 7, 2))
    after = deadlines._holidays.cache_info()
    assert after.hits == before.hits + 1
    assert after.misses == before.misses


# --- working_hours_between --------------------------------------------------------------------


def test_hours_between_friday_and_monday() -> None:
    # 9 h Fri (15-24) + 15 h Mon (0-15) = 24 h.
    assert (
        working_hours_between(at(BAVARIA, 2026, 3, 13, 15, 0), at(BAVARIA, 2026, 3, 16, 15, 0), BAVARIA)
        == 24.0
    )


@pytest.mark.parametrize("cal, hours", [(BAVARIA, 48.0), (ITALY, 72.0)], ids=["DE-BY", "IT"])
def test_hours_between_across_easter(cal: WorkCalendar, hours: float) -> None:
    # Thu 2 Apr 12:00 -> Wed 8 Apr 12:00: 12 h Thu + 24 h Tue + 12 h Wed in BY;
    # Italy also works Good Friday (+24 h).
    assert working_hours_between(at(cal, 2026, 4, 2, 12, 0), at(cal, 2026, 4, 8, 12, 0), cal) == hours


def test_hours_between_across_year_end_and_epiphany() -> None:
    # Thu 31 Dec 2026 10:00 -> Thu 7 Jan 2027 10:00: 14 h + Mon 24 + Tue 24 + 10 h Thu = 72 in BY;
    # Berlin also works Epiphany (Wed 6 Jan, +24 h).
    start, end = at(BAVARIA, 2026, 12, 31, 10, 0), at(BAVARIA, 2027, 1, 7, 10, 0)
    assert working_hours_between(start, end, BAVARIA) == 72.0
    assert working_hours_between(start, end, BERLIN) == 96.0


def test_hours_between_counts_wall_clock_across_dst() -> None:
    # 95 real hours pass (the spring night is an hour short), but Fri 9 h + Mon 24 h + Tue 15 h = 48.
    start, end = at(BAVARIA, 2026, 3, 27, 15, 0), at(BAVARIA, 2026, 3, 31, 15, 0)
    # (Subtract in UTC: aware datetimes sharing a tzinfo subtract by wall clock.)
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=95)
    assert working_hours_between(start, end, BAVARIA) == 48.0


def test_hours_between_is_zero_when_end_not_after_start() -> None:
    start = at(BAVARIA, 2026, 3, 10, 10, 0)
    assert working_hours_between(start, start, BAVARIA) == 0.0
    assert working_hours_between(start, start - timedelta(days=1), BAVARIA) == 0.0


@settings(deadline=None, max_examples=200)
@given(
    start=st.datetimes(
        min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
    ),
    hours=st.integers(min_value=0, max_value=24 * 15),
    cal=st.sampled_from([BAVARIA, BERLIN, ITALY, SOUTH_TYROL, TYROL]),
)
def test_between_inverts_add(start: datetime, hours: int, cal: WorkCalendar) -> None:
    # European DST changes fall on Sundays, so the wall-clock round trip must be exact.
    assert working_hours_between(start, add_working_hours(start, hours, cal), cal) == pytest.approx(hours)


def test_hours_between_orders_by_instant_in_dst_overlap() -> None:
    # Cairo's 23:00-24:00 on Thu 29 Oct 2026 happens twice. 23:10 second time (fold=1, 21:10 UTC) is
    # *after* 23:40 first time (fold=0, 20:40 UTC): the wall clock runs backwards, so nothing is counted
    # in either direction rather than a bogus 0.5 h.
    first = datetime(2026, 10, 29, 23, 40, tzinfo=ZoneInfo("Africa/Cairo"))
    second = datetime(2026, 10, 29, 23, 10, tzinfo=ZoneInfo("Africa/Cairo"), fold=1)
    assert working_hours_between(second, first, CAIRO_CLOCK) == 0.0
    assert working_hours_between(first, second, CAIRO_CLOCK) == 0.0
