"""The app factory the benchmark server runs: `python -m uvicorn --factory bench.server_app:create`.

Configured by the parent process through BENCH_DATABASE_URL, BENCH_DATA_DIR and BENCH_SECRET.
With BENCH_PROFILE=PREFIX set, every thread of the server (the event loop and the worker threads
that run the sync endpoints) is profiled with cProfile, and the merged statistics are written to
PREFIX-<backend>-<pid>.prof at shutdown (inspect with `python -m pstats FILE`).
"""

from __future__ import annotations

import cProfile
import os
import pstats
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from central.app import LIFESPAN_HOOKS, create_app
from central.config import Settings


def create() -> FastAPI:
    settings = Settings(
        data_dir=os.environ["BENCH_DATA_DIR"],
        database_url=os.environ["BENCH_DATABASE_URL"],
        secret_key=os.environ["BENCH_SECRET"],
        jobs_enabled=False,
    )
    prefix = os.environ.get("BENCH_PROFILE")
    if not prefix:
        return create_app(settings)
    return create_app(settings, lifespan_hooks=[*LIFESPAN_HOOKS, _profile_all_threads(prefix)])


def _profile_all_threads(prefix: str) -> Any:
    profiles: list[cProfile.Profile] = []

    def start(*_: object) -> None:  # first profile event of a new thread: give it its own profiler
        profile = cProfile.Profile()
        profiles.append(profile)
        profile.enable()

    @asynccontextmanager
    async def hook(app: FastAPI) -> AsyncIterator[None]:
        threading.setprofile(start)
        start()
        yield
        backend = app.state.engine.dialect.name
        pstats.Stats(*profiles).dump_stats(f"{prefix}-{backend}-{os.getpid()}.prof")

    return hook
