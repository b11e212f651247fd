"""People (every company's for head office's administrators, one's own company's for a partner
administrator) and the signed-in user's own devices."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.qt_bridge import QtDeskService
from desktop.roles import role_label
from desktop.views.admin.hq_tabs import _yes, confirm
from desktop.views.admin.people_dialogs import AccountDialog, HandOverDialog
from desktop.views.admin.tab import AdminTab, field_lines
from desktop.views.admin.table_model import Column, Row
from desktop.views.dialogs.base import asked
from desktop.views.timefmt import short_datetime
from enquiries.i18n import QT_TRANSLATE_NOOP


def _roles(row: Row) -> str:
    return ", ".join(role_label(r) for r in row.get("roles", []))


def _state(row: Row) -> str:
    if row.get("active", True) and row.get("invite_pending"):
        return QCoreApplication.translate("Admin", "invited")
    return _yes(row.get("active", True))


PEOPLE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Admin", "Name"), lambda r: r["display_name"]),
    Column(QT_TRANSLATE_NOOP("Admin", "Login"), lambda r: r["login"]),
    Column(QT_TRANSLATE_NOOP("Admin", "Company"), lambda r: r["company_name"]),
    Column(QT_TRANSLATE_NOOP("Admin", "Roles"), _roles),
    Column(QT_TRANSLATE_NOOP("Admin", "Status"), _state),
)


class PeopleTab(AdminTab):
    def __init__(self, bridge: QtDeskService, parent: QWidget | None = None) -> None:
        super().__init__("adminPeople", bridge, PEOPLE_COLUMNS, parent)
        user = bridge.service.reads.user
        self.user = user
        self.head_office = user.get("company_kind") == "head_office"
        self.new_button = self.button("newPerson", self.tr("New account…"), self.add_new)
        self.edit_button = self.button("editPerson", self.tr("Edit…"), self.edit)
        self.active_button = self.button("togglePerson", self.tr("Deactivate…"), self.toggle)
        self.reset_button = self.button("resetPassword", self.tr("Send password link"), self.reset)
        self.held_button = self.button("handOver", self.tr("Held enquiries…"), self.held_of_selected)
        self.end_buttons()
        self.table.setColumnHidden(2, not self.head_office)

    def fetch(self) -> Callable[[], Any]:
        admin, head_office = self.admin, self.head_office
        return lambda: (admin.people(), admin.companies() if head_office else [])

    def companies(self) -> list[Row]:
        """Where an account may be made: the administrator's own company first, then partners."""
        own = {
            "id": self.user.get("company_id"),
            "name": self.user.get("company_name", ""),
            "kind": self.user.get("company_kind", "partner"),
        }
        partners = [c for c in self.extra or [] if c.get("active", True)] if self.head_office else []
        return [own, *partners]

    def describe(self, row: Row) -> str:
        return field_lines(
            [
                (self.tr("Name"), row["display_name"]),
                (self.tr("Login"), row["login"]),
                (self.tr("Company"), row["company_name"]),
                (self.tr("Roles"), _roles(row)),
                (self.tr("Status"), _state(row)),
                (self.tr("Since"), short_datetime(row.get("created_at"))),
            ]
        )

    def selection_changed(self, row: Row | None) -> None:
        for button in (self.edit_button, self.active_button, self.reset_button, self.held_button):
            button.setEnabled(row is not None)
        active = row is None or row.get("active", True)
        self.active_button.setText(self.tr("Deactivate…") if active else self.tr("Reactivate"))
        self.reset_button.setEnabled(row is not None and bool(active))

    def add_new(self) -> None:
        dialog = AccountDialog(self.bridge, self.companies(), None, self)
        if asked(dialog):
            person = dialog.answer["person"]
            self.done(
                self.tr("%1 was added and invited by e-mail.").replace("%1", person["display_name"]),
                person["id"],
            )

    def edit(self) -> None:
        row = self.selected()
        if row is None:
            return
        company = {"id": row["company_id"], "name": row["company_name"], "kind": row["company_kind"]}
        dialog = AccountDialog(self.bridge, [company], row, self)
        if asked(dialog):
            person = dialog.answer["person"]
            self.done(self.tr("%1 was saved.").replace("%1", person["display_name"]), person["id"])

    def toggle(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not row.get("active", True):
            admin, person_id = self.admin, row["id"]
            self.bridge.in_background(
                lambda: admin.set_person_active(person_id, True),
                success=lambda answer: self.done(
                    self.tr("%1 is active again.").replace("%1", answer["person"]["display_name"]), person_id
                ),
                failure=self.failed,
            )
            return
        if not confirm(
            self,
            "dialog_confirm_deactivate_person",
            self.tr("Deactivate account"),
            self.tr("%1 is signed out everywhere at once and can no longer sign in.").replace(
                "%1", row["display_name"]
            ),
            self.tr("Deactivate"),
        ):
            return
        admin, person_id = self.admin, row["id"]
        self.bridge.in_background(
            lambda: admin.set_person_active(person_id, False), success=self._deactivated, failure=self.failed
        )

    def _deactivated(self, answer: Row) -> None:
        person = answer["person"]
        self.done(self.tr("%1 was deactivated.").replace("%1", person["display_name"]), person["id"])
        if answer.get("held"):
            self.held_of(person)

    def held_of_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.held_of(row)

    def held_of(self, person: Row) -> None:
        """The open enquiries `person` holds, then "Hand these to …" a colleague."""
        admin, person_id = self.admin, person["id"]
        self.bridge.in_background(
            lambda: admin.held(person_id),
            success=lambda held: self._hand_over(person, held),
            failure=self.failed,
        )

    def _hand_over(self, person: Row, held: list[Row]) -> None:
        if not held:
            self.status.setText(self.tr("%1 holds no open enquiries.").replace("%1", person["display_name"]))
            return
        colleagues = [
            (r["id"], r["display_name"])
            for r in self.model.rows
            if r["company_id"] == person["company_id"] and r.get("active", True) and r["id"] != person["id"]
        ]
        dialog = HandOverDialog(self.bridge, person, held, colleagues, self)
        if asked(dialog):
            result = dialog.answer
            self.done(
                self.tr("%1 handed over, %2 refused.")
                .replace("%1", str(result["handed_over"]))
                .replace("%2", str(result["refused"])),
                person["id"],
            )

    def reset(self) -> None:
        row = self.selected()
        if row is None:
            return
        admin, person_id, name = self.admin, row["id"], row["display_name"]
        self.bridge.in_background(
            lambda: admin.reset_password(person_id),
            success=lambda _none: self.status.setText(
                self.tr("%1 gets an e-mail with a link to choose a new password.").replace("%1", name)
            ),
            failure=self.failed,
        )


DEVICE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Admin", "Device"), lambda r: r.get("user_agent") or r.get("client_id", "")),
    Column(QT_TRANSLATE_NOOP("Admin", "Signed in"), lambda r: short_datetime(r.get("created_at"))),
    Column(QT_TRANSLATE_NOOP("Admin", "Last seen"), lambda r: short_datetime(r.get("last_used_at"))),
    Column(
        QT_TRANSLATE_NOOP("Admin", "This device"),
        lambda r: QCoreApplication.translate("Admin", "this device") if r.get("current") else "",
    ),
)


class DevicesTab(AdminTab):
    def __init__(self, bridge: QtDeskService, parent: QWidget | None = None) -> None:
        super().__init__("adminDevices", bridge, DEVICE_COLUMNS, parent)
        self.sign_out_button = self.button("signOutDevice", self.tr("Sign out this device"), self.sign_out)
        self.end_buttons()

    def fetch(self) -> Callable[[], Any]:
        return self.admin.devices

    def describe(self, row: Row) -> str:
        return field_lines(
            [
                (self.tr("Device"), row.get("user_agent") or ""),
                (self.tr("Signed in"), short_datetime(row.get("created_at"))),
                (self.tr("Last seen"), short_datetime(row.get("last_used_at"))),
            ]
        )

    def selection_changed(self, row: Row | None) -> None:
        # This device signs out with "Sign out" in the settings; here the others.
        self.sign_out_button.setEnabled(row is not None and not row.get("current"))

    def sign_out(self) -> None:
        row = self.selected()
        if row is None or row.get("current"):
            return
        admin, device_id = self.admin, row["id"]
        self.bridge.in_background(
            lambda: admin.sign_out_device(device_id),
            success=lambda _none: self.done(self.tr("The device was signed out.")),
            failure=self.failed,
        )
