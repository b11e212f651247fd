"""The rules on the client: rebuild `Enquiry` states from cached projections and decide on them.

The cache holds projections (what the server lets this company see), not the server's full state.
They are enough for every decision a user of this company can take: an anonymised offer carries
its deadline and target company, a full view everything the owner may act on. The server decides
again, authoritatively, when the outbox is pushed.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.models import meta
from desktop.models.queries import Conn, fetch_dicts
from enquiries import privacy
from enquiries.deadlines import WorkCalendar
from enquiries.directory import Actor, CompanyInfo, Directory, PersonInfo
from enquiries.state import Enquiry, Offer

PROJECTION_ONLY = ("anonymised", "colleague_id")


def state_from_projection(data: dict[str, Any]) -> Enquiry:
    if data.get("anonymised"):
        offer = data["offer"]
        return Enquiry(
            id=data["id"],
            number=data.get("number", ""),
            type=data["type"],
            product_interest=data["product_interest"],
            channel=data["channel"],
            received_at=data["received_at"],
            origin_company_id="",
            owner_company_id="",
            status="offered",
            offer=Offer(
                company_id=offer["company_id"],
                person_id=offer.get("person_id"),
                offered_by=None,
                offered_at=offer["offered_at"],
                deadline=offer["deadline"],
            ),
            contact=data.get("contact", {}),
        )
    return Enquiry.model_validate({k: v for k, v in data.items() if k not in PROJECTION_ONLY})


def project_for(state: Enquiry, company_id: str) -> dict[str, Any] | None:
    return privacy.project(state, company_id)


def actor_of(user: dict[str, Any]) -> Actor:
    """The signed-in person (the cached `user` meta row) as the rules know them."""
    return Actor(user["id"], user["company_id"], user["company_kind"], frozenset(user.get("roles", ())))


def load_actor(conn: Conn) -> Actor:
    return actor_of(json.loads(meta.get(conn, "user") or "{}"))


def load_directory(conn: Conn) -> Directory:
    """People and companies of the cache; on a plain sqlite3 reader or a SQLAlchemy connection."""
    companies = [
        CompanyInfo(
            r["id"],
            r["name"],
            "head_office" if r["kind"] == "head_office" else "partner",
            WorkCalendar(r["country"] or "IT", r["subdivision"] or None, r["timezone"] or "Europe/Rome"),
            bool(r["active"]),
        )
        for r in fetch_dicts(conn, "SELECT * FROM companies")
    ]
    people = [
        PersonInfo(
            r["id"],
            r["company_id"],
            r["display_name"],
            bool(r["active"]),
            frozenset(filter(None, (r["roles"] or "").split(","))),
        )
        for r in fetch_dicts(conn, "SELECT * FROM people")
    ]
    return Directory.build(people, companies)
