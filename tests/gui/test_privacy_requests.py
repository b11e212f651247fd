"""The controller's data-protection requests in the window (issue 14, point 2).

Max (Müller's administrator) sees "Export personal data…" and "Erase personal data…" on the
enquiry Müller accepted; Eva (Müller's staff) and head office's Anna do not. The export writes a
PDF and the server's JSON beside it; the erasure asks first - cancelled, nothing happens - then
erases, and the enquiry leaves Max's list and, at her next sync, Eva's.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from enquiries.commands import AcceptOffer
from tests.gui.conftest import (
    CONTACT,
    Desks,
    ModalDriver,
    cancel_button,
    create_and_offer,
    listed,
    ok,
    quiet,
    select,
    synced,
)


def pdf_text(path: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return "".join(document.getAllText(i).text() for i in range(document.pageCount()))


def visible_actions(desk: Any) -> set[str]:
    return {n for n in ("export_personal_data", "erase_personal_data") if desk.action(n).isVisible()}


def test_the_controllers_admin_exports_and_erases_and_the_enquiry_leaves_every_list(
    qtbot: QtBot, desks: Desks, modals: ModalDriver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = desks.open("anna@hq.example", show=False)
    secret = create_and_offer(anna.service, **CONTACT)
    synced(qtbot, anna)
    max_ = desks.open("max@mueller.example")
    ok(max_.service.actions.perform(AcceptOffer(enquiry_id=secret)))
    synced(qtbot, max_, max_)
    eva = desks.open("eva@mueller.example", show=False)
    synced(qtbot, anna)
    for desk, expected in (
        (max_, {"export_personal_data", "erase_personal_data"}),
        (eva, set()),
        (anna, set()),
    ):
        select(qtbot, desk, secret)
        assert visible_actions(desk) == expected, desk.login

    # Export: a PDF and its JSON, with the person's data in both.
    target = tmp_path / "auskunft.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    select(qtbot, max_, secret)
    max_.action("export_personal_data").trigger()
    qtbot.waitUntil(lambda: target.with_suffix(".json").exists(), timeout=10_000)
    exported = json.loads(target.with_suffix(".json").read_text())
    assert exported["subject"]["email"] == CONTACT["email"]
    text = pdf_text(target)
    assert "Zwirnpichler" in text and CONTACT["email"] in text and "Fenster Müller GmbH" in text

    # Erase: asked first; cancelled, nothing happens.
    cancelled = modals.expect("eraseConfirm", lambda box: cancel_button(box).click())
    max_.action("erase_personal_data").trigger()
    modals.wait(cancelled)
    quiet(qtbot, max_)
    assert secret in listed(max_)

    def confirm(box: QMessageBox) -> None:
        assert "Zwirnpichler" in box.text() and "cannot be undone" in box.informativeText()
        button = box.findChild(type(cancel_button(box)), "eraseButton")
        assert button is not None
        button.click()

    erased = modals.expect("eraseConfirm", confirm)
    max_.action("erase_personal_data").trigger()
    modals.wait(erased)
    qtbot.waitUntil(lambda: secret not in listed(max_), timeout=10_000)
    quiet(qtbot, max_)
    assert "erased" in max_.window.statusBar().currentMessage()
    assert max_.service.reads.enquiry(secret) is None

    synced(qtbot, eva)
    assert secret not in listed(eva) and eva.service.reads.enquiry(secret) is None
