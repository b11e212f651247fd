"""The Reports area's table: the server's pivot (`SummaryOut`) with its row and column totals.

With a column dimension the cells show one chosen measure (rows x columns, a total column and a
total row); without one, each row shows every measure. Totals are the server's (medians do not
add up), never sums made here. With a comparison, the total column is followed by the previous
range's figure and the change, and the rows x measures view gets a row for the previous range.
Each cell knows the filters that select the enquiries behind it (`DRILL_ROLE`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.views.reports import vocabulary as v

DRILL_ROLE = Qt.ItemDataRole.UserRole + 1
Json = dict[str, Any]
Index = QModelIndex | QPersistentModelIndex


def drill_filters(dimension: str | None, member: Json | None) -> dict[str, str]:
    """The report filters that narrow to `member` of `dimension` (a period by its days)."""
    if dimension is None or member is None:
        return {}
    if dimension == "period":
        return {"from": str(member.get("first_day") or ""), "to": str(member.get("last_day") or "")}
    return {dimension: str(member.get("key", ""))}


class PivotModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.summary: Json = {}
        self.measure = "received"
        self._rows: list[Json | None] = []  # members, None = the total row
        self._columns: list[Json | None] = []  # members (or measure keys), None = the total column
        self._cells: dict[tuple[str | None, str | None], Json] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # --- what is shown ----------------------------------------------------------------------------
    def show(self, summary: Json, measure: str | None = None) -> None:
        self.beginResetModel()
        self.summary = summary
        if measure:
            self.measure = measure
        self._rows = [*summary.get("rows", []), None]
        cells: dict[tuple[str | None, str | None], Json] = {}
        for cell in summary.get("cells", []):
            cells[(_key(cell.get("row")), _key(cell.get("column")))] = cell["measures"]
        for cell in summary.get("row_totals", []):
            cells[(_key(cell.get("row")), None)] = cell["measures"]
        for cell in summary.get("column_totals", []):
            cells[(None, _key(cell.get("column")))] = cell["measures"]
        cells[(None, None)] = summary.get("total", {})
        self._cells = cells
        if self.by_columns:
            self._columns = [*summary.get("columns", []), None]
        else:
            self._columns = [{"key": key} for key in v.MEASURES]
            if summary.get("compare"):
                self._rows.append({"key": "\x00previous"})
        self.endResetModel()

    def set_measure(self, measure: str) -> None:
        if measure != self.measure:
            self.measure = measure
            if self.by_columns and self.rowCount():
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
                )
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    @property
    def by_columns(self) -> bool:
        return bool(self.summary.get("columns_dimension"))

    @property
    def comparing(self) -> bool:
        return self.by_columns and bool(self.summary.get("compare"))

    def measures_at(self, index: Index) -> Json | None:
        """All measures of the cell at `index` (the row's in the rows x measures view)."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if row is not None and row.get("key") == "\x00previous":
            return dict((self.summary.get("compare") or {}).get("total") or {})
        if self.by_columns and index.column() < len(self._columns):
            return self._cells.get((_key(row), _key(self._columns[index.column()])))
        return self._cells.get((_key(row), None))

    def drill(self, index: Index) -> dict[str, str] | None:
        """The filters behind the cell at `index` (merged into the report's own), or None for the
        comparison's cells, which are another range."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if row is not None and row.get("key") == "\x00previous":
            return None
        if self.by_columns and index.column() >= len(self._columns):
            return None
        found = drill_filters(self.summary.get("rows_dimension"), row)
        if self.by_columns:
            found |= drill_filters(self.summary.get("columns_dimension"), self._columns[index.column()])
        return found

    # --- Qt ---------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._columns) + (2 if self.comparing else 0)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self._rows):
                return None
            row = self._rows[section]
            if row is not None and row.get("key") == "\x00previous":
                return v.tr(v.PREVIOUS_RANGE)
            return v.member_label(self.summary.get("rows_dimension"), row)
        if self.by_columns:
            if section < len(self._columns):
                return v.member_label(self.summary.get("columns_dimension"), self._columns[section])
            return v.tr(v.PREVIOUS_RANGE) if section == len(self._columns) else self.tr("Change")
        if 0 <= section < len(self._columns):
            return v.measure_label(str((self._columns[section] or {}).get("key")))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._is_total(index):
            return self._bold
        if role == DRILL_ROLE:
            return self.drill(index)
        return None

    def _is_total(self, index: Index) -> bool:
        row = self._rows[index.row()]
        return row is None or (self.by_columns and index.column() >= len(self._columns) - 1)

    def _text(self, index: Index) -> str:
        measure = self.measure
        if self.by_columns and index.column() >= len(self._columns):
            now = self._cells.get((_key(self._rows[index.row()]), None)) or {}
            before = self._previous(self._rows[index.row()])
            if index.column() == len(self._columns):
                return v.formatted(before, measure) if before is not None else "–"
            return _change(now, before, measure)
        if not self.by_columns:
            measure = str((self._columns[index.column()] or {}).get("key"))
        measures = self.measures_at(index)
        return v.formatted(measures, measure) if measures is not None else "–"

    def _previous(self, row: Json | None) -> Json | None:
        compare = self.summary.get("compare") or {}
        if row is None:
            return compare.get("total")
        for cell in compare.get("row_totals", []):
            if _key(cell.get("row")) == _key(row):
                return dict(cell["measures"])
        return None


def _key(member: Json | None) -> str | None:
    return None if member is None else str(member.get("key", ""))


def _change(now: Json, before: Json | None, measure: str) -> str:
    a, b = v.value_of(now, measure), v.value_of(before or {}, measure)
    if a is None or b is None:
        return "–"
    kind = v.MEASURES.get(measure, ("", "count"))[1]
    if kind == "share":  # percentage points
        return QCoreApplication.translate("Report", "%1 pp").replace("%1", _signed((a - b) * 100, 1))
    if kind == "hours":
        return _signed(a - b, 1)
    return _signed(a - b, 0) + (f" ({_signed((a - b) / b * 100, 0)} %)" if b else "")


def _signed(value: float, decimals: int) -> str:
    text = QLocale().toString(abs(value), "f", decimals)
    return ("+" if value > 0 else "−" if value < 0 else "±") + text
