"""The thin Qt adapter over `DeskService`: work off the UI thread, results as signals on it.

Signals:
    changed(object, str): enquiry ids (or None for "anything") and who caused it ("user", "sync").
    syncStateChanged(object): a `SyncState`.
    progress(int, bool): rows received so far in a long sync, and whether more is coming.
    refused(object): refusals from the server the user has not seen (list of dicts).
    actionDone(object, object): (command, mutation id or Refusal) after `perform`.
    failed(str): an unexpected error in background work (also logged).
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop.service import DeskService

if TYPE_CHECKING:
    from enquiries.wire import AnyCommand

log = logging.getLogger(__name__)


class QtDeskService(QObject):
    changed = Signal(object, str)
    syncStateChanged = Signal(object)
    progress = Signal(int, bool)
    refused = Signal(object)
    actionDone = Signal(object, object)
    failed = Signal(str)

    def __init__(self, service: DeskService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        # Listener callbacks run on worker threads; emitting a signal queues delivery to the UI thread.
        service.on_changed.append(lambda ids, origin: self.changed.emit(ids, origin))
        service.on_state.append(self.syncStateChanged.emit)
        service.on_refused.append(self.refused.emit)
        self._stop = threading.Event()
        self._loop: threading.Thread | None = None

    def perform(self, command: AnyCommand) -> None:
        def work() -> None:
            try:
                self.actionDone.emit(command, self.service.perform(command))
            except Exception as exc:
                log.exception("action %s failed", command.wire_name)
                self.failed.emit(str(exc))

        self.pool.start(work)

    def sync_now(self) -> None:
        def work() -> None:
            try:
                self.service.sync_now(lambda n, more: self.progress.emit(n, more))
            except Exception as exc:
                log.exception("sync failed")
                self.failed.emit(str(exc))

        self.pool.start(work)

    def start(self) -> None:
        """Keep syncing in the background until `stop()` (poke, push after actions, backoff)."""
        if self._loop is not None:
            return
        self._stop.clear()
        self._loop = threading.Thread(target=self.service.run, args=(self._stop,), daemon=True, name="sync")
        self._loop.start()

    def stop(self) -> None:
        self._stop.set()
        self.service.wake()
        if self._loop is not None:
            self._loop.join(timeout=5)
            self._loop = None
        self.pool.waitForDone(5000)
