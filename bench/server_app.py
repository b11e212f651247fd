"""The app factory the benchmark server runs: `python -m uvicorn --factory bench.server_app:create`.

Configured by the parent process through BENCH_DATABASE_URL, BENCH_DATA_DIR and BENCH_SECRET.
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from central.app import create_app
from central.config import Settings


def create() -> FastAPI:
    settings = Settings(
        data_dir=os.environ["BENCH_DATA_DIR"],
        database_url=os.environ["BENCH_DATABASE_URL"],
        secret_key=os.environ["BENCH_SECRET"],
        jobs_enabled=False,
    )
    return create_app(settings)
