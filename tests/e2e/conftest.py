"""End-to-end tests: the real `enquiry-desk` process against a real server process (SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.conftest import LiveServer


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(f"sqlite:///{tmp_path / 'server.sqlite3'}", tmp_path / "server-data")
    server.start()
    yield server
    server.stop()
