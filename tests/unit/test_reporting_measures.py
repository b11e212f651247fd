"""Measures, periods and what a partner may count, on hand-made facts with known figures."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from enquiries.reporting import dimensions as d
from enquiries.reporting.facts import EnquiryFacts, RoundFact
from enquiries.reporting.measures import SILENT_DAYS, measure, quantile
from enquiries.reporting.pivot import Query, ReportError, pivot, select
from enquiries.reporting.units import Unit, Viewer, units_for

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
NOW = T0 + timedelta(days=30)
HQ, A, B = "hq", "partner-a", "partner-b"
ROME = ZoneInfo("Europe/Rome")


def test_quantiles_interpolate_linearly_between_closest_ranks() -> None:
    assert quantile([], 0.5) is None
    assert quantile([7.0], 0.5) == quantile([7.0], 0.9) == 7.0
    assert quantile([30.0, 3.0], 0.5) == 16.5
    assert quantile([3.0, 30.0], 0.9) == pytest.approx(27.3, abs=1e-12)
    assert quantile([1.0, 2.0, 3.0, 4.0, 5.0], 0.5) == 3.0
    assert quantile([1.0, 2.0, 3.0, 4.0, 5.0], 0.9) == pytest.approx(4.6, abs=1e-12)  # h = 3.6
    assert quantile([10.0, 20.0, 30.0, 40.0], 0.0) == 10.0 and quantile([10.0, 40.0], 1.0) == 40.0
    with pytest.raises(ValueError):
        quantile([1.0], 1.5)


def facts(eid: str, *rounds: RoundFact, received: datetime = T0, **fields: object) -> EnquiryFacts:
    values: dict[str, object] = {
        "enquiry_id": eid,
        "number": f"E-{eid}",
        "origin_company_id": HQ,
        "owner_company_id": HQ,
        "received_at": received,
        "channel": "web",
        "type": "offer",
        "product_interest": "",
        "country": "DE",
        "subdivision": "DE-BY",
        "postcode_area": "DE-80",
        **fields,
    }
    return EnquiryFacts(**values, rounds=rounds)  # type: ignore[arg-type]


def round_(n: int, company: str, outcome: str, hours: float | None = None, **fields: object) -> RoundFact:
    decided = T0 + timedelta(hours=hours) if hours is not None else None
    values: dict[str, object] = {
        "round": n,
        "company_id": company,
        "person_id": None,
        "offered_at": T0,
        "deadline": T0 + timedelta(hours=48),
        "outcome": outcome,
        "decided_at": decided,
        "working_hours": hours,
        "wall_hours": hours,
        "in_time": (hours is not None and hours <= 48) if outcome in ("accepted", "declined") else None,
        **fields,
    }
    return RoundFact(**values)  # type: ignore[arg-type]


# e1: A declined, then B accepted and worked on it; e2: A accepted, then silent; e3: A let it expire,
# back at head office, discarded there; e4: never offered, won by head office itself.
ENQUIRIES = [
    facts(
        "e1",
        round_(1, A, "declined", 2.0, reason="Too far"),
        round_(2, B, "accepted", 6.0),
        accepted_company_id=B,
        accepted_at=T0 + timedelta(hours=6),
        processed_at=T0 + timedelta(hours=8),
        processed_kind="first_activity",
        processed_working_hours=2.0,
        processed_wall_hours=2.0,
        last_step_at=T0 + timedelta(days=20),
        result="won",
        owner_company_id=B,
    ),
    facts(
        "e2",
        round_(1, A, "accepted", 10.0),
        accepted_company_id=A,
        accepted_at=T0 + timedelta(hours=10),
        owner_company_id=A,
    ),
    facts("e3", round_(1, A, "expired", 48.0), result="discarded"),
    facts("e4", received=T0 + timedelta(days=40), result="won", channel="phone"),
]


def test_head_office_counts_every_round_and_its_own_enquiries() -> None:
    units = units_for(Viewer(HQ, True), ENQUIRIES)
    assert [(u.enquiry.enquiry_id, u.partner_id) for u in units] == [
        ("e1", A),
        ("e1", B),
        ("e2", A),
        ("e3", A),
        ("e3", None),
        ("e4", None),
    ]
    m = measure(units, NOW)
    assert (m.received, m.offered, m.accepted, m.declined, m.expired) == (4, 4, 2, 1, 1)
    assert m.accept_rate == 0.5 and m.decided_in_time_share == 0.75
    assert (m.decision_hours.median, m.decision_hours.p90) == (6.0, pytest.approx(9.2, abs=1e-12))
    assert m.declined_by_reason == (("Too far", 1),)
    assert (m.processed, m.processed_share, m.processed_hours.median) == (1, 0.5, 2.0)
    assert m.silent == 1  # e2: accepted 30 days before now, no step since
    assert (m.won, m.discarded, m.lost) == (2, 1, 0)


def test_a_partner_counts_only_its_rounds_renumbered_and_not_what_others_made_of_them() -> None:
    units = units_for(Viewer(A, False), ENQUIRIES)
    assert [(u.enquiry.enquiry_id, u.round.round if u.round else None) for u in units] == [
        ("e1", 1),
        ("e2", 1),
        ("e3", 1),
    ]
    e1 = units[0].enquiry
    assert (e1.accepted_company_id, e1.result, e1.owner_company_id, e1.rounds) == (None, "", "", ())
    m = measure(units, NOW)
    assert (m.received, m.offered, m.accepted, m.declined, m.expired, m.won, m.discarded) == (
        3,
        3,
        1,
        1,
        1,
        0,
        0,
    )
    b = units_for(Viewer(B, False), ENQUIRIES)
    assert [(u.enquiry.enquiry_id, u.round.round if u.round else None) for u in b] == [("e1", 1)]  # was 2
    assert (measure(b, NOW).won, measure(b, NOW).processed) == (1, 1)


def test_silence_starts_at_the_last_step() -> None:
    units = units_for(Viewer(HQ, True), ENQUIRIES[:2])
    assert measure(units, T0 + timedelta(days=SILENT_DAYS, hours=9)).silent == 0
    assert measure(units, T0 + timedelta(days=SILENT_DAYS, hours=10)).silent == 1  # e2, from its accept


def test_pivot_totals_are_computed_not_summed() -> None:
    units = units_for(Viewer(HQ, True), ENQUIRIES)
    query = Query(
        d.Context(zone=ROME, period="month", head_office_id=HQ, company_names={A: "A", B: "B", HQ: "HQ"})
    )
    table = pivot(units, query, "partner", "period", NOW)
    assert [m.key for m in table.rows] == [A, B, HQ] and [m.key for m in table.columns] == [
        "2026-03",
        "2026-04",
    ]
    rows = {c.row.key: c.measures for c in table.row_totals if c.row}
    assert (rows[A].received, rows[B].received, rows[HQ].received, table.total.received) == (3, 1, 2, 4)
    assert rows[A].decision_hours.median == 6.0 and table.total.decision_hours.median == 6.0
    with pytest.raises(ReportError) as refused:
        pivot(units, query, "channel", "channel", NOW)
    assert refused.value.code == "same_dimension"


def test_select_by_range_on_received_or_decided_and_by_filters() -> None:
    units = units_for(Viewer(HQ, True), ENQUIRIES)
    ctx = d.Context(zone=ROME, head_office_id=HQ)
    march = Query(ctx, date(2026, 3, 1), date(2026, 3, 31))
    assert {u.enquiry.enquiry_id for u in select(units, march)} == {"e1", "e2", "e3"}
    decided = Query(d.Context(zone=ROME, on="decided", head_office_id=HQ), date(2026, 3, 2), date(2026, 3, 2))
    assert [(u.enquiry.enquiry_id, u.partner_id) for u in select(units, decided)] == [
        ("e1", A),
        ("e1", B),
        ("e2", A),
    ]  # e3 expired on 4 March, e4 was never decided
    hq_only = Query(ctx, filters={"partner": frozenset({HQ}), "channel": frozenset({"phone"})})
    assert [u.enquiry.enquiry_id for u in select(units, hq_only)] == ["e4"]


def test_period_keys_bounds_and_comparison() -> None:
    day = date(2026, 1, 1)  # a Thursday: ISO week 1 of 2026
    assert [d.period_key(day, p) for p in d.PERIODS] == [
        "2026-01-01",
        "2026-W01",
        "2026-01",
        "2026-Q1",
        "2026",
    ]
    assert d.period_bounds("2026-W01", "week") == (date(2025, 12, 29), date(2026, 1, 4))
    assert d.period_bounds("2026-Q4", "quarter") == (date(2026, 10, 1), date(2026, 12, 31))
    assert d.periods_between(date(2026, 1, 15), date(2026, 4, 1), "month") == [
        "2026-01",
        "2026-02",
        "2026-03",
        "2026-04",
    ]
    # Whole periods shift by periods; any other range by its length in days.
    assert d.previous_range(date(2026, 3, 1), date(2026, 5, 31), "month", "previous") == (
        date(2025, 12, 1),
        date(2026, 2, 28),
    )
    assert d.previous_range(date(2026, 3, 1), date(2026, 3, 31), "quarter", "previous") == (
        date(2026, 1, 29),
        date(2026, 2, 28),
    )
    assert d.previous_range(date(2028, 2, 29), date(2028, 3, 1), "day", "year") == (
        date(2027, 2, 28),
        date(2027, 3, 1),
    )
    # Days are local: 23:30 UTC on 31 March is already 1 April in Rome.
    late = Unit(facts("x", received=datetime(2026, 3, 31, 23, 30, tzinfo=UTC)), None)
    assert d.key_of("period", late, d.Context(zone=ROME, period="month")) == "2026-04"
