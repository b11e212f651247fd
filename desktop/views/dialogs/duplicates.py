"""After accepting: is this customer already one of our contacts? Candidates with why they match;
link to one, or create a new contact."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QWidget

from desktop.views.dialogs.base import FormDialog
from enquiries.duplicates import ContactFacts, DuplicateCandidate, find_duplicates

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def reason_text(reason: str) -> str:
    return {
        "email": QCoreApplication.translate("Duplicates", "same e-mail"),
        "phone": QCoreApplication.translate("Duplicates", "same phone"),
        "name_postcode": QCoreApplication.translate("Duplicates", "similar name, same postcode"),
    }.get(reason, reason)


def candidates_for(data: dict[str, Any], contacts: list[dict[str, Any]]) -> list[DuplicateCandidate]:
    c = data.get("contact") or {}
    new = ContactFacts(
        id="",
        first_name=c.get("first_name", ""),
        last_name=c.get("last_name", ""),
        email=c.get("email", ""),
        phone=c.get("phone", ""),
        postcode=c.get("postcode", ""),
        country=c.get("country", ""),
    )
    existing = [
        ContactFacts(
            id=r["id"],
            first_name=r["first_name"] or "",
            last_name=r["last_name"] or "",
            email=r["email"] or "",
            phone=r["phone"] or "",
            postcode=r["postcode"] or "",
            country=r["country"] or "",
        )
        for r in contacts
    ]
    return find_duplicates(new, existing)


class DuplicateDialog(FormDialog):
    def __init__(
        self, data: dict[str, Any], contacts: list[dict[str, Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__("link_contact", self.tr("Check for duplicates"), parent)
        self.create_new = False
        by_id = {r["id"]: r for r in contacts}
        self.candidates = candidates_for(data, contacts)
        model = QStandardItemModel(self)
        matches = self.tr("matches:")  # outside the f-string: lupdate does not look inside f-strings
        for cand in self.candidates:
            row = by_id[cand.contact_id]
            why = ", ".join(reason_text(r) for r in cand.reasons)
            item = QStandardItem(
                f"{row['last_name']}, {row['first_name']} · {row['email']} · {row['postcode']} "
                f"{row['city']}\n    {matches} {why}"
            )
            item.setData(cand.contact_id, ID_ROLE)
            item.setEditable(False)
            model.appendRow(item)
        contact = data.get("contact") or {}
        intro = (
            self.tr("%1 %2 may already be one of your contacts.")
            .replace("%1", contact.get("first_name", ""))
            .replace("%2", contact.get("last_name", ""))
        )
        if not self.candidates:
            intro = self.tr("No existing contact matches this enquiry.")
        self.form.addRow(QLabel(intro))
        self.list = QListView(self)
        self.list.setObjectName("duplicateList")
        self.list.setSpacing(3)  # the two-line candidates stay apart
        self.list.setModel(model)
        self.list.setVisible(bool(self.candidates))
        self.form.addRow(self.list)
        if self.candidates:
            self.list.setCurrentIndex(model.index(0, 0))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Link to the selected contact"))
        self.buttons.button(self.buttons.StandardButton.Ok).setVisible(bool(self.candidates))
        self.new_button = QPushButton(self.tr("Create a new contact"), self)
        self.new_button.setObjectName("createContact")
        self.buttons.addButton(self.new_button, self.buttons.ButtonRole.ActionRole)
        self.new_button.clicked.connect(self._new)

    def _new(self) -> None:
        self.create_new = True
        self.accept()

    @property
    def contact_id(self) -> str | None:
        index = self.list.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def validate(self) -> str | None:
        return None if self.contact_id else self.tr("Please choose a contact or create a new one.")
