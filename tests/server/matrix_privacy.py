"""Authorisation matrix rows of the data-protection requests (merged into test_authorization_matrix.py).

Only the controller's administrator may erase or export: head office's `admin` (ida) while head
office owns the enquiry, the partner's `partner_admin` (max) once Müller accepted it. Whoever sees
the enquiry in full but is not that administrator gets 403 `not_controller`; whoever does not see
it in full (an offer not accepted yet, Rossi's own enquiry, a missing id) the 404 of a missing id.
A refused erasure leaves the enquiry in place; an allowed one leaves a tombstone.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from central.store.enquiries import EnquiryRow
from central.store.erasure_tables import ErasedEnquiry
from tests.server.matrix_helpers import (
    API,
    HUGO,
    NOT_FOUND,
    OK,
    OUTSIDER,
    Expect,
    Harness,
    Refused,
    by_role,
    everyone,
    new_id,
)

ERASE = f"{API}/privacy/enquiries/{{enquiry_id}}/erase"
EXPORT = f"{API}/privacy/enquiries/{{enquiry_id}}/personal-data"
NOT_CONTROLLER = Refused(403, "not_controller")

RULES: dict[str, dict[str, Expect]] = {
    # hq (anna), agent (carla), admin (max, Müller), staff (eva, Müller), hqadmin (ida)
    "head_office_owns": by_role(NOT_CONTROLLER, NOT_CONTROLLER, NOT_FOUND, NOT_FOUND, hqadmin=OK),
    "on_offer_to_mueller": by_role(NOT_CONTROLLER, NOT_CONTROLLER, NOT_FOUND, NOT_FOUND, hqadmin=OK),
    "accepted_by_mueller": by_role(
        NOT_CONTROLLER, NOT_CONTROLLER, OK, NOT_CONTROLLER, hqadmin=NOT_CONTROLLER
    ),
    "rossi_own": everyone(NOT_FOUND),
    "missing": everyone(NOT_FOUND),
}

PRIVACY_ENDPOINTS: dict[tuple[str, str], dict[str, dict[str, Expect]]] = {
    ("POST", ERASE): RULES,
    ("GET", EXPORT): RULES,
}


def _target(h: Harness, target: str) -> str:
    """A fresh enquiry in the relation `target` names (an erasure may remove it)."""
    enquiry_id = new_id()
    if target == "missing":
        return enquiry_id
    author = h.direct(OUTSIDER if target == "rossi_own" else HUGO)
    contact = {"enquiry_id": enquiry_id, "last_name": "Huber", "email": "huber@matrix.test"}
    author.must("create_enquiry", contact)
    if target in ("on_offer_to_mueller", "accepted_by_mueller"):
        author.must("offer_to_partner", {"enquiry_id": enquiry_id, "company_id": h.world.mueller.id})
    if target == "accepted_by_mueller":
        h.direct("max@mueller.example").must("accept_offer", {"enquiry_id": enquiry_id})
    return enquiry_id


def _erase(h: Harness, role: str, target: str) -> httpx.Response:
    enquiry_id = _target(h, target)
    response = h.client.post(ERASE.format(enquiry_id=enquiry_id), headers=h.headers(role))
    with h.factory() as session:
        kept = session.get(EnquiryRow, enquiry_id) is not None
        tombstone = session.get(ErasedEnquiry, enquiry_id) is not None
    if target != "missing":
        assert kept != (response.status_code == 200), (role, target, response.text)
        assert tombstone == (response.status_code == 200), (role, target)
    if response.status_code == 200:
        assert response.json()["removed"]["enquiry"] == 1
    return response


def _export(h: Harness, role: str, target: str) -> httpx.Response:
    enquiry_id = _target(h, target)
    response = h.client.get(EXPORT.format(enquiry_id=enquiry_id), headers=h.headers(role))
    if response.status_code == 200:
        body = response.json()
        assert body["subject"]["email"] == "huber@matrix.test" and body["enquiry"]["id"] == enquiry_id
    else:
        assert "huber@matrix.test" not in response.text
    return response


PRIVACY_SCENARIOS: dict[tuple[str, str], Callable[[Harness, str, str], httpx.Response]] = {
    ("POST", ERASE): _erase,
    ("GET", EXPORT): _export,
}
