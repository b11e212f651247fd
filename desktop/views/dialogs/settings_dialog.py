"""Settings: language and server; one's notifications and password (dialogs of their own)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from desktop.views.dialogs.base import FormDialog
from desktop.views.i18n import LANGUAGES


class SettingsDialog(FormDialog):
    def __init__(
        self,
        language: str,
        server: str,
        parent: QWidget | None = None,
        *,
        change_password: Callable[[QWidget], None] | None = None,
        notifications: Callable[[QWidget], None] | None = None,
    ) -> None:
        super().__init__("settings", self.tr("Settings"), parent)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.server = QLineEdit(server, self)
        self.server.setObjectName("serverUrl")
        self.form.addRow(self.tr("Language"), self.language)
        self.form.addRow(self.tr("Server"), self.server)
        note = QLabel(self.tr("A new server takes effect at the next sign-in."), self)
        note.setWordWrap(True)
        self.form.addRow(note)
        for name, text, open_ in (
            ("notificationSettings", self.tr("Notifications…"), notifications),
            ("changePassword", self.tr("Change password…"), change_password),
        ):
            if open_ is not None:
                button = QPushButton(text, self)
                button.setObjectName(name)
                button.clicked.connect(lambda _=False, o=open_: o(self))
                self.form.addRow(button)

    def validate(self) -> str | None:
        server = self.server.text().strip()
        if server and not server.startswith(("http://", "https://")):
            return self.tr("The server address starts with https:// (or http:// on a local network).")
        return None
