"""Sign in: server address, login, password, remember me. Errors are sentences at the form.

With `sign_in` given, OK signs in on a background thread (desktop/ops.py): the form stays up and
responsive with "Signing in…" until the server answers (up to its 30 s timeout), then closes with
`session` set, or shows the server's sentence at the form. After too many failed attempts the
server takes none for a while: the form says how long, counting down (mm:ss), with OK disabled
until the wait is over.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget
from shiboken6 import isValid

from desktop.failures import sign_in_wait, too_many_attempts
from desktop.views.dialogs.server_form import ServerForm

SignIn = Callable[[str, str, str, bool], Any]  # (server, login, password, remember) -> a session


class SignInDialog(ServerForm):
    def __init__(
        self,
        server: str = "",
        login: str = "",
        remember: bool = True,
        keyring_note: str = "",
        parent: QWidget | None = None,
        *,
        sign_in: SignIn | None = None,
    ) -> None:
        super().__init__("sign_in", self.tr("Sign in to Enquiry Desk"), None, parent)
        self.busy_text = self.tr("Signing in…")
        self._sign_in = sign_in
        self.session: Any = None
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
        self.invitation = QPushButton(self.tr("I have an invitation…"), self)
        self.invitation.setObjectName("haveInvitation")
        self.invitation.setAutoDefault(False)  # Enter signs in (or, while OK waits, does nothing)
        self.buttons.addButton(self.invitation, QDialogButtonBox.ButtonRole.ActionRole)
        self.invitation.clicked.connect(self.use_invitation)
        self.wait_until = 0.0  # time.monotonic() when the server takes attempts again
        self.countdown = QTimer(self)
        self.countdown.setObjectName("signInCountdown")
        self.countdown.setInterval(250)  # a quarter second: the shown second never lags by much
        self.countdown.timeout.connect(self._tick)
        (self.password if login else self.login).setFocus()

    def use_invitation(self) -> None:
        """Choose a password with a mailed code; then the form holds the login and that password."""
        from desktop.views.dialogs.base import asked
        from desktop.views.dialogs.invitation import InvitationDialog

        dialog = InvitationDialog(self.server.text().strip(), self)
        if not asked(dialog):
            return
        self.server.setText(dialog.server.text().strip())
        self.login.setText(dialog.login)
        self.password.setText(dialog.password.text())
        self.show_error(self.tr("Password set. Sign in now."))

    def request(self) -> Callable[[], Any] | None:
        sign_in = self._sign_in
        if sign_in is None:
            return None
        server, login = self.server.text().strip(), self.login.text().strip()
        password, remember = self.password.text(), self.remember.isChecked()
        return lambda: sign_in(server, login, password, remember)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        for field in (self.server, self.login, self.password, self.remember):
            field.setEnabled(not busy)

    # --- too many failed attempts: wait ---------------------------------------------------------
    def waiting(self) -> int:
        """Whole seconds left of the server's wait (0: attempts are taken)."""
        return max(0, math.ceil(self.wait_until - time.monotonic()))

    def _try_accept(self) -> None:
        if self.waiting():
            return
        super()._try_accept()

    def _refused(self, error: BaseException) -> None:
        super()._refused(error)
        wait = sign_in_wait(error)
        if wait is None or not isValid(self):
            return
        self.wait_until = time.monotonic() + wait
        self.countdown.start()
        self._tick()

    def _tick(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        left = self.waiting()
        if not left:
            self.countdown.stop()
            self.show_error("")
            ok.setEnabled(not self.busy)
            return
        ok.setEnabled(False)
        self.show_error(too_many_attempts(left))

    def answered(self, answer: Any) -> None:
        if not self.isVisible():  # cancelled meanwhile: nobody wants this sign-in any more
            answer.close()
            return
        self.session = answer
        self.accept()

    def validate(self) -> str | None:
        if not self.server.text().strip().startswith(("http://", "https://")):
            return self.tr("The server address starts with https:// (or http:// on a local network).")
        if not self.login.text().strip():
            return self.tr("Please enter your login.")
        if not self.password.text():
            return self.tr("Please enter your password.")
        return None
