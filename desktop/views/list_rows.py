"""How the big lists lay out their rows: one fixed height, no row header, whole rows selected.

With fixed rows a block of rows appended by `fetchMore` costs the view no per-row measuring."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROW_HEIGHT = 24


def set_list_rows(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setDefaultSectionSize(ROW_HEIGHT)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
