"""The *Reports* area: how fast and how well enquiries are handled (issue 11), from the server.

Filters on top (`report_filters.py`), then the pivot with its totals (`pivot_model.py`) and the
charts (`charts.py`) in two tabs. Every change of a filter asks the server anew on the network
worker; the answer is kept in the cache (`service.reports.keep`) so that offline the last report
is shown with the time it was fetched. A double-click on a cell, or a click on a bar, opens the
enquiries behind it in the enquiry list (`openEnquiries`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.failures import user_message
from desktop.qt_bridge import QtDeskService
from desktop.service.reports import Report
from desktop.views.reports import drill
from desktop.views.reports import vocabulary as v
from desktop.views.reports.pivot_model import PivotModel
from desktop.views.reports.report_filters import ReportFilters
from desktop.views.timefmt import short_datetime

ASK_DELAY_MS = 300  # filters changed in a row are asked for once


class ReportsArea(QWidget):
    """Signals: openEnquiries(list, str): the ids behind a cell or a bar, and what they are."""

    openEnquiries = Signal(list, str)

    def __init__(self, bridge: QtDeskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.views.reports.charts import ReportCharts

        self.setObjectName("reportsArea")
        self.bridge = bridge
        self.reports = bridge.service.reports
        user = bridge.service.reads.user
        self.head_office = user.get("company_kind") == "head_office"
        self.report: Report | None = None
        self.offline = False
        self._asked = 0  # answers to older questions are dropped
        self.filters = ReportFilters(partner_filter=self.head_office, parent=self)
        self.filters.changed.connect(self._soon)
        self.filters.measure.currentIndexChanged.connect(lambda _i: self._measure_changed())
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("reportRefresh")
        self.refresh_button.clicked.connect(self.ask)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("reportExport")
        self.export_button.setMenu(self._export_menu())
        self.model = PivotModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("reportTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Report table"))
        self.table.doubleClicked.connect(self._cell_opened)
        self.charts = ReportCharts(self)
        self.charts.drill.connect(self._bar_opened)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(self.table, self.tr("Table"))
        self.tabs.addTab(self.charts, self.tr("Charts"))
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ASK_DELAY_MS)
        self._timer.timeout.connect(self.ask)
        self._dimensions: dict[str, Any] = {}

    def _export_menu(self) -> QMenu:
        from desktop.views.reports.export_menu import ExportMenu

        return ExportMenu(self)

    # --- asking the server ------------------------------------------------------------------------
    def load(self) -> None:
        """The area is shown: the report for the filters as they are."""
        if self.report is None:
            kept = self.reports.last()
            if kept is not None:
                self.filters.show_params(kept.params)  # where the user left it
        self.ask()

    def _soon(self) -> None:
        self._timer.start()

    def ask(self) -> None:
        self._timer.stop()
        params = self.filters.params()
        self._asked += 1
        asked = self._asked
        first = not self._dimensions
        self.status.setText(self.tr("Asking the server…"))
        self.refresh_button.setEnabled(False)
        self.bridge.in_background(
            lambda: self.reports.fetch(params, with_dimensions=first),
            success=lambda report: self._fetched(asked, report),
            failure=lambda error: self._failed(asked, error),
        )

    def _fetched(self, asked: int, report: Report) -> None:
        if asked != self._asked:
            return
        self.refresh_button.setEnabled(True)
        if report.dimensions:
            self._dimensions = report.dimensions
        elif self._dimensions:
            report = Report(**{**report.__dict__, "dimensions": self._dimensions})
        self.offline = False
        self._show(report)
        self.bridge.ops.local(lambda _task: self.reports.keep(report), failure=lambda _error: None)

    def _failed(self, asked: int, error: BaseException) -> None:
        from desktop.sync.transport import Offline

        if asked != self._asked:
            return
        self.refresh_button.setEnabled(True)
        if isinstance(error, Offline):
            kept = self.report or self.reports.last()
            if kept is not None:
                self.offline = True
                self.filters.show_params(kept.params)
                self._show(kept)
                return
            self.status.setText(self.tr("The server cannot be reached, and no report was fetched before."))
            return
        sentence = user_message(error)
        if sentence is None:
            self.bridge.ops.show_failure(error)  # a bug: the crash dialog
            return
        self.status.setText(sentence)  # e.g. a range the server cannot answer; the last report stays

    # --- showing ----------------------------------------------------------------------------------
    def _show(self, report: Report) -> None:
        self.report = report
        if report.dimensions:
            self.filters.set_values(report.dimensions)
        self.model.show(report.summary, str(self.filters.measure.currentData()))
        self.table.resizeColumnsToContents()
        self.charts.show(report.summary, report.trend, report.decision_times)
        when = short_datetime(report.fetched_at.isoformat())
        zone = str((report.summary.get("query") or {}).get("time_zone", ""))
        if self.offline:
            text = self.tr("Offline: the report fetched on %1, with the filters of then.").replace("%1", when)
        else:
            text = self.tr("Figures of %1 · days in the time zone %2").replace("%1", when).replace("%2", zone)
        self.status.setText(text)

    def _measure_changed(self) -> None:
        self.model.set_measure(str(self.filters.measure.currentData()))
        self.table.resizeColumnsToContents()

    # --- the enquiries behind ---------------------------------------------------------------------
    def _cell_opened(self, index: QModelIndex) -> None:
        found = self.model.drill(index)
        if found is None or self.report is None:
            return
        row = str(self.model.headerData(index.row(), v.VERTICAL) or "")
        column = str(self.model.headerData(index.column(), v.HORIZONTAL) or "")
        self.open_behind(found, f"{row} · {column}" if self.model.by_columns else row)

    def _bar_opened(self, found: dict[str, Any]) -> None:
        self.open_behind(found, " · ".join(self._describe(found)))

    def _describe(self, found: dict[str, Any]) -> list[str]:
        said = []
        for name, key in drill.server_part(found).items():
            if name in ("from", "to"):
                continue
            keys = key if isinstance(key, list) else [key]
            said.append(
                ", ".join(v.member_label(name, {"key": k, "label": self._label_of(name, k)}) for k in keys)
            )
        if "from" in found:
            said.append(f"{found['from']} – {found.get('to', '')}")
        said += drill.words(found)
        return said or [v.tr(v.TOTAL)]

    def _label_of(self, name: str, key: str) -> str:
        for dimension in self._dimensions.get("dimensions", []):
            if dimension.get("name") == name:
                for member in dimension.get("values", []):
                    if member.get("key") == key:
                        return str(member.get("label") or key)
        return key

    def detail_params(self, found: dict[str, Any]) -> dict[str, Any]:
        """The report's filters narrowed by the server part of a cell's or bar's drill dict."""
        assert self.report is not None
        params = {k: val for k, val in self.report.params.items() if k not in ("rows", "columns", "compare")}
        params.update({k: val for k, val in drill.server_part(found).items() if val != ""})
        return params

    def open_behind(self, found: dict[str, Any], label: str) -> None:
        if self.offline or self.report is None:
            self.status.setText(self.tr("Offline: the enquiries behind a figure need the server."))
            return
        params, keeps = self.detail_params(found), drill.row_filter(found)

        def opened(details: dict[str, Any]) -> None:
            rows = [r for r in details.get("rows", []) if keeps(r)]
            self.openEnquiries.emit(list(dict.fromkeys(r["enquiry_id"] for r in rows)), label)

        self.bridge.in_background(
            lambda: self.reports.details(params), success=opened, failure=self._shown_failure
        )

    def _shown_failure(self, error: BaseException) -> None:
        self.bridge.ops.show_failure(error)
