"""About Enquiry Desk: its version, and the libraries it runs on with their versions and licences
(read from their metadata when the dialog opens: desktop/licences.py), Qt and PySide6 under the
LGPL among them. Reached from the main window's toolbar (`about_button`)."""

from __future__ import annotations

import platform

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        from desktop import licences, version
        from desktop.views.icons import app_icon

        super().__init__(parent)
        self.setObjectName("dialog_about")
        title = self.tr("About Enquiry Desk")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(640, 560)
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.version = version.current()
        heading = QLabel(
            "<b style='font-size: 16pt'>Enquiry Desk</b><br>"
            + self.tr("Version %1").replace("%1", self.version),
            self,
        )
        heading.setObjectName("aboutVersion")
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(heading, 1)
        outer.addLayout(head)
        runtime = QLabel(
            self.tr("Runs on Python %1 and Qt %2.")
            .replace("%1", platform.python_version())
            .replace("%2", qVersion()),
            self,
        )
        outer.addWidget(runtime)
        note = QLabel(
            self.tr(
                "Enquiry Desk uses the libraries below under their licences. Qt and PySide6 are "
                "used under the GNU Lesser General Public License, version 3: they are separate "
                "libraries in the installation folder and can be replaced by compatible builds. "
                "Each library's licence text is installed with it, in its metadata folder."
            ),
            self,
        )
        note.setWordWrap(True)
        outer.addWidget(note)
        rows = [
            ("Python", platform.python_version(), "PSF-2.0"),
            ("Qt", qVersion(), "LGPL-3.0-only"),
        ] + [(lib.name, lib.version, lib.licence) for lib in licences.libraries()]
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("aboutLibraries")
        self.table.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        self.table.setAccessibleName(self.tr("Libraries and their licences"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        outer.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def rows(self) -> list[tuple[str, ...]]:
        """The table's content (name, version, licence), for tests and scripted checks."""
        rows = []
        for row in range(self.table.rowCount()):
            items = [self.table.item(row, column) for column in range(3)]
            rows.append(tuple(item.text() if item is not None else "" for item in items))
        return rows


def show_about(parent: QWidget) -> None:
    dialog = AboutDialog(parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def about_button(parent: QWidget) -> QToolButton:
    """The toolbar's "About" button (the window is rebuilt when the language changes)."""
    button = QToolButton(parent)
    button.setObjectName("aboutButton")
    button.setText(QCoreApplication.translate("AboutDialog", "About"))
    button.clicked.connect(lambda: show_about(parent))
    return button
