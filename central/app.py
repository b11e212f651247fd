"""Build the FastAPI application: settings, database, error handling, routers, lifespan hooks.

Other parts of the server plug in at two places only: routers go into
`central.api.all_routers()`, and background work (the jobs scheduler) goes into
`LIFESPAN_HOOKS` below, as an async context manager factory taking the app.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager

from fastapi import FastAPI
from sqlalchemy import Engine

from central.api import all_routers
from central.api.errors import BodySizeLimitMiddleware, install_error_handlers
from central.api.throttle import SignInThrottle
from central.clock import now_of
from central.config import Settings
from central.db import make_engine, make_session_factory

logger = logging.getLogger("central")

LifespanHook = Callable[[FastAPI], AbstractAsyncContextManager[None]]
"""Runs around the app's life: code before `yield` at startup, after it at shutdown.

Hooks read what they need from `app.state` (`settings`, `engine`, `session_factory`) and must
respect `app.state.settings` (e.g. do nothing when `jobs_enabled` is false).
"""


def _jobs(app: FastAPI) -> AbstractAsyncContextManager[None]:
    from central.jobs.scheduler import jobs_hook

    return jobs_hook(app)


LIFESPAN_HOOKS: list[LifespanHook] = [_jobs]
"""Startup/shutdown hooks of every app, entered in order and left in reverse order."""


def create_app(
    settings: Settings | None = None,
    *,
    engine: Engine | None = None,
    lifespan_hooks: Sequence[LifespanHook] | None = None,
) -> FastAPI:
    """The server application. An `engine` passed in is used as is and not disposed at shutdown."""
    settings = settings or Settings.from_env()
    owns_engine = engine is None
    engine = engine if engine is not None else make_engine(settings.database_url)
    hooks = list(LIFESPAN_HOOKS if lifespan_hooks is None else lifespan_hooks)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            for hook in hooks:
                await stack.enter_async_context(hook(app))
            yield
        if owns_engine:
            app.state.engine.dispose()

    app = FastAPI(
        title="Enquiry Desk central server",
        version="1",
        lifespan=lifespan,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.session_factory = make_session_factory(engine)
    # Failed sign-ins counted in the database (shared by every process) on the server's clock.
    app.state.sign_in_throttle = SignInThrottle(settings, engine, lambda: now_of(app)())
    install_error_handlers(app)
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes)
    for router in all_routers():
        app.include_router(router)
    logger.info("central server ready on %s", engine.dialect.name)
    return app
