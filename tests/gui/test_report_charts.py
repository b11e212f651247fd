"""The Reports area's charts (desktop/views/reports/charts.py) on the server's real answers
(tests/unit/report_answers.py): what each chart holds, what a click on a bar, segment or point
emits as `drill`, that the drill selects among the detail rows exactly what the chart counted,
the empty state, many rows, and drawing into another device (the PDF's path)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QLineSeries,
)
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QMainWindow
from pytestqt.qtbot import QtBot

from desktop.views.reports import drill as d
from desktop.views.reports import vocabulary as v
from desktop.views.reports.chart_outcome import bars_fitting
from desktop.views.reports.charts import NAMES, ReportCharts
from tests.unit.report_answers import MUELLER, ROSSI, answer

OUTCOMES = ["accepted", "declined", "expired", "withdrawn", "waiting"]


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[tuple[QMainWindow, ReportCharts]]:
    """The charts filling a 1400 x 820 main window, with head office's report by partner."""
    main = QMainWindow()
    charts = ReportCharts()
    main.setCentralWidget(charts)
    main.resize(1400, 820)
    qtbot.addWidget(main)
    charts.show(answer("by_partner"), answer("trend"), answer("decision_times"))
    main.show()
    qtbot.waitExposed(main)
    yield main, charts


def bar_series(chart: QChart) -> QAbstractBarSeries:
    (series,) = chart.series()
    assert isinstance(series, QAbstractBarSeries)
    return series


def categories(chart: QChart, orientation: Qt.Orientation) -> list[str]:
    (axis,) = chart.axes(orientation)
    assert isinstance(axis, QBarCategoryAxis)
    return list(axis.categories())


def bar_set(chart: QChart, label: str) -> QBarSet:
    return next(s for s in bar_series(chart).barSets() if s.label() == label)


def clicked(qtbot: QtBot, charts: ReportCharts, emit: Any) -> dict[str, Any]:
    with qtbot.waitSignal(charts.drill, timeout=1000) as blocker:
        emit()
    (found,) = blocker.args
    return dict(found)


def test_outcome_chart_one_bar_set_per_outcome_one_bar_per_row_member(window: Any) -> None:
    _main, charts = window
    chart = charts.chart("reportChartOutcome")
    assert chart.title() == "Outcome of the offers by Partner"
    assert [s.label() for s in bar_series(chart).barSets()] == OUTCOMES
    summary = answer("by_partner")
    labels = [m["label"] for m in summary["rows"]]
    assert categories(chart, Qt.Orientation.Vertical) == labels[::-1], "first row on top"
    müller = labels[::-1].index("Fenster Müller GmbH")
    counts = {s.label(): s.at(müller) for s in bar_series(chart).barSets()}
    assert counts == {"accepted": 2, "declined": 0, "expired": 1, "withdrawn": 0, "waiting": 0}


def test_a_click_on_a_segment_emits_its_member_and_outcome(window: Any, qtbot: QtBot) -> None:
    _main, charts = window
    chart = charts.chart("reportChartOutcome")
    rossi = categories(chart, Qt.Orientation.Vertical).index("Serramenti Rossi Srl")
    declined = bar_set(chart, "declined")
    assert clicked(qtbot, charts, lambda: declined.clicked.emit(rossi)) == {
        "partner": ROSSI,
        "outcome": "declined",
    }
    müller = categories(chart, Qt.Orientation.Vertical).index("Fenster Müller GmbH")
    expired = bar_set(chart, "expired")
    assert clicked(qtbot, charts, lambda: expired.clicked.emit(müller)) == {
        "partner": MUELLER,
        "outcome": "expired",
    }


def test_trend_lines_and_a_click_on_a_point_emits_its_period(window: Any, qtbot: QtBot) -> None:
    _main, charts = window
    chart = charts.chart("reportChartTrend")
    lines = [s for s in chart.series() if isinstance(s, QLineSeries)]
    assert [s.name() for s in lines] == ["Received", "Offered", "Accepted"]
    assert [[p.y() for p in s.points()] for s in lines] == [[4, 1], [5, 1], [3, 0]]
    april = clicked(qtbot, charts, lambda: lines[1].clicked.emit(QPointF(0.8, 1.3)))
    assert april == {"from": "2026-04-01", "to": "2026-04-30"}


def test_decision_times_stacked_per_bin_with_median_and_p90_in_the_title(window: Any, qtbot: QtBot) -> None:
    _main, charts = window
    chart = charts.chart("reportChartDecisionTimes")
    assert chart.title() == "Time to decision: median 17.5 h, p90 41.9 h"
    bins = categories(chart, Qt.Orientation.Horizontal)
    assert bins == ["0–4", "4–8", "8–16", "16–24", "24–32", "32–40", "40–48", "≥ 48"]
    accepted, declined = bar_set(chart, "accepted"), bar_set(chart, "declined")
    assert [accepted.at(i) for i in range(len(bins))] == [1, 1, 0, 0, 1, 0, 0, 0]
    assert [declined.at(i) for i in range(len(bins))] == [0, 0, 0, 0, 0, 0, 1, 0]
    found = clicked(qtbot, charts, lambda: declined.clicked.emit(6))
    assert found == {"outcome": "declined", "hours_from": "40", "hours_to": "48"}
    assert clicked(qtbot, charts, lambda: accepted.clicked.emit(7)) == {
        "outcome": "accepted",
        "hours_from": "48",
    }


def test_funnel_counts_and_shares_of_received(window: Any, qtbot: QtBot) -> None:
    _main, charts = window
    chart = charts.chart("reportChartFunnel")
    (bars,) = bar_series(chart).barSets()
    labels = categories(chart, Qt.Orientation.Vertical)
    assert labels[::-1] == [
        "Received · 100 %",
        "Offered · 120 %",
        "Accepted · 60 %",
        "Processed further · 40 %",
    ]
    assert [bars.at(i) for i in range(4)][::-1] == [5, 6, 3, 2]
    assert clicked(qtbot, charts, lambda: bars.clicked.emit(3)) == {}
    assert clicked(qtbot, charts, lambda: bars.clicked.emit(0)) == {"stage": "processed"}


def test_each_drill_selects_among_the_detail_rows_what_its_bar_counted(window: Any, qtbot: QtBot) -> None:
    """The client-side part of a drill (drill.row_filter) agrees with the server's figures."""
    _main, charts = window
    rows = answer("details")["rows"]
    total = answer("by_partner")["total"]
    funnel = bar_series(charts.chart("reportChartFunnel")).barSets()[0]
    picked = []
    for index in range(4):
        found = clicked(qtbot, charts, lambda i=index: funnel.clicked.emit(i))
        assert d.server_part(found) == {}
        picked.append([r for r in rows if d.row_filter(found)(r)])
    processed, accepted, offered, received = picked
    assert len({r["enquiry_id"] for r in received}) == total["received"] == 5
    assert len(offered) == total["offered"] == 6
    assert len(accepted) == total["accepted"] == 3
    assert len(processed) == total["processed"] == 2
    declined = bar_set(charts.chart("reportChartDecisionTimes"), "declined")
    found = clicked(qtbot, charts, lambda: declined.clicked.emit(6))
    (row,) = [r for r in rows if d.row_filter(found)(r)]
    assert row["decision_hours"] == 47.0
    assert d.words(found) == ["declined", "decided after 40–48 working hours"]


def test_no_enquiries_in_the_range_shows_empty_charts_with_a_sentence(window: Any) -> None:
    _main, charts = window
    charts.show(answer("empty"), answer("empty"), answer("empty_times"))
    for name in NAMES:
        chart = charts.chart(name)
        assert chart.series() == [], name
        texts = [
            item.text()
            for item in charts.views[name].scene().items()
            if isinstance(item, QGraphicsSimpleTextItem) and item.isVisible()
        ]
        assert texts == [v.NO_ENQUIRIES] == ["No enquiries in this range"], name
    assert charts.chart("reportChartDecisionTimes").title() == "Time to decision"
    charts.show(answer("by_partner"), None, None)  # nothing fetched for the trend and times
    assert charts.chart("reportChartTrend").series() == []
    assert charts.chart("reportChartOutcome").series() != []


def many_partners(count: int) -> dict[str, Any]:
    summary = answer("by_partner")
    template = summary["row_totals"][1]
    rows = [{**template["row"], "key": f"p{i}", "label": f"Partner {i:02d}"} for i in range(count)]
    totals = []
    for i, member in enumerate(rows):
        measures = {**template["measures"], "offered": i, "accepted": i, "declined": 0, "expired": 0}
        totals.append({**template, "row": member, "measures": measures})
    return {**summary, "rows": rows, "row_totals": totals}


def test_many_rows_show_the_largest_and_one_others_bar_that_fits_the_height(
    window: Any, qtbot: QtBot
) -> None:
    main, charts = window
    charts.show(many_partners(30), answer("trend"), answer("decision_times"))
    view = charts.views["reportChartOutcome"]
    chart = charts.chart("reportChartOutcome")
    shown = categories(chart, Qt.Orientation.Vertical)[::-1]
    most = bars_fitting(view.height())
    assert len(shown) == most and 3 <= most < 30
    keep = most - 1
    assert shown[:-1] == [f"Partner {i:02d}" for i in range(30 - keep, 30)], "the most offered, in order"
    assert shown[-1] == f"Others ({30 - keep})"
    accepted = bar_set(chart, "accepted")
    others = clicked(qtbot, charts, lambda: accepted.clicked.emit(0))
    assert others == {"partner": [f"p{i}" for i in range(30 - keep)], "outcome": "accepted"}
    assert accepted.at(0) == sum(range(30 - keep))
    main.resize(1400, 500)  # a lower window: fewer bars, drawn anew
    qtbot.waitUntil(
        lambda: len(categories(charts.chart("reportChartOutcome"), Qt.Orientation.Vertical)) < most
    )


def test_render_to_draws_all_four_charts_into_another_device(window: Any) -> None:
    _main, charts = window
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    charts.render_to(painter, QRectF(0, 0, 1200, 800))
    painter.end()
    for left, top in ((0, 0), (600, 0), (0, 400), (600, 400)):
        coloured = sum(
            1
            for x in range(left + 20, left + 580, 3)
            for y in range(top + 20, top + 380, 3)
            if image.pixelColor(x, y).saturation() > 80
        )
        assert coloured > 100, (left, top)  # bars or lines in the series' colours; none when empty
