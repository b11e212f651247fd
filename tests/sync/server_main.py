"""Run a real central server process for client tests: `python -m tests.sync.server_main URL PORT [--seed]`.

With --seed it creates the schema and the demo accounts (no enquiries: tests make their own).
Jobs are off; tests run the deadline job explicitly. `SIGN_IN_LIMITS_*` are read from the
environment (central/config.py), so a test can give the server a wait of seconds.
"""

from __future__ import annotations

import argparse
import os


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("database_url")
    parser.add_argument("port", type=int)
    parser.add_argument("--seed", action="store_true")
    parser.add_argument("--data-dir", required=True)
    args = parser.parse_args()
    os.environ.setdefault("ENQUIRY_FAST_HASH", "1")

    import uvicorn

    from central.api.sync import SHUTDOWN_GRACE
    from central.app import create_app
    from central.config import Settings
    from central.db import create_all, make_engine, make_session_factory
    from central.demo import seed_accounts

    engine = make_engine(args.database_url)
    if args.seed:
        create_all(engine)
        with make_session_factory(engine).begin() as session:
            seed_accounts(session)
    # The sign-in limits may come from the environment (a test's short wait); nothing else does.
    limits = Settings.values_from_env({k: v for k, v in os.environ.items() if k.startswith("SIGN_IN_")})
    settings = Settings(data_dir=args.data_dir, database_url=args.database_url, jobs_enabled=False, **limits)
    uvicorn.run(
        create_app(settings, engine=engine),
        host="127.0.0.1",
        port=args.port,
        log_level="warning",
        timeout_graceful_shutdown=SHUTDOWN_GRACE,
    )


if __name__ == "__main__":
    main()
