"""The controller's data-protection requests from the window: erase a contact's personal data
(art. 17) and export everything held about them (art. 15, JSON + PDF).

Both ask the server (central/api/privacy.py) on the network worker and need a connection; the
erasure asks first, naming what goes and that it cannot be undone, and the next sync removes the
enquiry from this and every other cache. The export asks where to save the PDF and writes the
server's JSON beside it (same name, `.json`), both atomically.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.qt_bridge import QtDeskService


class PrivacyRequests(QObject):
    def __init__(
        self,
        window: QWidget,
        bridge: QtDeskService,
        needs_connection: Callable[[str], Callable[[BaseException], None]],
    ) -> None:
        """`needs_connection(sentence)`: the failure handler of work that needs the server
        (`ActionController._needs_connection`: the sentence when offline, else as usual)."""
        super().__init__(window)
        self.window = window
        self.bridge = bridge
        self.service = bridge.service
        self._failed = needs_connection(
            self.tr("This request needs a connection to the server. Please try again when you are online.")
        )

    def _label(self, enquiry_id: str) -> str:
        data = self.service.reads.enquiry(enquiry_id) or {}
        contact = data.get("contact") or {}
        name = " ".join(p for p in (contact.get("first_name"), contact.get("last_name")) if p)
        return f"{data.get('number') or ''} {name}".strip()

    # --- erasure ----------------------------------------------------------------------------------
    def erase(self, enquiry_id: str) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("eraseConfirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Erase personal data"))
        box.setText(self.tr("Erase the personal data of %1 for good?").replace("%1", self._label(enquiry_id)))
        box.setInformativeText(
            self.tr(
                "The enquiry with its contact data, notes, files and e-mails, the same person's "
                "address-book entries and call-centre contacts are removed from the server and, at "
                "their next synchronisation, from every computer. This cannot be undone."
            )
        )
        erase = box.addButton(self.tr("Erase for good"), QMessageBox.ButtonRole.DestructiveRole)
        erase.setObjectName("eraseButton")
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        try:
            box.exec()
            chosen = box.clickedButton() is erase
        finally:
            box.deleteLater()
        if not chosen:
            return
        self.bridge.in_background(
            lambda: self.service.admin.erase_personal_data(enquiry_id),
            success=self._erased,
            failure=self._failed,
        )

    def _erased(self, answer: dict[str, Any]) -> None:
        self.bridge.sync_now()
        removed = answer.get("removed", {})
        count = sum(int(v) for v in removed.values())
        self.window.statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Personal data erased: %n item(s) removed.", "", count), 15_000
        )

    # --- access -----------------------------------------------------------------------------------
    def export(self, enquiry_id: str) -> None:
        data = self.service.reads.enquiry(enquiry_id) or {}
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(
            Path(folder) / self.tr("personal-data-%1.pdf").replace("%1", data.get("number") or "enquiry")
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export personal data"), suggested, self.tr("PDF document (*.pdf)")
        )
        if not path:
            return
        target = Path(path).with_suffix(".pdf")
        self.bridge.in_background(
            lambda: self.service.admin.personal_data(enquiry_id),
            success=lambda body: self._write(target, body),
            failure=self._failed,
        )

    def _write(self, target: Path, body: dict[str, Any]) -> None:
        from desktop.views.personal_data_pdf import write_pdf
        from desktop.views.reports.export import write_atomically

        try:
            write_atomically(target, write_pdf(body))
            text = json.dumps(body, ensure_ascii=False, indent=2).encode()
            write_atomically(target.with_suffix(".json"), text)
        except OSError as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Not saved"),
                self.tr("The export could not be written: %1").replace("%1", exc.strerror or str(exc)),
            )
            return
        self.window.statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Personal data exported to %1 and %2.")
            .replace("%1", target.name)
            .replace("%2", target.with_suffix(".json").name),
            15_000,
        )
