"""New enquiry and contact data: the same form, empty or filled."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop.views.detail_pane import FIELDS, field_label
from desktop.views.dialogs.base import FormDialog
from desktop.views.labels import TYPE, tr_label

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class ContactDialog(FormDialog):
    def __init__(
        self, name: str, title: str, data: dict[str, Any] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(name, title, parent)
        data = data or {}
        contact = data.get("contact") or {}
        self.type = QComboBox(self)
        self.type.setObjectName("enquiryType")
        for code in TYPE:
            self.type.addItem(tr_label("Type", code), code)
        self.type.setCurrentIndex(max(0, self.type.findData(data.get("type", "offer"))))
        self.product = QLineEdit(data.get("product_interest", ""), self)
        self.product.setObjectName("productInterest")
        self.form.addRow(field_label("type"), self.type)
        self.form.addRow(field_label("product_interest"), self.product)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key, _ in FIELDS:
            widget: QLineEdit | QPlainTextEdit
            if key == "message":
                widget = QPlainTextEdit(contact.get(key, ""), self)
                widget.setMaximumHeight(90)
            else:
                widget = QLineEdit(contact.get(key, ""), self)
            widget.setObjectName(f"field_{key}")
            widget.setAccessibleName(field_label(key))
            self.fields[key] = widget
            self.form.addRow(field_label(key), widget)
        self.original = {
            **{k: contact.get(k, "") for k, _ in FIELDS},
            "type": data.get("type", "offer"),
            "product_interest": data.get("product_interest", ""),
        }

    def values(self) -> dict[str, str]:
        out = {
            k: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()).strip()
            for k, w in self.fields.items()
        }
        out["country"] = out["country"].upper()[:2]
        out["type"] = str(self.type.currentData())
        out["product_interest"] = self.product.text().strip()
        return out

    def changes(self) -> dict[str, str]:
        return {k: v for k, v in self.values().items() if v != self.original.get(k, "")}

    def validate(self) -> str | None:
        values = self.values()
        if not values["last_name"] and not values["email"] and not values["phone"]:
            return self.tr("Please enter at least a last name, an e-mail address or a phone number.")
        if values["email"] and not EMAIL.match(values["email"]):
            return self.tr("Please enter a valid e-mail address.")
        if values["country"] and len(values["country"]) != 2:
            return self.tr("The country is a two-letter code such as DE, IT or AT.")
        return None
