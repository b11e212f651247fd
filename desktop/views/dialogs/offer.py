"""Offer an enquiry to a partner: the routing chain's partners first, then every other partner;
optionally a named person there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLineEdit, QListView, QWidget

from desktop.views.dialogs.base import FormDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class OfferDialog(FormDialog):
    def __init__(
        self,
        companies: list[dict[str, Any]],
        people: list[dict[str, Any]],
        suggested: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("offer_to_partner", self.tr("Offer to a partner"), parent)
        self.people = people
        model = QStandardItemModel(self)
        partners = [c for c in companies if c["kind"] == "partner" and c["active"]]
        order = {cid: i for i, cid in enumerate(suggested)}
        partners.sort(key=lambda c: (order.get(c["id"], len(order)), c["name"]))
        for company in partners:
            label = company["name"]
            if company["id"] in order:
                label = (
                    self.tr("%1 (suggested by routing, %2.)")
                    .replace("%1", label)
                    .replace("%2", str(order[company["id"]] + 1))
                )
            item = QStandardItem(label)
            item.setData(company["id"], ID_ROLE)
            item.setEditable(False)
            model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setObjectName("companySearch")
        self.search.setPlaceholderText(self.tr("Search partners…"))
        self.search.setAccessibleName(self.tr("Search partners"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView(self)
        self.list.setObjectName("companyList")
        self.list.setModel(self.proxy)
        self.person = QComboBox(self)
        self.person.setObjectName("partnerPerson")
        self.person.setAccessibleName(self.tr("Person at the partner"))
        self.list.selectionModel().currentChanged.connect(lambda *_: self._fill_people())
        self.form.addRow(self.search)
        self.form.addRow(self.list)
        self.form.addRow(self.tr("Person (optional)"), self.person)
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self._fill_people()
        # Wide enough for the longest partner line ("… (1. Vorschlag der automatischen Zuweisung)").
        needed = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 24
        margins = self.outer.contentsMargins()
        self.setMinimumWidth(min(760, max(420, needed + margins.left() + margins.right())))

    def _fill_people(self) -> None:
        self.person.clear()
        self.person.addItem(self.tr("anyone at the partner"), None)
        for p in self.people:
            if p["company_id"] == self.company_id and p["active"]:
                self.person.addItem(p["display_name"], p["id"])

    @property
    def company_id(self) -> str | None:
        index = self.list.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    @property
    def person_id(self) -> str | None:
        value = self.person.currentData()
        return str(value) if value else None

    def validate(self) -> str | None:
        return None if self.company_id else self.tr("Please choose a partner.")
