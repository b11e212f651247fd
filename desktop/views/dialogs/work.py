"""Dialogs for the work on an enquiry: note, task, close, external assignment, external step."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from desktop.views.dialogs.base import FormDialog
from desktop.views.labels import STEP, tr_label

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _datetime_edit(parent: QWidget, name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime.currentDateTime(), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    return edit


def to_utc(edit: QDateTimeEdit) -> datetime:
    return datetime.fromisoformat(
        edit.dateTime().toUTC().toString(Qt.DateFormat.ISODate).replace("Z", "+00:00")
    )


class NoteDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("add_note", self.tr("Add note"), parent)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("noteText")
        self.text.setAccessibleName(self.tr("Note"))
        self.form.addRow(self.tr("Note"), self.text)

    def validate(self) -> str | None:
        return None if self.text.toPlainText().strip() else self.tr("The note is empty.")


class TaskDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("add_task", self.tr("Add task"), parent)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("taskTitle")
        self.title_edit.setAccessibleName(self.tr("Task"))
        self.due = _datetime_edit(self, "taskDue")
        self.due.setDateTime(QDateTime.currentDateTime().addDays(2))
        self.form.addRow(self.tr("Task"), self.title_edit)
        self.form.addRow(self.tr("Due"), self.due)

    def validate(self) -> str | None:
        return None if self.title_edit.text().strip() else self.tr("Please describe the task.")


class CloseDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("close", self.tr("Close enquiry"), parent)
        self.won = QRadioButton(self.tr("Won: the customer ordered"), self)
        self.won.setObjectName("outcomeWon")
        self.lost = QRadioButton(self.tr("Lost: no order"), self)
        self.lost.setObjectName("outcomeLost")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("closeReason")
        self.form.addRow(self.won)
        self.form.addRow(self.lost)
        self.form.addRow(self.tr("Remark"), self.reason)

    @property
    def outcome(self) -> str:
        return "won" if self.won.isChecked() else "lost"

    def validate(self) -> str | None:
        if not (self.won.isChecked() or self.lost.isChecked()):
            return self.tr("Please choose won or lost.")
        return None


class ExternalDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("assign_external", self.tr("Assign externally by e-mail"), parent)
        self.name = QLineEdit(self)
        self.name.setObjectName("externalName")
        self.email = QLineEdit(self)
        self.email.setObjectName("externalEmail")
        self.message = QPlainTextEdit(self)
        self.message.setObjectName("externalMessage")
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("E-mail"), self.email)
        self.form.addRow(self.tr("Message"), self.message)
        note = QLabel(self.tr("You stay in charge. The assignment cannot be revoked, only sent again."), self)
        note.setWordWrap(True)
        self.form.addRow(note)

    def validate(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("Please enter the name.")
        if not EMAIL.match(self.email.text().strip()):
            return self.tr("Please enter a valid e-mail address.")
        return None


class StepDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("record_external_step", self.tr("Record external step"), parent)
        self.kind = QComboBox(self)
        self.kind.setObjectName("stepKind")
        for code in STEP:
            self.kind.addItem(tr_label("Step", code), code)
        self.date = _datetime_edit(self, "stepDate")
        self.note = QLineEdit(self)
        self.note.setObjectName("stepNote")
        self.form.addRow(self.tr("Step"), self.kind)
        self.form.addRow(self.tr("Date"), self.date)
        self.form.addRow(self.tr("Note"), self.note)

    @property
    def step(self) -> str:
        return str(self.kind.currentData())
