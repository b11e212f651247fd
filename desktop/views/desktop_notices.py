"""Which pulled notifications reach the desktop (issue 12): new offers and deadline reminders as
desktop messages, the unread count on the tray and the badge; a click opens the enquiry.

Only notifications that arrive while the app runs become messages (those already in the cache at
start were there before); at most `MESSAGES` per sync, the rest summed up in one. The person's
preferences (channel "desktop", synced from the server) can switch kinds off. Where no system tray
exists the window says so once (per installation) and everything else keeps working.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from desktop.changes import Changes
from desktop.qt_bridge import QtDeskService
from desktop.views import settings as S
from desktop.views.labels import tr_label
from desktop.views.notifier import Notifier
from enquiries.i18n import QT_TRANSLATE_NOOP

MESSAGES = 3
NEW_OFFER = QT_TRANSLATE_NOOP("DesktopNotices", "New offer")
REMINDER = QT_TRANSLATE_NOOP("DesktopNotices", "Offer: 8 working hours left")
AND_MORE = QT_TRANSLATE_NOOP("DesktopNotices", "… and %1 more new offers or reminders")
DESKTOP_KINDS = {
    "offered": NEW_OFFER,
    "forwarded": NEW_OFFER,
    "routed": NEW_OFFER,
    "offer_reminder": REMINDER,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DesktopNotices", text)


class DesktopNotices(QObject):
    def __init__(
        self,
        bridge: QtDeskService,
        notifier: Notifier,
        *,
        wanted: Callable[[dict[str, Any]], bool] = lambda n: bool(n.get("desktop", 1)),
        tell: Callable[[str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`wanted(notification)`: whether it goes to the desktop (the server sets `desktop` by the
        person's preferences); `tell(sentence)`: how the window says once that this desktop
        shows no messages."""
        super().__init__(parent)
        self.reads = bridge.service.reads
        self.notifier = notifier
        self.wanted = wanted
        self.known = {str(n["id"]) for n in self._notifications()}
        bridge.changed.connect(self._changed)
        self.notifier.set_unread(self._unread())
        if not notifier.available and tell is not None:
            store = S.store()
            if not S.NO_TRAY_TOLD.get(store):
                S.NO_TRAY_TOLD.set(store, True)
                tell(_tr("This desktop has no notification area: new offers are shown in the window only."))

    def _notifications(self, *, unread_only: bool = False) -> list[dict[str, Any]]:
        try:
            return self.reads.notifications(unread_only=unread_only)
        except Exception:  # no cache yet (a first sign-in still syncing): nothing to tell
            return []

    def _unread(self) -> int:
        try:
            return self.reads.unread_count()
        except Exception:
            return 0

    def _changed(self, changes: Changes, origin: str) -> None:
        if not (changes.everything or changes.notifications or changes.refusals):
            return
        self.notifier.set_unread(self._unread())
        if origin != "sync":
            return
        fresh = [n for n in reversed(self._notifications(unread_only=True)) if str(n["id"]) not in self.known]
        self.known.update(str(n["id"]) for n in fresh)
        told = [n for n in fresh if n["kind"] in DESKTOP_KINDS and self.wanted(n)]
        for n in told[:MESSAGES]:
            number = str(n.get("enquiry_number") or "")
            if not number and n.get("enquiry_id"):
                number = str((self.reads.enquiry(n["enquiry_id"]) or {}).get("number") or "…")
            text = tr_label("Notification", n["kind"], number=number)
            self.notifier.show_message(_tr(DESKTOP_KINDS[n["kind"]]), text, str(n.get("enquiry_id") or ""))
        if len(told) > MESSAGES:
            more = len(told) - MESSAGES
            self.notifier.show_message(_tr(NEW_OFFER), _tr(AND_MORE).replace("%1", str(more)), "")
