"""Authorisation matrix of the HTTP endpoints: every endpoint x every role x own / foreign / missing id.

Tables of expectations drive the checks. Allowed cells must answer their 2xx status; all others
the exact refusal: 401 for anonymous callers, 403 for a role that may not, 404 `not_found` for a
foreign id AND a missing one with identical bodies (DESIGN.md, Accounts and security).
`test_every_route_is_in_the_matrix` fails when an endpoint is added without a row here. The push
commands have their own matrix in test_authorization_push.py.

Roles: head office staff (anna), call-centre agent (carla: head office, only role "agent"),
partner admin (max, Müller), partner staff (eva, Müller), anonymous. Rossi (luca) is the company
none of them belongs to.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from central.store.audit import AuditEntry
from central.store.documents import DocumentBlob
from tests.server.helpers import PASSWORD, login_session
from tests.server.matrix_admin import ADMIN_ENDPOINTS, ADMIN_SCENARIOS
from tests.server.matrix_helpers import (
    API,
    COLLEAGUE,
    CREATED,
    FORBIDDEN,
    HUGO,
    LOGIN,
    NO_CONTENT,
    NOT_FOUND,
    OK,
    OUTSIDER,
    PARTNER_ROLES,
    ROLES,
    WRONG_CLIENT,
    Allowed,
    Expect,
    Harness,
    Pusher,
    Refused,
    by_role,
    everyone,
    mismatch,
    new_id,
)
from tests.server.matrix_notifications import NOTIFICATION_ENDPOINTS, NOTIFICATION_SCENARIOS
from tests.server.matrix_people_admin import PEOPLE_ADMIN_ENDPOINTS, PEOPLE_ADMIN_SCENARIOS
from tests.server.matrix_privacy import PRIVACY_ENDPOINTS, PRIVACY_SCENARIOS
from tests.server.matrix_reports import REPORT_ENDPOINTS, REPORT_SCENARIOS

# --- expectations ----------------------------------------------------------------------------------

HQ_PEOPLE = Allowed(200, ("Anna", "Carla", "Hugo", "Ida"))
MUELLER_PEOPLE = Allowed(200, ("Eva", "Max"))
ROSSI_PEOPLE = Allowed(200, ("Luca", "Sofia"))
NOBODY = Allowed(200, ())
ALL_COMPANIES = Allowed(200, ("Head Office", "Fenster Müller GmbH", "Serramenti Rossi Srl"))
PUBLIC = {"-": everyone(OK, anon=OK)}

# route -> target -> role -> expectation. Targets name whose id the request carries.
ENDPOINTS: dict[tuple[str, str], dict[str, dict[str, Expect]]] = {
    ("GET", "/openapi.json"): PUBLIC,
    ("GET", "/docs"): PUBLIC,
    ("GET", "/docs/oauth2-redirect"): PUBLIC,
    ("GET", "/redoc"): PUBLIC,
    ("GET", f"{API}/health"): PUBLIC,
    ("POST", f"{API}/auth/login"): {"-": everyone(OK, anon=Refused(401, "invalid_credentials"))},
    ("POST", f"{API}/auth/refresh"): {"-": everyone(OK, anon=Refused(401, "invalid_token"))},
    ("POST", f"{API}/auth/logout"): {"-": everyone(NO_CONTENT)},
    # Others' devices: a partner's admin for its own people, head office's admin for everyone;
    # plain head-office staff only their own (issue 10, point 6).
    ("GET", f"{API}/auth/devices"): {
        "self": everyone(OK),
        "colleague": by_role(NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, hqadmin=OK),
        "outsider": by_role(NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, hqadmin=OK),
        "missing": everyone(NOT_FOUND),
    },
    ("DELETE", f"{API}/auth/devices/{{device_id}}"): {
        "own": everyone(NO_CONTENT),
        "colleague": by_role(NOT_FOUND, NOT_FOUND, NO_CONTENT, NOT_FOUND, hqadmin=NO_CONTENT),
        "outsider": by_role(NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, hqadmin=NO_CONTENT),
        "missing": everyone(NOT_FOUND),
    },
    ("GET", f"{API}/people"): {
        "own": by_role(HQ_PEOPLE, HQ_PEOPLE, MUELLER_PEOPLE, MUELLER_PEOPLE),
        # Head office sees every company (also the agent: harmless, though she has nobody to offer to).
        "outsider": by_role(ROSSI_PEOPLE, ROSSI_PEOPLE, NOBODY, NOBODY),
        "missing": everyone(NOBODY),
    },
    ("GET", f"{API}/companies"): {
        "-": by_role(
            ALL_COMPANIES,
            ALL_COMPANIES,
            Allowed(200, ("Fenster Müller GmbH",)),
            Allowed(200, ("Fenster Müller GmbH",)),
        )
    },
    ("POST", f"{API}/sync/push"): {
        "own": everyone(OK),
        "outsider": everyone(WRONG_CLIENT),  # another person's client id
        "missing": everyone(WRONG_CLIENT),
    },
    ("POST", f"{API}/sync/pull"): {
        "own": everyone(OK),
        "outsider": everyone(WRONG_CLIENT),
        "missing": everyone(WRONG_CLIENT),
    },
    ("GET", f"{API}/sync/poke"): {"-": everyone(OK)},  # the caller's own feed only
    ("POST", f"{API}/intake/enquiries"): {  # API keys, not Bearer tokens: every role is refused alike
        "no_key": everyone(Refused(401, "api_key_missing"), anon=Refused(401, "api_key_missing")),
        "bad_key": everyone(Refused(401, "api_key_invalid"), anon=Refused(401, "api_key_invalid")),
        "web_key": everyone(CREATED, anon=CREATED),
        "dealer_key": everyone(CREATED, anon=CREATED),
        "dealer_key_other_partner": everyone(
            Refused(403, "channel_not_allowed"), anon=Refused(403, "channel_not_allowed")
        ),
    },
    ("PUT", f"{API}/documents/{{document_id}}"): {
        "new": everyone(CREATED),
        "own": everyone(OK),  # the same upload again answers the stored file
        "colleague": everyone(OK),
        # FINDING (id clash): ids are chosen by clients and global, so a taken foreign id cannot
        # answer like a missing one (201); it answers 409 without revealing anything else.
        "outsider": everyone(Refused(409, "conflict")),
    },
    ("GET", f"{API}/documents/{{document_id}}"): {
        "own": everyone(OK),
        "colleague": everyone(OK),
        "outsider": everyone(NOT_FOUND),
        "missing": everyone(NOT_FOUND),
        "on_offer_to_mueller": by_role(OK, OK, NOT_FOUND, NOT_FOUND),  # anonymised: no files
        "on_accepted_offer": everyone(OK),  # partners' reads are audited
        "on_rossi_enquiry": everyone(NOT_FOUND),  # head office never saw it
    },
}


# --- scenarios: one request per (role, target) ------------------------------------------------------

Scenario = Callable[[Harness, str, str], httpx.Response]
SCENARIOS: dict[tuple[str, str], Scenario] = {}


def scenario(method: str, path: str) -> Callable[[Scenario], Scenario]:
    def register(fn: Scenario) -> Scenario:
        SCENARIOS[(method, path)] = fn
        return fn

    return register


def _public_get(path: str) -> Scenario:
    return lambda h, role, target: h.client.get(path, headers=h.headers(role))


for _path in ("/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc", f"{API}/health"):
    SCENARIOS[("GET", _path)] = _public_get(_path)


@scenario("POST", f"{API}/auth/login")
def _login(h: Harness, role: str, target: str) -> httpx.Response:
    password = "not the password" if role == "anon" else PASSWORD
    body = {"login": LOGIN[role], "password": password, "client_id": f"matrix-{h.next()}"}
    return h.client.post(f"{API}/auth/login", json=body)


@scenario("POST", f"{API}/auth/refresh")
def _refresh(h: Harness, role: str, target: str) -> httpx.Response:
    token = "not-a-refresh-token"
    if role != "anon":
        token = login_session(h.client, LOGIN[role], client_id=f"matrix-{h.next()}")["refresh_token"]
    return h.client.post(f"{API}/auth/refresh", json={"refresh_token": token})


@scenario("POST", f"{API}/auth/logout")
def _logout(h: Harness, role: str, target: str) -> httpx.Response:
    headers = {} if role == "anon" else h.sign_in(LOGIN[role])
    response = h.client.post(f"{API}/auth/logout", headers=headers)
    if role != "anon":  # the signed-out device must be dead at once
        assert h.client.get(f"{API}/auth/devices", headers=headers).status_code == 401
    return response


def _person_target(h: Harness, role: str, target: str) -> str:
    return {
        "self": lambda: h.person_id(LOGIN[role]),
        "colleague": lambda: h.person_id(COLLEAGUE[role]),
        "outsider": lambda: h.person_id(OUTSIDER),
        "missing": new_id,
    }[target]()


@scenario("GET", f"{API}/auth/devices")
def _list_devices(h: Harness, role: str, target: str) -> httpx.Response:
    params = {"person_id": _person_target(h, role, target)}
    return h.client.get(f"{API}/auth/devices", params=params, headers=h.headers(role))


@scenario("DELETE", f"{API}/auth/devices/{{device_id}}")
def _revoke_device(h: Harness, role: str, target: str) -> httpx.Response:
    owner = {"own": LOGIN[role], "colleague": COLLEAGUE[role], "outsider": OUTSIDER}.get(target)
    device_id, device_headers = h.device(owner) if owner else (new_id(), {})
    response = h.client.delete(f"{API}/auth/devices/{device_id}", headers=h.headers(role))
    if owner:  # the target device is dead exactly when the answer said so
        still = h.client.get(f"{API}/auth/devices", headers=device_headers).status_code
        assert still == (401 if response.status_code == 204 else 200), (role, target, response.text)
    return response


@scenario("GET", f"{API}/people")
def _list_people(h: Harness, role: str, target: str) -> httpx.Response:
    company = {"own": None, "outsider": h.world.rossi.id, "missing": new_id()}[target]
    params = {"company_id": company} if company else {}
    return h.client.get(f"{API}/people", params=params, headers=h.headers(role))


@scenario("GET", f"{API}/companies")
def _list_companies(h: Harness, role: str, target: str) -> httpx.Response:
    return h.client.get(f"{API}/companies", headers=h.headers(role))


def _client_id(h: Harness, role: str, target: str) -> str:
    if target == "outsider":
        return "matrix-luca"  # registered below by a sign-in of luca
    if target == "missing" or role == "anon":
        return f"unknown-{new_id()}"
    return f"matrix-own-{role}"


def _sync_headers(h: Harness, role: str) -> dict[str, str]:
    if role == "anon":
        return {}
    key = f"sync-{role}"
    if key not in h._headers:
        h._headers[key] = h.sign_in(LOGIN[role], client_id=f"matrix-own-{role}")
        h.sign_in(OUTSIDER, client_id="matrix-luca")
    return h._headers[key]


@scenario("POST", f"{API}/sync/push")
def _push(h: Harness, role: str, target: str) -> httpx.Response:
    body = {"client_id": _client_id(h, role, target), "mutations": []}
    return h.client.post(f"{API}/sync/push", json=body, headers=_sync_headers(h, role))


@scenario("POST", f"{API}/sync/pull")
def _pull(h: Harness, role: str, target: str) -> httpx.Response:
    body = {"client_id": _client_id(h, role, target)}
    return h.client.post(f"{API}/sync/pull", json=body, headers=_sync_headers(h, role))


@scenario("GET", f"{API}/sync/poke")
def _poke(h: Harness, role: str, target: str) -> httpx.Response:
    return h.client.get(f"{API}/sync/poke", params={"wait": 0}, headers=h.headers(role))


@scenario("POST", f"{API}/intake/enquiries")
def _intake(h: Harness, role: str, target: str) -> httpx.Response:
    if not h.keys_made:
        h.make.api_key("matrix-web-key")
        h.make.api_key("matrix-dealer-key", channel="dealer_page", partner=h.world.mueller)
        h.keys_made = True
    key = {
        "no_key": None,
        "bad_key": "not-a-key",
        "web_key": "matrix-web-key",
        "dealer_key": "matrix-dealer-key",
        "dealer_key_other_partner": "matrix-dealer-key",
    }[target]
    body: dict[str, Any] = {"channel": "web", "last_name": "Huber", "email": "h@example.test"}
    body |= {"postcode": "80331", "country": "DE"}
    if target.startswith("dealer_key"):
        partner = h.world.rossi if target.endswith("other_partner") else h.world.mueller
        body |= {"channel": "dealer_page", "partner_id": partner.id}
    headers = dict(h.headers(role))
    if key is not None:
        headers["X-Api-Key"] = key
    return h.client.post(f"{API}/intake/enquiries", json=body, headers=headers)


@scenario("PUT", f"{API}/documents/{{document_id}}")
def _upload(h: Harness, role: str, target: str) -> httpx.Response:
    owner = {"own": LOGIN[role], "colleague": COLLEAGUE[role], "outsider": OUTSIDER}.get(target)
    document_id = h.upload(h.sign_in(owner), b"original") if owner else new_id()
    headers = {**h.headers(role), "X-Filename": "mine.pdf"}
    response = h.client.put(f"{API}/documents/{document_id}", content=b"replacement", headers=headers)
    if owner:  # an existing file is never overwritten, whoever asks
        with h.factory() as session:
            blob = session.get(DocumentBlob, document_id)
            assert blob is not None and blob.filename == "plan.pdf", (role, target)
        assert "sha256" not in response.text or response.status_code < 300, response.text
    return response


def _attached_documents(h: Harness) -> dict[str, str]:
    """Files attached to enquiries: offered to Müller, accepted by Müller, Rossi's own."""
    if h.attached:
        return h.attached
    hugo = Pusher(h.client, HUGO)
    max_ = Pusher(h.client, "max@mueller.example")
    luca = Pusher(h.client, OUTSIDER)
    for target, author in (
        ("on_offer_to_mueller", hugo),
        ("on_accepted_offer", hugo),
        ("on_rossi_enquiry", luca),
    ):
        enquiry_id = new_id()
        author.must("create_enquiry", {"enquiry_id": enquiry_id, "last_name": "Huber"})
        document_id = h.upload(author.headers)
        author.must(
            "add_document", {"enquiry_id": enquiry_id, "document_id": document_id, "filename": "a.pdf"}
        )
        if author is hugo:
            hugo.must("offer_to_partner", {"enquiry_id": enquiry_id, "company_id": h.world.mueller.id})
        if target == "on_accepted_offer":
            max_.must("accept_offer", {"enquiry_id": enquiry_id})
        h.attached[target] = document_id
    return h.attached


def _reads_audited(h: Harness, document_id: str) -> int:
    with h.factory() as session:
        rows = session.scalars(select(AuditEntry.details).where(AuditEntry.action == "personal_data_read"))
        return sum(json.loads(d).get("document_id") == document_id for d in rows)


@scenario("GET", f"{API}/documents/{{document_id}}")
def _download(h: Harness, role: str, target: str) -> httpx.Response:
    owner = {"own": LOGIN[role], "colleague": COLLEAGUE[role], "outsider": OUTSIDER}.get(target)
    if owner:
        document_id = h.upload(h.sign_in(owner))
    elif target == "missing":
        document_id = new_id()
    else:
        document_id = _attached_documents(h)[target]
    audited = _reads_audited(h, document_id)
    response = h.client.get(f"{API}/documents/{document_id}", headers=h.headers(role))
    partner_read = response.status_code == 200 and role in PARTNER_ROLES and target.startswith("on_")
    assert _reads_audited(h, document_id) == audited + partner_read, (role, target)
    return response


# Head office's administration of companies, routes and intake keys: tests/server/matrix_admin.py.
ENDPOINTS.update(ADMIN_ENDPOINTS)
SCENARIOS.update(ADMIN_SCENARIOS)
# People administration and account self-service: tests/server/matrix_people_admin.py.
ENDPOINTS.update(PEOPLE_ADMIN_ENDPOINTS)
SCENARIOS.update(PEOPLE_ADMIN_SCENARIOS)
# Reports: tests/server/matrix_reports.py.
ENDPOINTS.update(REPORT_ENDPOINTS)
SCENARIOS.update(REPORT_SCENARIOS)
# The caller's notification preferences and read marks: tests/server/matrix_notifications.py.
ENDPOINTS.update(NOTIFICATION_ENDPOINTS)
SCENARIOS.update(NOTIFICATION_SCENARIOS)
ENDPOINTS.update(PRIVACY_ENDPOINTS)
SCENARIOS.update(PRIVACY_SCENARIOS)


# --- running the endpoint matrix -----------------------------------------------------------------


def _routes(app: FastAPI) -> set[tuple[str, str]]:
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # older FastAPI: included routes are flat in app.routes
        contexts: Any = app.routes
    else:
        contexts = iter_route_contexts(app.routes)
    routes = set()
    for route in contexts:
        for method in (getattr(route, "methods", None) or {"WEBSOCKET"}) - {"HEAD", "OPTIONS"}:
            routes.add((method, route.path))
    return routes


def test_every_route_is_in_the_matrix(app: FastAPI) -> None:
    """New endpoints cannot slip past: every route of the app needs a row in ENDPOINTS."""
    routes = _routes(app)
    assert routes - set(ENDPOINTS) == set(), "routes without authorisation expectations"
    assert set(ENDPOINTS) - routes == set(), "matrix rows for routes that no longer exist"
    assert set(SCENARIOS) == set(ENDPOINTS)


STAFF = ("hq", "agent", "staff")  # no administrator role


def test_accounts_are_written_only_under_people_administration(app: FastAPI) -> None:
    """Creating or changing people is `/admin/people...` alone, whose rows admit only the two
    administrators (the old `POST /people` and `PATCH /people/{id}` let any head-office staff)."""
    writes = {(m, p) for m, p in _routes(app) if m in ("POST", "PUT", "PATCH", "DELETE") and "/people" in p}
    assert writes and all(p.startswith(f"{API}/admin/people") for _, p in writes), sorted(writes)
    for route in writes:
        staff = [e for cells in ENDPOINTS[route].values() for r, e in cells.items() if r in STAFF]
        assert all(e == FORBIDDEN for e in staff), route


@pytest.mark.parametrize("route", sorted(ENDPOINTS), ids=lambda r: f"{r[0]} {r[1]}")
def test_endpoint_matrix(h: Harness, route: tuple[str, str]) -> None:
    problems: list[str] = []
    refusals: dict[tuple[str, int, str], set[str]] = {}
    for target, expectations in ENDPOINTS[route].items():
        assert set(expectations) == set(ROLES), (route, target)
        for role in ROLES:
            response = SCENARIOS[route](h, role, target)
            problem = mismatch(response, expectations[role])
            if problem:
                problems.append(f"{role:5} {target:24} {problem}")
            elif isinstance(expectations[role], Refused):
                error = response.json()["error"]
                refusals.setdefault((role, response.status_code, error["code"]), set()).add(response.text)
    for (role, status, code), bodies in refusals.items():
        if len(bodies) > 1:  # e.g. a foreign id must not answer differently from a missing one
            problems.append(f"{role:5} {status} {code}: differing bodies {sorted(bodies)}")
    assert not problems, f"{route[0]} {route[1]}:\n" + "\n".join(problems)
