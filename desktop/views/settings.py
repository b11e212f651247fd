"""Every user setting declared once, typed, with its default (QSettings underneath)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def get(self, store: QSettings) -> T:
        value = store.value(self.key, self.default)
        if isinstance(self.default, bool):
            return (value in (True, "true", "1", 1)) if value is not None else self.default  # type: ignore[return-value]
        if isinstance(self.default, QByteArray):
            return value if isinstance(value, QByteArray) else self.default  # type: ignore[return-value]
        return type(self.default)(value) if value is not None else self.default  # type: ignore[call-arg]

    def set(self, store: QSettings, value: Any) -> None:
        store.setValue(self.key, value)


LANGUAGE = Setting("ui/language", "")  # "" = the system's language if we have it, else English
SERVER_URL = Setting("account/server_url", "")
LAST_LOGIN = Setting("account/last_login", "")
REMEMBER = Setting("account/remember", True)
GEOMETRY = Setting("window/geometry", QByteArray())
SPLITTER = Setting("window/splitter2", QByteArray())
LIST_HEADER = Setting("list/header", QByteArray())
NO_TRAY_TOLD = Setting("notify/no_tray_told", False)  # "no desktop messages here" was said once


def store() -> QSettings:
    return QSettings("EnquiryDesk", "EnquiryDesk")
