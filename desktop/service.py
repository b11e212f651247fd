"""The service layer the views use: actions, queries and sync status, with no Qt in sight.

Writes go through one lock (SQLite has one writer anyway); network work runs on the caller's
thread, which the Qt adapter keeps off the UI thread. Listeners hear "what changed" once per
write or pull, and how the sync is doing.

Reads (lists, one enquiry, people, notifications) go through one plain `sqlite3` connection
(`desktop.models.cache.open_reader`), not the SQLAlchemy engine: autocommit reads in WAL mode
never wait for a pull page being written, and the window can show its first page before the sync
stack is imported. That is also why this module imports SQLAlchemy, the sync engine and the rules
only where they are used: `DeskService.from_cache(path)` serves the first paint, `attach(session)`
adds signing in, actions and sync once the window is on screen (desktop/views/app.py).
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from desktop.models import queries

if TYPE_CHECKING:
    from desktop.models import survey_queries
    from desktop.sync.engine import Backoff, SyncEngine, SyncReport
    from desktop.sync.session import DeskSession
    from enquiries.directory import Actor, Directory
    from enquiries.refusals import Refusal
    from enquiries.state import Enquiry
    from enquiries.surveys import SurveyCommand, SurveyOutcome
    from enquiries.wire import AnyCommand


class NotStarted(RuntimeError):
    """An action or sync asked for before `attach(session)` (the window's first paint comes first)."""


@dataclass(frozen=True)
class SyncState:
    online: bool = False
    syncing: bool = False
    pending: int = 0
    last_sync: str | None = None
    message: str = ""
    signed_out: bool = False
    progress: int = 0


Listener = Callable[..., None]
log = logging.getLogger(__name__)


def utcnow() -> datetime:
    return datetime.now(UTC)


class DeskService:
    def __init__(
        self,
        session: DeskSession | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
        path: Path | None = None,
        reader: sqlite3.Connection | None = None,
    ) -> None:
        if session is None and path is None:
            raise ValueError("a session or the cache's path")
        self.session: DeskSession | None = None
        self.path: Path = session.path if session is not None else path  # type: ignore[assignment]
        self.clock = clock
        self._write = threading.Lock()
        self._reading = threading.RLock()  # one read connection, shared by the UI and sync threads
        self._reader = reader
        self.on_changed: list[Listener] = []  # (enquiry ids or None for "anything", origin)
        self.on_state: list[Listener] = []  # (SyncState)
        self.on_refused: list[Listener] = []  # (list of refusal dicts)
        self._wake = threading.Event()
        self._user: dict[str, Any] | None = None
        self.state = SyncState(pending=self.pending_count())
        if session is not None:
            self.attach(session)

    @classmethod
    def from_cache(cls, reader: sqlite3.Connection, path: Path, **kwargs: Any) -> DeskService:
        """Reads only, for the first paint; `attach(session)` once signed in."""
        return cls(None, path=path, reader=reader, **kwargs)

    def attach(self, session: DeskSession) -> None:
        """Signed in: actions, documents and sync work from now on."""
        self.session = session
        self.path = session.path
        self._user = None  # signing in may have stored a newer copy of the user

    @property
    def sync(self) -> SyncEngine:
        if self.session is None:
            raise NotStarted("not signed in yet")
        return self.session.sync

    @property
    def started(self) -> bool:
        return self.session is not None

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        from desktop.models.cache import open_reader

        with self._reading:
            if self._reader is None:
                self._reader = open_reader(self.path)
                if self._reader is None:
                    raise NotStarted(f"no cache at {self.path}")
            yield self._reader

    def close_reader(self) -> None:
        """Let go of the file (before it is wiped; Windows cannot delete an open file). The next
        read opens it again, if it is still there."""
        with self._reading:
            if self._reader is not None:
                self._reader.close()
                self._reader = None

    def close(self) -> None:
        self.close_reader()
        if self.session is not None:
            self.session.close()

    # --- who am I ---------------------------------------------------------------------------
    @property
    def user(self) -> dict[str, Any]:
        """The signed-in person; read once (it is asked for on every list page)."""
        if self._user is None:
            with self._read() as conn:
                self._user = dict(json.loads(queries.meta(conn, "user") or "{}"))
        return self._user

    def pending_count(self) -> int:
        with self._read() as conn:
            return queries.pending_count(conn)

    # --- actions ------------------------------------------------------------------------------
    def perform(self, command: AnyCommand, *, origin: str = "user") -> Refusal | int:
        from desktop.sync.outbox import perform
        from desktop.sync.survey_local import perform_survey
        from enquiries.refusals import Refusal
        from enquiries.surveys import SurveyCommand
        from enquiries.wire import target_id

        with self._write:
            if isinstance(command, SurveyCommand):
                result = perform_survey(self.sync.db, command, now=self.clock())
            else:
                result = perform(self.sync.db, command, now=self.clock())
        if not isinstance(result, Refusal):
            self._emit(self.on_changed, [target_id(command)], origin)
            self._set_state(pending=self.pending_count())
            self._wake.set()  # push soon
        return result

    # --- queries ------------------------------------------------------------------------------
    def list_offers(self, query: queries.ListQuery) -> list[tuple[Any, ...]]:
        with self._read() as conn:
            return queries.offers_on_top(conn, query, self.user.get("id", ""))

    def list_rest(
        self, query: queries.ListQuery, *, limit: int, after: tuple[Any, ...] | None = None
    ) -> list[tuple[Any, ...]]:
        with self._read() as conn:
            return queries.rest_page(conn, query, self.user.get("id", ""), limit=limit, after=after)

    def page(self, query: queries.ListQuery, *, offset: int, limit: int) -> list[tuple[Any, ...]]:
        with self._read() as conn:
            return queries.page(conn, query, self.user.get("id", ""), offset=offset, limit=limit)

    def enquiry(self, enquiry_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            return queries.enquiry(conn, enquiry_id)

    def actor(self) -> Actor:
        from desktop.sync.local_rules import load_actor

        with self.sync.db.connect() as conn:
            return load_actor(conn)

    def directory(self) -> Directory:
        from desktop.sync.local_rules import load_directory

        with self.sync.db.connect() as conn:
            return load_directory(conn)

    def state_of(self, enquiry_id: str) -> Enquiry | None:
        from desktop.sync.local_rules import state_from_projection

        data = self.enquiry(enquiry_id)
        if not data:
            return None
        # `enquiry()` adds what only the cache knows (pending, journal rows): not part of the state.
        return state_from_projection(
            {k: v for k, v in data.items() if k != "pending" and not k.startswith("journal_")}
        )

    def allowed(self, enquiry_id: str) -> frozenset[str]:
        """The actions the rules allow the signed-in person on this enquiry now."""
        from enquiries.availability import allowed_actions

        state = self.state_of(enquiry_id)
        if state is None:
            return frozenset()
        return allowed_actions(state, self.actor(), self.directory(), self.clock())

    def people(self, company_id: str | None = None, *, active_only: bool = True) -> list[dict[str, Any]]:
        with self._read() as conn:
            return queries.people(conn, company_id, active_only=active_only)

    def companies(self) -> list[dict[str, Any]]:
        with self._read() as conn:
            return queries.companies(conn)

    def contacts(self) -> list[dict[str, Any]]:
        with self._read() as conn:
            return queries.contacts(conn)

    def notifications(self, *, unread_only: bool = False) -> list[dict[str, Any]]:
        with self._read() as conn:
            return queries.notifications(conn, unread_only=unread_only)

    def mark_notifications_read(self) -> None:
        from sqlalchemy import text

        with self._write, self.sync.db.begin() as conn:
            conn.execute(text("UPDATE notifications SET read = 1 WHERE read = 0"))

    def upload_document(self, path: Path) -> tuple[str, int, str]:
        """Send a file to the server; returns (document id, size, sha256). Needs a connection."""
        import hashlib
        import mimetypes
        import uuid

        data = path.read_bytes()
        if len(data) > 20 * 1024 * 1024:
            raise ValueError("too_large")
        document_id = str(uuid.uuid4())
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        r = self.sync.transport.call(
            "PUT",
            f"/documents/{document_id}",
            content=data,
            headers={
                "X-Filename": quote(path.name, safe=""),  # percent-encoded: headers carry no UTF-8
                "Content-Type": content_type,
            },
        )
        from desktop.sync.transport import Rejected

        if r.status_code not in (200, 201):
            raise Rejected(r.text[:200], "upload_failed")
        return document_id, len(data), hashlib.sha256(data).hexdigest()

    def download_document(self, document_id: str, filename: str, folder: Path) -> Path:
        from desktop.sync.transport import Rejected

        r = self.sync.transport.call("GET", f"/documents/{document_id}")
        if r.status_code != 200:
            raise Rejected(r.text[:200], "download_failed")
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / Path(filename).name
        target.write_bytes(r.content)
        return target

    # --- surveys ------------------------------------------------------------------------------
    def surveys(self) -> list[dict[str, Any]]:
        from desktop.models import survey_queries

        with self.sync.db.connect() as conn:
            return survey_queries.surveys(conn)

    def survey_page(
        self, query: survey_queries.ContactQuery, *, offset: int, limit: int
    ) -> list[tuple[Any, ...]]:
        from desktop.models import survey_queries

        end = self.clock().replace(hour=23, minute=59, second=59).isoformat().replace("+00:00", "Z")
        me = self.user.get("id", "")
        with self._read() as conn:  # the lists' one reader: no write lock, no pool checkout
            return survey_queries.page(conn, query, me=me, today_end=end, offset=offset, limit=limit)

    def survey_contact(self, contact_id: str) -> dict[str, Any] | None:
        from desktop.models import survey_queries

        with self.sync.db.connect() as conn:
            return survey_queries.contact(conn, contact_id)

    def next_call(self, survey_id: str) -> str | None:
        from desktop.models import survey_queries

        now = self.clock().isoformat().replace("+00:00", "Z")
        with self.sync.db.connect() as conn:
            return survey_queries.next_for_agent(conn, survey_id, self.user.get("id", ""), now)

    def check_survey_command(self, command: SurveyCommand) -> SurveyOutcome | Refusal:
        """Decide without writing: the dialog shows errors at the field and notices before saving."""
        from desktop.sync.survey_local import decide_local

        with self.sync.db.connect() as conn:
            return decide_local(conn, command, self.clock())

    def refusals(self, *, unseen_only: bool = False) -> list[dict[str, Any]]:
        with self._read() as conn:
            return queries.refusals(conn, unseen_only=unseen_only)

    def mark_refusals_seen(self) -> None:
        from sqlalchemy import text

        with self._write, self.sync.db.begin() as conn:
            conn.execute(text("UPDATE refusals SET seen = 1 WHERE seen = 0"))

    # --- sync ---------------------------------------------------------------------------------
    def sync_now(self, progress: Callable[[int, bool], None] | None = None) -> SyncReport | None:
        """One push + pull. Offline is a state, not an error; a revoked device wipes the cache."""
        from desktop.sync.transport import Offline, Rejected, SignedOut

        self._set_state(syncing=True, message="")
        try:
            # No write lock here: each pull page and each action is its own IMMEDIATE transaction,
            # so a user's action never waits for the network.
            report = self.sync.sync_once(progress)
        except Offline as exc:
            self._set_state(online=False, syncing=False, message=str(exc), pending=self.pending_count())
            return None
        except SignedOut as exc:
            if exc.code in ("not_authenticated", "no_token"):
                # Never signed in on this run (e.g. started offline): ask, but keep every edit.
                self._set_state(online=False, syncing=False, message=str(exc))
                return None
            self.close_reader()
            assert self.session is not None
            self.session.signed_out()
            self._set_state(online=False, syncing=False, signed_out=True, message=str(exc))
            return None
        except Rejected as exc:
            self._set_state(online=True, syncing=False, message=str(exc))
            return None
        except Exception as exc:  # e.g. a captive portal answering HTML: log it, treat it as offline
            log.exception("sync failed unexpectedly")
            self._set_state(online=False, syncing=False, message=str(exc), pending=self.pending_count())
            return None
        self._set_state(
            online=True, syncing=False, pending=report.pending, last_sync=self.clock().isoformat(), message=""
        )
        if report.pulled or report.deleted or report.pushed:
            self._emit(self.on_changed, None, "sync")
        if report.refused:
            self._emit(self.on_refused, self.refusals(unseen_only=True))
        return report

    def run(self, stop: threading.Event, *, poke_wait: float = 25.0, backoff: Backoff | None = None) -> None:
        """Keep in sync until `stop`: pull on every poke, push soon after every action, back off offline."""
        from desktop.sync.engine import Backoff

        backoff = backoff or Backoff()
        while not stop.is_set():
            report = self.sync_now()
            if self.state.signed_out:
                return
            if report is None:
                stop.wait(backoff.next_delay())
                continue
            backoff.reset()
            if self.pending_count():
                continue
            self._wait_for_change(stop, poke_wait)

    def _wait_for_change(self, stop: threading.Event, poke_wait: float) -> None:
        """Long-poll the server in a helper thread; a local action or `stop` also ends the wait."""
        self._wake.clear()
        done = threading.Event()

        def poke() -> None:
            with contextlib.suppress(Exception):
                self.sync.transport.poke(self.sync.cursor(), wait=poke_wait)
            done.set()

        threading.Thread(target=poke, daemon=True).start()
        while not (done.is_set() or stop.is_set() or self._wake.is_set()):
            done.wait(0.05)

    # --- plumbing -----------------------------------------------------------------------------
    def _set_state(self, **changes: Any) -> None:
        self.state = replace(self.state, **changes)
        self._emit(self.on_state, self.state)

    @staticmethod
    def _emit(listeners: list[Listener], *args: Any) -> None:
        for listener in list(listeners):
            listener(*args)

    def wake(self) -> None:
        self._wake.set()
