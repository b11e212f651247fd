"""The words and number formats of the Reports area: measures, dimensions, outcomes, members.

The server's `/reports/...` answers carry codes and keys (`central/api/report_models.py`); this
module names them in the user's language (context "Report", translated at display time) and
formats the figures the same way for the table, the charts and the exports.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from desktop.views.labels import tr_label
from enquiries.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Report"
HORIZONTAL, VERTICAL = Qt.Orientation.Horizontal, Qt.Orientation.Vertical

# Measures shown in the pivot and the exports, in this order: key in MeasuresOut -> (label, kind).
# kind: "count", "share" (0..1, shown as %), "hours".
MEASURES: dict[str, tuple[str, str]] = {
    "received": (QT_TRANSLATE_NOOP("Report", "Received"), "count"),
    "offered": (QT_TRANSLATE_NOOP("Report", "Offered"), "count"),
    "accepted": (QT_TRANSLATE_NOOP("Report", "Accepted"), "count"),
    "declined": (QT_TRANSLATE_NOOP("Report", "Declined"), "count"),
    "expired": (QT_TRANSLATE_NOOP("Report", "Expired"), "count"),
    "withdrawn": (QT_TRANSLATE_NOOP("Report", "Withdrawn"), "count"),
    "pending": (QT_TRANSLATE_NOOP("Report", "Waiting for an answer"), "count"),
    "accept_rate": (QT_TRANSLATE_NOOP("Report", "Accept rate"), "share"),
    "decision_hours_median": (QT_TRANSLATE_NOOP("Report", "Time to decision, median (working h)"), "hours"),
    "decision_hours_p90": (QT_TRANSLATE_NOOP("Report", "Time to decision, p90 (working h)"), "hours"),
    "decision_wall_hours_median": (
        QT_TRANSLATE_NOOP("Report", "Time to decision, median (clock h)"),
        "hours",
    ),
    "decision_wall_hours_p90": (QT_TRANSLATE_NOOP("Report", "Time to decision, p90 (clock h)"), "hours"),
    "decided_in_time_share": (QT_TRANSLATE_NOOP("Report", "Decided within 48 working hours"), "share"),
    "processed": (QT_TRANSLATE_NOOP("Report", "Processed further"), "count"),
    "processed_share": (QT_TRANSLATE_NOOP("Report", "Processed further (share)"), "share"),
    "processed_hours_median": (
        QT_TRANSLATE_NOOP("Report", "Time to first step, median (working h)"),
        "hours",
    ),
    "silent": (QT_TRANSLATE_NOOP("Report", "Silent for 14 days"), "count"),
    "won": (QT_TRANSLATE_NOOP("Report", "Won"), "count"),
    "lost": (QT_TRANSLATE_NOOP("Report", "Lost"), "count"),
}

DIMENSIONS: dict[str, str] = {
    "partner": QT_TRANSLATE_NOOP("Report", "Partner"),
    "channel": QT_TRANSLATE_NOOP("Report", "Channel"),
    "country": QT_TRANSLATE_NOOP("Report", "Country"),
    "subdivision": QT_TRANSLATE_NOOP("Report", "Region"),
    "postcode_area": QT_TRANSLATE_NOOP("Report", "Postcode area"),
    "product_interest": QT_TRANSLATE_NOOP("Report", "Product interest"),
    "type": QT_TRANSLATE_NOOP("Report", "Type"),
    "round": QT_TRANSLATE_NOOP("Report", "Offer round"),
    "period": QT_TRANSLATE_NOOP("Report", "Period"),
}

PERIODS: dict[str, str] = {
    "day": QT_TRANSLATE_NOOP("Report", "Day"),
    "week": QT_TRANSLATE_NOOP("Report", "Week"),
    "month": QT_TRANSLATE_NOOP("Report", "Month"),
    "quarter": QT_TRANSLATE_NOOP("Report", "Quarter"),
    "year": QT_TRANSLATE_NOOP("Report", "Year"),
}

ON: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP("Report", "by date received"),
    "decided": QT_TRANSLATE_NOOP("Report", "by date decided"),
}

OUTCOMES: dict[str, str] = {
    "accepted": QT_TRANSLATE_NOOP("Report", "accepted"),
    "declined": QT_TRANSLATE_NOOP("Report", "declined"),
    "expired": QT_TRANSLATE_NOOP("Report", "expired"),
    "withdrawn": QT_TRANSLATE_NOOP("Report", "withdrawn"),
    "pending": QT_TRANSLATE_NOOP("Report", "waiting"),
    "with_head_office": QT_TRANSLATE_NOOP("Report", "with head office"),
}

TOTAL = QT_TRANSLATE_NOOP("Report", "Total")
NONE = QT_TRANSLATE_NOOP("Report", "(none)")
PREVIOUS_RANGE = QT_TRANSLATE_NOOP("Report", "Previous range")

# --- charts (charts.py and chart_*.py) -----------------------------------------------------------
CHART_OUTCOME = QT_TRANSLATE_NOOP("Report", "Outcome of the offers by %1")
CHART_OUTCOME_TOTAL = QT_TRANSLATE_NOOP("Report", "Outcome of the offers")
CHART_ROUNDS = QT_TRANSLATE_NOOP("Report", "Offer rounds")
CHART_OTHERS = QT_TRANSLATE_NOOP("Report", "Others (%1)")
CHART_TREND = QT_TRANSLATE_NOOP("Report", "Volume over time")
CHART_TIMES = QT_TRANSLATE_NOOP("Report", "Time to decision: median %1 h, p90 %2 h")
CHART_TIMES_NONE = QT_TRANSLATE_NOOP("Report", "Time to decision")
CHART_TIMES_AXIS = QT_TRANSLATE_NOOP("Report", "Working hours from offer to answer")
CHART_BIN = QT_TRANSLATE_NOOP("Report", "%1–%2")
CHART_BIN_OPEN = QT_TRANSLATE_NOOP("Report", "≥ %1")
CHART_FUNNEL = QT_TRANSLATE_NOOP("Report", "From enquiry to processing (% of received)")
NO_ENQUIRIES = QT_TRANSLATE_NOOP("Report", "No enquiries in this range")

# --- what a click on a chart selects, beyond the dimensions (drill.py) ---------------------------
STAGES: dict[str, str] = {
    "offered": QT_TRANSLATE_NOOP("Report", "offered"),
    "processed": QT_TRANSLATE_NOOP("Report", "processed further"),
}
DECIDED_AFTER = QT_TRANSLATE_NOOP("Report", "decided after %1–%2 working hours")
DECIDED_AFTER_OPEN = QT_TRANSLATE_NOOP("Report", "decided after %1 working hours or more")

# --- exports (export*.py) -----------------------------------------------------------------------
EXPORT_RANGE = QT_TRANSLATE_NOOP("Report", "Range: %1 – %2, %3")
EXPORT_ALL_DATES = QT_TRANSLATE_NOOP("Report", "Range: all dates, %1")
EXPORT_FILTERS = QT_TRANSLATE_NOOP("Report", "Filters: %1")
EXPORT_NO_FILTERS = QT_TRANSLATE_NOOP("Report", "Filters: none")
EXPORT_FETCHED = QT_TRANSLATE_NOOP("Report", "Figures of %1 (time zone %2)")
EXPORT_MEASURE = QT_TRANSLATE_NOOP("Report", "Figure shown: %1")
EXPORT_MORE_ROWS = QT_TRANSLATE_NOOP("Report", "… %1 more rows")
SHEET_GROUPED = QT_TRANSLATE_NOOP("Report", "Grouped")
SHEET_DETAILS = QT_TRANSLATE_NOOP("Report", "Details")
YES = QT_TRANSLATE_NOOP("Report", "yes")
NO = QT_TRANSLATE_NOOP("Report", "no")
RETURNED = QT_TRANSLATE_NOOP("Report", "back to head office")
PARTNER_INACTIVE = QT_TRANSLATE_NOOP("Report", "partner deactivated")
REPORT_TITLE = QT_TRANSLATE_NOOP("Report", "Enquiry report")

# The detail rows' columns (DetailsOut rows), in export order.
DETAIL_COLUMNS: dict[str, str] = {
    "number": QT_TRANSLATE_NOOP("Report", "Number"),
    "received_at": QT_TRANSLATE_NOOP("Report", "Received at"),
    "channel": QT_TRANSLATE_NOOP("Report", "Channel"),
    "type": QT_TRANSLATE_NOOP("Report", "Type"),
    "product_interest": QT_TRANSLATE_NOOP("Report", "Product interest"),
    "country": QT_TRANSLATE_NOOP("Report", "Country"),
    "subdivision": QT_TRANSLATE_NOOP("Report", "Region"),
    "postcode_area": QT_TRANSLATE_NOOP("Report", "Postcode area"),
    "partner": QT_TRANSLATE_NOOP("Report", "Partner"),
    "round": QT_TRANSLATE_NOOP("Report", "Offer round"),
    "outcome": QT_TRANSLATE_NOOP("Report", "Outcome"),
    "offered_at": QT_TRANSLATE_NOOP("Report", "Offered at"),
    "deadline": QT_TRANSLATE_NOOP("Report", "Deadline"),
    "decided_at": QT_TRANSLATE_NOOP("Report", "Decided at"),
    "reason": QT_TRANSLATE_NOOP("Report", "Reason"),
    "decision_hours": QT_TRANSLATE_NOOP("Report", "Time to decision (working h)"),
    "decision_wall_hours": QT_TRANSLATE_NOOP("Report", "Time to decision (clock h)"),
    "in_time": QT_TRANSLATE_NOOP("Report", "Decided within 48 working hours"),
    "forwarded_to": QT_TRANSLATE_NOOP("Report", "Forwarded to"),
    "processed_kind": QT_TRANSLATE_NOOP("Report", "First step"),
    "processed_at": QT_TRANSLATE_NOOP("Report", "First step at"),
    "processed_hours": QT_TRANSLATE_NOOP("Report", "Time to first step (working h)"),
    "processed_wall_hours": QT_TRANSLATE_NOOP("Report", "Time to first step (clock h)"),
    "last_step_at": QT_TRANSLATE_NOOP("Report", "Latest step at"),
    "silent": QT_TRANSLATE_NOOP("Report", "Silent for 14 days"),
    "result": QT_TRANSLATE_NOOP("Report", "Result"),
}

# The first step after acceptance (DetailRow.processed_kind; enquiries/reporting/facts.py STEP_KINDS).
STEPS: dict[str, str] = {
    "first_activity": QT_TRANSLATE_NOOP("Report", "first activity (note, document, task or contact)"),
    "external_assigned": QT_TRANSLATE_NOOP("Report", "handed to an external colleague"),
    "consultation": QT_TRANSLATE_NOOP("Report", "consultation appointment"),
    "offer_handover": QT_TRANSLATE_NOOP("Report", "offer handed over"),
    "order": QT_TRANSLATE_NOOP("Report", "order"),
    "won": QT_TRANSLATE_NOOP("Report", "won"),
    "lost": QT_TRANSLATE_NOOP("Report", "lost"),
    "discarded": QT_TRANSLATE_NOOP("Report", "discarded"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def measure_label(key: str) -> str:
    return tr(MEASURES[key][0]) if key in MEASURES else key


def dimension_label(name: str | None) -> str:
    return tr(DIMENSIONS[name]) if name in DIMENSIONS else ""


def outcome_label(code: str) -> str:
    return tr(OUTCOMES[code]) if code in OUTCOMES else code


def member_label(dimension: str | None, member: dict[str, Any] | None) -> str:
    """A row's or column's name: the client's own word for codes, the server's label otherwise."""
    if member is None:
        return tr(TOTAL)
    key = str(member.get("key", ""))
    if dimension == "channel" and key:
        return tr_label("Channel", key)
    if dimension == "type" and key:
        return tr_label("Type", key)
    if key == "" and dimension not in ("partner",):
        return tr(NONE)
    return str(member.get("label") or key)


def value_of(measures: dict[str, Any], key: str) -> float | None:
    value = measures.get(key)
    return None if value is None else float(value)


def formatted(measures: dict[str, Any], key: str) -> str:
    """The figure as the table shows it: counts whole, shares as %, hours with one decimal."""
    value = value_of(measures, key)
    if value is None:
        return "–"
    kind = MEASURES.get(key, ("", "count"))[1]
    locale = QLocale()
    if kind == "share":
        return locale.toString(value * 100, "f", 1) + " %"
    if kind == "hours":
        return locale.toString(value, "f", 1)
    return locale.toString(int(value))
