"""What the four report charts share: a compact chart, outcome colours, integer axes, the
"no enquiries" text, tooltips on bars and the clicks that become drill dicts (`drill.py`)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCharts import QAbstractAxis, QBarSet, QChart, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QGuiApplication
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QToolTip

from desktop.views.reports import vocabulary as v

Json = dict[str, Any]
OnDrill = Callable[[Json], None] | None

# Round outcomes in stacking order (good first), with their colours.
OUTCOME_ORDER = ("accepted", "declined", "expired", "withdrawn", "pending")
COLOURS = {
    "accepted": "#2e7d32",
    "declined": "#c62828",
    "expired": "#ef6c00",
    "withdrawn": "#8d8d8d",
    "pending": "#1e88e5",
    "received": "#5c6bc0",
    "offered": "#00897b",
    "funnel": "#3f51b5",
}
LABEL_CHARS = 22  # category labels longer than this are shortened with "…"


def font(delta: int = 0, *, bold: bool = False) -> QFont:
    base = QGuiApplication.font()
    size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
    chosen = QFont(base)
    chosen.setPointSizeF(max(7.0, size + delta))
    chosen.setBold(bold)
    return chosen


def new_chart(title: str, *, dark: bool = False) -> QChart:
    """A chart with small margins, a bold title, the legend below and no animation (a screenshot
    or a PDF never catches a bar half-grown)."""
    chart = QChart()
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
    chart.setTitle(title)
    chart.setTitleFont(font(0, bold=True))
    chart.setMargins(QMargins(4, 2, 4, 2))
    chart.setBackgroundRoundness(0)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setFont(font(-1))
    return chart


def style_axis(axis: QAbstractAxis) -> QAbstractAxis:
    axis.setLabelsFont(font(-1))
    axis.setTitleFont(font(-1))
    return axis


def count_axis(largest: float, title: str = "") -> QValueAxis:
    """0 .. the first round number above `largest` (the longest bar or highest point stays below
    the edge), whole-number ticks (at most 7)."""
    steps = sorted(c * 10.0**p for p in range(0, 10) for c in (1, 2, 5))
    step = next((s for s in steps if largest / s <= 5), steps[-1])
    axis = QValueAxis()
    axis.setRange(0, (math.floor(largest / step) + 1) * step)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    axis.setMinorTickCount(0)
    if title:
        axis.setTitleText(title)
    style_axis(axis)
    return axis


def bar_set(name: str, values: Sequence[float], colour: str) -> QBarSet:
    bars = QBarSet(name)
    bars.append([float(x) for x in values])
    bars.setColor(QColor(colour))
    bars.setBorderColor(QColor(colour))
    return bars


def on_click(bars: QBarSet, drill: OnDrill, found: Callable[[int], Json | None]) -> None:
    """A click on bar `index` of `bars` emits `found(index)` (None: the bar selects nothing)."""
    if drill is None:
        return

    def clicked(index: int) -> None:
        chosen = found(index)
        if chosen is not None:
            drill(chosen)

    bars.clicked.connect(clicked)


def tips(bars: QBarSet, texts: Sequence[str]) -> None:
    """A tooltip with `texts[index]` while the pointer is over a bar."""

    def hovered(inside: bool, index: int) -> None:
        if inside and 0 <= index < len(texts):
            QToolTip.showText(QCursor.pos(), texts[index])
        else:
            QToolTip.hideText()

    bars.hovered.connect(hovered)


def show_empty(chart: QChart, text: str | None = None) -> QGraphicsSimpleTextItem:
    """The chart holds no data: say so in the middle of its plot area."""
    item = QGraphicsSimpleTextItem(text or v.tr(v.NO_ENQUIRIES), chart)
    item.setFont(font(1))
    item.setBrush(QColor("#9e9e9e" if chart.theme() == QChart.ChartTheme.ChartThemeDark else "#616161"))
    chart.legend().hide()

    def centre() -> None:
        area, box = chart.plotArea(), item.boundingRect()
        item.setPos(QPointF(area.center().x() - box.width() / 2, area.center().y() - box.height() / 2))

    chart.plotAreaChanged.connect(lambda _area: centre())
    centre()
    return item


def short(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def unique(labels: Sequence[str]) -> list[str]:
    """Category labels must differ (Qt drops repeats): a repeat gets invisible spaces."""
    seen: set[str] = set()
    out = []
    for label in labels:
        while label in seen:
            label += "\u2009"
        seen.add(label)
        out.append(label)
    return out


def counted(measures: Json, key: str) -> int:
    value = measures.get(key)
    return int(value) if isinstance(value, int | float) else 0
