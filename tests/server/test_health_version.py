"""GET /health names the server's version and the oldest desktop client it wants (MIN_CLIENT_VERSION,
default: the server's own version), with no sign-in; a malformed setting is refused at start."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy import Engine

from central.app import create_app
from central.config import Settings, package_version
from tests.server.helpers import TestClient

ROOT = Path(__file__).resolve().parents[2]


def test_default_minimum_is_this_version_from_pyproject(client: TestClient) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert package_version() == version
    body = client.get("/api/v1/health").json()
    assert (body["version"], body["min_client_version"]) == (version, version)


def test_configured_minimum_is_named(settings: Settings, engine: Engine) -> None:
    app: FastAPI = create_app(settings.with_changes(min_client_version="2.3"), engine=engine)
    with TestClient(app) as client:
        response = client.get("/api/v1/health")  # no Authorization header: anyone may ask
    assert response.status_code == 200
    assert response.json()["min_client_version"] == "2.3"
    assert response.json()["version"] == package_version()


def test_minimum_comes_from_the_environment(tmp_path: Path) -> None:
    env = {"DATA_DIR": str(tmp_path), "SECRET_KEY": "x" * 40, "MIN_CLIENT_VERSION": " 1.4.0 "}
    assert Settings.from_env(env).min_client_version == "1.4.0"
    assert Settings.from_env({"DATA_DIR": str(tmp_path), "SECRET_KEY": "x" * 40}).min_client_version == (
        package_version()
    )


@pytest.mark.parametrize("bad", ["latest", "1.x", "v1.2", "1..2", "1.2-beta"])
def test_malformed_minimum_is_refused(tmp_path: Path, bad: str) -> None:
    env = {"DATA_DIR": str(tmp_path), "SECRET_KEY": "x" * 40, "MIN_CLIENT_VERSION": bad}
    with pytest.raises(ValueError, match="MIN_CLIENT_VERSION"):
        Settings.from_env(env)
