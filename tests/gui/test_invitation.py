"""An invited person gets in: the code from the invitation mail, pasted in the sign-in dialog's
"I have an invitation…", sets their password; the sign-in form is then filled and signs in.
A used code is refused with a sentence at the form, which stays open."""

from __future__ import annotations

from pathlib import Path

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from central.demo import demo_id
from desktop.sync.session import open_session
from desktop.views.dialogs.invitation import InvitationDialog
from desktop.views.dialogs.signin import SignInDialog
from tests.gui.conftest import PASSWORD, ModalDriver, child, ok_button, refused_ok
from tests.sync.conftest import LiveServer

NEW = "nora@hq.example"
CHOSEN = "mein neues Passwort"


def invite(server: LiveServer) -> str:
    """Greta (head-office admin) invites Nora; the code is read from the server's mail outbox."""
    api = f"{server.url}/api/v1"
    login = httpx.post(
        f"{api}/auth/login",
        json={"login": "greta@hq.example", "password": PASSWORD, "client_id": "t"},
        timeout=30,
    )
    assert login.status_code == 200, login.text
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    body = {"company_id": demo_id("hq"), "login": NEW, "display_name": "Nora Neu", "roles": ["head_office"]}
    assert httpx.post(f"{api}/admin/people", json=body, headers=headers, timeout=30).status_code == 201
    engine = create_engine(server.database_url)
    with engine.connect() as conn:
        mail = conn.execute(
            text("SELECT body_text FROM mail_outbox WHERE to_address = :a"), {"a": NEW}
        ).scalar_one()
    engine.dispose()
    assert CHOSEN not in mail
    return mail.split("paste this code:\n")[1].split()[0]


def test_an_invited_person_sets_a_password_with_the_code_and_signs_in(
    qtbot: QtBot, server: LiveServer, tmp_path: Path
) -> None:
    code = invite(server)
    dialog = InvitationDialog(server.url)
    qtbot.addWidget(dialog)
    dialog.show()
    child(dialog, QLineEdit, "invitationCode").setText(code)
    qtbot.keyClicks(child(dialog, QLineEdit, "newPassword"), CHOSEN)
    qtbot.keyClicks(child(dialog, QLineEdit, "newPasswordAgain"), "something else")
    assert refused_ok(qtbot, dialog) == "The two passwords differ."
    child(dialog, QLineEdit, "newPasswordAgain").setText(CHOSEN)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.login == NEW, "the server names the login to sign in with"
    session = open_session(server.url, NEW, CHOSEN, data_dir=tmp_path / "nora")
    assert session.login == NEW
    session.close()
    dialog.ops.stop()


def test_the_sign_in_dialog_offers_the_invitation() -> None:
    dialog = SignInDialog()
    button = child(dialog, QPushButton, "haveInvitation")
    assert button.text() == "I have an invitation…" and button.isVisibleTo(dialog)
    dialog.ops.stop()
    dialog.deleteLater()


def test_a_used_code_is_refused_at_the_form(qtbot: QtBot, server: LiveServer, modals: ModalDriver) -> None:
    code = invite(server)
    used = httpx.post(
        f"{server.url}/api/v1/auth/accept-invite", json={"token": code, "password": CHOSEN}, timeout=30
    )
    assert used.status_code == 200
    dialog = InvitationDialog(server.url)
    qtbot.addWidget(dialog)
    dialog.show()
    child(dialog, QLineEdit, "invitationCode").setText(code)
    child(dialog, QLineEdit, "newPassword").setText(CHOSEN + "2")
    child(dialog, QLineEdit, "newPasswordAgain").setText(CHOSEN + "2")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    error = child(dialog, QLabel, "formError")
    qtbot.waitUntil(lambda: "not valid" in error.text(), timeout=10_000)
    assert dialog.isVisible() and ok_button(dialog).isEnabled()
    dialog.ops.stop()
