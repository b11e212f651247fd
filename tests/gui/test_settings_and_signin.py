"""Signing in (validation at the form, the server's sentence on failure, remembered sign-in) and
the window's layout kept across runs in QSettings."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.models.queries import ListQuery
from desktop.service import DeskService
from desktop.sync import credentials
from desktop.views import settings as S
from desktop.views.app import sign_in_interactively
from desktop.views.dialogs.settings_dialog import SettingsDialog
from desktop.views.dialogs.signin import SignInDialog
from desktop.views.list_model import C_COLLEAGUE, C_CONTACT
from tests.gui.conftest import (
    WAIT,
    Desks,
    ModalDriver,
    cancel_button,
    child,
    create,
    flush_events,
    ok_button,
    refused_ok,
)
from tests.sync.conftest import LiveServer

URL_RULE = "The server address starts with https:// (or http:// on a local network)."


def test_sign_in_dialog_checks_its_fields(qtbot: QtBot) -> None:
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.objectName() == "dialog_sign_in"
    assert not child(dialog, QLabel, "formError").isVisible()
    server = child(dialog, QLineEdit, "serverUrl")
    login = child(dialog, QLineEdit, "login")
    password = child(dialog, QLineEdit, "password")
    assert password.echoMode() == QLineEdit.EchoMode.Password

    assert refused_ok(qtbot, dialog) == URL_RULE, "empty address"
    qtbot.keyClicks(server, "desk.example.com")
    assert refused_ok(qtbot, dialog) == URL_RULE, "no scheme"
    server.clear()
    qtbot.keyClicks(server, "ftp://desk.example.com")
    assert refused_ok(qtbot, dialog) == URL_RULE
    server.clear()
    qtbot.keyClicks(server, "https://desk.example.com")
    assert refused_ok(qtbot, dialog) == "Please enter your login."
    qtbot.keyClicks(login, "   ")
    assert refused_ok(qtbot, dialog) == "Please enter your login.", "blanks are no login"
    login.clear()
    qtbot.keyClicks(login, "anna@hq.example")
    assert refused_ok(qtbot, dialog) == "Please enter your password."
    qtbot.keyClicks(password, "demo")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert not child(dialog, QLabel, "formError").isVisible()


def test_settings_dialog_checks_the_server_address(qtbot: QtBot) -> None:
    dialog = SettingsDialog("de", "https://desk.example.com")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.objectName() == "dialog_settings"
    server = child(dialog, QLineEdit, "serverUrl")
    server.setText("desk.example.com")
    assert refused_ok(qtbot, dialog) == URL_RULE
    server.setText("")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)


def test_failed_sign_in_shows_the_servers_sentence_then_remembered_sign_in(
    qtbot: QtBot, server: LiveServer, modals: ModalDriver, isolated_user: Path
) -> None:
    answer = httpx.post(
        f"{server.url}/api/v1/auth/login",
        json={"login": "anna@hq.example", "password": "wrong", "client_id": "x"},
        timeout=10,
    )
    sentence = answer.json()["error"]["message"]
    assert answer.status_code == 401 and sentence

    shown: dict[str, str] = {}

    def wrong_password_then_give_up(dialog: Any) -> None:
        qtbot.keyClicks(child(dialog, QLineEdit, "serverUrl"), server.url)
        qtbot.keyClicks(child(dialog, QLineEdit, "login"), "anna@hq.example")
        qtbot.keyClicks(child(dialog, QLineEdit, "password"), "wrong")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        # Signing in runs in the background: the form stays, busy, and then shows the answer.
        error = child(dialog, QLabel, "formError")
        shown["busy"] = error.text()
        qtbot.waitUntil(lambda: error.text() != shown["busy"], timeout=10_000)
        shown["error"] = error.text() if error.isVisible() else ""
        shown["server"] = child(dialog, QLineEdit, "serverUrl").text()
        assert ok_button(dialog).isEnabled(), "ready for another try"
        qtbot.mouseClick(cancel_button(dialog), Qt.MouseButton.LeftButton)

    first = modals.expect("dialog_sign_in", wrong_password_then_give_up)
    assert sign_in_interactively() is None
    modals.wait(first)
    assert shown == {"busy": "Signing in…", "error": sentence, "server": server.url}, (
        "the form stays, with the server's sentence"
    )
    assert S.SERVER_URL.get(S.store()) == "", "nothing remembered from a failed sign-in"

    # Signing in properly, remembered: the next start needs no password.
    def right_password(dialog: Any) -> None:
        child(dialog, QLineEdit, "password").clear()
        qtbot.keyClicks(child(dialog, QLineEdit, "password"), "demo")
        assert child(dialog, QCheckBox, "rememberMe").isChecked()
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)  # signed in: it closes

    def fill_all(dialog: Any) -> None:
        qtbot.keyClicks(child(dialog, QLineEdit, "serverUrl"), server.url)
        qtbot.keyClicks(child(dialog, QLineEdit, "login"), "anna@hq.example")
        right_password(dialog)

    sign_in = modals.expect("dialog_sign_in", fill_all)
    session = sign_in_interactively()
    modals.wait(sign_in)
    assert session is not None and session.login == "anna@hq.example"
    assert str(session.path).startswith(str(isolated_user)), "the cache lives in the user's data folder"
    session.close()
    store = S.store()
    assert (S.SERVER_URL.get(store), S.LAST_LOGIN.get(store)) == (server.url, "anna@hq.example")
    assert credentials.load(server.url, "anna@hq.example"), "kept in the (test) keyring"

    again = sign_in_interactively()  # no dialog expected: the driver fails on any
    assert again is not None and again.login == "anna@hq.example"
    again.close()


def test_window_layout_is_saved_on_close_and_restored(
    qtbot: QtBot, desks: Desks, isolated_user: Path
) -> None:
    assert S.store().fileName().startswith(str(isolated_user)), "tests never touch the real settings"
    assert S.store().format() in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat)
    desk = desks.open("anna@hq.example")
    window = desk.window
    window.resize(731, 517)  # within the offscreen screen (800x600): restoreGeometry fits to it
    window.splitter.setSizes([150, 330, 251])
    header = window.list.horizontalHeader()
    header.resizeSection(C_CONTACT, 251)
    header.moveSection(header.visualIndex(C_CONTACT), 0)
    action = window.list.column_menu().findChild(QAction, "column_colleague")
    action.trigger()
    flush_events()
    saved_sizes = window.splitter.sizes()
    assert (window.width(), window.height()) == (731, 517)
    desks.close(desk)

    store = S.store()
    for setting in (S.GEOMETRY, S.SPLITTER, S.LIST_HEADER):
        assert not setting.get(store).isEmpty(), setting.key
    assert Path(store.fileName()).is_file()

    reopened = desks.open("anna@hq.example")
    window = reopened.window
    flush_events()
    assert (window.width(), window.height()) == (731, 517)
    assert window.splitter.sizes() == saved_sizes
    header = window.list.horizontalHeader()
    assert header.sectionSize(C_CONTACT) == 251
    assert header.visualIndex(C_CONTACT) == 0, "moved columns stay moved"
    assert not window.list.isColumnHidden(C_COLLEAGUE), "the chosen columns stay chosen"
    assert window.list.column_menu().findChild(QAction, "column_colleague").isChecked()


def test_a_remembered_sign_in_starts_from_the_cache_then_signs_in_and_syncs(
    qtbot: QtBot,
    server: LiveServer,
    modals: ModalDriver,
    isolated_user: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`app.run()` with a stored sign-in and a cache: the window first (fast start), then the stored
    token is used and the background sync runs; no dialog at all."""
    from desktop.sync.session import open_session
    from desktop.views import app as app_module

    first = open_session(server.url, "anna@hq.example", "demo", remember=True)
    svc = DeskService(first)
    create(svc)
    create(svc)
    assert svc.loop.sync_now() is not None
    listed = len(svc.reads.page(ListQuery(), offset=0, limit=1000))
    svc.close()
    assert listed > 0
    store = S.store()
    S.SERVER_URL.set(store, server.url)
    S.LAST_LOGIN.set(store, "anna@hq.example")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs the crash dialog
    monkeypatch.setattr(app_module, "setup_logging", lambda: isolated_user / "log.txt")
    seen: dict[str, Any] = {}
    built: list[Any] = []
    original = app_module.Desk.from_cache.__func__  # type: ignore[attr-defined]

    def spy(cls: Any, *args: Any, **kwargs: Any) -> Any:
        desk = original(cls, *args, **kwargs)
        built.append(desk)
        if desk is not None:
            window = desk.window
            window.list.firstPainted.connect(
                lambda: seen.update(rows=window.model.rowCount(), started=desk.service.started)
            )
        return desk

    monkeypatch.setattr(app_module.Desk, "from_cache", classmethod(spy))

    def check() -> None:
        desk = built[0] if built else None
        if desk is not None and desk.service.started and desk.service.state.last_sync:
            seen["synced"] = True
            loop.quit()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(20)
    # run() ends with app.exec(). Once the application's main loop has returned, Qt never again
    # deletes objects given to deleteLater(): every later test in this process would find stale
    # hidden widgets (e.g. the previous detail pane's buttons). A nested loop does the same work
    # here (QApplication.quit() does not end a nested loop, so this test ends `loop` itself).
    loop = QEventLoop()
    monkeypatch.setattr(QApplication, "exec", lambda _app: loop.exec())
    # A timer object, not QTimer.singleShot: it is stopped below, so a quit meant for this test
    # cannot fire during a later one.
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    guard.start(WAIT)
    assert app_module.run() == 0
    timer.stop()
    guard.stop()
    assert built and built[0] is not None, "the fast start was taken"
    built[0].window.close()
    assert seen == {"rows": listed, "started": False, "synced": True}, (
        "the cached list painted before signing in; then signed in with the stored token and synced"
    )
