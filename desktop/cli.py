"""`enquiry-desk`: the desktop client's command line.

The window (issue "The main window") and the offline cache (issue "The desktop client's offline
cache and sync engine") are not built yet. Until then `--demo` starts the embedded demo server on
SQLite with the demo data set, so head office, partners and tests have a live server to talk to.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run_demo_server(data_dir: Path, port: int) -> int:
    """Seed a fresh SQLite demo database in `data_dir` and serve it on 127.0.0.1:`port`."""
    import uvicorn

    from central.app import create_app
    from central.config import Settings
    from central.db import make_engine, make_session_factory, upgrade
    from central.demo import seed_accounts
    from central.demo_enquiries import seed_enquiries

    data_dir.mkdir(parents=True, exist_ok=True)
    from central.mail.sink import start_sink

    sink_port = free_port()
    start_sink(data_dir / "mail", sink_port)
    settings = Settings(
        data_dir=str(data_dir),
        database_url=f"sqlite:///{data_dir / 'demo.sqlite3'}",
        smtp_host="127.0.0.1",
        smtp_port=sink_port,
        smtp_tls="none",
    )
    upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    with make_session_factory(engine).begin() as session:
        seed_enquiries(session, seed_accounts(session), now=datetime.now(UTC))
    print(
        f"Enquiry Desk demo server: http://127.0.0.1:{port}/api/v1  (API docs: http://127.0.0.1:{port}/docs)"
    )
    print("Sign in as anna@hq.example, max@mueller.example, luca@rossi.example ... with password 'demo'.")
    print(f"Mail the server sends lands as .eml files in {data_dir / 'mail'}.", flush=True)
    print("The desktop window is not part of this build yet; the server runs until Ctrl+C.")
    uvicorn.run(create_app(settings, engine=engine), host="127.0.0.1", port=port, log_level="warning")
    return 0


def main(argv: list[str] | None = None) -> int:
    from desktop import sync_cli

    parser = argparse.ArgumentParser(prog="enquiry-desk", description="Enquiry Desk desktop client")
    parser.add_argument(
        "--demo", action="store_true", help="start the embedded demo server with the demo data"
    )
    parser.add_argument(
        "--port", type=int, default=0, help="port of the embedded demo server (default: any free)"
    )
    sub = parser.add_subparsers(dest="command")
    sync_cli.add_parser(sub)
    args = parser.parse_args(argv)
    if args.command == "sync":
        return int(args.run(args))
    if not args.demo:
        parser.print_help()
        print("\nOnly --demo and sync are available in this build.", file=sys.stderr)
        return 2
    os.environ.setdefault("JOBS_INTERVAL_SECONDS", "30")
    data_dir = Path(tempfile.mkdtemp(prefix="enquiry-desk-demo-"))
    return run_demo_server(data_dir, args.port or free_port())


if __name__ == "__main__":
    sys.exit(main())
