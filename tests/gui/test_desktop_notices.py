"""Notifications that reach the desktop (issue 12): a pulled new offer becomes a desktop message
and the unread count on the badge; a click on the message selects the enquiry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from desktop.views.desktop_notices import DesktopNotices
from desktop.views.notifier import RecordingNotifier, TrayNotifier
from tests.gui.conftest import (
    MUELLER,
    WAIT,
    Desks,
    ModalDriver,
    child,
    create_and_offer,
    ok_button,
    refused_ok,
    synced,
)


def test_a_pulled_offer_reaches_the_notifier_and_the_badge_and_a_click_selects_it(
    qtbot: QtBot, desks: Desks
) -> None:
    anna = desks.open("anna@hq.example")
    max_ = desks.open("max@mueller.example")
    shown = RecordingNotifier()
    DesktopNotices(max_.bridge, shown, parent=max_.window)
    before = max_.service.reads.unread_count()
    assert shown.unread == [before], "the badge starts with what is unread"
    assert shown.messages == [], "nothing that was in the cache before is announced"

    offered = create_and_offer(anna.service, MUELLER, last_name="Desktop")
    synced(qtbot, anna, max_)
    number = str((max_.service.reads.enquiry(offered) or {}).get("number"))
    assert [(title, enquiry) for title, _text, enquiry in shown.messages] == [("New offer", offered)]
    assert number in shown.messages[0][1], shown.messages
    assert shown.unread[-1] == max_.service.reads.unread_count() > before

    synced(qtbot, max_)  # nothing new: nothing told twice
    assert len(shown.messages) == 1

    # The tray's message click opens the enquiry in the window.
    tray = TrayNotifier(max_.window)
    tray.openEnquiry.connect(max_.window.reveal_enquiry)
    max_.window.list.clearSelection()
    tray.show_message("New offer", shown.messages[0][1], offered)
    tray.tray.messageClicked.emit()
    qtbot.waitUntil(lambda: max_.window.current_id() == offered)
    rows = max_.window.list.selectionModel().selectedRows()
    assert [max_.model.enquiry_id(r.row()) for r in rows] == [offered]
    tray.tray.hide()


def test_where_no_tray_exists_the_window_says_so_once(qtbot: QtBot, desks: Desks) -> None:
    from desktop.views import settings as S

    S.NO_TRAY_TOLD.set(S.store(), False)
    max_ = desks.open("max@mueller.example")
    said: list[str] = []
    DesktopNotices(max_.bridge, RecordingNotifier(available=False), tell=said.append, parent=max_.window)
    DesktopNotices(max_.bridge, RecordingNotifier(available=False), tell=said.append, parent=max_.window)
    assert len(said) == 1 and "notification area" in said[0]


def test_notification_settings_are_saved_on_the_server_and_reach_the_cache(
    qtbot: QtBot, desks: Desks, modals: ModalDriver
) -> None:
    max_ = desks.open("max@mueller.example")
    seen: dict[str, str] = {}

    def settings(dialog: Any) -> None:
        assert child(dialog, QPushButton, "notificationSettings").isVisible()
        dialog.reject()

    shown = modals.expect("dialog_settings", settings)
    qtbot.mouseClick(max_.window.settings_button, Qt.MouseButton.LeftButton)
    modals.wait(shown)

    def choose(dialog: Any) -> None:
        assert child(dialog, QCheckBox, "offersInApp").isChecked(), "the shared defaults until saved"
        for name in ("offersInApp", "offersDesktop"):
            child(dialog, QCheckBox, name).setChecked(False)
        child(dialog, QComboBox, "offersEmail").setCurrentIndex(
            child(dialog, QComboBox, "offersEmail").findData("off")
        )
        seen["refused"] = refused_ok(qtbot, dialog)  # an offer must reach one somehow
        email = child(dialog, QComboBox, "offersEmail")
        email.setCurrentIndex(email.findData("digest"))
        child(dialog, QCheckBox, "activityDesktop").setChecked(False)
        child(dialog, QSpinBox, "digestHour").setValue(7)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)

    saved = modals.expect("dialog_notification_preferences", choose)
    max_.window.notification_preferences("en")
    modals.wait(saved)
    assert "must reach you" in seen["refused"]
    assert max_.window.statusBar().currentMessage() == "Your notification settings were saved."
    on_server = max_.service.admin.notification_preferences()
    assert on_server["groups"]["offers"] == {"in_app": False, "desktop": False, "email": "digest"}
    assert on_server["groups"]["activity"]["desktop"] is False and on_server["digest_hour"] == 7
    synced(qtbot, max_)
    kept = max_.service.reads.preferences()
    assert kept is not None and kept["groups"]["offers"]["email"] == "digest", "synced to this device's cache"
