"""Exports of a report: the grouped table (with its groups and totals) and the detail rows, as
CSV and as an Excel workbook; the one-page PDF summary is `export_pdf.py`'s (re-exported here).

What the tables hold is `export_tables.py`'s. Every file is made in memory and then written to a
temporary file in the target's folder, which is renamed onto the target: a failure (a folder that
cannot be written, a full disk) raises OSError and leaves the target as it was, never half a file.

**CSV** is UTF-8 with a byte-order mark (Excel then reads umlauts right) and follows the user's
locale the way Excel does when it opens a file: where the decimal separator is a comma (German,
Italian) fields are separated by ";" and numbers written "17,5"; elsewhere "," and "17.5". Shares
are written as percentages ("66,67%"), which Excel reads as numbers with a % format; times as
"2026-03-02 09:00" on the company's clock. Text that Excel would take for a formula (=, +, -, @)
is prefixed with an apostrophe.

CSV and XLSX use no widgets, so they may run on a worker thread.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale

from desktop.views.reports import export_tables as t
from desktop.views.reports import vocabulary as v
from desktop.views.reports.export_pdf import write_pdf

__all__ = ["CsvStyle", "csv_style", "write_details_csv", "write_grouped_csv", "write_pdf", "write_xlsx"]

Json = dict[str, Any]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# --- writing without half files -------------------------------------------------------------------
def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """`data` at `path`, or OSError and `path` untouched (no temporary file left either)."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


# --- CSV ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CsvStyle:
    delimiter: str
    decimal: str


def csv_style(locale: QLocale | None = None) -> CsvStyle:
    """ ";" and "," where the locale writes decimals with a comma (as Excel there expects)."""
    decimal = (locale or QLocale()).decimalPoint()
    return CsvStyle(";", ",") if decimal == "," else CsvStyle(",", ".")


def _number(value: float, places: int, style: CsvStyle) -> str:
    text = f"{value:.{places}f}".rstrip("0").rstrip(".") if places else str(round(value))
    return text.replace(".", style.decimal)


def csv_value(value: Any, kind: str, style: CsvStyle) -> str:
    if value is None:
        return ""
    if kind == t.COUNT:
        return str(int(value))
    if kind == t.SHARE:
        return _number(float(value) * 100, 2, style) + "%"
    if kind == t.HOURS:
        return _number(float(value), 2, style)
    if kind == t.TIME and isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_bytes(lines: list[list[str]], style: CsvStyle) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=style.delimiter, lineterminator="\r\n")
    writer.writerows(lines)
    return out.getvalue().encode("utf-8-sig")


def _csv_lines(table: t.Table, style: CsvStyle) -> list[list[str]]:
    lines = [[csv_value(h, t.TEXT, style) for h in table.header]]
    for row in [*table.rows, *table.totals]:
        lines.append([csv_value(x, kind, style) for x, kind in zip(row, table.kinds, strict=True)])
    return lines


def write_grouped_csv(
    path: str | os.PathLike[str],
    summary: Json,
    measure: str,
    *,
    title: str | None = None,
    dimensions: Json | None = None,
    fetched_at: datetime | None = None,
    style: CsvStyle | None = None,
) -> None:
    """The pivot (`export_tables.grouped`) under its title, range, filters and time, as CSV."""
    style = style or csv_style()
    above = t.preamble(
        summary,
        title=title or v.tr(v.REPORT_TITLE),
        measure=measure,
        dimensions=dimensions,
        fetched_at=fetched_at,
    )
    lines = [[csv_value(line, t.TEXT, style)] for line in above]
    lines.append([])
    lines += _csv_lines(t.grouped(summary, measure), style)
    write_atomically(path, _csv_bytes(lines, style))


def write_details_csv(path: str | os.PathLike[str], details: Json, *, style: CsvStyle | None = None) -> None:
    """The detail rows (`DetailsOut`): a header line, then one line per row."""
    style = style or csv_style()
    write_atomically(path, _csv_bytes(_csv_lines(t.details_table(details), style), style))


# --- XLSX -----------------------------------------------------------------------------------------
def write_xlsx(
    path: str | os.PathLike[str],
    summary: Json,
    measure: str,
    details: Json | None = None,
    *,
    title: str | None = None,
    dimensions: Json | None = None,
    fetched_at: datetime | None = None,
) -> None:
    """A workbook: sheet "Grouped" (the pivot under its title, range, filters and time; header
    and totals bold, header frozen) and, with `details`, sheet "Details" (one row per detail,
    header frozen, filter buttons). Numbers are numbers: counts "0", shares "0.0%", hours "0.0",
    times "yyyy-mm-dd hh:mm" on the company's clock. Sheet names in the user's language."""
    from desktop.views.reports.export_xlsx import workbook_bytes

    above = t.preamble(
        summary,
        title=title or v.tr(v.REPORT_TITLE),
        measure=measure,
        dimensions=dimensions,
        fetched_at=fetched_at,
    )
    grouped = t.grouped(summary, measure)
    rows = t.details_table(details) if details is not None else None
    write_atomically(path, workbook_bytes(above, grouped, rows))
