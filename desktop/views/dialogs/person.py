"""Choose a person (assign to a colleague), with a search box over the active colleagues."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QListView, QWidget

from desktop.views.dialogs.base import FormDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def people_model(people: list[tuple[str, str]], parent: QWidget) -> QStandardItemModel:
    model = QStandardItemModel(parent)
    for person_id, name in people:
        item = QStandardItem(name)
        item.setData(person_id, ID_ROLE)
        item.setEditable(False)
        model.appendRow(item)
    return model


class PersonDialog(FormDialog):
    def __init__(
        self, name: str, title: str, people: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(name, title, parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("personSearch")
        self.search.setPlaceholderText(self.tr("Search by name…"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(people_model(people, self))
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView(self)
        self.list.setObjectName("personList")
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("People"))
        self.search.textChanged.connect(self._filter)
        self.list.doubleClicked.connect(lambda _: self._try_accept())
        self.form.addRow(self.search)
        self.form.addRow(self.list)
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    @property
    def person_id(self) -> str | None:
        index = self.list.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def validate(self) -> str | None:
        return None if self.person_id else self.tr("Please choose a person.")
