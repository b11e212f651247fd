"""Volume over time: enquiries received, offer rounds and acceptances per period, as lines, from
the trend report (a `SummaryOut` whose rows are periods)."""

from __future__ import annotations

import math

from PySide6.QtCharts import QCategoryAxis, QChart, QLineSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPen

from desktop.views.reports import chart_parts as p
from desktop.views.reports import vocabulary as v

LINES = ("received", "offered", "accepted")
PLOT_MARGIN = 90  # px of the chart's width beside its plot area (the count axis, margins)
MAX_POINTS = 40  # more periods: lines without their points


def labels_every(trend: p.Json | None, width: float) -> int:
    """Name every n-th period on the axis: Qt elides a label wider than its n periods."""
    periods = [c["row"] for c in (trend or {}).get("row_totals", []) if c.get("row") is not None]
    if not periods:
        return 1
    metrics = QFontMetricsF(p.font(-1))
    label = max(metrics.horizontalAdvance(v.member_label("period", m)) for m in periods) + 28
    per_period = max(1.0, width - PLOT_MARGIN) / len(periods)
    return max(1, math.ceil(label / per_period))


def trend_chart(
    trend: p.Json | None, drill: p.OnDrill = None, *, dark: bool = False, width: float = 600
) -> QChart:
    chart = p.new_chart(v.tr(v.CHART_TREND), dark=dark)
    periods = [c for c in (trend or {}).get("row_totals", []) if c.get("row") is not None]
    if not any(p.counted(c["measures"], k) for c in periods for k in LINES):
        p.show_empty(chart)
        return chart
    labels = [v.member_label("period", c["row"]) for c in periods]
    axis_x = QCategoryAxis()
    axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis_x.setRange(-0.5, len(periods) - 0.5)
    every = labels_every(trend, width)
    axis_x.setStartValue(-every)  # the first label gets as much room as the others
    for index in range(0, len(periods), every):
        axis_x.append(labels[index], index)
    p.style_axis(axis_x)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    largest = max(p.counted(c["measures"], k) for c in periods for k in LINES)
    axis_y = p.count_axis(largest)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for key in LINES:
        line = QLineSeries()
        line.setName(v.measure_label(key))
        for index, cell in enumerate(periods):
            line.append(QPointF(index, p.counted(cell["measures"], key)))
        pen = QPen(QColor(p.COLOURS[key]))
        pen.setWidthF(2.0)
        line.setPen(pen)
        line.setPointsVisible(len(periods) <= MAX_POINTS)
        chart.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
        if drill is not None:
            line.clicked.connect(lambda point, cells=periods: _clicked(cells, point, drill))
    return chart


def period_drill(periods: list[p.Json], index: int) -> p.Json | None:
    if not 0 <= index < len(periods):
        return None
    member = periods[index]["row"]
    return {"from": str(member.get("first_day") or ""), "to": str(member.get("last_day") or "")}


def _clicked(periods: list[p.Json], point: QPointF, drill: p.OnDrill) -> None:
    found = period_drill(periods, round(point.x()))
    if found is not None and drill is not None:
        drill(found)
