"""The funnel received -> offered -> accepted -> processed further, from the report's total: one
bar per stage with its count, and its share of the enquiries received in the category label.

Offered counts offer rounds (an enquiry that expired and went on to the next partner is offered
twice), so that bar can be longer than Received; the others only shrink."""

from __future__ import annotations

from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QChart, QHorizontalBarSeries
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor

from desktop.views.reports import chart_parts as p
from desktop.views.reports import vocabulary as v

# stage (a measure) -> what a click on its bar selects (drill.py)
STAGES: dict[str, p.Json] = {
    "received": {},
    "offered": {"stage": "offered"},
    "accepted": {"outcome": "accepted"},
    "processed": {"stage": "processed"},
}


def stage_label(key: str, count: int, received: int) -> str:
    share = "–" if not received else QLocale().toString(count / received * 100, "f", 0) + " %"
    return f"{v.measure_label(key)} · {share}"


def funnel_chart(summary: p.Json, drill: p.OnDrill = None, *, dark: bool = False) -> QChart:
    chart = p.new_chart(v.tr(v.CHART_FUNNEL), dark=dark)
    total = summary.get("total") or {}
    counts = {key: p.counted(total, key) for key in STAGES}
    if not any(counts.values()):
        p.show_empty(chart)
        return chart
    bottom_up = list(STAGES)[::-1]  # Qt draws the first category at the bottom
    bars = p.bar_set(v.tr(v.CHART_FUNNEL), [counts[k] for k in bottom_up], p.COLOURS["funnel"])
    p.on_click(bars, drill, lambda i: dict(STAGES[bottom_up[i]]) if 0 <= i < len(bottom_up) else None)
    series = QHorizontalBarSeries()
    series.setBarWidth(0.7)
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    bars.setLabelColor(QColor("#eeeeee" if dark else "#212121"))  # after addSeries: the theme sets it
    bars.setLabelFont(p.font(-1))
    chart.legend().hide()
    categories = QBarCategoryAxis()
    categories.append(p.unique([stage_label(k, counts[k], counts["received"]) for k in bottom_up]))
    p.style_axis(categories)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    axis = p.count_axis(max(counts.values()) * 1.1)  # room for the label past the longest bar
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    return chart
