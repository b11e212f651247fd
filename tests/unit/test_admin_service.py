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
    ("status", "body", "code", "message", "shown"),
    [
        (
            422,
            {"error": {"code": "invalid_timezone", "message": "Unknown time zone 'X'.", "value": "X"}},
            "invalid_timezone",
            "Unknown time zone 'X'.",
            "Unknown time zone “X”: use a name such as Europe/Rome or Europe/Berlin.",
        ),
        (
            403,
            {"error": {"code": "forbidden", "message": "Only an administrator may manage accounts."}},
            "forbidden",
            "Only an administrator may manage accounts.",
            "Only an administrator may do this.",
        ),
        (
            409,
            {"error": {"code": "brand_new", "message": "A sentence of a newer server."}},
            "brand_new",
            "A sentence of a newer server.",
            "A sentence of a newer server.",
        ),
        (404, ["not", "an", "error"], "", '["not","an","error"]', '["not","an","error"]'),
    ],
)
def test_refusals_carry_the_servers_code_sentence_and_details(
    status: int, body: Any, code: str, message: str, shown: str
) -> None:
    """The form shows our sentence for a code we know (desktop.admin_refusals), the server's
    for one we do not."""
    admin, _transport = admin_answering(status, body)
    with pytest.raises(AdminRefused) as refused:
        admin.create_company({"name": "x"})
    assert (refused.value.code, refused.value.message, refused.value.status) == (code, message, status)
    assert refused.value.details == ({"value": "X"} if code == "invalid_timezone" else {})
    assert user_message(refused.value) == shown and from_server(refused.value)
