"""Client-side helpers for sync tests: open a signed-in desktop session against a live server."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from desktop.service import DeskService
from desktop.sync.session import DeskSession, open_session

PASSWORD = "demo"


def client(server_url: str, login: str, data_dir: Path) -> DeskSession:
    return open_session(server_url, login, PASSWORD, data_dir=data_dir / login.split("@")[0])


def service(server_url: str, login: str, data_dir: Path) -> DeskService:
    return DeskService(client(server_url, login, data_dir))


def now() -> datetime:
    return datetime.now(UTC)
