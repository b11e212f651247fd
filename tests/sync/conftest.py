"""A real server process on loopback for client tests, on SQLite and (where reachable) PostgreSQL.

`live_server` can be stopped and started again on the same port and database, which is how the
offline tests take the server away and bring it back.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from desktop.demo_server import free_port
from tests.databases import BACKEND_PARAMS, private_database
from tests.sync.memory_keyring import MemoryKeyring, PlaintextMemoryKeyring, installed

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class LiveServer:
    database_url: str
    data_dir: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    seeded: bool = False
    env: dict[str, str] = field(default_factory=dict)  # e.g. SIGN_IN_LIMITS_ACCOUNT for a short wait

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        args = [
            sys.executable,
            "-m",
            "tests.sync.server_main",
            self.database_url,
            str(self.port),
            "--data-dir",
            str(self.data_dir),
        ]
        if not self.seeded:
            args.append("--seed")
            self.seeded = True
        env = {**os.environ, "PYTHONPATH": str(ROOT), "ENQUIRY_FAST_HASH": "1", **self.env}
        self.process = subprocess.Popen(args, cwd=ROOT, env=env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}")
            try:
                if httpx.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("server did not start within 60 s")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None


@pytest.fixture(params=BACKEND_PARAMS)
def server_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database of the parametrised backend for the live server."""
    with private_database(request.param, tmp_path, "server.sqlite3") as url:
        yield url


@pytest.fixture
def live_server(server_db_url: str, tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(server_db_url, tmp_path / "server-data")
    server.start()
    yield server
    server.stop()


# --- the OS keyring, in memory (headless Linux has no Secret Service) ----------------------------
@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A secure keyring (the Credential Locker, the Keychain, the Secret Service)."""
    with installed(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


@pytest.fixture
def plaintext_keyring() -> Iterator[MemoryKeyring]:
    """A keyring that works but stores secrets unencrypted (keyrings.alt's PlaintextKeyring)."""
    with installed(PlaintextMemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend
