"""The Qt adapter over `DeskService`: its work off the UI thread, its news as signals on it.

Views call this, never the transport: `perform` runs on the one ordered writer, `sync_now`,
`upload`, `download` and `connect` on the network worker (desktop/ops.py), the sync loop on its
own thread. Listener callbacks arrive on those threads; emitting a signal of this object (which
lives on the UI thread) queues them to it.

Signals:
    changed(object, str): a `Changes` and who caused it ("user", "sync").
    syncStateChanged(object): a `SyncState`.
    progress(int, bool): rows received so far in a long sync, and whether more is coming.
    refused(object): refusals from the server the user has not seen (list of dicts).
    actionDone(object, object): (command, mutation id or Refusal) after `perform`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.changes import Changes
from desktop.ops import Ops, Task
from desktop.service import DeskService, changes_of

if TYPE_CHECKING:
    from desktop.service.documents import Uploaded
    from desktop.sync.engine import SyncReport
    from enquiries.wire import AnyCommand


Failure = Callable[[BaseException], None] | None


class QtDeskService(QObject):
    changed = Signal(object, str)
    syncStateChanged = Signal(object)
    progress = Signal(int, bool)
    refused = Signal(object)
    actionDone = Signal(object, object)

    def __init__(self, service: DeskService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.ops = Ops(self)
        service.loop.on_changed.append(lambda changes, origin: self.changed.emit(changes, origin))
        service.loop.on_state.append(self.syncStateChanged.emit)
        service.loop.on_refused.append(self.refused.emit)
        self._stop = threading.Event()
        self._loop: threading.Thread | None = None

    # --- local actions: one ordered writer --------------------------------------------------------
    def perform(self, command: AnyCommand, *, done: Callable[[object], None] | None = None) -> None:
        """Decide and queue `command` after every action asked for before it."""
        service = self.service

        def work(_task: Task) -> object:
            return service.actions.perform(command)

        def finished(result: object) -> None:
            if isinstance(result, int):
                self.changed.emit(changes_of(command), "user")
            self.actionDone.emit(command, result)
            if done is not None:
                done(result)

        self.ops.local(work, success=finished)

    def mark_read(self, ids: list[str] | None = None, *, refusals: bool = False) -> None:
        """Notifications read (`ids`, None: all), and with `refusals` the refusals seen too."""
        actions = self.service.actions

        def work(_task: Task) -> Changes:
            read = actions.mark_notifications_read(ids)
            return (read | actions.mark_refusals_seen()) if refusals else read

        self.ops.local(work, success=lambda changes: self.changed.emit(changes, "user") if changes else None)

    # --- network: one worker ----------------------------------------------------------------------
    def sync_now(
        self,
        *,
        progress: str | None = None,
        done: Callable[[SyncReport | None], None] | None = None,
        failure: Failure = None,
    ) -> None:
        """One push + pull now. `progress`: a label; the dialog shows after half a second and
        *Cancel* stops after the page being written (what came so far is kept)."""
        loop = self.service.loop

        def work(task: Task) -> SyncReport | None:
            def step(received: int, more: bool) -> None:
                self.progress.emit(received, more)
                text = QCoreApplication.translate("Sync", "%1 received").replace("%1", str(received))
                task.report(received, 0, text if progress else "")

            return loop.sync_now(step)

        self.ops.network(work, success=done, failure=failure, progress=progress)

    def upload(self, path: Path, *, done: Callable[[Uploaded], None], failure: Failure = None) -> None:
        """Send a file (before `add_document`); progress after half a second, cancellable."""
        documents = self.service.documents
        label = QCoreApplication.translate("Documents", "Sending %1…").replace("%1", path.name)
        self.ops.network(
            lambda task: documents.upload(path, task), success=done, failure=failure, progress=label
        )

    def download(
        self,
        document_id: str,
        filename: str,
        folder: Path,
        *,
        done: Callable[[Path], None],
        failure: Failure = None,
    ) -> None:
        """Fetch a document into `folder`; progress after half a second, cancellable."""
        documents = self.service.documents
        label = QCoreApplication.translate("Documents", "Fetching %1…").replace("%1", filename)
        self.ops.network(
            lambda task: documents.download(document_id, filename, folder, task),
            success=done,
            failure=failure,
            progress=label,
        )

    def in_background(
        self,
        work: Callable[[], Any],
        *,
        success: Callable[[Any], None],
        failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Other network work on the network worker: signing in with the stored token, the
        administration's calls (`service.admin`, desktop/views/admin/)."""
        self.ops.network(lambda _task: work(), success=success, failure=failure)

    # --- the sync loop ----------------------------------------------------------------------------
    def start(self) -> None:
        """Keep syncing in the background until `stop()` (poke, push after actions, backoff)."""
        if self._loop is not None:
            return
        self._stop.clear()
        self._loop = threading.Thread(
            target=self.service.loop.run, args=(self._stop,), daemon=True, name="sync"
        )
        self._loop.start()

    def stop(self) -> None:
        self._stop.set()
        self.service.loop.wake()
        if self._loop is not None:
            self._loop.join(timeout=5)
            self._loop = None
        self.ops.stop()

    def idle(self) -> bool:
        """No action, sync or transfer of this bridge's is running or waiting."""
        return self.ops.idle()
