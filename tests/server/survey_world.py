"""The survey tests' world: the demo accounts and survey on a test server, and what the tests
read back (refusal codes, contact changes in a pull, a contact's raw row)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from central.store.surveys import SurveyContactRow
from enquiries.refusals import MESSAGES
from enquiries.surveys import Survey, SurveyContact
from tests.server.helpers import TestClient
from tests.server.survey_helpers import (
    pick,
)
from tests.server.sync_helpers import DEMO_PASSWORD, Device, entities

BRUNO_LOGIN = "bruno@hq.example"


def new_id() -> str:
    return str(uuid.uuid4())


def iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat()


@dataclass
class SurveyWorld:
    client: TestClient
    factory: sessionmaker[Session]
    survey: Survey
    now: datetime

    @property
    def today(self) -> date:
        return self.now.date()

    def device(self, login: str) -> Device:
        return Device(self.client, login, password=DEMO_PASSWORD)

    def pick(self, state: str, *, skip: int = 0) -> SurveyContact:
        return pick(self.factory, state, self.today, skip=skip)

    def later(self, **delta: float) -> str:
        return iso(self.now + timedelta(**delta))


def refusal_code(result: dict[str, Any]) -> str:
    assert result["status"] == "refused", result
    error = result["error"]
    assert error["message"] == MESSAGES[error["code"]], "the rules' wording reaches the client"
    return str(error["code"])


def contact_changes(changes: list[dict[str, Any]], contact_id: str) -> list[dict[str, Any]]:
    return [c["data"] for c in entities(changes, "survey_contact", contact_id) if c["op"] == "put"]


def raw_row(factory: sessionmaker[Session], contact_id: str) -> tuple[Any, ...]:
    with factory() as session:
        row = session.get(SurveyContactRow, contact_id)
        assert row is not None
        return (row.state, row.done, row.agent_id, row.follow_up_at, row.updated_at)
