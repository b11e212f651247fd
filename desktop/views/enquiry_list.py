"""The enquiry list view: a QTableView with a column chooser in the header's context menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from desktop.views.list_model import C_COLLEAGUE, COLUMNS, EnquiryListModel


class EnquiryList(QTableView):
    def __init__(self, model: EnquiryListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enquiryList")
        self.setAccessibleName(self.tr("Enquiries"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSortIndicator(8, Qt.SortOrder.DescendingOrder)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.choose_columns)
        for column, width in (
            (0, 110),
            (1, 90),
            (2, 170),
            (3, 70),
            (4, 110),
            (5, 90),
            (6, 140),
            (7, 80),
            (8, 120),
            (9, 80),
            (10, 120),
            (11, 120),
            (12, 30),
        ):
            self.setColumnWidth(column, width)
        self.setColumnHidden(C_COLLEAGUE, True)  # shown on demand, as in the seed's announcement

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
