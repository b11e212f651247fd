"""The distribution of decision times: accepted and declined rounds per bin of working hours
(stacked), median and p90 in the title; from `DecisionTimesOut`."""

from __future__ import annotations

from functools import partial

from PySide6.QtCharts import QBarCategoryAxis, QChart, QStackedBarSeries
from PySide6.QtCore import QLocale, Qt

from desktop.views.reports import chart_parts as p
from desktop.views.reports import vocabulary as v

DECIDED = ("accepted", "declined")


def hours_text(value: object) -> str:
    if not isinstance(value, int | float):
        return "–"
    return QLocale().toString(float(value), "f", 1)


def bin_label(low: float, high: float | None) -> str:
    if high is None:
        return v.tr(v.CHART_BIN_OPEN).replace("%1", _plain(low))
    return v.tr(v.CHART_BIN).replace("%1", _plain(low)).replace("%2", _plain(high))


def times_title(times: p.Json | None) -> str:
    times = times or {}
    if times.get("median_hours") is None:
        return v.tr(v.CHART_TIMES_NONE)
    return (
        v.tr(v.CHART_TIMES)
        .replace("%1", hours_text(times.get("median_hours")))
        .replace("%2", hours_text(times.get("p90_hours")))
    )


def decision_times_chart(times: p.Json | None, drill: p.OnDrill = None, *, dark: bool = False) -> QChart:
    chart = p.new_chart(times_title(times), dark=dark)
    bins = list((times or {}).get("bins", []))
    if not any(p.counted(b, o) for b in bins for o in DECIDED):
        p.show_empty(chart)
        return chart
    labels = [bin_label(float(b["from_hours"]), _high(b)) for b in bins]
    series = QStackedBarSeries()
    series.setBarWidth(0.8)
    for outcome in DECIDED:
        word = v.outcome_label(outcome)
        counts = [p.counted(b, outcome) for b in bins]
        bars = p.bar_set(word, counts, p.COLOURS[outcome])
        p.tips(bars, [f"{label} h: {word} {n}" for label, n in zip(labels, counts, strict=True)])
        p.on_click(bars, drill, partial(bin_drill, bins, outcome=outcome))
        series.append(bars)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(p.unique(labels))
    categories.setTitleText(v.tr(v.CHART_TIMES_AXIS))
    p.style_axis(categories)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    counts_axis = p.count_axis(max(sum(p.counted(b, o) for o in DECIDED) for b in bins))
    chart.addAxis(counts_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(counts_axis)
    return chart


def bin_drill(bins: list[p.Json], index: int, outcome: str) -> p.Json | None:
    if not 0 <= index < len(bins):
        return None
    found = {"outcome": outcome, "hours_from": _plain(float(bins[index]["from_hours"]))}
    high = _high(bins[index])
    if high is not None:
        found["hours_to"] = _plain(high)
    return found


def _high(one: p.Json) -> float | None:
    high = one.get("to_hours")
    return None if high is None else float(high)


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
