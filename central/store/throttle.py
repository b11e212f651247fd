"""Counted attempts of rate limits, in our own database: a storage for the `limits` library.

One row per counted attempt (`throttle_hits`: the limit's key, when, until when it counts), so
every server process on the same database sees the same counts: an in-memory storage would give
an attacker the budget once per process, and a Redis would be one more service to run for a few
rows a day. Only the moving window is served (the strategy `central/api/throttle.py` uses).

Time is the server's clock (`central/clock.py`, passed in), so tests move the windows with the fake
clock instead of sleeping. Counting is atomic per key: PostgreSQL takes a transaction-scoped
advisory lock on the key, SQLite's write transactions are serial anyway (`BEGIN IMMEDIATE`).
Rows are deleted once no window counts them any more, a few hundred at a time, by whoever counts
the next attempt.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from limits.storage import MovingWindowSupport, Storage
from sqlalchemy import (
    BigInteger,
    Connection,
    Engine,
    Index,
    Integer,
    String,
    delete,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapped, mapped_column

from central.store.base import Base, UTCDateTime

ADVISORY_CLASS = 73_140  # the first half of the advisory lock ids this module takes (PostgreSQL)
SWEEP_BATCH = 500


class ThrottleHit(Base):
    """One counted attempt under one rate limit's key, until `expires_at`."""

    __tablename__ = "throttle_hits"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    key: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index("ix_throttle_hits_key_at", "key", "at"),
        Index("ix_throttle_hits_expires_at", "expires_at"),
    )


class DatabaseStorage(Storage, MovingWindowSupport):
    """`limits` storage on the server's database (moving window only), on the server's clock."""

    STORAGE_SCHEME = None  # built with an engine and a clock, not from a URI

    def __init__(self, engine: Engine, clock: Callable[[], datetime]) -> None:
        super().__init__(None, wrap_exceptions=False)
        self.engine = engine
        self.clock = clock

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return SQLAlchemyError

    def _now(self) -> datetime:
        return self.clock().astimezone(UTC)

    def _lock(self, connection: Connection, key: str) -> None:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:cls, hashtext(:key))"),
                {"cls": ADVISORY_CLASS, "key": key},
            )

    # --- the moving window -----------------------------------------------------------------------
    def acquire_entry(self, key: str, limit: int, expiry: int, amount: int = 1) -> bool:
        """Count `amount` attempts under `key` unless that would pass `limit` in the last `expiry` s."""
        if amount > limit:
            return False
        with self.engine.begin() as connection:
            self._lock(connection, key)
            now = self._now()
            counted = connection.scalar(
                select(func.count())
                .select_from(ThrottleHit)
                .where(ThrottleHit.key == key, ThrottleHit.at > now - timedelta(seconds=expiry))
            )
            if int(counted or 0) + amount > limit:
                return False
            until = now + timedelta(seconds=expiry)
            connection.execute(insert(ThrottleHit), [{"key": key, "at": now, "expires_at": until}] * amount)
            self._sweep(connection, now)
        return True

    def get_moving_window(self, key: str, limit: int, expiry: int) -> tuple[float, int]:
        """(start, count): `count` attempts in the window; a place is free again at `start + expiry`
        (the oldest attempt's time while there is room, else the one whose end makes room)."""
        now = self._now()
        with self.engine.connect() as connection:
            times = list(
                connection.scalars(
                    select(ThrottleHit.at)
                    .where(ThrottleHit.key == key, ThrottleHit.at > now - timedelta(seconds=expiry))
                    .order_by(ThrottleHit.at, ThrottleHit.id)
                )
            )
        if not times:
            return now.timestamp(), 0
        return times[max(0, len(times) - limit)].timestamp(), len(times)

    def release_one(self, key: str) -> None:
        """Take back the newest attempt counted under `key` (it turned out not to be a failure)."""
        with self.engine.begin() as connection:
            self._lock(connection, key)
            newest = select(func.max(ThrottleHit.id)).where(ThrottleHit.key == key).scalar_subquery()
            connection.execute(delete(ThrottleHit).where(ThrottleHit.id == newest))

    def clear(self, key: str) -> None:
        with self.engine.begin() as connection:
            self._lock(connection, key)
            connection.execute(delete(ThrottleHit).where(ThrottleHit.key == key))

    def _sweep(self, connection: Connection, now: datetime) -> None:
        """Delete rows no window counts any more (a batch; rows another process holds are skipped)."""
        expired = select(ThrottleHit.id).where(ThrottleHit.expires_at <= now).limit(SWEEP_BATCH)
        if connection.dialect.name == "postgresql":
            expired = expired.with_for_update(skip_locked=True)
        connection.execute(delete(ThrottleHit).where(ThrottleHit.id.in_(expired.scalar_subquery())))

    # --- the rest of the storage interface ---------------------------------------------------------
    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        raise NotImplementedError("DatabaseStorage serves the moving window only")

    def get(self, key: str) -> int:
        raise NotImplementedError("DatabaseStorage serves the moving window only")

    def get_expiry(self, key: str) -> float:
        raise NotImplementedError("DatabaseStorage serves the moving window only")

    def check(self) -> bool:
        try:
            with self.engine.connect() as connection:
                connection.execute(select(1))
        except SQLAlchemyError:
            return False
        return True

    def reset(self) -> int | None:
        with self.engine.begin() as connection:
            return int(connection.execute(delete(ThrottleHit)).rowcount)
