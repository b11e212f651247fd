"""Shared set-up: a fresh database (SQLite file or PostgreSQL schema), seeded, behind a real server.

The server is `python -m uvicorn --factory bench.server_app:create` in a subprocess on loopback,
one worker, like `enquiry-server serve`. Tables come from `create_all`, accounts from
`seed_accounts` (password "demo"); a benchmark may pass `seed` to add its own rows first. On
PostgreSQL the set-up ends with ANALYZE, so the planner has the statistics autovacuum would give
it on a production database (right after a bulk load it has none; see bench/README.md).
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from central.db import create_all, make_engine, make_session_factory
from central.demo import PASSWORD, seed_accounts

os.environ.setdefault("ENQUIRY_FAST_HASH", "1")  # cheap argon2 for seeding and login; not measured

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
BACKENDS = ("sqlite", "postgresql")
Seed = Callable[[Session], None]


@dataclass
class Server:
    backend: str
    base_url: str
    database_url: str
    pid: int  # of the server process, for a profiler (py-spy record -p PID)

    @contextmanager
    def signed_in(self, login: str = "max@mueller.example") -> Iterator[tuple[httpx.Client, str]]:
        """A keep-alive HTTP client signed in as `login`, and its fresh client id."""
        client_id = f"bench-{uuid.uuid4().hex[:12]}"
        with httpx.Client(base_url=self.base_url, timeout=120) as http:
            body = {"login": login, "password": PASSWORD, "client_id": client_id}
            answer = http.post("/api/v1/auth/login", json=body)
            answer.raise_for_status()
            http.headers["Authorization"] = f"Bearer {answer.json()['access_token']}"
            yield http, client_id


def pg_problem() -> str | None:
    """Why PostgreSQL cannot be used, or None."""
    try:
        engine = create_engine(PG_URL, poolclass=NullPool, connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return None


@contextmanager
def database(backend: str, workdir: Path) -> Iterator[str]:
    """The URL of an empty database: a SQLite file in `workdir`, or a PostgreSQL schema dropped after."""
    if backend == "sqlite":
        yield f"sqlite:///{workdir / 'central.sqlite3'}"
        return
    admin = create_engine(PG_URL, poolclass=NullPool)
    schema = f"bench_{secrets.token_hex(5)}"
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def prepare(url: str, seed: Seed | None = None) -> None:
    engine = make_engine(url)
    try:
        create_all(engine)
        with make_session_factory(engine).begin() as session:
            seed_accounts(session)
            if seed is not None:
                seed(session)
        if engine.dialect.name == "postgresql":  # planner statistics, as autovacuum keeps them in production
            with engine.begin() as connection:
                connection.execute(text("ANALYZE"))
    finally:
        engine.dispose()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _uvicorn(url: str, workdir: Path) -> Iterator[tuple[str, int]]:
    port = _free_port()
    env = {
        **os.environ,
        "BENCH_DATABASE_URL": url,
        "BENCH_DATA_DIR": str(workdir / "data"),
        "BENCH_SECRET": secrets.token_urlsafe(48),
        "PYTHONPATH": str(ROOT),
    }
    log = (workdir / "server.log").open("w")
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        "bench.server_app:create",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                raise RuntimeError(f"server did not start:\n{(workdir / 'server.log').read_text()[-3000:]}")
            try:
                if httpx.get(f"{base_url}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        yield base_url, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@contextmanager
def serve(backend: str, seed: Seed | None = None) -> Iterator[Server | None]:
    """A running server on a fresh, seeded database of `backend`; None (with a note) if unavailable."""
    if backend == "postgresql" and (problem := pg_problem()) is not None:
        print(f"  [skip postgresql: {PG_URL} unreachable: {problem}]")
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="enquiry-bench-") as tmp, database(backend, Path(tmp)) as url:
        prepare(url, seed)
        with _uvicorn(url, Path(tmp)) as (base_url, pid):
            yield Server(backend, base_url, url, pid)


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    rank = max(1, round(p / 100 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def print_table(title: str, header: list[str], rows: list[list[object]]) -> None:
    cells = [
        header,
        *[
            [f"{c:,.1f}" if isinstance(c, float) else f"{c:,}" if isinstance(c, int) else str(c) for c in row]
            for row in rows
        ],
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    print(f"\n{title}")
    for n, row in enumerate(cells):
        padded = (c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        print("  " + "  ".join(padded))
        if n == 0:
            print("  " + "  ".join("-" * w for w in widths))
