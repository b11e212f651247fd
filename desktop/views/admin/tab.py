"""One administration list: buttons on top, a table over the server's rows, a detail pane on the
right. Rows come from the network worker; the buttons act on the selected row through dialogs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop.failures import user_message
from desktop.qt_bridge import QtDeskService
from desktop.views.admin.table_model import AdminRowsModel, Column, Row
from desktop.views.list_rows import set_list_rows


class AdminTab(QWidget):
    """Subclasses name their columns, `fetch()` (the server call) and `describe(row)` (the detail
    pane's rich text), add their buttons and refresh the buttons in `selection_changed()`."""

    def __init__(
        self, name: str, bridge: QtDeskService, columns: Sequence[Column], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.bridge = bridge
        self.admin = bridge.service.admin
        self.loaded = False
        self.extra: Any = None  # what `fetch` brought besides the rows (e.g. the partners)
        layout = QVBoxLayout(self)
        self.bar = QHBoxLayout()
        layout.addLayout(self.bar)
        self.model = AdminRowsModel(columns, self)
        self.table = QTableView(self)
        self.table.setObjectName(f"{name}List")
        self.table.setModel(self.model)
        set_list_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = QLabel(self)
        self.detail.setObjectName(f"{name}Detail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumWidth(260)
        self.detail.setMargin(8)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([880, 300])
        layout.addWidget(self.splitter, 1)
        self.status = QLabel(self)
        self.status.setObjectName(f"{name}Status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _: self.edit())

    # --- what subclasses say ----------------------------------------------------------------------
    def fetch(self) -> Callable[[], Any]:
        """The rows, or (rows, extra) when the tab needs more (kept in `self.extra`)."""
        raise NotImplementedError

    def describe(self, row: Row) -> str:
        return ""

    def edit(self) -> None:
        """Double click: the selected row's dialog (if the tab has one)."""

    def selection_changed(self, row: Row | None) -> None:
        """Enable the buttons that fit the selected row."""

    # --- shared -----------------------------------------------------------------------------------
    def button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())
        self.bar.addWidget(button)
        return button

    def end_buttons(self) -> None:
        self.bar.addStretch(1)

    def selected(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def reload(self, select_id: str | None = None, message: str = "") -> None:
        """Fetch the rows on the network worker; the selection stays on `select_id` (or the same
        id); `message` is shown under the list once they are in."""
        keep = select_id or (self.selected() or {}).get("id")
        self.status.setText(self.tr("Loading…"))
        self.bridge.in_background(
            self.fetch(), success=lambda rows: self._loaded(rows, keep, message), failure=self.failed
        )

    def _loaded(self, rows: Any, keep: str | None, message: str) -> None:
        if not isValid(self):
            return
        if isinstance(rows, tuple):
            rows, self.extra = rows
        self.loaded = True
        self.model.set_rows(rows)
        self._fit_columns()
        self.status.setText(message)
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._show(None)

    def _fit_columns(self) -> None:
        """Columns as wide as their text (German headers too), none wider than half the list."""
        self.table.resizeColumnsToContents()
        widest = max(300, self.table.viewport().width() // 2)
        for column in range(self.model.columnCount() - 1):  # the last one takes what is left
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 12, widest))

    def failed(self, error: BaseException) -> None:
        message = user_message(error)
        if message is None:
            self.bridge.ops.show_failure(error)
        if isValid(self):
            self.status.setText(message or "")

    def done(self, text: str, select_id: str | None = None) -> None:
        """A change was made: say so under the list and fetch the rows afresh."""
        self.reload(select_id, text)

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.selected())

    def _show(self, row: Row | None) -> None:
        self.detail.setText(self.describe(row) if row else self.tr("Choose a row to see its details."))
        self.selection_changed(row)


def field_lines(pairs: list[tuple[str, Any]]) -> str:
    """The detail pane's text: caption and value per line (values escaped)."""
    from html import escape

    return "<br>".join(
        f"<b>{escape(caption)}</b>: {escape(str(value))}" for caption, value in pairs if value != ""
    )
