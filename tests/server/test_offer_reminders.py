"""The reminder job: 8 working hours before an offer's deadline (Müller: Bavaria, Europe/Berlin),
the partner's recipients are reminded once per offer round, also when jobs race.

An offer made on Thursday 3 December 2026 at 03:00 in Munich is due on Monday at 03:00 (21 + 24 + 3
working hours); its reminder falls on Friday at 19:00 (three hours of Monday, five of Friday: the
weekend counts for nothing).
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from functools import partial

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from central.config import Settings
from central.jobs.deadlines import expire_due_offers
from central.jobs.reminders import send_offer_reminders
from central.jobs.scheduler import run_once
from central.mail.outbox import MailMessage
from central.store.commands import store
from central.store.directory import load_directory
from central.store.notification_tables import NotificationRow, OfferReminderRow
from enquiries.commands import AcceptOffer, CreateEnquiry, OfferToPartner
from enquiries.directory import Actor
from enquiries.rules.lifecycle import intake_events
from enquiries.state import Contact, Enquiry, RouteTarget
from tests.server.helpers import World
from tests.server.matrix_helpers import actor_of, must, new_id, stored_state
from tests.server.survey_helpers import together

OFFERED = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)  # Thursday 03:00 in Munich
DEADLINE = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # Monday 03:00
REMIND = datetime(2026, 12, 4, 18, 0, tzinfo=UTC)  # Friday 19:00
SATURDAY = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


def routed(factory: sessionmaker[Session], world: World, count: int, now: datetime = OFFERED) -> list[str]:
    """Web enquiries routed along Müller, then Rossi: offered to Müller at `now`."""
    chain = [RouteTarget(kind="partner", company_id=c.id) for c in (world.mueller, world.rossi)]
    ids = []
    for _ in range(count):
        enquiry = Enquiry(
            id=new_id(),
            channel="web",
            received_at=now,
            origin_company_id=world.hq.id,
            owner_company_id=world.hq.id,
            contact=Contact(last_name="Zwirnhuber", postcode="80331", country="DE", message="Pfirsichblüte"),
        )
        with factory.begin() as session:
            system = Actor.system(world.hq.id)
            events = intake_events(
                enquiry,
                chain=chain,
                route_owner_id=world.anna.id,
                directory=load_directory(session, system),
                now=now,
            )
            store(session, None, None, events, actor=system, now=now)
        ids.append(enquiry.id)
    return ids


def reminders(factory: sessionmaker[Session], enquiry_id: str | None = None) -> list[tuple[str, str]]:
    """(person, enquiry) of every `offer_reminder` notification."""
    with factory() as session:
        query = select(NotificationRow.person_id, NotificationRow.enquiry_id).where(
            NotificationRow.kind == "offer_reminder"
        )
        if enquiry_id is not None:
            query = query.where(NotificationRow.enquiry_id == enquiry_id)
        return sorted((p, e) for p, e in session.execute(query))


def reminder_mails(factory: sessionmaker[Session]) -> list[MailMessage]:
    with factory() as session:
        return list(session.scalars(select(MailMessage).where(MailMessage.subject.startswith("Erinnerung"))))


def test_the_reminder_comes_once_eight_working_hours_before_a_deadline_after_a_weekend(
    session_factory: sessionmaker[Session], world: World
) -> None:
    [enquiry_id] = routed(session_factory, world, 1)
    offer = stored_state(session_factory, enquiry_id).offer
    assert offer is not None and offer.deadline == DEADLINE

    assert send_offer_reminders(session_factory, now=REMIND - timedelta(seconds=1)) == 0
    assert reminders(session_factory) == []
    assert send_offer_reminders(session_factory, now=REMIND) == 1
    assert reminders(session_factory) == [(world.max.id, enquiry_id)]  # Müller's admin
    for later in (REMIND, SATURDAY, SATURDAY + timedelta(days=1), DEADLINE - timedelta(minutes=1)):
        assert send_offer_reminders(session_factory, now=later) == 0
    assert reminders(session_factory) == [(world.max.id, enquiry_id)]

    [mail] = reminder_mails(session_factory)
    number = stored_state(session_factory, enquiry_id).number
    assert mail.to_address == "max@mueller.example"
    assert mail.subject == f"Erinnerung: Anfrage {number} bis 07.12.2026, 03:00 Uhr beantworten"
    assert f"enquirydesk://enquiry/{enquiry_id}" in mail.body_text and "PLZ-Gebiet DE-80" in mail.body_text
    assert "Zwirnhuber" not in mail.body_text and "Pfirsichblüte" not in mail.body_text

    # Expired and forwarded to Rossi: a new round, reminded in its turn, to Rossi's admin. Müller's
    # notices left with the enquiry (Müller no longer sees it).
    expire_due_offers(session_factory, now=DEADLINE)
    rossi = stored_state(session_factory, enquiry_id).offer
    assert rossi is not None and rossi.company_id == world.rossi.id
    assert send_offer_reminders(session_factory, now=rossi.deadline - timedelta(hours=8)) == 1
    assert reminders(session_factory) == [(world.luca.id, enquiry_id)]
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(OfferReminderRow)) == 2


def test_a_decided_offer_and_a_passed_deadline_are_not_reminded(
    session_factory: sessionmaker[Session], world: World
) -> None:
    accepted, late = routed(session_factory, world, 2)
    must(
        session_factory,
        actor_of(world.eva, world.mueller),
        AcceptOffer(enquiry_id=accepted),
        REMIND - timedelta(hours=1),
    )
    assert send_offer_reminders(session_factory, now=DEADLINE) == 0  # late's deadline has come
    assert reminders(session_factory) == []
    assert stored_state(session_factory, late).status == "offered"


def test_an_offer_to_a_named_person_reminds_that_person(
    session_factory: sessionmaker[Session], world: World
) -> None:
    anna = actor_of(world.anna, world.hq)
    enquiry_id = new_id()
    must(session_factory, anna, CreateEnquiry(enquiry_id=enquiry_id, last_name="Huber"), OFFERED)
    must(
        session_factory,
        anna,
        OfferToPartner(enquiry_id=enquiry_id, company_id=world.mueller.id, user_id=world.eva.id),
        OFFERED,
    )
    assert send_offer_reminders(session_factory, now=SATURDAY) == 1
    assert reminders(session_factory) == [(world.eva.id, enquiry_id)]


def test_the_scheduler_runs_the_reminders(
    session_factory: sessionmaker[Session], world: World, settings: Settings
) -> None:
    routed(session_factory, world, 2)
    report = run_once(session_factory, settings, now=SATURDAY)
    assert report.reminders == 2
    assert run_once(session_factory, settings, now=SATURDAY).reminders == 0


def test_two_jobs_racing_remind_each_offer_once(session_factory: sessionmaker[Session], world: World) -> None:
    """Threads with a connection each, started together: on PostgreSQL they claim offers past each
    other (SKIP LOCKED, ON CONFLICT DO NOTHING); on SQLite the one writer at a time takes turns."""
    ids = routed(session_factory, world, 30)
    job = partial(send_offer_reminders, session_factory, now=SATURDAY)
    counts = together([job, job, job], 120.0)
    assert sum(counts) == 30, counts
    assert reminders(session_factory) == sorted((world.max.id, e) for e in ids)
    assert len(reminder_mails(session_factory)) == 30


WORKER = """
import sys, time
from datetime import datetime
from central.db import make_engine, make_session_factory
from central.jobs.reminders import send_offer_reminders
url, now, start = sys.argv[1], datetime.fromisoformat(sys.argv[2]), float(sys.argv[3])
factory = make_session_factory(make_engine(url))
while time.time() < start:
    time.sleep(0.001)
print(send_offer_reminders(factory, now=now))
"""


@pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_two_server_processes_remind_each_offer_once(
    db_url: str, session_factory: sessionmaker[Session], world: World
) -> None:
    ids = routed(session_factory, world, 40)
    start = time.time() + 4.0  # both are up by then: they start the job at the same moment
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, db_url, SATURDAY.isoformat(), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120) for p in processes]
    assert all(p.returncode == 0 for p in processes), outputs
    counts = [int(out.strip().splitlines()[-1]) for out, _ in outputs]
    assert sum(counts) == 40, counts
    assert reminders(session_factory) == sorted((world.max.id, e) for e in ids)
    assert len(reminder_mails(session_factory)) == 40
