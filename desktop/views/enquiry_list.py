"""The enquiry list view: a QTableView with a column chooser in the header's context menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QPaintEvent, QPalette
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from desktop.views.list_model import (
    C_CHANGED,
    C_CHANNEL,
    C_CITY,
    C_COLLEAGUE,
    C_CONTACT,
    C_DEADLINE,
    C_HOLDER,
    C_NUMBER,
    C_POSTCODE,
    C_PRODUCT,
    C_RECEIVED,
    C_STATUS,
    C_TYPE,
    COLUMNS,
    ID_ROLE,
    EnquiryListModel,
)
from desktop.views.list_rows import set_list_rows


class EnquiryList(QTableView):
    """Signals: firstPainted(): the rows were painted for the first time (the app finishes starting)."""

    firstPainted = Signal()

    def __init__(self, model: EnquiryListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False
        self._still = False  # see keeping_view
        self._still_layout = False
        self._row_moves = 0  # rows inserted, removed or moved so far
        self.list_model = model
        for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved):
            signal.connect(self._rows_moved)
        self.setObjectName("enquiryList")
        self.setAccessibleName(self.tr("Enquiries"))
        self.setModel(model)
        set_list_rows(self)
        self._stripe_colour()
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSortIndicator(8, Qt.SortOrder.DescendingOrder)
        self.setSortingEnabled(True)  # after the indicator: the list is queried once, newest first
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.choose_columns)
        # Widths fit the longest usual value in bold (offer rows), German and Italian, DejaVu Sans
        # 9 pt: "21 Std. 59 Min.", "informazioni", "Garmisch-Partenkirchen", "Wood-aluminium windows".
        for column, width in (
            (C_NUMBER, 95),
            (C_STATUS, 95),
            (C_CONTACT, 150),
            (C_POSTCODE, 65),
            (C_CITY, 180),
            (C_TYPE, 95),
            (C_PRODUCT, 185),
            (C_CHANNEL, 90),
            (C_RECEIVED, 120),
            (C_DEADLINE, 115),
            (C_HOLDER, 120),
            (C_COLLEAGUE, 120),
            (C_CHANGED, 30),
        ):
            self.setColumnWidth(column, width)
        # The countdown stands next to the status, as in the design's sketch ("offered to us  1d 4h"):
        # at the far right it would be scrolled out of sight. Only the visual order changes.
        header.moveSection(header.visualIndex(C_DEADLINE), header.visualIndex(C_STATUS) + 1)
        self.setColumnHidden(C_COLLEAGUE, True)  # shown on demand, as in the seed's announcement

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    def keeping_view(self, change: Callable[[], None]) -> None:
        """Run `change` on the model and keep the row at the top of the view where it was: rows
        inserted or removed above it must not scroll what the user is reading away (unless the
        view is at the very top, where new rows are to be seen).

        When the rows on screen are afterwards the same row versions as before (the change was
        above or below them), their pixels are still right: the scroll position moves with the
        rows but nothing is scrolled or repainted (`_still`), where Qt would repaint the whole
        viewport for every row inserted anywhere (~10 ms a paint on a laptop's CPU)."""
        if self.verticalScrollBar().value() == 0:
            change()  # at the head of the list new rows show up where they belong: on top
            return
        top = self.indexAt(QPoint(0, 0))
        anchor = self.model().data(top, ID_ROLE) if top.isValid() else None
        offset = self.visualRect(top).top() if top.isValid() else 0
        before = self._on_screen(top.row()) if top.isValid() and self.isVisible() else []
        moves = self._row_moves
        change()
        if anchor is None:
            return
        row = self.list_model.row_of(anchor)
        if row < 0:
            return
        self.list_model.stripes = (self.list_model.stripes + row - top.row()) & 1  # same stripes
        bar = self.verticalScrollBar()
        if self.verticalScrollMode() == QTableView.ScrollMode.ScrollPerItem:
            wanted = row
        else:
            wanted = bar.value() + self.rowViewportPosition(row) - offset
        still = bool(before) and self._on_screen(row) == before
        self._still = still
        try:
            bar.setValue(wanted)
        finally:
            self._still = False
        if still and bar.value() == wanted:
            # Rows were inserted, removed or moved: Qt has scheduled a layout of the rows, which
            # would repaint every one of them. The next layout is that one.
            self._still_layout = self._row_moves != moves
        elif still:
            self.viewport().update()  # the bar could not go so far (near the end): paint anew

    def _on_screen(self, first: int) -> list[tuple[object, ...]]:
        rows = self.list_model.rows
        count = self.viewport().height() // max(1, self.rowHeight(first) if first < len(rows) else 1) + 2
        return rows[first : first + count]

    def _stripe_colour(self) -> None:
        self.list_model.stripe = QBrush(self.palette().color(QPalette.ColorRole.AlternateBase))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "list_model"):
            self._stripe_colour()  # (the palette can change while QTableView is being made)

    def _rows_moved(self, *_args: object) -> None:
        self._row_moves += 1

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        if self._still and dx == 0:
            # The rows moved by as much as the scroll position: only the row offsets follow.
            header, bar = self.verticalHeader(), self.verticalScrollBar()
            if self.verticalScrollMode() == QTableView.ScrollMode.ScrollPerItem:
                header.setOffsetToSectionPosition(bar.value())
            else:
                header.setOffset(bar.value())
            return
        super().scrollContentsBy(dx, dy)

    def doItemsLayout(self) -> None:
        if self._still_layout:
            self._still_layout = False
            self.updateGeometries()  # scroll range and row offsets; the pixels are still right
            if not self.verticalHeader().updatesEnabled():  # as QTableView does after a removal
                self.verticalHeader().setUpdatesEnabled(True)
            return
        super().doItemsLayout()

    def column_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("columnChooser")
        for column, (_key, label) in enumerate(COLUMNS):
            action = QAction(QCoreApplication.translate("Column", label), menu)
            action.setObjectName(f"column_{COLUMNS[column][0]}")
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.toggled.connect(lambda on, col=column: self.setColumnHidden(col, not on))
            menu.addAction(action)
        return menu

    def choose_columns(self, pos: QPoint) -> None:
        self.column_menu().exec(self.horizontalHeader().mapToGlobal(pos))
