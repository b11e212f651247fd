"""The whole way of an enquiry through the windows of head office and of a partner's two people.

Anna (head office) creates an enquiry and offers it to Fenster Müller; Max sees it anonymised on
top of his list, accepts it, checks for duplicates, puts his colleague Eva in charge; he assigns
and revokes, Eva hands one back with a reason; a decline without a reason is stopped at the form;
Max closes one as won. Every step goes through the real actions, dialogs and tiles.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.views.list_model import C_CONTACT, C_STATUS, OFFER_BACKGROUND
from enquiries.commands import (
    AcceptOffer,
    AssignExternal,
    AssignPerson,
    Close,
    CreateEnquiry,
    LinkContact,
    OfferToPartner,
    RejectAssignment,
    RevokeAssignment,
    SetColleague,
)
from enquiries.refusals import Refusal
from tests.gui.conftest import (
    CONTACT,
    SECRETS,
    Desk,
    Desks,
    ModalDriver,
    cancel_button,
    child,
    choose_filter,
    create_and_offer,
    detail_texts,
    history,
    listed,
    ok,
    ok_button,
    perform_and_wait,
    quiet,
    refused_ok,
    row_texts,
    select,
    synced,
    visible_detail,
)


def offer_coloured(background: object) -> bool:
    """An offer row's own background (other rows: none, or the stripe of every other row)."""
    return isinstance(background, QBrush) and background.color() == OFFER_BACKGROUND


def click_row(qtbot: QtBot, view: QListView, text: str) -> None:
    """Click the first row of a list view whose text contains `text`."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if text in str(index.data()):
            view.scrollTo(index)
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
            assert view.currentIndex().row() == row
            return
    raise AssertionError(
        f"no row with {text!r} in {[model.index(r, 0).data() for r in range(model.rowCount())]}"
    )


def pick(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Open the combo box's popup and click the entry `text`, as a user does."""
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=5000)
    index = view.model().index(combo.findText(text), 0)
    assert index.isValid(), f"{text!r} is not offered"
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=5000)


def display_name(desk: Desk, login: str) -> str:
    return next(
        p["display_name"] for p in desk.service.reads.people(active_only=False) if p["login"] == login
    )


def assert_nothing_personal(desk: Desk, enquiry_id: str) -> None:
    row = desk.model.row_of(enquiry_id)
    texts = row_texts(desk.model, row) + detail_texts(desk)
    leaked = [t for t in texts for secret in SECRETS if secret in t]
    assert not leaked, f"personal data shown before accepting: {leaked}"


def test_offer_accept_colleague_assign_revoke_reject_decline_close(
    qtbot: QtBot, desks: Desks, modals: ModalDriver
) -> None:
    anna = desks.open("anna@hq.example")
    max_ = desks.open("max@mueller.example")
    eva = desks.open("eva@mueller.example")

    # --- Anna creates an enquiry through New enquiry… -------------------------------------------
    def fill_new(dialog: Any) -> None:
        child(dialog, QLineEdit, "productInterest").setText("Wooden windows")
        for key, value in CONTACT.items():
            widget = child(dialog, QWidget, f"field_{key}")
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif value.isascii():
                qtbot.keyClicks(widget, value)
            else:  # QTest types ASCII only: paste the rest
                widget.insert(value)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    new = modals.expect("dialog_create_enquiry", fill_new)
    assert anna.action("create_enquiry").isEnabled()
    [created] = perform_and_wait(qtbot, anna, anna.action("create_enquiry").trigger, dialog=new)
    assert isinstance(created, int), created
    command = anna.done[-1][0]
    assert isinstance(command, CreateEnquiry)
    first = command.enquiry_id
    assert listed(anna) == [first]
    assert anna.model.index(0, C_CONTACT).data().startswith("Zwirnpichler")
    assert anna.model.index(0, C_STATUS).data().endswith("⟳"), "not yet sent"

    # --- … and offers it to Fenster Müller -------------------------------------------------------
    select(qtbot, anna, first)
    assert "Zwirnpichler" in visible_detail(anna).values()
    assert anna.action("offer_to_partner").isEnabled()

    def fill_offer(dialog: Any) -> None:
        companies = child(dialog, QListView, "companyList")
        click_row(qtbot, companies, "Müller")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    offer = modals.expect("dialog_offer_to_partner", fill_offer)
    [offered] = perform_and_wait(qtbot, anna, anna.action("offer_to_partner").trigger, dialog=offer)
    assert isinstance(offered, int), offered
    command = anna.done[-1][0]
    assert isinstance(command, OfferToPartner) and command.company_id == max_.service.reads.user["company_id"]
    assert visible_detail(anna)["statusTile/Status"].startswith("offered")
    # Three more for Müller, made through Anna's service (set-up, the dialogs are tested above).
    second = create_and_offer(anna.service, last_name="Zweiter", email="zwei@example.net")
    third = create_and_offer(anna.service, last_name="Dritter", email="drei@example.net")
    fourth = create_and_offer(anna.service, last_name="Vierter", email="vier@example.net")
    synced(qtbot, anna)
    assert anna.window.sync_status.label.text().startswith("online")
    assert "waiting" not in anna.window.sync_status.label.text()

    # --- Max sees it on top, dark blue, anonymised -----------------------------------------------
    synced(qtbot, max_)
    shown = listed(max_)
    assert set(shown) == {first, second, third, fourth}
    assert shown[0] == first, "on top: the offer with the soonest deadline"
    assert all(
        offer_coloured(max_.model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole)) for r in range(4)
    ), "every waiting offer stands out"
    top = max_.model.row_of(first)
    background = max_.model.index(top, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color() == OFFER_BACKGROUND
    assert background.color().blue() > background.color().red() and background.color().lightness() < 80
    assert max_.model.index(top, C_CONTACT).data() == "(anonymised)"
    for row in range(max_.model.rowCount()):
        for secret in SECRETS:
            assert not any(secret in t for t in row_texts(max_.model, row)), secret
    select(qtbot, max_, first)
    assert_nothing_personal(max_, first)
    assert max_.action("accept_offer").isEnabled()
    assert max_.action("decline_offer").isEnabled()
    assert not max_.action("assign_person").isEnabled()
    assert not max_.action("add_note").isEnabled()
    accept_button = child(max_.window.detail, QPushButton, "button_accept_offer")
    assert accept_button.isVisible()
    assert not child(max_.window.detail, QWidget, "colleagueTile").isVisible()

    # --- Max accepts: the full data comes with the sync, then the duplicate check ----------------
    def new_contact(dialog: Any) -> None:
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        assert "No existing contact matches this enquiry." in texts, texts
        link = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert not link.isVisible(), "nothing to link to"
        qtbot.mouseClick(child(dialog, QPushButton, "createContact"), Qt.MouseButton.LeftButton)

    duplicates = modals.expect("dialog_link_contact", new_contact)
    before = len(max_.done)
    qtbot.mouseClick(accept_button, Qt.MouseButton.LeftButton)
    modals.wait(duplicates)
    qtbot.waitUntil(lambda: len(max_.done) >= before + 2, timeout=10_000)  # accept, then link
    assert [type(c) for c, _ in max_.done[before:]] == [AcceptOffer, LinkContact]
    assert all(isinstance(r, int) for _, r in max_.done[before:])
    quiet(qtbot, max_)
    shown_now = visible_detail(max_)
    for key in ("first_name", "last_name", "email", "phone", "street"):
        assert CONTACT[key] in shown_now.values(), (key, shown_now)
    assert child(max_.window.detail, QWidget, "contactTile").title() == "Contact"
    journal = child(max_.window.detail, QWidget, "journalTile")
    assert journal.isVisible() and journal.layout().rowCount() == 1, "shown again, not piled up"
    assert [label.text() for label in journal.findChildren(QLabel)] == ["No notes, documents or tasks yet."]
    assert shown_now["holderTile/In charge"] == display_name(max_, "max@mueller.example")
    row = max_.model.row_of(first)
    assert max_.model.index(row, C_CONTACT).data().startswith("Zwirnpichler")
    assert not offer_coloured(max_.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)), (
        "no longer an offer"
    )
    assert not max_.action("accept_offer").isEnabled()
    assert max_.action("assign_person").isEnabled() and max_.action("add_note").isEnabled()

    # --- Max puts Eva in charge through the Colleague tile ---------------------------------------
    tile = child(max_.window.detail, QWidget, "colleagueTile")
    assert tile.isVisible()
    pencil = child(tile, QToolButton, "colleagueEdit")
    assert pencil.isVisible()
    qtbot.mouseClick(pencil, Qt.MouseButton.LeftButton)
    choice = child(tile, QComboBox, "colleagueChoice")
    assert choice.isVisible() and child(tile, QToolButton, "colleagueCancel").isVisible()
    eva_name = display_name(max_, "eva@mueller.example")
    assert choice.findText(eva_name) > 0
    before = len(max_.done)
    pick(qtbot, choice, eva_name)
    qtbot.waitUntil(lambda: len(max_.done) > before, timeout=10_000)
    command, result = max_.done[-1]
    assert isinstance(command, SetColleague) and isinstance(result, int)
    quiet(qtbot, max_)
    assert not choice.isVisible(), "back to showing the name"
    assert child(tile, QLabel, "colleagueName").text() == eva_name
    assert visible_detail(max_)["holderTile/In charge"] == eva_name

    # Choosing her again is refused at once, in words, and nothing is written.
    told: dict[str, str] = {}

    def read_warning(box: Any) -> None:
        told["text"] = box.text()
        box.accept()

    warning = modals.expect("QMessageBox", read_warning)
    waiting = max_.service.sync.pending_count()
    qtbot.mouseClick(child(tile, QToolButton, "colleagueEdit"), Qt.MouseButton.LeftButton)
    [refused] = perform_and_wait(qtbot, max_, lambda: pick(qtbot, choice, eva_name), dialog=warning)
    assert isinstance(refused, Refusal) and refused.code == "same_person"
    assert told["text"] == f"{eva_name} is already in charge of this enquiry."
    assert max_.service.sync.pending_count() == waiting

    # --- Max accepts the others (set-up), assigns the second to Eva and revokes ------------------
    for enquiry_id in (second, third):
        ok(max_.service.actions.perform(AcceptOffer(enquiry_id=enquiry_id)))
    synced(qtbot, max_)
    select(qtbot, max_, second)

    def pick_eva(dialog: Any) -> None:
        search = child(dialog, QLineEdit, "personSearch")
        qtbot.keyClicks(search, eva_name.split()[0])
        people = child(dialog, QListView, "personList")
        assert people.currentIndex().data() == eva_name
        assert people.model().rowCount() == 1
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    assign = modals.expect("dialog_assign_person", pick_eva)
    [assigned] = perform_and_wait(qtbot, max_, max_.action("assign_person").trigger, dialog=assign)
    assert isinstance(assigned, int) and isinstance(max_.done[-1][0], AssignPerson)
    shown_now = visible_detail(max_)
    assert shown_now["holderTile/In charge"] == eva_name
    assert shown_now["holderTile/Assigned by"] == display_name(max_, "max@mueller.example")
    assert shown_now["statusTile/Status"].startswith("assigned")
    assert max_.action("revoke_assignment").isEnabled()
    assert not max_.action("assign_person").isEnabled() and not max_.action("close").isEnabled()
    revoke_button = child(max_.window.detail, QPushButton, "button_revoke_assignment")
    [revoked] = perform_and_wait(
        qtbot, max_, lambda: qtbot.mouseClick(revoke_button, Qt.MouseButton.LeftButton)
    )
    assert isinstance(revoked, int) and isinstance(max_.done[-1][0], RevokeAssignment)
    shown_now = visible_detail(max_)
    assert shown_now["holderTile/In charge"] == display_name(max_, "max@mueller.example")
    assert shown_now["statusTile/Status"].startswith("open")
    assert not max_.action("revoke_assignment").isEnabled() and max_.action("close").isEnabled()

    # --- … assigns the third to Eva, who hands it back with a reason -----------------------------
    select(qtbot, max_, third)
    assign = modals.expect("dialog_assign_person", pick_eva)
    perform_and_wait(qtbot, max_, max_.action("assign_person").trigger, dialog=assign)
    synced(qtbot, max_, eva)
    assert {first, third} <= set(listed(eva)), "Eva sees what is hers"
    choose_filter(qtbot, eva, "mine")
    assert set(listed(eva)) == {first, third}
    select(qtbot, eva, third)
    assert eva.action("reject_assignment").isEnabled()
    assert not eva.action("revoke_assignment").isEnabled()

    def empty_then_reason(dialog: Any) -> None:
        assert refused_ok(qtbot, dialog) == "Please give a reason."
        qtbot.keyClicks(child(dialog, QPlainTextEdit, "reason"), "Holiday next week")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    reject = modals.expect("dialog_reject_assignment", empty_then_reason)
    [rejected] = perform_and_wait(qtbot, eva, eva.action("reject_assignment").trigger, dialog=reject)
    assert isinstance(rejected, int)
    command = eva.done[-1][0]
    assert isinstance(command, RejectAssignment) and command.reason == "Holiday next week"
    synced(qtbot, eva, max_)
    assert third not in listed(eva), "no longer among Eva's"
    select(qtbot, max_, third)
    shown_now = visible_detail(max_)
    assert shown_now["holderTile/In charge"] == display_name(max_, "max@mueller.example")
    assert "assignment rejected: Holiday next week" in history(max_)

    # --- A decline without a reason stops at the form; nothing is sent --------------------------
    select(qtbot, max_, fourth)
    assert_nothing_personal(max_, fourth)
    waiting_before = max_.service.sync.pending_count()
    done_before = len(max_.done)

    def empty_reason(dialog: Any) -> None:
        error = child(dialog, QLabel, "formError")
        assert not error.isVisible()
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        assert dialog.isVisible(), "the dialog stays open"
        assert error.isVisible() and error.text() == "Please give a reason."
        qtbot.mouseClick(cancel_button(dialog), Qt.MouseButton.LeftButton)

    decline = modals.expect("dialog_decline_offer", empty_reason)
    max_.action("decline_offer").trigger()
    modals.wait(decline)
    quiet(qtbot, max_)
    assert len(max_.done) == done_before and max_.service.sync.pending_count() == waiting_before
    assert visible_detail(max_)["statusTile/Status"].startswith("offered")
    assert max_.action("accept_offer").isEnabled()

    # --- Max closes the second as won ------------------------------------------------------------
    select(qtbot, max_, second)

    def won(dialog: Any) -> None:
        assert refused_ok(qtbot, dialog) == "Please choose won or lost."
        radio = child(dialog, QRadioButton, "outcomeWon")
        # on the indicator: a radio button takes clicks on its indicator and text only
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
        assert radio.isChecked()
        qtbot.keyClicks(child(dialog, QLineEdit, "closeReason"), "Order signed")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    closing = modals.expect("dialog_close", won)
    [closed] = perform_and_wait(qtbot, max_, max_.action("close").trigger, dialog=closing)
    command = max_.done[-1][0]
    assert isinstance(closed, int) and isinstance(command, Close) and command.outcome == "won"
    synced(qtbot, max_)
    assert visible_detail(max_)["statusTile/Status"] == "won"
    assert not max_.action("close").isEnabled() and not max_.action("assign_person").isEnabled()
    choose_filter(qtbot, max_, "closed")
    assert listed(max_) == [second]

    # Eva, in charge of the first, is told so and may work on it.
    synced(qtbot, eva)
    assert eva.window.bell.text().startswith("Notifications (")
    choose_filter(qtbot, eva, "mine")
    assert listed(eva) == [first]
    select(qtbot, eva, first)
    assert eva.action("add_note").isEnabled() and eva.action("close").isEnabled()
    assert visible_detail(eva)["holderTile/In charge"] == eva_name

    # She hands it to a fitter outside the system by e-mail; she stays in charge.
    assert eva.action("assign_external").isEnabled()

    def external(dialog: Any) -> None:
        qtbot.keyClicks(child(dialog, QLineEdit, "externalName"), "Franz Monteur")
        qtbot.keyClicks(child(dialog, QLineEdit, "externalEmail"), "franz@")
        assert refused_ok(qtbot, dialog) == "Please enter a valid e-mail address."
        qtbot.keyClicks(child(dialog, QLineEdit, "externalEmail"), "fitters.example")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    handing = modals.expect("dialog_assign_external", external)
    [handed] = perform_and_wait(qtbot, eva, eva.action("assign_external").trigger, dialog=handing)
    assert isinstance(handed, int) and isinstance(eva.done[-1][0], AssignExternal)
    shown_now = visible_detail(eva)
    assert shown_now["externalTile/Assigned to"] == "Franz Monteur <franz@fitters.example>"
    assert shown_now["holderTile/In charge"] == eva_name
    assert eva.action("resend_external").isEnabled() and not eva.action("assign_external").isEnabled()
    synced(qtbot, eva)
    assert "waiting" not in eva.window.sync_status.label.text()
