"""The *contact status* dialog (Kontaktstatus ändern), for survey managers only.

Call centre: done + rating (+ notes). Follow-up: only while not done; a month calendar where a
double-click takes the date, a time and the agent; reassigning to another agent is allowed even
when the survey forbids switching and contact was made, and then a notice says so. Field service:
only when the survey arranges appointments, validated exactly like during a call (the rules'
`check_appointment`); the protocol e-mail is never sent from here, and the dialog says so.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.views.dialogs.appointment_box import AppointmentBox
from desktop.views.dialogs.base import FormDialog
from desktop.views.labels import tr_refusal
from desktop.views.timefmt import parse
from enquiries.refusals import Refusal
from enquiries.surveys import SetContactStatus, SurveyOutcome

FOLLOW_UP_CODES = {"follow_up_past", "follow_up_when_done", "agent_unknown", "agent_inactive"}
APPOINTMENT_CODES = {
    "appointments_off",
    "appointment_rep_missing",
    "appointment_rep_unknown",
    "appointment_past",
    "appointment_place_missing",
}


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet("color: #b91c1c;")
    label.setWordWrap(True)
    label.hide()
    return label


class ContactStatusDialog(FormDialog):
    def __init__(
        self,
        survey: dict[str, Any],
        contact: dict[str, Any],
        agents: list[tuple[str, str]],
        reps: list[tuple[str, str]],
        check: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("contact_status", contact["person_name"], parent)
        self.setMinimumWidth(560)
        self.survey, self.contact, self.check = survey, contact, check
        options = survey.get("options", {})
        self.outcome: SurveyOutcome | None = None
        self.history_id = str(uuid.uuid4())
        # Call centre.
        centre = QGroupBox(self.tr("Call centre"), self)
        centre.setObjectName("groupCallCentre")
        form = QFormLayout(centre)
        self.done_box = QCheckBox(self.tr("Done"), centre)
        self.done_box.setObjectName("done")
        self.done_box.setChecked(bool(contact.get("done")))
        self.rating = QComboBox(centre)
        self.rating.setObjectName("rating")
        self.rating.addItem(self.tr("(no rating)"), None)
        for rating in survey.get("ratings", []):
            self.rating.addItem(rating, rating)
        self.rating.setCurrentIndex(max(0, self.rating.findData(contact.get("rating"))))
        self.notes = QPlainTextEdit(contact.get("notes", ""), centre)
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(80)
        self.centre_error = _error_label(centre, "callCentreError")
        form.addRow(self.done_box)
        form.addRow(self.tr("Rating"), self.rating)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.centre_error)
        if options.get("history_on_done"):
            hint = self.tr("When marked done, an entry is written to the contact history")
            hint += self.tr(", with these notes.") if options.get("copy_notes") else "."
            form.addRow(QLabel(hint, centre))
        # Follow-up.
        self.follow = QGroupBox(self.tr("Follow-up"), self)
        self.follow.setObjectName("groupFollowUp")
        self.follow.setCheckable(True)
        follow = contact.get("follow_up") or {}
        self.follow.setChecked(bool(follow))
        fform = QFormLayout(self.follow)
        self.calendar = QCalendarWidget(self.follow)
        self.calendar.setObjectName("followUpCalendar")
        self.follow_date = QDateEdit(self.follow)
        self.follow_date.setObjectName("followUpDate")
        self.follow_date.setCalendarPopup(True)
        self.follow_time = QTimeEdit(self.follow)
        self.follow_time.setObjectName("followUpTime")
        at = parse(follow["at"]) if follow else None
        start = at.astimezone() if at else None
        self.follow_date.setDate(
            QDate(start.year, start.month, start.day) if start else QDate.currentDate().addDays(1)
        )
        self.follow_time.setTime(QTime(start.hour, start.minute) if start else QTime(10, 0))
        self.calendar.setSelectedDate(self.follow_date.date())
        self.calendar.activated.connect(self.follow_date.setDate)  # double-click takes the date
        self.agent = QComboBox(self.follow)
        self.agent.setObjectName("followUpAgent")
        for agent_id, name in agents:
            self.agent.addItem(name, agent_id)
        self.agent.setCurrentIndex(
            max(0, self.agent.findData(follow.get("agent_id") or contact.get("agent_id")))
        )
        self.notice = QLabel(self.follow)
        self.notice.setObjectName("switchNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #92400e;")
        self.follow_error = _error_label(self.follow, "followUpError")
        fform.addRow(self.calendar)
        fform.addRow(self.tr("Date"), self.follow_date)
        fform.addRow(self.tr("Time"), self.follow_time)
        fform.addRow(self.tr("Agent"), self.agent)
        fform.addRow(self.notice)
        fform.addRow(self.follow_error)
        # Field service.
        self.field = AppointmentBox(
            self.tr("Field service"),
            "groupFieldService",
            {
                "day": "appointmentDate",
                "at": "appointmentTime",
                "rep": "fieldRep",
                "place": "appointmentPlace",
                "note": "appointmentNote",
            },
            reps,
            current=contact.get("appointment"),
            enabled=bool(options.get("field_service")),
            parent=self,
        )
        aform = self.field.form
        self.field_error = _error_label(self.field, "fieldServiceError")
        aform.addRow(self.field_error)
        if options.get("send_protocol"):
            no_mail = QLabel(
                self.tr(
                    "The protocol e-mail to the field rep is not sent from this dialog; please "
                    "tell the field reps concerned yourself."
                ),
                self.field,
            )
            no_mail.setObjectName("noProtocolNotice")
            no_mail.setWordWrap(True)
            aform.addRow(no_mail)
        box = QVBoxLayout()
        for group in (centre, self.follow, self.field):
            box.addWidget(group)
        self.outer.insertLayout(0, box)
        self.done_box.toggled.connect(self._done_toggled)
        self.agent.currentIndexChanged.connect(lambda _: self._update_notice())
        self.follow.toggled.connect(lambda _: self._update_notice())
        self._done_toggled(self.done_box.isChecked())

    def _done_toggled(self, done: bool) -> None:
        self.follow.setEnabled(not done)  # a follow-up only while not done
        self._update_notice()

    def _update_notice(self) -> None:
        chosen = self.agent.currentData()
        switching = (
            self.follow.isChecked()
            and not self.done_box.isChecked()
            and chosen
            and chosen != self.contact.get("agent_id")
            and self.contact.get("contact_made")
            and not self.survey.get("options", {}).get("agent_may_switch")
        )
        self.notice.setText(
            self.tr(
                "Contact was already made and this survey does not let agents switch; the "
                "follow-up is moved to another agent anyway (e.g. when the agent is ill)."
            )
            if switching
            else ""
        )
        self.notice.setVisible(bool(switching))

    def command(self) -> SetContactStatus:
        follow_at = None
        if self.follow.isChecked() and not self.done_box.isChecked():
            d, t = self.follow_date.date(), self.follow_time.time()
            follow_at = (
                datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone().astimezone(UTC)
            )
        appointment = self.field.value()
        return SetContactStatus(
            contact_id=self.contact["id"],
            history_id=self.history_id,
            done=self.done_box.isChecked(),
            rating=self.rating.currentData(),
            notes=self.notes.toPlainText(),
            follow_up_at=follow_at,
            follow_up_agent_id=self.agent.currentData() if follow_at else None,
            appointment=appointment,
            base_version=int(self.contact.get("version", 0)),
        )

    def validate(self) -> str | None:
        for label in (self.centre_error, self.follow_error, self.field_error):
            label.hide()
        result = self.check(self.command())
        if isinstance(result, Refusal):
            message = tr_refusal(result.code, result.template, result.params)
            target = (
                self.follow_error
                if result.code in FOLLOW_UP_CODES
                else self.field_error
                if result.code in APPOINTMENT_CODES
                else self.centre_error
            )
            target.setText(message)
            target.show()
            return message
        self.outcome = result
        return None
