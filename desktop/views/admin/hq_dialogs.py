"""Head office's dialogs: a partner company, an intake key and its secret (shown once). The route
dialog is in route_dialog.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.qt_bridge import QtDeskService
from desktop.views.dialogs.server_form import ServerDialog, entries, line

Row = dict[str, Any]


class CompanyDialog(ServerDialog):
    """A new partner company, or one to edit (`company`)."""

    def __init__(
        self, bridge: QtDeskService, company: Row | None = None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Edit partner company") if company else self.tr("New partner company")
        super().__init__("company", title, bridge, parent)
        self.company = company or {}
        c = self.company
        self.name = line(self, "companyName", c.get("name", ""))
        self.country = line(self, "companyCountry", c.get("country", ""))
        self.country.setPlaceholderText(self.tr("DE, IT, AT…"))
        self.region = line(self, "companyRegion", c.get("subdivision") or "")
        self.region.setPlaceholderText(self.tr("e.g. BY (for public holidays)"))
        self.timezone = line(self, "companyTimezone", c.get("timezone", "Europe/Berlin"))
        self.postcodes = line(self, "companyPostcodes", ", ".join(c.get("postcode_ranges", [])))
        self.postcodes.setPlaceholderText(self.tr("80000-87999, 39"))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Country"), self.country)
        self.form.addRow(self.tr("Region"), self.region)
        self.form.addRow(self.tr("Time zone"), self.timezone)
        self.form.addRow(self.tr("Postcodes"), self.postcodes)

    def validate(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("Please enter the company's name.")
        if len(self.country.text().strip()) != 2:
            return self.tr("The country is a two-letter code such as DE or IT.")
        return None

    def values(self) -> Row:
        return {
            "name": self.name.text().strip(),
            "country": self.country.text().strip().upper(),
            "subdivision": self.region.text().strip().upper() or None,
            "timezone": self.timezone.text().strip(),
            "postcode_ranges": entries(self.postcodes.text()),
        }

    def request(self) -> Callable[[], Any]:
        admin, values, company_id = self.bridge.service.admin, self.values(), self.company.get("id")
        if company_id:
            return lambda: admin.update_company(company_id, values)
        return lambda: admin.create_company(values)


class IntakeKeyDialog(ServerDialog):
    """A new intake key: a label, the channel and, for a dealer page, its partner."""

    def __init__(self, bridge: QtDeskService, partners: list[Row], parent: QWidget | None = None) -> None:
        super().__init__("intake_key", self.tr("New intake key"), bridge, parent)
        self.label = line(self, "keyLabel")
        self.label.setPlaceholderText(self.tr("e.g. website contact form"))
        self.channel = QComboBox(self)
        self.channel.setObjectName("keyChannel")
        self.channel.addItem(self.tr("Web form"), "web")
        self.channel.addItem(self.tr("Dealer page"), "dealer_page")
        self.partner = QComboBox(self)
        self.partner.setObjectName("keyPartner")
        for p in partners:
            if p.get("active", True):
                self.partner.addItem(p["name"], p["id"])
        self.form.addRow(self.tr("Label"), self.label)
        self.form.addRow(self.tr("Channel"), self.channel)
        self.form.addRow(self.tr("Partner"), self.partner)
        self.channel.currentIndexChanged.connect(lambda _: self._channel_changed())
        self._channel_changed()

    def _channel_changed(self) -> None:
        self.partner.setEnabled(self.channel.currentData() == "dealer_page")

    def validate(self) -> str | None:
        if not self.label.text().strip():
            return self.tr("Please enter a label to tell the key apart.")
        if self.channel.currentData() == "dealer_page" and self.partner.currentData() is None:
            return self.tr("A dealer page's key belongs to a partner: choose one.")
        return None

    def request(self) -> Callable[[], Any]:
        admin = self.bridge.service.admin
        label, channel = self.label.text().strip(), str(self.channel.currentData())
        partner = str(self.partner.currentData()) if channel == "dealer_page" else None
        return lambda: admin.create_intake_key(label=label, channel=channel, partner_id=partner)


class KeySecretDialog(QDialog):
    """The new key's secret, shown this once (the server keeps only its hash), with *Copy*."""

    def __init__(self, secret: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_key_secret")
        self.setWindowTitle(self.tr("The new intake key"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr("Copy the key now: it is shown only this once. Give it to whoever runs the form."),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        row = QHBoxLayout()
        self.secret = QLineEdit(secret, self)
        self.secret.setObjectName("keySecret")
        self.secret.setReadOnly(True)
        self.copy = QPushButton(self.tr("Copy"), self)
        self.copy.setObjectName("copySecret")
        self.copy.clicked.connect(self._copy)
        row.addWidget(self.secret, 1)
        row.addWidget(self.copy)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.secret.text())
        self.copy.setText(self.tr("Copied"))
