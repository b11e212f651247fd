"""Settings → *Notifications…*: which news reach the person, and how (issue 12).

One row per group of news (new offers, deadline reminders, assignments, activity on one's
enquiries), one column per channel: in the app (the panel and its count), as a desktop message,
by e-mail (off, at once, or in the daily digest); the digest's local hour and the mails' language.
The values are the server's (synced to the cache; defaults until first saved); OK saves them on the
server, which tells every device of the person.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QSpinBox, QWidget

from desktop.qt_bridge import QtDeskService
from desktop.views.dialogs.server_form import ServerDialog
from desktop.views.i18n import LANGUAGES
from enquiries.i18n import QT_TRANSLATE_NOOP
from enquiries.notifications.kinds import GROUPS
from enquiries.notifications.preferences import DEFAULT

GROUP_LABELS = {
    "offers": QT_TRANSLATE_NOOP("NotificationPrefsDialog", "New offers"),
    "reminders": QT_TRANSLATE_NOOP("NotificationPrefsDialog", "Deadline reminders (8 working hours left)"),
    "assignments": QT_TRANSLATE_NOOP("NotificationPrefsDialog", "Enquiries assigned or handed back to me"),
    "activity": QT_TRANSLATE_NOOP("NotificationPrefsDialog", "What others do on my enquiries"),
}
EMAIL = {
    "off": QT_TRANSLATE_NOOP("NotificationPrefsDialog", "no e-mail"),
    "immediate": QT_TRANSLATE_NOOP("NotificationPrefsDialog", "at once"),
    "digest": QT_TRANSLATE_NOOP("NotificationPrefsDialog", "in the daily digest"),
}


class NotificationPrefsDialog(ServerDialog):
    def __init__(self, bridge: QtDeskService, language: str, parent: QWidget | None = None) -> None:
        super().__init__("notification_preferences", self.tr("Notifications"), bridge, parent)
        kept = bridge.service.reads.preferences() or {}
        defaults = DEFAULT.model_dump(mode="json")
        groups = {**defaults["groups"], **kept.get("groups", {})}
        grid = QGridLayout()
        for column, text in enumerate(
            (self.tr("In the app"), self.tr("Desktop message"), self.tr("E-mail")), 1
        ):
            grid.addWidget(QLabel(f"<b>{text}</b>", self), 0, column)
        self.rows: dict[str, tuple[QCheckBox, QCheckBox, QComboBox]] = {}
        for row, group in enumerate(GROUPS, 1):
            channels = groups[group]
            grid.addWidget(QLabel(self.tr(GROUP_LABELS[group]), self), row, 0)
            in_app, desktop = (
                self._check(f"{group}InApp", channels["in_app"]),
                self._check(f"{group}Desktop", channels["desktop"]),
            )
            email = QComboBox(self)
            email.setObjectName(f"{group}Email")
            for code, label in EMAIL.items():
                email.addItem(self.tr(label), code)
            email.setCurrentIndex(max(0, email.findData(channels["email"])))
            for column, widget in enumerate((in_app, desktop, email), 1):
                grid.addWidget(widget, row, column)
            self.rows[group] = (in_app, desktop, email)
        self.form.addRow(grid)
        self.hour = QSpinBox(self)
        self.hour.setObjectName("digestHour")
        self.hour.setRange(0, 23)
        self.hour.setSuffix(":00")
        self.hour.setValue(int(kept.get("digest_hour", defaults["digest_hour"])))
        self.form.addRow(self.tr("Daily digest at"), self.hour)
        self.language = QComboBox(self)
        self.language.setObjectName("mailLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(kept.get("language") or language)))
        self.form.addRow(self.tr("Language of the e-mails"), self.language)
        zone = str(kept.get("timezone") or "")
        note = (
            self.tr("The digest hour is in your company's time zone (%1).").replace("%1", zone)
            if zone
            else ""
        )
        if note:
            hint = QLabel(note, self)
            hint.setWordWrap(True)
            self.form.addRow(hint)

    def _check(self, name: str, on: bool) -> QCheckBox:
        box = QCheckBox(self)
        box.setObjectName(name)
        box.setChecked(bool(on))
        return box

    def values(self) -> dict[str, Any]:
        groups = {
            group: {"in_app": a.isChecked(), "desktop": d.isChecked(), "email": str(e.currentData())}
            for group, (a, d, e) in self.rows.items()
        }
        return {
            "groups": groups,
            "digest_hour": self.hour.value(),
            "language": str(self.language.currentData()),
        }

    def validate(self) -> str | None:
        for group, (in_app, desktop, email) in self.rows.items():
            if group in ("offers", "reminders") and not (
                in_app.isChecked() or desktop.isChecked() or email.currentData() != "off"
            ):
                return self.tr(
                    "New offers and reminders must reach you somehow: an offer expires in 48 working hours."
                )
        return None

    def request(self) -> Callable[[], Any]:
        admin, values = self.bridge.service.admin, self.values()
        return lambda: admin.save_notification_preferences(values)
