"""Authorisation matrix rows of `/reports/...` (merged into test_authorization_matrix.py).

Head office's `reporting` people (anna) report on everything; a partner's `partner_admin` (max)
on its own rounds; call-centre agents, plain partner staff and head office's administrator
without `reporting` get 403, anonymous callers 401. Targets name the `partner` filter: none,
the caller's own company, another partner (Rossi) and a missing id; for a partner the foreign
and the missing id answer the same 400. Every answer a partner gets is also checked for Rossi's
name and id (Rossi has enquiries of its own in this world).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import httpx

from tests.server.matrix_helpers import (
    API,
    FORBIDDEN,
    HUGO,
    LOGIN,
    OK,
    PARTNER_ROLES,
    Expect,
    Harness,
    Refused,
    by_role,
    new_id,
)

REPORTS = f"{API}/reports"
_READY: weakref.WeakSet[Harness] = weakref.WeakSet()
UNKNOWN_PARTNER = Refused(400, "unknown_value")


def reporting(hq: Expect, admin: Expect) -> dict[str, Expect]:
    return by_role(hq, FORBIDDEN, admin, FORBIDDEN, hqadmin=FORBIDDEN)


FILTERED = {
    "-": reporting(OK, OK),
    "own": reporting(OK, OK),
    "outsider": reporting(OK, UNKNOWN_PARTNER),
    "missing": reporting(UNKNOWN_PARTNER, UNKNOWN_PARTNER),
}
REPORT_ENDPOINTS: dict[tuple[str, str], dict[str, dict[str, Expect]]] = {
    ("GET", f"{REPORTS}/dimensions"): {"-": reporting(OK, OK)},
    ("GET", f"{REPORTS}/summary"): FILTERED,
    ("GET", f"{REPORTS}/enquiries"): FILTERED,
    ("GET", f"{REPORTS}/decision-times"): FILTERED,
}


def _offers(h: Harness) -> None:
    """Once per world: an offer to Müller, and one to Rossi that Rossi declines."""
    if h in _READY:
        return
    hugo = h.direct(HUGO)
    for company, login in ((h.world.mueller.id, None), (h.world.rossi.id, "luca@rossi.example")):
        enquiry_id = new_id()
        hugo.must("create_enquiry", {"enquiry_id": enquiry_id, "last_name": "Huber", "postcode": "80331"})
        hugo.must("offer_to_partner", {"enquiry_id": enquiry_id, "company_id": company})
        if login:
            h.direct(login).must("decline_offer", {"enquiry_id": enquiry_id, "reason": "Rossi is busy"})
    _READY.add(h)


def _partner_filter(h: Harness, role: str, target: str) -> dict[str, str]:
    company = {
        "-": None,
        "own": h.company_of(LOGIN[role]) if role != "anon" else h.world.hq.id,
        "outsider": h.world.rossi.id,
        "missing": new_id(),
    }[target]
    return {"partner": company} if company else {}


def _report(path: str) -> Callable[[Harness, str, str], httpx.Response]:
    def scenario(h: Harness, role: str, target: str) -> httpx.Response:
        _offers(h)
        params = {} if path == "dimensions" else _partner_filter(h, role, target)
        response = h.client.get(f"{REPORTS}/{path}", params=params, headers=h.headers(role))
        if role in PARTNER_ROLES and response.status_code == 200:
            for secret in (h.world.rossi.id, "Rossi", "Hugo"):
                assert secret not in response.text, (role, path, target, secret)
        return response

    return scenario


REPORT_SCENARIOS = {route: _report(route[1].rsplit("/", 1)[1]) for route in REPORT_ENDPOINTS}
