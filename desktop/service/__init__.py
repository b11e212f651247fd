"""The service layer the views use, with no Qt in sight, split by what it does:

    reads       every UI read, through the one sqlite3 reader        (service/reads.py)
    actions     local actions on the cache, and marking read          (service/actions.py)
    documents   upload and download                                   (service/documents.py)
    admin       administration and one's own account, on the server   (service/admin.py)
    reports     the server's reports, the last one kept for offline  (service/reports.py)
    loop        the sync loop and its state                           (service/sync_loop.py)

`DeskService.from_cache(reader, path)` serves the first paint (reads only); `attach(session)` adds
the parts that need a sign-in once the window is on screen (desktop/views/app.py). The Qt bridge
(desktop/qt_bridge.py) runs actions, documents and syncs off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.changes import Changes
from desktop.service.actions import Actions, changes_of
from desktop.service.admin import Admin
from desktop.service.documents import Documents
from desktop.service.reads import NotStarted, Reads
from desktop.service.reports import Reports
from desktop.service.sync_loop import SyncLoop, SyncState

if TYPE_CHECKING:
    import sqlite3  # for types only: a cache is SQLCipher's (issue 14), its module loaded instead

    from desktop.sync.engine import SyncEngine
    from desktop.sync.session import DeskSession

__all__ = ["DeskService", "NotStarted", "SyncState", "changes_of"]


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
        key: bytes | None = None,
    ) -> None:
        if session is None and path is None:
            raise ValueError("a session or the cache's path")
        self.session: DeskSession | None = None
        self.path: Path = session.path if session is not None else path  # type: ignore[assignment]
        self.clock = clock
        self.reads = Reads(self.path, clock, reader, session.key if session is not None else key)
        self.loop = SyncLoop(self.reads, self._signed_in, clock)
        self.actions = Actions(lambda: self.sync.db, clock, self.loop.queued)
        self.documents = Documents(lambda: self.sync.transport)
        self.admin = Admin(lambda: self.sync.transport)
        self.reports = Reports(lambda: self.sync.transport, lambda: self.sync.db, self.reads, clock)
        if session is not None:
            self.attach(session)

    @classmethod
    def from_cache(
        cls, reader: sqlite3.Connection, path: Path, key: bytes | None = None, **kwargs: Any
    ) -> DeskService:
        """Reads only, for the first paint (`key`: the cache's, that `reader` was opened with);
        `attach(session)` once signed in."""
        return cls(None, path=path, reader=reader, key=key, **kwargs)

    def attach(self, session: DeskSession) -> None:
        """Signed in: actions, documents and sync work from now on."""
        self.session = session
        self.path = session.path
        if session.key != self.reads.key:  # a plain cache read before the sign-in was encrypted by it
            self.reads.close()
            self.reads.key = session.key
        self.reads.path = session.path
        self.reads.forget(Changes.all())  # signing in may have stored a newer copy of the user

    def _signed_in(self) -> DeskSession:
        if self.session is None:
            raise NotStarted("not signed in yet")
        return self.session

    @property
    def sync(self) -> SyncEngine:
        return self._signed_in().sync

    @property
    def started(self) -> bool:
        return self.session is not None

    @property
    def state(self) -> SyncState:
        return self.loop.state

    def close_reader(self) -> None:
        self.reads.close()

    def close(self) -> None:
        self.reads.close()
        if self.session is not None:
            self.session.close()
