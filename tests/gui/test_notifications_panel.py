"""The notifications panel (issue 12): grouped by enquiry, mark read / all read, and a bell whose
count means what is still unread (closing the panel no longer reads everything)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTreeView
from pytestqt.qtbot import QtBot

from desktop.views.notifications_panel import NOTICES_ROLE
from enquiries.commands import AddNote, DeclineOffer
from tests.gui.conftest import WAIT, Desks, ModalDriver, child, create, create_and_offer, ok, synced


def test_news_are_grouped_by_enquiry_and_read_group_by_group(
    qtbot: QtBot, desks: Desks, modals: ModalDriver
) -> None:
    anna = desks.open("anna@hq.example")
    first = create(anna.service, last_name="Gruppe1")  # anna holds it
    second = create_and_offer(anna.service, last_name="Gruppe2")
    synced(qtbot, anna)
    marco = desks.open("marco@hq.example")  # a colleague at head office writes on anna's enquiry
    for i in range(2):
        ok(marco.service.actions.perform(AddNote(enquiry_id=first, note_id=f"n-{i}", text=f"Notiz {i}")))
    max_ = desks.open("max@mueller.example")
    ok(max_.service.actions.perform(DeclineOffer(enquiry_id=second, reason="Zu weit")))
    synced(qtbot, marco, max_, anna)
    mine = {n["enquiry_id"] for n in anna.service.reads.notifications(unread_only=True)}
    assert {first, second} <= mine, "anna hears of both"
    unread_before = anna.service.reads.unread_count()
    numbers = {e: str((anna.service.reads.enquiry(e) or {}).get("number")) for e in (first, second)}
    seen: dict[str, Any] = {}

    def read_the_first(panel: Any) -> None:
        view = child(panel, QTreeView, "notificationList")
        model = view.model()
        titles = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
        seen["titles"] = titles
        row = next(r for r, t in enumerate(titles) if t.startswith(numbers[first]))
        group = model.index(row, 0)
        seen["lines"] = model.rowCount(group)
        seen["group_ids"] = list(group.data(NOTICES_ROLE))
        view.setCurrentIndex(group)
        qtbot.mouseClick(child(panel, QPushButton, "notificationsRead"), Qt.MouseButton.LeftButton)
        seen["after"] = str(model.index(row, 0).data())
        panel.reject()

    panel = modals.expect("dialog_notifications", read_the_first)
    qtbot.mouseClick(anna.window.bell, Qt.MouseButton.LeftButton)
    modals.wait(panel)
    assert any(t.startswith(numbers[first]) and "new" in t for t in seen["titles"]), seen["titles"]
    assert any(t.startswith(numbers[second]) for t in seen["titles"])
    assert seen["lines"] >= 2, "two notes on one enquiry, in one group"
    assert seen["after"] == numbers[first], "read: no count, not bold"
    qtbot.waitUntil(
        lambda: anna.service.reads.unread_count() == unread_before - len(seen["group_ids"]), timeout=WAIT
    )
    left = {n["enquiry_id"] for n in anna.service.reads.notifications(unread_only=True)}
    assert first not in left and second in left, "only the group read is read"

    def read_all(panel: Any) -> None:
        qtbot.mouseClick(child(panel, QPushButton, "notificationsAllRead"), Qt.MouseButton.LeftButton)
        panel.reject()

    panel = modals.expect("dialog_notifications", read_all)
    qtbot.mouseClick(anna.window.bell, Qt.MouseButton.LeftButton)
    modals.wait(panel)
    qtbot.waitUntil(lambda: anna.window.bell.text() == "Notifications", timeout=WAIT)
    assert anna.service.reads.notifications(unread_only=True) == []
