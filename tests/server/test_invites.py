"""Invitations, password resets and changing one's own password.

invite -> a mail in the outbox (a one-time link, no password) -> accept with a password -> sign in.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.mail.outbox import MailMessage
from central.store.accounts import Person
from tests.server.helpers import (
    PASSWORD,
    Factory,
    TestClient,
    World,
    assert_error,
    bearer,
    login,
    login_session,
)

ADMIN = "/api/v1/admin/people"
ACCEPT = "/api/v1/auth/accept-invite"
CHANGE = "/api/v1/auth/password"
NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
NEW_PASSWORD = "a brand new passphrase"


@pytest.fixture
def clock(app: FastAPI) -> list[datetime]:
    """The server's clock: set `clock[0]` to move it."""
    now = [NOW]
    app.state.clock = lambda: now[0]
    return now


def _mails(factory: sessionmaker[Session], to: str) -> list[MailMessage]:
    with factory() as session:
        return list(
            session.scalars(
                select(MailMessage).where(MailMessage.to_address == to).order_by(MailMessage.created_at)
            )
        )


def _token(mail: MailMessage) -> str:
    found = re.search(r"accept-invite\?token=([A-Za-z0-9_-]+)", mail.body_text)
    assert found, mail.body_text
    return found.group(1)


def _invite(client: TestClient, world: World, login_: str = "neu@mueller.example") -> dict[str, object]:
    body = {
        "company_id": world.mueller.id,
        "login": login_,
        "display_name": "Nina Neu",
        "roles": ["partner_staff"],
    }
    response = client.post(ADMIN, json=body, headers=login(client, world.max.login))
    assert response.status_code == 201, response.text
    person: dict[str, object] = response.json()["person"]
    return person


def test_invite_mail_accept_and_sign_in(
    client: TestClient, world: World, clock: list[datetime], session_factory: sessionmaker[Session]
) -> None:
    person = _invite(client, world)
    assert person["invite_pending"] is True
    (mail,) = _mails(session_factory, "neu@mueller.example")
    assert mail.kind == "account_invite" and mail.to_name == "Nina Neu"
    assert "neu@mueller.example" in mail.body_text and "Fenster Müller GmbH" in mail.body_text
    assert "password:" not in mail.body_text.lower()
    token = _token(mail)
    # nothing signs in before the invitation is accepted
    body = {"login": "neu@mueller.example", "password": NEW_PASSWORD, "client_id": "x"}
    assert_error(client.post("/api/v1/auth/login", json=body), 401, "invalid_credentials")
    assert_error(client.post(ACCEPT, json={"token": token, "password": "short"}), 422, "invalid_request")
    accepted = client.post(ACCEPT, json={"token": token, "password": NEW_PASSWORD})
    assert accepted.status_code == 200, accepted.text
    assert accepted.json() == {"login": "neu@mueller.example", "display_name": "Nina Neu"}
    session = login_session(client, "neu@mueller.example", NEW_PASSWORD)
    assert session["user"]["roles"] == ["partner_staff"]
    # the link works once
    again = client.post(ACCEPT, json={"token": token, "password": "another passphrase"})
    assert_error(again, 400, "invite_invalid")
    unknown = client.post(ACCEPT, json={"token": "nonsense", "password": "another passphrase"})
    assert again.json() == unknown.json()
    listed = client.get(ADMIN, headers=login(client, world.max.login)).json()
    assert next(p for p in listed if p["id"] == person["id"])["invite_pending"] is False


def test_an_invitation_expires(
    client: TestClient, world: World, clock: list[datetime], session_factory: sessionmaker[Session]
) -> None:
    _invite(client, world)
    token = _token(_mails(session_factory, "neu@mueller.example")[0])
    clock[0] = NOW + timedelta(days=7, seconds=1)
    assert_error(client.post(ACCEPT, json={"token": token, "password": NEW_PASSWORD}), 400, "invite_invalid")


def test_a_deactivated_person_cannot_accept(
    client: TestClient, world: World, clock: list[datetime], session_factory: sessionmaker[Session]
) -> None:
    person = _invite(client, world)
    token = _token(_mails(session_factory, "neu@mueller.example")[0])
    admin = login(client, world.max.login)
    assert client.post(f"{ADMIN}/{person['id']}/deactivate", headers=admin).status_code == 200
    assert_error(client.post(ACCEPT, json={"token": token, "password": NEW_PASSWORD}), 400, "invite_invalid")


def test_reset_password_mails_a_new_link_and_voids_the_old_one(
    client: TestClient, world: World, clock: list[datetime], session_factory: sessionmaker[Session]
) -> None:
    eva = login_session(client, world.eva.login)
    admin = login(client, world.max.login)
    for _ in range(2):
        response = client.post(f"{ADMIN}/{world.eva.id}/reset-password", headers=admin)
        assert response.status_code == 204, response.text
    first, second = _mails(session_factory, world.eva.login)
    assert first.kind == second.kind == "account_reset"
    assert_error(
        client.post(ACCEPT, json={"token": _token(first), "password": NEW_PASSWORD}), 400, "invite_invalid"
    )
    # the old password still works until the link is used
    login_session(client, world.eva.login)
    assert client.post(ACCEPT, json={"token": _token(second), "password": NEW_PASSWORD}).status_code == 200
    # every device of Eva is signed out; the old password is gone
    refreshed = client.post("/api/v1/auth/refresh", json={"refresh_token": eva["refresh_token"]})
    assert_error(refreshed, 401, "device_revoked")
    body = {"login": world.eva.login, "password": PASSWORD, "client_id": "x"}
    assert_error(client.post("/api/v1/auth/login", json=body), 401, "invalid_credentials")
    login_session(client, world.eva.login, NEW_PASSWORD)


def test_change_own_password(client: TestClient, world: World, make: Factory) -> None:
    here = login_session(client, world.sofia.login, client_id="here")
    elsewhere = login_session(client, world.sofia.login, client_id="elsewhere")
    headers = bearer(here["access_token"])
    wrong = client.post(CHANGE, json={"current": "not my password", "new": NEW_PASSWORD}, headers=headers)
    assert_error(wrong, 403, "wrong_password")
    short = client.post(CHANGE, json={"current": PASSWORD, "new": "short"}, headers=headers)
    assert_error(short, 422, "invalid_request")
    assert "new" in short.json()["error"]["message"]
    same = client.post(CHANGE, json={"current": PASSWORD, "new": PASSWORD}, headers=headers)
    assert_error(same, 422, "same_password")
    assert_error(client.post(CHANGE, json={"current": PASSWORD}, headers=headers), 422, "invalid_request")
    assert_error(
        client.post(CHANGE, json={"current": PASSWORD, "new": NEW_PASSWORD}), 401, "not_authenticated"
    )
    done = client.post(CHANGE, json={"current": PASSWORD, "new": NEW_PASSWORD}, headers=headers)
    assert done.status_code == 204, done.text
    # this device keeps working, the other one is signed out
    assert client.get("/api/v1/auth/devices", headers=headers).status_code == 200
    refreshed = client.post("/api/v1/auth/refresh", json={"refresh_token": elsewhere["refresh_token"]})
    assert_error(refreshed, 401, "device_revoked")
    login_session(client, world.sofia.login, NEW_PASSWORD)
    body = {"login": world.sofia.login, "password": PASSWORD, "client_id": "x"}
    assert_error(client.post("/api/v1/auth/login", json=body), 401, "invalid_credentials")


def test_password_hash_is_argon2(
    client: TestClient, world: World, session_factory: sessionmaker[Session]
) -> None:
    headers = login(client, world.sofia.login)
    assert (
        client.post(CHANGE, json={"current": PASSWORD, "new": NEW_PASSWORD}, headers=headers).status_code
        == 204
    )
    with session_factory() as session:
        person = session.get(Person, world.sofia.id)
        assert person is not None and person.password_hash.startswith("$argon2")
