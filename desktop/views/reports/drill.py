"""What a click on a chart selects: the `drill` dict of `ReportCharts`, and how to apply it.

A drill dict narrows the report's own filters (the area merges it into them) to the enquiries
behind one bar, segment or point. Its keys:

- a dimension name (`partner`, `channel`, `country`, `round`, ...): the member's key, as the
  server's filter `<dimension>=<key>`; a list of keys for a bar that groups several members
  ("Others (n)": alternatives, `channel=web&channel=phone`);
- `from`, `to` (YYYY-MM-DD): a period, by its first and last day (the server's range);
- `outcome`: a round's outcome code (`accepted`, `declined`, `expired`, `withdrawn`, `pending`),
  chosen among the detail rows here: the server has no such filter;
- `stage`: `offered` (rows of an offer round, i.e. not head office's own unit) or `processed`
  (accepted rounds that reached a later step), also chosen here;
- `hours_from`, `hours_to`: decided (accepted or declined) after this many working hours,
  `[from, to)`; no `hours_to` for the open-ended last bin; chosen here.

Examples: `{"partner": "<id>", "outcome": "declined"}` (a stacked segment), `{"from":
"2026-03-01", "to": "2026-03-31"}` (a trend point), `{}` (the funnel's *Received*: everything),
`{"outcome": "accepted", "hours_from": "4", "hours_to": "8"}` (a decision-time segment).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from desktop.views.reports import vocabulary as v

Drill = dict[str, Any]
CHOSEN_HERE = ("outcome", "stage", "hours_from", "hours_to")


def server_part(found: Mapping[str, Any]) -> dict[str, Any]:
    """The keys the server filters by (dimensions, from, to)."""
    return {k: value for k, value in found.items() if k not in CHOSEN_HERE}


def row_filter(found: Mapping[str, Any]) -> Callable[[Mapping[str, Any]], bool]:
    """Whether a detail row (`DetailsOut.rows[i]`) belongs to the drill's client-side part."""
    outcome = found.get("outcome")
    stage = found.get("stage")
    low = float(found["hours_from"]) if "hours_from" in found else None
    high = float(found["hours_to"]) if "hours_to" in found else None

    def keeps(row: Mapping[str, Any]) -> bool:
        if outcome is not None and row.get("outcome") != outcome:
            return False
        if stage == "offered" and row.get("round") is None:
            return False
        if stage == "processed" and not (row.get("outcome") == "accepted" and row.get("processed_at")):
            return False
        if low is not None:
            hours = row.get("decision_hours")
            if row.get("outcome") not in ("accepted", "declined") or hours is None:
                return False
            if hours < low or (high is not None and hours >= high):
                return False
        return True

    return keeps


def words(found: Mapping[str, Any]) -> list[str]:
    """The client-side part in the user's words (the area names the dimensions itself)."""
    said = []
    if "outcome" in found:
        said.append(v.outcome_label(str(found["outcome"])))
    if found.get("stage") in v.STAGES:
        said.append(v.tr(v.STAGES[str(found["stage"])]))
    if "hours_from" in found:
        low = _number(found["hours_from"])
        if "hours_to" in found:
            said.append(v.tr(v.DECIDED_AFTER).replace("%1", low).replace("%2", _number(found["hours_to"])))
        else:
            said.append(v.tr(v.DECIDED_AFTER_OPEN).replace("%1", low))
    return said


def _number(value: Any) -> str:
    number = float(value)
    return str(int(number)) if number.is_integer() else str(number)
