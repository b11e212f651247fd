"""People's dialogs: an account (login, name, roles valid for the company's kind), handing a
deactivated person's enquiries to a colleague, and changing one's own password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.qt_bridge import QtDeskService
from desktop.roles import ROLES_BY_KIND, role_label
from desktop.views.dialogs.server_form import ServerDialog

Row = dict[str, Any]


class AccountDialog(ServerDialog):
    """A new account at one of `companies` (id, name, kind), or `person` to edit (name, roles)."""

    def __init__(
        self,
        bridge: QtDeskService,
        companies: list[Row],
        person: Row | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit account") if person else self.tr("New account")
        super().__init__("person", title, bridge, parent)
        self.person = person or {}
        p = self.person
        self.company = QComboBox(self)
        self.company.setObjectName("personCompany")
        for c in companies:
            self.company.addItem(c["name"], c)
        if p:
            self.company.setCurrentIndex(
                max(0, next((i for i, c in enumerate(companies) if c["id"] == p["company_id"]), 0))
            )
            self.company.setEnabled(False)
        self.login = QLineEdit(p.get("login", ""), self)
        self.login.setObjectName("personLogin")
        self.login.setPlaceholderText(self.tr("name@company.example"))
        self.login.setReadOnly(bool(p))
        self.name = QLineEdit(p.get("display_name", ""), self)
        self.name.setObjectName("personName")
        self.roles_box = QWidget(self)
        self.roles_layout = QVBoxLayout(self.roles_box)
        self.roles_layout.setContentsMargins(0, 0, 0, 0)
        self.checks: dict[str, QCheckBox] = {}
        self.form.addRow(self.tr("Company"), self.company)
        self.form.addRow(self.tr("Login (e-mail)"), self.login)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Roles"), self.roles_box)
        if not p:
            note = QLabel(self.tr("The person gets an e-mail with a link to choose their password."), self)
            note.setWordWrap(True)
            self.form.addRow(note)
        self.company.currentIndexChanged.connect(lambda _: self._show_roles())
        self._show_roles(set(p.get("roles", [])))

    def _show_roles(self, checked: set[str] | None = None) -> None:
        """Checkboxes for the roles the chosen company's kind allows."""
        keep = checked if checked is not None else set(self.roles())
        for box in self.checks.values():
            self.roles_layout.removeWidget(box)
            box.deleteLater()
        self.checks = {}
        company = self.company.currentData() or {}
        for role in ROLES_BY_KIND.get(company.get("kind", "partner"), ()):
            box = QCheckBox(role_label(role), self.roles_box)
            box.setObjectName(f"role_{role}")
            box.setChecked(role in keep)
            self.roles_layout.addWidget(box)
            self.checks[role] = box

    def roles(self) -> list[str]:
        return [role for role, box in self.checks.items() if box.isChecked()]

    def validate(self) -> str | None:
        if "@" not in self.login.text():
            return self.tr("The login is the person's e-mail address.")
        if not self.name.text().strip():
            return self.tr("Please enter the person's name.")
        if not self.roles():
            return self.tr("Tick at least one role.")
        return None

    def request(self) -> Callable[[], Any]:
        admin, roles, name = self.bridge.service.admin, self.roles(), self.name.text().strip()
        if self.person:
            person_id = self.person["id"]
            return lambda: admin.update_person(person_id, display_name=name, roles=roles)
        company_id, login = self.company.currentData()["id"], self.login.text().strip()
        return lambda: admin.add_person(company_id=company_id, login=login, display_name=name, roles=roles)


class HandOverDialog(ServerDialog):
    """The open enquiries a deactivated person holds, and one step: "Hand these to …"."""

    def __init__(
        self,
        bridge: QtDeskService,
        person: Row,
        held: list[Row],
        colleagues: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "hand_over", self.tr("Enquiries held by %1").replace("%1", person["display_name"]), bridge, parent
        )
        self.person = person
        intro = QLabel(
            self.tr("%1 holds %n open enquiries:", "", len(held)).replace("%1", person["display_name"]), self
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        numbers = [str(h.get("number") or h["enquiry_id"][:8]) for h in held]
        self.held = QLabel(", ".join(numbers), self)
        self.held.setObjectName("heldEnquiries")
        self.held.setWordWrap(True)
        self.form.addRow(self.held)
        self.to = QComboBox(self)
        self.to.setObjectName("handOverTo")
        for person_id, name in colleagues:
            self.to.addItem(name, person_id)
        self.form.addRow(self.tr("Hand these to"), self.to)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Hand over"))
        cancel = self.buttons.button(self.buttons.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Later"))

    def validate(self) -> str | None:
        return None if self.to.currentData() else self.tr("There is no active colleague to hand them to.")

    def request(self) -> Callable[[], Any]:
        admin, person_id, to = self.bridge.service.admin, self.person["id"], str(self.to.currentData())
        return lambda: admin.hand_over(person_id, to)


class ChangePasswordDialog(ServerDialog):
    """One's own password: the current one, the new one twice. Other devices are signed out."""

    MIN_LENGTH = 10  # the server's minimum (central.store.invites.MIN_PASSWORD)

    def __init__(self, bridge: QtDeskService, parent: QWidget | None = None) -> None:
        super().__init__("change_password", self.tr("Change password"), bridge, parent)
        self.current = self._secret("currentPassword")
        self.new = self._secret("newPassword")
        self.again = self._secret("repeatPassword")
        self.form.addRow(self.tr("Current password"), self.current)
        self.form.addRow(self.tr("New password"), self.new)
        self.form.addRow(self.tr("New password again"), self.again)
        note = QLabel(self.tr("Your other devices are signed out and need the new password."), self)
        note.setWordWrap(True)
        self.form.addRow(note)

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def validate(self) -> str | None:
        if not self.current.text():
            return self.tr("Please enter your current password.")
        if len(self.new.text()) < self.MIN_LENGTH:
            return self.tr("The new password needs at least %1 characters.").replace(
                "%1", str(self.MIN_LENGTH)
            )
        if self.new.text() != self.again.text():
            return self.tr("The two new passwords differ.")
        return None

    def request(self) -> Callable[[], Any]:
        admin, current, new = self.bridge.service.admin, self.current.text(), self.new.text()
        return lambda: admin.change_password(current=current, new=new)
