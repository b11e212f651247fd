"""The transport's one 429 that is not "busy": the server's `too_many_attempts` to a sign-in.

Anywhere else (sync, a proxy's 429 without our code) a 429 stays "offline, try later"
(tests/sync/test_bad_answers.py drives that against a live server)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from desktop.sync.transport import DEFAULT_WAIT, Offline, Rejected, Throttled, Tokens, Transport


def _transport(status: int, body: Any, headers: dict[str, str] | None = None) -> Transport:
    def answer(request: httpx.Request) -> httpx.Response:
        if isinstance(body, str):
            return httpx.Response(status, text=body, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    client = httpx.Client(base_url="https://desk.example", transport=httpx.MockTransport(answer))
    return Transport("https://desk.example", client=client)


def _throttled(seconds: int) -> dict[str, Any]:
    return {"error": {"code": "too_many_attempts", "message": "Wait.", "retry_after": seconds}}


def test_a_throttled_sign_in_is_throttled_with_its_wait() -> None:
    transport = _transport(429, _throttled(899), {"Retry-After": "899"})
    with pytest.raises(Throttled) as caught:
        transport.login("anna@hq.example", "wrong", "c")
    assert caught.value.retry_after == 899 and caught.value.code == "too_many_attempts"
    assert isinstance(caught.value, Rejected) and not isinstance(caught.value, Offline)
    assert str(caught.value) == "Too many failed attempts. Please wait 14:59 before trying again."
    with pytest.raises(Throttled):
        transport.accept_invite("code", "a long new password")


def test_the_header_serves_when_the_body_names_no_wait() -> None:
    body = {"error": {"code": "too_many_attempts", "message": "Wait."}}
    with pytest.raises(Throttled) as caught:
        _transport(429, body, {"Retry-After": "30"}).login("a", "b", "c")
    assert caught.value.retry_after == 30
    with pytest.raises(Throttled) as caught:
        _transport(429, body).login("a", "b", "c")
    assert caught.value.retry_after == DEFAULT_WAIT


@pytest.mark.parametrize(
    "body", [{"error": {"code": "rate_limited"}}, "<html>Too Many Requests</html>", ["not", "ours"]]
)
def test_any_other_429_at_sign_in_is_a_busy_server(body: Any) -> None:
    with pytest.raises(Offline):
        _transport(429, body, {"Retry-After": "5"}).login("a", "b", "c")


def test_a_429_elsewhere_stays_offline_even_with_the_sign_in_code() -> None:
    transport = _transport(429, _throttled(60))
    transport.tokens = Tokens("access", "refresh")
    with pytest.raises(Offline):
        transport.push("c", [])
