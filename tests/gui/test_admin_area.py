"""The Administration area against a live server: head office's administrator (Greta) manages
partners, routes and intake keys; a partner administrator (Max) only his company's people; others
see no Administration entry at all. Every list's model passes the model tester."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QListWidget, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.views import i18n
from desktop.views.admin.admin_area import AdminArea
from desktop.views.admin.tab import AdminTab
from enquiries.commands import AcceptOffer
from tests.gui.conftest import (
    WAIT,
    Desk,
    Desks,
    ModalDriver,
    child,
    choose_filter,
    create_and_offer,
    ok,
    ok_button,
    quiet,
    synced,
)

GRETA = "greta@hq.example"


def filter_codes(desk: Desk) -> list[str]:
    model = desk.window.filters.model()
    return [str(model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)) for r in range(model.rowCount())]


def open_admin(qtbot: QtBot, desk: Desk) -> AdminArea:
    choose_filter(qtbot, desk, "admin")
    area = desk.window.admin_area
    assert area is not None and desk.window.pages.currentWidget() is area
    return area


def shown_tab(qtbot: QtBot, area: AdminArea, code: str) -> AdminTab:
    """Open the tab `code` as a user would and wait for its rows from the server."""
    page = area.pages[code]
    area.tabs.setCurrentIndex(area.tabs.indexOf(page))
    qtbot.waitUntil(lambda: page.loaded and page.status.text() == "", timeout=WAIT)
    return page


def values(page: AdminTab, column: int) -> list[str]:
    return [str(page.model.index(r, column).data()) for r in range(page.model.rowCount())]


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select_row(qtbot: QtBot, page: AdminTab, column: int, text: str) -> None:
    row = values(page, column).index(text)
    view = page.table
    index = page.model.index(row, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert page.selected() == page.model.row(row)


def type_into(qtbot: QtBot, dialog: Any, name: str, text: str) -> None:
    edit = child(dialog, QLineEdit, name)
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_admin_adds_a_partner_and_a_bad_time_zone_keeps_the_dialog_open(
    qtbot: QtBot, desks: Desks, modals: ModalDriver, model_check: Any
) -> None:
    greta = desks.open(GRETA)
    area = open_admin(qtbot, greta)
    assert list(area.pages) == ["companies", "routes", "keys", "people", "devices"]
    companies = shown_tab(qtbot, area, "companies")
    model_check(companies.model)
    assert {"Fenster Müller GmbH", "Serramenti Rossi Srl", "Alpenfenster KG"} <= set(values(companies, 0))
    seen: dict[str, str] = {}

    def fill(dialog: Any) -> None:
        type_into(qtbot, dialog, "companyName", "Fenster Huber KG")
        type_into(qtbot, dialog, "companyCountry", "DE")
        type_into(qtbot, dialog, "companyRegion", "BY")
        type_into(qtbot, dialog, "companyTimezone", "Europe/Munich")
        type_into(qtbot, dialog, "companyPostcodes", "90000-90999, 91")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        error = child(dialog, QLabel, "formError")
        qtbot.waitUntil(lambda: error.isVisible() and bool(error.text()), timeout=WAIT)
        seen["error"] = error.text()
        assert dialog.isVisible(), "a refused form stays open"
        type_into(qtbot, dialog, "companyTimezone", "Europe/Berlin")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)

    expected = modals.expect("dialog_company", fill)
    click(qtbot, companies.new_button)
    modals.wait(expected)
    assert "Unknown time zone “Europe/Munich”" in seen["error"], "the server's refusal, at the form"
    qtbot.waitUntil(lambda: "Fenster Huber KG" in values(companies, 0), timeout=WAIT)
    assert "Fenster Huber KG" in companies.detail.text() and "Europe/Berlin" in companies.detail.text()
    assert values(companies, 2)[values(companies, 0).index("Fenster Huber KG")] == "90000-90999, 91"


def test_admin_adds_a_route_and_the_preview_follows_the_postcode(
    qtbot: QtBot, desks: Desks, modals: ModalDriver, model_check: Any
) -> None:
    greta = desks.open(GRETA)
    area = open_admin(qtbot, greta)
    routes = shown_tab(qtbot, area, "routes")
    model_check(routes.model)
    before = routes.model.rowCount()
    assert before >= 3
    previews: list[str] = []

    def fill(dialog: Any) -> None:
        type_into(qtbot, dialog, "routeName", "Franken")
        type_into(qtbot, dialog, "routeCountry", "DE")
        type_into(qtbot, dialog, "routePostcodes", "90000-91999")
        add_to_chain(qtbot, dialog, "Serramenti Rossi Srl (partner)")
        assert child(dialog, QComboBox, "routeOwner").currentText()
        preview = child(dialog, QLabel, "routePreview")
        type_into(qtbot, dialog, "previewCountry", "DE")
        for postcode, who in (("80331", "Fenster Müller GmbH"), ("10115", "head office keeps it")):
            type_into(qtbot, dialog, "previewPostcode", postcode)
            qtbot.waitUntil(lambda w=who: w in preview.text(), timeout=WAIT)
            previews.append(preview.text())
        type_into(qtbot, dialog, "previewCountry", "IT")
        type_into(qtbot, dialog, "previewPostcode", "39100")
        qtbot.waitUntil(lambda: "Serramenti Rossi Srl" in preview.text(), timeout=WAIT)
        previews.append(preview.text())
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)

    expected = modals.expect("dialog_route", fill)
    click(qtbot, routes.new_button)
    modals.wait(expected)
    assert previews[0].endswith("Fenster Müller GmbH → Alpenfenster KG"), previews
    assert "No route" in previews[1]
    qtbot.waitUntil(lambda: "Franken" in values(routes, 0), timeout=WAIT)
    row = values(routes, 0).index("Franken")
    assert values(routes, 2)[row] == "90000-91999" and values(routes, 3)[row] == "Serramenti Rossi Srl"


def chain_texts(dialog: Any) -> list[str]:
    chain = child(dialog, QListWidget, "routeChain")
    return [chain.item(r).text() for r in range(chain.count())]


def add_to_chain(qtbot: QtBot, dialog: Any, label: str) -> None:
    """Pick `label` in the list of partners and head-office people, then *Add*."""
    candidates = child(dialog, QComboBox, "routeChainCandidate")
    index = candidates.findText(label)
    assert index >= 0, [candidates.itemText(i) for i in range(candidates.count())]
    candidates.setCurrentIndex(index)
    click(qtbot, child(dialog, QPushButton, "routeChainAdd"))
    assert chain_texts(dialog)[-1] == label


def select_step(qtbot: QtBot, dialog: Any, label: str) -> None:
    chain = child(dialog, QListWidget, "routeChain")
    item = chain.item(chain_texts(dialog).index(label))
    qtbot.mouseClick(chain.viewport(), Qt.MouseButton.LeftButton, pos=chain.visualItemRect(item).center())
    assert chain.currentItem() is item


def test_admin_builds_a_chain_of_a_partner_and_a_head_office_person(
    qtbot: QtBot, desks: Desks, modals: ModalDriver
) -> None:
    """DESIGN.md, Routing: a chain of partners OR head-office people. Added from one list, put in
    order with the buttons, one removed again; the server stores exactly that chain, the list
    shows it and editing the route keeps it, with the preview naming the head-office person."""
    greta = desks.open(GRETA)
    area = open_admin(qtbot, greta)
    routes = shown_tab(qtbot, area, "routes")
    seen: dict[str, Any] = {}

    def build(dialog: Any) -> None:
        type_into(qtbot, dialog, "routeName", "Franken")
        type_into(qtbot, dialog, "routeCountry", "DE")
        type_into(qtbot, dialog, "routePostcodes", "90000-91999")
        candidates = child(dialog, QComboBox, "routeChainCandidate")
        offered = [candidates.itemText(i) for i in range(candidates.count())]
        assert "Alpenfenster KG (partner)" in offered and "Anna Bauer (head office)" in offered
        assert not any("Max Müller" in text for text in offered), "only head office's people"
        add_to_chain(qtbot, dialog, "Anna Bauer (head office)")
        add_to_chain(qtbot, dialog, "Serramenti Rossi Srl (partner)")
        add_to_chain(qtbot, dialog, "Alpenfenster KG (partner)")
        assert candidates.findText("Anna Bauer (head office)") < 0, "each target once"
        select_step(qtbot, dialog, "Serramenti Rossi Srl (partner)")
        click(qtbot, child(dialog, QPushButton, "routeChainRemove"))
        assert candidates.findText("Serramenti Rossi Srl (partner)") >= 0, "removed: offered again"
        select_step(qtbot, dialog, "Alpenfenster KG (partner)")
        click(qtbot, child(dialog, QPushButton, "routeChainUp"))
        assert chain_texts(dialog) == ["Alpenfenster KG (partner)", "Anna Bauer (head office)"]
        assert not child(dialog, QPushButton, "routeChainUp").isEnabled(), "already first"
        owner = child(dialog, QComboBox, "routeOwner")
        owner.setCurrentIndex(owner.findText("Marco Conti"))
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)

    expected = modals.expect("dialog_route", build)
    click(qtbot, routes.new_button)
    modals.wait(expected)
    qtbot.waitUntil(lambda: "Franken" in values(routes, 0), timeout=WAIT)
    stored = next(r for r in greta.service.admin.routes() if r["name"] == "Franken")
    people = {p["display_name"]: p for p in greta.service.admin.people()}
    companies = {c["name"]: c["id"] for c in greta.service.admin.companies()}
    anna = people["Anna Bauer"]
    assert stored["chain"] == [
        {"kind": "partner", "company_id": companies["Alpenfenster KG"], "person_id": None},
        {"kind": "person", "company_id": anna["company_id"], "person_id": anna["id"]},
    ]
    assert stored["owner_person_id"] == people["Marco Conti"]["id"]
    assert values(routes, 3)[values(routes, 0).index("Franken")] == "Alpenfenster KG → Anna Bauer"

    def reopen(dialog: Any) -> None:
        seen["chain"] = chain_texts(dialog)
        preview = child(dialog, QLabel, "routePreview")
        type_into(qtbot, dialog, "previewCountry", "DE")
        type_into(qtbot, dialog, "previewPostcode", "90402")
        qtbot.waitUntil(lambda: "Anna Bauer" in preview.text(), timeout=WAIT)
        seen["preview"] = preview.text()
        dialog.reject()

    select_row(qtbot, routes, 0, "Franken")
    expected = modals.expect("dialog_route", reopen)
    click(qtbot, routes.edit_button)
    modals.wait(expected)
    assert seen["chain"] == ["Alpenfenster KG (partner)", "Anna Bauer (head office)"]
    assert seen["preview"] == "Route Franken: Alpenfenster KG → Anna Bauer"


def test_admin_issues_an_intake_key_and_sees_its_secret_once(
    qtbot: QtBot, desks: Desks, modals: ModalDriver, model_check: Any
) -> None:
    greta = desks.open(GRETA)
    area = open_admin(qtbot, greta)
    keys = shown_tab(qtbot, area, "keys")
    model_check(keys.model)
    secret: dict[str, str] = {}

    def fill(dialog: Any) -> None:
        type_into(qtbot, dialog, "keyLabel", "Website Franken")
        assert not child(dialog, QComboBox, "keyPartner").isEnabled(), "a web form's key has no partner"
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)

    def read_secret(dialog: Any) -> None:
        secret["value"] = child(dialog, QLineEdit, "keySecret").text()
        qtbot.mouseClick(child(dialog, QPushButton, "copySecret"), Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == secret["value"]
        dialog.reject()

    expected = modals.expect("dialog_intake_key", fill)
    shown = modals.expect("dialog_key_secret", read_secret)
    click(qtbot, keys.new_button)
    modals.wait(expected)
    modals.wait(shown)
    assert len(secret["value"]) >= 20
    qtbot.waitUntil(lambda: "Website Franken" in values(keys, 0), timeout=WAIT)
    row = keys.model.row(values(keys, 0).index("Website Franken"))
    assert row is not None and secret["value"].startswith(row["hint"])
    assert secret["value"] not in keys.detail.text() and "secret" not in row, "never shown again"

    people = shown_tab(qtbot, area, "people")
    model_check(people.model)
    assert {"Anna Bauer", "Max Müller", "Luca Rossi"} <= set(values(people, 0)), "every company's people"
    devices = shown_tab(qtbot, area, "devices")
    model_check(devices.model)
    assert "this device" in values(devices, 3)
    select_row(qtbot, devices, 3, "this device")
    assert not devices.sign_out_button.isEnabled(), "this device signs out in the settings"


def test_partner_admin_sees_only_people_and_hands_a_deactivated_colleagues_enquiries_on(
    qtbot: QtBot, desks: Desks, modals: ModalDriver, model_check: Any
) -> None:
    anna = desks.open("anna@hq.example", show=False)
    offered = [create_and_offer(anna.service) for _ in range(2)]
    synced(qtbot, anna)
    eva = desks.open("eva@mueller.example", show=False)
    for enquiry_id in offered:
        ok(eva.service.actions.perform(AcceptOffer(enquiry_id=enquiry_id)))
    synced(qtbot, eva)
    numbers = sorted(str(eva.service.reads.enquiry(e)["number"]) for e in offered)  # type: ignore[index]
    desks.close(eva)

    max_ = desks.open("max@mueller.example")
    area = open_admin(qtbot, max_)
    assert list(area.pages) == ["people", "devices"]
    assert [area.tabs.tabText(i) for i in range(area.tabs.count())] == ["People", "My devices"]
    people = shown_tab(qtbot, area, "people")
    model_check(people.model)
    assert sorted(values(people, 0)) == ["Eva Schmid", "Max Müller"], "only his own company"
    select_row(qtbot, people, 0, "Eva Schmid")
    handed: dict[str, str] = {}

    def confirm(box: Any) -> None:
        assert isinstance(box, QMessageBox) and "Eva Schmid" in box.text()
        button = next(b for b in box.buttons() if b.text() == "Deactivate")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def hand_over(dialog: Any) -> None:
        handed["held"] = child(dialog, QLabel, "heldEnquiries").text()
        assert child(dialog, QComboBox, "handOverTo").currentText() == "Max Müller"
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)

    asked = modals.expect("dialog_confirm_deactivate_person", confirm)
    listed = modals.expect("dialog_hand_over", hand_over)
    click(qtbot, people.active_button)
    modals.wait(asked)
    modals.wait(listed)
    assert sorted(handed["held"].split(", ")) == numbers
    qtbot.waitUntil(lambda: people.status.text() == "2 handed over, 0 refused.", timeout=WAIT)
    eva_row = people.model.row(values(people, 0).index("Eva Schmid"))
    assert eva_row is not None and eva_row["active"] is False
    assert people.active_button.text() == "Reactivate"
    synced(qtbot, max_)
    me = max_.service.reads.user["id"]
    assert all(max_.service.reads.enquiry(e)["holder_id"] == me for e in offered)  # type: ignore[index]
    quiet(qtbot, max_)


def test_others_see_no_administration_and_everyone_changes_their_password(
    qtbot: QtBot, desks: Desks, modals: ModalDriver
) -> None:
    for login in ("anna@hq.example", "eva@mueller.example"):
        desk = desks.open(login, show=login.startswith("anna"))
        assert "admin" not in filter_codes(desk), login
    anna = desks.opened[0]
    seen: dict[str, str] = {}

    def change(dialog: Any) -> None:
        type_into(qtbot, dialog, "currentPassword", "not-the-password")
        type_into(qtbot, dialog, "newPassword", "a-new-password-1")
        type_into(qtbot, dialog, "repeatPassword", "a-new-password-1")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        error = child(dialog, QLabel, "formError")
        qtbot.waitUntil(lambda: error.isVisible() and bool(error.text()), timeout=WAIT)
        seen["error"] = error.text()
        type_into(qtbot, dialog, "currentPassword", "demo")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)

    def settings(dialog: Any) -> None:
        button = child(dialog, QPushButton, "changePassword")
        assert button.isVisible() and button.isEnabled()
        dialog.reject()

    shown = modals.expect("dialog_settings", settings)
    qtbot.mouseClick(anna.window.settings_button, Qt.MouseButton.LeftButton)
    modals.wait(shown)
    # What that button opens (one modal over another is beyond the test's dialog driver):
    changed = modals.expect("dialog_change_password", change)
    anna.window.change_password()
    modals.wait(changed)
    assert seen["error"] == "The current password is not right."
    assert anna.window.statusBar().currentMessage() == "Your password was changed."


def form_error_after_ok(qtbot: QtBot, dialog: Any) -> str:
    """Click OK and wait for the server's refusal at the form (which stays open)."""
    error = child(dialog, QLabel, "formError")
    error.clear()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: error.isVisible() and bool(error.text()), timeout=WAIT)
    assert dialog.isVisible(), "a refused form stays open"
    return str(error.text())


def test_a_german_administrator_reads_the_servers_refusals_in_german(
    qtbot: QtBot, desks: Desks, modals: ModalDriver
) -> None:
    """The server answers in English with a code and what it refuses; the forms say it in the
    user's language, naming the refused postcode, name or field."""
    i18n.install("de")
    greta = desks.open(GRETA)
    area = open_admin(qtbot, greta)
    companies = shown_tab(qtbot, area, "companies")
    seen: list[str] = []

    def company(dialog: Any) -> None:
        child(dialog, QLineEdit, "companyName").setText("Fenster Müller GmbH")  # keyClicks: ASCII only
        type_into(qtbot, dialog, "companyCountry", "DE")
        type_into(qtbot, dialog, "companyTimezone", "Europe/Berlin")
        type_into(qtbot, dialog, "companyPostcodes", "90000-90999, 9100-91999")
        seen.append(form_error_after_ok(qtbot, dialog))
        type_into(qtbot, dialog, "companyPostcodes", "90000-90999")
        seen.append(form_error_after_ok(qtbot, dialog))  # the name is taken
        dialog.reject()

    expected = modals.expect("dialog_company", company)
    click(qtbot, companies.new_button)
    modals.wait(expected)
    assert seen == [
        "„9100-91999“: Beide Enden eines Bereichs brauchen gleich viele Zeichen.",
        "Eine aktive Firma heißt bereits „Fenster Müller GmbH“: Wählen Sie einen anderen Namen.",
    ]

    people = shown_tab(qtbot, area, "people")

    def account(dialog: Any) -> None:
        assert child(dialog, QComboBox, "personCompany").currentText() == "Head Office"
        type_into(qtbot, dialog, "personLogin", "Anna@HQ.example")
        type_into(qtbot, dialog, "personName", "Anna Zwei")
        child(dialog, QCheckBox, "role_agent").setChecked(True)
        seen.append(form_error_after_ok(qtbot, dialog))
        dialog.reject()

    expected = modals.expect("dialog_person", account)
    click(qtbot, people.new_button)
    modals.wait(expected)
    assert seen[-1] == "Ein anderes Konto verwendet diesen Anmeldenamen bereits."

    def password(dialog: Any) -> None:
        type_into(qtbot, dialog, "currentPassword", "nicht-das-passwort")
        type_into(qtbot, dialog, "newPassword", "ein-neues-passwort-1")
        type_into(qtbot, dialog, "repeatPassword", "ein-neues-passwort-1")
        seen.append(form_error_after_ok(qtbot, dialog))
        dialog.reject()

    expected = modals.expect("dialog_change_password", password)
    greta.window.change_password()
    modals.wait(expected)
    assert seen[-1] == "Das aktuelle Passwort stimmt nicht."
