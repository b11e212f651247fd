"""Liveness and database reachability, for load balancers and the desktop client's "online" check;
also the server's version and the oldest client version it wants (`MIN_CLIENT_VERSION`): an older
desktop client tells its user to update (desktop/sync/version_check.py) and keeps working."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from central.api.errors import ApiError
from central.config import Settings, package_version
from central.db import is_postgres

router = APIRouter(prefix="/api/v1", tags=["health"])


class HealthOut(BaseModel):
    status: str
    database: str
    version: str
    min_client_version: str


@router.get("/health", response_model=HealthOut)
def health(request: Request) -> HealthOut:
    engine: Engine = request.app.state.engine
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        raise ApiError(503, "database_unavailable", "The database cannot be reached.") from None
    settings: Settings = request.app.state.settings
    return HealthOut(
        status="ok",
        database="postgresql" if is_postgres(engine) else "sqlite",
        version=package_version(),
        min_client_version=settings.min_client_version,
    )
