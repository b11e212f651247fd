"""The enquiry list view: a QTableView with a column chooser in the header's context menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QPaintEvent
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
        self.list_model = model
        self.setObjectName("enquiryList")
        self.setAccessibleName(self.tr("Enquiries"))
        self.setModel(model)
        set_list_rows(self)
        self.setAlternatingRowColors(True)
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
        inserted or removed above it must not scroll what the user is reading away."""
        top = self.indexAt(QPoint(0, 0))
        anchor = self.model().data(top, ID_ROLE) if top.isValid() else None
        offset = self.visualRect(top).top() if top.isValid() else 0
        change()
        if anchor is None:
            return
        row = self.list_model.row_of(anchor)
        if row < 0:
            return
        bar = self.verticalScrollBar()
        if self.verticalScrollMode() == QTableView.ScrollMode.ScrollPerItem:
            bar.setValue(row)
        else:
            bar.setValue(bar.value() + self.rowViewportPosition(row) - offset)

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
