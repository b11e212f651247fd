"""The field-service appointment fields, shared by the call screen and the contact status dialog
(the same fields, checked by the same rule: `enquiries.surveys.check_appointment`)."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QGroupBox, QLineEdit, QTimeEdit, QWidget

from enquiries.surveys import AppointmentIn


class AppointmentBox(QGroupBox):
    """A checkable group; `value()` is the appointment to save, or None when unchecked or when the
    survey arranges no appointments. `names` gives the fields' objectNames (automation)."""

    def __init__(
        self,
        title: str,
        name: str,
        names: dict[str, str],
        reps: list[tuple[str, str]],
        *,
        current: dict[str, Any] | None,
        enabled: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.setCheckable(True)
        current = current or {}
        self.setChecked(bool(current))
        self.form = QFormLayout(self)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDate(
            QDate.fromString(current["day"], "yyyy-MM-dd") if current else QDate.currentDate().addDays(3)
        )
        self.at = QTimeEdit(self)
        self.at.setTime(QTime.fromString(current["at"][:5], "HH:mm") if current else QTime(10, 0))
        self.rep = QComboBox(self)
        self.rep.addItem(self.tr("(choose)"), None)
        for rep_id, rep_name in reps:
            self.rep.addItem(rep_name, rep_id)
        self.rep.setCurrentIndex(max(0, self.rep.findData(current.get("rep_id"))))
        self.place = QLineEdit(current.get("place", ""), self)
        self.note = QLineEdit(current.get("note", ""), self)
        for key, widget in (
            ("day", self.day),
            ("at", self.at),
            ("rep", self.rep),
            ("place", self.place),
            ("note", self.note),
        ):
            if key in names:
                widget.setObjectName(names[key])
        self.form.addRow(self.tr("Date"), self.day)
        self.form.addRow(self.tr("Time"), self.at)
        self.form.addRow(self.tr("Field rep"), self.rep)
        self.form.addRow(self.tr("Place"), self.place)
        self.form.addRow(self.tr("Note"), self.note)
        # Remembered, not `isVisible()`: after `exec()` the dialog is hidden and the value must count.
        self.enabled_by_survey = enabled
        self.setVisible(enabled)

    def value(self) -> AppointmentIn | None:
        if not (self.enabled_by_survey and self.isChecked()):
            return None
        d, t = self.day.date(), self.at.time()
        return AppointmentIn(
            day=date(d.year(), d.month(), d.day()),
            at=time(t.hour(), t.minute()),
            rep_id=self.rep.currentData(),
            place=self.place.text(),
            note=self.note.text(),
        )
