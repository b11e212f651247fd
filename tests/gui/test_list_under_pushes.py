"""While another client pushes, the list keeps its selection and its scroll position: a pulled
change updates, inserts or removes only the rows it names (no model reset), and rows that come
above the screen repaint nothing while the screen stays right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.views.list_model import ID_ROLE
from enquiries.commands import AddNote, UpdateContact
from tests.gui.conftest import Desks, create, flush_events, select, synced

ROWS = 60  # more than the window shows: the view can be scrolled


def top_row_id(desks_view: object) -> str:
    view = desks_view
    return str(view.indexAt(QPoint(0, 0)).data(ID_ROLE))  # type: ignore[attr-defined]


def test_list_keeps_selection_and_scroll_position_while_another_client_pushes(
    desks: Desks, qtbot: QtBot, model_check: object
) -> None:
    anna = desks.open("anna@hq.example")
    setup = anna.service
    made = [create(setup, last_name=f"Liste{i:02d}") for i in range(ROWS)]
    synced(qtbot, anna)
    marco = desks.open("marco@hq.example")  # head office too: sees every enquiry of the company
    model, view = marco.model, marco.window.list
    model_check(model)  # type: ignore[operator]
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))

    select(qtbot, marco, made[ROWS // 2])
    view.scrollTo(model.index(model.row_of(made[ROWS // 2]), 0), view.ScrollHint.PositionAtTop)
    flush_events()
    top_before = top_row_id(view)
    selected = marco.window.current_id()

    for round_ in range(5):  # anna: a new enquiry (on top of the list), an edit, a note
        create(setup, last_name=f"Neu{round_}")
        setup.actions.perform(UpdateContact(enquiry_id=made[round_], city=f"Stadt{round_}"))
        setup.actions.perform(
            AddNote(enquiry_id=made[ROWS // 2], note_id=f"n-{round_}", text=f"Notiz {round_}")
        )
        synced(qtbot, anna, marco)

    assert resets == [], "no model reset for pulled changes"
    assert marco.window.current_id() == selected
    rows = view.selectionModel().selectedRows()
    assert [model.enquiry_id(r.row()) for r in rows] == [selected], "the same row stays selected"
    assert top_row_id(view) == top_before, "what the user was reading did not scroll away"
    listed_now = [model.enquiry_id(r) for r in range(model.rowCount())]
    assert sum(1 for e in listed_now if e not in made) == 5, "the new ones were inserted"
    city = model.index(model.row_of(made[0]), 4).data()
    assert city == "Stadt0", "an edited row shows its new value"
    assert model.canFetchMore(QModelIndex()) is False


def on_screen(view: QTableView) -> QImage:
    """The list's rows as the screen shows them now (the window's backing store, not a new paint)."""
    for _ in range(3):  # a layout Qt scheduled runs, then the paint it asked for
        flush_events()
    viewport = view.viewport()
    corner = viewport.mapTo(view.window(), QPoint(0, 0))
    screen = QGuiApplication.primaryScreen()
    size = viewport.size()
    shot = screen.grabWindow(view.window().winId(), corner.x(), corner.y(), size.width(), size.height())
    return shot.toImage()


def freshly_painted(view: QTableView) -> QImage:
    view.viewport().repaint()
    return on_screen(view)


def test_rows_pulled_above_the_screen_leave_it_as_it_was_and_rows_on_it_are_painted(
    desks: Desks, qtbot: QtBot
) -> None:
    anna = desks.open("anna@hq.example")
    made = [create(anna.service, last_name=f"Zeile{i:02d}") for i in range(ROWS)]
    synced(qtbot, anna)
    marco = desks.open("marco@hq.example")
    model, view = marco.model, marco.window.list
    view.scrollTo(model.index(model.row_of(made[ROWS // 2]), 0), view.ScrollHint.PositionAtTop)
    reading = on_screen(view)
    top_before = top_row_id(view)

    for i in range(3):  # newest first: each goes above the rows on screen, one at a time
        create(anna.service, last_name=f"Oben{i}")
        synced(qtbot, anna, marco)
        assert top_row_id(view) == top_before
        shown = on_screen(view)
        assert shown == reading, "the rows read are shown as they were, stripes included"
        assert shown == freshly_painted(view), "what is shown is what a full paint shows"

    view.scrollToTop()
    before = on_screen(view)
    create(anna.service, last_name="Sichtbar")  # on screen now
    synced(qtbot, anna, marco)
    shown = on_screen(view)
    texts = [str(model.index(r, 2).data()) for r in range(5)]
    assert any("Sichtbar" in t for t in texts), texts
    assert shown == freshly_painted(view), "a row inserted on screen is painted"
    assert shown != before
