"""The Qt binding must not leak references to None.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a Qt method that
returns nothing; after a few thousand calls the interpreter aborts ("none_dealloc"). That is a
crash of a long-running desktop session, so the pinned binding is checked here.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_alive() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) - before >= -10  # Python's own churn is a few references at most
