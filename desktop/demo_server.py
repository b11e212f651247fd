"""The embedded demo server: a central server on SQLite with the demo data, inside this process."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class DemoServer:
    url: str
    data_dir: Path
    server: Any
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=5)


def start_demo_server(data_dir: Path, port: int = 0, *, enquiries: int = 300) -> DemoServer:
    """Seed a fresh demo database in `data_dir` and serve it on loopback in a background thread."""
    import uvicorn

    from central.api.sync import SHUTDOWN_GRACE
    from central.app import create_app
    from central.config import Settings
    from central.db import make_engine, make_session_factory, upgrade
    from central.demo import seed_accounts
    from central.demo_enquiries import seed_enquiries
    from central.mail.sink import start_sink

    port = port or free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    sink_port = free_port()
    start_sink(data_dir / "mail", sink_port)
    url = f"sqlite:///{data_dir / 'demo.sqlite3'}"
    settings = Settings(
        data_dir=str(data_dir),
        database_url=url,
        smtp_host="127.0.0.1",
        smtp_port=sink_port,
        smtp_tls="none",
        jobs_interval_seconds=30,
    )
    upgrade(url)
    engine = make_engine(url)
    with make_session_factory(engine).begin() as session:
        seed_enquiries(session, seed_accounts(session), now=datetime.now(UTC), count=enquiries)
    config = uvicorn.Config(
        create_app(settings, engine=engine),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        timeout_graceful_shutdown=SHUTDOWN_GRACE,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True, name="demo-server")
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    return DemoServer(f"http://127.0.0.1:{port}", data_dir, server, thread)
