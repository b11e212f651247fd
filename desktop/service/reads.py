"""Every read the views make, through ONE plain `sqlite3` connection (`cache.open_reader`).

Autocommit reads in WAL mode never wait for a pull page being written, and need neither
SQLAlchemy nor the rules: the window shows its first page before the sync stack is imported.
The connection is shared by the UI thread and the sync thread (pending count), behind a lock.
The signed-in person and the directory (people, companies: what the rules' availability checks
need) are read once and forgotten when a change names them (`forget`).
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.changes import Changes
from desktop.models import meta, queries

if TYPE_CHECKING:
    import sqlite3  # for types only: a cache is SQLCipher's (issue 14), its module loaded instead

    from desktop.models import survey_queries
    from enquiries.directory import Actor, Directory
    from enquiries.state import Enquiry


class NotStarted(RuntimeError):
    """Asked for something that needs a sign-in (or a cache) before there is one."""


class Reads:
    def __init__(
        self,
        path: Path,
        clock: Callable[[], datetime],
        reader: sqlite3.Connection | None = None,
        key: bytes | None = None,
    ):
        self.path = path
        self.clock = clock
        self._lock = threading.RLock()
        self._reader = reader
        self.key = key  # the cache's key (desktop/models/cache_key.py); None: a plain cache
        self._user: dict[str, Any] | None = None
        self._directory: Directory | None = None

    @contextlib.contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        from desktop.models.cache import open_reader

        with self._lock:
            if self._reader is None:
                self._reader = open_reader(self.path, self.key)
                if self._reader is None:
                    raise NotStarted(f"no cache at {self.path}")
            yield self._reader

    def close(self) -> None:
        """Let go of the file (before it is wiped: Windows cannot delete an open file). The next
        read opens it again, if it is still there."""
        with self._lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None

    def forget(self, changes: Changes) -> None:
        """Drop what `changes` makes stale (the person, the directory)."""
        if changes.everything or changes.people or changes.companies:
            self._user = None
            self._directory = None

    # --- who am I ---------------------------------------------------------------------------------
    @property
    def user(self) -> dict[str, Any]:
        """The signed-in person; read once (it is asked for on every list page)."""
        if self._user is None:
            with self.connection() as conn:
                raw = meta.get(conn, "user")
            self._user = dict(json.loads(raw)) if raw else {}
        return self._user

    def actor(self) -> Actor:
        from desktop.sync.local_rules import actor_of

        return actor_of(self.user)

    def directory(self) -> Directory:
        from desktop.sync.local_rules import load_directory

        if self._directory is None:
            with self.connection() as conn:
                self._directory = load_directory(conn)
        return self._directory

    def pending_count(self) -> int:
        with self.connection() as conn:
            return queries.pending_count(conn)

    # --- the enquiry list -------------------------------------------------------------------------
    def list_offers(self, query: queries.ListQuery) -> list[tuple[Any, ...]]:
        with self.connection() as conn:
            return queries.offers_on_top(conn, query, self.user.get("id", ""))

    def list_rest(
        self, query: queries.ListQuery, *, limit: int, after: tuple[Any, ...] | None = None
    ) -> list[tuple[Any, ...]]:
        with self.connection() as conn:
            return queries.rest_page(conn, query, self.user.get("id", ""), limit=limit, after=after)

    def list_rows(self, query: queries.ListQuery, ids: list[str]) -> list[tuple[Any, ...]]:
        """The rows of `ids` that `query` lists (offers and the rest alike)."""
        with self.connection() as conn:
            return queries.rows_by_id(conn, query, self.user.get("id", ""), ids)

    def page(self, query: queries.ListQuery, *, offset: int, limit: int) -> list[tuple[Any, ...]]:
        with self.connection() as conn:
            return queries.page(conn, query, self.user.get("id", ""), offset=offset, limit=limit)

    # --- one enquiry ------------------------------------------------------------------------------
    def enquiry(self, enquiry_id: str) -> dict[str, Any] | None:
        with self.connection() as conn:
            return queries.enquiry(conn, enquiry_id)

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
        from enquiries.privacy import REQUEST_ACTIONS, handles_requests

        state = self.state_of(enquiry_id)
        if state is None:
            return frozenset()
        actor = self.actor()
        allowed = allowed_actions(state, actor, self.directory(), self.clock())
        if handles_requests(state, actor.company_id, actor.roles):
            allowed |= REQUEST_ACTIONS  # asked of the server (desktop/views/privacy_requests.py)
        return allowed

    # --- people, companies, contacts, messages ----------------------------------------------------
    def people(self, company_id: str | None = None, *, active_only: bool = True) -> list[dict[str, Any]]:
        with self.connection() as conn:
            return queries.people(conn, company_id, active_only=active_only)

    def companies(self) -> list[dict[str, Any]]:
        with self.connection() as conn:
            return queries.companies(conn)

    def contacts(self) -> list[dict[str, Any]]:
        with self.connection() as conn:
            return queries.contacts(conn)

    def notifications(self, *, unread_only: bool = False) -> list[dict[str, Any]]:
        with self.connection() as conn:
            return queries.notifications(conn, unread_only=unread_only)

    def preferences(self) -> dict[str, Any] | None:
        """The person's notification preferences as last synced (None: not yet from the server)."""
        with self.connection() as conn:
            return queries.preferences(conn)

    def unread_count(self) -> int:
        """Unread notifications plus refusals not seen yet (the bell)."""
        with self.connection() as conn:
            return queries.unread_count(conn)

    def refusals(self, *, unseen_only: bool = False) -> list[dict[str, Any]]:
        with self.connection() as conn:
            return queries.refusals(conn, unseen_only=unseen_only)

    # --- surveys ----------------------------------------------------------------------------------
    def surveys(self) -> list[dict[str, Any]]:
        from desktop.models import survey_queries

        with self.connection() as conn:
            return survey_queries.surveys(conn)

    def survey_page(
        self, query: survey_queries.ContactQuery, *, offset: int, limit: int
    ) -> list[tuple[Any, ...]]:
        from desktop.models import survey_queries

        end = self.clock().replace(hour=23, minute=59, second=59).isoformat().replace("+00:00", "Z")
        me = self.user.get("id", "")
        with self.connection() as conn:
            return survey_queries.page(conn, query, me=me, today_end=end, offset=offset, limit=limit)

    def survey_contact(self, contact_id: str) -> dict[str, Any] | None:
        from desktop.models import survey_queries

        with self.connection() as conn:
            return survey_queries.contact(conn, contact_id)

    def next_call(self, survey_id: str) -> str | None:
        from desktop.models import survey_queries

        now = self.clock().isoformat().replace("+00:00", "Z")
        with self.connection() as conn:
            return survey_queries.next_for_agent(conn, survey_id, self.user.get("id", ""), now)
