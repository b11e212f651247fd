"""SQLite's aggregate report_series for report_sql's grouped query: a group's four time series in
ascending order and its decline reasons counted, handed to Python without serialisation
(PostgreSQL does the same with `array_agg(... ORDER BY ...)`)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session


class _Series:
    """SQLite aggregate report_series(decision, decision_wall, processed, processed_wall,
    reason): the four series (NULLs skipped) in ascending order and the reasons counted, handed
    over in the running statement's `collected` (this thread's) under the token it returns (no
    serialisation)."""

    sink = threading.local()  # .collected: the dict of the statement this thread runs

    def __init__(self) -> None:
        self.values: tuple[list[float], ...] = ([], [], [], [])
        self.reasons: Counter[str] = Counter()

    def step(self, a: float | None, b: float | None, c: float | None, e: float | None, reason: Any) -> None:
        for target, value in zip(self.values, (a, b, c, e), strict=True):
            if value is not None:
                target.append(value)
        if reason is not None:
            self.reasons[reason] += 1

    def finalize(self) -> int:
        for values in self.values:
            values.sort()
        collected: dict[int, Any] = self.sink.collected
        token = len(collected)
        collected[token] = (self.values, self.reasons)
        return token


@contextmanager
def series_aggregate(session: Session) -> Iterator[dict[int, Any]]:
    """report_series on this SQLite connection, registered once per connection (SQLite refuses
    to replace a function while any statement of the connection is still open), collecting into
    a dict of this statement's (and its results')."""
    if session.get_bind().dialect.name != "sqlite":
        yield {}
        return
    fairy = session.connection().connection
    if not fairy.info.get("report_series"):
        raw = fairy.driver_connection
        assert raw is not None
        raw.create_aggregate("report_series", 5, _Series)
        fairy.info["report_series"] = True
    collected: dict[int, Any] = {}
    outer = getattr(_Series.sink, "collected", None)
    _Series.sink.collected = collected
    try:
        yield collected
    finally:
        _Series.sink.collected = outer
        collected.clear()
