"""A client older than the server wants (its /health names the minimum client version, by default
its own version) says so in the status bar, and keeps working: offline as well, where the notice
stays, and edits made meanwhile reach the server when it is back."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop import version
from enquiries.commands import AddNote
from tests.gui.conftest import Desks, child, create, ok, quiet, synced
from tests.sync.conftest import LiveServer


def notice(desk: object) -> QLabel:
    label: QLabel = child(desk.window, QLabel, "updateNotice")  # type: ignore[attr-defined]
    return label


def status_text(desk: object) -> str:
    return str(child(desk.window, QLabel, "syncStatusLabel").text())  # type: ignore[attr-defined]


def test_current_client_shows_no_notice(qtbot: QtBot, desks: Desks) -> None:
    anna = desks.open("anna@hq.example")
    synced(qtbot, anna)
    assert anna.service.state.update_required == ""
    assert notice(anna).isHidden()


def test_older_client_is_told_to_update_and_keeps_working_offline(
    qtbot: QtBot, desks: Desks, server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = version.current()
    monkeypatch.setattr(version, "current", lambda: "0.0.1")  # an installation from long ago
    anna = desks.open("anna@hq.example")  # signs in and syncs: the server answers /health
    label = notice(anna)
    assert anna.service.state.update_required == real
    assert not label.isHidden()
    assert label.text() == (
        f"Please update Enquiry Desk: the server asks for version {real} or newer (this is 0.0.1)."
    )
    assert "keep working" in label.toolTip()
    assert status_text(anna).startswith("online")

    # Working as before: an action is decided locally and sent.
    enquiry_id = create(anna.service, last_name="Altversion")
    synced(qtbot, anna)
    assert anna.service.sync.pending_count() == 0

    # Offline: the notice stays, actions still work and wait.
    server.stop()
    anna.bridge.sync_now()
    qtbot.waitUntil(lambda: status_text(anna).startswith("offline"), timeout=10_000)
    quiet(qtbot, anna)
    assert not label.isHidden() and real in label.text()
    ok(
        anna.service.actions.perform(
            AddNote(enquiry_id=enquiry_id, note_id=str(uuid.uuid4()), text="written offline")
        )
    )
    qtbot.waitUntil(lambda: "1 change waiting" in status_text(anna), timeout=10_000)

    server.start()
    synced(qtbot, anna)
    assert anna.service.sync.pending_count() == 0
    assert status_text(anna).startswith("online")
    assert not label.isHidden(), "still too old"
