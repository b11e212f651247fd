"""The line above the enquiry list while it shows the enquiries behind a report's figure."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class DrillBanner(QFrame):
    """Signals: back(): to the report; leave(): to every enquiry."""

    back = Signal()
    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDrillBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self)
        self.text.setObjectName("reportDrillText")
        self.text.setWordWrap(True)
        back = QPushButton(self.tr("Back to the report"), self)
        back.setObjectName("reportDrillBack")
        back.clicked.connect(self.back.emit)
        everything = QPushButton(self.tr("Show all enquiries"), self)
        everything.setObjectName("reportDrillAll")
        everything.clicked.connect(self.leave.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.text, 1)
        layout.addWidget(back)
        layout.addWidget(everything)
        self.hide()

    def show_for(self, label: str, asked: int, listed: int) -> None:
        """`asked` enquiries are behind the figure; `listed` of them are in the local list (a
        partner no longer holds those it declined, or that went elsewhere)."""
        text = self.tr("Report: %1 — %2 enquiries").replace("%1", label).replace("%2", str(asked))
        if listed < asked:
            text += " " + self.tr("(%1 of them are not in your list)").replace("%1", str(asked - listed))
        self.text.setText(text)
        self.show()
