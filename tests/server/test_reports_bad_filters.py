"""Report requests that cannot be answered: a 4xx with a stable code and a sentence, never a 500."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy.orm import Session, sessionmaker

from tests.server.helpers import TestClient, assert_error, login
from tests.server.report_scenario import NOW, REPORTS
from tests.server.sync_helpers import DEMO_PASSWORD, seed_demo_accounts

CASES: list[tuple[str, dict[str, Any], int, str]] = [
    ("summary", {"rows": "colour"}, 400, "unknown_dimension"),
    ("summary", {"columns": "weather"}, 400, "unknown_dimension"),
    ("summary", {"rows": "channel", "columns": "channel"}, 400, "same_dimension"),
    ("summary", {"period": "decade"}, 400, "unknown_period"),
    ("summary", {"on": "closed"}, 400, "unknown_on"),
    ("summary", {"from": "2026-13-01"}, 400, "bad_date"),
    ("summary", {"to": "yesterday"}, 400, "bad_date"),
    ("summary", {"from": "2026-3-1"}, 400, "bad_date"),
    ("summary", {"from": "2026-04-02", "to": "2026-04-01"}, 400, "bad_range"),
    ("summary", {"compare": "previous"}, 400, "compare_needs_range"),
    ("summary", {"compare": "decade", "from": "2026-01-01", "to": "2026-01-31"}, 400, "unknown_value"),
    ("summary", {"channel": "fax"}, 400, "unknown_value"),
    ("summary", {"type": "complaint"}, 400, "unknown_value"),
    ("summary", {"round": "0"}, 400, "unknown_value"),
    ("summary", {"round": "first"}, 400, "unknown_value"),
    ("summary", {"country": "Germany"}, 400, "unknown_value"),
    ("summary", {"partner": "no-such-company"}, 400, "unknown_value"),
    ("summary", {"product_interest": "x" * 201}, 400, "unknown_value"),
    ("summary", {"colour": "red"}, 400, "unknown_parameter"),
    ("summary", {"limit": "10"}, 400, "unknown_parameter"),  # enquiries only
    (
        "summary",
        {"columns": "period", "period": "day", "from": "2000-01-01", "to": "2026-12-31"},
        400,
        "too_many_cells",
    ),
    ("dimensions", {"rows": "channel"}, 400, "unknown_parameter"),
    ("enquiries", {"limit": "0"}, 422, "invalid_request"),
    ("enquiries", {"offset": "-1"}, 422, "invalid_request"),
    ("enquiries", {"rows": "partner"}, 400, "unknown_parameter"),
    ("decision-times", {"bins": "8,4"}, 400, "bad_bins"),
    ("decision-times", {"bins": "0,4,4"}, 400, "bad_bins"),
    ("decision-times", {"bins": "-1,4"}, 400, "bad_bins"),
    ("decision-times", {"bins": "a,b"}, 400, "bad_bins"),
    ("decision-times", {"on": "whenever"}, 400, "unknown_on"),
]


@pytest.fixture
def headers(client: TestClient, app: FastAPI, session_factory: sessionmaker[Session]) -> dict[str, str]:
    seed_demo_accounts(session_factory)
    app.state.clock = lambda: NOW
    return login(client, "anna@hq.example", DEMO_PASSWORD)


@pytest.mark.parametrize(("path", "params", "status", "code"), CASES, ids=lambda v: str(v)[:40])
def test_bad_filters_answer_with_a_sentence(
    client: TestClient, headers: dict[str, str], path: str, params: dict[str, Any], status: int, code: str
) -> None:
    error = assert_error(client.get(f"{REPORTS}/{path}", params=params, headers=headers), status, code)
    assert status == 422 or error["message"].endswith("."), error  # 422: the API's field messages


def test_refusals_name_the_parameter_and_the_value(client: TestClient, headers: dict[str, str]) -> None:
    def error(**params: str) -> dict[str, str]:
        return dict(client.get(f"{REPORTS}/summary", params=params, headers=headers).json()["error"])

    assert error(rows="colour") | {"message": ""} == {
        "code": "unknown_dimension",
        "message": "",
        "field": "rows",
        "value": "colour",
    }
    assert (error(channel="fax")["field"], error(channel="fax")["value"]) == ("channel", "fax")
    assert error(partner="no-such-company") == {
        "code": "unknown_value",
        "message": "partner: no such partner among those you may report on.",
        "field": "partner",
    }
    assert error(colour="red")["field"] == "colour"


def test_good_filters_of_every_kind_are_taken(client: TestClient, headers: dict[str, str]) -> None:
    params = {
        "rows": "channel",
        "columns": "period",
        "period": "quarter",
        "on": "decided",
        "from": "2026-01-01",
        "to": "2026-06-30",
        "channel": ["web", "dealer_page"],
        "type": "offer",
        "country": "de",
        "round": "1",
        "subdivision": "DE-BY",
        "postcode_area": "DE-80",
        "product_interest": "",
        "compare": "year",
    }
    body = client.get(f"{REPORTS}/summary", params=params, headers=headers).json()
    assert body["query"]["filters"]["country"] == ["DE"] and body["query"]["filters"]["channel"] == [
        "dealer_page",
        "web",
    ]
    assert [m["key"] for m in body["columns"]] == ["2026-Q1", "2026-Q2"]  # empty periods are shown
    assert body["compare"]["first_day"] == "2025-01-01" and body["total"]["received"] == 0
