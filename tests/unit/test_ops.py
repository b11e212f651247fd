"""The one way into the background (desktop/ops.py): ordered local actions, results on the UI
thread, failures shown as a sentence or sent to the crash dialog, progress only after half a
second, and *Cancel* that stops the work."""

from __future__ import annotations

import importlib
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.failures import Cancelled
from desktop.ops import Ops, Task
from desktop.sync import messages
from desktop.sync.transport import Offline


@pytest.fixture
def ops(qtbot: QtBot) -> Iterator[Ops]:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    lanes = Ops()
    lanes.window = window
    yield lanes
    lanes.stop()


def test_local_actions_run_in_the_order_asked_and_report_on_the_ui_thread(ops: Ops, qtbot: QtBot) -> None:
    ran: list[int] = []
    results: list[tuple[int, bool]] = []

    def action(n: int, pause: float) -> Any:
        def work(_task: Task) -> int:
            time.sleep(pause)  # the first is slow: the others must wait for it, not overtake
            ran.append(n)
            return n

        return work

    for n, pause in ((1, 0.2), (2, 0.0), (3, 0.05)):
        ops.local(
            action(n, pause),
            success=lambda r: results.append((r, threading.current_thread() is threading.main_thread())),
        )
    qtbot.waitUntil(lambda: len(results) == 3, timeout=5000)
    assert ran == [1, 2, 3]
    assert results == [(1, True), (2, True), (3, True)]


def test_a_failure_the_user_can_act_on_is_a_sentence(ops: Ops, qtbot: QtBot) -> None:
    def away(_task: Task) -> None:
        raise Offline(messages.UNREACHABLE, "offline")

    ops.network(away)
    qtbot.waitUntil(lambda: ops.window is not None and ops.window.findChild(QMessageBox) is not None)
    box = ops.window.findChild(QMessageBox)
    assert box.objectName() == "dialog_failure" and box.isVisible()
    assert box.text() == messages.UNREACHABLE
    box.close()


@pytest.mark.parametrize("driver", ["sqlite3", "sqlcipher3"])
def test_a_full_disk_is_told_as_such(ops: Ops, qtbot: QtBot, driver: str) -> None:
    """Also from SQLCipher, whose errors are classes of their own (every cache is encrypted)."""
    error = (
        sqlite3.OperationalError if driver == "sqlite3" else importlib.import_module(driver).OperationalError
    )

    def full(_task: Task) -> None:
        raise error("database or disk is full")

    ops.local(full)
    qtbot.waitUntil(lambda: ops.window is not None and ops.window.findChild(QMessageBox) is not None)
    assert "disk is full" in ops.window.findChild(QMessageBox).text()


def test_a_bug_goes_to_the_crash_dialog_not_a_sentence(
    ops: Ops, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: reported.append(value))

    def buggy(_task: Task) -> None:
        raise KeyError("holder_id")

    ops.local(buggy)
    qtbot.waitUntil(lambda: bool(reported), timeout=5000)
    assert isinstance(reported[0], KeyError)
    assert ops.window is not None and ops.window.findChild(QMessageBox) is None


def test_progress_shows_only_after_half_a_second_and_cancel_stops_the_work(ops: Ops, qtbot: QtBot) -> None:
    steps: list[int] = []
    outcome: dict[str, Any] = {}

    def long_work(task: Task) -> str:
        for i in range(200):
            task.report(i, 200, f"step {i}")  # raises Cancelled once cancelled
            steps.append(i)
            time.sleep(0.02)
        return "finished"

    ops.network(
        long_work,
        success=lambda r: outcome.setdefault("success", r),
        failure=lambda e: outcome.setdefault("failure", e),
        progress="Working…",
    )
    qtbot.wait(300)
    assert QApplication.activeModalWidget() is None and ops.window.findChild(QProgressDialog) is None
    qtbot.waitUntil(lambda: ops.window.findChild(QProgressDialog) is not None, timeout=2000)
    dialog = ops.window.findChild(QProgressDialog)
    assert dialog.objectName() == "dialog_progress" and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=2000)
    [cancel] = dialog.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcome), timeout=3000)
    assert isinstance(outcome.get("failure"), Cancelled) and "success" not in outcome
    assert len(steps) < 200, "stopped part-way"
    assert ops.idle()


def test_quick_work_never_shows_a_progress_dialog(ops: Ops, qtbot: QtBot) -> None:
    done: list[str] = []
    ops.network(lambda _task: "quick", success=done.append, progress="Working…")
    qtbot.waitUntil(lambda: done == ["quick"], timeout=2000)
    qtbot.wait(700)
    assert ops.window.findChild(QProgressDialog) is None
