"""Throttled sign-in (issue 14, point 4): failed proofs counted per account and per address.

50 wrong passwords, for a login that exists and one that does not, answer alike (status, body
but for its numbers, headers), 429 with Retry-After past the threshold; the right password is
refused while throttled and works after the wait; other accounts and other addresses are not
caught by one account's failures. The windows move with the server's fake clock, no sleeping.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from central.api.throttle import address_of
from central.app import create_app
from central.config import Settings
from central.mail.outbox import MailMessage
from central.store.throttle import DatabaseStorage, ThrottleHit
from tests.server.helpers import (
    PASSWORD,
    TestClient,
    World,
    assert_error,
    bearer,
    login_session,
)

LOGIN = "/api/v1/auth/login"
ACCEPT = "/api/v1/auth/accept-invite"
CHANGE = "/api/v1/auth/password"
T0 = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
ACCOUNT_WINDOW = timedelta(minutes=15)  # the defaults: 5 per 15 minutes; 20 per day
NEW_PASSWORD = "a brand new passphrase"


class Clock:
    """The server's clock for one test: `clock.advance(seconds=...)` moves every window."""

    def __init__(self, app: FastAPI) -> None:
        self.now = T0
        app.state.clock = lambda: self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(app: FastAPI) -> Clock:
    return Clock(app)


@pytest.fixture
def from_address(app: FastAPI, client: TestClient) -> Iterator[Callable[[str], TestClient]]:
    """A client of the same server calling from another address (`client` runs the lifespan)."""
    opened: list[TestClient] = []

    def make(host: str) -> TestClient:
        other = TestClient(app, client=(host, 40000))
        opened.append(other)
        return other

    yield make
    for other in opened:
        other.close()


def _login(client: TestClient, login: str, password: str) -> httpx.Response:
    return client.post(LOGIN, json={"login": login, "password": password, "client_id": "c"})


def _shape(response: httpx.Response) -> tuple[object, ...]:
    """What may not differ between a known and an unknown login: the numbers aside, everything."""
    body = re.sub(r"\d+", "N", response.text)
    headers = sorted(response.headers.keys())
    return response.status_code, body, headers


def _retry_after(response: httpx.Response) -> int:
    error = assert_error(response, 429, "too_many_attempts")
    seconds = int(response.headers["Retry-After"])
    assert error["retry_after"] == seconds >= 1
    return seconds


class HashChecks:
    """Counts argon2 verifications: the time a sign-in answer takes is mostly one of them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        original = PasswordHasher.verify

        def counting(hasher: PasswordHasher, *args: Any, **kwargs: Any) -> Any:
            self.count += 1
            return original(hasher, *args, **kwargs)

        monkeypatch.setattr(PasswordHasher, "verify", counting)

    def during(self, call: Callable[[], httpx.Response]) -> tuple[httpx.Response, int]:
        before = self.count
        response = call()
        return response, self.count - before


# --- 50 wrong passwords ------------------------------------------------------------------------


def test_fifty_wrong_passwords_are_throttled_alike_for_a_known_and_an_unknown_login(
    client: TestClient,
    world: World,
    clock: Clock,
    from_address: Callable[[str], TestClient],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    checks = HashChecks(monkeypatch)
    seen: dict[str, list[tuple[object, ...]]] = {}
    for login, host in (("eva@mueller.example", "198.51.100.1"), ("nobody@mueller.example", "198.51.100.2")):
        caller = from_address(host)
        answers = []
        for _ in range(50):
            answer, hashed = checks.during(lambda c=caller, lg=login: _login(c, lg, "wrong password"))
            answers.append((answer, hashed))
            clock.advance(seconds=1)
        for number, (answer, hashed) in enumerate(answers, start=1):
            if number <= 5:
                assert_error(answer, 401, "invalid_credentials")
                assert "retry-after" not in answer.headers
                assert hashed == 1, "a password hash is checked, for an unknown login too"
            else:
                assert 15 * 60 - 50 <= _retry_after(answer) <= 15 * 60
                assert hashed == 0, "throttled: answered before any account is looked up"
        seen[login] = [_shape(answer) for answer, _ in answers]
        clock.now = T0  # the same moments for the second login
    assert seen["eva@mueller.example"] == seen["nobody@mueller.example"], "no account enumeration"


def test_the_right_password_is_refused_while_throttled_and_works_after_the_wait(
    client: TestClient, world: World, clock: Clock
) -> None:
    for _ in range(5):
        assert_error(_login(client, "eva@mueller.example", "wrong"), 401, "invalid_credentials")
    refused = _login(client, "eva@mueller.example", PASSWORD)
    wait = _retry_after(refused)
    assert wait == ACCOUNT_WINDOW.total_seconds()
    body = refused.json()["error"]
    assert set(body) == {"code", "message", "retry_after"} and str(wait) in body["message"]

    clock.advance(seconds=wait - 1)
    assert _retry_after(_login(client, "  EVA@mueller.example ", PASSWORD)) == 1, "the login as typed"
    clock.advance(seconds=1)
    assert login_session(client, "eva@mueller.example")["user"]["id"] == world.eva.id


def test_a_successful_sign_in_resets_the_accounts_count(
    client: TestClient, world: World, clock: Clock
) -> None:
    for _ in range(4):
        assert_error(_login(client, "eva@mueller.example", "wrong"), 401, "invalid_credentials")
    login_session(client, "eva@mueller.example")
    for _ in range(5):  # five more before the account is throttled again, not one
        assert_error(_login(client, "eva@mueller.example", "wrong"), 401, "invalid_credentials")
    _retry_after(_login(client, "eva@mueller.example", PASSWORD))


def test_who_keeps_guessing_waits_longer(client: TestClient, world: World, clock: Clock) -> None:
    """After each wait five more tries, until the day's 20 are spent: then the wait is a day's."""
    waits = []
    for _ in range(4):
        for _ in range(5):
            assert_error(_login(client, "eva@mueller.example", "wrong"), 401, "invalid_credentials")
        wait = _retry_after(_login(client, "eva@mueller.example", "wrong"))  # not counted
        waits.append(wait)
        clock.advance(seconds=wait)
    assert waits[:3] == [15 * 60] * 3
    assert waits[3] == 24 * 3600 - 3 * 15 * 60, "until the first failure leaves the day's window"
    clock.advance(seconds=-1)
    assert _retry_after(_login(client, "eva@mueller.example", PASSWORD)) == 1
    clock.advance(seconds=1)
    login_session(client, "eva@mueller.example")


# --- accounts and addresses --------------------------------------------------------------------


def test_one_accounts_failures_throttle_that_account_everywhere_and_nobody_else(
    client: TestClient, world: World, clock: Clock, from_address: Callable[[str], TestClient]
) -> None:
    here, elsewhere = from_address("198.51.100.7"), from_address("203.0.113.9")
    for _ in range(5):
        assert_error(_login(here, "eva@mueller.example", "wrong"), 401, "invalid_credentials")
    _retry_after(_login(here, "eva@mueller.example", PASSWORD))
    assert _retry_after(_login(elsewhere, "eva@mueller.example", PASSWORD)), "per account, any address"
    # The same address signs other people in: its five failures are far from its limit.
    assert login_session(here, "max@mueller.example")["user"]["id"] == world.max.id
    assert login_session(elsewhere, "sofia@rossi.example")["user"]["id"] == world.sofia.id


def test_many_logins_from_one_address_throttle_that_address_only(
    client: TestClient, world: World, clock: Clock, from_address: Callable[[str], TestClient]
) -> None:
    sprayer, colleague = from_address("198.51.100.20"), from_address("198.51.100.21")
    for number in range(20):  # 4 each for 5 logins: no account reaches its limit
        answer = _login(sprayer, f"guess{number % 5}@mueller.example", "wrong")
        assert_error(answer, 401, "invalid_credentials")
    _retry_after(_login(sprayer, "max@mueller.example", PASSWORD))
    _retry_after(_login(sprayer, "guess0@mueller.example", "wrong"))
    assert login_session(colleague, "max@mueller.example")["user"]["id"] == world.max.id
    assert_error(_login(colleague, "guess0@mueller.example", "wrong"), 401, "invalid_credentials")
    clock.advance(minutes=15)
    login_session(sprayer, "max@mueller.example")


def test_an_ipv6_client_counts_with_its_whole_64(
    client: TestClient, world: World, clock: Clock, from_address: Callable[[str], TestClient]
) -> None:
    for number in range(20):
        caller = from_address(f"2001:db8:1:2::{number + 1:x}")
        assert_error(_login(caller, f"guess{number % 5}@x.example", "wrong"), 401, "invalid_credentials")
    _retry_after(_login(from_address("2001:db8:1:2:ffff::1"), "max@mueller.example", PASSWORD))
    login_session(from_address("2001:db8:1:3::1"), "max@mueller.example")


def test_addresses_as_counted() -> None:
    class Request:
        def __init__(self, host: str | None) -> None:
            self.client = type("C", (), {"host": host})() if host is not None else None

    assert address_of(Request("192.0.2.4")) == "192.0.2.4"  # type: ignore[arg-type]
    assert address_of(Request("::ffff:192.0.2.4")) == "192.0.2.4"  # type: ignore[arg-type]
    assert address_of(Request("2001:db8::1:2:3:4")) == "2001:db8::/64"  # type: ignore[arg-type]
    assert address_of(Request("testclient")) == "testclient"  # type: ignore[arg-type]
    assert address_of(Request(None)) == "unknown"  # type: ignore[arg-type]


# --- invitations and one's own password ----------------------------------------------------------


def test_invalid_invitation_codes_count_per_address(
    client: TestClient, world: World, clock: Clock, from_address: Callable[[str], TestClient]
) -> None:
    prober, other = from_address("198.51.100.30"), from_address("198.51.100.31")
    body = {"token": "not-a-code", "password": NEW_PASSWORD}
    for _ in range(20):
        assert_error(prober.post(ACCEPT, json=body), 400, "invite_invalid")
    _retry_after(prober.post(ACCEPT, json=body))
    assert _retry_after(_login(prober, "max@mueller.example", PASSWORD)), "one budget per address"
    assert_error(other.post(ACCEPT, json=body), 400, "invite_invalid")


def test_accepting_a_reset_lets_a_throttled_person_in_at_once(
    client: TestClient, world: World, clock: Clock, session_factory: sessionmaker[Session]
) -> None:
    from central.store import invites
    from central.store.accounts import Person

    for _ in range(5):
        _login(client, "eva@mueller.example", "wrong")
    _retry_after(_login(client, "eva@mueller.example", PASSWORD))
    with session_factory() as session:  # what an administrator's "reset password" mails
        eva = session.get(Person, world.eva.id)
        assert eva is not None
        invites.issue(session, person=eva, purpose=invites.RESET, now=clock.now)
        session.commit()
        mail = session.scalars(select(MailMessage.body_text).where(MailMessage.to_address == eva.login)).one()
    token = re.search(r"token=([A-Za-z0-9_-]+)", mail)
    assert token
    accepted = client.post(ACCEPT, json={"token": token.group(1), "password": NEW_PASSWORD})
    assert accepted.status_code == 200, accepted.text
    login_session(client, "eva@mueller.example", NEW_PASSWORD)


def test_wrong_current_passwords_throttle_the_account(client: TestClient, world: World, clock: Clock) -> None:
    headers = bearer(login_session(client, "sofia@rossi.example")["access_token"])
    wrong = {"current": "not my password", "new": NEW_PASSWORD}
    for _ in range(5):
        assert_error(client.post(CHANGE, json=wrong, headers=headers), 403, "wrong_password")
    right = {"current": PASSWORD, "new": NEW_PASSWORD}
    wait = _retry_after(client.post(CHANGE, json=right, headers=headers))
    assert _retry_after(_login(client, "sofia@rossi.example", PASSWORD)), "the same account's count"
    clock.advance(seconds=wait)
    assert_error(
        client.post(CHANGE, json={"current": PASSWORD, "new": PASSWORD}, headers=headers),
        422,
        "same_password",
    )
    assert client.post(CHANGE, json=right, headers=headers).status_code == 204
    login_session(client, "sofia@rossi.example", NEW_PASSWORD)


# --- the storage: shared, atomic, tidy, keyed hashes only ----------------------------------------


def test_every_server_process_sees_the_same_counts(
    settings: Settings, engine: Engine, client: TestClient, world: World, clock: Clock
) -> None:
    other_process = create_app(settings, engine=engine)
    other_process.state.clock = lambda: clock.now
    with TestClient(other_process) as second:
        for caller in (client, second, client, second, client):
            assert_error(_login(caller, "eva@mueller.example", "wrong"), 401, "invalid_credentials")
        _retry_after(_login(second, "eva@mueller.example", PASSWORD))
        _retry_after(_login(client, "eva@mueller.example", PASSWORD))


def test_parallel_attempts_never_pass_the_limit(engine: Engine) -> None:
    storage = DatabaseStorage(engine, lambda: T0)
    results: list[bool] = []
    start = threading.Barrier(12)

    def attempt() -> None:
        start.wait()
        results.append(storage.acquire_entry("LIMITER/account/x/5/15/minute", 5, 900))

    threads = [threading.Thread(target=attempt) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] * 7 + [True] * 5


def test_rows_hold_no_login_nor_address_and_go_once_no_window_counts_them(
    client: TestClient, world: World, clock: Clock, session_factory: sessionmaker[Session]
) -> None:
    _login(client, "eva@mueller.example", "wrong")
    with session_factory() as session:
        keys = session.scalars(select(ThrottleHit.key)).all()
    assert len(keys) == 4  # two windows of the account, two of the address
    assert not any("eva" in key or "testclient" in key for key in keys)
    clock.advance(days=1, seconds=1)
    _login(client, "max@mueller.example", "wrong")  # counting sweeps what no window counts
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(ThrottleHit)) == 4


def test_the_limits_are_settings() -> None:
    values = Settings.values_from_env(
        {"SIGN_IN_LIMITS_ACCOUNT": "3 per 5 seconds", "SIGN_IN_LIMITS_ADDRESS": "10/minute;50/hour"}
    )
    assert values == {
        "sign_in_limits_account": "3 per 5 seconds",
        "sign_in_limits_address": "10/minute;50/hour",
    }
    defaults = Settings(database_url="sqlite://", secret_key="k" * 40)
    assert (defaults.sign_in_limits_account, defaults.sign_in_limits_address) == (
        "5 per 15 minutes; 20 per day",
        "20 per 15 minutes; 200 per day",
    )
    with pytest.raises(ValueError, match="SIGN_IN_LIMITS_ACCOUNT"):
        Settings(database_url="sqlite://", secret_key="k" * 40, sign_in_limits_account="often")
