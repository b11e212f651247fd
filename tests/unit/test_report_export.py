"""Exports of a report (desktop/views/reports/export.py), from the server's real answers
(tests/unit/report_answers.py): CSV and XLSX keep the groups and the server's totals (a median's
total is not a sum), shares are % cells, details have one row each with translated words and local
times, the PDF is one page with the title and its table, and a path that cannot be written raises
OSError and leaves no file behind."""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QLocale

from desktop.views.reports import export
from desktop.views.reports import vocabulary as v
from tests.unit.report_answers import MUELLER, ROSSI, answer
from tests.unit.report_german import GERMAN, german

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt's qapp exists

TITLE = "Enquiry report, March and April"


@pytest.fixture
def locale(request: pytest.FixtureRequest) -> Iterator[QLocale]:
    """The application's locale for one test (`@pytest.mark.parametrize("locale", [...], indirect=True)`)."""
    before = QLocale()
    chosen = QLocale(getattr(request, "param", "de"))
    QLocale.setDefault(chosen)
    yield chosen
    QLocale.setDefault(before)


def read_csv(path: Path, delimiter: str = ";") -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, for Excel"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=delimiter))


def german_number(text: str) -> float | None:
    """A CSV figure as a German Excel reads it: "66,67%" -> 0.6667, "17,5" -> 17.5."""
    if text == "":
        return None
    if text.endswith("%"):
        return round(float(text[:-1].replace(",", ".")) / 100, 6)
    return float(text.replace(",", "."))


def member_row(summary: dict[str, Any], label: str) -> dict[str, Any]:
    return next(c["measures"] for c in summary["row_totals"] if c["row"]["label"] == label)


# --- grouped CSV ------------------------------------------------------------------------------------
def test_grouped_csv_rows_by_columns_keeps_every_cell_and_the_servers_totals(
    tmp_path: Path, locale: QLocale
) -> None:
    summary = answer("by_partner_month")
    path = tmp_path / "grouped.csv"
    export.write_grouped_csv(path, summary, "accept_rate", title=TITLE)
    lines = read_csv(path)
    assert lines[0] == [TITLE]
    above = [line[0] for line in lines[1 : lines.index([])]]
    assert above[0].startswith("Range: ") and "by date received" in above[0]
    assert above[1] == "Filters: none"
    assert "Europe/Rome" in above[2]
    assert above[3] == "Figure shown: Accept rate"
    table = lines[lines.index([]) + 1 :]
    assert table[0] == ["Partner", "2026-03", "2026-04", "Total"], "German Excel: fields split at ;"
    assert [line[0] for line in table[1:]] == [m["label"] for m in summary["rows"]] + ["Total"]
    cells = {(c["row"]["key"], c["column"]["key"]): c["measures"] for c in summary["cells"]}
    for member, line in zip(summary["rows"], table[1:-1], strict=True):
        for month, text in zip(("2026-03", "2026-04"), line[1:3], strict=True):
            assert german_number(text) == cells[(member["key"], month)]["accept_rate"]
        assert german_number(line[3]) == member_row(summary, member["label"])["accept_rate"]
    total_line = table[-1]
    column_totals = [c["measures"]["accept_rate"] for c in summary["column_totals"]]
    assert [german_number(x) for x in total_line[1:3]] == column_totals
    assert german_number(total_line[3]) == summary["total"]["accept_rate"] == 0.6
    müller = table[1 + [m["key"] for m in summary["rows"]].index(MUELLER)]
    assert müller[1] == "66,67%" and müller[2] == "", "a share as Excel reads it; no value: empty"


def test_grouped_csv_total_of_a_median_is_the_servers_not_a_sum(tmp_path: Path, locale: QLocale) -> None:
    summary = answer("by_partner")
    path = tmp_path / "medians.csv"
    export.write_grouped_csv(path, summary, "decision_hours_median", title=TITLE)
    lines = read_csv(path)
    header = next(line for line in lines if line and line[0] == "Partner")
    column = header.index(v.measure_label("decision_hours_median"))
    assert len(header) == 1 + len(v.MEASURES), "without columns: rows x every measure"
    body = lines[lines.index(header) + 1 :]
    by_label = {line[0]: line for line in body}
    assert german_number(by_label["Fenster Müller GmbH"][column]) == 16.5
    assert german_number(by_label["Serramenti Rossi Srl"][column]) == 26.0
    assert by_label["Total"][column] == "17,5"
    assert german_number(by_label["Total"][column]) != 16.5 + 26.0
    assert by_label["Total"][header.index("Received")] == "5"
    assert by_label["Total"][header.index("Offered")] == "6"


def test_grouped_csv_names_the_filters_and_the_comparison(tmp_path: Path, locale: QLocale) -> None:
    summary, dimensions = answer("mueller_by_channel"), answer("dimensions")
    path = tmp_path / "filtered.csv"
    export.write_grouped_csv(path, summary, "received", title=TITLE, dimensions=dimensions)
    lines = read_csv(path)
    assert ["Filters: Partner: Fenster Müller GmbH"] in lines
    export.write_grouped_csv(path, summary, "received", title=TITLE)  # no names: the key stays
    assert [f"Filters: Partner: {MUELLER}"] in read_csv(path)

    compared = answer("compared")
    export.write_grouped_csv(path, compared, "received", title=TITLE)
    lines = read_csv(path)
    previous = next(line for line in lines if line and line[0].startswith("Previous range"))
    header = next(line for line in lines if line and line[0] == "Partner")
    assert previous[header.index("Received")] == str(compared["compare"]["total"]["received"]) == "4"


@pytest.mark.parametrize(
    ("locale", "delimiter", "decimal"),
    [("de", ";", ","), ("it", ";", ","), ("en", ",", ".")],
    indirect=["locale"],
)
def test_csv_follows_the_locale_as_excel_does(
    tmp_path: Path, locale: QLocale, delimiter: str, decimal: str
) -> None:
    assert export.csv_style() == export.CsvStyle(delimiter, decimal)
    path = tmp_path / "grouped.csv"
    export.write_grouped_csv(path, answer("by_partner"), "received", title=TITLE)
    lines = read_csv(path, delimiter)
    total = next(line for line in lines if line and line[0] == "Total")
    header = next(line for line in lines if line and line[0] == "Partner")
    assert total[header.index("Time to decision, p90 (working h)")] == f"41{decimal}9"


# --- details CSV ----------------------------------------------------------------------------------
def test_details_csv_one_line_per_row_in_german_words_and_local_time(
    tmp_path: Path, locale: QLocale, qapp: Any
) -> None:
    details = answer("details")
    path = tmp_path / "details.csv"
    with german():
        export.write_details_csv(path, details)
    lines = read_csv(path)
    header, rows = lines[0], lines[1:]
    assert len(rows) == len(details["rows"]) == 7
    assert header[:2] == ["Nummer", "Received at"] and "Ergebnis" in header
    outcome = header.index("Ergebnis")
    words = [GERMAN[v.OUTCOMES[r["outcome"]]] for r in details["rows"]]
    assert [line[outcome] for line in rows] == words
    assert {"angenommen", "abgelehnt", "abgelaufen", "wartet auf Antwort", "bei der Zentrale"} >= set(words)
    assert "abgelehnt" in words and "abgelaufen" in words
    first = rows[0]
    assert first[0] == details["rows"][0]["number"]
    assert first[1] == "2026-03-02 09:00", "08:00 UTC on the company's clock (Europe/Rome, CET)"
    declined = next(line for line in rows if line[outcome] == "abgelehnt")
    assert declined[header.index("Time to decision (working h)")] == "47"
    assert declined[header.index("Time to decision (clock h)")] == "119"
    assert declined[header.index("Decided at")] == "2026-04-07 09:00", "07:00 UTC in CEST"
    assert declined[header.index("Reason")] == "Outside our delivery area."
    assert declined[header.index("Decided within 48 working hours")] == "ja"


def test_text_that_excel_would_run_as_a_formula_is_defused(tmp_path: Path, locale: QLocale) -> None:
    details = answer("details")
    details["rows"][0]["product_interest"] = '=HYPERLINK("http://x.example","click")'
    details["rows"][1]["reason"] = "-1+2"
    path = tmp_path / "details.csv"
    export.write_details_csv(path, details)
    lines = read_csv(path)
    column = lines[0].index("Product interest")
    assert lines[1][column] == "'" + details["rows"][0]["product_interest"]
    assert lines[2][lines[0].index("Reason")] == "'-1+2"
    workbook = tmp_path / "book.xlsx"
    export.write_xlsx(workbook, answer("by_partner"), "received", details=details)
    sheet = openpyxl.load_workbook(workbook)["Details"]
    cell = sheet.cell(row=2, column=column + 1)
    assert cell.data_type == "s" and cell.value == details["rows"][0]["product_interest"]


# --- XLSX -----------------------------------------------------------------------------------------
def header_row(sheet: Any, first: str) -> int:
    return next(r for r in range(1, sheet.max_row + 1) if sheet.cell(row=r, column=1).value == first)


def test_xlsx_grouped_sheet_has_numbers_percent_cells_bold_totals_and_a_frozen_header(
    tmp_path: Path, locale: QLocale
) -> None:
    summary = answer("by_partner_month")
    path = tmp_path / "report.xlsx"
    export.write_xlsx(path, summary, "accept_rate", details=answer("details"), title=TITLE)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Grouped", "Details"]
    sheet = book["Grouped"]
    assert sheet["A1"].value == TITLE and sheet["A1"].font.b
    top = header_row(sheet, "Partner")
    assert [c.value for c in sheet[top]] == ["Partner", "2026-03", "2026-04", "Total"]
    assert all(c.font.b for c in sheet[top])
    assert sheet.freeze_panes == f"B{top + 1}"
    rows = {sheet.cell(row=r, column=1).value: r for r in range(top + 1, sheet.max_row + 1)}
    assert list(rows) == [m["label"] for m in summary["rows"]] + ["Total"]
    müller = rows["Fenster Müller GmbH"]
    assert sheet.cell(row=müller, column=2).value == 0.6667
    assert sheet.cell(row=müller, column=2).number_format == "0.0%"
    assert sheet.cell(row=müller, column=3).value is None
    assert not sheet.cell(row=müller, column=2).font.b
    assert sheet.cell(row=müller, column=4).font.b, "the total column is bold"
    total = rows["Total"]
    assert [sheet.cell(row=total, column=c).value for c in (2, 3, 4)] == [0.75, 0.0, 0.6]
    assert all(sheet.cell(row=total, column=c).font.b for c in range(1, 5))
    assert sheet.column_dimensions["A"].width >= len("Serramenti Rossi Srl")


def test_xlsx_totals_are_the_servers_for_medians_and_counts_are_whole(tmp_path: Path) -> None:
    summary = answer("by_partner")
    path = tmp_path / "report.xlsx"
    export.write_xlsx(path, summary, "received")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Grouped"], "no details given: no Details sheet"
    sheet = book["Grouped"]
    top = header_row(sheet, "Partner")
    header = [c.value for c in sheet[top]]
    assert header[1:] == [v.measure_label(k) for k in v.MEASURES]
    total = next(r for r in range(top + 1, sheet.max_row + 1) if sheet.cell(row=r, column=1).value == "Total")
    for index, key in enumerate(v.MEASURES, start=2):
        assert sheet.cell(row=total, column=index).value == summary["total"][key], key
    median = sheet.cell(row=total, column=header.index(v.measure_label("decision_hours_median")) + 1)
    assert median.value == 17.5 and median.number_format == "0.0"
    received = sheet.cell(row=total, column=2)
    assert received.value == 5 and received.number_format == "0"


def test_xlsx_details_sheet_one_row_each_times_as_dates_hours_as_numbers(tmp_path: Path) -> None:
    details = answer("details")
    path = tmp_path / "report.xlsx"
    export.write_xlsx(path, answer("by_partner"), "received", details=details)
    sheet = openpyxl.load_workbook(path)["Details"]
    header = [c.value for c in sheet[1]]
    assert header == [v.DETAIL_COLUMNS[k] for k in v.DETAIL_COLUMNS]
    assert sheet.max_row == 1 + len(details["rows"])
    assert sheet.freeze_panes == "B2" and all(c.font.b for c in sheet[1])
    col = {name: header.index(v.DETAIL_COLUMNS[name]) + 1 for name in v.DETAIL_COLUMNS}
    assert [sheet.cell(row=r, column=col["outcome"]).value for r in range(2, sheet.max_row + 1)] == [
        v.OUTCOMES[r["outcome"]] for r in details["rows"]
    ]
    received = sheet.cell(row=2, column=col["received_at"])
    assert received.value == datetime(2026, 3, 2, 9, 0) and received.number_format == "yyyy-mm-dd hh:mm"
    hours = [sheet.cell(row=r, column=col["decision_hours"]).value for r in range(2, sheet.max_row + 1)]
    assert hours == [r["decision_hours"] for r in details["rows"]]
    assert sheet.cell(row=2, column=col["decision_hours"]).number_format == "0.0"
    partners = {sheet.cell(row=r, column=col["partner"]).value for r in range(2, sheet.max_row + 1)}
    assert "Serramenti Rossi Srl" in partners and ROSSI not in partners


# --- PDF ------------------------------------------------------------------------------------------
def pdf_text(path: Path) -> tuple[int, str]:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return document.pageCount(), document.getAllText(0).text()


def test_pdf_is_one_a4_landscape_page_with_title_figures_and_table(
    tmp_path: Path, qapp: Any, locale: QLocale
) -> None:
    from desktop.views.reports.charts import ReportCharts

    summary = answer("by_partner")
    charts = ReportCharts()
    charts.show(summary, answer("trend"), answer("decision_times"))
    path = tmp_path / "summary.pdf"
    export.write_pdf(path, summary, charts, title=TITLE)
    raw = path.read_bytes()
    assert raw.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", raw)) == 1
    assert re.search(rb"/MediaBox\s*\[\s*0\s+0\s+842(\.\d+)?\s+595", raw), "A4 landscape, in points"
    pages, text = pdf_text(path)
    assert pages == 1
    for expected in (TITLE, "Serramenti Rossi Srl", "Total", "60,0 %", "17,5"):
        assert expected in text, expected
    assert "Outcome of the offers by Partner" in text, "the charts are drawn as vector text"
    charts.deleteLater()


def test_pdf_counts_the_rows_that_do_not_fit(tmp_path: Path, qapp: Any) -> None:
    from desktop.views.reports.charts import ReportCharts

    summary = answer("by_partner")
    template = summary["row_totals"][1]
    summary["rows"] = [{**template["row"], "key": f"k{i}", "label": f"Partner {i:02d}"} for i in range(80)]
    summary["row_totals"] = [{**template, "row": m} for m in summary["rows"]]
    charts = ReportCharts()
    charts.show(answer("by_partner"), None, None)  # the charts name none of the 80
    path = tmp_path / "long.pdf"
    export.write_pdf(path, summary, charts, title=TITLE)
    pages, text = pdf_text(path)
    assert pages == 1
    shown = len(re.findall(r"Partner \d\d", text))
    more = re.search(r"… (\d+) more rows", text)
    assert more is not None and 10 < shown < 80
    assert shown + int(more.group(1)) == 80
    charts.deleteLater()


# --- files that cannot be written -----------------------------------------------------------------
def writers(qapp: Any) -> dict[str, Any]:
    from desktop.views.reports.charts import ReportCharts

    charts = ReportCharts()
    summary = answer("by_partner")
    return {
        "grouped.csv": lambda p: export.write_grouped_csv(p, summary, "received", title=TITLE),
        "details.csv": lambda p: export.write_details_csv(p, answer("details")),
        "book.xlsx": lambda p: export.write_xlsx(p, summary, "received", details=answer("details")),
        "summary.pdf": lambda p: export.write_pdf(p, summary, charts, title=TITLE),
    }


def test_a_path_that_cannot_be_written_raises_oserror_and_leaves_no_file(tmp_path: Path, qapp: Any) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    for name, write in writers(qapp).items():
        with pytest.raises(OSError):
            write(not_a_folder / name)
        with pytest.raises(OSError):
            write(tmp_path / "missing" / name)
        with pytest.raises(OSError):
            write(tmp_path)  # a folder where the file should be
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_failure_while_writing_keeps_the_old_file_and_no_part_file(
    tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*_args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.os, "replace", full_disk)
    for name, write in writers(qapp).items():
        target = tmp_path / name
        target.write_bytes(b"the old export")
        with pytest.raises(OSError):
            write(target)
        assert target.read_bytes() == b"the old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(writers(qapp))
