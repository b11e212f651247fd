"""Immediate notification mails: through the outbox, once, in the recipient's language, with the
enquiry's number and link, and nothing of the customer (the offer is not accepted yet)."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.jobs.mailer import send_due_mail
from central.mail.outbox import MailMessage
from tests.server.helpers import TestClient, World
from tests.server.sync_helpers import CONTACT, Device, new_id, personal_values
from tests.server.test_mail_outbox import LoopbackSmtp

PREFERENCES = "/api/v1/account/notification-preferences"


@pytest.fixture
def smtp() -> Iterator[LoopbackSmtp]:
    server = LoopbackSmtp()
    server.start()
    yield server
    server.stop()


def _offer(anna: Device, company_id: str) -> tuple[str, str]:
    enquiry_id = new_id()
    anna.apply(
        "create_enquiry", enquiry_id=enquiry_id, type="offer", product_interest="PVC windows", **CONTACT
    )
    anna.apply("offer_to_partner", enquiry_id=enquiry_id, company_id=company_id)
    changes, _ = anna.sync()
    number = next(c["data"]["number"] for c in changes if c["entity"] == "enquiry" and c["id"] == enquiry_id)
    return enquiry_id, number


def _outbox(factory: sessionmaker[Session]) -> list[MailMessage]:
    with factory() as session:
        return list(session.scalars(select(MailMessage).where(MailMessage.kind == "notification")))


def _received(smtp: LoopbackSmtp) -> list[EmailMessage]:
    return [r.message for r in smtp.handler.received]


def test_an_offer_is_mailed_once_in_german_without_the_customer(
    client: TestClient, app: FastAPI, world: World, session_factory: sessionmaker[Session], smtp: LoopbackSmtp
) -> None:
    anna = Device(client, "anna@hq.example")
    enquiry_id, number = _offer(anna, world.mueller.id)
    [mail] = _outbox(session_factory)
    assert (mail.to_address, mail.to_name, mail.enquiry_id) == ("max@mueller.example", "Max", enquiry_id)
    assert mail.subject == f"Neue Anfrage für Ihre Firma: {number}"
    body = mail.body_text
    assert body.startswith("Hallo Max,\n")
    assert f"{number} · Angebot · PVC windows · PLZ-Gebiet DE-80" in body
    assert f"In Enquiry Desk öffnen: enquirydesk://enquiry/{enquiry_id}" in body
    assert f"oder in Enquiry Desk nach {number} suchen." in body
    for value in [*personal_values(), CONTACT["city"], "Anna"]:  # nor who at head office offered it
        assert value not in mail.subject + body, value

    assert send_due_mail(session_factory, smtp.settings(), now=mail.created_at).sent == 1
    assert send_due_mail(session_factory, smtp.settings(), now=mail.created_at).sent == 0
    [received] = _received(smtp)
    assert received["To"] == "Max <max@mueller.example>" and received["Subject"] == mail.subject
    assert f"enquirydesk://enquiry/{enquiry_id}" in received.get_content()


def test_mails_are_in_the_recipients_language(
    client: TestClient, world: World, session_factory: sessionmaker[Session]
) -> None:
    anna = Device(client, "anna@hq.example")
    _, number = _offer(anna, world.rossi.id)
    [italian] = _outbox(session_factory)
    assert italian.to_address == "luca@rossi.example"
    assert italian.subject == f"Nuova richiesta per la tua azienda: {number}"
    assert italian.body_text.startswith("Ciao Luca,") and "Apri in Enquiry Desk" in italian.body_text

    max_ = Device(client, "max@mueller.example")
    prefs = client.get(PREFERENCES, headers=max_.headers).json()
    body = {"groups": prefs["groups"], "digest_hour": prefs["digest_hour"], "language": "en"}
    assert client.put(PREFERENCES, json=body, headers=max_.headers).status_code == 200
    _, number = _offer(anna, world.mueller.id)
    english = next(m for m in _outbox(session_factory) if m.to_address == "max@mueller.example")
    assert english.subject == f"New enquiry offered to your company: {number}"
    assert "Please accept or decline it by" in english.body_text


def test_activity_is_not_mailed_unless_chosen(
    client: TestClient, world: World, session_factory: sessionmaker[Session]
) -> None:
    anna, carla = Device(client, "anna@hq.example"), Device(client, "carla@hq.example")
    enquiry_id = new_id()
    anna.apply("create_enquiry", enquiry_id=enquiry_id, last_name="Huber")
    carla.apply("add_note", enquiry_id=enquiry_id, note_id=new_id(), text="Called, call back Monday")
    assert _outbox(session_factory) == []  # activity: in the app and on the desktop only
    prefs = client.get(PREFERENCES, headers=anna.headers).json()
    prefs["groups"]["activity"]["email"] = "immediate"
    body = {"groups": prefs["groups"], "digest_hour": 8}
    assert client.put(PREFERENCES, json=body, headers=anna.headers).status_code == 200
    carla.apply("add_note", enquiry_id=enquiry_id, note_id=new_id(), text="Called, call back Monday")
    [mail] = _outbox(session_factory)
    assert "Carla ha aggiunto una nota alla richiesta" in mail.body_text  # anna: head office, Italy
    assert "call back Monday" not in mail.body_text
