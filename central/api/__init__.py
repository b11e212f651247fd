"""The HTTP API. `all_routers()` is the one list of routers the app mounts: add new ones there."""

from __future__ import annotations

from fastapi import APIRouter


def all_routers() -> list[APIRouter]:
    """Every router of the API, in mounting order (imported lazily to keep imports acyclic)."""
    from central.api import auth, documents, health, intake, people, sync

    return [
        health.router,
        auth.router,
        people.router,
        sync.router,
        intake.router,
        documents.router,
    ]
