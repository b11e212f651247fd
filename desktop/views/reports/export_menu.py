"""The Reports area's *Export* menu: the grouped table (CSV, Excel), the enquiries behind the
report (CSV, Excel) and a one-page PDF summary with the charts. The writing is `export.py`'s."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QMenu

from desktop.views.reports import vocabulary as v

if TYPE_CHECKING:
    from desktop.service.reports import Report
    from desktop.views.reports.reports_area import ReportsArea


class ExportMenu(QMenu):
    def __init__(self, area: ReportsArea) -> None:
        super().__init__(area)
        self.setObjectName("reportExportMenu")
        self.area = area
        for name, text, run in (
            ("exportGroupedCsv", self.tr("Table as CSV…"), self.grouped_csv),
            ("exportXlsx", self.tr("Table and enquiries as Excel workbook…"), self.xlsx),
            ("exportDetailsCsv", self.tr("Enquiries behind the report as CSV…"), self.details_csv),
            ("exportPdf", self.tr("One-page summary as PDF…"), self.pdf),
        ):
            action = self.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(lambda _=False, r=run: r())

    def choose_path(self, title: str, suffix: str, kind: str) -> str:
        """Where to write (a save dialog); "" when the user cancels."""
        stem = self.tr("enquiry-report")  # a file name, in the user's language
        suggested = str(Path.home() / f"{stem}-{date.today().isoformat()}.{suffix}")
        path, _chosen = QFileDialog.getSaveFileName(self.area, title, suggested, f"{kind} (*.{suffix})")
        if path and not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        return path

    def _ready(self) -> bool:
        if self.area.report is None:
            self.area.status.setText(self.tr("There is no report to export yet."))
            return False
        return True

    def _about(self, report: Report) -> dict[str, Any]:
        """Title, the names of the filters' members and when the figures were fetched."""
        return {
            "title": v.tr(v.REPORT_TITLE),
            "dimensions": report.dimensions,
            "fetched_at": report.fetched_at,
        }

    def _done(self, path: str) -> None:
        self.area.status.setText(self.tr("Exported to %1").replace("%1", path))

    def grouped_csv(self) -> None:
        from desktop.views.reports import export

        if not self._ready() or not (path := self.choose_path(self.tr("Export the table"), "csv", "CSV")):
            return
        report = self.area.report
        assert report is not None
        measure = str(self.area.filters.measure.currentData())
        self._in_background(
            lambda: export.write_grouped_csv(path, report.summary, measure, **self._about(report)), path
        )

    def details_csv(self) -> None:
        from desktop.views.reports import export

        if not self._ready() or not (path := self.choose_path(self.tr("Export the enquiries"), "csv", "CSV")):
            return
        params = self.area.detail_params({})

        def work() -> None:
            export.write_details_csv(path, self.area.reports.details(params))

        self._in_background(work, path)

    def xlsx(self) -> None:
        from desktop.views.reports import export

        if not self._ready() or not (path := self.choose_path(self.tr("Export to Excel"), "xlsx", "Excel")):
            return
        report = self.area.report
        assert report is not None
        measure = str(self.area.filters.measure.currentData())
        params = self.area.detail_params({})
        offline = self.area.offline

        def work() -> None:
            details = None if offline else self.area.reports.details(params)
            export.write_xlsx(path, report.summary, measure, details=details, **self._about(report))

        self._in_background(work, path)

    def pdf(self) -> None:
        from desktop.views.reports import export

        if not self._ready() or not (path := self.choose_path(self.tr("Export a summary"), "pdf", "PDF")):
            return
        report = self.area.report
        assert report is not None
        try:  # Qt painting (the charts): on this thread; one page takes a fraction of a second
            export.write_pdf(path, report.summary, self.area.charts, **self._about(report))
        except OSError as error:
            self.area.bridge.ops.show_failure(error)
            return
        self._done(path)

    def _in_background(self, work: Any, path: str) -> None:
        self.area.bridge.in_background(
            work, success=lambda _r: self._done(path), failure=self.area.bridge.ops.show_failure
        )
