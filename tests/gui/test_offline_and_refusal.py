"""What a user sees while the server is away, when it is back, and when it refused an action."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTreeView
from pytestqt.qtbot import QtBot

from desktop.views.list_model import C_STATUS
from enquiries.commands import AddNote, RevokeOffer
from enquiries.refusals import MESSAGES
from tests.gui.conftest import (
    WAIT,
    Desks,
    ModalDriver,
    child,
    create,
    create_and_offer,
    listed,
    ok,
    ok_button,
    perform_and_wait,
    quiet,
    select,
    synced,
    visible_detail,
)
from tests.sync.conftest import LiveServer


def status_text(desk: Any) -> str:
    return str(child(desk.window, QLabel, "syncStatusLabel").text())


def test_offline_note_is_shown_pending_and_lands_when_back(
    qtbot: QtBot, desks: Desks, modals: ModalDriver, server: LiveServer
) -> None:
    anna = desks.open("anna@hq.example")
    enquiry_id = create(anna.service, last_name="Offlinehuber")
    synced(qtbot, anna)
    assert status_text(anna).startswith("online") and "waiting" not in status_text(anna)
    select(qtbot, anna, enquiry_id)
    row = anna.model.row_of(enquiry_id)
    assert not anna.model.index(row, C_STATUS).data().endswith("⟳")

    server.stop()
    anna.bridge.sync_now()  # as the background loop would: it finds the server away
    qtbot.waitUntil(lambda: status_text(anna).startswith("offline"), timeout=10_000)
    quiet(qtbot, anna)

    def write(dialog: Any) -> None:
        qtbot.keyClicks(child(dialog, QPlainTextEdit, "noteText"), "Called, no answer")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    note = modals.expect("dialog_add_note", write)
    [result] = perform_and_wait(qtbot, anna, anna.action("add_note").trigger, dialog=note)
    assert isinstance(result, int) and isinstance(anna.done[-1][0], AddNote)

    # Shown at once, marked as waiting to be sent.
    row = anna.model.row_of(enquiry_id)
    assert anna.model.index(row, C_STATUS).data().endswith("⟳")
    font = anna.model.index(row, 0).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    detail = visible_detail(anna)
    assert "waiting to be sent" in detail["statusTile/Status"]
    assert "Called, no answer" in detail.values()
    text = status_text(anna)
    assert text.startswith("offline") and "1 change waiting" in text, text
    assert "cannot be reached" in child(anna.window, QLabel, "syncStatusLabel").parent().toolTip()

    # Still away: nothing changes but the attempt.
    anna.bridge.sync_now()
    quiet(qtbot, anna)
    assert "1 change waiting" in status_text(anna)

    server.start()
    anna.bridge.sync_now()
    qtbot.waitUntil(lambda: status_text(anna).startswith("online"), timeout=10_000)
    quiet(qtbot, anna)
    assert "waiting" not in status_text(anna)
    row = anna.model.row_of(enquiry_id)
    assert not anna.model.index(row, C_STATUS).data().endswith("⟳")
    font = anna.model.index(row, 0).data(Qt.ItemDataRole.FontRole)
    assert not (isinstance(font, QFont) and font.italic())
    detail = visible_detail(anna)
    assert "waiting" not in detail["statusTile/Status"] and "Called, no answer" in detail.values()
    assert anna.service.sync.pending_count() == 0


def test_refused_accept_is_told_in_status_bar_bell_and_panel(
    qtbot: QtBot, desks: Desks, modals: ModalDriver
) -> None:
    anna = desks.open("anna@hq.example")
    enquiry_id = create_and_offer(anna.service, last_name="Widerrufen")
    synced(qtbot, anna)
    max_ = desks.open("max@mueller.example")
    assert listed(max_) == [enquiry_id]
    bell = max_.window.bell
    assert bell.objectName() == "notificationsButton"

    # Head office takes the offer back; Max, not synced since, still sees it and accepts it.
    ok(anna.service.actions.perform(RevokeOffer(enquiry_id=enquiry_id)))
    synced(qtbot, anna)
    select(qtbot, max_, enquiry_id)
    accept = child(max_.window.detail, QPushButton, "button_accept_offer")
    before = len(max_.done)
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)  # the accept is pushed at once, and refused
    qtbot.waitUntil(lambda: len(max_.done) > before, timeout=10_000)
    assert isinstance(max_.done[-1][1], int), "allowed locally"
    qtbot.waitUntil(
        lambda: "Refused by the server" in max_.window.statusBar().currentMessage(), timeout=10_000
    )
    quiet(qtbot, max_)

    [refusal] = max_.service.reads.refusals()
    assert (refusal["name"], refusal["enquiry_id"]) == ("accept_offer", enquiry_id)
    message = refusal["message"]
    assert message and message == MESSAGES.get(refusal["code"]), "the rules' sentence for the server's code"
    status = max_.window.statusBar().currentMessage()
    assert status == f"Refused by the server: {message}", status
    # The bell counts the refusal (the offer's own notice was read when Max opened the enquiry).
    assert not refusal["seen"], "news until the panel has shown it"
    assert bell.text() == f"Notifications ({max_.service.reads.unread_count()})"
    count = int(bell.text().removeprefix("Notifications (").removesuffix(")"))
    assert count >= 1
    assert enquiry_id not in listed(max_), "the optimistic accept is undone"
    assert max_.window.detail.enquiry_id is None
    assert "waiting" not in status_text(max_)

    seen: dict[str, list[str]] = {}

    def read(panel: Any) -> None:
        view = child(panel, QTreeView, "notificationList")
        model = view.model()
        lines = [
            model.index(c, 0, model.index(r, 0))
            for r in range(model.rowCount())
            for c in range(model.rowCount(model.index(r, 0)))
        ]
        seen["rows"] = [str(line.data()) for line in lines]
        seen["bold"] = [bool(line.data(Qt.ItemDataRole.FontRole).bold()) for line in lines]
        panel.reject()

    panel = modals.expect("dialog_notifications", read)
    qtbot.mouseClick(bell, Qt.MouseButton.LeftButton)
    modals.wait(panel)
    refused = [r for r in seen["rows"] if "Refused by the server" in r]
    assert refused == [f"Refused by the server: {message}"], seen["rows"]
    assert seen["bold"][seen["rows"].index(refused[0])], "new, so bold"
    qtbot.waitUntil(
        lambda: bell.text() == "Notifications", timeout=WAIT
    )  # seen now (marked in the background)
