"""What a given company may see of an enquiry.

- The companies that dealt with it (origin and owner) see it whole, except other companies'
  colleagues: the owner's holder and its internal history stay private to the owner.
- A partner with a pending offer sees only the anonymised facts it needs to decide.
- Everybody else sees nothing (`None`): to them the enquiry does not exist.
"""

from __future__ import annotations

from typing import Any

from enquiries.state import ANONYMOUS_CONTACT_FIELDS, Enquiry

# History events that reveal who inside a company is in charge: shown only to that company.
INTERNAL_EVENTS = frozenset(
    {
        "assigned",
        "assignment_revoked",
        "assignment_rejected",
        "colleague_set",
        "colleague_cleared",
        "seen",
        "routed",
    }
)
# How head office routed it (other partners tried, their reasons): head office's business only.
ROUTING_EVENTS = frozenset(
    {"offered", "forwarded", "offer_expired", "offer_declined", "offer_revoked", "returned_expired"}
)


# Roles of a company's administrators: head office's and a partner's (central/store/accounts.py).
CONTROLLER_ROLES = frozenset({"admin", "partner_admin"})
REQUEST_ACTIONS = frozenset({"erase_personal_data", "export_personal_data"})


def handles_requests(state: Enquiry, company_id: str, roles: frozenset[str]) -> bool:
    """Data-protection requests (erasure, access) about the enquiry's contact are the controller's:
    an administrator of the company that owns it (head office until a partner accepted it)."""
    return company_id == state.owner_company_id and bool(roles & CONTROLLER_ROLES)


def has_full_view(state: Enquiry, company_id: str) -> bool:
    return company_id in state.involved_companies()


def is_offered_to(state: Enquiry, company_id: str) -> bool:
    return state.status == "offered" and state.offer is not None and state.offer.company_id == company_id


def can_see(state: Enquiry, company_id: str) -> bool:
    return has_full_view(state, company_id) or is_offered_to(state, company_id)


def visible_companies(state: Enquiry) -> frozenset[str]:
    companies = set(state.involved_companies())
    if state.status == "offered" and state.offer is not None:
        companies.add(state.offer.company_id)
    return frozenset(companies)


def anonymised(state: Enquiry) -> dict[str, Any]:
    assert state.offer is not None
    return {
        "id": state.id,
        "number": state.number,
        "anonymised": True,
        "type": state.type,
        "product_interest": state.product_interest,
        "channel": state.channel,
        "received_at": state.received_at.isoformat(),
        "status": "offered",
        "offer": {
            "company_id": state.offer.company_id,
            "person_id": state.offer.person_id,
            "offered_at": state.offer.offered_at.isoformat(),
            "deadline": state.offer.deadline.isoformat(),
        },
        "contact": {k: getattr(state.contact, k) for k in ANONYMOUS_CONTACT_FIELDS},
        "updated_at": state.updated_at.isoformat() if state.updated_at else None,
    }


def project(state: Enquiry, company_id: str) -> dict[str, Any] | None:
    """The JSON-ready view of `state` for `company_id`, or None when it may not see it at all."""
    if has_full_view(state, company_id):
        return _full(state, company_id)
    if is_offered_to(state, company_id):
        return anonymised(state)
    return None


def _full(state: Enquiry, company_id: str) -> dict[str, Any]:
    data = state.model_dump(mode="json")
    data["anonymised"] = False
    owner = company_id == state.owner_company_id
    data["colleague_id"] = state.colleague_of(company_id)
    data["colleagues"] = {company_id: data["colleague_id"]} if data["colleague_id"] else {}
    if not owner:
        data["holder_id"] = None
        data["holder_since"] = None
        data["assigned_by"] = None
        data["changed"] = {}
    origin = company_id == state.origin_company_id
    data["history"] = [
        h
        for h in data["history"]
        if (h["event"] not in INTERNAL_EVENTS or h["company_id"] == company_id)
        and (origin or h["event"] not in ROUTING_EVENTS)
    ]
    if not origin:
        data["chain"] = []
        data["route_owner_id"] = None
        data["decline_reason"] = ""
        data["attempts"] = [a for a in data["attempts"] if a["company_id"] == company_id]
    if state.offer is not None and state.offer.company_id != company_id and not owner:
        data["offer"] = None
    return data
