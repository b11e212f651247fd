"""Run as a script by test_gc_guard.py: leave Qt garbage cycles behind (a dialog whose signal is
connected to a closure over itself, as the app's dialogs are), let a worker thread allocate as a
server or sync thread does, and print on which threads the garbage collector ran."""

from __future__ import annotations

import gc
import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

app = QApplication([])
if sys.argv[1] == "guarded":
    from desktop import gc_guard

    gc_guard.install(app)
collectors: set[str] = set()
gc.callbacks.append(
    lambda phase, _info: collectors.add(threading.current_thread().name) if phase == "start" else None
)


def litter() -> None:
    for _ in range(200):
        dialog = QDialog()
        dialog.finished.connect(lambda _code, d=dialog: d.objectName())  # dialog -> closure -> dialog
        del dialog


def churn() -> None:  # a worker that allocates container objects, as pulling pages does
    junk = []
    for i in range(300_000):
        junk.append([i])
        if len(junk) > 1000:
            junk.clear()


litter()
worker = threading.Thread(target=churn, name="worker")
worker.start()
worker.join()
QTimer.singleShot(1200, app.quit)
app.exec()
print(",".join(sorted(collectors)))
