"""Dates, times and countdowns in the user's locale."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone


def parse(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def short_datetime(value: str | None) -> str:
    moment = parse(value)
    if moment is None:
        return ""
    qt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)


def countdown(deadline: str | None, now: datetime) -> str:
    """'1d 4h' until the deadline, '3h 20m' under a day, 'overdue' after it."""
    moment = parse(deadline)
    if moment is None:
        return ""
    seconds = int((moment - now).total_seconds())
    if seconds <= 0:
        return QCoreApplication.translate("Countdown", "overdue")
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return (
            QCoreApplication.translate("Countdown", "%1d %2h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    return (
        QCoreApplication.translate("Countdown", "%1h %2m")
        .replace("%1", str(hours))
        .replace("%2", str(minutes))
    )
