"""The Reports area's filter bar: range, which date counts, rows, columns, period, measure,
channel and partner, comparison. `params()` is the query string the server's `/reports/...` take."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.views.labels import tr_label
from desktop.views.reports import vocabulary as v

ROWS = (
    "partner",
    "channel",
    "period",
    "country",
    "subdivision",
    "postcode_area",
    "product_interest",
    "type",
    "round",
)
ALL = ""


class ReportFilters(QWidget):
    """Signals: changed(): the user changed what to ask the server for (the area fetches anew;
    the figure shown, `measure`, is the area's to follow)."""

    changed = Signal()

    def __init__(self, *, partner_filter: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportFilters")
        today = QDate.currentDate()
        self.start = self._date("reportFrom", today.addDays(-89))
        self.end = self._date("reportTo", today)
        self.on = self._combo("reportOn", [(key, v.tr(label)) for key, label in v.ON.items()])
        rows = [(d, v.dimension_label(d)) for d in ROWS]
        self.rows = self._combo("reportRows", rows)
        self.columns = self._combo("reportColumns", [(ALL, self.tr("(none)")), *rows])
        self.period = self._combo("reportPeriod", [(k, v.tr(label)) for k, label in v.PERIODS.items()])
        self.period.setCurrentIndex(self.period.findData("month"))
        self.measure = self._combo("reportMeasure", [(k, v.measure_label(k)) for k in v.MEASURES], ask=False)
        # The longest figure names ("Zeit bis zur Entscheidung, Median (Arbeitsstunden)") would widen
        # the window past a laptop's screen: the box is narrower and its list shows them whole.
        self.measure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.measure.setMinimumContentsLength(24)
        self.measure.view().setMinimumWidth(self.measure.view().sizeHintForColumn(0) + 24)
        self.channel = self._combo("reportChannel", [(ALL, self.tr("All channels"))])
        self.partner = self._combo("reportPartner", [(ALL, self.tr("All partners"))])
        self.compare = QCheckBox(self.tr("Compare with the previous range"), self)
        self.compare.setObjectName("reportCompare")
        self.compare.toggled.connect(lambda _on: self.changed.emit())
        first = [
            (self.tr("From"), self.start),
            (self.tr("To"), self.end),
            (self.tr("Dates"), self.on),
            (self.tr("Rows"), self.rows),
            (self.tr("Columns"), self.columns),
        ]
        second = [
            (self.tr("Period"), self.period),
            (self.tr("Figure"), self.measure),
            (self.tr("Channel"), self.channel),
        ]
        if partner_filter:
            second.append((self.tr("Partner"), self.partner))
        else:
            self.partner.hide()  # a partner reports on itself only
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for pairs, last in ((first, None), (second, self.compare)):
            line = QHBoxLayout()
            for label, widget in pairs:
                line.addWidget(self._label(label, widget))
                line.addWidget(widget)
                line.addSpacing(8)
            if last is not None:
                line.addWidget(last)
            line.addStretch(1)
            layout.addLayout(line)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _date(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        shown = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        edit.setDisplayFormat(shown if "yyyy" in shown else shown.replace("yy", "yyyy"))  # 4-digit years
        edit.dateChanged.connect(self._dates_changed)
        return edit

    def _combo(self, name: str, items: list[tuple[str, str]], *, ask: bool = True) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        for key, label in items:
            box.addItem(label, key)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if ask:  # the figure shown is chosen among those fetched: nothing to ask the server
            box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return box

    def _dates_changed(self) -> None:
        # From after To cannot be answered: the other end follows (nothing typed is lost).
        if self.start.date() > self.end.date():
            other = self.end if self.sender() is self.start else self.start
            other.blockSignals(True)
            other.setDate(self.start.date() if other is self.end else self.end.date())
            other.blockSignals(False)
        self.changed.emit()

    def set_values(self, dimensions: dict[str, Any]) -> None:
        """The channels and partners present in the facts (from `/reports/dimensions`)."""
        found = {d["name"]: d.get("values", []) for d in dimensions.get("dimensions", [])}
        self._fill(
            self.channel, [(m["key"], tr_label("Channel", m["key"])) for m in found.get("channel", [])]
        )
        self._fill(self.partner, [(m["key"], m.get("label") or m["key"]) for m in found.get("partner", [])])

    def _fill(self, box: QComboBox, items: list[tuple[str, str]]) -> None:
        chosen = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for key, label in sorted(items, key=lambda kv: kv[1].casefold()):
            box.addItem(label, key)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.blockSignals(False)

    def params(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "from": self.start.date().toString("yyyy-MM-dd"),
            "to": self.end.date().toString("yyyy-MM-dd"),
            "on": self.on.currentData(),
            "rows": self.rows.currentData(),
            "period": self.period.currentData(),
        }
        if self.columns.currentData() and self.columns.currentData() != self.rows.currentData():
            out["columns"] = self.columns.currentData()
        if self.channel.currentData():
            out["channel"] = self.channel.currentData()
        if self.partner.isVisibleTo(self) and self.partner.currentData():
            out["partner"] = self.partner.currentData()
        if self.compare.isChecked():
            out["compare"] = "previous"
        return out

    def show_params(self, params: dict[str, Any]) -> None:
        """Put the widgets to `params` (a report kept from an earlier fetch), without asking anew."""
        self.blockSignals(True)
        try:
            for edit, key in ((self.start, "from"), (self.end, "to")):
                if params.get(key):
                    edit.setDate(QDate.fromString(str(params[key]), "yyyy-MM-dd"))
            for box, key in (
                (self.on, "on"),
                (self.rows, "rows"),
                (self.columns, "columns"),
                (self.period, "period"),
                (self.channel, "channel"),
                (self.partner, "partner"),
            ):
                found = box.findData(params.get(key, ALL))
                if found >= 0:
                    box.setCurrentIndex(found)
            self.compare.setChecked(params.get("compare") == "previous")
        finally:
            self.blockSignals(False)
