"""HTTP to the central server: sign-in, token refresh, push, pull, poke.

Errors are sorted into what the sync engine must do about them: `Offline` (retry later with
backoff), `SignedOut` (sign in again; `wipes` only when the server said explicitly that this
device or account is revoked, see `SIGNED_OUT_CODES`), `Rejected` (the server refused the
request itself; a bug or a version mismatch, shown to the user).

Anything that is not such an explicit answer is "offline, try again later": a 429 or 5xx from the
server or a proxy, a dropped connection, a captive portal's HTML. Wiping the cache on one of those
would throw away the user's unsent edits for a hiccup of the network. The one 429 that is not
"busy" is the server's `too_many_attempts` to a sign-in (`SIGN_IN_PATHS`): `Throttled`, with the
seconds to wait.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import orjson

from desktop.sync import messages

API = "/api/v1"
# The only answers that sign this device out AND wipe its cache (with a 401 or 403 status).
SIGNED_OUT_CODES = {
    "device_revoked",
    "refresh_reused",
    "refresh_expired",
    "account_inactive",
    "invalid_token",
}
# Where a 429 `too_many_attempts` means "too many failed sign-ins, wait" (central/api/throttle.py).
SIGN_IN_PATHS = {"/auth/login", "/auth/accept-invite", "/auth/password"}
DEFAULT_WAIT = 60  # seconds, should a throttled answer not say how long


class TransportError(Exception):
    def __init__(self, message: str, code: str = "", *, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.details = dict(details or {})  # what a refusal names (central/api/errors.py, DETAILS)


class Offline(TransportError):
    """No answer from the server (down, unreachable, timeout, 5xx)."""


class SignedOut(TransportError):
    """Sign in again. The server no longer accepts this device or account when `wipes`; otherwise
    there is simply no usable sign-in on this run (no stored token, started offline)."""

    @property
    def wipes(self) -> bool:
        return self.code in SIGNED_OUT_CODES


class Rejected(TransportError):
    """The server answered 4xx to a well-formed request."""


class Throttled(Rejected):
    """Too many failed sign-ins: the server takes no attempt for `retry_after` seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(messages.too_many_attempts(retry_after), "too_many_attempts")
        self.retry_after = retry_after


class ResyncRequired(Rejected):
    """The server no longer knows our cursor (its database was restored): pull a snapshot again."""


class Gap(TransportError):
    def __init__(self, last_mutation_id: int) -> None:
        super().__init__(f"server expects mutation {last_mutation_id + 1}", "mutation_gap")
        self.last_mutation_id = last_mutation_id


@dataclass
class Tokens:
    access: str
    refresh: str


class Transport:
    def __init__(self, base_url: str, *, timeout: float = 30.0, client: httpx.Client | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.http = client or httpx.Client(base_url=self.base_url, timeout=timeout)
        self.tokens: Tokens | None = None
        self.user: dict[str, Any] | None = None
        self._refresh_lock = threading.Lock()
        self.on_tokens: Any = None  # called with the new refresh token after each rotation
        # (login, password, client id) of a start without a connection that was unlocked with the
        # password (desktop/sync/cache_unlock.py): signed in with it at the first call that gets through.
        self.deferred_login: tuple[str, str, str] | None = None

    def close(self) -> None:
        self.http.close()

    def _send(self, method: str, path: str, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        """One request. `stream`: the body is read by the caller (see `stream()`)."""
        try:
            request = self.http.build_request(method, API + path, **kwargs)
            response = self.http.send(request, stream=stream)
        except (httpx.TransportError, httpx.TimeoutException) as exc:
            raise Offline(messages.UNREACHABLE, "offline") from exc
        if stream and (response.status_code >= 500 or response.status_code in (401, 403, 429)):
            response.read()  # small error bodies: read them so that the checks below can parse them
            response.close()
        if response.status_code >= 500:
            raise Offline(messages.UNAVAILABLE, "server_down")
        if response.status_code == 429:
            throttled = self._throttled(response) if path in SIGN_IN_PATHS else None
            raise throttled or Offline(messages.BUSY, "server_busy")
        return response

    @staticmethod
    def _throttled(response: httpx.Response) -> Throttled | None:
        """The server's "too many failed sign-ins" (not a busy server or proxy), with its wait."""
        try:
            error = response.json().get("error", {})
        except (ValueError, AttributeError):
            return None
        if not isinstance(error, dict) or error.get("code") != "too_many_attempts":
            return None
        for given in (error.get("retry_after"), response.headers.get("retry-after")):
            try:
                seconds = int(str(given))
            except ValueError:
                continue
            if seconds > 0:
                return Throttled(seconds)
        return Throttled(DEFAULT_WAIT)

    @staticmethod
    def _error(response: httpx.Response) -> tuple[str, str]:
        try:
            err = response.json().get("error", {})
            return str(err.get("code", "")), str(err.get("message", response.text[:200]))
        except ValueError:
            return "", response.text[:200]

    @staticmethod
    def _details(response: httpx.Response) -> dict[str, Any]:
        from desktop.admin_refusals import details_of

        try:
            return details_of(response.json().get("error", {}))
        except (ValueError, AttributeError):
            return {}

    def login(self, login: str, password: str, client_id: str) -> dict[str, Any]:
        r = self._send(
            "POST", "/auth/login", json={"login": login, "password": password, "client_id": client_id}
        )
        if r.status_code != 200:
            code, message = self._error(r)
            raise (SignedOut if code == "account_inactive" else Rejected)(
                messages.for_code(code, message), code
            )
        body = r.json()
        self.tokens = Tokens(body["access_token"], body["refresh_token"])
        self.user = body["user"]
        return body

    def accept_invite(self, token: str, password: str) -> dict[str, Any]:
        """Choose a password with the code of an invitation or reset mail (no sign-in needed);
        returns `{login, display_name}`."""
        r = self._send("POST", "/auth/accept-invite", json={"token": token.strip(), "password": password})
        if r.status_code != 200:
            code, message = self._error(r)
            raise Rejected(
                messages.for_code(code, message), code or "invite_invalid", details=self._details(r)
            )
        return dict(r.json())

    def resume(self, refresh_token: str) -> None:
        """Continue a stored sign-in: trade the stored refresh token for fresh tokens."""
        self.tokens = Tokens("", refresh_token)
        self._refresh()

    def _refresh(self) -> None:
        assert self.tokens is not None
        with self._refresh_lock:
            r = self._send("POST", "/auth/refresh", json={"refresh_token": self.tokens.refresh})
            if r.status_code != 200:
                raise self._refused_sign_in(r)
            try:
                body = r.json()
            except ValueError as exc:  # a 200 that is not ours (a captive portal's page)
                raise Offline(messages.BAD_ANSWER, "bad_answer") from exc
            self.tokens = Tokens(body["access_token"], body["refresh_token"])
            if body.get("user"):
                self.user = body["user"]
            if self.on_tokens:
                self.on_tokens(self.tokens.refresh)

    def call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """An authenticated request; refreshes the access token once when it expired."""
        if self.tokens is None and self.deferred_login is not None:
            body = self._deferred_sign_in(self.deferred_login)
            if self.on_tokens:
                self.on_tokens(body["refresh_token"])
        if self.tokens is None:
            raise SignedOut(messages.NOT_SIGNED_IN, "not_authenticated")
        if not self.tokens.access:
            self._refresh()  # started offline with only the stored refresh token
        for attempt in (0, 1):
            headers = {**kwargs.get("headers", {}), "Authorization": f"Bearer {self.tokens.access}"}
            r = self._send(method, path, **{**kwargs, "headers": headers})
            if r.status_code == 401:
                code, _message = self._error(r)
                if attempt == 0 and code in ("token_expired", "invalid_token", "not_authenticated"):
                    self._refresh()
                    continue
                raise self._refused_sign_in(r)
            if r.status_code == 403 and self._error(r)[0] == "account_inactive":
                raise self._refused_sign_in(r)
            return r
        raise Offline(messages.BAD_ANSWER, "bad_answer")  # refreshed, yet refused again

    def _deferred_sign_in(self, pending: tuple[str, str, str]) -> dict[str, Any]:
        """The sign-in an offline start put off. Unreachable or throttled: tried again at the next
        call. Refused (the password was changed meanwhile): not again - sign in anew."""
        try:
            body = self.login(*pending)
        except (Offline, Throttled):
            raise
        except Rejected as exc:
            self.deferred_login = None
            raise SignedOut(str(exc), exc.code) from exc
        self.deferred_login = None
        return body

    def _refused_sign_in(self, response: httpx.Response) -> TransportError:
        """A refused token: `SignedOut` (wipe) only for the server's explicit codes; anything
        else (a proxy's 401 or 407, an HTML page) is a network problem, not a verdict."""
        code, _message = self._error(response)
        if response.status_code in (401, 403) and code in SIGNED_OUT_CODES:
            return SignedOut(messages.for_code(code, messages.SIGNED_OUT), code)
        return Offline(messages.BAD_ANSWER, "bad_answer")

    @contextlib.contextmanager
    def stream(self, method: str, path: str, **kwargs: Any) -> Iterator[httpx.Response]:
        """An authenticated request whose body the caller reads in chunks (downloads); a
        connection lost while reading is `Offline` too."""
        response = self.call(method, path, stream=True, **kwargs)
        try:
            yield response
        except (httpx.TransportError, httpx.TimeoutException) as exc:
            raise Offline(messages.UNREACHABLE, "offline") from exc
        finally:
            response.close()

    def push(self, client_id: str, mutations: list[dict[str, Any]]) -> list[dict[str, Any]]:
        r = self.call("POST", "/sync/push", json={"client_id": client_id, "mutations": mutations})
        if r.status_code == 409:
            raise Gap(int(r.json().get("last_mutation_id", 0)))
        if r.status_code != 200:
            raise Rejected(*reversed(self._error(r)))
        return list(r.json()["results"])

    def pull(
        self,
        client_id: str,
        cursor: int | None,
        *,
        limit: int = 2000,
        results_after: int = 0,
        epoch: int | None = None,
    ) -> dict[str, Any]:
        """One page of the change feed; its "epoch" (the feed's life, from the X-Feed-Epoch header)
        is added for the caller to send back with the cursor."""
        body = {
            "client_id": client_id,
            "cursor": cursor,
            "limit": limit,
            "results_after": results_after,
            "epoch": epoch,
        }
        r = self.call("POST", "/sync/pull", json=body)
        if r.status_code == 409:
            raise ResyncRequired(*reversed(self._error(r)))
        if r.status_code != 200:
            raise Rejected(*reversed(self._error(r)))
        page = dict(orjson.loads(r.content))  # pages are megabytes: orjson parses ~3x faster
        page["epoch"] = int(r.headers.get("x-feed-epoch", 0))
        return page

    def poke(self, cursor: int, wait: float = 25.0) -> bool:
        r = self.call("GET", "/sync/poke", params={"cursor": cursor, "wait": wait}, timeout=wait + 10)
        return r.status_code == 200 and bool(r.json().get("changed"))

    def logout(self) -> None:
        if self.tokens is not None:
            with contextlib.suppress(TransportError):
                self.call("POST", "/auth/logout")
