"""The shared mechanics of the big lists: light rows, fetched a block at a time as the view
scrolls (`fetchMore`), columns declared once, sorting by asking for a new query."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

BLOCK = 400
Parent = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Subclasses set `columns` ((sort key, header source), ...) and `header_context`, and
    implement `set_query(query)` and `_next_block()` (the rows after those loaded)."""

    columns: tuple[tuple[str, str], ...] = ()
    header_context = ""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.query: Any = None
        self.rows: list[tuple[Any, ...]] = []
        self.exhausted = True

    def set_query(self, query: Any) -> None:
        raise NotImplementedError

    def _next_block(self) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _replace_rows(self, rows: list[tuple[Any, ...]], *, exhausted: bool) -> None:
        self.beginResetModel()
        self.rows = rows
        self.exhausted = exhausted
        self.endResetModel()

    def canFetchMore(self, parent: Parent = QModelIndex()) -> bool:
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent: Parent = QModelIndex()) -> None:
        if parent.isValid() or self.exhausted or self.query is None:
            return
        more = self._next_block()
        self.exhausted = len(more) < BLOCK
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def rowCount(self, parent: Parent = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Parent = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.columns):
            return QCoreApplication.translate(self.header_context, self.columns[section][1])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.query is not None and 0 <= column < len(self.columns):
            descending = order == Qt.SortOrder.DescendingOrder
            self.set_query(replace(self.query, sort=self.columns[column][0], descending=descending))
