"""The application's icon (window, tray, installers: resources/icons/enquiry-desk.svg)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def app_icon() -> QIcon:
    return QIcon(str(ICONS / "enquiry-desk.svg"))
