"""The retention job (issue 14, point 3): closed enquiries' personal data erased after the period,
exactly once with two server processes running the job at the same moment; open and recently
closed enquiries kept; no period, nothing erased. SQLite and PostgreSQL.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from central.config import Settings
from central.jobs.retention import erase_expired
from central.jobs.scheduler import run_once
from central.store.audit import AuditEntry
from central.store.enquiries import EnquiryRow
from central.store.erasure_tables import ErasedEnquiry
from tests.server.matrix_helpers import HUGO, T0, Harness, new_id

DAYS = 30


def enquiry(h: Harness, *, closed_days_ago: int | None, how: str = "won") -> str:
    hugo = h.direct(HUGO)
    enquiry_id = new_id()
    created = T0 - timedelta(days=(closed_days_ago or 0) + 3)
    hugo.must(
        "create_enquiry",
        {"enquiry_id": enquiry_id, "last_name": "Altkunde", "email": "alt@kunde.test"},
        created,
    )
    if closed_days_ago is not None:
        at = T0 - timedelta(days=closed_days_ago)
        if how == "discard":
            hugo.must("discard", {"enquiry_id": enquiry_id}, at)
        else:
            hugo.must("close", {"enquiry_id": enquiry_id, "outcome": how}, at)
    return enquiry_id


def test_two_processes_erase_each_expired_enquiry_once_and_keep_the_rest(h: Harness) -> None:
    expired = [enquiry(h, closed_days_ago=40 + i, how=("won", "lost", "discard")[i % 3]) for i in range(7)]
    young = [enquiry(h, closed_days_ago=DAYS - 1), enquiry(h, closed_days_ago=2)]
    still_open = [enquiry(h, closed_days_ago=None)]
    assert erase_expired(h.factory, now=T0, days=0) == 0, "no retention period: nothing erased"
    barrier = threading.Barrier(2)

    def process() -> int:
        barrier.wait()
        return erase_expired(h.factory, now=T0, days=DAYS)

    with ThreadPoolExecutor(2) as pool:
        erased = sum(pool.map(lambda _: process(), range(2)))
    assert erased == len(expired), "each expired enquiry erased by exactly one of the two"
    assert erase_expired(h.factory, now=T0, days=DAYS) == 0, "and not again"
    with h.factory() as session:
        assert {r.enquiry_id for r in session.scalars(select(ErasedEnquiry))} == set(expired)
        assert all(
            r.reason == "retention" and r.erased_by is None for r in session.scalars(select(ErasedEnquiry))
        )
        audits = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "personal_data_erased")
        )
        assert audits == len(expired), "one audit entry per erasure"
        kept = set(session.scalars(select(EnquiryRow.id)))
        assert set(young) | set(still_open) <= kept and not kept & set(expired)


def test_the_server_jobs_run_the_retention_with_the_configured_period(h: Harness) -> None:
    old = enquiry(h, closed_days_ago=DAYS + 1)
    young = enquiry(h, closed_days_ago=DAYS - 1)
    settings = h.client.app.state.settings.with_changes(retention_days=DAYS)  # type: ignore[attr-defined]
    report = run_once(h.factory, settings, now=T0)
    assert report.erased == 1
    with h.factory() as session:
        assert session.get(EnquiryRow, old) is None and session.get(ErasedEnquiry, old) is not None
        assert session.get(EnquiryRow, young) is not None


@pytest.mark.parametrize("raw", ["-1", "thirty"])
def test_a_bad_retention_period_stops_the_server_with_the_variable_named(tmp_path: Path, raw: str) -> None:
    env = {"DATA_DIR": str(tmp_path), "SECRET_KEY": "x" * 40, "RETENTION_DAYS": raw}
    with pytest.raises(ValueError, match="RETENTION_DAYS"):
        Settings.from_env(env)
    assert Settings.from_env({**env, "RETENTION_DAYS": "365"}).retention_days == 365
