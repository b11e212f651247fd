"""What the exports hold, whatever the format: the grouped table with its totals, the detail rows
and the lines above the grouped table, as typed values (the writers format them).

The grouped table is the screen's pivot (`pivot_model.py`): with a column dimension, rows x
columns of one measure, a total column and a total row (and the previous range's row totals as a
last column when compared); without one, rows x every measure, a total row (and the previous
range's total as a row). Totals are the server's, never sums: medians do not add up.

Qt-free but for the words (QCoreApplication.translate, QLocale): safe on a worker thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from desktop.views.labels import tr_label
from desktop.views.reports import vocabulary as v

Json = dict[str, Any]
# Kinds of columns: "text", "count" (whole number), "share" (0..1), "hours", "time" (local, naive).
TEXT, COUNT, SHARE, HOURS, TIME = "text", "count", "share", "hours", "time"


@dataclass
class Table:
    header: list[str]
    kinds: list[str]  # per column
    rows: list[list[Any]] = field(default_factory=list)
    totals: list[list[Any]] = field(default_factory=list)  # the total row(s), at the bottom
    total_columns: int = 0  # the last columns that are totals


def kind_of(measure: str) -> str:
    return {"share": SHARE, "hours": HOURS}.get(v.MEASURES.get(measure, ("", "count"))[1], COUNT)


def value(measures: Mapping[str, Any] | None, measure: str) -> Any:
    raw = (measures or {}).get(measure)
    if raw is None:
        return None
    return int(raw) if kind_of(measure) == COUNT else float(raw)


def _key(member: Json | None) -> str | None:
    return None if member is None else str(member.get("key", ""))


def grouped(summary: Json, measure: str) -> Table:
    """The pivot as the screen shows it (module docstring)."""
    rows_dim, columns_dim = summary.get("rows_dimension"), summary.get("columns_dimension")
    first = v.dimension_label(rows_dim)
    row_totals = {_key(c.get("row")): c["measures"] for c in summary.get("row_totals", [])}
    compare = summary.get("compare") or None
    before = {_key(c.get("row")): c["measures"] for c in (compare or {}).get("row_totals", [])}
    total = summary.get("total") or {}
    if columns_dim:
        columns = summary.get("columns", [])
        cells = {(_key(c.get("row")), _key(c.get("column"))): c["measures"] for c in summary.get("cells", [])}
        column_totals = {_key(c.get("column")): c["measures"] for c in summary.get("column_totals", [])}
        header = [first, *(v.member_label(columns_dim, c) for c in columns), v.tr(v.TOTAL)]
        if compare:
            header.append(v.tr(v.PREVIOUS_RANGE))
        kinds = [TEXT] + [kind_of(measure)] * (len(header) - 1)
        table = Table(header, kinds, total_columns=2 if compare else 1)
        for member in summary.get("rows", []):
            key = _key(member)
            line = [v.member_label(rows_dim, member)]
            line += [value(cells.get((key, _key(c))), measure) for c in columns]
            line.append(value(row_totals.get(key), measure))
            if compare:
                line.append(value(before.get(key), measure))
            table.rows.append(line)
        last = [v.tr(v.TOTAL), *(value(column_totals.get(_key(c)), measure) for c in columns)]
        last.append(value(total, measure))
        if compare:
            last.append(value(compare.get("total"), measure))
        table.totals.append(last)
        return table
    keys = list(v.MEASURES)
    table = Table([first, *(v.measure_label(k) for k in keys)], [TEXT] + [kind_of(k) for k in keys])
    for member in summary.get("rows", []):
        measures = row_totals.get(_key(member))
        table.rows.append([v.member_label(rows_dim, member), *(value(measures, k) for k in keys)])
    table.totals.append([v.tr(v.TOTAL), *(value(total, k) for k in keys)])
    if compare:
        label = (
            f"{v.tr(v.PREVIOUS_RANGE)} ({_day(compare.get('first_day'))} – {_day(compare.get('last_day'))})"
        )
        table.totals.append([label, *(value(compare.get("total"), k) for k in keys)])
    return table


# --- the lines above the grouped table ------------------------------------------------------------
def preamble(
    summary: Json,
    *,
    title: str,
    measure: str | None = None,
    dimensions: Json | None = None,
    fetched_at: datetime | None = None,
) -> list[str]:
    """Title, range, filters, when the figures were made (and the measure shown, with columns)."""
    query = summary.get("query") or {}
    on = v.tr(v.ON[query["on"]]) if query.get("on") in v.ON else str(query.get("on", ""))
    if query.get("first_day") or query.get("last_day"):
        span = (
            v.tr(v.EXPORT_RANGE)
            .replace("%1", _day(query.get("first_day")))
            .replace("%2", _day(query.get("last_day")))
            .replace("%3", on)
        )
    else:
        span = v.tr(v.EXPORT_ALL_DATES).replace("%1", on)
    lines = [title, span, filters_line(query.get("filters") or {}, _names(summary, dimensions))]
    zone = str(query.get("time_zone") or "UTC")
    moment = fetched_at or _moment(query.get("generated_at"))
    when = local_time(moment, zone) if moment else None
    shown = QLocale().toString(_qt(when), QLocale.FormatType.ShortFormat) if when else "–"
    lines.append(v.tr(v.EXPORT_FETCHED).replace("%1", shown).replace("%2", zone))
    if measure and summary.get("columns_dimension"):
        lines.append(v.tr(v.EXPORT_MEASURE).replace("%1", v.measure_label(measure)))
    return lines


def filters_line(filters: Mapping[str, list[str]], names: Mapping[tuple[str, str], str]) -> str:
    parts = []
    for dimension, keys in filters.items():
        words = [v.member_label(dimension, {"key": k, "label": names.get((dimension, k), k)}) for k in keys]
        parts.append(f"{v.dimension_label(dimension) or dimension}: {', '.join(words)}")
    return v.tr(v.EXPORT_FILTERS).replace("%1", "; ".join(parts)) if parts else v.tr(v.EXPORT_NO_FILTERS)


def _names(summary: Json, dimensions: Json | None) -> dict[tuple[str, str], str]:
    """(dimension, key) -> label: from /dimensions when given, and the report's own members."""
    names: dict[tuple[str, str], str] = {}
    for dimension in (dimensions or {}).get("dimensions", []):
        for member in dimension.get("values", []):
            names[(str(dimension.get("name")), str(member.get("key")))] = str(member.get("label"))
    for which, members in (("rows_dimension", "rows"), ("columns_dimension", "columns")):
        for member in summary.get(members, []):
            names[(str(summary.get(which)), str(member.get("key")))] = str(member.get("label"))
    return names


def _day(raw: Any) -> str:
    if not raw:
        return "…"
    day = date.fromisoformat(str(raw))
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _moment(raw: Any) -> datetime | None:
    if not raw:
        return None
    return datetime.fromisoformat(str(raw).replace("Z", "+00:00"))


def local_time(moment: datetime | None, zone: str) -> datetime | None:
    """`moment` on the wall clock of `zone`, without a zone (spreadsheets hold no zones)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the client's own clock
    return moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


def _qt(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


# --- the detail rows ----------------------------------------------------------------------------
DETAIL_KINDS: dict[str, str] = {
    "received_at": TIME,
    "round": COUNT,
    "offered_at": TIME,
    "deadline": TIME,
    "decided_at": TIME,
    "decision_hours": HOURS,
    "decision_wall_hours": HOURS,
    "processed_at": TIME,
    "processed_hours": HOURS,
    "processed_wall_hours": HOURS,
    "last_step_at": TIME,
}


def details_table(details: Json) -> Table:
    """One line per detail row; codes in the user's words, times on the company's clock
    (`query.time_zone`), hours as numbers."""
    zone = str((details.get("query") or {}).get("time_zone") or "UTC")
    keys = list(v.DETAIL_COLUMNS)
    table = Table([v.tr(v.DETAIL_COLUMNS[k]) for k in keys], [DETAIL_KINDS.get(k, TEXT) for k in keys])
    for row in details.get("rows", []):
        table.rows.append([_detail(row, k, zone) for k in keys])
    return table


def _detail(row: Json, key: str, zone: str) -> Any:
    raw = row.get(key)
    kind = DETAIL_KINDS.get(key, TEXT)
    if kind == TIME:
        return local_time(_moment(raw), zone)
    if kind == HOURS:
        return None if raw is None else float(raw)
    if kind == COUNT:
        return None if raw is None else int(raw)
    if key in ("channel", "type"):
        return tr_label(key.capitalize(), str(raw or ""))
    if key == "partner":
        return str((raw or {}).get("label") or (raw or {}).get("key") or "")
    if key == "outcome":
        return v.outcome_label(str(raw or ""))
    if key == "reason":
        return v.tr(v.PARTNER_INACTIVE) if raw == "partner_inactive" else str(raw or "")
    if key in ("in_time", "silent"):
        return "" if raw is None else v.tr(v.YES if raw else v.NO)
    if key == "forwarded_to":
        if row.get("forwarded_kind") == "returned":
            return v.tr(v.RETURNED)
        return str((raw or {}).get("label") or "")
    if key in ("processed_kind", "result"):
        return v.tr(v.STEPS[raw]) if raw in v.STEPS else str(raw or "")
    return str(raw or "")
