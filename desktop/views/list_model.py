"""The enquiry list's model: light rows fetched page by page from the cache's SQL queries.

No item widgets and no loading of every row: `fetchMore` pulls the next block as the view
scrolls, filters and sorts are SQL (indexes, FTS5). Reads run on the UI thread on purpose: a
page is a few milliseconds of local SQLite, cheaper than any thread hop, and keeps typing in the
search box instantaneous. Writes never happen here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.models.queries import ListQuery
from desktop.views.labels import tr_label
from desktop.views.paged_model import BLOCK, PagedTableModel
from desktop.views.timefmt import countdown, short_datetime
from enquiries.i18n import QT_TRANSLATE_NOOP

ID_ROLE = Qt.ItemDataRole.UserRole + 1
OFFERED_ROLE = Qt.ItemDataRole.UserRole + 2
PENDING_ROLE = Qt.ItemDataRole.UserRole + 3

# Row tuple positions (see desktop.models.queries.LIST_COLUMNS).
(
    R_ROWID,
    R_ID,
    R_NUMBER,
    R_STATUS,
    R_ANON,
    R_OFFERED,
    R_CONTACT,
    R_POSTCODE,
    R_CITY,
    R_TYPE,
    R_PRODUCT,
    R_CHANNEL,
    R_RECEIVED,
    R_DEADLINE,
    R_HOLDER,
    R_COLLEAGUE,
    R_CHANGED,
    R_PENDING,
    R_ASSIGNED_BY,
) = range(19)

# (sort key in queries.SORTS, header) per column, in display order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", QT_TRANSLATE_NOOP("Column", "ID")),
    ("status", QT_TRANSLATE_NOOP("Column", "Status")),
    ("contact", QT_TRANSLATE_NOOP("Column", "Contact")),
    ("postcode", QT_TRANSLATE_NOOP("Column", "Postcode")),
    ("city", QT_TRANSLATE_NOOP("Column", "City")),
    ("type", QT_TRANSLATE_NOOP("Column", "Type")),
    ("product", QT_TRANSLATE_NOOP("Column", "Product")),
    ("channel", QT_TRANSLATE_NOOP("Column", "Channel")),
    ("received", QT_TRANSLATE_NOOP("Column", "Received")),
    ("deadline", QT_TRANSLATE_NOOP("Column", "Deadline")),
    ("holder", QT_TRANSLATE_NOOP("Column", "Holder")),
    ("colleague", QT_TRANSLATE_NOOP("Column", "Colleague")),
    ("changed", QT_TRANSLATE_NOOP("Column", "Changed")),
)
(
    C_NUMBER,
    C_STATUS,
    C_CONTACT,
    C_POSTCODE,
    C_CITY,
    C_TYPE,
    C_PRODUCT,
    C_CHANNEL,
    C_RECEIVED,
    C_DEADLINE,
    C_HOLDER,
    C_COLLEAGUE,
    C_CHANGED,
) = range(len(COLUMNS))
OFFER_BACKGROUND = QColor("#0b2a5b")
OFFER_FOREGROUND = QColor("#ffffff")


class ListSource(Protocol):
    def list_offers(self, query: ListQuery) -> list[tuple[Any, ...]]: ...

    def list_rest(
        self, query: ListQuery, *, limit: int, after: tuple[Any, ...] | None = None
    ) -> list[tuple[Any, ...]]: ...


class EnquiryListModel(PagedTableModel):
    columns = COLUMNS
    header_context = "Column"

    def __init__(
        self,
        source: ListSource,
        names: Callable[[str | None], str],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.names = names
        self.clock = clock
        self.query: ListQuery = ListQuery()
        self.loaded = False
        self.offers = 0  # how many of `rows` are the offers on top
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- loading ------------------------------------------------------------------------------
    def set_query(self, query: ListQuery) -> None:
        if self.loaded and query == self.query:
            return  # e.g. the header's initial sort indicator asking for what is already shown
        self._load(query, BLOCK)

    def refresh(self) -> None:
        """Reload what is loaded (after a write or a sync), keeping as many rows as before."""
        self._load(self.query, max(BLOCK, len(self.rows) - self.offers))

    def _load(self, query: ListQuery, wanted: int) -> None:
        self.query = query
        top = self.source.list_offers(query)
        rest = self.source.list_rest(query, limit=wanted)
        self.offers = len(top)
        self.loaded = True
        self._replace_rows(top + rest, exhausted=len(rest) < wanted)

    def _next_block(self) -> list[tuple[Any, ...]]:
        last = self.rows[-1] if len(self.rows) > self.offers else None
        return self.source.list_rest(self.query, limit=BLOCK, after=last)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        offered = bool(row[R_OFFERED])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == ID_ROLE:
            return row[R_ID]
        if role == OFFERED_ROLE:
            return offered
        if role == PENDING_ROLE:
            return bool(row[R_PENDING])
        if role == Qt.ItemDataRole.BackgroundRole and offered:
            return QBrush(OFFER_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and offered:
            return QBrush(OFFER_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole:
            if row[R_CHANGED] or offered:
                return self._bold
            if row[R_PENDING]:
                return self._italic
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == C_CHANGED and row[R_CHANGED]:
            return self.tr("Changed by someone else: %s") % row[R_CHANGED].replace(",", ", ")
        return None

    def _display(self, row: tuple[Any, ...], column: int) -> str:
        if column == C_NUMBER:
            return str(row[R_NUMBER] or self.tr("(new)"))
        if column == C_STATUS:
            return tr_label("Status", row[R_STATUS]) + (" ⟳" if row[R_PENDING] else "")
        if column == C_CONTACT:
            return self.tr("(anonymised)") if row[R_ANON] else str(row[R_CONTACT] or "")
        if column == C_POSTCODE:
            return str(row[R_POSTCODE] or "")
        if column == C_CITY:
            return str(row[R_CITY] or "")
        if column == C_TYPE:
            return tr_label("Type", row[R_TYPE])
        if column == C_PRODUCT:
            return str(row[R_PRODUCT] or "")
        if column == C_CHANNEL:
            return tr_label("Channel", row[R_CHANNEL])
        if column == C_RECEIVED:
            return short_datetime(row[R_RECEIVED])
        if column == C_DEADLINE:
            return countdown(row[R_DEADLINE], self.clock()) if row[R_STATUS] == "offered" else ""
        if column == C_HOLDER:
            return self.names(row[R_HOLDER])
        if column == C_COLLEAGUE:
            return self.names(row[R_COLLEAGUE])
        if column == C_CHANGED:
            return "*" if row[R_CHANGED] else ""
        return ""

    def enquiry_id(self, row: int) -> str | None:
        return str(self.rows[row][R_ID]) if 0 <= row < len(self.rows) else None

    def row_of(self, enquiry_id: str) -> int:
        for i, row in enumerate(self.rows):
            if row[R_ID] == enquiry_id:
                return i
        return -1

    def tick(self) -> None:
        """Countdowns move on: repaint the deadline column."""
        if self.rows:
            self.dataChanged.emit(self.index(0, C_DEADLINE), self.index(len(self.rows) - 1, C_DEADLINE))
