"""The survey contact list's model: light rows fetched page by page, filters and sorts in SQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.models.survey_queries import ContactQuery
from desktop.views.timefmt import short_datetime
from enquiries.i18n import QT_TRANSLATE_NOOP

BLOCK = 400
ID_ROLE = Qt.ItemDataRole.UserRole + 1
(R_ID, R_NAME, R_DONE, R_RATING, R_FOLLOW, R_AGENT, R_APPOINTMENT, R_MADE, R_PENDING) = range(9)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("SurveyColumn", "Contact person")),
    ("status", QT_TRANSLATE_NOOP("SurveyColumn", "Status")),
    ("rating", QT_TRANSLATE_NOOP("SurveyColumn", "Rating")),
    ("follow_up", QT_TRANSLATE_NOOP("SurveyColumn", "Follow-up")),
    ("agent", QT_TRANSLATE_NOOP("SurveyColumn", "Agent")),
    ("appointment", QT_TRANSLATE_NOOP("SurveyColumn", "Field service")),
)


class ContactSource(Protocol):
    def survey_page(self, query: ContactQuery, *, offset: int, limit: int) -> list[tuple[Any, ...]]: ...


class SurveyContactModel(QAbstractTableModel):
    def __init__(self, source: ContactSource, names: Callable[[str | None], str], parent: Any = None) -> None:
        super().__init__(parent)
        self.source = source
        self.names = names
        self.query: ContactQuery | None = None
        self.rows: list[tuple[Any, ...]] = []
        self.exhausted = True
        self._bold = QFont()
        self._bold.setBold(True)

    def set_query(self, query: ContactQuery) -> None:
        self.beginResetModel()
        self.query = query
        self.rows = self.source.survey_page(query, offset=0, limit=BLOCK)
        self.exhausted = len(self.rows) < BLOCK
        self.endResetModel()

    def refresh(self) -> None:
        if self.query is not None:
            wanted = max(BLOCK, len(self.rows))
            self.beginResetModel()
            self.rows = self.source.survey_page(self.query, offset=0, limit=wanted)
            self.exhausted = len(self.rows) < wanted
            self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or self.exhausted or self.query is None:
            return
        more = self.source.survey_page(self.query, offset=len(self.rows), limit=BLOCK)
        self.exhausted = len(more) < BLOCK
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("SurveyColumn", COLUMNS[section][1])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.query is not None and 0 <= column < len(COLUMNS):
            self.set_query(
                replace(self.query, sort=COLUMNS[column][0], descending=order == Qt.SortOrder.DescendingOrder)
            )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row[R_ID]
        if role == Qt.ItemDataRole.FontRole and row[R_PENDING]:
            return self._bold
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row[R_NAME]
        if column == 1:
            if row[R_DONE]:
                return QCoreApplication.translate("SurveyStatus", "done")
            if row[R_MADE]:
                return QCoreApplication.translate("SurveyStatus", "reached")
            return QCoreApplication.translate("SurveyStatus", "open")
        if column == 2:
            return row[R_RATING] or ""
        if column == 3:
            return short_datetime(row[R_FOLLOW]) if row[R_FOLLOW] and not row[R_DONE] else ""
        if column == 4:
            return self.names(row[R_AGENT])
        if column == 5:
            return row[R_APPOINTMENT] or ""
        return None

    def contact_id(self, row: int) -> str | None:
        return str(self.rows[row][R_ID]) if 0 <= row < len(self.rows) else None
