"""The About dialog, from the toolbar: the version (pyproject's) and every library the client runs
on with its version and licence, read from the installed metadata; Qt and PySide6 under the LGPL."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton
from pytestqt.qtbot import QtBot

from desktop.views.about import AboutDialog
from tests.gui.conftest import Desks, ModalDriver, child

ROOT = Path(__file__).resolve().parents[2]


def test_about_from_the_toolbar_names_version_and_licences(
    qtbot: QtBot, desks: Desks, modals: ModalDriver
) -> None:
    anna = desks.open("anna@hq.example")
    seen: dict[str, Any] = {}

    def read(dialog: Any) -> None:
        assert isinstance(dialog, AboutDialog)
        seen["version"] = child(dialog, QLabel, "aboutVersion").text()
        seen["rows"] = dialog.rows()
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    about = modals.expect("dialog_about", read)
    button = child(anna.window, QToolButton, "aboutButton")
    assert button.text() == "About"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    modals.wait(about)

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert seen["title"] == "About Enquiry Desk"
    assert f"Version {version}" in seen["version"]
    rows = {name.lower(): (ver, licence) for name, ver, licence in seen["rows"]}
    assert rows["qt"][1] == "LGPL-3.0-only"
    assert rows["python"][1] == "PSF-2.0"
    assert rows["pyside6_essentials"] == ("6.11.3", "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only")
    assert rows["httpx"][1] == "BSD-3-Clause" and rows["sqlalchemy"][1] == "MIT"
    assert "pytest" not in rows and "ruff" not in rows, "development tools are not what the client runs on"
    assert "enquiry-desk" not in rows
    assert all(licence and licence != "-" for _ver, licence in rows.values()), rows
