"""`desktop.service.admin`: paths and bodies as the server expects them, and one exception with
the server's code and sentence for every refusal (shown at the form by the views)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from desktop.failures import AdminRefused, from_server, user_message
from desktop.service.admin import Admin


class FakeTransport:
    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.calls: list[tuple[str, str, dict[str, Any]]] = []

    def call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        self.calls.append((method, path, kwargs))
        return self.response


def admin_answering(status: int, body: Any = None) -> tuple[Admin, FakeTransport]:
    response = httpx.Response(status, json=body) if body is not None else httpx.Response(status)
    transport = FakeTransport(response)
    return Admin(lambda: transport), transport  # type: ignore[arg-type, return-value]


def test_calls_name_the_servers_paths_and_bodies() -> None:
    admin, transport = admin_answering(200, {"id": "c1", "name": "Huber"})
    assert admin.update_company("c/1", {"name": "Huber"})["name"] == "Huber"
    admin.preview_route(country="DE", postcode="80331")
    admin.hand_over("p1", "p2")
    assert transport.calls == [
        ("PATCH", "/admin/companies/c%2F1", {"json": {"name": "Huber"}}),
        (
            "POST",
            "/admin/routes/preview",
            {"json": {"country": "DE", "postcode": "80331", "product_interest": ""}},
        ),
        ("POST", "/admin/people/p1/hand-over", {"json": {"to_person_id": "p2"}}),
    ]


def test_no_content_is_none() -> None:
    admin, transport = admin_answering(204)
    assert admin.reset_password("p1") is None
    assert transport.calls == [("POST", "/admin/people/p1/reset-password", {})]


@pytest.mark.parametrize(
    ("status", "body", "code", "message"),
    [
        (
            422,
            {"error": {"code": "invalid_timezone", "message": "Unknown time zone 'X'."}},
            "invalid_timezone",
            "Unknown time zone 'X'.",
        ),
        (
            403,
            {"error": {"code": "forbidden", "message": "Only an administrator may manage accounts."}},
            "forbidden",
            "Only an administrator may manage accounts.",
        ),
        (404, ["not", "an", "error"], "", '["not","an","error"]'),
    ],
)
def test_refusals_carry_the_servers_code_and_sentence(
    status: int, body: Any, code: str, message: str
) -> None:
    admin, _transport = admin_answering(status, body)
    with pytest.raises(AdminRefused) as refused:
        admin.create_company({"name": "x"})
    assert (refused.value.code, refused.value.message, refused.value.status) == (code, message, status)
    assert user_message(refused.value) == message and from_server(refused.value)
