"""The Reports area's charts: four QtCharts in a 2 x 2 grid, drawn from the server's answers.

- top left, `reportChartOutcome`: outcome of the offers by the report's row dimension (stacked
  bars per row member: accepted, declined, expired, withdrawn, waiting), `chart_outcome.py`;
- top right, `reportChartTrend`: volume over time (received, offered, accepted per period) from
  the trend report, `chart_trend.py`;
- bottom left, `reportChartDecisionTimes`: decision times in working hours (accepted and
  declined stacked per bin), median and p90 in the title, `chart_decision_times.py`;
- bottom right, `reportChartFunnel`: received -> offered -> accepted -> processed further, counts
  and % of received, `chart_funnel.py`.

A click on a bar, a segment or a trend point emits `drill(dict)`: the filters that select the
enquiries behind it, to be merged into the report's own. Its keys (`drill.py` has the details
and applies the client-side part): a dimension name -> the member's key (a list for an "Others"
bar); `from`/`to` for a period; `outcome` (a round's outcome code); `stage` (`offered` or
`processed`); `hours_from`/`hours_to` (working hours, `[from, to)`). E.g.
`{"partner": "<id>", "outcome": "declined"}` for a stacked segment, `{"from": "2026-03-01",
"to": "2026-03-31"}` for a trend point, `{}` for the funnel's *Received* bar.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QEvent, QObject, QRectF, QSizeF, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QGraphicsScene, QGridLayout, QSizePolicy, QWidget

from desktop.views.reports.chart_decision_times import decision_times_chart
from desktop.views.reports.chart_funnel import funnel_chart
from desktop.views.reports.chart_outcome import bars_fitting, outcome_chart
from desktop.views.reports.chart_parts import Json, OnDrill
from desktop.views.reports.chart_trend import labels_every, trend_chart

NAMES = ("reportChartOutcome", "reportChartTrend", "reportChartDecisionTimes", "reportChartFunnel")
GAP = 6  # px between the charts, on screen and (scaled) in render_to


class ReportCharts(QWidget):
    """Signals: drill(dict): a bar, segment or point was clicked; the filters behind it (above)."""

    drill = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportCharts")
        self.summary: Json = {}
        self.trend: Json | None = None
        self.decision_times: Json | None = None
        self.views: dict[str, QChartView] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GAP)
        for index, name in enumerate(NAMES):
            view = QChartView(self)
            view.setObjectName(name)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(280, 200)
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            layout.addWidget(view, index // 2, index % 2)
            self.views[name] = view
        self._fitted: dict[str, int] = {}
        for name in ("reportChartOutcome", "reportChartTrend"):
            self.views[name].installEventFilter(self)
        self._draw()

    def show(
        self, summary: Json | None = None, trend: Json | None = None, decision_times: Json | None = None
    ) -> None:
        """Draw the answers: `summary` (SummaryOut), `trend` (SummaryOut with rows=period) and
        `decision_times` (DecisionTimesOut); None for what was not fetched. Without arguments this
        is QWidget.show()."""
        if summary is None:
            super().show()
            return
        self.summary, self.trend, self.decision_times = summary, trend, decision_times
        self._draw()

    def chart(self, name: str) -> QChart:
        return self.views[name].chart()

    def _fit(self, name: str, size: QSizeF) -> int:
        """What of a chart depends on its size: the outcome chart's bars, the trend's labels."""
        if name == "reportChartOutcome":
            return bars_fitting(size.height()) if len(self.summary.get("rows", [])) > 3 else 0
        if name == "reportChartTrend":
            return labels_every(self.trend, size.width())
        return 0

    def _build(self, name: str, drill: OnDrill, dark: bool, size: QSizeF) -> QChart:
        if name == "reportChartOutcome":
            return outcome_chart(self.summary, drill, dark=dark, most=bars_fitting(size.height()))
        if name == "reportChartTrend":
            return trend_chart(self.trend, drill, dark=dark, width=size.width())
        if name == "reportChartDecisionTimes":
            return decision_times_chart(self.decision_times, drill, dark=dark)
        return funnel_chart(self.summary, drill, dark=dark)

    def _draw(self, *names: str) -> None:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        for name in names or NAMES:
            view = self.views[name]
            size = QSizeF(view.size())
            old = view.chart()
            view.setChart(self._build(name, self._emit, dark, size))
            old.deleteLater()  # the view owned it; setChart hands it back
            self._fitted[name] = self._fit(name, size)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A chart whose bars or labels depend on its size is drawn again when that changes."""
        name = watched.objectName()
        if event.type() == QEvent.Type.Resize and name in self._fitted:
            size = QSizeF(self.views[name].size())
            if self._fit(name, size) != self._fitted[name]:
                self._draw(name)
        return super().eventFilter(watched, event)

    def _emit(self, found: dict[str, Any]) -> None:
        self.drill.emit(dict(found))

    def render_to(self, painter: QPainter, rect: QRectF, *, zoom: float = 0.55) -> None:
        """Draw the four charts, light and without clicks, into `rect` of `painter` (2 x 2, as on
        screen; the PDF's path): each is laid out at its cell's size / `zoom`, about its size on
        screen, and scaled down by `zoom`, so labels and legends get the room they get there."""
        gap = GAP * zoom
        width, height = (rect.width() - gap) / 2, (rect.height() - gap) / 2
        for index, name in enumerate(NAMES):
            cell = QRectF(
                rect.left() + (index % 2) * (width + gap), rect.top() + (index // 2) * (height + gap),
                width, height,
            )  # fmt: skip
            chart = self._build(name, None, False, QSizeF(width / zoom, height / zoom))
            scene = QGraphicsScene()
            scene.addItem(chart)
            chart.resize(QSizeF(width / zoom, height / zoom))
            scene.render(painter, cell, QRectF(0, 0, width / zoom, height / zoom))
            scene.removeItem(chart)
            chart.deleteLater()
