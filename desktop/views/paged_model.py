"""The shared mechanics of the big lists: light rows, fetched a block at a time as the view
scrolls (`fetchMore`), columns declared once, sorting by asking for a new query."""

from __future__ import annotations

from dataclasses import replace
from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

BLOCK = 400
MERGE_LIMIT = 5000  # loaded rows above which a reload is one reset rather than a row-by-row merge
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

    def _merge_rows(self, rows: list[tuple[Any, ...]], *, exhausted: bool) -> None:
        """Replace the loaded rows by `rows` (the same query again, after a change) as inserts,
        removals and changed rows instead of a reset: the view keeps its selection and scroll
        position, and repaints only rows that differ. Rows are identified by their first value."""
        if max(len(rows), len(self.rows)) > MERGE_LIMIT:
            self._replace_rows(rows, exhausted=exhausted)
            return
        old = [row[0] for row in self.rows]
        new = [row[0] for row in rows]
        last = self.columnCount() - 1
        steps = SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
        for tag, i1, i2, j1, j2 in reversed(steps):  # from the end: earlier positions stay valid
            if tag == "equal":
                for k in range(i2 - i1):
                    if self.rows[i1 + k] != rows[j1 + k]:
                        self.rows[i1 + k] = rows[j1 + k]
                        self.dataChanged.emit(self.index(i1 + k, 0), self.index(i1 + k, last))
                continue
            if i2 > i1:  # "delete", or the old part of "replace"
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del self.rows[i1:i2]
                self.endRemoveRows()
            if j2 > j1:  # "insert", or the new part of "replace"
                self.beginInsertRows(QModelIndex(), i1, i1 + j2 - j1 - 1)
                self.rows[i1:i1] = rows[j1:j2]
                self.endInsertRows()
        self.exhausted = exhausted

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
