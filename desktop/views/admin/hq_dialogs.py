"""Head office's dialogs: a partner company, a route (with a live preview of the routing), an
intake key and its secret (shown once)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.failures import user_message
from desktop.qt_bridge import QtDeskService
from desktop.views.dialogs.server_form import ServerDialog, entries

Row = dict[str, Any]
PREVIEW_DELAY_MS = 300
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _line(parent: QWidget, name: str, text: str = "") -> QLineEdit:
    edit = QLineEdit(text, parent)
    edit.setObjectName(name)
    return edit


class CompanyDialog(ServerDialog):
    """A new partner company, or one to edit (`company`)."""

    def __init__(
        self, bridge: QtDeskService, company: Row | None = None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Edit partner company") if company else self.tr("New partner company")
        super().__init__("company", title, bridge, parent)
        self.company = company or {}
        c = self.company
        self.name = _line(self, "companyName", c.get("name", ""))
        self.country = _line(self, "companyCountry", c.get("country", ""))
        self.country.setPlaceholderText(self.tr("DE, IT, AT…"))
        self.region = _line(self, "companyRegion", c.get("subdivision") or "")
        self.region.setPlaceholderText(self.tr("e.g. BY (for public holidays)"))
        self.timezone = _line(self, "companyTimezone", c.get("timezone", "Europe/Berlin"))
        self.postcodes = _line(self, "companyPostcodes", ", ".join(c.get("postcode_ranges", [])))
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


class RouteDialog(ServerDialog):
    """A route of web enquiries: where it applies, the chain of partners, the person in charge.
    Below, "which chain would this enquiry get?" asks the server's routing (as saved) for a
    country, postcode and product, 300 ms after the last keystroke."""

    def __init__(
        self,
        bridge: QtDeskService,
        partners: list[Row],
        head_office: list[tuple[str, str]],
        route: Row | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit route") if route else self.tr("New route")
        super().__init__("route", title, bridge, parent)
        self.route = route or {}
        r = self.route
        self.name = _line(self, "routeName", r.get("name", ""))
        self.country = _line(self, "routeCountry", r.get("country", ""))
        codes = [*r.get("postcode_ranges", []), *r.get("postcode_prefixes", [])]
        self.postcodes = _line(self, "routePostcodes", ", ".join(codes))
        self.postcodes.setPlaceholderText(self.tr("80000-87999, 39"))
        self.products = _line(self, "routeProducts", ", ".join(r.get("product_interests", [])))
        self.keywords = _line(self, "routeKeywords", ", ".join(r.get("keywords", [])))
        self.chain = QListWidget(self)
        self.chain.setObjectName("routeChain")
        self.chain.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.chain.setMaximumHeight(110)
        chosen = [t["company_id"] for t in r.get("chain", []) if t.get("kind") == "partner"]
        ordered = sorted(partners, key=lambda p: chosen.index(p["id"]) if p["id"] in chosen else 99)
        for partner in ordered:
            if not partner.get("active", True):
                continue
            item = QListWidgetItem(partner["name"], self.chain)
            item.setData(ID_ROLE, partner["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if partner["id"] in chosen else Qt.CheckState.Unchecked)
        self.owner = QComboBox(self)
        self.owner.setObjectName("routeOwner")
        for person_id, name in head_office:
            self.owner.addItem(name, person_id)
        if r.get("owner_person_id"):
            self.owner.setCurrentIndex(max(0, self.owner.findData(r["owner_person_id"])))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Country"), self.country)
        self.form.addRow(self.tr("Postcodes"), self.postcodes)
        self.form.addRow(self.tr("Products"), self.products)
        self.form.addRow(self.tr("Keywords"), self.keywords)
        self.form.addRow(self.tr("Chain of partners"), self.chain)
        self.form.addRow(self.tr("Person in charge"), self.owner)
        # The preview: which chain would an enquiry with these facts get now?
        self.form.addRow(QLabel(self.tr("<b>Which chain would this enquiry get?</b>"), self))
        self.preview_country = _line(self, "previewCountry", r.get("country", ""))
        self.preview_postcode = _line(self, "previewPostcode")
        self.preview_product = _line(self, "previewProduct")
        self.form.addRow(self.tr("Country"), self.preview_country)
        self.form.addRow(self.tr("Postcode"), self.preview_postcode)
        self.form.addRow(self.tr("Product"), self.preview_product)
        self.preview = QLabel(self.tr("Enter a country and a postcode."), self)
        self.preview.setObjectName("routePreview")
        self.preview.setWordWrap(True)
        self.form.addRow(self.preview)
        self._asked = 0  # the newest preview asked for; older answers are dropped
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self._ask_preview)
        for edit in (self.preview_country, self.preview_postcode, self.preview_product):
            edit.textChanged.connect(lambda _text: self.timer.start())

    def _ask_preview(self) -> None:
        country, postcode = self.preview_country.text().strip().upper(), self.preview_postcode.text().strip()
        if len(country) != 2 or not postcode:
            self.preview.setText(self.tr("Enter a country and a postcode."))
            return
        self._asked += 1
        asked, admin, product = self._asked, self.bridge.service.admin, self.preview_product.text().strip()
        self.preview.setText(self.tr("Asking the server…"))
        self.bridge.in_background(
            lambda: admin.preview_route(country=country, postcode=postcode, product_interest=product),
            success=lambda answer: self._show_preview(asked, answer),
            failure=lambda error: self._preview_failed(asked, error),
        )

    def _show_preview(self, asked: int, answer: Row) -> None:
        if not isValid(self) or asked != self._asked:
            return
        if answer.get("spam"):
            self.preview.setText(self.tr("Taken for spam (%1).").replace("%1", str(answer.get("reason", ""))))
            return
        if not answer.get("route_id"):
            self.preview.setText(self.tr("No route: head office keeps it."))
            return
        steps = []
        for step in answer.get("chain", []):
            name = step.get("person_name") or step.get("company_name") or ""
            steps.append(name if step.get("usable", True) else self.tr("%1 (skipped)").replace("%1", name))
        self.preview.setText(
            self.tr("Route %1: %2")
            .replace("%1", str(answer.get("route_name") or ""))
            .replace("%2", " → ".join(steps))
        )

    def _preview_failed(self, asked: int, error: BaseException) -> None:
        if isValid(self) and asked == self._asked:
            self.preview.setText(user_message(error) or self.tr("The preview is not available."))

    def validate(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("Please enter the route's name.")
        if len(self.country.text().strip()) != 2:
            return self.tr("The country is a two-letter code such as DE or IT.")
        if not self.chosen_partners():
            return self.tr("Tick at least one partner for the chain.")
        if self.owner.currentData() is None:
            return self.tr("Choose the person in charge.")
        return None

    def chosen_partners(self) -> list[str]:
        out = []
        for row in range(self.chain.count()):
            item = self.chain.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(ID_ROLE)))
        return out

    def values(self) -> Row:
        codes = entries(self.postcodes.text())
        return {
            "name": self.name.text().strip(),
            "country": self.country.text().strip().upper(),
            "postcode_ranges": [c for c in codes if "-" in c],
            "postcode_prefixes": [c for c in codes if "-" not in c],
            "product_interests": entries(self.products.text()),
            "keywords": entries(self.keywords.text()),
            "chain": [{"kind": "partner", "company_id": c} for c in self.chosen_partners()],
            "owner_person_id": str(self.owner.currentData()),
        }

    def request(self) -> Callable[[], Any]:
        admin, values, route_id = self.bridge.service.admin, self.values(), self.route.get("id")
        if route_id:
            return lambda: admin.update_route(route_id, values)
        return lambda: admin.create_route(values)


class IntakeKeyDialog(ServerDialog):
    """A new intake key: a label, the channel and, for a dealer page, its partner."""

    def __init__(self, bridge: QtDeskService, partners: list[Row], parent: QWidget | None = None) -> None:
        super().__init__("intake_key", self.tr("New intake key"), bridge, parent)
        self.label = _line(self, "keyLabel")
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
