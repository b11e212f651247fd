"""What reaches people outside the window (issue 12): a desktop message, the unread count on the
tray icon and the dock or taskbar badge. One small interface, `Notifier`, so that tests assert
what was shown (`RecordingNotifier`) and a desktop without a tray still works (`available`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from desktop.views.icons import app_icon

MESSAGE_MS = 10_000


class Notifier(Protocol):
    @property
    def available(self) -> bool:
        """Whether desktop messages can be shown here (a system tray exists)."""

    def show_message(self, title: str, text: str, enquiry_id: str) -> None:
        """A desktop message; a click on it opens `enquiry_id`."""

    def set_unread(self, count: int) -> None:
        """The unread count on the tray icon and the application's badge."""


@dataclass
class RecordingNotifier:
    """Keeps what would have been shown (tests, and desktops with no tray: nothing reaches them)."""

    available: bool = True
    messages: list[tuple[str, str, str]] = field(default_factory=list)
    unread: list[int] = field(default_factory=list)

    def show_message(self, title: str, text: str, enquiry_id: str) -> None:
        self.messages.append((title, text, enquiry_id))

    def set_unread(self, count: int) -> None:
        self.unread.append(count)


class TrayNotifier(QObject):
    """The system tray icon with its menu (open, sync now, quit) and desktop messages.

    Signals: openWindow(), openEnquiry(str): a click on a message; syncNow(), quit()."""

    openWindow = Signal()
    openEnquiry = Signal(str)
    syncNow = Signal()
    quit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tray = QSystemTrayIcon(app_icon(), self)
        self.tray.setObjectName("trayIcon")
        self._last = ""  # the enquiry of the last message (a click names no message)
        self.menu = QMenu(parent)
        self.menu.setObjectName("trayMenu")
        for name, text, signal in (
            ("trayOpen", self.tr("Open Enquiry Desk"), self.openWindow),
            ("traySync", self.tr("Sync now"), self.syncNow),
            ("trayQuit", self.tr("Quit"), self.quit),
        ):
            action = self.menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(signal.emit)
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._activated)
        self.tray.messageClicked.connect(lambda: self.openEnquiry.emit(self._last) if self._last else None)
        self.set_unread(0)
        if self.available:
            self.tray.show()

    @property
    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.openWindow.emit()

    def show_message(self, title: str, text: str, enquiry_id: str) -> None:
        self._last = enquiry_id
        self.tray.showMessage(title, text, app_icon(), MESSAGE_MS)

    def set_unread(self, count: int) -> None:
        self.tray.setToolTip(
            self.tr("Enquiry Desk: %n unread", "", count) if count else self.tr("Enquiry Desk")
        )
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.setBadgeNumber(count)  # the dock or taskbar badge where the platform has one
