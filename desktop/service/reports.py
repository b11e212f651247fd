"""Reports from the server (`GET /api/v1/reports/...`), and the last one kept for offline use.

Qt-free. The figures are the server's (it holds every company's facts; a partner's are cut to its
own there): `fetch` runs on the network worker, `keep` on the one local writer (the cache's meta
row `report:last`, wiped with the cache on sign-out like everything else of the account), and
`last` reads it back through the window's reader when the server cannot be reached.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop.failures import AdminRefused
from desktop.models import meta

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from desktop.service.reads import Reads
    from desktop.sync.transport import Transport

Json = dict[str, Any]
Params = Mapping[str, str | list[str]]
LAST = "report:last"


@dataclass(frozen=True)
class Report:
    """One screenful: the pivot, the same over periods for the trend chart, the decision times;
    the parameters asked and when the server answered."""

    params: dict[str, Any]
    summary: Json
    trend: Json
    decision_times: Json
    fetched_at: datetime
    dimensions: Json = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {
                "params": self.params,
                "summary": self.summary,
                "trend": self.trend,
                "decision_times": self.decision_times,
                "dimensions": self.dimensions,
                "fetched_at": self.fetched_at.isoformat(),
            }
        )

    @classmethod
    def from_json(cls, raw: str) -> Report:
        data = json.loads(raw)
        return cls(
            params=dict(data["params"]),
            summary=dict(data["summary"]),
            trend=dict(data["trend"]),
            decision_times=dict(data["decision_times"]),
            dimensions=dict(data.get("dimensions") or {}),
            fetched_at=datetime.fromisoformat(data["fetched_at"]),
        )


def _answer(response: Any) -> Any:
    if 200 <= response.status_code < 300:
        return response.json()
    code, message = "", response.text[:200]
    try:
        error = response.json().get("error", {})
        code, message = str(error.get("code", "")), str(error.get("message", message))
    except (ValueError, AttributeError):
        pass
    raise AdminRefused(message, code, response.status_code)


class Reports:
    def __init__(
        self,
        transport: Callable[[], Transport],
        engine: Callable[[], Engine],
        reads: Reads,
        clock: Callable[[], datetime],
    ) -> None:
        self._transport = transport
        self._engine = engine
        self._reads = reads
        self._clock = clock

    def _get(self, path: str, params: Params) -> Json:
        return dict(_answer(self._transport().call("GET", f"/reports/{path}", params=dict(params))))

    def dimensions(self) -> Json:
        return self._get("dimensions", {})

    def fetch(self, params: Params, *, with_dimensions: bool = False) -> Report:
        """The pivot for `params` (rows, columns, period, on, from, to, filters, compare), the
        trend (the same filters by period) and the decision times. Network worker only."""
        plain = {k: v for k, v in params.items() if k not in ("rows", "columns", "compare")}
        trend = {**plain, "rows": "period"}
        return Report(
            params=dict(params),
            summary=self._get("summary", params),
            trend=self._get("summary", trend),
            decision_times=self._get("decision-times", plain),
            dimensions=self.dimensions() if with_dimensions else {},
            fetched_at=self._clock(),
        )

    def details(self, params: Params, *, limit: int = 5000) -> Json:
        """The rows behind a cell (`params` with the cell's members as filters)."""
        return self._get("enquiries", {**params, "limit": str(limit)})

    def keep(self, report: Report) -> None:
        """Remember `report` for an offline start. The one local writer only."""
        with self._engine().begin() as conn:
            meta.set(conn, LAST, report.to_json())

    def last(self) -> Report | None:
        """The report kept last, or None (never fetched, or kept by an older client)."""
        with self._reads.connection() as conn:
            raw = meta.get(conn, LAST)
        if not raw:
            return None
        try:
            return Report.from_json(raw)
        except (ValueError, KeyError, TypeError):
            return None
