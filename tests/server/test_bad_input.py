"""Bad requests get the one error shape with a fitting status, never a traceback."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from sqlalchemy import Engine

from central.app import create_app
from central.config import Settings, package_version
from tests.server.helpers import PASSWORD, TestClient, World, assert_error, login

LOGIN = "/api/v1/auth/login"
JSON = {"content-type": "application/json"}


def test_malformed_json(client: TestClient) -> None:
    response = client.post(LOGIN, content=b'{"login": "a@b.c", ', headers=JSON)
    assert_error(response, 400, "malformed_json")


def test_wrong_type_names_the_field(client: TestClient) -> None:
    response = client.post(LOGIN, json={"login": "a@b.c", "password": 12345, "client_id": "c"})
    error = assert_error(response, 422, "invalid_request")
    assert error["message"].startswith("password:")


def test_missing_field_names_the_field(client: TestClient) -> None:
    response = client.post(LOGIN, json={"login": "a@b.c", "password": "x"})
    error = assert_error(response, 422, "invalid_request")
    assert error["message"].startswith("client_id:")


def test_unknown_field_is_refused(client: TestClient) -> None:
    response = client.post(LOGIN, json={"login": "a@b.c", "password": "x", "client_id": "c", "admin": True})
    error = assert_error(response, 422, "invalid_request")
    assert "admin" in error["message"]


def test_json_array_instead_of_object(client: TestClient) -> None:
    assert_error(client.post(LOGIN, json=["a@b.c"]), 422, "invalid_request")


def test_body_that_is_not_declared_json(client: TestClient) -> None:
    body = b'{"login": "a@b.c", "password": "x", "client_id": "c"}'
    response = client.post(LOGIN, content=body, headers={"content-type": "text/plain"})
    assert_error(response, 422, "invalid_request")


def test_bad_query_parameter(client: TestClient, world: World) -> None:
    headers = login(client, "anna@hq.example")
    response = client.get("/api/v1/people", params={"limit": "many"}, headers=headers)
    error = assert_error(response, 422, "invalid_request")
    assert error["message"].startswith("limit:")


def test_unknown_route_is_json_404(client: TestClient) -> None:
    assert_error(client.get("/api/v1/no-such-thing"), 404, "not_found")
    assert_error(client.get("/"), 404, "not_found")


def test_wrong_method_is_json_405(client: TestClient) -> None:
    assert_error(client.get(LOGIN), 405, "method_not_allowed")


@pytest.fixture
def small_client(settings: Settings, engine: Engine) -> Iterator[TestClient]:
    """The app with a 1 KiB body limit."""
    with TestClient(create_app(settings.with_changes(max_body_bytes=1024), engine=engine)) as client:
        yield client


def test_declared_oversized_body_is_refused(small_client: TestClient) -> None:
    body = {"login": "a@b.c", "password": "x" * 2000, "client_id": "c"}
    assert_error(small_client.post(LOGIN, json=body), 413, "body_too_large")


def test_streamed_oversized_body_is_refused(small_client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: sent chunked
        yield b'{"login": "a@b.c", "password": "'
        for _ in range(10):
            yield b"x" * 200
        yield b'", "client_id": "c"}'

    response = small_client.post(LOGIN, content=chunks(), headers=JSON)
    assert "content-length" not in response.request.headers
    assert_error(response, 413, "body_too_large")


def test_body_under_the_limit_passes(small_client: TestClient, world: World) -> None:
    body = {"login": "anna@hq.example", "password": PASSWORD, "client_id": "c"}
    assert small_client.post(LOGIN, json=body).status_code == 200


def test_default_limit_fits_a_20_mb_upload(settings: Settings) -> None:
    assert settings.max_body_bytes > settings.documents_max_bytes == 20 * 1024 * 1024


def test_unexpected_exception_is_a_json_500_without_traceback(
    app: FastAPI, world: World, caplog: pytest.LogCaptureFixture
) -> None:
    @app.get("/api/v1/test-boom")
    def boom() -> None:
        raise RuntimeError("secret internal detail")

    with TestClient(app, raise_server_exceptions=False) as client, caplog.at_level(logging.ERROR):
        response = client.get("/api/v1/test-boom")
    assert_error(response, 500, "internal_error")
    assert "secret internal detail" not in response.text
    assert "secret internal detail" in caplog.text  # the traceback goes to the log instead


def test_health(client: TestClient, backend: str) -> None:
    response = client.get("/api/v1/health")
    assert response.status_code == 200
    version = package_version()
    assert response.json() == {
        "status": "ok",
        "database": backend,
        "version": version,
        "min_client_version": version,  # MIN_CLIENT_VERSION unset: this server's own version
    }


def test_openapi_is_served(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/v1/auth/login", "/api/v1/people", "/api/v1/health"} <= set(paths)
