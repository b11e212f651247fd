"""What each action does: ask what is needed (a dialog), then hand the command to the service.

Refusals come back as sentences in the user's language; nothing is written when refused.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.changes import Changes
from desktop.failures import from_server, unreachable
from desktop.qt_bridge import QtDeskService
from desktop.service import DeskService
from desktop.service.documents import Uploaded
from desktop.views.dialogs.base import asked
from desktop.views.dialogs.contact import ContactDialog
from desktop.views.dialogs.duplicates import DuplicateDialog
from desktop.views.dialogs.offer import OfferDialog
from desktop.views.dialogs.person import PersonDialog
from desktop.views.dialogs.reason import ReasonDialog
from desktop.views.dialogs.work import CloseDialog, ExternalDialog, NoteDialog, StepDialog, TaskDialog, to_utc
from desktop.views.labels import tr_refusal
from desktop.views.privacy_requests import PrivacyRequests
from enquiries import commands as c
from enquiries.refusals import Refusal


class ActionController(QObject):
    """Runs actions for the enquiry currently shown; `current()` tells which one."""

    def __init__(self, window: QWidget, bridge: QtDeskService, current: Callable[[], str | None]) -> None:
        super().__init__(window)
        self.window = window
        self.bridge = bridge
        self.service: DeskService = bridge.service
        self.reads = bridge.service.reads
        self.current = current  # `bridge.actionDone` reaches `done` through the main window
        self.duplicate_checks: list[str] = []  # accepted, waiting for their full data
        self._checking = False
        self.handlers: dict[str, Callable[[str], Any]] = {
            "accept_offer": lambda e: self.run(c.AcceptOffer(enquiry_id=e)),
            "decline_offer": self.decline,
            "assign_person": self.assign,
            "revoke_assignment": lambda e: self.run(c.RevokeAssignment(enquiry_id=e)),
            "reject_assignment": self.reject,
            "offer_to_partner": self.offer,
            "revoke_offer": lambda e: self.run(c.RevokeOffer(enquiry_id=e)),
            "update_contact": self.edit_contact,
            "set_colleague": self.choose_colleague,
            "clear_colleague": lambda e: self.run(c.ClearColleague(enquiry_id=e)),
            "add_note": self.note,
            "add_document": self.document,
            "add_task": self.task,
            "assign_external": self.external,
            "resend_external": lambda e: self.run(c.ResendExternal(enquiry_id=e)),
            "communicate_changes_external": lambda e: self.run(c.CommunicateChangesExternal(enquiry_id=e)),
            "record_external_step": self.step,
            "link_contact": self.duplicates,
            "discard": self.discard,
            "close": self.close_enquiry,
            "export_personal_data": lambda e: self.privacy().export(e),
            "erase_personal_data": lambda e: self.privacy().erase(e),
        }
        self._privacy: PrivacyRequests | None = None

    def privacy(self) -> PrivacyRequests:
        if self._privacy is None:
            self._privacy = PrivacyRequests(self.window, self.bridge, self._needs_connection)
        return self._privacy

    def trigger(self, name: str) -> None:
        if name == "create_enquiry":
            self.create()
            return
        enquiry_id = self.current()
        if enquiry_id:
            self.handlers[name](enquiry_id)

    def run(self, command: c.Command) -> None:
        self.bridge.perform(command)

    def done(self, command: c.Command, result: object) -> None:
        if isinstance(result, Refusal):
            if isinstance(command, c.AcceptOffer) and command.enquiry_id in self.duplicate_checks:
                self.duplicate_checks.remove(command.enquiry_id)
            QMessageBox.warning(
                self.window, self.tr("Not possible"), tr_refusal(result.code, result.template, result.params)
            )
        elif isinstance(command, c.AcceptOffer):
            # The full data arrives with the next sync; the duplicate check follows then.
            # Several quick accepts each get their check, one dialog after another.
            self.duplicate_checks.append(command.enquiry_id)
            self.bridge.sync_now()

    def after_sync(self, changes: Changes) -> None:
        """Open the duplicate check of each accepted enquiry whose full data has arrived."""
        if self._checking:
            return  # a check is open; the loop below looks again when it closes
        self._checking = True
        try:
            while True:
                ready = [
                    e for e in self.duplicate_checks if changes.touches("enquiries", e) and self._arrived(e)
                ]
                if not ready:
                    return
                self.duplicate_checks.remove(ready[0])
                self.duplicates(ready[0])
                changes = Changes.all()  # more may have arrived while the dialog was open
        finally:
            self._checking = False

    def _arrived(self, enquiry_id: str) -> bool:
        data = self.reads.enquiry(enquiry_id)
        return bool(data and not data.get("anonymised") and not data.get("pending"))

    # --- handlers -----------------------------------------------------------------------------
    def _colleagues(self) -> list[tuple[str, str]]:
        me = self.reads.user
        return [(p["id"], p["display_name"]) for p in self.reads.people(me.get("company_id"))]

    def decline(self, e: str) -> None:
        d = ReasonDialog(
            "decline_offer", self.tr("Decline enquiry"), self.tr("Why do you decline it?"), parent=self.window
        )
        if asked(d):
            self.run(c.DeclineOffer(enquiry_id=e, reason=d.reason))

    def reject(self, e: str) -> None:
        d = ReasonDialog(
            "reject_assignment",
            self.tr("Reject assignment"),
            self.tr("Why do you hand it back?"),
            parent=self.window,
        )
        if asked(d):
            self.run(c.RejectAssignment(enquiry_id=e, reason=d.reason))

    def discard(self, e: str) -> None:
        d = ReasonDialog(
            "discard",
            self.tr("Discard enquiry"),
            self.tr("Why is it discarded?"),
            required=False,
            parent=self.window,
        )
        if asked(d):
            self.run(c.Discard(enquiry_id=e, reason=d.reason))

    def assign(self, e: str) -> None:
        holder = (self.reads.enquiry(e) or {}).get("holder_id")
        people = [p for p in self._colleagues() if p[0] != holder]
        d = PersonDialog("assign_person", self.tr("Assign to a person"), people, parent=self.window)
        if asked(d) and d.person_id:
            self.run(c.AssignPerson(enquiry_id=e, user_id=d.person_id))

    def choose_colleague(self, e: str) -> None:
        d = PersonDialog("set_colleague", self.tr("Choose colleague"), self._colleagues(), parent=self.window)
        if asked(d) and d.person_id:
            self.run(c.SetColleague(enquiry_id=e, user_id=d.person_id))

    def offer(self, e: str) -> None:
        data = self.reads.enquiry(e) or {}
        suggested = [t["company_id"] for t in data.get("chain", []) if t.get("kind") == "partner"]
        d = OfferDialog(self.reads.companies(), self.reads.people(), suggested, parent=self.window)
        if asked(d) and d.company_id:
            self.run(c.OfferToPartner(enquiry_id=e, company_id=d.company_id, user_id=d.person_id))

    def edit_contact(self, e: str) -> None:
        d = ContactDialog(
            "update_contact", self.tr("Edit contact data"), self.reads.enquiry(e), parent=self.window
        )
        if asked(d) and d.changes():
            self.run(c.UpdateContact(enquiry_id=e, **d.changes()))

    def create(self) -> None:
        d = ContactDialog("create_enquiry", self.tr("New enquiry"), parent=self.window)
        if asked(d):
            self.run(c.CreateEnquiry(enquiry_id=str(uuid.uuid4()), channel="manual", **d.values()))

    def note(self, e: str) -> None:
        d = NoteDialog(self.window)
        if asked(d):
            self.run(c.AddNote(enquiry_id=e, note_id=str(uuid.uuid4()), text=d.text.toPlainText().strip()))

    def task(self, e: str) -> None:
        d = TaskDialog(self.window)
        if asked(d):
            self.run(
                c.AddTask(
                    enquiry_id=e,
                    task_id=str(uuid.uuid4()),
                    title=d.title_edit.text().strip(),
                    due_at=to_utc(d.due),
                )
            )

    def document(self, e: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Attach document"))
        if not path:
            return

        def attach(up: Uploaded) -> None:
            self.run(
                c.AddDocument(
                    enquiry_id=e,
                    document_id=up.document_id,
                    filename=up.filename,
                    size=up.size,
                    sha256=up.sha256,
                )
            )

        self.bridge.upload(
            Path(path),
            done=attach,
            failure=self._needs_connection(
                self.tr(
                    "Attaching a file needs a connection to the server. Please try again when you are online."
                )
            ),
        )

    def open_document(self, document_id: str, filename: str) -> None:
        folder = (
            Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation))
            / "enquiry-desk"
        )
        self.bridge.download(
            document_id,
            filename,
            folder,
            done=lambda target: self._open_file(target),
            failure=self._needs_connection(self.tr("Opening a document needs a connection to the server.")),
        )

    @staticmethod
    def _open_file(target: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _needs_connection(self, sentence: str) -> Callable[[BaseException], None]:
        """A transfer that failed: without the server, `sentence`; anything else as usual."""

        def failed(error: BaseException) -> None:
            if unreachable(error) or (
                from_server(error) and getattr(error, "code", "") == "not_authenticated"
            ):
                QMessageBox.warning(self.window, self.tr("Not possible"), sentence)
            else:
                self.bridge.ops.show_failure(error)

        return failed

    def external(self, e: str) -> None:
        d = ExternalDialog(self.window)
        if asked(d):
            self.run(
                c.AssignExternal(
                    enquiry_id=e,
                    name=d.name.text().strip(),
                    email=d.email.text().strip(),
                    message=d.message.toPlainText().strip(),
                )
            )

    def step(self, e: str) -> None:
        d = StepDialog(self.window)
        if asked(d):
            self.run(
                c.RecordExternalStep(
                    enquiry_id=e,
                    step=d.step,
                    date=to_utc(d.date),
                    note=d.note.text().strip(),
                )
            )

    def close_enquiry(self, e: str) -> None:
        d = CloseDialog(self.window)
        if asked(d):
            self.run(c.Close(enquiry_id=e, outcome=d.outcome, reason=d.reason.text().strip()))

    def duplicates(self, e: str) -> None:
        data = self.reads.enquiry(e)
        if not data or data.get("anonymised"):
            return
        d = DuplicateDialog(data, self.reads.contacts(), parent=self.window)
        if asked(d):
            if d.create_new:
                self.run(c.LinkContact(enquiry_id=e, contact_id=str(uuid.uuid4()), create=True))
            elif d.contact_id:
                self.run(c.LinkContact(enquiry_id=e, contact_id=d.contact_id))
