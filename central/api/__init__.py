"""The HTTP API. `all_routers()` is the one list of routers the app mounts: add new ones there."""

from __future__ import annotations

from fastapi import APIRouter


def all_routers() -> list[APIRouter]:
    """Every router of the API, in mounting order (imported lazily to keep imports acyclic)."""
    from central.api import (
        account,
        admin_companies,
        admin_keys,
        admin_people,
        admin_routes,
        auth,
        documents,
        health,
        intake,
        notifications,
        people,
        privacy,
        reports,
        sync,
    )

    return [
        health.router,
        auth.router,
        account.router,
        people.router,
        sync.router,
        intake.router,
        documents.router,
        admin_companies.router,
        admin_routes.router,
        admin_keys.router,
        admin_people.router,
        reports.router,
        notifications.router,
        privacy.router,
    ]
