"""Head office's report figures prepared per local day and partner (report_cube.py keeps them).

One row per (local day of receipt in head office's zone, partner) with what that day's units of
that partner add up to - the counts, the distinct enquiries, the time series as packed numbers;
its decline reasons as written in `report_cube_reasons` - and one row per day with partner ""
holding the distinct enquiries of the day over all partners. A day whose facts changed since its
rows were made is listed in `report_cube_stale` (written by the one write path in the same
transaction as the facts); its rows are made again by the jobs, and a report computes it from
the facts meanwhile.
"""

from __future__ import annotations

from sqlalchemy import Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central.store.base import Base

ALL_PARTNERS = ""  # the partner of a day's row that holds only the distinct enquiries of the day


class ReportCubeDay(Base):
    __tablename__ = "report_cube_days"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # ISO date, head office's zone
    partner: Mapped[str] = mapped_column(String(36), primary_key=True)
    received: Mapped[int] = mapped_column(Integer)
    offered: Mapped[int] = mapped_column(Integer, default=0)
    accepted: Mapped[int] = mapped_column(Integer, default=0)
    declined: Mapped[int] = mapped_column(Integer, default=0)
    expired: Mapped[int] = mapped_column(Integer, default=0)
    withdrawn: Mapped[int] = mapped_column(Integer, default=0)
    pending: Mapped[int] = mapped_column(Integer, default=0)
    decided_in_time: Mapped[int] = mapped_column(Integer, default=0)
    processed: Mapped[int] = mapped_column(Integer, default=0)
    won: Mapped[int] = mapped_column(Integer, default=0)
    lost: Mapped[int] = mapped_column(Integer, default=0)
    discarded: Mapped[int] = mapped_column(Integer, default=0)
    # The series (report_cube.SERIES), each as little-endian float64 hours / int64 microseconds.
    decision_hours: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    decision_wall_hours: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    processed_hours: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    processed_wall_hours: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    silent_from: Mapped[bytes] = mapped_column(LargeBinary, default=b"")


class ReportCubeReason(Base):
    """How often a (day, partner)'s declines gave a reason, as written (normalised when read)."""

    __tablename__ = "report_cube_reasons"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    partner: Mapped[str] = mapped_column(String(36), primary_key=True)
    reason: Mapped[str] = mapped_column(Text, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class ReportCubeStale(Base):
    """A day whose rows no longer match the facts; `token` changes with every new mark, so the
    job that made the rows again removes the mark only if no write came meanwhile."""

    __tablename__ = "report_cube_stale"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    token: Mapped[str] = mapped_column(String(32))


class ReportCubeZone(Base):
    """The zone the days are cut in (head office's when they were made); one row, or none
    before the first build. Another zone than the company's: the jobs build them again."""

    __tablename__ = "report_cube_zone"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    zone: Mapped[str] = mapped_column(String(64))
