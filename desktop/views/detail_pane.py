"""The detail pane: tiles for status and deadline, holder, colleague, contact, journal, history,
external assignment. It shows data; actions come from the window's action set.

Signals:
    colleagueChosen(str, str): enquiry id, person id.
    colleagueCleared(str): enquiry id.
    openDocument(str, str): document id, file name.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.views.colleague_tile import ColleagueTile
from desktop.views.labels import tr_label
from desktop.views.timefmt import countdown, short_datetime

FIELDS = (
    ("first_name", "First name"),
    ("last_name", "Last name"),
    ("email", "E-mail"),
    ("phone", "Phone"),
    ("street", "Street"),
    ("postcode", "Postcode"),
    ("city", "City"),
    ("country", "Country"),
    ("message", "Message"),
)


CAPTION_WIDTH = 150  # at most, in pixels: the captions of the tiles' rows wrap beyond it


def field_label(name: str) -> str:
    labels = {
        "first_name": QCoreApplication.translate("Field", "First name"),
        "last_name": QCoreApplication.translate("Field", "Last name"),
        "email": QCoreApplication.translate("Field", "E-mail"),
        "phone": QCoreApplication.translate("Field", "Phone"),
        "street": QCoreApplication.translate("Field", "Street"),
        "postcode": QCoreApplication.translate("Field", "Postcode"),
        "city": QCoreApplication.translate("Field", "City"),
        "country": QCoreApplication.translate("Field", "Country"),
        "message": QCoreApplication.translate("Field", "Message"),
        "type": QCoreApplication.translate("Field", "Type"),
        "product_interest": QCoreApplication.translate("Field", "Product"),
        "notes": QCoreApplication.translate("Field", "Notes"),
        "documents": QCoreApplication.translate("Field", "Documents"),
    }
    return labels.get(name, name)


def _clear(layout: Any) -> None:
    """Empty a layout; its widgets go (later: one of them may be emitting the signal that led here)."""
    if isinstance(layout, QFormLayout):
        # takeAt() would leave the form's rows behind, empty: they pile up and rowCount() stays > 0.
        items = []
        while layout.rowCount():
            row = layout.takeRow(0)
            items += [row.labelItem, row.fieldItem]
    else:
        items = [layout.takeAt(0) for _ in range(layout.count())]
    for item in items:
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class DetailPane(QScrollArea):
    colleagueChosen = Signal(str, str)
    colleagueCleared = Signal(str)
    openDocument = Signal(str, str)

    def __init__(self, names: Callable[[str | None], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName(self.tr("Enquiry details"))
        self.setWidgetResizable(True)
        self.setMinimumWidth(320)
        self.names = names
        self.enquiry_id: str | None = None
        body = QWidget()
        self.layout_ = QVBoxLayout(body)
        self.header = QLabel(body)
        self.header.setObjectName("detailHeader")
        self.header.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.header.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.status_tile = self._tile("statusTile", self.tr("Status"))
        self.holder_tile = self._tile("holderTile", self.tr("In charge"))
        self.colleague_tile = ColleagueTile(body)
        self.contact_tile = self._tile("contactTile", self.tr("Contact"))
        self.journal_tile = self._tile("journalTile", self.tr("Journal"))
        self.external_tile = self._tile("externalTile", self.tr("External assignment"))
        self.history_tile = self._tile("historyTile", self.tr("History"))
        self.placeholder = QLabel(self.tr("Select an enquiry to see its details."), body)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.layout_.addWidget(self.header)
        self.layout_.addLayout(self.buttons)
        self.tiles = (
            self.status_tile,
            self.holder_tile,
            self.colleague_tile,
            self.contact_tile,
            self.journal_tile,
            self.external_tile,
            self.history_tile,
        )
        for tile in self.tiles:
            self.layout_.addWidget(tile)
        self.layout_.addWidget(self.placeholder)
        self.layout_.addStretch(1)
        self.setWidget(body)
        self.colleague_tile.chosen.connect(
            lambda pid: self.enquiry_id and self.colleagueChosen.emit(self.enquiry_id, pid)
        )
        self.colleague_tile.cleared.connect(
            lambda: self.enquiry_id and self.colleagueCleared.emit(self.enquiry_id)
        )
        self.show_enquiry(None)

    def _tile(self, name: str, title: str) -> QGroupBox:
        tile = QGroupBox(title)
        tile.setObjectName(name)
        tile.setLayout(QFormLayout())
        return tile

    def set_buttons(self, actions: list[Any]) -> None:
        """Prominent buttons for the most important allowed actions (e.g. Accept, Decline)."""
        _clear(self.buttons)
        for action in actions:
            button = QPushButton(action.text())
            button.setObjectName("button_" + action.objectName().removeprefix("action_"))
            button.clicked.connect(action.trigger)
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)

    def show_enquiry(
        self,
        data: dict[str, Any] | None,
        *,
        colleagues: list[tuple[str, str]] | None = None,
        may_edit_colleague: bool = False,
        now: datetime | None = None,
    ) -> None:
        now = now or datetime.now(UTC)
        visible = data is not None
        for widget in (*self.tiles, self.header):
            widget.setVisible(visible)
        self.placeholder.setVisible(not visible)
        if data is None:
            self.enquiry_id = None
            _clear(self.buttons)
            return
        self.enquiry_id = data["id"]
        number = data.get("number") or self.tr("(new)")
        self.header.setText(
            f"{number} · {tr_label('Type', data.get('type'))} · {data.get('product_interest', '')}"
        )
        self._status(data, now)
        self._holder(data)
        self.colleague_tile.show_colleague(
            self.names(data.get("colleague_id")) if data.get("colleague_id") else None,
            colleagues or [],
            editable=may_edit_colleague,
        )
        self.colleague_tile.setVisible(not data.get("anonymised"))
        self._contact(data)
        self._journal(data)
        self._external(data)
        self._history(data)
        self.history_tile.setVisible(not data.get("anonymised"))
        self._align_captions()

    def _align_captions(self) -> None:
        """Status, holder and contact share one caption column, so their values line up."""
        captions: list[QWidget] = []
        for tile in (self.status_tile, self.holder_tile, self.contact_tile):
            form = tile.layout()
            assert isinstance(form, QFormLayout)
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    captions.append(widget)
        width = min(CAPTION_WIDTH, max((c.sizeHint().width() for c in captions), default=0))
        for caption in captions:
            caption.setMinimumWidth(width)

    def _rows(self, tile: QGroupBox, rows: list[tuple[str, str]], *, marks: set[str] | None = None) -> None:
        form = tile.layout()
        assert isinstance(form, QFormLayout)
        _clear(form)
        for key, (label, value) in enumerate(rows):
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            caption = _caption(label)
            if caption.sizeHint().width() > CAPTION_WIDTH:
                # A long caption (Italian "Appuntamento di consulenza (esterno)") wraps instead
                # of squeezing the values of the whole tile into a narrow column.
                caption.setWordWrap(True)
                caption.setFixedWidth(CAPTION_WIDTH)
            if marks and label in marks:
                caption.setText(label + " *")
                caption.setStyleSheet("color: #b45309; font-weight: bold;")
                caption.setToolTip(self.tr("Changed by someone else since you took it"))
                caption.setObjectName(f"changedMark{key}")
            form.addRow(caption, text)

    def _status(self, data: dict[str, Any], now: datetime) -> None:
        rows = [
            (
                self.tr("Status"),
                tr_label("Status", data.get("status"))
                + (self.tr(" (waiting to be sent)") if data.get("pending") else ""),
            )
        ]
        offer = data.get("offer") or {}
        if data.get("status") == "offered" and offer.get("deadline"):
            rows.append(
                (
                    self.tr("Deadline"),
                    f"{short_datetime(offer['deadline'])} ({countdown(offer['deadline'], now)})",
                )
            )
        rows.append((self.tr("Received"), short_datetime(data.get("received_at"))))
        rows.append((self.tr("Channel"), tr_label("Channel", data.get("channel"))))
        self._rows(self.status_tile, rows)

    def _holder(self, data: dict[str, Any]) -> None:
        rows = []
        if data.get("anonymised"):
            rows.append(
                (self.tr("Offered to"), self.tr("your company: accept it to see the contact and work on it"))
            )
        elif data.get("holder_id"):
            rows.append((self.tr("In charge"), self.names(data["holder_id"])))
            if data.get("assigned_by") and data.get("status") == "assigned":
                rows.append((self.tr("Assigned by"), self.names(data["assigned_by"])))
        else:
            rows.append((self.tr("In charge"), self.tr("nobody yet")))
        self._rows(self.holder_tile, rows)

    def _contact(self, data: dict[str, Any]) -> None:
        contact = data.get("contact") or {}
        changed = set((data.get("changed") or {}).keys())
        if data.get("anonymised"):
            self.contact_tile.setTitle(self.tr("Contact (anonymised until accepted)"))
            fields: tuple[str, ...] = ("postcode", "city", "country")
        else:
            self.contact_tile.setTitle(self.tr("Contact"))
            fields = tuple(name for name, _ in FIELDS)
        rows = [(field_label(f), str(contact.get(f, ""))) for f in fields]
        self._rows(self.contact_tile, rows, marks={field_label(f) for f in changed})

    def _journal(self, data: dict[str, Any]) -> None:
        form = self.journal_tile.layout()
        assert isinstance(form, QFormLayout)
        _clear(form)
        self.journal_tile.setVisible(not data.get("anonymised"))
        for note in data.get("journal_notes", []):
            form.addRow(
                _caption(f"{short_datetime(note['at'])} · {self.names(note['author_id'])}"),
                _wrapped(note["text"]),
            )
        for doc in data.get("journal_documents", []):
            # The style's file icon, not a 📎 emoji: many fonts (DejaVu on Linux) have no glyph for it.
            button = QPushButton(doc["filename"])
            button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
            button.setObjectName("openDocument")
            button.setFlat(True)
            button.clicked.connect(lambda _=False, d=doc: self.openDocument.emit(d["id"], d["filename"]))
            form.addRow(_caption(short_datetime(doc["at"])), button)
        for task in data.get("journal_tasks", []):
            due = short_datetime(task.get("due_at")) if task.get("due_at") else self.tr("no due date")
            form.addRow(_caption(self.tr("Task")), _wrapped(f"☐ {task['title']} ({due})"))
        if form.rowCount() == 0:
            form.addRow(QLabel(self.tr("No notes, documents or tasks yet.")))

    def _external(self, data: dict[str, Any]) -> None:
        external = data.get("external")
        self.external_tile.setVisible(bool(external))
        if not external:
            return
        rows = [
            (self.tr("Assigned to"), f"{external['name']} <{external['email']}>"),
            (self.tr("E-mails sent"), str(external.get("sent_count", 1))),
        ]
        for step in data.get("journal_external_steps", []):
            rows.append(
                (tr_label("Step", step["kind"]), f"{short_datetime(step['date'])} {step.get('note', '')}")
            )
        self._rows(self.external_tile, rows)

    def _history(self, data: dict[str, Any]) -> None:
        rows = [
            (short_datetime(h["at"]), tr_label("Event", h["event"], detail=h.get("detail", "")))
            for h in reversed(data.get("journal_history", []))
        ]
        self._rows(self.history_tile, rows[:30])


def _caption(text: str) -> QLabel:
    """A row caption, at the top of its row: beside a value of several lines it stays on the first."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label
