"""The sync engine: push the outbox, pull the change feed, and keep doing it while online.

Qt-free; the desktop's Qt adapter and the headless `enquiry-desk sync` command both drive it.
Every step is resumable: the cursor advances with each applied page, the outbox shrinks only when
the server has acknowledged (through a pull) what it applied.
"""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, text

from desktop.changes import NOTHING, Changes
from desktop.models import meta
from desktop.models.cache import writing
from desktop.sync import messages
from desktop.sync.apply_pull import apply_page, prepare_page
from desktop.sync.erased import fold_log
from desktop.sync.local_rules import load_actor
from desktop.sync.transport import Gap, Offline, ResyncRequired, Transport

PUSH_BATCH = 100
# What a resync pulls again; the outbox, refusals and the meta rows (client id, sign-in) stay.
SERVER_TABLES = (
    "enquiries_fts",
    "notes",
    "documents",
    "tasks",
    "history",
    "external_steps",
    "contacts",
    "people",
    "companies",
    "notifications",
    "preferences",
    "enquiries",
    "contact_history",
    "survey_contacts",
    "surveys",
)
PAGE = 2000


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    deleted: int = 0
    refused: int = 0
    pages: int = 0
    cursor: int = 0
    pending: int = 0
    changes: Changes = NOTHING  # what the pulled pages changed in the cache, all of them together


@dataclass
class Backoff:
    """Capped exponential backoff with full jitter (seeded for reproducible tests)."""

    base: float = 1.0
    cap: float = 60.0
    attempt: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_delay(self) -> float:
        # 2**attempt as an int overflows float conversion after ~1024 failures (a night offline),
        # which would end the sync loop; the exponent stops at 1000, where the cap rules anyway.
        bound = min(self.cap, self.base * 2.0 ** min(self.attempt, 1000))
        delay = self.rng.uniform(0, bound)
        self.attempt += 1
        return delay

    def reset(self) -> None:
        self.attempt = 0


class SyncEngine:
    def __init__(
        self, engine: Engine, transport: Transport, *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.db = engine
        self.transport = transport
        self.clock = clock
        self._lock = threading.Lock()  # one sync at a time per cache

    @property
    def client_id(self) -> str:
        with self.db.connect() as conn:
            value = meta.get(conn, "client_id")
        assert value is not None
        return value

    def remember_user(self, user: dict[str, object]) -> None:
        with self.db.begin() as conn:
            meta.set(conn, "user", json.dumps(user))

    def pending_count(self) -> int:
        with self.db.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM outbox")).scalar_one())

    def push(self) -> int:
        """Send everything not yet acknowledged, in order; returns how many mutations were sent."""
        sent = 0
        client_id = self.client_id
        while True:
            with self.db.connect() as conn:
                after = meta.get_int(conn, "pushed_through")
                rows = conn.execute(
                    text(
                        "SELECT mutation_id, name, args FROM outbox WHERE mutation_id > :a "
                        "ORDER BY mutation_id LIMIT :n"
                    ),
                    {"a": after, "n": PUSH_BATCH},
                ).all()
            if not rows:
                return sent
            mutations = [{"id": r.mutation_id, "name": r.name, "args": json.loads(r.args)} for r in rows]
            try:
                results = self.transport.push(client_id, mutations)
                through = max(int(r["id"]) for r in results) if results else after
            except Gap as gap:
                # The server has applied up to gap.last_mutation_id (an earlier answer was lost).
                through = gap.last_mutation_id
                if through < rows[0].mutation_id - 1:
                    raise Offline(messages.LOST_TRACK, "gap") from gap
            with self.db.begin() as conn:
                meta.set(conn, "pushed_through", str(through))
            sent += len(rows)

    def pull(self, progress: Callable[[int, bool], None] | None = None) -> SyncReport:
        try:
            return self._pull(progress)
        except ResyncRequired:
            # The server was restored from a backup: our cursor points past its feed. Start again
            # from a snapshot; the outbox stays and is replayed over it (DESIGN.md, Sync 5).
            self._forget_server_data()
            report = self._pull(progress)
            report.changes = Changes.all()  # the cache was emptied and filled again
            return report

    def _pull(self, progress: Callable[[int, bool], None] | None) -> SyncReport:
        """Pull until the feed is drained. While one page is applied the next is already fetched,
        decoded and turned into rows on a helper thread (its cursor and result mark are known from
        the page in hand), so the server's, the wire's and the row building's time hides behind the
        cache's writes. A page that fails to
        apply leaves the stored cursor where it was; the page fetched ahead is then dropped."""
        report = SyncReport()
        erased = 0
        client_id = self.client_id
        with self.db.connect() as conn:
            raw = meta.get(conn, "cursor")
            results_after = meta.get_int(conn, "results_seen")
            stored_epoch = meta.get(conn, "feed_epoch")
            company_id = load_actor(conn).company_id
        cursor = int(raw) if raw is not None else None

        def fetch(after: int | None, results: int, epoch: int | None) -> dict[str, Any]:
            page = self.transport.pull(client_id, after, limit=PAGE, results_after=results, epoch=epoch)
            return prepare_page(page, company_id)  # the page's rows built here, off the writing thread

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull-ahead") as ahead:
            epoch = int(stored_epoch) if stored_epoch is not None else None
            coming = ahead.submit(fetch, cursor, results_after, epoch)
            while True:
                page = coming.result()
                results_after = max([results_after, *(int(r["id"]) for r in page.get("results") or ())])
                if page["has_more"]:
                    coming = ahead.submit(fetch, int(page["cursor"]), results_after, page["epoch"])
                with writing(self.db, durable=False) as conn:  # a pulled page holds no edit of the user's
                    counts, changes = apply_page(conn, page, now=self.clock())
                    meta.set(conn, "feed_epoch", str(page["epoch"]))
                erased += counts["erased"]
                report.changes |= changes
                report.pages += 1
                report.pulled += counts["put"]
                report.deleted += counts["del"]
                report.refused += counts["refused"]
                report.cursor = int(page["cursor"])
                if progress:
                    progress(report.pulled + report.deleted, bool(page["has_more"]))
                if not page["has_more"]:
                    break
        if erased:
            fold_log(self.db)  # the erased rows' old pages leave the write-ahead log
        if cursor is None:
            report.changes = Changes.all()  # a snapshot into an empty cache: everything is new
        report.pending = self.pending_count()
        return report

    def sync_once(self, progress: Callable[[int, bool], None] | None = None) -> SyncReport:
        from desktop.sync import read_marks

        with self._lock:
            read_marks.send(self.db, self.transport)  # read here: read on the other devices too
            pushed = self.push()
            report = self.pull(progress)
            if pushed and self.pending_count():
                # What we pushed is acknowledged by the next pull; make it that one.
                first = report
                report = self.pull(progress)
                report.changes = first.changes | report.changes
                report.pulled += first.pulled
                report.deleted += first.deleted
                report.refused += first.refused
                report.pages += first.pages
            report.pushed = pushed
            with self.db.begin() as conn:
                meta.set(conn, "last_sync", self.clock().isoformat())
            return report

    def _forget_server_data(self) -> None:
        with self.db.begin() as conn:
            for table in SERVER_TABLES:
                conn.execute(text(f"DELETE FROM {table}"))
            # pushed_through goes too: the outbox is sent again from its start, and the server
            # answers what it already has from its stored results (exactly once by mutation id).
            meta.delete(conn, "cursor", "feed_epoch", "pushed_through")

    def cursor(self) -> int:
        with self.db.connect() as conn:
            return meta.get_int(conn, "cursor")
