"""`enquiry-server`: init, serve, migrate, seed-demo, run-jobs, feed-restored."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import UTC, datetime
from typing import Any

from central.config import Settings


def _parse_now(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date and time: {text!r}") from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError("give a time zone, e.g. 2026-12-01T09:00:00+01:00 or ...Z")
    return value.astimezone(UTC)


def _factory(settings: Settings) -> Any:
    from central.db import make_engine, make_session_factory

    return make_session_factory(make_engine(settings.database_url))


def cmd_migrate(settings: Settings, args: argparse.Namespace) -> int:
    from central.db import upgrade

    upgrade(settings.database_url)
    print(f"database at {_safe_url(settings.database_url)} is up to date")
    return 0


def cmd_seed_demo(settings: Settings, args: argparse.Namespace) -> int:
    from central.db import upgrade
    from central.demo import seed_accounts
    from central.demo_enquiries import seed_enquiries

    upgrade(settings.database_url)
    factory = _factory(settings)
    now = args.now or datetime.now(UTC)
    try:
        with factory.begin() as session:
            people = seed_accounts(session)
            states = seed_enquiries(session, people, now=now, count=args.count)
    except RuntimeError as exc:
        print(f"seed-demo: {exc}", file=sys.stderr)
        return 2
    summary = ", ".join(f"{k} {v}" for k, v in sorted(states.items()))
    print(
        f"demo data created in {_safe_url(settings.database_url)}: "
        f"{sum(states.values())} enquiries ({summary}); "
        f"password 'demo' for every account, intake key 'demo-intake-key'"
    )
    return 0


ADMIN_PASSWORD_ENV = "ENQUIRY_ADMIN_PASSWORD"


def _admin_password(args: argparse.Namespace) -> str | None:
    """From the environment (scripts), else asked twice on the terminal; never echoed."""
    import getpass
    import os

    given = os.environ.get(args.password_env)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        print(f"init: no terminal to ask for the admin password; set {args.password_env}", file=sys.stderr)
        return None
    first = getpass.getpass(f"Password for {args.admin_login}: ")
    if getpass.getpass("The same password again: ") != first:
        print("init: the two passwords differ; nothing was created", file=sys.stderr)
        return None
    return first


def cmd_init(settings: Settings, args: argparse.Namespace) -> int:
    from central.bootstrap import BootstrapError, check_admin, check_calendar, init_installation
    from central.db import upgrade

    try:  # everything that can be checked before asking for a password or touching the database
        check_calendar(args.country, args.subdivision, args.timezone)
        check_admin(args.admin_login, args.admin_name, "x" * 64)
    except BootstrapError as exc:
        print(f"init: {exc}", file=sys.stderr)
        return 2
    password = _admin_password(args)
    if password is None:
        return 2
    upgrade(settings.database_url)
    try:
        with _factory(settings).begin() as session:
            done = init_installation(
                session,
                company=args.company,
                country=args.country,
                subdivision=args.subdivision,
                timezone=args.timezone,
                admin_login=args.admin_login,
                admin_name=args.admin_name,
                password=password,
            )
    except BootstrapError as exc:
        print(f"init: {exc}", file=sys.stderr)
        return 2
    print(
        f"{args.company} set up in {_safe_url(settings.database_url)} (head office {done.company_id}); "
        f"sign in as {args.admin_login.strip().lower()} to add partners, routes and people"
    )
    return 0


def cmd_run_jobs(settings: Settings, args: argparse.Namespace) -> int:
    from central.jobs.scheduler import run_once

    report = run_once(_factory(settings), settings, now=args.now or datetime.now(UTC))
    e, m = report.expiry, report.mail
    print(
        f"offers expired: {e.expired} (forwarded {e.forwarded}, returned {e.returned}); "
        f"offers reminded: {report.reminders}; digests: {report.digests}; "
        f"mail sent: {m.sent}, retried: {m.retried}, failed: {m.failed}"
    )
    return 0


def cmd_feed_restored(settings: Settings, args: argparse.Namespace) -> int:
    from central.store.pull import renew_feed_epoch

    with _factory(settings).begin() as session:
        renew_feed_epoch(session)
    print(
        f"change feed of {_safe_url(settings.database_url)} renewed: every client resyncs from a "
        "snapshot at its next sync (edits not yet sent are kept and sent)"
    )
    return 0


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    from central.app import create_app
    from central.db import upgrade

    upgrade(settings.database_url)
    from central.api.sync import SHUTDOWN_GRACE

    uvicorn.run(
        create_app(settings),
        host=args.host,
        port=args.port,
        log_level="info",
        proxy_headers=True,
        timeout_graceful_shutdown=SHUTDOWN_GRACE,
    )
    return 0


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="enquiry-server", description="Enquiry Desk central server")
    sub = parser.add_subparsers(dest="command", required=True)
    init = sub.add_parser(
        "init", help="start an installation on an empty database: head office + first admin"
    )
    init.add_argument("--company", required=True, help="head office's name")
    init.add_argument("--country", required=True, help="ISO country code of head office's calendar, e.g. IT")
    init.add_argument("--subdivision", default=None, help="region with its own holidays, e.g. BZ")
    init.add_argument("--timezone", required=True, help="IANA time zone, e.g. Europe/Rome")
    init.add_argument("--admin-login", required=True, help="the first admin's e-mail address")
    init.add_argument("--admin-name", default="Administrator", help="the first admin's display name")
    init.add_argument(
        "--password-env",
        default=ADMIN_PASSWORD_ENV,
        help=f"environment variable holding the admin password (default {ADMIN_PASSWORD_ENV}); "
        "without it the password is asked on the terminal",
    )
    init.set_defaults(run=cmd_init)
    from central.admin_cli import add_parser as add_admin

    add_admin(sub)
    serve = sub.add_parser("serve", help="run the HTTP API (migrates the database first)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(run=cmd_serve)
    migrate = sub.add_parser("migrate", help="bring the database schema up to date")
    migrate.set_defaults(run=cmd_migrate)
    seed = sub.add_parser("seed-demo", help="fill an empty database with the demo data set")
    seed.add_argument(
        "--now", type=_parse_now, default=None, help="simulated 'now' for the data (ISO, with zone)"
    )
    seed.add_argument("--count", type=int, default=300, help="number of routed web enquiries")
    seed.set_defaults(run=cmd_seed_demo)
    jobs = sub.add_parser("run-jobs", help="run the deadline, reminder, digest and mail jobs once and exit")
    jobs.add_argument("--now", type=_parse_now, default=None, help="as of this time (ISO, with zone)")
    jobs.set_defaults(run=cmd_run_jobs)
    restored = sub.add_parser(
        "feed-restored", help="after restoring a database backup: make every client resync from a snapshot"
    )
    restored.set_defaults(run=cmd_feed_restored)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except ValueError as exc:
        print(f"enquiry-server: configuration error: {exc}", file=sys.stderr)
        return 2
    try:
        return int(args.run(settings, args))
    except SystemExit as exc:  # a refusal of `admin ...`: its sentence is printed already
        return int(exc.code or 0)


if __name__ == "__main__":
    sys.exit(main())
