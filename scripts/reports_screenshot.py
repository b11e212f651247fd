"""`--automation` driver: the Reports area's screenshots (docs/screenshots/reports_<lang>.png and
reports_<lang>_charts.png).

    SHOT_OUT=docs/screenshots/reports_de.png xvfb-run -a -s "-screen 0 1600x1000x24" \\
        .venv/bin/enquiry-desk --demo --as anna@hq.example --lang de \\
        --automation scripts/reports_screenshot.py

Opens Reports (partners by month over the last year, offers accepted as the figure), waits for the
server's answer, saves the table, then the charts tab beside it (`_charts` before `.png`), and quits.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

OUT = os.environ.get("SHOT_OUT", "reports.png")


def drive(window: Any) -> None:
    model = window.filters.model()
    codes = [model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(model.rowCount())]
    window.resize(1400, 820)
    window.filters.setCurrentIndex(model.index(codes.index("reports"), 0))
    area = window.reports_area
    filters = area.filters
    filters.start.setDate(QDate.currentDate().addYears(-1))
    filters.columns.setCurrentIndex(filters.columns.findData("period"))
    filters.period.setCurrentIndex(filters.period.findData("quarter"))
    filters.measure.setCurrentIndex(filters.measure.findData("accepted"))
    charts = OUT.replace(".png", "_charts.png")

    def table() -> None:
        window.grab().save(OUT)
        area.tabs.setCurrentIndex(1)

    QTimer.singleShot(3000, table)
    QTimer.singleShot(4500, lambda: window.grab().save(charts))
    QTimer.singleShot(5000, QApplication.instance().quit)
