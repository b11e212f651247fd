"""Files: upload, attach with `add_document`, download only by companies that see the enquiry in full."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.store.audit import AuditEntry
from central.store.documents import DocumentBlob
from tests.server.helpers import TestClient, World, assert_error
from tests.server.sync_helpers import CONTACT, Device, count_rows, enquiry_data, new_id

DOCS = "/api/v1/documents"
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
MiB = 1024 * 1024


def _upload(device: Device, data: bytes = PDF, *, filename: str = "Aufmass Kueche.pdf") -> Any:
    document_id = new_id()
    headers = {**device.headers, "X-Filename": filename, "Content-Type": "application/pdf"}
    response = device.client.put(f"{DOCS}/{document_id}", content=data, headers=headers)
    return document_id, response


def _uploaded(device: Device, data: bytes = PDF) -> str:
    document_id, response = _upload(device, data)
    assert response.status_code == 201, response.text
    assert response.json() == {
        "id": document_id,
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": len(data),
    }
    return document_id


def _attach(device: Device, enquiry_id: str, document_id: str, data: bytes = PDF) -> dict[str, Any]:
    return device.push(
        "add_document",
        enquiry_id=enquiry_id,
        document_id=document_id,
        filename="Aufmass Kueche.pdf",
        content_type="application/pdf",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _get(device: Device, document_id: str) -> Any:
    return device.client.get(f"{DOCS}/{document_id}", headers=device.headers)


def _accepted_by_mueller(client: TestClient, world: World) -> tuple[Device, Device, str]:
    """Head office's enquiry, offered to and accepted by Müller (Max holds it)."""
    anna = Device(client, "anna@hq.example")
    max_ = Device(client, "max@mueller.example")
    enquiry_id = new_id()
    anna.apply("create_enquiry", enquiry_id=enquiry_id, **CONTACT)
    anna.apply("offer_to_partner", enquiry_id=enquiry_id, company_id=world.mueller.id)
    max_.apply("accept_offer", enquiry_id=enquiry_id)
    return anna, max_, enquiry_id


def _assert_downloads(response: Any, data: bytes = PDF) -> None:
    assert response.status_code == 200, response.text
    assert response.content == data
    assert response.headers["content-type"].startswith("application/pdf")
    assert response.headers["x-content-sha256"] == hashlib.sha256(data).hexdigest()
    disposition = response.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="Aufmass Kueche.pdf";')
    assert "filename*=UTF-8''Aufmass%20Kueche.pdf" in disposition


def _missing_body(device: Device) -> Any:
    response = _get(device, new_id())
    assert_error(response, 404, "not_found")
    return response.json()


def test_attached_document_downloads_for_owner_and_head_office_only(
    client: TestClient, world: World, session_factory: sessionmaker[Session]
) -> None:
    anna, max_, enquiry_id = _accepted_by_mueller(client, world)
    document_id = _uploaded(max_)
    assert _attach(max_, enquiry_id, document_id) == {"id": 2, "status": "applied"}

    data = enquiry_data(max_.pull()["changes"], enquiry_id)
    assert data is not None
    assert [d["id"] for d in data["documents"]] == [document_id]

    _assert_downloads(_get(max_, document_id))
    _assert_downloads(_get(Device(client, "eva@mueller.example"), document_id))
    _assert_downloads(_get(anna, document_id))  # head office is the origin and keeps the full view

    luca = Device(client, "luca@rossi.example")
    foreign = _get(luca, document_id)
    assert foreign.status_code == 404
    assert foreign.json() == _missing_body(luca)

    # Reads of personal data by a partner are audited (head office reading its own enquiry is not).
    with session_factory() as session:
        reads = session.scalars(select(AuditEntry).where(AuditEntry.action == "personal_data_read")).all()
    assert {(r.actor_id, r.enquiry_id) for r in reads} == {
        (world.max.id, enquiry_id),
        (world.eva.id, enquiry_id),
    }


def test_offered_partner_cannot_download_before_accepting(client: TestClient, world: World) -> None:
    anna = Device(client, "anna@hq.example")
    max_ = Device(client, "max@mueller.example")
    enquiry_id = new_id()
    anna.apply("create_enquiry", enquiry_id=enquiry_id, **CONTACT)
    document_id = _uploaded(anna)
    assert _attach(anna, enquiry_id, document_id)["status"] == "applied"
    anna.apply("offer_to_partner", enquiry_id=enquiry_id, company_id=world.mueller.id)

    changes, text = max_.sync()
    assert enquiry_data(changes, enquiry_id) is not None
    assert document_id not in text  # the anonymised offer does not list files
    offered = _get(max_, document_id)
    assert offered.status_code == 404
    assert offered.json() == _missing_body(max_)

    max_.apply("accept_offer", enquiry_id=enquiry_id)
    _assert_downloads(_get(max_, document_id))


def test_oversized_upload_is_refused_and_nothing_stored(
    client: TestClient, world: World, session_factory: sessionmaker[Session]
) -> None:
    max_ = Device(client, "max@mueller.example")
    document_id, response = _upload(max_, b"\0" * (20 * MiB + 1))
    assert_error(response, 413, "body_too_large")
    assert count_rows(session_factory, DocumentBlob) == 0
    assert_error(_get(max_, document_id), 404, "not_found")

    exactly = b"\1" * (20 * MiB)  # the limit itself is allowed
    limit_id = _uploaded(max_, exactly)
    assert _get(max_, limit_id).content == exactly


def test_unattached_upload_is_readable_only_by_uploaders_company(client: TestClient, world: World) -> None:
    max_ = Device(client, "max@mueller.example")
    document_id = _uploaded(max_)

    _assert_downloads(_get(max_, document_id))
    _assert_downloads(_get(Device(client, "eva@mueller.example"), document_id))
    for login in ("anna@hq.example", "luca@rossi.example"):
        other = Device(client, login)
        response = _get(other, document_id)
        assert response.status_code == 404, login
        assert response.json() == _missing_body(other)


def test_add_document_with_foreign_or_missing_blob_is_refused(client: TestClient, world: World) -> None:
    anna, max_, enquiry_id = _accepted_by_mueller(client, world)
    luca = Device(client, "luca@rossi.example")
    rossis = _uploaded(luca)

    refused = _attach(max_, enquiry_id, rossis)
    assert refused["status"] == "refused"
    assert refused["error"]["code"] == "document_unknown"
    never_uploaded = _attach(max_, enquiry_id, new_id())
    assert never_uploaded["status"] == "refused"
    assert never_uploaded["error"]["code"] == "document_unknown"

    # Still Rossi's alone: attaching it did not hand it to Müller or head office.
    assert _get(max_, rossis).status_code == 404
    assert _get(anna, rossis).status_code == 404
    _assert_downloads(_get(luca, rossis))
    data = enquiry_data(max_.pull()["changes"], enquiry_id)
    assert data is not None and data["documents"] == []


def test_document_attached_to_one_enquiry_cannot_be_attached_to_another(
    client: TestClient, world: World
) -> None:
    max_ = Device(client, "max@mueller.example")
    first, second = new_id(), new_id()
    max_.apply("create_enquiry", enquiry_id=first, **CONTACT)
    max_.apply("create_enquiry", enquiry_id=second, **CONTACT)
    document_id = _uploaded(max_)
    assert _attach(max_, first, document_id)["status"] == "applied"

    again = _attach(max_, second, document_id)
    assert again["status"] == "refused"
    assert again["error"]["code"] == "document_unknown"
