"""The enquiry list's model: light rows fetched page by page from the cache's SQL queries.

No item widgets and no loading of every row: `fetchMore` pulls the next block as the view
scrolls, filters and sorts are SQL (indexes, FTS5). Reads run on the UI thread on purpose: a
page is a few milliseconds of local SQLite, cheaper than any thread hop, and keeps typing in the
search box instantaneous. Writes never happen here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.models.queries import SORT_POSITION, ListQuery
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
BULK = 200  # changed ids above which `update` reloads the loaded rows instead
SHOWN_CACHE = 5000  # rows whose display strings are kept (a few screens' worth many times over)
DISPLAY = Qt.ItemDataRole.DisplayRole.value
FONT = Qt.ItemDataRole.FontRole.value
BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
OFFER_BACKGROUND = QColor("#0b2a5b")
OFFER_FOREGROUND = QColor("#ffffff")


def _nullable(value: Any) -> tuple[int, Any]:
    return (0, "") if value is None else (1, value)  # SQLite orders NULL first


def _offer_key(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return (_nullable(row[R_DEADLINE]), row[R_ROWID])


def _sort_key(sort: str) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    position = SORT_POSITION.get(sort, SORT_POSITION["received"])
    return lambda row: (_nullable(row[position]), row[R_ROWID])


class ListSource(Protocol):
    def list_offers(self, query: ListQuery) -> list[tuple[Any, ...]]: ...

    def list_rows(self, query: ListQuery, ids: list[str]) -> list[tuple[Any, ...]]: ...

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
        self._offer_background = QBrush(OFFER_BACKGROUND)
        self._offer_foreground = QBrush(OFFER_FOREGROUND)
        self._shown: dict[int, tuple[tuple[Any, ...], tuple[str, ...]]] = {}  # id(row) -> strings
        # Alternate rows are striped by the model, not by the view's alternatingRowColors: the
        # view turns `stripes` when rows come or go above the screen, so a row keeps its stripe.
        self.stripe: QBrush | None = None
        self.stripes = 0

    # --- loading ------------------------------------------------------------------------------
    def set_query(self, query: ListQuery) -> None:
        if self.loaded and query == self.query:
            return  # e.g. the header's initial sort indicator asking for what is already shown
        self._load(query, BLOCK)

    def refresh(self) -> None:
        """Reload what is loaded (after a write or a sync), keeping as many rows as before."""
        self._load(self.query, max(BLOCK, len(self.rows) - self.offers))

    def update(self, ids: Iterable[str]) -> None:
        """Only the rows of `ids`: changed in place, moved, inserted where the order puts them (a
        row beyond the loaded block comes later with `fetchMore`) or removed. No model reset, so
        the view keeps its selection and scroll position while another client pushes."""
        if not self.loaded:
            return
        wanted = sorted(set(ids))
        if len(wanted) > BULK:
            self.refresh()  # a bulk change (a first sync, a big import): one reload is cheaper
            return
        found = {row[R_ID]: row for row in self.source.list_rows(self.query, wanted)}
        for enquiry_id in wanted:
            self._update_one(enquiry_id, found.get(enquiry_id))

    def _update_one(self, enquiry_id: str, new: tuple[Any, ...] | None) -> None:
        old = self.row_of(enquiry_id)
        place = -1 if new is None else self._place(new, skip=old)
        if new is not None and old >= 0 and place == old:
            self.rows[old] = new
            self.dataChanged.emit(self.index(old, 0), self.index(old, self.columnCount() - 1))
        elif new is not None and old >= 0 and place >= 0:
            # Moved (its sort value changed): a move keeps the view's selection on the row.
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), place if place < old else place + 1)
            del self.rows[old]
            self.rows.insert(place, new)
            self._recount()
            self.endMoveRows()
        elif old >= 0:
            self.beginRemoveRows(QModelIndex(), old, old)
            del self.rows[old]
            self._recount()
            self.endRemoveRows()
        elif new is not None and place >= 0:
            self.beginInsertRows(QModelIndex(), place, place)
            self.rows.insert(place, new)
            self._recount()
            self.endInsertRows()
        # else: not listed, or beyond the loaded block (fetchMore brings it in its turn)

    def _recount(self) -> None:
        self.offers = sum(1 for row in self.rows[: self.offers + 1] if row[R_OFFERED])

    def _place(self, row: tuple[Any, ...], *, skip: int = -1) -> int:
        """Where `row` goes among the loaded rows without the one at `skip`, in the queries' order
        (offers by deadline on top, then the chosen sort); -1 when that is after the last loaded
        row of a list not loaded to its end."""
        rows = self.rows if skip < 0 else self.rows[:skip] + self.rows[skip + 1 :]
        offers = self.offers - (1 if 0 <= skip < self.offers else 0)
        key: Callable[[tuple[Any, ...]], tuple[Any, ...]]
        if row[R_OFFERED]:
            section, key, descending = range(0, offers), _offer_key, False
        else:
            section = range(offers, len(rows))
            key, descending = _sort_key(self.query.sort), self.query.descending
        mine = key(row)
        for i in section:
            other = key(rows[i])
            if (other < mine) if descending else (other > mine):
                return i
        if not row[R_OFFERED] and not self.exhausted:
            return -1
        return section.stop

    def names_changed(self) -> None:
        """People were renamed: repaint the name columns (no reload)."""
        self._shown.clear()
        if self.rows:
            for column in (C_HOLDER, C_COLLEAGUE):
                self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def _load(self, query: ListQuery, wanted: int) -> None:
        self.query = query
        top = self.source.list_offers(query)
        rest = self.source.list_rest(query, limit=wanted)
        self.offers = len(top)
        self.loaded = True
        self._shown.clear()
        self._replace_rows(top + rest, exhausted=len(rest) < wanted)

    def _next_block(self) -> list[tuple[Any, ...]]:
        last = self.rows[-1] if len(self.rows) > self.offers else None
        return self.source.list_rest(self.query, limit=BLOCK, after=last)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        # Called ~7 times per visible cell and paint (Qt asks font, alignment, colours, check
        # state, decoration, text and background): the common answers come from the row's cache.
        r = index.row()
        if not 0 <= r < len(self.rows):
            return None  # an invalid index has row -1
        row = self.rows[r]
        if role == DISPLAY:
            column = index.column()
            if column == C_DEADLINE:  # the countdown moves with the clock: never cached
                return countdown(row[R_DEADLINE], self.clock()) if row[R_STATUS] == "offered" else ""
            return self._texts(row)[column]
        if role == FONT:
            if row[R_CHANGED] or row[R_OFFERED]:
                return self._bold
            return self._italic if row[R_PENDING] else None
        if role == BACKGROUND:
            if row[R_OFFERED]:
                return self._offer_background
            return self.stripe if (r + self.stripes) & 1 else None
        if role == FOREGROUND:
            return self._offer_foreground if row[R_OFFERED] else None
        if role == ID_ROLE:
            return row[R_ID]
        if role == OFFERED_ROLE:
            return bool(row[R_OFFERED])
        if role == PENDING_ROLE:
            return bool(row[R_PENDING])
        if role == TOOLTIP and index.column() == C_CHANGED and row[R_CHANGED]:
            return self.tr("Changed by someone else: %s") % row[R_CHANGED].replace(",", ", ")
        return None

    def _texts(self, row: tuple[Any, ...]) -> tuple[str, ...]:
        """The row's display strings, made once per row version (a changed row is a new tuple)."""
        cached = self._shown.get(id(row))
        if cached is not None and cached[0] is row:
            return cached[1]
        if len(self._shown) >= SHOWN_CACHE:
            self._shown.clear()  # rows scrolled past long ago; cheap to make again
        texts = tuple(self._display(row, column) for column in range(len(COLUMNS)))
        self._shown[id(row)] = (row, texts)
        return texts

    def forget_texts(self) -> None:
        """Names or the language changed: make every row's strings anew and repaint them."""
        self._shown.clear()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

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
