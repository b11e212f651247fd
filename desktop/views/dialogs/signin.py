"""Sign in: server address, login, password, remember me. Errors are sentences at the form."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from desktop.views.dialogs.base import FormDialog


class SignInDialog(FormDialog):
    def __init__(
        self,
        server: str = "",
        login: str = "",
        remember: bool = True,
        keyring_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("sign_in", self.tr("Sign in to Enquiry Desk"), parent)
        self.server = QLineEdit(server, self)
        self.server.setObjectName("serverUrl")
        self.server.setPlaceholderText("https://desk.example.com")
        self.login = QLineEdit(login, self)
        self.login.setObjectName("login")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember me on this computer"), self)
        self.remember.setObjectName("rememberMe")
        self.remember.setChecked(remember)
        self.form.addRow(self.tr("Server"), self.server)
        self.form.addRow(self.tr("Login"), self.login)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.remember)
        if keyring_note:
            note = QLabel(keyring_note, self)
            note.setObjectName("keyringNote")
            note.setWordWrap(True)
            self.form.addRow(note)
        (self.password if login else self.login).setFocus()

    def validate(self) -> str | None:
        if not self.server.text().strip().startswith(("http://", "https://")):
            return self.tr("The server address starts with https:// (or http:// on a local network).")
        if not self.login.text().strip():
            return self.tr("Please enter your login.")
        if not self.password.text():
            return self.tr("Please enter your password.")
        return None
