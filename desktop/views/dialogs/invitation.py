""" "I have an invitation": choose a password with the code of an invitation or reset mail.

Opened from the sign-in dialog. The code goes to the server on a background thread; the form
stays up, busy, until it answers. Accepted, the sign-in dialog is filled with the login the
server names and the new password.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from desktop.views.dialogs.server_form import ServerForm

MIN_PASSWORD = 10  # the server's minimum (central/store/invites.py); the server checks it too


def accept_invite(server: str, code: str, password: str) -> dict[str, Any]:
    from desktop.sync.transport import Transport

    transport = Transport(server, timeout=30)
    try:
        return transport.accept_invite(code, password)
    finally:
        transport.close()


class InvitationDialog(ServerForm):
    def __init__(self, server: str = "", parent: QWidget | None = None) -> None:
        super().__init__("accept_invite", self.tr("I have an invitation"), None, parent)
        self.busy_text = self.tr("Setting the password…")
        self.server = QLineEdit(server, self)
        self.server.setObjectName("serverUrl")
        self.server.setPlaceholderText("https://desk.example.com")
        self.code = QLineEdit(self)
        self.code.setObjectName("invitationCode")
        self.code.setPlaceholderText(self.tr("the code from the e-mail"))
        self.password = QLineEdit(self)
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setObjectName("newPasswordAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Server"), self.server)
        self.form.addRow(self.tr("Code"), self.code)
        self.form.addRow(self.tr("New password"), self.password)
        self.form.addRow(self.tr("Once more"), self.again)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set password"))
        self.login = ""
        (self.code if server else self.server).setFocus()

    def validate(self) -> str | None:
        if not self.server.text().strip().startswith(("http://", "https://")):
            return self.tr("The server address starts with https:// (or http:// on a local network).")
        if not self.code.text().strip():
            return self.tr("Please paste the code from the e-mail.")
        if len(self.password.text()) < MIN_PASSWORD:
            return self.tr("The password needs at least %n characters.", "", MIN_PASSWORD)
        if self.password.text() != self.again.text():
            return self.tr("The two passwords differ.")
        return None

    def request(self) -> Callable[[], dict[str, Any]]:
        server, code, password = self.server.text().strip(), self.code.text(), self.password.text()
        return lambda: accept_invite(server, code, password)

    def answered(self, answer: Any) -> None:
        self.login = str(answer.get("login", ""))
        self.accept()
