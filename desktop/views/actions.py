"""One QAction per command the user can give, named `action_<wire name>` for automation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from enquiries.i18n import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "create_enquiry": QT_TRANSLATE_NOOP("Action", "New enquiry…"),
    "accept_offer": QT_TRANSLATE_NOOP("Action", "Accept enquiry"),
    "decline_offer": QT_TRANSLATE_NOOP("Action", "Decline enquiry…"),
    "assign_person": QT_TRANSLATE_NOOP("Action", "Assign to a person…"),
    "revoke_assignment": QT_TRANSLATE_NOOP("Action", "Revoke assignment"),
    "reject_assignment": QT_TRANSLATE_NOOP("Action", "Reject assignment…"),
    "offer_to_partner": QT_TRANSLATE_NOOP("Action", "Offer to a partner…"),
    "revoke_offer": QT_TRANSLATE_NOOP("Action", "Revoke offer"),
    "update_contact": QT_TRANSLATE_NOOP("Action", "Edit contact data…"),
    "set_colleague": QT_TRANSLATE_NOOP("Action", "Choose colleague…"),
    "clear_colleague": QT_TRANSLATE_NOOP("Action", "Remove colleague"),
    "add_note": QT_TRANSLATE_NOOP("Action", "Add note…"),
    "add_document": QT_TRANSLATE_NOOP("Action", "Attach document…"),
    "add_task": QT_TRANSLATE_NOOP("Action", "Add task…"),
    "assign_external": QT_TRANSLATE_NOOP("Action", "Assign externally…"),
    "resend_external": QT_TRANSLATE_NOOP("Action", "Send external e-mail again"),
    "communicate_changes_external": QT_TRANSLATE_NOOP("Action", "Communicate changes externally"),
    "record_external_step": QT_TRANSLATE_NOOP("Action", "Record external step…"),
    "link_contact": QT_TRANSLATE_NOOP("Action", "Check for duplicates…"),
    "discard": QT_TRANSLATE_NOOP("Action", "Discard…"),
    "close": QT_TRANSLATE_NOOP("Action", "Close as won or lost…"),
    "export_personal_data": QT_TRANSLATE_NOOP("Action", "Export personal data…"),
    "erase_personal_data": QT_TRANSLATE_NOOP("Action", "Erase personal data…"),
}
# Menu order, in groups separated by lines.
MENU = (
    ("accept_offer", "decline_offer"),
    ("assign_person", "revoke_assignment", "reject_assignment", "set_colleague", "clear_colleague"),
    ("offer_to_partner", "revoke_offer"),
    ("update_contact", "add_note", "add_document", "add_task", "link_contact"),
    ("assign_external", "resend_external", "communicate_changes_external", "record_external_step"),
    ("discard", "close"),
    ("export_personal_data", "erase_personal_data"),  # the controller's administrators only
)
# Shown as buttons at the top of the detail pane when allowed.
PROMINENT = ("accept_offer", "decline_offer", "revoke_assignment", "revoke_offer")


class ActionSet(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.actions: dict[str, QAction] = {}
        for name in TEXTS:
            action = QAction(parent)
            action.setObjectName(f"action_{name}")
            self.actions[name] = action
        self.actions["create_enquiry"].setShortcut(QKeySequence.StandardKey.New)
        self.retranslate()
        self.enable(frozenset())

    def retranslate(self) -> None:
        for name, action in self.actions.items():
            action.setText(QCoreApplication.translate("Action", TEXTS[name]))

    def enable(self, allowed: frozenset[str]) -> None:
        """Exactly the allowed actions are enabled and visible in the menu."""
        for name, action in self.actions.items():
            if name == "create_enquiry":
                continue
            on = name in allowed
            action.setEnabled(on)
            action.setVisible(on)

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]
