"""Authorisation matrix rows of head office's administration of companies, routes and intake keys
(merged into test_authorization_matrix.py's ENDPOINTS and SCENARIOS).

Only the head-office administrator (`hqadmin`, Ida) may use these endpoints; everyone else signed
in gets 403 whatever the id, anonymous callers 401. For Ida a missing id and one that is not of
the kind administered (head office's own id as a partner) answer the same 404.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
from sqlalchemy.orm import Session, sessionmaker

from central.store.accounts import ApiKey, Company
from central.store.admin_routes import create_route
from central.store.routes import RouteRow
from tests.server.matrix_helpers import (
    API,
    CREATED,
    FORBIDDEN,
    NOT_FOUND,
    OK,
    T0,
    Expect,
    Harness,
    by_role,
    new_id,
)

ADMIN = f"{API}/admin"
COMPANIES = f"{ADMIN}/companies"
ROUTES = f"{ADMIN}/routes"
KEYS = f"{ADMIN}/intake-keys"


def admin_only(allowed: Expect) -> dict[str, Expect]:
    return by_role(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, hqadmin=allowed)


BY_ID = {"own": admin_only(OK), "missing": admin_only(NOT_FOUND)}
COMPANY_BY_ID = {**BY_ID, "head_office": admin_only(NOT_FOUND)}

ADMIN_ENDPOINTS: dict[tuple[str, str], dict[str, dict[str, Expect]]] = {
    ("GET", COMPANIES): {"-": admin_only(OK)},
    ("POST", COMPANIES): {"-": admin_only(CREATED)},
    ("GET", f"{COMPANIES}/{{company_id}}"): COMPANY_BY_ID,
    ("PATCH", f"{COMPANIES}/{{company_id}}"): COMPANY_BY_ID,
    ("POST", f"{COMPANIES}/{{company_id}}/deactivate"): COMPANY_BY_ID,
    ("POST", f"{COMPANIES}/{{company_id}}/reactivate"): COMPANY_BY_ID,
    ("GET", ROUTES): {"-": admin_only(OK)},
    ("POST", ROUTES): {"-": admin_only(CREATED)},
    ("POST", f"{ROUTES}/preview"): {"-": admin_only(OK)},
    ("GET", f"{ROUTES}/{{route_id}}"): BY_ID,
    ("PATCH", f"{ROUTES}/{{route_id}}"): BY_ID,
    ("POST", f"{ROUTES}/{{route_id}}/deactivate"): BY_ID,
    ("GET", KEYS): {"-": admin_only(OK)},
    ("POST", KEYS): {"-": admin_only(CREATED)},
    ("POST", f"{KEYS}/{{key_id}}/revoke"): BY_ID,
}

Scenario = Callable[[Harness, str, str], httpx.Response]
ADMIN_SCENARIOS: dict[tuple[str, str], Scenario] = {}


def scenario(method: str, path: str) -> Callable[[Scenario], Scenario]:
    def register(fn: Scenario) -> Scenario:
        ADMIN_SCENARIOS[(method, path)] = fn
        return fn

    return register


def _fresh_partner(h: Harness, *, active: bool = True) -> str:
    """A partner of its own per request: deactivating Müller would lock Max and Eva out."""
    return h.make.company(f"Matrix Partner {h.next()}", postcode_ranges=["90000-90999"], active=active).id


def _company(h: Harness, target: str, *, active: bool = True) -> str:
    if target == "own":
        return _fresh_partner(h, active=active)
    return h.world.hq.id if target == "head_office" else new_id()


def _route(h: Harness, target: str) -> str:
    if target == "missing":
        return new_id()
    factory: sessionmaker[Session] = h.factory
    with factory.begin() as session:
        row = create_route(
            session,
            name=f"Matrix route {h.next()}",
            country="DE",
            postcode_ranges=["80000-87999"],
            chain=[{"kind": "partner", "company_id": h.world.mueller.id}],
            owner_person_id=h.world.anna.id,
            now=T0,
        )
        return row.id


def _key(h: Harness, target: str) -> str:
    return new_id() if target == "missing" else h.make.api_key(f"matrix-admin-key-{h.next()}").id


def _stored(h: Harness, model: type[Company] | type[RouteRow] | type[ApiKey], row_id: str) -> object | None:
    with h.factory() as session:
        return session.get(model, row_id)


@scenario("GET", COMPANIES)
def _list_companies(h: Harness, role: str, target: str) -> httpx.Response:
    return h.client.get(COMPANIES, headers=h.headers(role))


@scenario("POST", COMPANIES)
def _create_company(h: Harness, role: str, target: str) -> httpx.Response:
    body = {"name": f"New Partner {h.next()}", "country": "AT", "timezone": "Europe/Vienna"}
    return h.client.post(COMPANIES, json=body, headers=h.headers(role))


@scenario("GET", f"{COMPANIES}/{{company_id}}")
def _get_company(h: Harness, role: str, target: str) -> httpx.Response:
    return h.client.get(f"{COMPANIES}/{_company(h, target)}", headers=h.headers(role))


@scenario("PATCH", f"{COMPANIES}/{{company_id}}")
def _update_company(h: Harness, role: str, target: str) -> httpx.Response:
    company_id = _company(h, target)
    name = f"Renamed {h.next()}"
    response = h.client.patch(f"{COMPANIES}/{company_id}", json={"name": name}, headers=h.headers(role))
    stored = _stored(h, Company, company_id)
    renamed = isinstance(stored, Company) and stored.name == name
    assert renamed == (response.status_code == 200), (role, target, response.text)
    return response


@scenario("POST", f"{COMPANIES}/{{company_id}}/deactivate")
def _deactivate_company(h: Harness, role: str, target: str) -> httpx.Response:
    company_id = _company(h, target)
    response = h.client.post(f"{COMPANIES}/{company_id}/deactivate", headers=h.headers(role))
    stored = _stored(h, Company, company_id)
    if isinstance(stored, Company):
        assert stored.active == (response.status_code != 200), (role, target, response.text)
    return response


@scenario("GET", ROUTES)
def _list_routes(h: Harness, role: str, target: str) -> httpx.Response:
    return h.client.get(ROUTES, headers=h.headers(role))


@scenario("POST", ROUTES)
def _create_route(h: Harness, role: str, target: str) -> httpx.Response:
    body = {
        "name": f"Route {h.next()}",
        "country": "DE",
        "postcode_prefixes": ["8"],
        "chain": [{"kind": "partner", "company_id": h.world.mueller.id}],
        "owner_person_id": h.world.anna.id,
    }
    return h.client.post(ROUTES, json=body, headers=h.headers(role))


@scenario("POST", f"{ROUTES}/preview")
def _preview(h: Harness, role: str, target: str) -> httpx.Response:
    body = {"country": "DE", "postcode": "80331", "product_interest": "Fenster"}
    return h.client.post(f"{ROUTES}/preview", json=body, headers=h.headers(role))


@scenario("GET", f"{ROUTES}/{{route_id}}")
def _get_route(h: Harness, role: str, target: str) -> httpx.Response:
    return h.client.get(f"{ROUTES}/{_route(h, target)}", headers=h.headers(role))


@scenario("PATCH", f"{ROUTES}/{{route_id}}")
def _update_route(h: Harness, role: str, target: str) -> httpx.Response:
    route_id = _route(h, target)
    response = h.client.patch(f"{ROUTES}/{route_id}", json={"priority": 7}, headers=h.headers(role))
    stored = _stored(h, RouteRow, route_id)
    changed = isinstance(stored, RouteRow) and stored.priority == 7
    assert changed == (response.status_code == 200), (role, target, response.text)
    return response


@scenario("POST", f"{ROUTES}/{{route_id}}/deactivate")
def _deactivate_route(h: Harness, role: str, target: str) -> httpx.Response:
    route_id = _route(h, target)
    response = h.client.post(f"{ROUTES}/{route_id}/deactivate", headers=h.headers(role))
    stored = _stored(h, RouteRow, route_id)
    if isinstance(stored, RouteRow):
        assert stored.active == (response.status_code != 200), (role, target, response.text)
    return response


@scenario("GET", KEYS)
def _list_keys(h: Harness, role: str, target: str) -> httpx.Response:
    return h.client.get(KEYS, headers=h.headers(role))


@scenario("POST", KEYS)
def _create_key(h: Harness, role: str, target: str) -> httpx.Response:
    return h.client.post(KEYS, json={"label": f"Key {h.next()}"}, headers=h.headers(role))


@scenario("POST", f"{KEYS}/{{key_id}}/revoke")
def _revoke_key(h: Harness, role: str, target: str) -> httpx.Response:
    key_id = _key(h, target)
    response = h.client.post(f"{KEYS}/{key_id}/revoke", headers=h.headers(role))
    stored = _stored(h, ApiKey, key_id)
    if isinstance(stored, ApiKey):
        assert stored.active == (response.status_code != 200), (role, target, response.text)
    return response


@scenario("POST", f"{COMPANIES}/{{company_id}}/reactivate")
def _reactivate_company(h: Harness, role: str, target: str) -> httpx.Response:
    company_id = _company(h, target, active=False)
    response = h.client.post(f"{COMPANIES}/{company_id}/reactivate", headers=h.headers(role))
    stored = _stored(h, Company, company_id)
    if isinstance(stored, Company) and company_id != h.world.hq.id:
        assert stored.active == (response.status_code == 200), (role, target, response.text)
    return response
