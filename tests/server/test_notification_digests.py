"""The digest: at the person's chosen local hour one mail with the notices waiting for it, once;
later notices wait for the next day; across daylight saving changes; racing jobs send one.

Eva works for Müller (Europe/Berlin). Assignments default to `email: digest`; max holds accepted
enquiries and assigns them to her at chosen moments of a fake clock.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.jobs.digests import DIGEST_KIND, digest_moment, send_digests
from central.mail.outbox import MailMessage
from central.store.accounts import Person
from central.store.notification_tables import NotificationPreferencesRow, NotificationRow
from enquiries.commands import AcceptOffer, AssignPerson, CreateEnquiry, OfferToPartner
from tests.server.helpers import Factory, World
from tests.server.matrix_helpers import actor_of, must, new_id, stored_state
from tests.server.survey_helpers import together


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def set_digest(factory: sessionmaker[Session], person: Person, hour: int, groups: str | None = None) -> None:
    default = (
        '{"offers":{"in_app":true,"desktop":true,"email":"immediate"},'
        '"reminders":{"in_app":true,"desktop":true,"email":"immediate"},'
        '"assignments":{"in_app":true,"desktop":true,"email":"digest"},'
        '"activity":{"in_app":true,"desktop":true,"email":"off"}}'
    )
    with factory.begin() as session:
        session.merge(
            NotificationPreferencesRow(
                person_id=person.id, groups=groups or default, digest_hour=hour, updated_at=utc(2026, 1, 1)
            )
        )


def assigned(factory: sessionmaker[Session], world: World, to: Person, at: datetime) -> str:
    """An enquiry offered to Müller, accepted by max and assigned by him to `to` at `at`."""
    anna, max_ = actor_of(world.anna, world.hq), actor_of(world.max, world.mueller)
    enquiry_id = new_id()
    early = at - timedelta(hours=2)
    contact = {"last_name": "Zwirnhuber", "phone": "+49 89 5550 1234", "postcode": "80331", "country": "DE"}
    must(
        factory,
        anna,
        CreateEnquiry(enquiry_id=enquiry_id, type="offer", product_interest="PVC windows", **contact),
        early,
    )
    must(factory, anna, OfferToPartner(enquiry_id=enquiry_id, company_id=world.mueller.id), early)
    must(factory, max_, AcceptOffer(enquiry_id=enquiry_id), early + timedelta(hours=1))
    must(factory, max_, AssignPerson(enquiry_id=enquiry_id, user_id=to.id), at)
    return enquiry_id


def digests(factory: sessionmaker[Session], address: str) -> list[MailMessage]:
    with factory() as session:
        query = select(MailMessage).where(MailMessage.kind == DIGEST_KIND, MailMessage.to_address == address)
        return list(session.scalars(query.order_by(MailMessage.created_at)))


def test_the_digest_comes_at_the_local_hour_with_what_came_before_it_once(
    session_factory: sessionmaker[Session], world: World
) -> None:
    set_digest(session_factory, world.eva, 7)  # 07:00 in Munich: 06:00 UTC in December
    monday = assigned(session_factory, world, world.eva, utc(2026, 12, 7, 14, 0))
    early = assigned(session_factory, world, world.eva, utc(2026, 12, 8, 5, 0))  # 06:00 local

    assert send_digests(session_factory, now=utc(2026, 12, 8, 5, 59)) == 0  # 06:59 local
    assert send_digests(session_factory, now=utc(2026, 12, 8, 6, 0)) == 1
    [mail] = digests(session_factory, "eva@mueller.example")
    numbers = [stored_state(session_factory, e).number for e in (monday, early)]
    assert mail.subject == "Enquiry Desk: 2 Benachrichtigungen seit Ihrer letzten Zusammenfassung"
    body = mail.body_text
    assert body.startswith("Hallo Eva,")
    assert body.index(numbers[0]) < body.index(numbers[1])  # oldest first
    assert "Max hat Ihnen die Anfrage" in body and "08.12.2026, 06:00 Uhr" in body
    for enquiry_id in (monday, early):
        assert f"enquirydesk://enquiry/{enquiry_id}" in body
    assert "Zwirnhuber" not in body and "5550" not in body

    for later in (utc(2026, 12, 8, 6, 0), utc(2026, 12, 8, 6, 30), utc(2026, 12, 8, 20, 0)):
        assert send_digests(session_factory, now=later) == 0
    late = assigned(session_factory, world, world.eva, utc(2026, 12, 8, 9, 0))  # after today's digest
    assert send_digests(session_factory, now=utc(2026, 12, 8, 12, 0)) == 0
    assert send_digests(session_factory, now=utc(2026, 12, 9, 6, 0)) == 1
    mails = digests(session_factory, "eva@mueller.example")
    assert len(mails) == 2
    assert stored_state(session_factory, late).number in mails[1].body_text
    assert all(n not in mails[1].body_text for n in numbers)
    with session_factory() as session:
        rows = session.scalars(select(NotificationRow).where(NotificationRow.person_id == world.eva.id))
        assert {(r.email, r.mailed_at is not None) for r in rows} == {("digest", True)}


def test_digests_across_daylight_saving_changes(session_factory: sessionmaker[Session], world: World) -> None:
    set_digest(session_factory, world.eva, 2)  # 02:00: skipped in spring, twice in autumn
    assigned(session_factory, world, world.eva, utc(2026, 3, 28, 12, 0))
    assert send_digests(session_factory, now=utc(2026, 3, 29, 0, 59)) == 0  # 01:59 CET
    assert send_digests(session_factory, now=utc(2026, 3, 29, 1, 0)) == 1  # 03:00 CEST: 02:00 is skipped
    assert send_digests(session_factory, now=utc(2026, 3, 29, 2, 0)) == 0

    assigned(session_factory, world, world.eva, utc(2026, 10, 24, 12, 0))
    assert send_digests(session_factory, now=utc(2026, 10, 24, 23, 59)) == 0  # 01:59 CEST
    assert send_digests(session_factory, now=utc(2026, 10, 25, 0, 0)) == 1  # the first 02:00
    assigned(session_factory, world, world.eva, utc(2026, 10, 25, 0, 30))
    assert send_digests(session_factory, now=utc(2026, 10, 25, 1, 0)) == 0  # the second 02:00: not again
    assert send_digests(session_factory, now=utc(2026, 10, 26, 1, 0)) == 1  # 02:00 CET the next day
    assert len(digests(session_factory, "eva@mueller.example")) == 3


def test_digest_moment() -> None:
    rome = "Europe/Rome"
    assert digest_moment(utc(2026, 12, 8, 7, 0), 8, rome) == utc(2026, 12, 8, 7, 0)
    assert digest_moment(utc(2026, 12, 8, 6, 59), 8, rome) == utc(2026, 12, 7, 7, 0)
    assert digest_moment(utc(2026, 7, 1, 6, 0), 8, rome) == utc(2026, 7, 1, 6, 0)  # summer time
    assert digest_moment(utc(2026, 12, 8, 0, 0), 0, rome) == utc(2026, 12, 7, 23, 0)


def test_a_digest_turned_off_meanwhile_is_not_sent_and_italian_for_rossi(
    session_factory: sessionmaker[Session], world: World, make: Factory
) -> None:
    assigned(session_factory, world, world.eva, utc(2026, 12, 7, 14, 0))
    off = '{"assignments":{"in_app":true,"desktop":true,"email":"off"}}'
    set_digest(session_factory, world.eva, 8, groups=off)
    assert send_digests(session_factory, now=utc(2026, 12, 9, 12, 0)) == 0
    with session_factory() as session:
        row = session.scalars(select(NotificationRow).where(NotificationRow.person_id == world.eva.id)).one()
        assert (row.email, row.mailed_at) == ("off", None)

    # Rossi (Italy): luca holds an accepted enquiry and assigns it to sofia.
    anna, luca = actor_of(world.anna, world.hq), actor_of(world.luca, world.rossi)
    enquiry_id, at = new_id(), utc(2026, 12, 7, 9, 0)
    must(
        session_factory,
        anna,
        CreateEnquiry(enquiry_id=enquiry_id, last_name="Bianchini", postcode="39100"),
        at,
    )
    must(session_factory, anna, OfferToPartner(enquiry_id=enquiry_id, company_id=world.rossi.id), at)
    must(session_factory, luca, AcceptOffer(enquiry_id=enquiry_id), at)
    must(session_factory, luca, AssignPerson(enquiry_id=enquiry_id, user_id=world.sofia.id), at)
    assert send_digests(session_factory, now=utc(2026, 12, 8, 7, 0)) == 1  # 08:00 in Rome
    [mail] = digests(session_factory, "sofia@rossi.example")
    assert mail.subject == "Enquiry Desk: 1 notifiche dal tuo ultimo riepilogo"
    assert "Luca ti ha assegnato la richiesta" in mail.body_text and "Bianchini" not in mail.body_text


def test_racing_digest_jobs_send_each_person_one_digest(
    session_factory: sessionmaker[Session], world: World, make: Factory
) -> None:
    people = [world.eva] + [make.person(world.mueller, f"staff{i}@mueller.example") for i in range(5)]
    for person in people:
        set_digest(session_factory, person, 7)
        for hour in (9, 10):
            assigned(session_factory, world, person, utc(2026, 12, 7, hour, 0))
    job = partial(send_digests, session_factory, now=utc(2026, 12, 8, 6, 0))
    counts = together([job, job, job], 120.0)
    assert sum(counts) == len(people), counts
    for person in people:
        [mail] = digests(session_factory, person.login)
        assert mail.subject.startswith("Enquiry Desk: 2 ")
