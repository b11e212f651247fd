"""The notifications panel, grouped by enquiry: what is new on each, mark read or all read.

Refusals from the server come first (they are seen once the panel was shown); then one group per
enquiry, the one with the latest news on top, unread groups open and bold with their count. A
double-click (or *Open*) shows the enquiry and marks its news read; *Mark read* marks the chosen
group or line, *Mark all read* everything. Reading is synced: read here, read on every device.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTreeView, QVBoxLayout, QWidget

from desktop.views.labels import tr_label, tr_refusal
from desktop.views.timefmt import short_datetime

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the enquiry
NOTICES_ROLE = Qt.ItemDataRole.UserRole + 2  # the unread notification ids of the line or group


class NotificationsPanel(QDialog):
    """Signals: openEnquiry(str); markRead(list): notification ids; markAllRead()."""

    openEnquiry = Signal(str)
    markRead = Signal(list)
    markAllRead = Signal()

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
        self.setMinimumSize(520, 440)
        layout = QVBoxLayout(self)
        self.model = QStandardItemModel(self)
        if refusals:
            group = self._group(self.tr("Refused by the server"), None)
            for r in refusals:
                text = self.tr("Refused by the server: %1").replace(
                    "%1", tr_refusal(r["code"], r["message"], None) if r["message"] else r["code"]
                )
                self._line(group, text, r.get("enquiry_id"), [], unread=not r["seen"])
            self._finish(group, sum(1 for r in refusals if not r["seen"]))
        groups: dict[str, list[dict[str, Any]]] = {}
        for n in notifications:  # newest first, so groups come in the order of their latest news
            groups.setdefault(str(n.get("enquiry_id") or ""), []).append(n)
        for enquiry_id, news in groups.items():
            number = numbers.get(enquiry_id, "") or str(news[0].get("enquiry_number") or "") or "…"
            title = number if enquiry_id else self.tr("Other")
            group = self._group(title, enquiry_id or None)
            for n in news:
                text = tr_label("Notification", n["kind"], number=number)
                self._line(
                    group,
                    f"{short_datetime(n['at'])}  {text}",
                    n.get("enquiry_id"),
                    [n["id"]],
                    unread=not n["read"],
                )
            self._finish(group, sum(1 for n in news if not n["read"]))
        if not self.model.rowCount():
            layout.addWidget(QLabel(self.tr("Nothing new.")))
        self.list = QTreeView(self)
        self.list.setObjectName("notificationList")
        self.list.setModel(self.model)
        self.list.setHeaderHidden(True)
        self.list.setUniformRowHeights(True)
        self.list.doubleClicked.connect(self._open)
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(NOTICES_ROLE) or (refusals and row == 0):
                self.list.expand(self.model.index(row, 0))  # what is new, open
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = self._button(buttons, "notificationsOpen", self.tr("Open"), self._open_chosen)
        self.read_button = self._button(buttons, "notificationsRead", self.tr("Mark read"), self._read_chosen)
        self.all_button = self._button(
            buttons, "notificationsAllRead", self.tr("Mark all read"), self._read_all
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Wide enough for the longest line (German: "… ist zurückgekommen: Niemand hat rechtzeitig
        # angenommen", bold while unread) without a horizontal scroll bar, within reason.
        self.list.expandAll()
        needed = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 24
        self.list.collapseAll()
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(NOTICES_ROLE) or (refusals and row == 0):
                self.list.expand(self.model.index(row, 0))
        margins = layout.contentsMargins()
        self.setMinimumWidth(min(900, max(520, needed + margins.left() + margins.right())))

    def _button(self, box: QDialogButtonBox, name: str, text: str, slot: Any) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _group(self, title: str, enquiry_id: str | None) -> QStandardItem:
        item = QStandardItem(title)
        item.setEditable(False)
        item.setData(enquiry_id, ID_ROLE)
        self.model.appendRow(item)
        return item

    def _line(
        self, group: QStandardItem, text: str, enquiry_id: str | None, ids: list[str], *, unread: bool
    ) -> None:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(enquiry_id, ID_ROLE)
        item.setData(ids if unread else [], NOTICES_ROLE)
        _bold(item, unread)
        group.appendRow(item)

    def _finish(self, group: QStandardItem, unread: int) -> None:
        ids = [i for row in range(group.rowCount()) for i in group.child(row).data(NOTICES_ROLE) or []]
        group.setData(ids, NOTICES_ROLE)
        if unread:
            group.setText(self.tr("%1 — %n new", "", unread).replace("%1", group.text()))
        _bold(group, bool(unread))

    # --- what the buttons do ----------------------------------------------------------------------
    def chosen(self) -> QModelIndex:
        return self.list.currentIndex()

    def _open(self, index: QModelIndex) -> None:
        enquiry_id = index.data(ID_ROLE)
        if enquiry_id:
            group = index.parent() if index.parent().isValid() else index
            self._read(group)  # looking at it is reading its news
            self.openEnquiry.emit(enquiry_id)
            self.accept()

    def _open_chosen(self) -> None:
        if self.chosen().isValid():
            self._open(self.chosen())

    def _read_chosen(self) -> None:
        if self.chosen().isValid():
            self._read(self.chosen())

    def _read(self, index: QModelIndex) -> None:
        item = self.model.itemFromIndex(index)
        ids = list(item.data(NOTICES_ROLE) or [])
        if not ids:
            return
        self.markRead.emit(ids)
        group = item.parent() or item
        for row in range(group.rowCount()):
            line = group.child(row)
            if set(line.data(NOTICES_ROLE) or []) & set(ids):
                line.setData([], NOTICES_ROLE)
                _bold(line, False)
        self._regroup(group)

    def _regroup(self, group: QStandardItem) -> None:
        left = [i for row in range(group.rowCount()) for i in group.child(row).data(NOTICES_ROLE) or []]
        group.setData(left, NOTICES_ROLE)
        title = group.text().split(" — ")[0]
        group.setText(self.tr("%1 — %n new", "", len(left)).replace("%1", title) if left else title)
        _bold(group, bool(left))

    def _read_all(self) -> None:
        self.markAllRead.emit()
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            for child in range(group.rowCount()):
                line = group.child(child)
                line.setData([], NOTICES_ROLE)
                _bold(line, False)
            if group.data(NOTICES_ROLE):
                self._regroup(group)

    def unread_lines(self) -> int:
        return sum(
            1
            for row in range(self.model.rowCount())
            for child in range(self.model.item(row).rowCount())
            if self.model.item(row).child(child).font().bold()
        )


def _bold(item: QStandardItem, bold: bool) -> None:
    font = item.font()
    font.setBold(bold)
    item.setFont(font)
