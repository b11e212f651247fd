"""The one-page PDF summary of a report (QPdfWriter, A4 landscape): title, range, filters and the
time of the figures; the total's key figures; the four charts (`ReportCharts.render_to`) on the
left and the grouped table on the right (row totals of a few measures and the total row; rows
that do not fit are counted in a "… N more rows" line). Vector output; drawn on the UI thread
(Qt's painting of charts), in memory, then written like every export (`export.write_atomically`).
"""

from __future__ import annotations

import os
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from desktop.views.reports import export_tables as t
from desktop.views.reports import vocabulary as v

if TYPE_CHECKING:
    from desktop.views.reports.charts import ReportCharts

Json = dict[str, Any]
KEY_FIGURES = (
    "received",
    "offered",
    "accepted",
    "accept_rate",
    "decision_hours_median",
    "decision_hours_p90",
    "decided_in_time_share",
    "processed_share",
    "silent",
    "won",
)
TABLE_MEASURES = ("received", "offered", "accepted", "accept_rate", "decision_hours_median")
CHARTS_SHARE = 0.58  # of the width, left; the table takes the rest
GREY = QColor("#555555")


def _font(points: float, *, bold: bool = False) -> QFont:
    chosen = QFont(QGuiApplication.font())
    chosen.setPointSizeF(points)
    chosen.setBold(bold)
    return chosen


class Page:
    """Text on the PDF, laid out with the device's own metrics."""

    def __init__(self, painter: QPainter, writer: QPdfWriter) -> None:
        self.painter, self.writer = painter, writer

    def height(self, font: QFont, lines: int = 1) -> float:
        return QFontMetricsF(font, self.writer).lineSpacing() * lines

    def fitting(self, font: QFont, text: str, width: float) -> QFont:
        """`font`, smaller (down to 5 pt) until the longest word of `text` fits `width`."""
        chosen = QFont(font)
        while chosen.pointSizeF() > 5:
            metrics = QFontMetricsF(chosen, self.writer)
            if max(metrics.horizontalAdvance(word) for word in text.split() or [""]) <= width:
                break
            chosen.setPointSizeF(chosen.pointSizeF() - 0.5)
        return chosen

    def text(
        self, rect: QRectF, text: str, font: QFont, flags: int = 0, colour: QColor | None = None
    ) -> None:
        self.painter.setFont(font)
        self.painter.setPen(QPen(colour or QColor("#000000")))
        metrics = QFontMetricsF(font, self.writer)
        if not flags & int(Qt.TextFlag.TextWordWrap):
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        self.painter.drawText(rect, flags | int(Qt.AlignmentFlag.AlignVCenter), text)


def write_pdf(
    path: str | os.PathLike[str],
    summary: Json,
    charts: ReportCharts,
    *,
    title: str | None = None,
    dimensions: Json | None = None,
    fetched_at: datetime | None = None,
) -> None:
    """The summary page of `summary` with the charts `charts` shows, at `path` (OSError when it
    cannot be written; the target is then untouched)."""
    from desktop.views.reports.export import write_atomically

    title = title or v.tr(v.REPORT_TITLE)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Enquiry Desk")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    screen = QGuiApplication.primaryScreen()
    # The charts are laid out with the screen's font metrics: the same resolution keeps text and
    # the room made for it alike.
    writer.setResolution(round(screen.logicalDotsPerInch()) if screen else 96)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("The PDF could not be started.")
    try:
        _draw(Page(painter, writer), summary, charts, title, dimensions, fetched_at)
    finally:
        painter.end()
    buffer.close()
    write_atomically(path, bytes(buffer.data().data()))


def _draw(
    page: Page,
    summary: Json,
    charts: ReportCharts,
    title: str,
    dimensions: Json | None,
    fetched_at: datetime | None,
) -> None:
    width, height = float(page.writer.width()), float(page.writer.height())
    lines = t.preamble(summary, title=title, dimensions=dimensions, fetched_at=fetched_at)
    heading, small = _font(15, bold=True), _font(8)
    y = 0.0
    page.text(QRectF(0, y, width, page.height(heading)), lines[0], heading)
    y += page.height(heading)
    for line in lines[1:]:
        page.text(QRectF(0, y, width, page.height(small)), line, small, colour=GREY)
        y += page.height(small)
    y += page.height(small) * 0.5
    y = _key_figures(page, summary.get("total") or {}, QRectF(0, y, width, 0))
    y += page.height(small) * 0.8
    left = width * CHARTS_SHARE
    charts.render_to(page.painter, QRectF(0, y, left - 8, height - y))
    _table(page, summary, QRectF(left + 4, y, width - left - 4, height - y))


def _key_figures(page: Page, total: Json, area: QRectF) -> float:
    """A row of tiles: the measure's name (two lines at most) above its figure; returns the y below."""
    label, figure = _font(7), _font(12, bold=True)
    tile = area.width() / len(KEY_FIGURES)
    name_height, figure_height = page.height(label, 2), page.height(figure)
    for index, key in enumerate(KEY_FIGURES):
        x = area.left() + index * tile
        page.text(
            QRectF(x, area.top(), tile - 6, name_height),
            v.measure_label(key),
            label,
            int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignBottom),
            GREY,
        )
        page.text(
            QRectF(x, area.top() + name_height, tile - 6, figure_height), v.formatted(total, key), figure
        )
    return area.top() + name_height + figure_height


def _table(page: Page, summary: Json, area: QRectF) -> None:
    """Row totals of TABLE_MEASURES and the total row, as many rows as fit."""
    body, bold, head = _font(7.5), _font(7.5, bold=True), _font(7, bold=True)
    row_height = page.height(body) * 1.35
    header_height = page.height(head, 4)
    first = area.width() * 0.3
    column = (area.width() - first) / len(TABLE_MEASURES)
    right, bottom = int(Qt.AlignmentFlag.AlignRight), int(Qt.AlignmentFlag.AlignBottom)
    wrapped = int(Qt.TextFlag.TextWordWrap) | bottom
    rows_dim = summary.get("rows_dimension")
    corner = QRectF(area.left(), area.top(), first, header_height)
    page.text(corner, v.dimension_label(rows_dim), head, bottom)
    labels = [v.measure_label(key) for key in TABLE_MEASURES]
    head = page.fitting(head, " ".join(labels), column - 3)
    for i, label in enumerate(labels):
        rect = QRectF(area.left() + first + i * column, area.top(), column - 3, header_height)
        page.text(rect, label, head, wrapped | right)
    y = area.top() + header_height
    _rule(page, area, y, 0.8)
    totals = {str((c.get("row") or {}).get("key")): c["measures"] for c in summary.get("row_totals", [])}
    members = list(summary.get("rows", []))
    room = int((area.bottom() - y) // row_height) - 1  # the total row always fits
    shown = members if len(members) <= room else members[: max(0, room - 1)]

    def line(text: str, measures: Json, font: QFont) -> None:
        page.text(QRectF(area.left(), y, first - 4, row_height), text, font)
        for i, key in enumerate(TABLE_MEASURES):
            rect = QRectF(area.left() + first + i * column, y, column - 3, row_height)
            page.text(rect, v.formatted(measures, key), font, right)

    for member in shown:
        line(v.member_label(rows_dim, member), totals.get(str(member.get("key")), {}), body)
        y += row_height
    if len(shown) < len(members):
        more = v.tr(v.EXPORT_MORE_ROWS).replace("%1", str(len(members) - len(shown)))
        page.text(QRectF(area.left(), y, area.width(), row_height), more, body, colour=GREY)
        y += row_height
    _rule(page, area, y, 0.5)
    line(v.tr(v.TOTAL), summary.get("total") or {}, bold)


def _rule(page: Page, area: QRectF, y: float, width: float) -> None:
    page.painter.setPen(QPen(QColor("#000000"), width))
    page.painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
