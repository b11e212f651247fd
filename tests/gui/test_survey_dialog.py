"""The *contact status* dialog (seed page 002) driven as a survey manager would, from the survey area
of the real main window against a real server; and what an agent does not get.

The server's database holds the demo survey (20 contacts, Marco manages it, Carla calls) plus Dino,
a second agent of the survey, so a follow-up can move to another agent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
)
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from central.db import make_engine, make_session_factory
from desktop.views.survey_area import SurveyArea
from enquiries.refusals import MESSAGES
from enquiries.surveys import RecordCall, SurveyContact
from tests.gui.conftest import (
    Desk,
    Desks,
    ModalDriver,
    cancel_button,
    child,
    choose_filter,
    flush_events,
    ok_button,
    perform_and_wait,
    quiet,
    refused_ok,
    synced,
)
from tests.server.survey_helpers import (
    ANNA,
    CARLA,
    MARCO,
    add_person,
    contact,
    contacts,
    history,
    pick,
    protocol_mails,
    seed,
)
from tests.sync.conftest import LiveServer

DIALOG = "dialog_contact_status"


@dataclass
class SurveyServer:
    factory: sessionmaker[Session]
    dino: str
    today: date

    def pick(self, state: str, *, skip: int = 0) -> SurveyContact:
        return pick(self.factory, state, self.today, skip=skip)

    def reached(self) -> SurveyContact:
        """An open contact that was reached and has a follow-up (Carla's)."""
        return next(c for c in contacts(self.factory) if c.contact_made and c.follow_up and not c.done)


@pytest.fixture
def survey_server(server: LiveServer) -> Iterator[SurveyServer]:
    engine = make_engine(server.database_url)
    factory = make_session_factory(engine)
    now = datetime.now(UTC)
    seed(factory, now=now, count=20)
    dino = add_person(factory, "dino@hq.example", "Dino Agent", ("agent",), survey_agent=True)
    try:
        yield SurveyServer(factory, dino, now.date())
    finally:
        engine.dispose()


# --- the survey area ---------------------------------------------------------------------------
def open_area(qtbot: QtBot, desk: Desk) -> SurveyArea:
    choose_filter(qtbot, desk, "surveys")
    area = desk.window.survey_area
    assert desk.window.pages.currentWidget() is area
    assert area.current_survey() is not None, "the survey reached the cache"
    return area


def select_contact(qtbot: QtBot, area: SurveyArea, contact_id: str) -> None:
    model = area.model
    row = next((r for r in range(model.rowCount()) if model.contact_id(r) == contact_id), -1)
    assert row >= 0, f"{contact_id} is not listed"
    index = model.index(row, 0)
    area.table.scrollTo(index)
    qtbot.mouseClick(
        area.table.viewport(), Qt.MouseButton.LeftButton, pos=area.table.visualRect(index).center()
    )
    flush_events()
    selected = area.selected_contact()
    assert selected is not None and selected["id"] == contact_id


def cached(desk: Desk, contact_id: str) -> dict[str, Any]:
    data = desk.service.reads.survey_contact(contact_id)
    assert data is not None
    return data


def change(
    qtbot: QtBot,
    modals: ModalDriver,
    desk: Desk,
    area: SurveyArea,
    contact_id: str,
    fill: Callable[[Any], None],
    *,
    saves: bool = True,
) -> list[object]:
    """Select the contact, click *Change…*, let `fill` handle the dialog; the actions it led to."""
    select_contact(qtbot, area, contact_id)
    button = area.change_button
    assert button.objectName() == "surveyChange" and button.isVisible()
    expected = modals.expect(DIALOG, fill)
    if saves:
        return perform_and_wait(
            qtbot, desk, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton), dialog=expected
        )
    before = len(desk.done)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    modals.wait(expected)
    quiet(qtbot, desk)
    assert len(desk.done) == before, "nothing was performed"
    return []


def set_combo(box: QComboBox, data: object) -> None:
    index = box.findData(data)
    assert index >= 0, f"{box.objectName()} has no {data!r}"
    box.setCurrentIndex(index)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a check box on its indicator (the box may be much wider than its text)."""
    before = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked() != before


def click_ok(qtbot: QtBot, dialog: Any) -> None:
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)


def double_click_a_day(qtbot: QtBot, calendar: QCalendarWidget, after: QDate) -> QDate:
    """Double-click the first day later than `after` in the month view, as a user would; returns
    that day. (The test screen is small: the dialog is first given the height it asks for.)"""
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert view is not None
    window = calendar.window()
    window.resize(window.width(), max(window.height(), window.sizeHint().height()))  # as a user would
    flush_events()
    no_week_numbers = QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
    first_column = 0 if calendar.verticalHeaderFormat() == no_week_numbers else 1
    for months in (0, 1):
        page = after.addMonths(months)
        calendar.setCurrentPage(page.year(), page.month())
        flush_events()
        model = view.model()
        for row in range(model.rowCount()):
            for column in range(first_column, model.columnCount()):
                index = model.index(row, column)
                rect = view.visualRect(index)
                if not view.viewport().rect().contains(rect) or not str(index.data() or "").isdigit():
                    continue
                day = int(str(index.data()))
                # Days of the neighbouring months are shown too.
                if (row <= 2 and day > 20) or (row >= 4 and day < 10):
                    continue
                target = QDate(page.year(), page.month(), day)
                if target <= after:
                    continue
                # A user's double-click: the first click selects the day, the second activates it.
                qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                flush_events()
                assert calendar.selectedDate() == target, "the cell clicked is that day"
                return target
    raise AssertionError("no day after the given one is visible in the calendar")


# --- done + rating -> history --------------------------------------------------------------------
def test_done_with_rating_writes_the_history_entry_shown_on_the_contact(
    qtbot: QtBot, desks: Desks, modals: ModalDriver, survey_server: SurveyServer
) -> None:
    marco = desks.open("marco@hq.example")
    area = open_area(qtbot, marco)
    target = survey_server.pick("due_today")
    seen: dict[str, Any] = {}

    def close(dialog: Any) -> None:
        assert dialog.windowTitle() == target.person_name
        follow = child(dialog, QGroupBox, "groupFollowUp")
        assert follow.isChecked() and follow.isEnabled(), "an open contact's follow-up can be changed"
        tick(qtbot, child(dialog, QCheckBox, "done"))
        assert not follow.isEnabled(), "no follow-up once done"
        set_combo(child(dialog, QComboBox, "rating"), "very satisfied")
        notes = child(dialog, QPlainTextEdit, "notes")
        notes.selectAll()
        qtbot.keyClicks(notes, "Reached at last; very happy.")
        seen["no_mail"] = child(dialog, QLabel, "noProtocolNotice").text()
        click_ok(qtbot, dialog)

    [result] = change(qtbot, modals, marco, area, target.id, close)
    assert isinstance(result, int)
    assert seen["no_mail"], "the dialog says it sends no protocol"
    shown = cached(marco, target.id)
    assert shown["done"] and shown["rating"] == "very satisfied" and shown["follow_up"] is None
    assert shown["pending"]
    [entry] = shown["history"]
    assert (entry["text"], entry["rating"], entry["author_id"]) == (
        "Reached at last; very happy.",
        "very satisfied",
        MARCO,
    )
    synced(qtbot, marco)
    shown = cached(marco, target.id)
    assert not shown["pending"] and [h["id"] for h in shown["history"]] == [entry["id"]]
    [stored] = history(survey_server.factory, target.id)
    assert (stored.id, stored.text, stored.rating) == (entry["id"], entry["text"], "very satisfied")
    assert contact(survey_server.factory, target.id).done


# --- follow-up: calendar, agent, notice ----------------------------------------------------------
def test_follow_up_date_by_double_click_in_the_calendar(
    qtbot: QtBot, desks: Desks, modals: ModalDriver, survey_server: SurveyServer
) -> None:
    marco = desks.open("marco@hq.example")
    area = open_area(qtbot, marco)
    target = survey_server.pick("untouched")
    chosen: dict[str, QDate] = {}

    def follow_up(dialog: Any) -> None:
        group = child(dialog, QGroupBox, "groupFollowUp")
        assert not group.isChecked(), "an untouched contact has no follow-up"
        group.setChecked(True)
        calendar = child(dialog, QCalendarWidget, "followUpCalendar")
        date_edit = child(dialog, QDateEdit, "followUpDate")
        before = date_edit.date()
        calendar.setSelectedDate(before.addDays(3))  # choosing alone takes nothing
        assert date_edit.date() == before
        day = chosen["day"] = double_click_a_day(qtbot, calendar, QDate.currentDate().addDays(1))
        assert date_edit.date() == day, "a double-click takes the date"
        child(dialog, QTimeEdit, "followUpTime").setTime(QTime(14, 30))
        assert child(dialog, QComboBox, "followUpAgent").currentData() == CARLA
        assert not child(dialog, QLabel, "switchNotice").isVisible()
        click_ok(qtbot, dialog)

    [result] = change(qtbot, modals, marco, area, target.id, follow_up)
    assert isinstance(result, int)
    day = chosen["day"]
    follow = cached(marco, target.id)["follow_up"]
    expected = datetime(day.year(), day.month(), day.day(), 14, 30).astimezone().astimezone(UTC)
    assert datetime.fromisoformat(follow["at"].replace("Z", "+00:00")) == expected
    assert follow["agent_id"] == CARLA
    synced(qtbot, marco)
    stored = contact(survey_server.factory, target.id).follow_up
    assert stored is not None and (stored.at, stored.agent_id) == (expected, CARLA)


def test_reassigning_a_reached_contact_shows_the_notice_and_moves_it(
    qtbot: QtBot, desks: Desks, modals: ModalDriver, survey_server: SurveyServer
) -> None:
    marco = desks.open("marco@hq.example")
    area = open_area(qtbot, marco)
    reached, untouched = survey_server.reached(), survey_server.pick("untouched")
    survey = area.current_survey()
    assert survey is not None and not survey["options"]["agent_may_switch"]
    assert reached.contact_made and reached.agent_id == CARLA

    def no_notice_for_an_untouched_contact(dialog: Any) -> None:
        child(dialog, QGroupBox, "groupFollowUp").setChecked(True)
        set_combo(child(dialog, QComboBox, "followUpAgent"), survey_server.dino)
        notice = child(dialog, QLabel, "switchNotice")
        assert not notice.isVisible() and not notice.text()
        qtbot.mouseClick(cancel_button(dialog), Qt.MouseButton.LeftButton)

    change(qtbot, modals, marco, area, untouched.id, no_notice_for_an_untouched_contact, saves=False)

    def move(dialog: Any) -> None:
        agent = child(dialog, QComboBox, "followUpAgent")
        notice = child(dialog, QLabel, "switchNotice")
        assert agent.currentData() == CARLA and not notice.isVisible()
        set_combo(agent, survey_server.dino)
        assert notice.isVisible() and notice.text(), "the dialog says the agent is switched anyway"
        set_combo(agent, CARLA)
        assert not notice.isVisible()
        set_combo(agent, survey_server.dino)
        assert notice.isVisible()
        # The follow-up that was due (maybe already past) moves to a later day with the new agent.
        double_click_a_day(qtbot, child(dialog, QCalendarWidget, "followUpCalendar"), QDate.currentDate())
        click_ok(qtbot, dialog)
        assert dialog.outcome is not None and dialog.outcome.notice == "reassigned_despite_no_switch"

    [result] = change(qtbot, modals, marco, area, reached.id, move)
    assert isinstance(result, int)
    shown = cached(marco, reached.id)
    assert shown["agent_id"] == survey_server.dino and shown["follow_up"]["agent_id"] == survey_server.dino
    synced(qtbot, marco)
    assert contact(survey_server.factory, reached.id).agent_id == survey_server.dino


def test_follow_up_in_the_past_is_shown_at_the_follow_up_and_nothing_is_saved(
    qtbot: QtBot, desks: Desks, modals: ModalDriver, survey_server: SurveyServer
) -> None:
    marco = desks.open("marco@hq.example")
    area = open_area(qtbot, marco)
    target = survey_server.pick("untouched")
    before = cached(marco, target.id)

    def past(dialog: Any) -> None:
        child(dialog, QGroupBox, "groupFollowUp").setChecked(True)
        calendar = child(dialog, QCalendarWidget, "followUpCalendar")
        calendar.activated.emit(QDate.currentDate().addDays(-2))  # the calendar's double-click signal
        assert child(dialog, QDateEdit, "followUpDate").date() == QDate.currentDate().addDays(-2)
        message = refused_ok(qtbot, dialog)
        error = child(dialog, QLabel, "followUpError")
        assert error.isVisible() and error.text() == MESSAGES["follow_up_past"] == message
        assert not child(dialog, QLabel, "fieldServiceError").isVisible()
        assert not child(dialog, QLabel, "callCentreError").isVisible()
        qtbot.mouseClick(cancel_button(dialog), Qt.MouseButton.LeftButton)

    change(qtbot, modals, marco, area, target.id, past, saves=False)
    assert cached(marco, target.id) == before and marco.service.state.pending == 0


# --- field service -----------------------------------------------------------------------------
def test_appointment_without_field_rep_keeps_the_dialog_open_and_saves_nothing(
    qtbot: QtBot, desks: Desks, modals: ModalDriver, survey_server: SurveyServer
) -> None:
    marco = desks.open("marco@hq.example")
    area = open_area(qtbot, marco)
    target = survey_server.pick("untouched")
    before = cached(marco, target.id)

    def no_rep(dialog: Any) -> None:
        field = child(dialog, QGroupBox, "groupFieldService")
        assert field.isVisible() and not field.isChecked()
        field.setChecked(True)
        child(dialog, QDateEdit, "appointmentDate").setDate(QDate.currentDate().addDays(4))
        qtbot.keyClicks(child(dialog, QLineEdit, "appointmentPlace"), "At the customer's home")
        assert child(dialog, QComboBox, "fieldRep").currentData() is None
        message = refused_ok(qtbot, dialog)
        error = child(dialog, QLabel, "fieldServiceError")
        assert error.isVisible() and error.text() == MESSAGES["appointment_rep_missing"] == message
        assert not child(dialog, QLabel, "followUpError").isVisible()
        # Still open: the rep can be chosen now; then the place is the next thing missing.
        set_combo(child(dialog, QComboBox, "fieldRep"), ANNA)
        child(dialog, QLineEdit, "appointmentPlace").clear()
        refused_ok(qtbot, dialog)
        assert error.isVisible() and error.text() == MESSAGES["appointment_place_missing"]
        qtbot.mouseClick(cancel_button(dialog), Qt.MouseButton.LeftButton)

    change(qtbot, modals, marco, area, target.id, no_rep, saves=False)
    assert cached(marco, target.id) == before, "contact unchanged in the cache"
    assert marco.service.state.pending == 0


def test_appointment_from_the_dialog_is_saved_without_protocol_mail(
    qtbot: QtBot, desks: Desks, modals: ModalDriver, survey_server: SurveyServer
) -> None:
    marco = desks.open("marco@hq.example")
    area = open_area(qtbot, marco)
    target = survey_server.pick("untouched")
    mails = len(protocol_mails(survey_server.factory))
    day = QDate.currentDate().addDays(5)

    def book(dialog: Any) -> None:
        child(dialog, QGroupBox, "groupFieldService").setChecked(True)
        child(dialog, QDateEdit, "appointmentDate").setDate(day)
        child(dialog, QTimeEdit, "appointmentTime").setTime(QTime(11, 15))
        set_combo(child(dialog, QComboBox, "fieldRep"), ANNA)
        qtbot.keyClicks(child(dialog, QLineEdit, "appointmentPlace"), "Showroom Bolzano")
        click_ok(qtbot, dialog)

    [result] = change(qtbot, modals, marco, area, target.id, book)
    assert isinstance(result, int)
    appointment = cached(marco, target.id)["appointment"]
    assert appointment is not None, "the appointment entered in the dialog is saved"
    assert (appointment["day"], appointment["at"][:5], appointment["rep_id"], appointment["place"]) == (
        day.toString("yyyy-MM-dd"),
        "11:15",
        ANNA,
        "Showroom Bolzano",
    )
    synced(qtbot, marco)
    stored = contact(survey_server.factory, target.id).appointment
    assert stored is not None and stored.place == "Showroom Bolzano"
    assert len(protocol_mails(survey_server.factory)) == mails, "never a protocol from the dialog"


# --- an agent ----------------------------------------------------------------------------------
def test_an_agent_gets_no_change_button_and_cannot_open_the_dialog(
    qtbot: QtBot, desks: Desks, modals: ModalDriver, survey_server: SurveyServer
) -> None:
    carla = desks.open("carla@hq.example")
    area = open_area(qtbot, carla)
    change_button = child(area, QPushButton, "surveyChange")
    assert change_button.isHidden() and not change_button.isVisible()
    assert child(area, QPushButton, "surveyCall").isVisible(), "she calls instead"
    target = survey_server.pick("untouched")
    select_contact(qtbot, area, target.id)
    area.change()  # even called directly: no dialog
    index = area.table.currentIndex()
    qtbot.mouseDClick(
        area.table.viewport(), Qt.MouseButton.LeftButton, pos=area.table.visualRect(index).center()
    )
    flush_events()
    qtbot.wait(50)
    assert not modals.unexpected and not carla.done, "no contact status dialog for an agent"


def test_an_appointment_captured_in_a_call_is_saved_and_mailed_once(
    qtbot: QtBot, desks: Desks, modals: ModalDriver, survey_server: SurveyServer
) -> None:
    carla = desks.open("carla@hq.example")
    area = open_area(qtbot, carla)
    mails = len(protocol_mails(survey_server.factory))
    seen: dict[str, str] = {}

    def call(dialog: Any) -> None:
        seen["name"] = dialog.windowTitle()
        child(dialog, QPlainTextEdit, "callNotes").setPlainText("Wants an offer for shading.")
        set_combo(child(dialog, QComboBox, "callRating"), "satisfied")
        child(dialog, QGroupBox, "callAppointment").setChecked(True)
        child(dialog, QDateEdit, "callAppointmentDate").setDate(QDate.currentDate().addDays(6))
        set_combo(child(dialog, QComboBox, "callFieldRep"), ANNA)
        qtbot.keyClicks(child(dialog, QLineEdit, "callAppointmentPlace"), "At home")
        click_ok(qtbot, dialog)

    expected = modals.expect("dialog_call", call)
    [result] = perform_and_wait(
        qtbot, carla, lambda: qtbot.mouseClick(area.call_button, Qt.MouseButton.LeftButton), dialog=expected
    )
    assert isinstance(result, int)
    command = carla.done[-1][0]
    assert isinstance(command, RecordCall)
    contact_id = command.contact_id
    assert cached(carla, contact_id)["person_name"] == seen["name"]
    appointment = cached(carla, contact_id)["appointment"]
    assert appointment is not None and appointment["rep_id"] == ANNA, "the call's appointment is saved"
    synced(qtbot, carla)
    after = protocol_mails(survey_server.factory)
    assert len(after) == mails + 1 and after[-1]["to"] == "anna@hq.example"
    assert contact(survey_server.factory, contact_id).appointment is not None


# --- while others work on the survey -------------------------------------------------------------
def test_a_managers_list_keeps_its_selection_while_an_agent_records_calls(
    qtbot: QtBot, desks: Desks, survey_server: SurveyServer
) -> None:
    marco, carla = desks.open("marco@hq.example"), desks.open("carla@hq.example")
    area = open_area(qtbot, marco)
    resets: list[int] = []
    area.model.modelReset.connect(lambda: resets.append(1))
    mine, other = survey_server.pick("untouched"), survey_server.pick("untouched", skip=1)
    select_contact(qtbot, area, mine.id)

    def status_of(contact_id: str) -> str:
        row = next(r for r in range(area.model.rowCount()) if area.model.contact_id(r) == contact_id)
        return str(area.model.index(row, 1).data())

    assert status_of(other.id) == "open"
    call = RecordCall(contact_id=other.id, history_id="h-elsewhere", notes="Call me next week.")
    assert isinstance(carla.service.actions.perform(call), int)
    synced(qtbot, carla, marco)
    assert status_of(other.id) == "reached", "the agent's call shows in the manager's list"
    selected = area.selected_contact()
    assert selected is not None and selected["id"] == mine.id
    assert resets == [], "merged into the rows shown, no reset"

    done = RecordCall(contact_id=mine.id, history_id="h-selected", notes="Happy.", done=True)
    assert isinstance(carla.service.actions.perform(done), int)  # the selected one moves to the done
    synced(qtbot, carla, marco)
    assert status_of(mine.id) == "done"
    selected = area.selected_contact()
    assert selected is not None and selected["id"] == mine.id, "it stays selected where it went"
    assert resets == []
