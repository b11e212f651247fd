"""Ask for a reason: reject an assignment, decline an offer, discard an enquiry."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from desktop.views.dialogs.base import FormDialog


class ReasonDialog(FormDialog):
    def __init__(
        self, name: str, title: str, prompt: str, *, required: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(name, title, parent)
        self.required = required
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("reason")
        self.text.setAccessibleName(prompt)
        self.text.setMinimumHeight(90)
        # The question above the box, full width: beside it, a long German or Italian question
        # took half the dialog and squeezed the box.
        label = QLabel(prompt, self)
        label.setObjectName("reasonPrompt")
        label.setWordWrap(True)
        label.setBuddy(self.text)
        self.form.addRow(label)
        self.form.addRow(self.text)

    @property
    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def validate(self) -> str | None:
        if self.required and not self.reason:
            return self.tr("Please give a reason.")
        return None
