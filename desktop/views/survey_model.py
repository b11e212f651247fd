"""The survey contact list's model: light rows fetched page by page, filters and sorts in SQL."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.models.survey_queries import ContactQuery, after_row, on_top
from desktop.views.paged_model import BLOCK, PagedTableModel
from desktop.views.timefmt import short_datetime
from enquiries.i18n import QT_TRANSLATE_NOOP

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


class SurveyContactModel(PagedTableModel):
    columns = COLUMNS
    header_context = "SurveyColumn"

    def __init__(self, source: ContactSource, names: Callable[[str | None], str], parent: Any = None) -> None:
        super().__init__(parent)
        self.source = source
        self.names = names
        self.query: ContactQuery | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_query(self, query: ContactQuery) -> None:
        self.query = query
        self._load(BLOCK)

    def refresh(self) -> None:
        """Reload what is loaded (after a write or a sync), keeping as many rows as before, merged
        into the rows shown (no reset: the agent's selection and scroll position stay)."""
        if self.query is not None:
            wanted = max(BLOCK, len(self.rows))
            rows = self.source.survey_page(self.query, offset=0, limit=wanted)
            self._merge_rows(rows, exhausted=len(rows) < wanted)

    def _load(self, wanted: int) -> None:
        assert self.query is not None
        rows = self.source.survey_page(self.query, offset=0, limit=wanted)
        self._replace_rows(rows, exhausted=len(rows) < wanted)

    def _next_block(self) -> list[tuple[Any, ...]]:
        """The next block after the last row loaded: by position in the short list on top, by keyset
        (sort value, rowid) in the rest, so block 100 costs what block 2 costs."""
        assert self.query is not None  # fetchMore asks only once a query is set
        last = self.rows[-1] if self.rows else None
        if last is None or on_top(last):
            return self.source.survey_page(self.query, offset=len(self.rows), limit=BLOCK)
        return self.source.survey_page(after_row(self.query, last), offset=0, limit=BLOCK)

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
