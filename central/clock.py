"""The server's clock. Only the server's clock counts for deadlines (DESIGN.md); tests and
`run-jobs --now` replace it through `app.state.clock`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any


def utcnow() -> datetime:
    return datetime.now(UTC)


def now_of(app: Any) -> Callable[[], datetime]:
    clock: Callable[[], datetime] | None = getattr(app.state, "clock", None)
    return clock or utcnow
