"""The *Reports* area (issue 11) driven as head office and as a partner would, against a real
server: the pivot's figures and totals, the enquiries behind a figure in the list, the export
menu, the last report offline, and what a partner never sees."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from central.demo import demo_id
from desktop.views.reports.export_menu import ExportMenu
from desktop.views.reports.reports_area import ReportsArea
from enquiries.commands import AcceptOffer, DeclineOffer
from tests.gui.conftest import (
    MUELLER,
    WAIT,
    Desk,
    Desks,
    choose_filter,
    create_and_offer,
    flush_events,
    ok,
    synced,
)
from tests.sync.conftest import LiveServer

ROSSI = demo_id("rossi")


def open_reports(qtbot: QtBot, desk: Desk) -> ReportsArea:
    choose_filter(qtbot, desk, "reports")
    area = desk.window.reports_area
    assert area is not None and desk.window.pages.currentWidget() is area
    qtbot.waitUntil(lambda: area.report is not None and area.refresh_button.isEnabled(), timeout=WAIT)
    return area


def figures(area: ReportsArea) -> dict[str, dict[str, str]]:
    """Row header -> measure header -> text, as the table shows them (rows x measures view)."""
    model = area.model
    out: dict[str, dict[str, str]] = {}
    for row in range(model.rowCount()):
        name = str(model.headerData(row, Qt.Orientation.Vertical))
        out[name] = {
            str(model.headerData(c, Qt.Orientation.Horizontal)): str(model.index(row, c).data())
            for c in range(model.columnCount())
        }
    return out


def row_named(area: ReportsArea, part: str) -> int:
    model = area.model
    found = [r for r in range(model.rowCount()) if part in str(model.headerData(r, Qt.Orientation.Vertical))]
    assert len(found) == 1, [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    return found[0]


def column_named(area: ReportsArea, name: str) -> int:
    model = area.model
    return next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == name
    )


def scenario(qtbot: QtBot, desks: Desks) -> tuple[Desk, Desk, list[str]]:
    """Head office offers three enquiries to Müller and one to Rossi; Max accepts one, declines one."""
    anna = desks.open("anna@hq.example")
    made = [create_and_offer(anna.service, MUELLER, last_name=f"Bericht{i}") for i in range(3)]
    made.append(create_and_offer(anna.service, ROSSI, last_name="Rossi-Bericht"))
    synced(qtbot, anna)
    max_ = desks.open("max@mueller.example")
    ok(max_.service.actions.perform(AcceptOffer(enquiry_id=made[0])))
    ok(max_.service.actions.perform(DeclineOffer(enquiry_id=made[1], reason="Too far away")))
    synced(qtbot, max_, anna)
    return anna, max_, made


def test_head_office_reads_the_figures_opens_the_enquiries_behind_them_and_keeps_them_offline(
    qtbot: QtBot, desks: Desks, server: LiveServer
) -> None:
    anna, _max, made = scenario(qtbot, desks)
    area = open_reports(qtbot, anna)
    assert area.filters.rows.currentData() == "partner" and area.filters.partner.isVisible()
    shown = figures(area)
    mueller = shown[str(area.model.headerData(row_named(area, "Müller"), Qt.Orientation.Vertical))]
    assert (mueller["Offered"], mueller["Accepted"], mueller["Declined"]) == ("3", "1", "1")
    assert mueller["Accept rate"].startswith("50"), mueller["Accept rate"]  # 1 of 2 decided
    assert shown["Total"]["Offered"] == "4" and shown["Total"]["Received"] == "4"
    assert "Figures of" in area.status.text()

    # A double-click on Müller's row: its three enquiries in the enquiry list.
    index = area.model.index(row_named(area, "Müller"), column_named(area, "Accepted"))
    area.table.scrollTo(index)
    where = area.table.visualRect(index).center()
    qtbot.mouseClick(area.table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a user's double-click:
    qtbot.mouseDClick(area.table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # press, then the second
    window = anna.window
    qtbot.waitUntil(
        lambda: window.pages.currentWidget() is window.enquiry_page or bool(anna.failures), timeout=WAIT
    )
    assert not anna.failures, anna.failures
    listed = {window.model.enquiry_id(r) for r in range(window.model.rowCount())}
    assert listed == set(made[:3])
    banner = window.drill_banner
    assert banner.isVisible() and "3 enquiries" in banner.text.text() and "Müller" in banner.text.text()
    qtbot.mouseClick(banner.findChild(QPushButton, "reportDrillBack"), Qt.MouseButton.LeftButton)
    flush_events()
    assert window.pages.currentWidget() is area and not banner.isVisible()
    qtbot.waitUntil(area.refresh_button.isEnabled, timeout=WAIT)  # it asked the server again

    # The server away: the last report stays, with the time it was fetched; a new area (as after
    # a restart) finds it in the cache.
    server.stop()
    qtbot.mouseClick(area.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.offline or bool(anna.failures), timeout=WAIT)
    assert not anna.failures and area.offline, (anna.failures, area.status.text())
    assert area.status.text().startswith("Offline: the report fetched on")
    assert figures(area)["Total"]["Offered"] == "4"
    later = ReportsArea(anna.bridge)
    later.load()
    qtbot.waitUntil(lambda: later.offline, timeout=WAIT)
    assert figures(later)["Total"]["Offered"] == "4", "kept in the cache"
    later.deleteLater()


def test_a_partner_sees_its_own_figures_only(qtbot: QtBot, desks: Desks) -> None:
    _anna, max_, _made = scenario(qtbot, desks)
    area = open_reports(qtbot, max_)
    assert not area.filters.partner.isVisible(), "a partner reports on itself only"
    shown = figures(area)
    assert set(shown) == {
        str(area.model.headerData(row_named(area, "Müller"), Qt.Orientation.Vertical)),
        "Total",
    }
    assert shown["Total"]["Offered"] == "3"
    everything = repr(area.report.summary if area.report else None)
    assert "Rossi" not in everything and "Head Office" not in everything


def test_the_export_menu_writes_the_table_with_its_totals(
    qtbot: QtBot, desks: Desks, tmp_path: Path, monkeypatch: Any
) -> None:
    anna, _max, _made = scenario(qtbot, desks)
    area = open_reports(qtbot, anna)
    target = tmp_path / "report.csv"
    monkeypatch.setattr(ExportMenu, "choose_path", lambda self, *_args: str(target))
    menu = area.export_button.menu()
    assert isinstance(menu, ExportMenu)
    next(a for a in menu.actions() if a.objectName() == "exportGroupedCsv").trigger()
    qtbot.waitUntil(lambda: "Exported to" in area.status.text(), timeout=WAIT)
    text = target.read_text(encoding="utf-8-sig")
    assert "Müller" in text and "Total" in text and "Rossi" in text


def test_an_excel_export_read_back_gives_the_numbers_on_the_screen(
    qtbot: QtBot, desks: Desks, tmp_path: Path, monkeypatch: Any
) -> None:
    import openpyxl

    anna, _max, made = scenario(qtbot, desks)
    area = open_reports(qtbot, anna)
    target = tmp_path / "report.xlsx"
    monkeypatch.setattr(ExportMenu, "choose_path", lambda self, *_args: str(target))
    menu = area.export_button.menu()
    next(a for a in menu.actions() if a.objectName() == "exportXlsx").trigger()
    qtbot.waitUntil(lambda: "Exported to" in area.status.text() or bool(anna.failures), timeout=WAIT)
    assert not anna.failures, anna.failures
    book = openpyxl.load_workbook(target)
    grouped, details = book.worksheets[0], book.worksheets[1]
    rows = [[cell.value for cell in row] for row in grouped.iter_rows()]
    header = next(r for r in rows if "Offered" in r and "Accepted" in r)
    on_screen = figures(area)
    for name in (n for n in on_screen if "Müller" in n or n == "Total"):
        line = next(r for r in rows if r[0] == name)
        for measure in ("Received", "Offered", "Accepted", "Declined"):
            assert str(line[header.index(measure)]) == on_screen[name][measure], (name, measure)
    numbers = {str((anna.service.reads.enquiry(e) or {}).get("number")) for e in made}
    listed = {str(r[1]) for r in details.iter_rows(min_row=2, values_only=True)} | {
        str(r[0]) for r in details.iter_rows(min_row=2, values_only=True)
    }
    assert numbers <= listed, "every enquiry of the report is a detail row"
