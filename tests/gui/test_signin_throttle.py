"""Too many wrong passwords at the sign-in dialog (issue 14, point 4): the server throttles the
account, the form says how long to wait, counting down (mm:ss) with OK disabled, and once the wait
is over the right password signs in.

The live server gets a window of seconds through its environment (`SIGN_IN_LIMITS_ACCOUNT`, read
by tests/sync/server_main.py), so the real wait is short; the server tests move the real windows
(15 minutes, a day) with the fake clock instead.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.sync.messages import wait_text
from desktop.sync.transport import Throttled
from desktop.views.app import sign_in_interactively
from desktop.views.dialogs.signin import SignInDialog
from tests.gui.conftest import ModalDriver, child
from tests.sync.conftest import LiveServer

FAILURES, SECONDS = 3, 4  # the test server's account window: 3 failures per 4 seconds
WAITING = re.compile(r"^Too many failed attempts\. Please wait (\d\d):(\d\d) before trying again\.$")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = LiveServer(
        f"sqlite:///{tmp_path / 'server.sqlite3'}",
        tmp_path / "server-data",
        env={"SIGN_IN_LIMITS_ACCOUNT": f"{FAILURES} per {SECONDS} seconds"},
    )
    live.start()
    yield live
    live.stop()


def _ok(dialog: Any) -> QAbstractButton:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def _seconds(text: str) -> int:
    found = WAITING.match(text)
    assert found, text
    return int(found.group(1)) * 60 + int(found.group(2))


def test_wrong_passwords_until_throttled_then_the_wait_then_signed_in(
    qtbot: QtBot, server: LiveServer, modals: ModalDriver
) -> None:
    seen: dict[str, Any] = {"answers": []}

    def guess_then_wait_then_sign_in(dialog: Any) -> None:
        error = child(dialog, QLabel, "formError")
        password = child(dialog, QLineEdit, "password")
        qtbot.keyClicks(child(dialog, QLineEdit, "serverUrl"), server.url)
        qtbot.keyClicks(child(dialog, QLineEdit, "login"), "anna@hq.example")
        for _ in range(FAILURES + 2):
            password.clear()
            qtbot.keyClicks(password, "wrong")
            qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: error.text() != "Signing in…", timeout=10_000)
            seen["answers"].append(error.text())
            if WAITING.match(error.text()):
                break
        shown = _seconds(error.text())
        seen["first wait"] = shown
        assert not _ok(dialog).isEnabled(), "no attempt while the server takes none"
        qtbot.keyClick(password, Qt.Key.Key_Return)  # Enter does nothing either
        assert WAITING.match(error.text()), "still waiting, nothing was sent"
        qtbot.waitUntil(lambda: WAITING.match(error.text()) and _seconds(error.text()) < shown, timeout=3000)
        assert not _ok(dialog).isEnabled(), "counting down, still disabled"
        started = time.monotonic()
        qtbot.waitUntil(lambda: _ok(dialog).isEnabled(), timeout=(SECONDS + 2) * 1000)
        seen["waited"] = time.monotonic() - started
        assert not error.isVisible(), "the wait is over: the sentence goes"
        password.clear()
        qtbot.keyClicks(password, "demo")
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)  # signed in: it closes

    sign_in = modals.expect("dialog_sign_in", guess_then_wait_then_sign_in)
    session = sign_in_interactively()
    modals.wait(sign_in, timeout=30_000)
    answers = seen["answers"]
    assert answers[:FAILURES] == ["Wrong login or password."] * FAILURES, answers
    assert len(answers) == FAILURES + 1 and WAITING.match(answers[-1]), answers
    assert 1 <= seen["first wait"] <= SECONDS
    assert session is not None and session.login == "anna@hq.example"
    session.close()


def test_the_countdown_reads_minutes_and_seconds(qtbot: QtBot) -> None:
    """Without a server: a long wait as the dialog shows it, and back to normal when it is over."""
    dialog = SignInDialog("https://desk.example.com", "anna@hq.example")
    qtbot.addWidget(dialog)
    dialog.show()
    error = child(dialog, QLabel, "formError")
    dialog._refused(Throttled(15 * 60))
    assert error.text() == "Too many failed attempts. Please wait 15:00 before trying again."
    assert not _ok(dialog).isEnabled()
    dialog.wait_until = time.monotonic() + 62.2
    dialog._tick()
    assert error.text() == "Too many failed attempts. Please wait 01:03 before trying again."
    dialog.wait_until = time.monotonic() - 0.1
    qtbot.waitUntil(lambda: _ok(dialog).isEnabled(), timeout=2000)
    assert not error.isVisible() and not dialog.countdown.isActive()
    assert [wait_text(s) for s in (0, 59, 61, 3599, 3600, 86399)] == [
        "00:00",
        "00:59",
        "01:01",
        "59:59",
        "1:00:00",
        "23:59:59",
    ]
