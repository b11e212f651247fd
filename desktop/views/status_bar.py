"""The status bar's sync indicator: online/offline, changes waiting, last sync, progress; and,
when the server wants a newer client, a notice to update (which stays while offline)."""

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
        self.update_notice = QLabel(self)
        self.update_notice.setObjectName("updateNotice")
        self.update_notice.setStyleSheet("color: #92400e; font-weight: bold;")
        self.update_notice.hide()
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.update_notice)
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
        self._show_update(state.update_required)

    def _show_update(self, required: str) -> None:
        if not required:
            self.update_notice.hide()
            return
        from desktop import version

        self.update_notice.setText(
            self.tr("Please update Enquiry Desk: the server asks for version %1 or newer (this is %2).")
            .replace("%1", required)
            .replace("%2", version.current())
        )
        self.update_notice.setToolTip(
            self.tr("You can keep working meanwhile. Your administrator has the new version.")
        )
        self.update_notice.setAccessibleName(self.update_notice.text())
        self.update_notice.show()

    def show_progress(self, received: int, more: bool) -> None:
        self.progress.setVisible(more)
        self.progress.setFormat(self.tr("%1 received").replace("%1", str(received)))
