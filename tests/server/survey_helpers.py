"""Helpers of the survey tests (server, sync and GUI): the demo survey in a server database, more
people on it, its contacts by state as the server keeps them, and the protocol mails.

Everything here works on a server database directly (a session factory), so the sync and GUI tests
can seed a live server's database before its clients sign in.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.db import transaction
from central.demo import demo_id
from central.demo_survey import seed_survey
from central.mail.outbox import MailMessage
from central.security import hash_password
from central.store.accounts import Person
from central.store.people_views import publish_person
from central.store.survey_commands import survey_view
from central.store.surveys import ContactHistoryRow, SurveyContactRow, SurveyRow
from central.store.views import write_views
from enquiries.surveys import Survey, SurveyContact

T = TypeVar("T")

HQ = demo_id("hq")
MARCO = demo_id("marco@hq.example")
CARLA = demo_id("carla@hq.example")
ANNA = demo_id("anna@hq.example")
SURVEY_ID = demo_id("survey:satisfaction-2026")
STATES = ("untouched", "follow_up", "due_today", "done", "appointment")


def seed(factory: sessionmaker[Session], *, now: datetime, count: int = 40) -> Survey:
    """The demo survey (`central.demo_survey.seed_survey`) with `count` contacts, committed."""
    with transaction(factory) as session:
        return seed_survey(session, now=now, count=count)


def add_person(
    factory: sessionmaker[Session],
    login: str,
    name: str,
    roles: Iterable[str],
    *,
    survey_agent: bool = False,
    password: str = "demo",
) -> str:
    """A head-office person (published to the change feed); with `survey_agent` also one of the
    demo survey's agents (the survey is published again). Returns the person id."""
    person_id = demo_id(login)
    with transaction(factory) as session:
        person = Person(
            id=person_id,
            company_id=HQ,
            login=login,
            display_name=name,
            password_hash=hash_password(password),
            roles=frozenset(roles),
            active=True,
        )
        session.add(person)
        publish_person(session, person)
        if survey_agent:
            row = session.get(SurveyRow, SURVEY_ID)
            assert row is not None, "seed the survey first"
            survey = Survey.model_validate_json(row.state)
            survey = survey.model_copy(update={"agents": (*survey.agents, person_id)})
            row.state = survey.model_dump_json()
            session.flush()
            write_views(session, [survey_view(survey)])
    return person_id


def load_survey(factory: sessionmaker[Session], survey_id: str = SURVEY_ID) -> Survey:
    with factory() as session:
        row = session.get(SurveyRow, survey_id)
        assert row is not None, survey_id
        return Survey.model_validate_json(row.state)


def contacts(factory: sessionmaker[Session], survey_id: str = SURVEY_ID) -> list[SurveyContact]:
    """The survey's contacts as the server keeps them, by id."""
    with factory() as session:
        rows = session.scalars(
            select(SurveyContactRow.state).where(SurveyContactRow.survey_id == survey_id)
        ).all()
    return sorted((SurveyContact.model_validate_json(r) for r in rows), key=lambda c: c.id)


def contact(factory: sessionmaker[Session], contact_id: str) -> SurveyContact:
    with factory() as session:
        row = session.get(SurveyContactRow, contact_id)
        assert row is not None, contact_id
        return SurveyContact.model_validate_json(row.state)


def state_of(c: SurveyContact, today: date) -> str:
    """Which of the demo's states a contact is in (see `STATES`)."""
    if c.done:
        return "done"
    if c.appointment is not None:
        return "appointment"
    if c.follow_up is not None:
        return "due_today" if c.follow_up.at.date() <= today else "follow_up"
    if not c.contact_made and not c.notes:
        return "untouched"
    return "other"


def pick(factory: sessionmaker[Session], state: str, today: date, *, skip: int = 0) -> SurveyContact:
    """A contact in `state` (the `skip`-th one, by id)."""
    found = [c for c in contacts(factory) if state_of(c, today) == state]
    assert len(found) > skip, f"the seed has only {len(found)} contacts in state {state}"
    return found[skip]


def history(factory: sessionmaker[Session], contact_id: str | None = None) -> list[ContactHistoryRow]:
    with factory() as session:
        query = select(ContactHistoryRow).order_by(ContactHistoryRow.at, ContactHistoryRow.id)
        if contact_id is not None:
            query = query.where(ContactHistoryRow.contact_id == contact_id)
        rows = list(session.scalars(query))
        session.expunge_all()
        return rows


def protocol_mails(factory: sessionmaker[Session]) -> list[dict[str, Any]]:
    """The survey protocol e-mails in the outbox, oldest first."""
    with factory() as session:
        rows = session.scalars(
            select(MailMessage)
            .where(MailMessage.kind == "survey_protocol")
            .order_by(MailMessage.created_at, MailMessage.id)
        )
        return [
            {"to": r.to_address, "subject": r.subject, "body": r.body_text, "enquiry_id": r.enquiry_id}
            for r in rows
        ]


def appointment_args(day: date, rep_id: str | None, place: str = "At the customer's") -> dict[str, Any]:
    args: dict[str, Any] = {"day": day.isoformat(), "at": "10:30", "place": place}
    if rep_id is not None:
        args["rep_id"] = rep_id
    return args


def together(tasks: list[Callable[[], T]], timeout: float = 60.0) -> list[T]:
    """Run every task in its own thread, released at once by a barrier; their results in order."""
    barrier = threading.Barrier(len(tasks), timeout=timeout)
    results: list[Any] = [None] * len(tasks)
    errors: list[BaseException] = []

    def worker(index: int, task: Callable[[], T]) -> None:
        try:
            barrier.wait()
            results[index] = task()
        except BaseException as exc:  # handed to the test thread below
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=worker, args=(i, t), daemon=True) for i, t in enumerate(tasks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    assert not any(t.is_alive() for t in threads), "threads still running: deadlock?"
    if errors:
        raise errors[0]
    return results
