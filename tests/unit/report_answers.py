"""The server's real report answers for the client's report tests (charts, exports).

Plays tests/server/report_scenario.py (five known enquiries, SQLite, the demo accounts) once
per test session on the real app, and keeps head office's answers as parsed JSON dicts, exactly
what the client receives: summaries by partner (with months as columns, compared with the month
before), by channel (all, and Müller's only), the trend by month, the detail rows, the decision
times, an empty range and the dimensions.
"""

from __future__ import annotations

import copy
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from central.demo import demo_id

ANNA = "anna@hq.example"
MUELLER = demo_id("mueller")
ROSSI = demo_id("rossi")
RANGE = {"from": "2026-03-01", "to": "2026-04-30"}


@cache
def _answers() -> dict[str, Any]:
    os.environ.setdefault("ENQUIRY_FAST_HASH", "1")
    from central.app import create_app
    from central.config import Settings
    from central.db import create_all, make_engine, make_session_factory
    from tests.server.helpers import TEST_SECRET, TestClient
    from tests.server.report_scenario import play

    folder = Path(tempfile.mkdtemp(prefix="report-answers-"))
    url = f"sqlite:///{folder / 'central.sqlite3'}"
    engine = make_engine(url)
    create_all(engine)
    settings = Settings(
        data_dir=str(folder / "data"), database_url=url, secret_key=TEST_SECRET, jobs_enabled=False
    )
    app = create_app(settings, engine=engine)
    try:
        with TestClient(app) as client:
            s = play(client, app, make_session_factory(engine))
            return {
                "by_partner": s.ok(ANNA, "summary", rows="partner", **RANGE),
                "by_partner_month": s.ok(ANNA, "summary", rows="partner", columns="period", **RANGE),
                "by_channel": s.ok(ANNA, "summary", rows="channel", **RANGE),
                "trend": s.ok(ANNA, "summary", rows="period", **RANGE),
                "details": s.ok(ANNA, "enquiries", **RANGE),
                "decision_times": s.ok(ANNA, "decision-times", **RANGE),
                "empty": s.ok(ANNA, "summary", rows="partner", **{"from": "2025-01-01", "to": "2025-01-31"}),
                "empty_times": s.ok(ANNA, "decision-times", **{"from": "2025-01-01", "to": "2025-01-31"}),
                "mueller_by_channel": s.ok(ANNA, "summary", rows="channel", partner=MUELLER, **RANGE),
                "compared": s.ok(
                    ANNA,
                    "summary",
                    rows="partner",
                    compare="previous",
                    **{"from": "2026-04-01", "to": "2026-04-30"},
                ),
                "dimensions": s.ok(ANNA, "dimensions"),
            }
    finally:
        engine.dispose()


def answer(name: str) -> dict[str, Any]:
    """A fresh copy of one answer (tests may change it)."""
    return copy.deepcopy(_answers()[name])
