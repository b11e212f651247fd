"""The status bar's sync indicator: online/offline, changes waiting, last sync, progress."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from desktop.service import SyncState
from desktop.views.labels import tr_sync


class SyncStatus(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.label = QLabel(self)
        self.label.setObjectName("syncStatusLabel")
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        self.state = SyncState()
        self.show_state(self.state)

    def show_state(self, state: SyncState) -> None:
        self.state = state
        parts = [self.tr("online") if state.online else self.tr("offline")]
        if state.pending:
            parts.append(self.tr("%n change(s) waiting", "", state.pending))
        if state.last_sync:
            moment = QDateTime.fromString(state.last_sync[:19], "yyyy-MM-ddTHH:mm:ss")
            moment.setTimeZone(moment.timeZone().utc())
            parts.append(
                self.tr("synced %1").replace(
                    "%1", QLocale().toString(moment.toLocalTime().time(), QLocale.FormatType.ShortFormat)
                )
            )
        if state.syncing:
            parts.append(self.tr("syncing…"))
        if state.message and not state.online:
            self.setToolTip(tr_sync(state.message))
        self.label.setText(" · ".join(parts))
        self.label.setAccessibleName(self.label.text())
        if not state.syncing:
            self.progress.hide()

    def show_progress(self, received: int, more: bool) -> None:
        self.progress.setVisible(more)
        self.progress.setFormat(self.tr("%1 received").replace("%1", str(received)))
