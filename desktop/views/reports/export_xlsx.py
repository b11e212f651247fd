"""The Excel workbook of a report (XlsxWriter, in memory): sheet "Grouped" with the lines above
the table, the pivot and its totals; sheet "Details" with the detail rows. `export.write_xlsx`
writes the bytes."""

from __future__ import annotations

import io
import re
from datetime import datetime
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from desktop.views.reports import export_tables as t
from desktop.views.reports import vocabulary as v

NUMBER_FORMATS = {t.COUNT: "0", t.SHARE: "0.0%", t.HOURS: "0.0", t.TIME: "yyyy-mm-dd hh:mm"}
SHOWN_WIDTH = {t.COUNT: 6, t.SHARE: 7, t.HOURS: 7, t.TIME: 16}  # characters a number takes
MAX_WIDTH = 48


class Formats:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.title = book.add_format({"bold": True, "font_size": 13})
        self.note = book.add_format({"font_color": "#555555"})
        self.header = book.add_format({"bold": True, "bottom": 1, "text_wrap": True, "valign": "top"})
        self.plain = {k: book.add_format({"num_format": f}) for k, f in NUMBER_FORMATS.items()}
        self.bold = {k: book.add_format({"num_format": f, "bold": True}) for k, f in NUMBER_FORMATS.items()}
        self.text = book.add_format({})
        self.bold_text = book.add_format({"bold": True})

    def of(self, kind: str, bold: bool) -> Format:
        if kind == t.TEXT:
            return self.bold_text if bold else self.text
        return (self.bold if bold else self.plain)[kind]


def sheet_name(text: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\ ."""
    return re.sub(r"[\[\]:*?/\\]", " ", text).strip()[:31] or "Sheet"


def _put(sheet: Worksheet, row: int, column: int, value: Any, kind: str, fmt: Format) -> None:
    if value is None:
        sheet.write_blank(row, column, None, fmt)
    elif kind == t.TIME and isinstance(value, datetime):
        sheet.write_datetime(row, column, value, fmt)
    elif kind == t.TEXT:
        sheet.write_string(row, column, str(value), fmt)  # never a formula, whatever it starts with
    else:
        sheet.write_number(row, column, value, fmt)


def _table(sheet: Worksheet, top: int, table: t.Table, formats: Formats) -> list[int]:
    """The header at row `top`, then the rows and totals; the characters each column needs."""
    widths = [min(MAX_WIDTH, max(8, len(h) // 2 + 1)) for h in table.header]  # headers wrap
    for column, heading in enumerate(table.header):
        sheet.write_string(top, column, heading, formats.header)
    first_total_column = len(table.header) - table.total_columns
    for offset, row in enumerate([*table.rows, *table.totals]):
        bold_row = offset >= len(table.rows)
        for column, (value, kind) in enumerate(zip(row, table.kinds, strict=True)):
            fmt = formats.of(kind, bold_row or column >= first_total_column)
            _put(sheet, top + 1 + offset, column, value, kind, fmt)
            shown = len(str(value)) if kind == t.TEXT and value is not None else SHOWN_WIDTH.get(kind, 0)
            widths[column] = min(MAX_WIDTH, max(widths[column], shown + 2))
    for column, width in enumerate(widths):
        sheet.set_column(column, column, width)
    return widths


def workbook_bytes(above: list[str], grouped: t.Table, details: t.Table | None) -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    formats = Formats(book)
    sheet = book.add_worksheet(sheet_name(v.tr(v.SHEET_GROUPED)))
    for row, line in enumerate(above):
        sheet.write_string(row, 0, line, formats.title if row == 0 else formats.note)
    top = len(above) + 1
    _table(sheet, top, grouped, formats)
    sheet.freeze_panes(top + 1, 1)
    if details is not None:
        rows = book.add_worksheet(sheet_name(v.tr(v.SHEET_DETAILS)))
        _table(rows, 0, details, formats)
        rows.freeze_panes(1, 1)
        rows.autofilter(0, 0, max(len(details.rows), 1), len(details.header) - 1)
    book.close()
    return out.getvalue()
