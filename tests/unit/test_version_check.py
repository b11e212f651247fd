"""The client's side of "please update": comparing versions, and asking GET /health (offline, a
foreign answer or an older server leave things as they were; once told, it is not asked again)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from desktop import version
from desktop.sync.transport import Transport
from desktop.sync.version_check import INTERVAL, VersionCheck, minimum_from


@pytest.mark.parametrize(
    ("a", "b", "older"),
    [
        ("0.1.0", "0.2.0", True),
        ("0.1.0", "0.1", False),
        ("0.1", "0.1.0", False),
        ("0.9.9", "0.10.0", True),
        ("1.0.0", "0.99", False),
        ("1.2.0rc1", "1.2.0", False),  # the release numbers count
        ("1.2.0.dev3", "1.2.1", True),
        ("garbage", "0.0.1", True),
        ("0", "0", False),
    ],
)
def test_older(a: str, b: str, older: bool) -> None:
    assert version.older(a, b) is older


def test_this_client_version_is_pyproject_s() -> None:
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    assert version.current() == tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]


class Server:
    """A fake server for the transport: answers /health with `body`, counts the questions."""

    def __init__(self) -> None:
        self.asked = 0
        self.answer: Callable[[], httpx.Response] = lambda: httpx.Response(
            200,
            json={"status": "ok", "database": "sqlite", "version": "0.3.0", "min_client_version": "0.3.0"},
        )

    def handler(self, request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/api/v1/health"
        assert "authorization" not in request.headers
        self.asked += 1
        return self.answer()

    def transport(self) -> Transport:
        client = httpx.Client(base_url="http://desk.test", transport=httpx.MockTransport(self.handler))
        return Transport("http://desk.test", client=client)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_an_older_client_is_told_once_and_not_asked_again() -> None:
    server, clock = Server(), Clock()
    check = VersionCheck(clock, current=lambda: "0.2.5")
    assert check.ask(server.transport()) == "0.3.0"
    clock.now += INTERVAL * 5
    assert check.ask(server.transport()) == "0.3.0"
    assert server.asked == 1, "only a new installation changes the answer"


def test_a_current_client_asks_again_after_an_hour() -> None:
    server, clock = Server(), Clock()
    check = VersionCheck(clock, current=lambda: "0.3.0")
    transport = server.transport()
    assert check.ask(transport) == ""
    clock.now += timedelta(minutes=59)
    assert check.ask(transport) == "" and server.asked == 1
    clock.now += timedelta(minutes=1)
    server.answer = lambda: httpx.Response(200, json={"min_client_version": "0.4"})  # the server was updated
    assert check.ask(transport) == "0.4" and server.asked == 2


@pytest.mark.parametrize(
    "answer",
    [
        lambda: httpx.Response(200, json={"status": "ok", "database": "sqlite"}),  # a server before this
        lambda: httpx.Response(200, text="<html>Wi-Fi login</html>"),  # a captive portal
        lambda: httpx.Response(503, json={"error": {"code": "database_unavailable"}}),
        lambda: httpx.Response(200, json={"min_client_version": 3}),
    ],
)
def test_no_usable_answer_changes_nothing_and_is_asked_again(answer: Callable[[], httpx.Response]) -> None:
    server, clock = Server(), Clock()
    server.answer = answer
    check = VersionCheck(clock, current=lambda: "0.0.1")
    assert minimum_from(server.transport()) is None
    assert check.ask(server.transport()) == ""
    assert check.due(), "asked again at the next sync"


def test_offline_changes_nothing() -> None:
    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route", request=request)

    client = httpx.Client(base_url="http://desk.test", transport=httpx.MockTransport(unreachable))
    check = VersionCheck(Clock(), current=lambda: "0.0.1")
    assert check.ask(Transport("http://desk.test", client=client)) == ""
    assert check.due()
