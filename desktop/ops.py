"""The one way into the background, shaped like Anki's `CollectionOp` / `QueryOp`.

    ops.local(op, success=..., failure=...)     local actions, ONE ordered writer: decided in the
                                                order they were asked for
    ops.network(op, success=..., progress=...)  network work, ONE worker: sign-in, sync now,
                                                documents; never on the UI thread

`op` runs on the lane's thread and gets a `Task` (cancel flag, progress); `success(result)` and
`failure(exc)` run on the UI thread. Without a `failure`, an error the user can act on (the server
is away, the disk is full) is shown as a sentence in their language, and anything else is a bug:
it goes to the log and the crash dialog (`sys.excepthook`). With `progress`, a dialog appears only
when the work takes longer than half a second, and its *Cancel* sets the task's cancel flag.

Results travel as plain values (STYLE.md 3): the worker threads never touch a widget.

Signals:
    _deliver(object): internal; a callable queued from a worker thread to the UI thread.
    _progress(object, int, int, str): internal; (task, done, total, text) from a worker.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.failures import Cancelled, user_message

T = TypeVar("T")
log = logging.getLogger(__name__)
SHOW_PROGRESS_AFTER_MS = 500


class Task:
    """What a background op may ask: whether it was cancelled, and to report how far it got."""

    def __init__(self, ops: Ops | None = None) -> None:
        self.cancelled = threading.Event()
        self._ops = ops

    def check(self) -> None:
        """Stop here (raise `Cancelled`) when the user cancelled."""
        if self.cancelled.is_set():
            raise Cancelled()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """`total` 0: unknown (a busy bar). Also a cancellation point."""
        if self._ops is not None:
            self._ops.progress_of(self, done, total, text)
        self.check()


Op = Callable[[Task], T]


class Ops(QObject):
    _deliver = Signal(object)
    _progress = Signal(object, int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="local-writer")
        self._network = ThreadPoolExecutor(max_workers=1, thread_name_prefix="network")
        self._deliver.connect(self._run_delivered, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._dialogs: dict[int, QProgressDialog] = {}
        self._running: dict[Future[Any], Task] = {}
        self._stopped = False
        self.window: QWidget | None = None  # where sentences and progress dialogs appear

    # --- the two lanes ----------------------------------------------------------------------------
    def local(
        self,
        op: Op[T],
        *,
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> Future[T] | None:
        return self._submit(self._writer, op, success, failure, None)

    def network(
        self,
        op: Op[T],
        *,
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        progress: str | None = None,
    ) -> Future[T] | None:
        return self._submit(self._network, op, success, failure, progress)

    def _submit(
        self,
        lane: ThreadPoolExecutor,
        op: Op[T],
        success: Callable[[T], None] | None,
        failure: Callable[[BaseException], None] | None,
        progress: str | None,
    ) -> Future[T] | None:
        if self._stopped:
            return None
        task = Task(self)
        future = lane.submit(op, task)
        self._running[future] = task
        if progress is not None:
            QTimer.singleShot(
                SHOW_PROGRESS_AFTER_MS, self, lambda: self._open_progress(task, future, progress)
            )

        def finished(done: Future[T]) -> None:  # on the worker thread: hand over, touch nothing
            with contextlib.suppress(RuntimeError):  # the Ops object is gone (closing): nobody to tell
                self._deliver.emit(lambda: self._finish(task, done, success, failure))

        future.add_done_callback(finished)
        return future

    def _run_delivered(self, callback: Callable[[], None]) -> None:
        callback()

    def _finish(
        self,
        task: Task,
        done: Future[T],
        success: Callable[[T], None] | None,
        failure: Callable[[BaseException], None] | None,
    ) -> None:
        self._running.pop(done, None)
        dialog = self._dialogs.pop(id(task), None)
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        if self._stopped:
            return
        error = done.exception()
        if error is None:
            if success is not None:
                success(done.result())
            return
        if failure is not None:
            failure(error)
        else:
            self.show_failure(error)

    # --- failures ---------------------------------------------------------------------------------
    def show_failure(self, error: BaseException) -> None:
        """The default: a sentence for what the user can act on, the crash dialog for a bug."""
        if isinstance(error, Cancelled):
            return
        sentence = user_message(error)
        if sentence is None:
            log.error("background work failed", exc_info=error)
            sys.excepthook(type(error), error, error.__traceback__)
            return
        log.info("background work failed: %s", error)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not possible"), sentence, parent=self.window)
        box.setObjectName("dialog_failure")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal without a nested event loop

    # --- progress ---------------------------------------------------------------------------------
    def progress_of(self, task: Task, done: int, total: int, text: str) -> None:
        with contextlib.suppress(RuntimeError):
            self._progress.emit(task, done, total, text)

    def _open_progress(self, task: Task, future: Future[Any], label: str) -> None:
        if future.done() or self._stopped:
            return
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        dialog.setObjectName("dialog_progress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancelled.set)
        self._dialogs[id(task)] = dialog
        dialog.show()

    def _show_progress(self, task: Task, done: int, total: int, text: str) -> None:
        dialog = self._dialogs.get(id(task))
        if dialog is None:
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    # --- lifetime ---------------------------------------------------------------------------------
    def idle(self) -> bool:
        return not self._running

    def stop(self, timeout: float = 5.0) -> None:
        """No new work; what runs is asked to cancel and given `timeout` seconds; no more callbacks."""
        self._stopped = True
        for lane in (self._writer, self._network):
            lane.shutdown(wait=False, cancel_futures=True)
        for future, task in list(self._running.items()):
            task.cancelled.set()
            with contextlib.suppress(Exception):  # cancelled before it ran, or still running
                future.exception(timeout=timeout)
        for dialog in self._dialogs.values():
            dialog.close()
            dialog.deleteLater()
        self._dialogs.clear()
