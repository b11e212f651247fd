"""A partner's reports: only its own rounds and figures, renumbered, and nothing in any answer that
names another partner, its id, its enquiries or head office's routing (checked on the raw text)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy.orm import Session, sessionmaker

from central.demo import demo_id
from enquiries.reporting.dimensions import DIMENSIONS
from tests.server.helpers import TestClient, assert_error
from tests.server.report_scenario import REASON, Scenario, play

MAX, LUCA, LENA = "max@mueller.example", "luca@rossi.example", "lena@alpen.example"
NAMES = {
    "mueller": ("Fenster Müller GmbH", "Müller"),
    "rossi": ("Serramenti Rossi Srl", "Rossi"),
    "alpen": ("Alpenfenster KG", "Alpenfenster"),
    "hq": ("Head Office",),
}


@pytest.fixture
def s(client: TestClient, app: FastAPI, session_factory: sessionmaker[Session]) -> Scenario:
    return play(client, app, session_factory)


def every_answer(s: Scenario, login: str) -> list[str]:
    """The raw text of every report endpoint, grouped by every dimension, with a comparison."""
    spring = {"from": "2026-03-01", "to": "2026-04-30", "compare": "previous"}
    asked: list[tuple[str, dict[str, Any]]] = [
        ("dimensions", {}),
        ("decision-times", {}),
        ("enquiries", {}),
        ("enquiries", {"on": "decided"}),
    ]
    asked += [
        ("summary", {"rows": rows, "columns": "period" if rows != "period" else None, **spring})
        for rows in DIMENSIONS
    ]
    responses = [s.get(login, path, **params) for path, params in asked]
    assert all(r.status_code == 200 for r in responses), [r.text for r in responses if r.status_code != 200]
    return [r.text for r in responses]


def secrets_of(s: Scenario, *others: str) -> list[str]:
    """Names and ids of other companies, head office's people, and the enquiries they alone had."""
    found = [demo_id(k) for k in others] + [n for k in others for n in NAMES[k]]
    return [*found, "Anna", "Marco", "anna@hq.example"]


def assert_clean(texts: list[str], secrets: list[str]) -> None:
    for text in texts:
        for secret in secrets:
            assert secret not in text, (secret, text[:300])


def test_mueller_sees_its_three_rounds_and_nothing_of_rossi_alpenfenster_or_head_office(s: Scenario) -> None:
    total = s.ok(MAX, "summary")["total"]
    expected = {
        "received": 3,
        "offered": 3,
        "accepted": 2,
        "declined": 0,
        "expired": 1,
        "pending": 0,
        "accept_rate": 0.6667,
        "decision_hours_median": 16.5,
        "decision_hours_p90": 27.3,
        "processed": 1,
        "silent": 2,
        "won": 0,
    }
    assert {k: total[k] for k in expected} == expected
    rows = s.ok(MAX, "summary", rows="partner")["rows"]
    assert [(m["key"], m["label"]) for m in rows] == [(demo_id("mueller"), "Fenster Müller GmbH")]
    details = s.ok(MAX, "enquiries")["rows"]
    assert {r["enquiry_id"] for r in details} == {s.ids[k] for k in ("E1", "E2", "E4")}
    e4 = next(r for r in details if r["enquiry_id"] == s.ids["E4"])
    assert (e4["outcome"], e4["forwarded_kind"], e4["forwarded_to"]) == (
        "expired",
        "",
        None,
    )  # not where it went
    texts = every_answer(s, MAX)
    assert_clean(texts, [*secrets_of(s, "rossi", "alpen", "hq"), s.ids["E3"], s.ids["E5"], REASON])


def test_alpenfenster_sees_its_round_as_the_first_and_not_who_let_it_expire(s: Scenario) -> None:
    rounds = s.ok(LENA, "summary", rows="round")
    assert [m["key"] for m in rounds["rows"]] == ["1"]  # round 2 of the enquiry, its first
    assert rounds["total"]["pending"] == 1 and rounds["total"]["received"] == 1
    [row] = s.ok(LENA, "enquiries")["rows"]
    assert (row["enquiry_id"], row["round"], row["outcome"], row["offered_at"]) == (
        s.ids["E4"],
        1,
        "pending",
        "2026-03-06T08:00:00Z",
    )
    values = {d["name"]: [v["key"] for v in d["values"]] for d in s.ok(LENA, "dimensions")["dimensions"]}
    assert values["round"] == ["1"] and values["partner"] == [demo_id("alpen")]
    assert_clean(every_answer(s, LENA), [*secrets_of(s, "mueller", "rossi", "hq"), s.ids["E1"], "Round 2"])


def test_rossi_sees_its_decline_and_its_won_enquiry(s: Scenario) -> None:
    total = s.ok(LUCA, "summary")["total"]
    assert (total["received"], total["accepted"], total["declined"], total["won"]) == (2, 1, 1, 1)
    assert total["declined_by_reason"] == [{"reason": REASON, "count": 1}]
    assert (total["decision_hours_median"], total["decision_hours_p90"]) == (26.0, 42.8)
    assert_clean(every_answer(s, LUCA), [*secrets_of(s, "mueller", "alpen", "hq"), s.ids["E1"], s.ids["E4"]])


def test_another_partners_id_answers_like_a_missing_one(s: Scenario) -> None:
    foreign = s.get(MAX, "summary", partner=demo_id("rossi"))
    missing = s.get(MAX, "summary", partner="no-such-partner")
    assert_error(foreign, 400, "unknown_value")
    assert foreign.text == missing.text


@pytest.mark.parametrize("login", ["eva@mueller.example", "carla@hq.example", "marco@hq.example"])
def test_without_a_reporting_role_no_reports(s: Scenario, login: str) -> None:
    for path in ("dimensions", "summary", "enquiries", "decision-times"):
        assert_error(s.get(login, path), 403, "forbidden")


def test_head_office_reads_every_partner(s: Scenario) -> None:
    body: Any = s.ok("anna@hq.example", "summary", rows="partner")
    assert len(body["rows"]) == 4 and "Rossi" in s.get("anna@hq.example", "enquiries").text
