"""A scenario of known enquiries for the report tests, played over HTTP on the demo accounts.

Every time is chosen so the working hours are known by hand (the partners' calendars: Müller
DE-BY Europe/Berlin, Rossi IT-BZ Europe/Rome, Alpenfenster AT Europe/Vienna; CET is UTC+1 until
29 March 2026, CEST UTC+2 after):

- E1 Munich -> Müller, Mon 2 Mar 09:00; accepted 12:00 (3 working h); a note at 14:00 (first
  activity 2 h after accepting).
- E5 Bolzano -> Rossi, Tue 3 Mar 09:00; accepted 14:00 (5 h); won Wed 10:00 (20 h later:
  Tue 14-24 and Wed 0-10, working and wall).
- E4 Munich -> Müller, Wed 4 Mar 09:00; never answered: expires Fri 6 Mar 09:00 (48 working h)
  and is forwarded to Alpenfenster (the demo chain), where it waits.
- E2 Munich -> Müller, Fri 6 Mar 09:00; accepted Mon 9 Mar 15:00 across the weekend: Fri 15 h +
  Mon 15 h = 30 working h, 78 wall-clock h.
- E3 Bolzano -> Rossi, Thu 2 Apr 10:00 (CEST); declined Tue 7 Apr 09:00 with a reason across
  Easter: Thu 14 h + Fri 24 h, weekend 0, Easter Monday (a holiday) 0, Tue 9 h = 47 working h
  (a calendar without the holiday would say 71: past the deadline), 119 wall-clock h.

Decisions (working h): 3, 5, 30, 47 -> median 17.5, p90 41.9 (linear: 30 + 0.7 * 17).
Wall clock: 3, 5, 78, 119 -> median 41.5, p90 106.7.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI
from sqlalchemy.orm import Session, sessionmaker

from central.jobs.deadlines import expire_due_offers
from tests.server.helpers import TestClient, bearer, login_session
from tests.server.sync_helpers import (
    DEMO_PASSWORD,
    INTAKE,
    INTAKE_KEY,
    Device,
    intake_body,
    seed_demo_accounts,
)

REPORTS = "/api/v1/reports"
NOW = datetime(2026, 4, 8, 12, 0, tzinfo=UTC)  # when the reports are asked for
REASON = "Outside our delivery area."
MUNICH = {"postcode": "80331", "city": "München", "country": "DE"}
BOLZANO = {"postcode": "39100", "city": "Bozen", "country": "IT", "product_interest": "Wooden doors"}


def utc(month: int, day: int, hour: int) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Scenario:
    client: TestClient
    app: FastAPI
    factory: sessionmaker[Session]
    clock: Clock
    ids: dict[str, str] = field(default_factory=dict)
    headers: dict[str, dict[str, str]] = field(default_factory=dict)

    def at(self, when: datetime) -> None:
        self.clock.now = when

    def intake(self, name: str, when: datetime, place: dict[str, str]) -> str:
        self.at(when)
        body = intake_body(**place)
        response = self.client.post(INTAKE, json=body, headers={"X-Api-Key": INTAKE_KEY})
        assert response.status_code == 201, response.text
        self.ids[name] = str(response.json()["id"])
        return self.ids[name]

    def sign_in(self, login: str) -> dict[str, str]:
        if login not in self.headers:
            answer = login_session(self.client, login, DEMO_PASSWORD, f"reports-{login}")
            self.headers[login] = bearer(answer["access_token"])
        return self.headers[login]

    def get(self, login: str, path: str, **params: Any) -> Any:
        """GET a report as `login` (at NOW unless the clock was set); the raw response."""
        return self.client.get(f"{REPORTS}/{path}", params=params, headers=self.sign_in(login))

    def ok(self, login: str, path: str, **params: Any) -> Any:
        response = self.get(login, path, **params)
        assert response.status_code == 200, response.text
        return response.json()


def play(client: TestClient, app: FastAPI, factory: sessionmaker[Session]) -> Scenario:
    seed_demo_accounts(factory)
    s = Scenario(client, app, factory, Clock(utc(3, 2, 8)))
    app.state.clock = s.clock
    max_ = Device(client, "max@mueller.example", password=DEMO_PASSWORD)
    luca = Device(client, "luca@rossi.example", password=DEMO_PASSWORD)

    e1 = s.intake("E1", utc(3, 2, 8), MUNICH)
    s.at(utc(3, 2, 11))
    max_.apply("accept_offer", enquiry_id=e1)
    s.at(utc(3, 2, 13))
    max_.apply("add_note", enquiry_id=e1, note_id=str(uuid.uuid4()), text="Called, visit on Friday.")

    e5 = s.intake("E5", utc(3, 3, 8), BOLZANO)
    s.at(utc(3, 3, 13))
    luca.apply("accept_offer", enquiry_id=e5)
    s.at(utc(3, 4, 9))
    luca.apply("close", enquiry_id=e5, outcome="won")

    s.intake("E4", utc(3, 4, 8), MUNICH)
    e2 = s.intake("E2", utc(3, 6, 8), MUNICH)
    report = expire_due_offers(factory, now=utc(3, 6, 8))
    assert (report.expired, report.forwarded) == (1, 1), report
    s.at(utc(3, 9, 14))
    max_.apply("accept_offer", enquiry_id=e2)

    e3 = s.intake("E3", datetime(2026, 4, 2, 8, 0, tzinfo=UTC), BOLZANO)
    s.at(utc(4, 7, 7))
    luca.apply("decline_offer", enquiry_id=e3, reason=REASON)
    s.at(NOW)
    return s
