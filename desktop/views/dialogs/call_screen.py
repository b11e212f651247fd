"""The agent's call screen: one contact at a time (follow-ups due now first, then untouched ones),
its data and history, and what happened in the call. Appointments captured here send the
protocol e-mail to the field rep when the survey says so (the server sends it, once)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from desktop.views.dialogs.appointment_box import AppointmentBox
from desktop.views.dialogs.base import FormDialog
from desktop.views.labels import tr_refusal
from desktop.views.timefmt import short_datetime
from enquiries.refusals import Refusal
from enquiries.surveys import RecordCall


class CallScreen(FormDialog):
    def __init__(
        self,
        survey: dict[str, Any],
        contact: dict[str, Any],
        reps: list[tuple[str, str]],
        check: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("call", contact["person_name"], parent)
        self.setMinimumWidth(560)
        self.survey, self.contact, self.check = survey, contact, check
        self.history_id = str(uuid.uuid4())
        info = QGroupBox(self.tr("Contact"), self)
        iform = QFormLayout(info)
        for label, value in (
            (self.tr("Name"), contact["person_name"]),
            (self.tr("Phone"), contact.get("phone", "")),
            (self.tr("E-mail"), contact.get("email", "")),
            (self.tr("Address"), contact.get("address", "")),
        ):
            iform.addRow(label, QLabel(value))
        for entry in contact.get("history", [])[:5]:
            iform.addRow(
                QLabel(short_datetime(entry["at"])), QLabel(f"{entry.get('rating') or ''} {entry['text']}")
            )
        self.form.addRow(info)
        self.made = QCheckBox(self.tr("Contact was made"), self)
        self.made.setObjectName("contactMade")
        self.made.setChecked(True)
        self.notes = QPlainTextEdit(contact.get("notes", ""), self)
        self.notes.setObjectName("callNotes")
        self.notes.setMaximumHeight(90)
        self.rating = QComboBox(self)
        self.rating.setObjectName("callRating")
        self.rating.addItem(self.tr("(no rating)"), None)
        for rating in survey.get("ratings", []):
            self.rating.addItem(rating, rating)
        self.done_box = QCheckBox(self.tr("Done"), self)
        self.done_box.setObjectName("callDone")
        self.follow = QGroupBox(self.tr("Call again"), self)
        self.follow.setObjectName("callFollowUp")
        self.follow.setCheckable(True)
        self.follow.setChecked(False)
        fform = QFormLayout(self.follow)
        self.follow_at = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600), self.follow)
        self.follow_at.setObjectName("callFollowUpAt")
        self.follow_at.setCalendarPopup(True)
        fform.addRow(self.tr("When"), self.follow_at)
        self.field = AppointmentBox(
            self.tr("Field-service appointment"),
            "callAppointment",
            {"day": "callAppointmentDate", "rep": "callFieldRep", "place": "callAppointmentPlace"},
            reps,
            current=None,
            enabled=bool(survey.get("options", {}).get("field_service")),
            parent=self,
        )
        aform = self.field.form
        if survey.get("options", {}).get("send_protocol"):
            aform.addRow(QLabel(self.tr("The field rep receives the call protocol by e-mail.")))
        self.form.addRow(self.made)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.form.addRow(self.tr("Rating"), self.rating)
        self.form.addRow(self.done_box)
        self.form.addRow(self.follow)
        self.form.addRow(self.field)
        self.done_box.toggled.connect(lambda on: self.follow.setEnabled(not on))

    def command(self) -> RecordCall:
        follow_at = None
        if self.follow.isChecked() and not self.done_box.isChecked():
            follow_at = datetime.fromtimestamp(self.follow_at.dateTime().toSecsSinceEpoch(), UTC)
        appointment = self.field.value()
        return RecordCall(
            contact_id=self.contact["id"],
            history_id=self.history_id,
            contact_made=self.made.isChecked(),
            notes=self.notes.toPlainText(),
            rating=self.rating.currentData(),
            done=self.done_box.isChecked(),
            follow_up_at=follow_at,
            appointment=appointment,
        )

    def validate(self) -> str | None:
        result = self.check(self.command())
        if isinstance(result, Refusal):
            return tr_refusal(result.code, result.template, result.params)
        return None
