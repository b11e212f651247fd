"""Garbage collection only on the UI thread.

Python's cyclic collector runs on whichever thread happens to allocate when a generation's
threshold is crossed. When it frees a cycle that holds a Qt object (a dialog and the lambda
connected to its own signal, a widget and a closure over it), Qt destroys that object on that
thread, which Qt does not allow: the process dies with a segmentation fault. That is how the
client crashed while the duplicate-check dialog was open: the embedded demo server's worker thread
collected garbage the window had left (issue 9; the traceback showed "Garbage-collecting" on an
anyio worker thread, another thread reading an HTTP answer in `transport._send`).

So the automatic collector is switched off and the UI thread collects on a timer, with the same
generation thresholds Python would use (the pattern of pyqtgraph's and Anki's collectors).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Owns the timer; `install()` makes one for the application."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        # What exists now (modules, classes, the Qt bindings) lives as long as the process: kept out
        # of every later collection, so a full collection on the UI thread stays short.
        gc.freeze()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the oldest generation whose count is past its threshold, as Python would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.threshold[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self.timer.stop()
        gc.unfreeze()
        gc.enable()


_installed: MainThreadCollector | None = None


def install(app: QObject) -> MainThreadCollector:
    """Once per process, from the UI thread (the application object's thread)."""
    global _installed
    if _installed is None:
        _installed = MainThreadCollector(app)
    return _installed
