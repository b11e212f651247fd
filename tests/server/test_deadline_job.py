"""The deadline job: unanswered offers move on along their chain, and come back when none is left."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy.orm import Session, sessionmaker

from central.cli import main
from central.jobs.deadlines import ExpiryReport, expire_due_offers
from central.store.enquiries import EnquiryRow
from enquiries.deadlines import WorkCalendar, offer_deadline
from enquiries.state import Enquiry
from tests.server.helpers import TEST_SECRET, TestClient
from tests.server.sync_helpers import (
    DEMO_PASSWORD,
    INTAKE,
    INTAKE_KEY,
    Device,
    demo_id,
    enquiry_data,
    entities,
    intake_body,
    personal_values,
    seed_demo_accounts,
)

NOW = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)  # Thursday, 09:00 in Munich
MUELLER_DEADLINE = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)  # two working days later: Monday
# Alpenfenster's calendar skips 8 December (a public holiday in Austria, not in Bavaria).
ALPEN_DEADLINE = datetime(2026, 12, 10, 8, 0, tzinfo=UTC)
BAVARIA = WorkCalendar("DE", "BY", "Europe/Berlin")


@pytest.fixture
def demo(app: FastAPI, session_factory: sessionmaker[Session]) -> None:
    seed_demo_accounts(session_factory)
    app.state.clock = lambda: NOW


def _device(client: TestClient, login: str) -> Device:
    return Device(client, login, password=DEMO_PASSWORD)


def _munich_enquiry(client: TestClient) -> str:
    response = client.post(
        INTAKE, json=intake_body(postcode="80331", country="DE"), headers={"X-Api-Key": INTAKE_KEY}
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def _state(session_factory: sessionmaker[Session], enquiry_id: str) -> Enquiry:
    with session_factory() as session:
        row = session.get(EnquiryRow, enquiry_id)
        assert row is not None
        return Enquiry.model_validate_json(row.state)


def _synced(device: Device, enquiry_id: str) -> tuple[list[dict[str, Any]], str]:
    changes, text = device.sync()
    return entities(changes, "enquiry", enquiry_id), text


def test_deadlines_follow_the_partners_calendars() -> None:
    assert offer_deadline(NOW, BAVARIA) == MUELLER_DEADLINE
    assert offer_deadline(MUELLER_DEADLINE, BAVARIA) < ALPEN_DEADLINE  # would be the 9th in Bavaria


def test_expired_offer_moves_on_to_the_next_partner(
    client: TestClient, demo: None, session_factory: sessionmaker[Session]
) -> None:
    enquiry_id = _munich_enquiry(client)
    max_, lena = _device(client, "max@mueller.example"), _device(client, "lena@alpen.example")
    seen, _ = _synced(max_, enquiry_id)
    assert len(seen) == 1 and seen[0]["data"]["offer"]["deadline"] == MUELLER_DEADLINE.isoformat()
    assert _synced(lena, enquiry_id)[0] == []

    # One moment before the deadline nothing happens.
    assert expire_due_offers(
        session_factory, now=MUELLER_DEADLINE - timedelta(microseconds=1)
    ) == ExpiryReport(0, 0, 0)
    assert _state(session_factory, enquiry_id).offer.company_id == demo_id("mueller")  # type: ignore[union-attr]
    assert _synced(max_, enquiry_id)[0] == []

    assert expire_due_offers(session_factory, now=MUELLER_DEADLINE) == ExpiryReport(1, 1, 0)

    state = _state(session_factory, enquiry_id)
    assert state.status == "offered"
    assert state.owner_company_id == demo_id("hq")
    assert state.offer is not None
    assert state.offer.company_id == demo_id("alpen")
    assert state.offer.offered_at == MUELLER_DEADLINE
    assert state.offer.deadline == ALPEN_DEADLINE
    assert [(a.company_id, a.outcome) for a in state.attempts] == [(demo_id("mueller"), "expired")]

    assert _synced(max_, enquiry_id)[0] == [{"op": "del", "entity": "enquiry", "id": enquiry_id}]
    alpen, text = _synced(lena, enquiry_id)
    assert len(alpen) == 1 and alpen[0]["op"] == "put"
    assert alpen[0]["data"]["anonymised"] is True
    assert alpen[0]["data"]["offer"]["company_id"] == demo_id("alpen")
    assert datetime.fromisoformat(alpen[0]["data"]["offer"]["deadline"]) == ALPEN_DEADLINE
    for value in personal_values():
        assert value not in text, value

    # Running again at the same moment finds nothing more to do.
    assert expire_due_offers(session_factory, now=MUELLER_DEADLINE) == ExpiryReport(0, 0, 0)


def test_offer_with_no_partner_left_returns_expired_to_offering_person(
    client: TestClient, demo: None, session_factory: sessionmaker[Session]
) -> None:
    enquiry_id = _munich_enquiry(client)
    anna, lena = _device(client, "anna@hq.example"), _device(client, "lena@alpen.example")
    assert expire_due_offers(session_factory, now=MUELLER_DEADLINE) == ExpiryReport(1, 1, 0)
    assert expire_due_offers(session_factory, now=ALPEN_DEADLINE - timedelta(seconds=1)) == ExpiryReport(
        0, 0, 0
    )
    _synced(lena, enquiry_id)
    anna.sync()

    assert expire_due_offers(session_factory, now=ALPEN_DEADLINE) == ExpiryReport(1, 0, 1)

    state = _state(session_factory, enquiry_id)
    assert state.status == "expired"
    assert state.offer is None
    assert state.owner_company_id == demo_id("hq")
    assert state.holder_id == demo_id("anna@hq.example")  # the route's owner, who offered it
    assert [a.outcome for a in state.attempts] == ["expired", "expired"]
    assert _synced(lena, enquiry_id)[0] == [{"op": "del", "entity": "enquiry", "id": enquiry_id}]

    changes, _ = anna.sync()
    data = enquiry_data(changes, enquiry_id)
    assert (
        data is not None and data["status"] == "expired" and data["holder_id"] == demo_id("anna@hq.example")
    )
    told = [n["data"] for n in entities(changes, "notification") if n["data"]["enquiry_id"] == enquiry_id]
    assert "returned_expired" in {n["kind"] for n in told}
    assert all(n["person_id"] == demo_id("anna@hq.example") for n in told)

    assert expire_due_offers(session_factory, now=ALPEN_DEADLINE + timedelta(days=30)) == ExpiryReport(
        0, 0, 0
    )


def test_accept_after_deadline_is_refused_even_before_the_job_ran(
    client: TestClient, app: FastAPI, demo: None, session_factory: sessionmaker[Session]
) -> None:
    in_time, too_late = _munich_enquiry(client), _munich_enquiry(client)
    max_ = _device(client, "max@mueller.example")

    app.state.clock = lambda: MUELLER_DEADLINE - timedelta(seconds=1)
    assert max_.push("accept_offer", enquiry_id=in_time) == {"id": 1, "status": "applied"}

    app.state.clock = lambda: MUELLER_DEADLINE
    refused = max_.push("accept_offer", enquiry_id=too_late)
    assert refused["status"] == "refused"
    assert refused["error"]["code"] == "deadline_passed"
    assert _state(session_factory, too_late).offer.company_id == demo_id("mueller")  # type: ignore[union-attr]

    # The job later moves on only the unanswered one.
    assert expire_due_offers(session_factory, now=MUELLER_DEADLINE) == ExpiryReport(1, 1, 0)
    assert _state(session_factory, in_time).owner_company_id == demo_id("mueller")
    assert _state(session_factory, in_time).status == "open"
    assert _state(session_factory, too_late).offer.company_id == demo_id("alpen")  # type: ignore[union-attr]


def test_run_jobs_command_expires_due_offers_once(
    client: TestClient,
    demo: None,
    db_url: str,
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    session_factory: sessionmaker[Session],
) -> None:
    enquiry_id = _munich_enquiry(client)
    for name, value in {
        "DATABASE_URL": db_url,
        "SECRET_KEY": TEST_SECRET,
        "DATA_DIR": str(tmp_path / "cli-data"),
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": "9",  # nothing listens there; there is no mail to send anyway
        "JOBS_ENABLED": "false",
    }.items():
        monkeypatch.setenv(name, value)

    assert main(["run-jobs", "--now", "2026-12-07T08:59:59+01:00"]) == 0  # a second early
    assert "offers expired: 0 (forwarded 0, returned 0)" in capsys.readouterr().out

    assert main(["run-jobs", "--now", "2026-12-07T09:00:00+01:00"]) == 0
    out = capsys.readouterr().out
    assert "offers expired: 1 (forwarded 1, returned 0)" in out
    assert "mail sent: 0" in out
    assert _state(session_factory, enquiry_id).offer.company_id == demo_id("alpen")  # type: ignore[union-attr]

    assert main(["run-jobs", "--now", "2026-12-07T09:00:00+01:00"]) == 0
    assert "offers expired: 0 (forwarded 0, returned 0)" in capsys.readouterr().out
    assert _state(session_factory, enquiry_id).offer.deadline == ALPEN_DEADLINE  # type: ignore[union-attr]


def test_run_jobs_refuses_a_time_without_zone(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["run-jobs", "--now", "2026-12-07T09:00:00"])
    assert exit_info.value.code == 2
    assert "time zone" in capsys.readouterr().err


def test_expired_dealer_page_offer_without_route_lands_in_head_office_pool(
    client: TestClient, demo: None, session_factory: sessionmaker[Session]
) -> None:
    body = intake_body(channel="dealer_page", partner_id=demo_id("rossi"), postcode="75001", country="FR")
    response = client.post(INTAKE, json=body, headers={"X-Api-Key": INTAKE_KEY})
    assert response.status_code == 201, response.text
    enquiry_id = response.json()["id"]
    state = _state(session_factory, enquiry_id)
    assert state.offer is not None and state.offer.company_id == demo_id("rossi")
    luca = _device(client, "luca@rossi.example")
    assert len(_synced(luca, enquiry_id)[0]) == 1

    assert expire_due_offers(session_factory, now=state.offer.deadline) == ExpiryReport(1, 0, 1)
    after = _state(session_factory, enquiry_id)
    assert (after.status, after.offer, after.owner_company_id) == ("expired", None, demo_id("hq"))
    assert _synced(luca, enquiry_id)[0] == [{"op": "del", "entity": "enquiry", "id": enquiry_id}]
    data = enquiry_data(_device(client, "marco@hq.example").sync()[0], enquiry_id)
    assert data is not None and data["status"] == "expired"
