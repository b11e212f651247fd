"""Head office's reports over a scenario of known enquiries (report_scenario.py): exact figures,
medians and p90 included, on SQLite and PostgreSQL; weekends and holidays as the calendar says."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy.orm import Session, sessionmaker

from central.demo import demo_id
from tests.server.helpers import TestClient
from tests.server.report_scenario import REASON, Scenario, play

ANNA = "anna@hq.example"
MUELLER, ROSSI, ALPEN, HQ = (demo_id(k) for k in ("mueller", "rossi", "alpen", "hq"))
NO_TIMES = {
    k: None
    for k in (
        "decision_hours_median",
        "decision_hours_p90",
        "decision_wall_hours_median",
        "decision_wall_hours_p90",
        "processed_hours_median",
        "processed_hours_p90",
        "processed_wall_hours_median",
        "processed_wall_hours_p90",
    )
}


@pytest.fixture
def s(client: TestClient, app: FastAPI, session_factory: sessionmaker[Session]) -> Scenario:
    return play(client, app, session_factory)


def picked(measures: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    return {k: measures[k] for k in expected}


TOTAL = {
    "received": 5,
    "offered": 6,
    "accepted": 3,
    "declined": 1,
    "expired": 1,
    "withdrawn": 0,
    "pending": 1,
    "declined_by_reason": [{"reason": REASON, "count": 1}],
    "accept_rate": 0.6,
    "decision_hours_median": 17.5,
    "decision_hours_p90": 41.9,
    "decision_wall_hours_median": 41.5,
    "decision_wall_hours_p90": 106.7,
    "decided_in_time": 4,
    "decided_in_time_share": 0.8,
    "processed": 2,
    "processed_share": 0.6667,
    "processed_hours_median": 11.0,
    "processed_hours_p90": 18.2,
    "processed_wall_hours_median": 11.0,
    "processed_wall_hours_p90": 18.2,
    "silent": 2,
    "won": 1,
    "lost": 0,
    "discarded": 0,
}


def test_the_grand_total_has_every_measure_exactly(s: Scenario) -> None:
    body = s.ok(ANNA, "summary")
    assert body["total"] == TOTAL
    assert body["rows"] == body["cells"] == body["row_totals"] == []
    assert body["query"]["time_zone"] == "Europe/Rome"


def test_by_partner_and_month_every_cell_and_both_totals(s: Scenario) -> None:
    body = s.ok(ANNA, "summary", rows="partner", columns="period", period="month")
    assert [(m["key"], m["label"]) for m in body["rows"]] == [
        (ALPEN, "Alpenfenster KG"),
        (MUELLER, "Fenster Müller GmbH"),
        (HQ, "Head Office"),
        (ROSSI, "Serramenti Rossi Srl"),
    ]
    assert [(m["key"], m["first_day"], m["last_day"]) for m in body["columns"]] == [
        ("2026-03", "2026-03-01", "2026-03-31"),
        ("2026-04", "2026-04-01", "2026-04-30"),
    ]
    assert len(body["cells"]) == 8  # every pair, empty ones too
    rows = {c["row"]["key"]: c["measures"] for c in body["row_totals"]}
    mueller = {
        "received": 3,
        "offered": 3,
        "accepted": 2,
        "expired": 1,
        "accept_rate": 0.6667,
        "decision_hours_median": 16.5,  # 3 and 30
        "decision_hours_p90": 27.3,
        "decision_wall_hours_median": 40.5,  # 3 and 78
        "decision_wall_hours_p90": 70.5,
        "processed": 1,
        "silent": 2,
        "won": 0,
    }
    assert picked(rows[MUELLER], mueller) == mueller
    rossi = rows[ROSSI]
    assert (rossi["received"], rossi["accepted"], rossi["declined"], rossi["won"]) == (2, 1, 1, 1)
    assert (rossi["decision_hours_median"], rossi["decision_hours_p90"]) == (26.0, 42.8)  # 5 and 47
    assert (rossi["decision_wall_hours_median"], rossi["decision_wall_hours_p90"]) == (62.0, 107.6)
    assert (rossi["processed"], rossi["processed_hours_median"], rossi["silent"]) == (1, 20.0, 0)
    alpen = {"received": 1, "offered": 1, "pending": 1, "accepted": 0}
    assert picked(rows[ALPEN], alpen) == alpen
    # E3 came back to head office after Rossi declined: head office's own unit, no offer.
    head_office = {"received": 1, "offered": 0, **NO_TIMES}
    assert picked(rows[HQ], head_office) == head_office
    months = {c["column"]["key"]: c["measures"] for c in body["column_totals"]}
    march, april = months["2026-03"], months["2026-04"]
    assert (march["received"], march["offered"], march["accepted"], march["pending"]) == (4, 5, 3, 1)
    assert (march["decision_hours_median"], march["decision_hours_p90"]) == (5.0, 25.0)  # 3, 5, 30
    assert (april["received"], april["declined"], april["decision_hours_median"]) == (1, 1, 47.0)
    cells = {(c["row"]["key"], c["column"]["key"]): c["measures"] for c in body["cells"]}
    assert cells[(ROSSI, "2026-03")]["accepted"] == 1 and cells[(ROSSI, "2026-04")]["declined"] == 1
    assert cells[(ALPEN, "2026-04")]["received"] == 0 and cells[(HQ, "2026-03")]["received"] == 0
    assert body["total"] == TOTAL


def test_a_weekend_and_a_holiday_count_as_the_calendar_says(s: Scenario) -> None:
    rows = {r["enquiry_id"]: r for r in s.ok(ANNA, "enquiries")["rows"] if r["round"] == 1}
    e2, e3, e4 = (rows[s.ids[k]] for k in ("E2", "E3", "E4"))
    # E2: Friday 09:00 -> Monday 15:00 in Munich: 15 + 0 + 0 + 15 working hours, 78 on the clock.
    assert (e2["decision_hours"], e2["decision_wall_hours"], e2["outcome"]) == (30.0, 78.0, "accepted")
    # E3: Thursday 10:00 -> Tuesday 09:00 in Bolzano over Easter Monday: 14 + 24 + 0 + 0 + 0 + 9.
    assert (e3["decision_hours"], e3["decision_wall_hours"], e3["in_time"]) == (47.0, 119.0, True)
    assert (e3["outcome"], e3["reason"]) == ("declined", REASON)
    # E4: not answered in 48 working hours, forwarded along the demo chain to Alpenfenster.
    assert (e4["outcome"], e4["decision_hours"], e4["forwarded_kind"]) == ("expired", 48.0, "partner")
    assert e4["forwarded_to"] == {
        "key": ALPEN,
        "label": "Alpenfenster KG",
        "first_day": None,
        "last_day": None,
    }


def test_the_detail_rows_behind_a_cell(s: Scenario) -> None:
    body = s.ok(ANNA, "enquiries", partner=MUELLER, **{"from": "2026-03-01", "to": "2026-03-31"})
    assert body["total"] == 3
    assert [r["number"] for r in body["rows"]] == sorted(r["number"] for r in body["rows"])
    by_id = {r["enquiry_id"]: r for r in body["rows"]}
    e1 = by_id[s.ids["E1"]]
    assert (e1["processed_kind"], e1["processed_hours"], e1["silent"], e1["result"]) == (
        "first_activity",
        2.0,
        True,
        "",
    )
    assert (e1["subdivision"], e1["postcode_area"], e1["country"]) == ("DE-BY", "DE-80", "DE")
    head_office = s.ok(ANNA, "enquiries", partner=HQ)["rows"]
    assert [(r["enquiry_id"], r["outcome"], r["round"]) for r in head_office] == [
        (s.ids["E3"], "with_head_office", None)
    ]
    page = s.ok(ANNA, "enquiries", limit=2, offset=1)
    assert (page["total"], len(page["rows"]), page["offset"]) == (7, 2, 1)  # 6 rounds + E3's unit
    won = s.ok(ANNA, "enquiries", partner=ROSSI, round="1", channel="web")["rows"]
    assert {r["result"] for r in won} == {"won", ""} and len(won) == 2


def test_on_decided_counts_the_decisions_of_the_range(s: Scenario) -> None:
    body = s.ok(ANNA, "summary", on="decided", **{"from": "2026-03-01", "to": "2026-03-31"})
    total = body["total"]
    assert (total["offered"], total["accepted"], total["expired"], total["pending"]) == (4, 3, 1, 0)
    assert (total["decision_hours_median"], total["received"]) == (5.0, 4)
    by_week = s.ok(ANNA, "summary", on="decided", rows="period", period="week")
    assert [m["key"] for m in by_week["rows"]] == ["2026-W10", "2026-W11", "2026-W15"]


def test_comparison_with_the_previous_period_and_the_year_before(s: Scenario) -> None:
    april = {"from": "2026-04-01", "to": "2026-04-30"}
    body = s.ok(ANNA, "summary", rows="channel", compare="previous", period="month", **april)
    compare = body["compare"]
    assert (compare["kind"], compare["first_day"], compare["last_day"]) == (
        "previous",
        "2026-03-01",
        "2026-03-31",
    )
    assert (compare["total"]["received"], compare["total"]["accepted"]) == (4, 3)
    assert [(c["row"]["key"], c["measures"]["received"]) for c in compare["row_totals"]] == [("web", 4)]
    assert body["total"]["received"] == 1
    days = s.ok(ANNA, "summary", compare="previous", **{"from": "2026-03-05", "to": "2026-03-10"})
    assert (days["compare"]["first_day"], days["compare"]["last_day"]) == ("2026-02-27", "2026-03-04")
    assert days["compare"]["total"]["received"] == 3  # E1, E5, E4
    year = s.ok(ANNA, "summary", compare="year", **april)["compare"]
    assert (year["first_day"], year["total"]["received"]) == ("2025-04-01", 0)


def test_decision_times_as_bins(s: Scenario) -> None:
    body = s.ok(ANNA, "decision-times", bins="0,4,24,48")
    assert [(b["from_hours"], b["to_hours"], b["accepted"], b["declined"]) for b in body["bins"]] == [
        (0.0, 4.0, 1, 0),
        (4.0, 24.0, 1, 0),
        (24.0, 48.0, 1, 1),
        (48.0, None, 0, 0),
    ]
    assert (body["decided"], body["expired"], body["median_hours"], body["p90_hours"]) == (4, 1, 17.5, 41.9)
    default = s.ok(ANNA, "decision-times")
    assert len(default["bins"]) == 8 and sum(b["accepted"] + b["declined"] for b in default["bins"]) == 4


def test_dimensions_name_the_values_present(s: Scenario) -> None:
    body = s.ok(ANNA, "dimensions")
    values = {d["name"]: [v["key"] for v in d["values"]] for d in body["dimensions"]}
    assert values["partner"] == [ALPEN, MUELLER, HQ, ROSSI]
    assert values["round"] == ["1", "2"]
    assert values["postcode_area"] == ["DE-80", "IT-39"]
    assert values["subdivision"] == ["DE-BY", "IT-BZ"]
    assert values["product_interest"] == ["PVC windows", "Wooden doors"]
    assert "web" in values["channel"] and values["period"] == []
    assert body["periods"] == ["day", "week", "month", "quarter", "year"]
