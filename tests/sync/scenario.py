"""Helpers of the client sync tests: what the server says (raw pulls), intake, the deadline job, and
small builders of user actions on a `DeskService`.

The raw pull signs in with a fresh client id and reads the whole snapshot from no cursor, which is
exactly what a newly installed client of that login would receive: the server's projection for
its company now.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text

from central.db import make_engine, make_session_factory
from central.demo import INTAKE_KEY, demo_id
from central.jobs.deadlines import ExpiryReport, expire_due_offers
from desktop.models.queries import ListQuery
from desktop.service import DeskService
from enquiries.commands import AddNote, CreateEnquiry, OfferToPartner
from enquiries.refusals import Refusal
from tests.sync.clients import PASSWORD, now, service

API = "/api/v1"
LOCAL_KEYS = ("pending",)  # keys the cache adds to the server's projection (plus journal_*)

MUELLER = demo_id("mueller")
ALPEN = demo_id("alpen")
HQ = demo_id("hq")

# Personal data of the enquiries the privacy tests create: distinctive, so a byte search is conclusive.
SECRET_CONTACT = {
    "first_name": "Quirin",
    "last_name": "Zwirnpichler",
    "email": "zwirn@unique.example",
    "phone": "+49 89 7777123",
    "street": "Geheimweg 42",
    "postcode": "80331",
    "city": "München",
    "country": "DE",
    "message": "vertraulich-xyz",
}
SECRET_VALUES = (
    "Quirin",
    "Zwirnpichler",
    "zwirn@unique.example",
    "+49 89 7777123",
    "Geheimweg 42",
    "vertraulich-xyz",
)


def new_id() -> str:
    return str(uuid.uuid4())


def person(login: str) -> str:
    return demo_id(login)


# --- what the server says ---------------------------------------------------------------------
def raw_login(url: str, login: str) -> tuple[httpx.Client, str]:
    """A bare HTTP sign-in with a brand-new client id: (client with bearer header, client id)."""
    client_id = new_id()
    http = httpx.Client(base_url=url, timeout=30)
    r = http.post(f"{API}/auth/login", json={"login": login, "password": PASSWORD, "client_id": client_id})
    assert r.status_code == 200, r.text
    http.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
    return http, client_id


def server_snapshot(url: str, login: str, *, page: int = 50) -> dict[str, dict[str, Any]]:
    """Every enquiry a fresh client of `login` receives from no cursor (all pages): id -> data."""
    http, client_id = raw_login(url, login)
    out: dict[str, dict[str, Any]] = {}
    cursor: int | None = None
    try:
        for _ in range(10_000):
            r = http.post(f"{API}/sync/pull", json={"client_id": client_id, "cursor": cursor, "limit": page})
            assert r.status_code == 200, r.text
            body = r.json()
            for change in body["changes"]:
                assert change["op"] == "put", "a snapshot holds no del"
                if change["entity"] == "enquiry":
                    out[change["id"]] = change["data"]
            cursor = body["cursor"]
            if not body["has_more"]:
                return out
        raise AssertionError("the snapshot never ended")
    finally:
        http.close()


def intake(url: str, **fields: str) -> str:
    """A web enquiry through the intake API (routed at once); returns its id."""
    body = {"channel": "web", "type": "offer", "product_interest": "PVC windows", **fields}
    r = httpx.post(f"{url}{API}/intake/enquiries", json=body, headers={"X-Api-Key": INTAKE_KEY}, timeout=30)
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


def run_deadline_job(database_url: str, *, at: datetime | None = None) -> ExpiryReport:
    """The server's deadline job, as if it ran at `at` (default: 30 days from now, past any deadline)."""
    engine = make_engine(database_url)
    try:
        return expire_due_offers(make_session_factory(engine), now=at or now() + timedelta(days=30))
    finally:
        engine.dispose()


# --- what a client shows ----------------------------------------------------------------------
def shown(data: dict[str, Any] | None) -> dict[str, Any] | None:
    """A client's `enquiry(id)` without the keys only the cache adds."""
    if data is None:
        return None
    return {k: v for k, v in data.items() if k not in LOCAL_KEYS and not k.startswith("journal_")}


def search(svc: DeskService, words: str) -> set[str]:
    """The enquiries the list shows for `words` typed in the search box."""
    return {row[1] for row in svc.reads.page(ListQuery(search=words), offset=0, limit=100)}


def fts_text(svc: DeskService) -> str:
    """Everything the cache's full-text index holds, as text."""
    with svc.sync.db.connect() as conn:
        rows = conn.execute(text("SELECT number, contact, place, product, notes FROM enquiries_fts")).all()
    return " ".join(" ".join(str(v) for v in row) for row in rows)


def listed_ids(svc: DeskService, query: ListQuery | None = None) -> set[str]:
    query = query or ListQuery()
    return {row[1] for row in svc.reads.page(query, offset=0, limit=100_000)}


# --- user actions -----------------------------------------------------------------------------
def ok(result: Refusal | int) -> int:
    """The mutation id of an action that the client's rules must allow."""
    assert not isinstance(result, Refusal), f"refused locally: {result.code}: {result.message}"
    return result


def create(svc: DeskService, **contact: str) -> str:
    enquiry_id = new_id()
    fields = {
        "last_name": "Huber",
        "email": "huber@example.net",
        "postcode": "80331",
        "country": "DE",
        **contact,
    }
    ok(
        svc.actions.perform(
            CreateEnquiry(enquiry_id=enquiry_id, type="offer", product_interest="PVC windows", **fields)
        )
    )
    return enquiry_id


def create_and_offer(svc: DeskService, company_id: str, **contact: str) -> str:
    enquiry_id = create(svc, **contact)
    ok(svc.actions.perform(OfferToPartner(enquiry_id=enquiry_id, company_id=company_id)))
    return enquiry_id


def note(svc: DeskService, enquiry_id: str, text: str) -> str:
    note_id = new_id()
    ok(svc.actions.perform(AddNote(enquiry_id=enquiry_id, note_id=note_id, text=text)))
    return note_id


def signed_in(url: str, login: str, data_dir: Path) -> DeskService:
    """A client as a user has it after signing in: its first sync done (people, companies, data)."""
    svc = service(url, login, data_dir)
    synced(svc)
    return svc


def synced(*services: DeskService) -> None:
    """Everyone syncs once; each must reach the server."""
    for svc in services:
        assert svc.loop.sync_now() is not None, f"{svc.reads.user.get('login')}: {svc.state.message}"
