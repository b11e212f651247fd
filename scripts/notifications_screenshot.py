"""`--automation` driver: the notifications panel and the notification settings
(docs/screenshots/dialog_notifications_<lang>.png, dialog_notification_preferences_<lang>.png).

    SHOT_DIR=docs/screenshots SHOT_LANG=de xvfb-run -a -s "-screen 0 1600x1000x24" \\
        .venv/bin/enquiry-desk --demo --as anna@hq.example --lang de \\
        --automation scripts/notifications_screenshot.py
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

OUT = os.environ.get("SHOT_DIR", ".")
LANG = os.environ.get("SHOT_LANG", "en")


def drive(window: Any) -> None:
    from desktop.views.dialogs.notification_prefs import NotificationPrefsDialog
    from desktop.views.notifications_panel import NotificationsPanel

    def panel() -> None:
        numbers = {r[1]: r[2] for r in window.model.rows}
        shown = NotificationsPanel(window.reads.notifications(), window.reads.refusals(), numbers, window)
        shown.show()
        QTimer.singleShot(
            400,
            lambda: (shown.grab().save(os.path.join(OUT, f"dialog_notifications_{LANG}.png")), shown.close()),
        )

    def prefs() -> None:
        shown = NotificationPrefsDialog(window.bridge, LANG, window)
        shown.show()
        QTimer.singleShot(
            400,
            lambda: (
                shown.grab().save(os.path.join(OUT, f"dialog_notification_preferences_{LANG}.png")),
                shown.close(),
            ),
        )

    QTimer.singleShot(3000, panel)
    QTimer.singleShot(4000, prefs)
    QTimer.singleShot(5000, QApplication.instance().quit)
