"""Shared parts of the dialogs: OK/Cancel with a message area for errors at the field."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


class FormDialog(QDialog):
    """A dialog with a form, an error line and OK/Cancel. Subclasses implement `validate()`."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"dialog_{name}")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(420)
        self.outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.outer.addLayout(self.form)
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self.outer.addWidget(self.buttons)

    def validate(self) -> str | None:
        """An error sentence to show, or None when the input is fine."""
        return None

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _try_accept(self) -> None:
        problem = self.validate()
        if problem:
            self.show_error(problem)
            return
        self.show_error("")
        self.accept()


def asked(dialog: QDialog) -> bool:
    """Show `dialog` modally; True when accepted. The dialog goes once control is back in the
    event loop (its fields are still readable until then): dialogs made per action must not pile
    up under the window, nor be left for the garbage collector (see desktop/gc_guard.py)."""
    try:
        return bool(dialog.exec())
    finally:
        dialog.deleteLater()
