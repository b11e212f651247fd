"""Throttled sign-in: failed proofs of identity are counted per account and per client address.

A proof is a password at `POST /auth/login` and `POST /auth/password`, or an invitation code at
`POST /auth/accept-invite`. Each attempt is counted BEFORE its secret is checked (so parallel
requests cannot all slip in before the first failure is written) under every window of
`SIGN_IN_LIMITS_ACCOUNT` (the login as typed, normalised, whether it exists or not) and of
`SIGN_IN_LIMITS_ADDRESS` (the client's address; IPv6 by its /64). When a window is full the
attempt is taken back and answered 429 `too_many_attempts` with `Retry-After` and `retry_after`
(seconds until every full window has room again), before any account is looked up: the answer
is the same for a login that exists and one that does not. A wrong secret keeps its count; a
right one takes the attempt back from the address and clears the account's windows.

The `limits` library does the bookkeeping (moving windows, `MovingWindowRateLimiter`) on a
storage in our own database (`central/store/throttle.py`), shared by every server process.
Identifiers are stored as keyed hashes only: no typed login (sometimes a password typed into the
wrong field) and no address is written down.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import math
from collections.abc import Callable
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from limits import RateLimitItem, parse_many
from limits.strategies import MovingWindowRateLimiter
from sqlalchemy import Engine

from central.api.errors import ApiError
from central.config import Settings
from central.store.throttle import DatabaseStorage

IPV6_PREFIX = 64  # one subscriber usually holds a whole /64


def too_many_attempts(retry_after: int) -> ApiError:
    return ApiError(
        429,
        "too_many_attempts",
        f"Too many failed attempts. Try again in {retry_after} seconds.",
        {"Retry-After": str(retry_after)},
        details={"retry_after": retry_after},
    )


def normalised_login(login: str) -> str:
    """The login as accounts are looked up (`central/api/auth.py`)."""
    return login.strip().lower()


def address_of(request: Request) -> str:
    """The client's address as counted: IPv4 as is, IPv6 by its /64, anything else verbatim.

    Behind a reverse proxy this is the proxy's view only when uvicorn trusts it
    (`FORWARDED_ALLOW_IPS`, see README); otherwise every client counts as the proxy."""
    host = request.client.host if request.client else ""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host or "unknown"
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network(f"{address}/{IPV6_PREFIX}", strict=False))
    return str(address)


class SignInThrottle:
    """Counts failed proofs in the windows of the settings; one per app (`app.state`)."""

    def __init__(self, settings: Settings, engine: Engine, clock: Callable[[], datetime]) -> None:
        self.storage = DatabaseStorage(engine, clock)
        self.limiter = MovingWindowRateLimiter(self.storage)
        self.per_account = parse_many(settings.sign_in_limits_account)
        self.per_address = parse_many(settings.sign_in_limits_address)
        self._secret = settings.secret_key.encode("utf-8")

    def _tag(self, kind: str, value: str) -> str:
        digest = hmac.new(self._secret, f"{kind}\0{value}".encode(), hashlib.sha256)
        return digest.hexdigest()[:32]

    def _windows(self, login: str | None, address: str) -> list[tuple[RateLimitItem, str, str]]:
        windows = [(item, "address", self._tag("address", address)) for item in self.per_address]
        if login is not None:
            tag = self._tag("account", normalised_login(login))
            windows = [(item, "account", tag) for item in self.per_account] + windows
        return windows

    def attempt(self, request: Request, login: str | None) -> Attempt:
        """Count one attempt (of `login`, None when the proof names no account) from the request's
        address; raises `too_many_attempts` when a window is full, counting nothing then."""
        windows = self._windows(login, address_of(request))
        counted: list[tuple[RateLimitItem, str, str]] = []
        for window in windows:
            item, kind, tag = window
            if not self.limiter.hit(item, kind, tag):
                for done, done_kind, done_tag in counted:
                    self.storage.release_one(done.key_for(done_kind, done_tag))
                raise too_many_attempts(self.retry_after(windows))
            counted.append(window)
        return Attempt(self, login, counted)

    def retry_after(self, windows: list[tuple[RateLimitItem, str, str]]) -> int:
        """Whole seconds until every full one of `windows` has room again (at least 1)."""
        now = self.storage.clock().timestamp()
        wait = 1.0
        for item, kind, tag in windows:
            if not self.limiter.test(item, kind, tag):
                reset = self.limiter.get_window_stats(item, kind, tag).reset_time
                wait = max(wait, reset - now)
        return math.ceil(wait)

    def clear_account(self, login: str) -> None:
        tag = self._tag("account", normalised_login(login))
        for item in self.per_account:
            self.limiter.clear(item, "account", tag)


class Attempt:
    """One counted attempt. Left alone it stays counted (a failure); `succeeded()` takes it back.

    Call `succeeded()` outside the request session's transaction (on SQLite that transaction holds
    the database's write lock, and the counts are written on a connection of their own)."""

    def __init__(
        self, throttle: SignInThrottle, login: str | None, counted: list[tuple[RateLimitItem, str, str]]
    ) -> None:
        self._throttle = throttle
        self._login = login
        self._counted = counted

    def succeeded(self, login: str | None = None) -> None:
        """The proof was right: the address's count is taken back, the account's cleared (that of
        `login` when the proof named none, e.g. an invitation code)."""
        for item, kind, tag in self._counted:
            if kind == "address":
                self._throttle.storage.release_one(item.key_for(kind, tag))
        account = login or self._login
        if account is not None:
            self._throttle.clear_account(account)
        self._counted = []


def get_throttle(request: Request) -> SignInThrottle:
    throttle: SignInThrottle = request.app.state.sign_in_throttle
    return throttle


Throttle = Annotated[SignInThrottle, Depends(get_throttle)]
