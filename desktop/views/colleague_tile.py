"""The *Colleague* tile: who in our company is in charge; pencil or click to choose, red trash
to remove, grey X to cancel (seed page 004).

Signals:
    chosen(str): a person id was picked.
    cleared(): the colleague is to be removed.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QMouseEvent, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QStyle,
    QToolButton,
    QWidget,
)

TRASH_RED = QColor("#c62828")


def red_trash_icon() -> QIcon:
    """A red trash can drawn with lines, crisp at 16 and 32 pixels on every platform and font."""
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 16, size / 16)
        pen = QPen(TRASH_RED, 1.4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawLine(QPointF(2.5, 3.8), QPointF(13.5, 3.8))  # lid
        handle = [QPointF(6.2, 3.8), QPointF(6.2, 1.8), QPointF(9.8, 1.8), QPointF(9.8, 3.8)]
        painter.drawPolyline(QPolygonF(handle))
        painter.drawPolygon(  # body
            QPolygonF([QPointF(3.8, 5.5), QPointF(12.2, 5.5), QPointF(11.3, 14.5), QPointF(4.7, 14.5)])
        )
        for x in (6.5, 8.0, 9.5):
            painter.drawLine(QPointF(x, 7.5), QPointF(x, 12.5))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def tinted(icon: QIcon, color: str, size: int = 16) -> QIcon:
    """`icon` recoloured in one colour (keeps its shape)."""
    pixmap = icon.pixmap(size, size)
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), QColor(color))
    painter.end()
    return QIcon(pixmap)


class ColleagueTile(QGroupBox):
    chosen = Signal(str)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colleagueTile")
        self.setTitle(self.tr("Colleague"))
        self.stack = QStackedWidget(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.stack)
        # Showing: name, pencil, trash.
        show = QWidget()
        row = QHBoxLayout(show)
        row.setContentsMargins(0, 0, 0, 0)
        self.name = QLabel(show)
        self.name.setObjectName("colleagueName")
        self.name.setCursor(Qt.CursorShape.PointingHandCursor)
        self.edit_button = QToolButton(show)
        self.edit_button.setObjectName("colleagueEdit")
        self.edit_button.setText("✎")
        self.edit_button.setToolTip(self.tr("Choose a colleague"))
        self.edit_button.setAccessibleName(self.tr("Choose a colleague"))
        self.remove_button = QToolButton(show)
        self.remove_button.setObjectName("colleagueRemove")
        # The emoji has no glyph in many fonts (DejaVu on Linux: an empty box): a red trash icon.
        self.remove_button.setIcon(red_trash_icon())
        self.remove_button.setToolTip(self.tr("Remove the colleague"))
        self.remove_button.setAccessibleName(self.tr("Remove the colleague"))
        row.addWidget(self.name, 1)
        row.addWidget(self.edit_button)
        row.addWidget(self.remove_button)
        # Editing: a choice of active colleagues and a grey X.
        edit = QWidget()
        row2 = QHBoxLayout(edit)
        row2.setContentsMargins(0, 0, 0, 0)
        self.choice = QComboBox(edit)
        self.choice.setObjectName("colleagueChoice")
        self.choice.setAccessibleName(self.tr("Colleague"))
        self.cancel_button = QToolButton(edit)
        self.cancel_button.setObjectName("colleagueCancel")
        self.cancel_button.setIcon(
            tinted(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCancelButton), "#808080")
        )
        self.cancel_button.setToolTip(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        row2.addWidget(self.choice, 1)
        row2.addWidget(self.cancel_button)
        self.stack.addWidget(show)
        self.stack.addWidget(edit)
        self.edit_button.clicked.connect(self.start_editing)
        self.remove_button.clicked.connect(self.cleared.emit)
        self.cancel_button.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        self.choice.activated.connect(self._picked)
        self.name.mousePressEvent = self._name_clicked  # type: ignore[method-assign]
        self.editable = False

    def show_colleague(self, name: str | None, people: list[tuple[str, str]], *, editable: bool) -> None:
        """`people`: (id, display name) of the active colleagues one may choose."""
        self.name.setText(name or self.tr("nobody"))
        self.editable = editable
        self.edit_button.setVisible(editable)
        self.remove_button.setVisible(editable and bool(name))
        self.choice.clear()
        self.choice.addItem(self.tr("Choose…"), "")
        for person_id, display in people:
            self.choice.addItem(display, person_id)
        self.stack.setCurrentIndex(0)

    def start_editing(self) -> None:
        if self.editable:
            self.stack.setCurrentIndex(1)
            self.choice.setFocus()

    def _name_clicked(self, event: QMouseEvent) -> None:
        self.start_editing()

    def _picked(self, index: int) -> None:
        person_id = self.choice.itemData(index)
        if person_id:
            self.stack.setCurrentIndex(0)
            self.chosen.emit(person_id)
