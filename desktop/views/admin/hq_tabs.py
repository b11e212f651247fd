"""Head office's lists: partner companies, routes, intake keys."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.qt_bridge import QtDeskService
from desktop.views.admin.hq_dialogs import CompanyDialog, IntakeKeyDialog, KeySecretDialog
from desktop.views.admin.route_chain import Choices
from desktop.views.admin.route_dialog import RouteDialog
from desktop.views.admin.tab import AdminTab, field_lines
from desktop.views.admin.table_model import Column, Row
from desktop.views.dialogs.base import asked
from desktop.views.timefmt import short_datetime
from enquiries.i18n import QT_TRANSLATE_NOOP


def _yes(active: bool) -> str:
    return (
        QCoreApplication.translate("Admin", "active")
        if active
        else QCoreApplication.translate("Admin", "inactive")
    )


def confirm(parent: QWidget, name: str, title: str, text: str, yes: str) -> bool:
    """A window-modal question with a named box (automation: `name`) and a verb on its button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName(name)
    button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    try:
        box.exec()
        return box.clickedButton() is button
    finally:
        box.deleteLater()


COMPANY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Admin", "Name"), lambda r: r["name"]),
    Column(
        QT_TRANSLATE_NOOP("Admin", "Country"),
        lambda r: r["country"] + (f"-{r['subdivision']}" if r.get("subdivision") else ""),
    ),
    Column(QT_TRANSLATE_NOOP("Admin", "Postcodes"), lambda r: ", ".join(r.get("postcode_ranges", []))),
    Column(QT_TRANSLATE_NOOP("Admin", "Status"), lambda r: _yes(r.get("active", True))),
)


class CompaniesTab(AdminTab):
    def __init__(self, bridge: QtDeskService, parent: QWidget | None = None) -> None:
        super().__init__("adminCompanies", bridge, COMPANY_COLUMNS, parent)
        self.new_button = self.button("newCompany", self.tr("New partner…"), self.add_new)
        self.edit_button = self.button("editCompany", self.tr("Edit…"), self.edit)
        self.active_button = self.button("toggleCompany", self.tr("Deactivate…"), self.toggle)
        self.end_buttons()

    def fetch(self) -> Callable[[], Any]:
        return self.admin.companies

    def describe(self, row: Row) -> str:
        text = field_lines(
            [
                (self.tr("Name"), row["name"]),
                (self.tr("Country"), row["country"]),
                (self.tr("Region"), row.get("subdivision") or ""),
                (self.tr("Time zone"), row["timezone"]),
                (self.tr("Postcodes"), ", ".join(row.get("postcode_ranges", []))),
                (self.tr("Status"), _yes(row.get("active", True))),
            ]
        )
        for o in row.get("overlaps", []):
            text += "<br>" + self.tr("Overlaps %1 (%2 meets %3)").replace("%1", o["company_name"]).replace(
                "%2", o["mine"]
            ).replace("%3", o["theirs"])
        return text

    def selection_changed(self, row: Row | None) -> None:
        self.edit_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None)
        active = row is None or row.get("active", True)
        self.active_button.setText(self.tr("Deactivate…") if active else self.tr("Reactivate"))

    def add_new(self) -> None:
        dialog = CompanyDialog(self.bridge, None, self)
        if asked(dialog):
            self.done(self.tr("%1 was added.").replace("%1", dialog.answer["name"]), dialog.answer["id"])

    def edit(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = CompanyDialog(self.bridge, row, self)
        if asked(dialog):
            self.done(self.tr("%1 was saved.").replace("%1", dialog.answer["name"]), dialog.answer["id"])

    def toggle(self) -> None:
        row = self.selected()
        if row is None:
            return
        active = bool(row.get("active", True))
        if active and not confirm(
            self,
            "dialog_confirm_deactivate_company",
            self.tr("Deactivate partner"),
            self.tr("%1 gets no new offers; its pending offers move on along their chains.").replace(
                "%1", row["name"]
            ),
            self.tr("Deactivate"),
        ):
            return
        admin, company_id = self.admin, row["id"]
        self.bridge.in_background(
            lambda: admin.set_company_active(company_id, not active),
            success=lambda answer: self.done(
                (self.tr("%1 was deactivated.") if active else self.tr("%1 is active again.")).replace(
                    "%1", answer["name"]
                ),
                company_id,
            ),
            failure=self.failed,
        )


class RoutesTab(AdminTab):
    def __init__(self, bridge: QtDeskService, parent: QWidget | None = None) -> None:
        columns = (
            Column(QT_TRANSLATE_NOOP("Admin", "Name"), lambda r: r["name"]),
            Column(QT_TRANSLATE_NOOP("Admin", "Country"), lambda r: r["country"]),
            Column(
                QT_TRANSLATE_NOOP("Admin", "Postcodes"),
                lambda r: ", ".join([*r.get("postcode_ranges", []), *r.get("postcode_prefixes", [])]),
            ),
            Column(QT_TRANSLATE_NOOP("Admin", "Chain"), lambda r: self._chain(r)),
            Column(QT_TRANSLATE_NOOP("Admin", "Status"), lambda r: _yes(r.get("active", True))),
        )
        super().__init__("adminRoutes", bridge, columns, parent)
        self.new_button = self.button("newRoute", self.tr("New route…"), self.add_new)
        self.edit_button = self.button("editRoute", self.tr("Edit…"), self.edit)
        self.off_button = self.button("deactivateRoute", self.tr("Deactivate"), self.deactivate)
        self.end_buttons()

    @property
    def choices(self) -> Choices:
        """The partners and people the routes name (fetched with them)."""
        return self.extra if isinstance(self.extra, Choices) else Choices()

    def _chain(self, row: Row) -> str:
        return " → ".join(self.choices.name(step) for step in row.get("chain", []))

    def fetch(self) -> Callable[[], Any]:
        admin = self.admin
        return lambda: (admin.routes(), Choices(admin.companies(), admin.people()))

    def describe(self, row: Row) -> str:
        return field_lines(
            [
                (self.tr("Name"), row["name"]),
                (self.tr("Country"), row["country"]),
                (
                    self.tr("Postcodes"),
                    ", ".join([*row.get("postcode_ranges", []), *row.get("postcode_prefixes", [])]),
                ),
                (self.tr("Products"), ", ".join(row.get("product_interests", []))),
                (self.tr("Keywords"), ", ".join(row.get("keywords", []))),
                (self.tr("Chain"), " → ".join(self.choices.label(s) for s in row.get("chain", []))),
                (self.tr("Person in charge"), self.choices.person_name(row.get("owner_person_id"))),
                (self.tr("Status"), _yes(row.get("active", True))),
            ]
        )

    def selection_changed(self, row: Row | None) -> None:
        self.edit_button.setEnabled(row is not None)
        self.off_button.setEnabled(row is not None and bool(row.get("active", True)))

    def _dialog(self, row: Row | None) -> None:
        dialog = RouteDialog(self.bridge, self.choices, row, self)
        if asked(dialog):
            self.done(
                self.tr("Route %1 was saved.").replace("%1", dialog.answer["name"]), dialog.answer["id"]
            )

    def add_new(self) -> None:
        self._dialog(None)

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            self._dialog(row)

    def deactivate(self) -> None:
        row = self.selected()
        if row is None:
            return
        admin, route_id = self.admin, row["id"]
        self.bridge.in_background(
            lambda: admin.deactivate_route(route_id),
            success=lambda answer: self.done(
                self.tr("Route %1 was deactivated.").replace("%1", answer["name"]), route_id
            ),
            failure=self.failed,
        )


CHANNELS: dict[str, str] = {
    "web": QT_TRANSLATE_NOOP("Admin", "Web form"),
    "dealer_page": QT_TRANSLATE_NOOP("Admin", "Dealer page"),
}


def _channel(row: Row) -> str:
    return QCoreApplication.translate("Admin", CHANNELS.get(str(row["channel"]), str(row["channel"])))


def _hint(row: Row) -> str:
    return f"{row['hint']}…" if row.get("hint") else ""


KEY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Admin", "Label"), lambda r: r["label"]),
    Column(QT_TRANSLATE_NOOP("Admin", "Channel"), _channel),
    Column(QT_TRANSLATE_NOOP("Admin", "Partner"), lambda r: r.get("partner_name") or ""),
    Column(QT_TRANSLATE_NOOP("Admin", "Key"), _hint),
    Column(QT_TRANSLATE_NOOP("Admin", "Last used"), lambda r: short_datetime(r.get("last_used_at"))),
    Column(QT_TRANSLATE_NOOP("Admin", "Status"), lambda r: _yes(r.get("active", True))),
)


class IntakeKeysTab(AdminTab):
    def __init__(self, bridge: QtDeskService, parent: QWidget | None = None) -> None:
        super().__init__("adminKeys", bridge, KEY_COLUMNS, parent)
        self.new_button = self.button("newKey", self.tr("New key…"), self.add_new)
        self.revoke_button = self.button("revokeKey", self.tr("Revoke…"), self.revoke)
        self.end_buttons()

    def fetch(self) -> Callable[[], Any]:
        admin = self.admin
        return lambda: (admin.intake_keys(), admin.companies())

    def describe(self, row: Row) -> str:
        return field_lines(
            [
                (self.tr("Label"), row["label"]),
                (self.tr("Channel"), _channel(row)),
                (self.tr("Partner"), row.get("partner_name") or ""),
                (self.tr("Key"), _hint(row)),
                (self.tr("Created"), short_datetime(row.get("created_at"))),
                (self.tr("Last used"), short_datetime(row.get("last_used_at")) or self.tr("never")),
                (self.tr("Revoked"), short_datetime(row.get("revoked_at"))),
            ]
        )

    def selection_changed(self, row: Row | None) -> None:
        self.revoke_button.setEnabled(row is not None and bool(row.get("active", True)))

    def add_new(self) -> None:
        dialog = IntakeKeyDialog(self.bridge, list(self.extra or []), self)
        if not asked(dialog):
            return
        answer = dialog.answer
        self.done(self.tr("Key %1 was issued.").replace("%1", answer["label"]), answer["id"])
        asked(KeySecretDialog(answer["secret"], self))

    def revoke(self) -> None:
        row = self.selected()
        if row is None or not confirm(
            self,
            "dialog_confirm_revoke_key",
            self.tr("Revoke key"),
            self.tr("Forms using %1 stop being accepted at once.").replace("%1", row["label"]),
            self.tr("Revoke"),
        ):
            return
        admin, key_id = self.admin, row["id"]
        self.bridge.in_background(
            lambda: admin.revoke_intake_key(key_id),
            success=lambda answer: self.done(
                self.tr("Key %1 was revoked.").replace("%1", answer["label"]), key_id
            ),
            failure=self.failed,
        )
