"""Outcome of the offers by the report's row dimension: one horizontal stacked bar per row member
(accepted, declined, expired, withdrawn, waiting), from the server's row totals."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QChart, QHorizontalStackedBarSeries
from PySide6.QtCore import Qt

from desktop.views.reports import chart_parts as p
from desktop.views.reports import vocabulary as v

MAX_BARS = 12
# Qt elides a category label to "…" once its bar is lower than about two lines: how many fit.
ROW_HEIGHT, FRAME_HEIGHT = 24, 120  # px per bar, px of title, legend and axis


def bars_fitting(height: float) -> int:
    return max(3, min(MAX_BARS, int((height - FRAME_HEIGHT) // ROW_HEIGHT)))


@dataclass(frozen=True)
class Group:
    label: str
    drill: p.Json | None  # None: the bar selects nothing expressible (e.g. scattered periods)
    measures: dict[str, int]


def groups(summary: p.Json, most: int = MAX_BARS) -> list[Group]:
    """The bars, top to bottom: the row members (or the total without rows); beyond `most`, the
    `most - 1` with the most offers and the rest as one "Others (n)" bar."""
    dimension = summary.get("rows_dimension")
    rows = [c for c in summary.get("row_totals", []) if c.get("row") is not None]
    if not dimension or not rows:
        total = summary.get("total") or {}
        return [Group(v.tr(v.TOTAL), {}, {o: p.counted(total, o) for o in p.OUTCOME_ORDER})]
    shown = rows
    rest: list[Any] = []
    if len(rows) > most:
        ranked = sorted(rows, key=lambda c: -p.counted(c["measures"], "offered"))
        kept = {id(c) for c in ranked[: most - 1]}
        shown = [c for c in rows if id(c) in kept]
        rest = [c for c in rows if id(c) not in kept]
    out = [
        Group(
            p.short(v.member_label(dimension, c["row"])),
            member_drill(dimension, c["row"]),
            {o: p.counted(c["measures"], o) for o in p.OUTCOME_ORDER},
        )
        for c in shown
    ]
    if rest:
        keys = [str(c["row"].get("key", "")) for c in rest]
        out.append(
            Group(
                v.tr(v.CHART_OTHERS).replace("%1", str(len(rest))),
                None if dimension == "period" else {dimension: keys},
                {o: sum(p.counted(c["measures"], o) for c in rest) for o in p.OUTCOME_ORDER},
            )
        )
    return out


def member_drill(dimension: str, member: p.Json) -> p.Json:
    if dimension == "period":
        return {"from": str(member.get("first_day") or ""), "to": str(member.get("last_day") or "")}
    return {dimension: str(member.get("key", ""))}


def outcome_chart(
    summary: p.Json, drill: p.OnDrill = None, *, dark: bool = False, most: int = MAX_BARS
) -> QChart:
    dimension = summary.get("rows_dimension")
    title = (
        v.tr(v.CHART_OUTCOME).replace("%1", v.dimension_label(dimension))
        if dimension
        else v.tr(v.CHART_OUTCOME_TOTAL)
    )
    chart = p.new_chart(title, dark=dark)
    bars = groups(summary, most)
    if not any(sum(g.measures.values()) for g in bars):
        p.show_empty(chart)
        return chart
    bottom_up = bars[::-1]  # Qt draws the first category at the bottom
    series = QHorizontalStackedBarSeries()
    series.setBarWidth(0.7)
    for outcome in p.OUTCOME_ORDER:
        word = v.outcome_label(outcome)
        segment = p.bar_set(word, [g.measures[outcome] for g in bottom_up], p.COLOURS[outcome])
        p.tips(segment, [f"{g.label}: {word} {g.measures[outcome]}" for g in bottom_up])
        p.on_click(segment, drill, partial(_segment, bottom_up, outcome=outcome))
        series.append(segment)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(p.unique([g.label for g in bottom_up]))
    p.style_axis(categories)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    counts = p.count_axis(max(sum(g.measures.values()) for g in bars), v.tr(v.CHART_ROUNDS))
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(counts)
    return chart


def _segment(bottom_up: list[Group], index: int, outcome: str) -> p.Json | None:
    if not 0 <= index < len(bottom_up) or bottom_up[index].drill is None:
        return None
    return {**(bottom_up[index].drill or {}), "outcome": outcome}
