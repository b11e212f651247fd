"""Erasure of an enquiry's personal data (issue 14, point 2) on the server, SQLite and PostgreSQL.

An enquiry of head office, accepted by Müller, with everything personal data can sit in: the
contact, a note, a file, an address-book entry of Müller's (linked) and one of head office's with
the same e-mail, a queued e-mail, and a call-centre contact of head office's survey with the same
phone, with its history. After Müller's administrator erases it, every text and binary column of
every table is searched for the contact's values: none is left. The tombstone and the audit entry
stay; every company's feed says `del` (erased); a late push about it is refused `erased`.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import LargeBinary, String, Text, select
from sqlalchemy.orm import Session, sessionmaker

from central.mail.outbox import MailMessage
from central.store.audit import AuditEntry
from central.store.base import Base
from central.store.contacts import ContactRow
from central.store.erasure_tables import ErasedEnquiry
from central.store.surveys import ContactHistoryRow, SurveyContactRow, SurveyRow
from enquiries.surveys import Survey, SurveyContact
from tests.server.matrix_helpers import API, HUGO, T0, Harness, Pusher, new_id
from tests.sync.scenario import SECRET_CONTACT

MAX = "max@mueller.example"
EVA = "eva@mueller.example"
SECRETS = ("Zwirnpichler", "zwirn@unique.example", "7777123", "Geheimweg 42", "vertraulich-xyz")


def leftovers(factory: sessionmaker[Session]) -> list[str]:
    """table.column of every stored value that still holds one of SECRETS."""
    found = []
    with factory() as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, (String, Text, LargeBinary))]
            if not columns:
                continue
            for row in session.execute(select(*columns)):
                for column, value in zip(columns, row, strict=True):
                    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
                    if isinstance(text, str) and any(s in text for s in SECRETS):
                        found.append(f"{table.name}.{column.name}")
    return sorted(set(found))


def personal_world(h: Harness) -> str:
    """The enquiry and every place its contact's data reaches; returns its id."""
    hugo, max_ = Pusher(h.client, HUGO), Pusher(h.client, MAX)
    enquiry_id = new_id()
    hugo.must("create_enquiry", {"enquiry_id": enquiry_id, "type": "offer", **SECRET_CONTACT})
    hugo.must("offer_to_partner", {"enquiry_id": enquiry_id, "company_id": h.world.mueller.id})
    max_.must("accept_offer", {"enquiry_id": enquiry_id})
    max_.must("link_contact", {"enquiry_id": enquiry_id, "contact_id": new_id(), "create": True})
    max_.must(
        "add_note", {"enquiry_id": enquiry_id, "note_id": new_id(), "text": "Herr Zwirnpichler ruft an"}
    )
    document_id = h.upload(max_.headers, b"Angebot fuer Zwirnpichler, Geheimweg 42")
    max_.must(
        "add_document", {"enquiry_id": enquiry_id, "document_id": document_id, "filename": "angebot.pdf"}
    )
    with h.factory.begin() as session:
        session.add(
            ContactRow(
                id=new_id(),
                company_id=h.world.hq.id,
                last_name="Zwirnpichler",
                email="Zwirn@Unique.example ",
                email_norm="zwirn@unique.example",
                created_at=T0,
                updated_at=T0,
            )
        )
        session.add(
            MailMessage(
                id=str(uuid.uuid4()),
                to_address="partner@example.net",
                subject="Anfrage Zwirnpichler",
                body_text="Kontakt: zwirn@unique.example",
                created_at=T0,
                enquiry_id=enquiry_id,
                kind="external_assignment",
                next_attempt_at=T0,
            )
        )
        survey_id, contact_id = new_id(), new_id()
        survey = Survey(
            id=survey_id,
            company_id=h.world.hq.id,
            name="Zufriedenheit 2026",
            starts=T0.date(),
            ends=T0.date(),
        )
        session.add(SurveyRow(id=survey_id, company_id=h.world.hq.id, state=survey.model_dump_json()))
        person = SurveyContact(
            id=contact_id, survey_id=survey_id, person_name="Q. Zwirnpichler", phone="089 7777123"
        )
        session.add(
            SurveyContactRow(
                id=contact_id, survey_id=survey_id, updated_at=T0, state=person.model_dump_json()
            )
        )
        session.add(
            ContactHistoryRow(
                id=new_id(),
                contact_id=contact_id,
                survey_id=survey_id,
                company_id=h.world.hq.id,
                at=T0,
                author_id=h.person_id("carla@hq.example"),
                text="Zwirnpichler zufrieden",
            )
        )
    return enquiry_id


def pull(h: Harness, pusher: Pusher, cursor: int) -> list[dict[str, Any]]:
    body = {"client_id": pusher.client_id, "cursor": cursor, "limit": 5000}
    response = h.client.post(f"{API}/sync/pull", json=body, headers=pusher.headers)
    assert response.status_code == 200, response.text
    return list(response.json()["changes"])


def test_erasure_leaves_no_personal_value_in_any_table_and_tells_every_feed(h: Harness) -> None:
    eva, anna = Pusher(h.client, EVA), Pusher(h.client, "anna@hq.example")
    enquiry_id = personal_world(h)
    assert set(leftovers(h.factory)) >= {
        "enquiries.state",
        "contacts.last_name",
        "document_blobs.data",
        "mail_outbox.body_text",
        "survey_contacts.state",
        "contact_history.text",
        "sync_views.data",
    }, "the set-up reached every kind of row"
    seen_eva = pull(h, eva, 0)  # Müller's colleague had it in full before the erasure
    assert any(c["id"] == enquiry_id and c["op"] == "put" for c in seen_eva)

    max_headers = h.sign_in(MAX)
    response = h.client.post(f"{API}/privacy/enquiries/{enquiry_id}/erase", headers=max_headers)
    assert response.status_code == 200, response.text
    removed = response.json()["removed"]
    assert removed["mails"] >= 1, "ours, and any notice mail the offer sent"
    assert {k: v for k, v in removed.items() if k != "mails"} == {
        "enquiry": 1,
        "notes": 1,
        "documents": 1,
        "contacts": 2,
        "survey_contacts": 1,
        "contact_history": 1,
    }
    assert leftovers(h.factory) == []

    with h.factory() as session:
        tombstone = session.get(ErasedEnquiry, enquiry_id)
        assert tombstone is not None and tombstone.owner_company_id == h.world.mueller.id
        assert tombstone.reason == "request" and tombstone.erased_by == h.person_id(MAX)
        audits = session.scalars(select(AuditEntry).where(AuditEntry.action == "personal_data_erased")).all()
        assert [a.enquiry_id for a in audits] == [enquiry_id]
        assert json.loads(audits[0].details)["removed"]["enquiry"] == 1

    # Every feed that held it: a `del` marked erased (Müller's, head office's).
    for pusher in (eva, anna):
        changes = pull(h, pusher, 1)
        gone = {(c["entity"], c["id"]) for c in changes if c["op"] == "del" and c.get("erased")}
        assert ("enquiry", enquiry_id) in gone, pusher.client_id
    mueller_gone = {c["entity"] for c in pull(h, eva, 1) if c["op"] == "del" and c.get("erased")}
    assert mueller_gone == {"enquiry", "contact"}, "the enquiry and Müller's linked address-book entry"

    # An offline colleague's late change, and an attempt to reuse the id: refused, nothing comes back.
    late = eva.push("add_note", {"enquiry_id": enquiry_id, "note_id": new_id(), "text": "Zwirnpichler again"})
    assert late["status"] == "refused" and late["error"]["code"] == "erased"
    again = Pusher(h.client, HUGO).push(
        "create_enquiry", {"enquiry_id": enquiry_id, "last_name": "Zwirnpichler"}
    )
    assert again["status"] == "refused" and again["error"]["code"] == "erased"
    assert leftovers(h.factory) == []

    # Asked twice (a retried request): the same answer, no second erasure or audit entry.
    second = h.client.post(f"{API}/privacy/enquiries/{enquiry_id}/erase", headers=max_headers)
    assert second.status_code == 200 and second.json() == response.json()
    with h.factory() as session:
        assert (
            len(session.scalars(select(AuditEntry).where(AuditEntry.action == "personal_data_erased")).all())
            == 1
        )
    # Someone else asking about the erased id learns nothing, a colleague without the role neither.
    staff = h.client.post(f"{API}/privacy/enquiries/{enquiry_id}/erase", headers=h.sign_in(EVA))
    assert staff.status_code == 404 and "removed" not in staff.text
    other = h.client.post(
        f"{API}/privacy/enquiries/{enquiry_id}/erase", headers=h.sign_in("luca@rossi.example")
    )
    assert other.status_code == 404


def test_access_export_holds_everything_that_an_erasure_would_remove(h: Harness) -> None:
    enquiry_id = personal_world(h)
    headers = h.sign_in(MAX)
    response = h.client.get(f"{API}/privacy/enquiries/{enquiry_id}/personal-data", headers=headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["subject"]["email"] == "zwirn@unique.example"
    assert body["controller"]["name"] == "Fenster Müller GmbH"
    assert [n["text"] for n in body["enquiry"]["notes"]] == ["Herr Zwirnpichler ruft an"]
    assert {c["company"] for c in body["address_book"]} == {"Fenster Müller GmbH", "Head Office"}
    assert [d["filename"] for d in body["documents"]] == ["plan.pdf"]  # the uploaded file's name
    assert "Anfrage Zwirnpichler" in [m["subject"] for m in body["emails"]]
    [survey_contact] = body["survey_contacts"]
    assert survey_contact["person_name"] == "Q. Zwirnpichler"
    assert [e["text"] for e in survey_contact["history"]] == ["Zwirnpichler zufrieden"]
    assert "chain" not in body["enquiry"], "head office's routing is not the person's data"
    with h.factory() as session:
        exported = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "personal_data_exported")
        ).all()
        assert [a.enquiry_id for a in exported] == [enquiry_id]
    # Exporting changes nothing: the data is all still there.
    assert "enquiries.state" in leftovers(h.factory)


def test_a_refused_erasure_keeps_everything(h: Harness) -> None:
    enquiry_id = personal_world(h)
    before = leftovers(h.factory)
    for login in (EVA, "anna@hq.example", "ida@hq.example", "luca@rossi.example"):
        response = h.client.post(f"{API}/privacy/enquiries/{enquiry_id}/erase", headers=h.sign_in(login))
        assert response.status_code in (403, 404), (login, response.text)
        assert "Zwirnpichler" not in response.text
    assert leftovers(h.factory) == before
    with h.factory() as session:
        assert session.get(ErasedEnquiry, enquiry_id) is None
