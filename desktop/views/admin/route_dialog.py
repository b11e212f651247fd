"""The route dialog: where a route applies, its chain of partners and head-office people, the
head-office person in charge, and below a live "which chain would this enquiry get?" preview."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QWidget
from shiboken6 import isValid

from desktop.failures import user_message
from desktop.qt_bridge import QtDeskService
from desktop.views.admin.route_chain import ChainEditor, Choices
from desktop.views.dialogs.server_form import ServerDialog, entries, line

Row = dict[str, Any]
PREVIEW_DELAY_MS = 300


class RouteDialog(ServerDialog):
    """A route of web enquiries: where it applies, the ordered chain (partners are offered the
    enquiry in turn, a head-office person gets it as holder), the person in charge. Below, "which
    chain would this enquiry get?" asks the server's routing (as saved) for a country, postcode
    and product, 300 ms after the last keystroke."""

    def __init__(
        self,
        bridge: QtDeskService,
        choices: Choices,
        route: Row | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit route") if route else self.tr("New route")
        super().__init__("route", title, bridge, parent)
        self.setMinimumWidth(520)
        self.route = route or {}
        r = self.route
        self.name = line(self, "routeName", r.get("name", ""))
        self.country = line(self, "routeCountry", r.get("country", ""))
        codes = [*r.get("postcode_ranges", []), *r.get("postcode_prefixes", [])]
        self.postcodes = line(self, "routePostcodes", ", ".join(codes))
        self.postcodes.setPlaceholderText(self.tr("80000-87999, 39"))
        self.products = line(self, "routeProducts", ", ".join(r.get("product_interests", [])))
        self.keywords = line(self, "routeKeywords", ", ".join(r.get("keywords", [])))
        self.chain = ChainEditor(choices, r.get("chain", []), self)
        self.owner = QComboBox(self)
        self.owner.setObjectName("routeOwner")
        for person in choices.head_office():
            self.owner.addItem(person["display_name"], person["id"])
        owner_id = r.get("owner_person_id")
        if owner_id and self.owner.findData(owner_id) < 0:  # no longer active: shown, not replaced
            name = choices.person_name(owner_id) or "?"
            self.owner.insertItem(0, self.tr("%1 – no longer active").replace("%1", name), owner_id)
        if owner_id:
            self.owner.setCurrentIndex(max(0, self.owner.findData(owner_id)))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Country"), self.country)
        self.form.addRow(self.tr("Postcodes"), self.postcodes)
        self.form.addRow(self.tr("Products"), self.products)
        self.form.addRow(self.tr("Keywords"), self.keywords)
        self.form.addRow(self.tr("Chain"), self.chain)
        self.form.addRow(self.tr("Person in charge"), self.owner)
        # The preview: which chain would an enquiry with these facts get now?
        self.form.addRow(QLabel(self.tr("<b>Which chain would this enquiry get?</b>"), self))
        self.preview_country = line(self, "previewCountry", r.get("country", ""))
        self.preview_postcode = line(self, "previewPostcode")
        self.preview_product = line(self, "previewProduct")
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
        if not self.chain.steps():
            return self.tr("Add at least one partner or head-office person to the chain.")
        if self.owner.currentData() is None:
            return self.tr("Choose the person in charge.")
        return None

    def values(self) -> Row:
        codes = entries(self.postcodes.text())
        return {
            "name": self.name.text().strip(),
            "country": self.country.text().strip().upper(),
            "postcode_ranges": [c for c in codes if "-" in c],
            "postcode_prefixes": [c for c in codes if "-" not in c],
            "product_interests": entries(self.products.text()),
            "keywords": entries(self.keywords.text()),
            "chain": self.chain.steps(),
            "owner_person_id": str(self.owner.currentData()),
        }

    def request(self) -> Callable[[], Any]:
        admin, values, route_id = self.bridge.service.admin, self.values(), self.route.get("id")
        if route_id:
            return lambda: admin.update_route(route_id, values)
        return lambda: admin.create_route(values)
