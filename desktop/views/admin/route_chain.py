"""The chain of a route, as its dialog edits it: partners (asked in turn, as offers) and
head-office people (who get the enquiry as its holder), in order.

`Choices` is whom a route may name (the server's partner and people lists); `ChainEditor` is the
ordered list with *Add* from one list of both kinds, *Move up* / *Move down* (or drag) and
*Remove*. Steps are the server's targets: `{"kind": "partner", "company_id", "person_id"?}` or
`{"kind": "person", "person_id"}` (central/api/admin_routes.py, TargetIn).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from enquiries.i18n import QT_TRANSLATE_NOOP

Row = dict[str, Any]
STEP_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = "ChainEditor"  # the editor's own tr() context
PARTNER = QT_TRANSLATE_NOOP("ChainEditor", "%1 (partner)")
PARTNER_PERSON = QT_TRANSLATE_NOOP("ChainEditor", "%1 (partner: %2)")
HEAD_OFFICE = QT_TRANSLATE_NOOP("ChainEditor", "%1 (head office)")
INACTIVE = QT_TRANSLATE_NOOP("ChainEditor", "%1 – no longer active")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def step_key(step: Row) -> tuple[str, str]:
    """What may appear once in a chain (the server's rule): a partner, or a head-office person."""
    if step.get("kind") == "partner":
        return ("partner", str(step.get("company_id") or ""))
    return ("person", str(step.get("person_id") or ""))


@dataclass(frozen=True)
class Choices:
    """Whom a route may name: the partner companies and the people, as the server lists them
    (`/admin/companies`, `/admin/people`: inactive ones too, to name them in old chains)."""

    partners: list[Row] = field(default_factory=list)
    people: list[Row] = field(default_factory=list)

    def head_office(self, *, active_only: bool = True) -> list[Row]:
        return [
            p
            for p in self.people
            if p.get("company_kind") == "head_office" and (p.get("active", True) or not active_only)
        ]

    def _partner(self, company_id: str | None) -> Row | None:
        return next((p for p in self.partners if p["id"] == company_id), None)

    def _person(self, person_id: str | None) -> Row | None:
        return next((p for p in self.people if p["id"] == person_id), None)

    def person_name(self, person_id: str | None) -> str:
        person = self._person(person_id)
        return str(person["display_name"]) if person else ""

    def name(self, step: Row) -> str:
        """The step's plain name (the routes list's chain column)."""
        if step.get("kind") == "partner":
            partner = self._partner(step.get("company_id"))
            return str(partner["name"]) if partner else "?"
        return self.person_name(step.get("person_id")) or "?"

    def label(self, step: Row) -> str:
        """The step as the chain shows it: whose it is, and whether it is still active."""
        if step.get("kind") == "partner":
            partner = self._partner(step.get("company_id"))
            named = self._person(step.get("person_id")) if step.get("person_id") else None
            text = (
                _tr(PARTNER_PERSON).replace("%2", str(named["display_name"])) if named else _tr(PARTNER)
            ).replace("%1", self.name(step))
            active = bool(partner and partner.get("active", True) and (named is None or named.get("active")))
        else:
            person = self._person(step.get("person_id"))
            text = _tr(HEAD_OFFICE).replace("%1", self.name(step))
            active = bool(person and person.get("active", True))
        return text if active else _tr(INACTIVE).replace("%1", text)

    def candidates(self) -> list[Row]:
        """Every step a chain may gain: active partners, then active head-office people."""
        partners = [
            {"kind": "partner", "company_id": p["id"]}
            for p in sorted(self.partners, key=lambda p: str(p["name"]).casefold())
            if p.get("active", True)
        ]
        people = [
            {"kind": "person", "person_id": p["id"]}
            for p in sorted(self.head_office(), key=lambda p: str(p["display_name"]).casefold())
        ]
        return partners + people


class ChainEditor(QWidget):
    """The ordered chain with its buttons; `changed` after every add, move and removal."""

    changed = Signal()

    def __init__(self, choices: Choices, chain: Iterable[Row] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routeChainEditor")
        self.choices = choices
        self.list = QListWidget(self)
        self.list.setObjectName("routeChain")
        self.list.setAccessibleName(self.tr("Chain"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setMaximumHeight(120)
        self.candidate = QComboBox(self)
        self.candidate.setObjectName("routeChainCandidate")
        self.candidate.setAccessibleName(self.tr("Partner or head-office person to add"))
        self.add_button = self._button("routeChainAdd", self.tr("Add"), self._add)
        self.up_button = self._button("routeChainUp", self.tr("Move up"), lambda: self._move(-1))
        self.down_button = self._button("routeChainDown", self.tr("Move down"), lambda: self._move(1))
        self.remove_button = self._button("routeChainRemove", self.tr("Remove"), self._remove)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.list, 0, 0, 4, 1)
        grid.addWidget(self.up_button, 0, 1)
        grid.addWidget(self.down_button, 1, 1)
        grid.addWidget(self.remove_button, 2, 1)
        grid.setRowStretch(3, 1)
        grid.addWidget(self.candidate, 4, 0)
        grid.addWidget(self.add_button, 4, 1)
        grid.setColumnStretch(0, 1)
        for step in chain:
            self._append(step)
        self.list.currentRowChanged.connect(lambda _row: self._refresh())
        self.list.model().rowsMoved.connect(lambda *_: self._moved())
        self._refresh()

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    def steps(self) -> list[Row]:
        """The chain in order, as the server takes it."""
        out = []
        for row in range(self.list.count()):
            step = dict(self.list.item(row).data(STEP_ROLE))
            if step["kind"] == "partner":
                target = {"kind": "partner", "company_id": step["company_id"]}
                if step.get("person_id"):
                    target["person_id"] = step["person_id"]
            else:
                target = {"kind": "person", "person_id": step["person_id"]}
            out.append(target)
        return out

    def _append(self, step: Row) -> QListWidgetItem:
        item = QListWidgetItem(self.choices.label(step), self.list)
        item.setData(STEP_ROLE, dict(step))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        return item

    def _refresh(self) -> None:
        """Offer what is not in the chain yet; enable the buttons that fit the selected step."""
        taken = {step_key(s) for s in self.steps()}
        self.candidate.clear()
        for step in self.choices.candidates():
            if step_key(step) not in taken:
                self.candidate.addItem(self.choices.label(step), step)
        self.add_button.setEnabled(self.candidate.count() > 0)
        self.candidate.setEnabled(self.candidate.count() > 0)
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
        self.remove_button.setEnabled(row >= 0)

    def _add(self) -> None:
        step = self.candidate.currentData()
        if step is None:
            return
        self._append(step)
        self.list.setCurrentRow(self.list.count() - 1)
        self._refresh()
        self.changed.emit()

    def _move(self, by: int) -> None:
        row = self.list.currentRow()
        to = row + by
        if row < 0 or not 0 <= to < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(to, item)
        self.list.setCurrentRow(to)
        self._refresh()
        self.changed.emit()

    def _moved(self) -> None:  # dragged
        self._refresh()
        self.changed.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._refresh()
        self.changed.emit()
