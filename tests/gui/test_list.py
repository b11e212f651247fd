"""The enquiry list: quick filters, search, sorting by a header click, the column chooser, and the
Qt model contracts of every item model the views use (pytest-qt's model tester)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from desktop.service import DeskService
from desktop.sync.session import open_session
from desktop.views.dialogs.duplicates import DuplicateDialog
from desktop.views.dialogs.offer import OfferDialog
from desktop.views.dialogs.person import PersonDialog
from desktop.views.list_model import C_COLLEAGUE, C_CONTACT, C_NUMBER, COLUMNS
from desktop.views.notifications_panel import NotificationsPanel
from enquiries.commands import AcceptOffer, AssignPerson, ClearColleague, Close, DeclineOffer, LinkContact
from tests.gui.conftest import (
    MUELLER,
    PASSWORD,
    Desk,
    Desks,
    choose_filter,
    create,
    create_and_offer,
    flush_events,
    listed,
    ok,
)
from tests.sync.conftest import LiveServer

PHONE = "+49 89 1234567"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One server for the module, with one set of enquiries the tests only read."""
    root = tmp_path_factory.mktemp("list-server")
    live = LiveServer(f"sqlite:///{root / 'server.sqlite3'}", root / "server-data")
    live.start()
    yield live
    live.stop()


@pytest.fixture(scope="module")
def world(server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Enquiries in every quick filter's reach, made through the services (Qt-free)."""
    root = tmp_path_factory.mktemp("list-setup")

    def service(login: str) -> DeskService:
        svc = DeskService(open_session(server.url, login, PASSWORD, data_dir=root / login.split("@")[0]))
        assert svc.loop.sync_now() is not None
        return svc

    anna, max_ = service("anna@hq.example"), service("max@mueller.example")
    eva_id = next(p["id"] for p in max_.reads.people() if p["login"] == "eva@mueller.example")
    ids = {
        "adler": create_and_offer(anna, MUELLER, last_name="Adler", first_name="Anton", phone=PHONE),
        "bauer": create_and_offer(anna, MUELLER, last_name="Bauer", first_name="Berta", phone=PHONE),
        "cramer": create_and_offer(anna, MUELLER, last_name="Cramer", first_name="Carl"),
        "dorn": create_and_offer(anna, MUELLER, last_name="Dorn", first_name="Dora"),
        "eder": create_and_offer(anna, MUELLER, last_name="Eder", first_name="Emil"),
        "fuchs": create_and_offer(anna, MUELLER, last_name="Fuchs", first_name="Fritz"),
        "gruber": create(anna, last_name="Gruber", first_name="Gerda"),
    }
    assert anna.loop.sync_now() is not None and max_.loop.sync_now() is not None
    for name in ("adler", "bauer", "cramer", "dorn"):
        ok(max_.actions.perform(AcceptOffer(enquiry_id=ids[name])))
    ok(max_.actions.perform(DeclineOffer(enquiry_id=ids["fuchs"], reason="too far")))
    assert max_.loop.sync_now() is not None
    ok(max_.actions.perform(LinkContact(enquiry_id=ids["adler"], contact_id=str(uuid.uuid4()), create=True)))
    ok(max_.actions.perform(AssignPerson(enquiry_id=ids["bauer"], user_id=eva_id)))
    ok(max_.actions.perform(Close(enquiry_id=ids["cramer"], outcome="won")))
    ok(max_.actions.perform(ClearColleague(enquiry_id=ids["dorn"])))
    assert max_.loop.sync_now() is not None and anna.loop.sync_now() is not None
    for svc in (anna, max_):
        svc.session.close()
    return ids


@pytest.fixture
def max_desk(desks: Desks, world: dict[str, str]) -> Desk:
    return desks.open("max@mueller.example")


def names(desk: Desk, world: dict[str, str]) -> list[str]:
    by_id = {v: k for k, v in world.items()}
    return [by_id[e] for e in listed(desk)]


def test_quick_filters_and_search(qtbot: QtBot, desks: Desks, max_desk: Desk, world: dict[str, str]) -> None:
    desk = max_desk
    filters = [
        str(desk.window.filter_model.index(r, 0).data()) for r in range(desk.window.filter_model.rowCount())
    ]
    assert filters[:7] == [
        "All enquiries",
        "Mine",
        "Unassigned",
        "Offered to us",
        "Assigned by me",
        "Expired / returned",
        "Closed",
    ], "the quick filters of the list, in this order (other views may follow)"
    assert names(desk, world)[0] == "eder", "the waiting offer stands on top"
    assert set(names(desk, world)) == {"adler", "bauer", "cramer", "dorn", "eder"}
    expected = {
        "mine": {"adler"},
        "pool": {"dorn"},
        "offered": {"eder"},
        "assigned_by_me": {"bauer"},
        "returned": set(),
        "closed": {"cramer"},
        "all": {"adler", "bauer", "cramer", "dorn", "eder"},
    }
    for code, wanted in expected.items():
        choose_filter(qtbot, desk, code)
        assert set(names(desk, world)) == wanted, code

    # Search: every word a name prefix, through the FTS index, within the chosen filter.
    search = desk.window.search
    assert search.objectName() == "searchBox"
    qtbot.keyClicks(search, "ad")
    assert names(desk, world) == ["adler"]
    search.clear()
    qtbot.keyClicks(search, "Ber")  # a first name
    assert names(desk, world) == ["bauer"]
    search.clear()
    qtbot.keyClicks(search, "Eder")  # personal data of an offer not yet accepted is not searchable
    assert names(desk, world) == []
    search.clear()
    qtbot.keyClicks(search, "munchen-nothing")
    assert names(desk, world) == []
    search.clear()
    assert len(names(desk, world)) == 5
    choose_filter(qtbot, desk, "mine")
    qtbot.keyClicks(search, "Bauer")
    assert names(desk, world) == [], "filter and search together"

    # Head office sees the declined one among the returned.
    anna = desks.open("anna@hq.example")
    choose_filter(qtbot, anna, "returned")
    assert names(anna, world) == ["fuchs"]
    choose_filter(qtbot, anna, "mine")
    assert set(names(anna, world)) == {"gruber", "fuchs", "eder"}, "hers while offered or back"


def click_header(qtbot: QtBot, desk: Desk, column: int) -> None:
    header = desk.window.list.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    flush_events()
    assert header.sortIndicatorSection() == column


def test_sorting_by_header_click(qtbot: QtBot, max_desk: Desk, world: dict[str, str]) -> None:
    desk = max_desk
    header = desk.window.list.horizontalHeader()
    assert header.sortIndicatorSection() == 8 and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert names(desk, world)[1:] == ["dorn", "cramer", "bauer", "adler"], "newest first"

    click_header(qtbot, desk, C_CONTACT)
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    in_order = ["adler", "bauer", "cramer", "dorn"]
    assert names(desk, world) == ["eder", *(in_order if ascending else in_order[::-1])]
    contact = desk.model.index(1, C_CONTACT).data()
    assert contact == ("Adler, Anton" if ascending else "Dorn, Dora")

    click_header(qtbot, desk, C_CONTACT)
    assert (header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder) is not ascending
    assert names(desk, world) == ["eder", *(in_order[::-1] if ascending else in_order)]

    click_header(qtbot, desk, C_NUMBER)
    numbers = [desk.model.index(r, C_NUMBER).data() for r in range(1, desk.model.rowCount())]
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert numbers == sorted(numbers, reverse=descending)
    assert desk.model.index(0, C_CONTACT).data() == "(anonymised)", "offers stay on top whatever the order"


def test_column_chooser_shows_and_hides_colleague(
    qtbot: QtBot, max_desk: Desk, world: dict[str, str]
) -> None:
    view = max_desk.window.list
    assert view.isColumnHidden(C_COLLEAGUE), "hidden until asked for"
    menu = view.column_menu()
    assert [a.text() for a in menu.actions()] == [label for _key, label in COLUMNS]
    action = menu.findChild(QAction, "column_colleague")
    assert action is not None and action.isCheckable() and not action.isChecked()
    action.trigger()
    assert not view.isColumnHidden(C_COLLEAGUE) and view.columnWidth(C_COLLEAGUE) > 0
    assert view.model().headerData(C_COLLEAGUE, Qt.Orientation.Horizontal) == "Colleague"
    shown = {
        max_desk.model.enquiry_id(r): max_desk.model.index(r, C_COLLEAGUE).data()
        for r in range(max_desk.model.rowCount())
    }
    eva = next(
        p["display_name"] for p in max_desk.service.reads.people() if p["login"] == "eva@mueller.example"
    )
    max_name = next(
        p["display_name"] for p in max_desk.service.reads.people() if p["login"] == "max@mueller.example"
    )
    assert shown[world["bauer"]] == eva and shown[world["adler"]] == max_name
    assert shown[world["dorn"]] == "" and shown[world["eder"]] == ""
    again = view.column_menu().findChild(QAction, "column_colleague")
    assert again.isChecked()
    again.trigger()
    assert view.isColumnHidden(C_COLLEAGUE)
    menu.deleteLater()


def test_item_models_keep_the_qt_contract(
    qtbot: QtBot, model_check: Callable[[Any], None], desks: Desks, max_desk: Desk, world: dict[str, str]
) -> None:
    window = max_desk.window
    assert window.model.rowCount() == 5
    model_check(window.model)
    model_check(window.filter_model)

    service = max_desk.service
    colleagues = [
        (p["id"], p["display_name"]) for p in service.reads.people(service.reads.user["company_id"])
    ]
    person = PersonDialog("assign_person", "Assign", colleagues, parent=window)
    assert person.list.model().rowCount() == len(colleagues) >= 2
    check_proxy_and_source(model_check, person.list.model())
    person.search.setText("e")
    check_proxy_and_source(model_check, person.list.model())
    person.deleteLater()

    data = service.reads.enquiry(world["bauer"])
    assert data is not None
    duplicates = DuplicateDialog(data, service.reads.contacts(), parent=window)
    model = duplicates.list.model()
    assert model.rowCount() == 1 and "Adler" in model.index(0, 0).data(), "same phone as Adler"
    model_check(model)
    duplicates.deleteLater()

    notifications = service.reads.notifications()
    refusals = [
        {
            "mutation_id": 1,
            "code": "not_found",
            "message": "This enquiry does not exist.",
            "enquiry_id": world["eder"],
            "seen": 0,
            "name": "accept_offer",
        }
    ]
    numbers = {r[1]: r[2] for r in window.model.rows}
    panel = NotificationsPanel(notifications, refusals, numbers, window)
    groups = {n["enquiry_id"] or "" for n in notifications}
    assert panel.model.rowCount() == len(groups) + 1, "one group per enquiry, the refusals first"
    lines = sum(panel.model.item(r).rowCount() for r in range(panel.model.rowCount()))
    assert lines == len(notifications) + 1
    model_check(panel.model)
    panel.deleteLater()

    anna = desks.open("anna@hq.example", show=False)
    offer = OfferDialog(
        anna.service.reads.companies(), anna.service.reads.people(), [MUELLER], parent=anna.window
    )
    assert offer.list.model().rowCount() >= 3
    assert "Müller" in offer.list.model().index(0, 0).data(), "the suggested partner first"
    check_proxy_and_source(model_check, offer.list.model())
    offer.search.setText("ross")
    assert offer.list.model().rowCount() == 1
    check_proxy_and_source(model_check, offer.list.model())
    offer.deleteLater()
    flush_events()


def check_proxy_and_source(model_check: Callable[[Any], None], proxy: Any) -> None:
    assert isinstance(proxy, QSortFilterProxyModel)
    model_check(proxy)
    model_check(proxy.sourceModel())
    assert not proxy.index(0, 0, proxy.index(0, 0)).isValid(), "a flat list"
