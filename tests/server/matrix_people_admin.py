"""Authorisation matrix rows of people administration and account self-service (merged into
test_authorization_matrix.py's ENDPOINTS and SCENARIOS).

`/admin/people...`: head office's administrator (`hqadmin`, Ida) manages everyone, the partner
administrator (`admin`, Max) only Müller's people: Rossi's person answers exactly like a missing
one (404). Staff without an administrator role get 403 whatever the id, anonymous callers 401.
`/auth/accept-invite` needs no sign-in (the token is the proof); `/auth/password` is everyone's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import httpx
from sqlalchemy import select

from central.mail.outbox import MailMessage
from central.store import admin_people
from central.store.accounts import Person
from tests.server.helpers import PASSWORD
from tests.server.matrix_helpers import (
    API,
    COLLEAGUE,
    CREATED,
    FORBIDDEN,
    LOGIN,
    NO_CONTENT,
    NOT_FOUND,
    OK,
    OUTSIDER,
    T0,
    Expect,
    Harness,
    Refused,
    by_role,
    everyone,
    new_id,
)

PEOPLE = f"{API}/admin/people"
BY_PERSON = f"{PEOPLE}/{{person_id}}"


def admins(partner: Expect, head_office: Expect) -> dict[str, Expect]:
    """Only the two administrators get past the role check."""
    return by_role(FORBIDDEN, FORBIDDEN, partner, FORBIDDEN, hqadmin=head_office)


def per_person(allowed: Expect, on_self: Expect | None = None) -> dict[str, dict[str, Expect]]:
    return {
        "self": admins(on_self or allowed, on_self or allowed),
        "colleague": admins(allowed, allowed),
        "outsider": admins(NOT_FOUND, allowed),  # Rossi's person: Max sees no difference to a missing id
        "missing": admins(NOT_FOUND, NOT_FOUND),
    }


OWN_ACCOUNT = Refused(409, "own_account")
INVITE_INVALID = Refused(400, "invite_invalid")

PEOPLE_ADMIN_ENDPOINTS: dict[tuple[str, str], dict[str, dict[str, Expect]]] = {
    ("GET", PEOPLE): {  # target: the company asked for
        "own": admins(OK, OK),
        "outsider": admins(NOT_FOUND, OK),
        "missing": admins(NOT_FOUND, NOT_FOUND),
    },
    ("POST", PEOPLE): {  # target: the company the new account is for
        "own": admins(CREATED, CREATED),
        "outsider": admins(NOT_FOUND, CREATED),
        "missing": admins(NOT_FOUND, NOT_FOUND),
    },
    ("GET", BY_PERSON): per_person(OK),
    ("PATCH", BY_PERSON): per_person(OK),
    ("POST", f"{BY_PERSON}/deactivate"): per_person(OK, on_self=OWN_ACCOUNT),
    ("POST", f"{BY_PERSON}/reactivate"): per_person(OK),
    ("POST", f"{BY_PERSON}/reset-password"): per_person(NO_CONTENT),
    ("GET", f"{BY_PERSON}/held"): per_person(OK),
    ("POST", f"{BY_PERSON}/hand-over"): per_person(OK),
    ("POST", f"{API}/auth/accept-invite"): {
        "valid": everyone(OK, anon=OK),
        "spent": everyone(INVITE_INVALID, anon=INVITE_INVALID),
        "unknown": everyone(INVITE_INVALID, anon=INVITE_INVALID),
    },
    ("POST", f"{API}/auth/password"): {"-": everyone(NO_CONTENT)},
}

Scenario = Callable[[Harness, str, str], httpx.Response]
PEOPLE_ADMIN_SCENARIOS: dict[tuple[str, str], Scenario] = {}


def scenario(method: str, path: str) -> Callable[[Scenario], Scenario]:
    def register(fn: Scenario) -> Scenario:
        PEOPLE_ADMIN_SCENARIOS[(method, path)] = fn
        return fn

    return register


def _company(h: Harness, role: str, target: str) -> str:
    return {
        "own": lambda: h.company_of(LOGIN[role]),
        "outsider": lambda: h.world.rossi.id,
        "missing": new_id,
    }[target]()


def _person(h: Harness, role: str, target: str) -> str:
    return {
        "self": lambda: h.person_id(LOGIN[role]),
        "colleague": lambda: h.person_id(COLLEAGUE[role]),
        "outsider": lambda: h.person_id(OUTSIDER),
        "missing": new_id,
    }[target]()


def _someone_else(h: Harness, person_id: str) -> str:
    """An active colleague of `person_id` (anyone for a missing id)."""
    person = next((p for p in h.people.values() if p.id == person_id), None)
    if person is None:
        return h.person_id(OUTSIDER)
    return next(p.id for p in h.people.values() if p.company_id == person.company_id and p.id != person_id)


@scenario("GET", PEOPLE)
def _list(h: Harness, role: str, target: str) -> httpx.Response:
    params = {} if target == "own" else {"company_id": _company(h, role, target)}
    return h.client.get(PEOPLE, params=params, headers=h.headers(role))


@scenario("POST", PEOPLE)
def _add(h: Harness, role: str, target: str) -> httpx.Response:
    company = _company(h, role, target)
    roles = ["agent"] if company == h.world.hq.id else ["partner_staff"]
    login = f"invited{h.next()}@example.test"
    body = {"company_id": company, "login": login, "display_name": "Invited", "roles": roles}
    response = h.client.post(PEOPLE, json=body, headers=h.headers(role))
    with h.factory() as session:
        created = session.scalar(select(Person.id).where(Person.login == login)) is not None
        mailed = session.scalar(select(MailMessage.id).where(MailMessage.to_address == login)) is not None
    assert created == mailed == (response.status_code == 201), (role, target, response.text)
    return response


@scenario("GET", BY_PERSON)
def _get(h: Harness, role: str, target: str) -> httpx.Response:
    return h.client.get(f"{PEOPLE}/{_person(h, role, target)}", headers=h.headers(role))


@scenario("PATCH", BY_PERSON)
def _patch(h: Harness, role: str, target: str) -> httpx.Response:
    person_id = _person(h, role, target)
    name = f"Renamed {h.next()}"
    response = h.client.patch(f"{PEOPLE}/{person_id}", json={"display_name": name}, headers=h.headers(role))
    with h.factory() as session:
        person = session.get(Person, person_id)
        renamed = person is not None and person.display_name == name
    assert renamed == (response.status_code == 200), (role, target, response.text)
    return response


@scenario("POST", f"{BY_PERSON}/deactivate")
def _deactivate(h: Harness, role: str, target: str) -> httpx.Response:
    person_id = _person(h, role, target)
    response = h.client.post(f"{PEOPLE}/{person_id}/deactivate", headers=h.headers(role))
    with h.factory.begin() as session:
        person = session.get(Person, person_id)
        assert (person is not None and not person.active) == (response.status_code == 200), (role, target)
        if person is not None and not person.active:  # restore the world: active, signed in anew
            admin_people.set_active(session, person_id=person_id, active=True, now=T0)
            h._headers.clear()
    return response


@scenario("POST", f"{BY_PERSON}/reactivate")
def _reactivate(h: Harness, role: str, target: str) -> httpx.Response:
    return h.client.post(f"{PEOPLE}/{_person(h, role, target)}/reactivate", headers=h.headers(role))


def _resets(h: Harness) -> int:
    with h.factory() as session:
        return len(list(session.scalars(select(MailMessage.id).where(MailMessage.kind == "account_reset"))))


@scenario("POST", f"{BY_PERSON}/reset-password")
def _reset(h: Harness, role: str, target: str) -> httpx.Response:
    person_id = _person(h, role, target)
    count = _resets(h)
    response = h.client.post(f"{PEOPLE}/{person_id}/reset-password", headers=h.headers(role))
    assert _resets(h) == count + (response.status_code == 204), (role, target, response.text)
    return response


@scenario("GET", f"{BY_PERSON}/held")
def _held(h: Harness, role: str, target: str) -> httpx.Response:
    return h.client.get(f"{PEOPLE}/{_person(h, role, target)}/held", headers=h.headers(role))


@scenario("POST", f"{BY_PERSON}/hand-over")
def _hand_over(h: Harness, role: str, target: str) -> httpx.Response:
    person_id = _person(h, role, target)
    body = {"to_person_id": _someone_else(h, person_id)}
    return h.client.post(f"{PEOPLE}/{person_id}/hand-over", json=body, headers=h.headers(role))


def _invite_token(h: Harness) -> str:
    """A fresh invitation's token, read from its mail."""
    with h.factory.begin() as session:
        answer = admin_people.add_person(
            session,
            company_id=h.world.mueller.id,
            login=f"token{h.next()}@example.test",
            display_name="Token",
            roles=["partner_staff"],
            now=T0,
        )
        session.flush()
        mail = session.get(MailMessage, answer.invite_mail_id)
        assert mail is not None
        found = re.search(r"token=([A-Za-z0-9_-]+)", mail.body_text)
        assert found is not None
        return found.group(1)


@scenario("POST", f"{API}/auth/accept-invite")
def _accept(h: Harness, role: str, target: str) -> httpx.Response:
    token = "not-a-token" if target == "unknown" else _invite_token(h)
    body = {"token": token, "password": "a long new password"}
    if target == "spent":
        assert h.client.post(f"{API}/auth/accept-invite", json=body).status_code == 200
    return h.client.post(f"{API}/auth/accept-invite", json=body, headers=h.headers(role))


@scenario("POST", f"{API}/auth/password")
def _change_password(h: Harness, role: str, target: str) -> httpx.Response:
    headers = {} if role == "anon" else h.sign_in(LOGIN[role])
    new = "another long password"
    response = h.client.post(f"{API}/auth/password", json={"current": PASSWORD, "new": new}, headers=headers)
    if response.status_code == 204:  # back to the world's password; other devices were signed out
        back = h.client.post(f"{API}/auth/password", json={"current": new, "new": PASSWORD}, headers=headers)
        assert back.status_code == 204, back.text
        h._headers.clear()
    return response
