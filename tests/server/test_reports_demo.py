"""The demo data set's reports are not empty: its enquiries are played through the real write path,
so their facts exist without a seed of their own, for head office and for each partner."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from central.app import create_app
from central.cli import main
from central.config import Settings
from central.db import make_engine
from tests.server.helpers import TEST_SECRET, TestClient, login
from tests.server.sync_helpers import DEMO_PASSWORD, demo_id

NOW = "2026-12-03T09:00:00+01:00"


@pytest.fixture
def demo(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("SECRET_KEY", TEST_SECRET)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    assert main(["seed-demo", "--count", "80", "--now", NOW]) == 0
    engine = make_engine(db_url)
    settings = Settings(
        data_dir=str(tmp_path / "data"), database_url=db_url, secret_key=TEST_SECRET, jobs_enabled=False
    )
    app = create_app(settings, engine=engine)
    app.state.clock = lambda: datetime.fromisoformat(NOW)
    try:
        with TestClient(app) as client:
            yield client
    finally:
        engine.dispose()


def test_the_demo_has_figures_of_every_kind(demo: TestClient) -> None:
    headers = login(demo, "anna@hq.example", DEMO_PASSWORD)
    body = demo.get("/api/v1/reports/summary", params={"rows": "partner"}, headers=headers).json()
    total = body["total"]
    for measure in ("received", "offered", "accepted", "declined", "expired", "withdrawn", "pending"):
        assert total[measure] > 0, measure
    for measure in ("processed", "silent", "won", "lost", "discarded"):
        assert total[measure] > 0, measure
    assert total["decision_hours_median"] is not None and total["processed_hours_median"] is not None
    assert {m["key"] for m in body["rows"]} == {demo_id(k) for k in ("hq", "mueller", "rossi", "alpen")}
    mine = demo.get(
        "/api/v1/reports/summary",
        params={"rows": "partner"},
        headers=login(demo, "max@mueller.example", DEMO_PASSWORD),
    ).json()
    assert [m["key"] for m in mine["rows"]] == [demo_id("mueller")] and mine["total"]["accepted"] > 0
