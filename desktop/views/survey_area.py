"""The *Surveys* area: a survey's options and its contact persons (status, rating, follow-up,
agent), filterable and sortable in SQL; *Change…* opens the contact status dialog for managers,
*Call…* the call screen for agents. Agents see their own follow-ups due today on top."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.models.survey_queries import FILTERS, ContactQuery
from desktop.qt_bridge import QtDeskService
from desktop.views.dialogs.base import asked
from desktop.views.dialogs.call_screen import CallScreen
from desktop.views.dialogs.contact_status import ContactStatusDialog
from desktop.views.list_rows import set_list_rows
from desktop.views.survey_model import SurveyContactModel
from enquiries.i18n import QT_TRANSLATE_NOOP

FILTER_LABELS = {
    "all": QT_TRANSLATE_NOOP("SurveyFilter", "All contacts"),
    "open": QT_TRANSLATE_NOOP("SurveyFilter", "Not done"),
    "follow_up": QT_TRANSLATE_NOOP("SurveyFilter", "With follow-up"),
    "due_today": QT_TRANSLATE_NOOP("SurveyFilter", "Follow-ups due today"),
    "done": QT_TRANSLATE_NOOP("SurveyFilter", "Done"),
    "appointment": QT_TRANSLATE_NOOP("SurveyFilter", "With field-service appointment"),
}


class SurveyArea(QWidget):
    def __init__(self, bridge: QtDeskService, names: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyArea")
        self.bridge = bridge
        self.service = bridge.service
        self.reads = bridge.service.reads
        self.names = names
        roles = set(self.reads.user.get("roles", []))
        self.is_manager = "survey_manager" in roles
        self.is_agent = "agent" in roles
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.survey_box = QComboBox(self)
        self.survey_box.setObjectName("surveyChooser")
        self.filter_box = QComboBox(self)
        self.filter_box.setObjectName("surveyFilter")
        for code in FILTERS:
            self.filter_box.addItem(QCoreApplication.translate("SurveyFilter", FILTER_LABELS[code]), code)
        self.search = QLineEdit(self)
        self.search.setObjectName("surveySearch")
        self.search.setPlaceholderText(self.tr("Search contact persons…"))
        self.search.setClearButtonEnabled(True)
        self.change_button = QPushButton(self.tr("Change…"), self)
        self.change_button.setObjectName("surveyChange")
        self.change_button.setVisible(self.is_manager)
        self.call_button = QPushButton(self.tr("Next call…"), self)
        self.call_button.setObjectName("surveyCall")
        self.call_button.setVisible(self.is_agent)
        for widget in (self.survey_box, self.filter_box, self.search, self.change_button, self.call_button):
            top.addWidget(widget)
        self.options = QLabel(self)
        self.options.setObjectName("surveyOptions")
        self.options.setWordWrap(True)
        self.model = SurveyContactModel(self.reads, names, self)
        self.table = QTableView(self)
        self.table.setObjectName("surveyContactList")
        self.table.setModel(self.model)
        set_list_rows(self.table)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(3, 150)
        self.table.setColumnWidth(4, 150)
        self.table.setColumnWidth(5, 150)  # "Servizio esterno" in bold header type
        layout.addLayout(top)
        layout.addWidget(self.options)
        layout.addWidget(self.table)
        self.surveys: list[dict[str, Any]] = []
        self.survey_box.currentIndexChanged.connect(lambda _: self.reload())
        self.filter_box.currentIndexChanged.connect(lambda _: self.reload())
        self.search.textChanged.connect(lambda _: self.reload())
        self.change_button.clicked.connect(self.change)
        self.call_button.clicked.connect(self.call)
        self.table.doubleClicked.connect(lambda _: self.change() if self.is_manager else None)
        bridge.changed.connect(self._changed)
        self.load_surveys()

    def _changed(self, changes: Changes, _origin: str) -> None:
        if changes.touches("surveys") and self.isVisible():
            self.load_surveys()
        elif changes.touches("survey_contacts") and self.isVisible():
            self._refresh_keeping_selection()  # hidden, it reloads when shown (MainWindow opens it)

    def _refresh_keeping_selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        selected = self.model.contact_id(rows[0].row()) if rows else None
        self.model.refresh()
        if selected is None or self.table.selectionModel().selectedRows():
            return
        row = next((r for r in range(self.model.rowCount()) if self.model.contact_id(r) == selected), -1)
        if row >= 0:  # the selected contact moved (its order changed): it stays selected
            self.table.selectRow(row)

    def load_surveys(self) -> None:
        self.surveys = self.reads.surveys()
        self.survey_box.blockSignals(True)
        self.survey_box.clear()
        for survey in self.surveys:
            self.survey_box.addItem(f"{survey['name']} ({survey['starts']} – {survey['ends']})", survey["id"])
        self.survey_box.blockSignals(False)
        self.reload()

    def current_survey(self) -> dict[str, Any] | None:
        index = self.survey_box.currentIndex()
        return self.surveys[index] if 0 <= index < len(self.surveys) else None

    def reload(self) -> None:
        survey = self.current_survey()
        if survey is None:
            self.options.setText(self.tr("No surveys yet."))
            return
        o = survey.get("options", {})
        yes, no = self.tr("yes"), self.tr("no")
        self.options.setText(
            self.tr(
                "History entry when done: %1 · copy notes: %2 · agent may switch: %3 · field-service "
                "appointments: %4 · protocol e-mail: %5 · ratings: %6"
            )
            .replace("%1", yes if o.get("history_on_done") else no)
            .replace("%2", yes if o.get("copy_notes") else no)
            .replace("%3", yes if o.get("agent_may_switch") else no)
            .replace("%4", yes if o.get("field_service") else no)
            .replace("%5", yes if o.get("send_protocol") else no)
            .replace("%6", ", ".join(survey.get("ratings", [])))
        )
        query = ContactQuery(
            survey_id=survey["id"], filter=str(self.filter_box.currentData()), search=self.search.text()
        )
        if self.model.query is not None and self.model.query.survey_id == survey["id"]:
            query = replace(query, sort=self.model.query.sort, descending=self.model.query.descending)
        self.model.set_query(query)

    def _people(self, ids: list[str]) -> list[tuple[str, str]]:
        return [(i, self.names(i)) for i in ids]

    def _reps(self) -> list[tuple[str, str]]:
        company = self.reads.user.get("company_id")
        return [(p["id"], p["display_name"]) for p in self.reads.people(company)]

    def selected_contact(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        contact_id = self.model.contact_id(rows[0].row()) if rows else None
        return self.reads.survey_contact(contact_id) if contact_id else None

    def change(self) -> None:
        survey, contact = self.current_survey(), self.selected_contact()
        if not self.is_manager or survey is None or contact is None:
            return
        dialog = ContactStatusDialog(
            survey,
            contact,
            self._people(list(survey.get("agents", []))),
            self._reps(),
            self.service.actions.check_survey_command,
            self,
        )
        if asked(dialog):
            self.bridge.perform(dialog.command())

    def call(self) -> None:
        survey = self.current_survey()
        if survey is None:
            return
        contact_id = self.reads.next_call(survey["id"])
        if contact_id is None:
            QMessageBox.information(
                self, self.tr("Nothing to call"), self.tr("You have no contacts to call now.")
            )
            return
        contact = self.reads.survey_contact(contact_id)
        assert contact is not None
        dialog = CallScreen(survey, contact, self._reps(), self.service.actions.check_survey_command, self)
        if asked(dialog):
            self.bridge.perform(dialog.command())
