"""What the head-office administration endpoints share: who may call them, and their errors.

Only head-office people with role `admin` pass (others 403, anonymous 401). Store refusals
(`central.store.admin.AdminError`) become the API's one error shape with their own status.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import Depends

from central.api.deps import Principal, current_actor
from central.api.errors import ApiError
from central.store.accounts import ROLE_ADMIN
from central.store.admin import AdminError


def require_admin(actor: Annotated[Principal, Depends(current_actor)]) -> Principal:
    if not (actor.is_head_office and actor.has_role(ROLE_ADMIN)):
        raise ApiError(403, "forbidden", "Only head office's administrators may do this.")
    return actor


HqAdmin = Annotated[Principal, Depends(require_admin)]


@contextmanager
def admin_errors() -> Iterator[None]:
    """Answer an `AdminError` raised inside as `{"error": {code, message}}` with its status."""
    try:
        yield
    except AdminError as exc:
        raise ApiError(exc.status, exc.code, exc.message, details=exc.details) from None
