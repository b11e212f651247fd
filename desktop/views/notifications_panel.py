"""The notifications panel: assigned to you, others acted on yours, refusals from the server."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListView, QVBoxLayout, QWidget

from desktop.views.labels import tr_label, tr_refusal
from desktop.views.timefmt import short_datetime

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class NotificationsPanel(QDialog):
    """Signals: openEnquiry(str)."""

    openEnquiry = Signal(str)

    def __init__(
        self,
        notifications: list[dict[str, Any]],
        refusals: list[dict[str, Any]],
        numbers: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_notifications")
        self.setWindowTitle(self.tr("Notifications"))
        self.setMinimumSize(460, 420)
        layout = QVBoxLayout(self)
        self.model = QStandardItemModel(self)
        for r in refusals:
            text = self.tr("Refused by the server: %1").replace(
                "%1", tr_refusal(r["code"], r["message"], None) if r["message"] else r["code"]
            )
            self._add(text, r.get("enquiry_id"), bold=not r["seen"])
        for n in notifications:
            number = numbers.get(n.get("enquiry_id") or "", "") or "…"
            text = tr_label("Notification", n["kind"], number=number)
            self._add(f"{short_datetime(n['at'])}  {text}", n.get("enquiry_id"), bold=not n["read"])
        if not self.model.rowCount():
            layout.addWidget(QLabel(self.tr("Nothing new.")))
        self.list = QListView(self)
        self.list.setObjectName("notificationList")
        self.list.setModel(self.model)
        self.list.doubleClicked.connect(self._open)
        self.list.setSpacing(1)  # a little air between the lines: easier to read in a long list
        layout.addWidget(self.list)
        # Wide enough for the longest line (German: "… ist zurückgekommen: Niemand hat rechtzeitig
        # angenommen", bold while unread) without a horizontal scroll bar, within reason.
        needed = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 24
        margins = layout.contentsMargins()
        self.setMinimumWidth(min(900, max(460, needed + margins.left() + margins.right())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add(self, text: str, enquiry_id: str | None, *, bold: bool) -> None:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(enquiry_id, ID_ROLE)
        font = item.font()
        font.setBold(bold)
        item.setFont(font)
        self.model.appendRow(item)

    def _open(self, index: Any) -> None:
        enquiry_id = index.data(ID_ROLE)
        if enquiry_id:
            self.openEnquiry.emit(enquiry_id)
            self.accept()
