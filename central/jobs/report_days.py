"""Make head office's per-day report figures of the days the write path marked stale again
(central/store/report_cube.py), so a report computes few days from the facts itself."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from central.store import report_cube


def refresh_report_days(factory: sessionmaker[Session]) -> int:
    """The days made again (all of them when head office's zone changed)."""
    with factory() as session:
        days = report_cube.refresh(session)
        session.commit()
    return days
