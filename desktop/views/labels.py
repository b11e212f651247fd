"""Translatable names of the rules' codes: statuses, types, channels, events, columns, filters.

Marked with QT_TRANSLATE_NOOP so lupdate collects them; `tr_label` translates at display time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from enquiries.i18n import QT_TRANSLATE_NOOP

STATUS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("Status", "open"),
    "assigned": QT_TRANSLATE_NOOP("Status", "assigned"),
    "offered": QT_TRANSLATE_NOOP("Status", "offered"),
    "declined": QT_TRANSLATE_NOOP("Status", "declined"),
    "expired": QT_TRANSLATE_NOOP("Status", "expired"),
    "discarded": QT_TRANSLATE_NOOP("Status", "discarded"),
    "won": QT_TRANSLATE_NOOP("Status", "won"),
    "lost": QT_TRANSLATE_NOOP("Status", "lost"),
}
TYPE: dict[str, str] = {
    "offer": QT_TRANSLATE_NOOP("Type", "offer"),
    "information": QT_TRANSLATE_NOOP("Type", "information"),
    "consultation": QT_TRANSLATE_NOOP("Type", "consultation"),
    "catalogue": QT_TRANSLATE_NOOP("Type", "catalogue"),
    "service": QT_TRANSLATE_NOOP("Type", "service"),
}
CHANNEL: dict[str, str] = {
    "web": QT_TRANSLATE_NOOP("Channel", "web"),
    "dealer_page": QT_TRANSLATE_NOOP("Channel", "dealer page"),
    "manual": QT_TRANSLATE_NOOP("Channel", "manual"),
    "phone": QT_TRANSLATE_NOOP("Channel", "phone"),
    "showroom": QT_TRANSLATE_NOOP("Channel", "showroom"),
    "email": QT_TRANSLATE_NOOP("Channel", "e-mail"),
}
STEP: dict[str, str] = {
    "consultation_appointment": QT_TRANSLATE_NOOP("Step", "Consultation appointment (external)"),
    "offer_handover": QT_TRANSLATE_NOOP("Step", "Offer handover (external)"),
    "order": QT_TRANSLATE_NOOP("Step", "Order (external)"),
}
EVENT: dict[str, str] = {
    "enquiry_created": QT_TRANSLATE_NOOP("Event", "created"),
    "routed": QT_TRANSLATE_NOOP("Event", "routed"),
    "assigned": QT_TRANSLATE_NOOP("Event", "assigned to {detail}"),
    "assignment_revoked": QT_TRANSLATE_NOOP("Event", "assignment revoked"),
    "assignment_rejected": QT_TRANSLATE_NOOP("Event", "assignment rejected: {detail}"),
    "colleague_set": QT_TRANSLATE_NOOP("Event", "colleague set: {detail}"),
    "colleague_cleared": QT_TRANSLATE_NOOP("Event", "colleague removed"),
    "offered": QT_TRANSLATE_NOOP("Event", "offered to {detail}"),
    "offer_revoked": QT_TRANSLATE_NOOP("Event", "offer revoked"),
    "offer_accepted": QT_TRANSLATE_NOOP("Event", "offer accepted"),
    "offer_declined": QT_TRANSLATE_NOOP("Event", "offer declined: {detail}"),
    "offer_expired": QT_TRANSLATE_NOOP("Event", "deadline passed"),
    "forwarded": QT_TRANSLATE_NOOP("Event", "forwarded to {detail}"),
    "returned_expired": QT_TRANSLATE_NOOP("Event", "returned: nobody accepted in time"),
    "discarded": QT_TRANSLATE_NOOP("Event", "discarded"),
    "closed": QT_TRANSLATE_NOOP("Event", "closed: {detail}"),
    "contact_updated": QT_TRANSLATE_NOOP("Event", "contact data changed: {detail}"),
    "note_added": QT_TRANSLATE_NOOP("Event", "note added"),
    "document_added": QT_TRANSLATE_NOOP("Event", "document added: {detail}"),
    "task_added": QT_TRANSLATE_NOOP("Event", "task added: {detail}"),
    "external_assigned": QT_TRANSLATE_NOOP("Event", "assigned externally to {detail}"),
    "external_resent": QT_TRANSLATE_NOOP("Event", "external e-mail sent again"),
    "external_changes_sent": QT_TRANSLATE_NOOP("Event", "changes sent externally: {detail}"),
    "external_step_recorded": QT_TRANSLATE_NOOP("Event", "external step recorded"),
    "contact_linked": QT_TRANSLATE_NOOP("Event", "linked to a contact"),
    "seen": QT_TRANSLATE_NOOP("Event", "changes seen"),
}
NOTIFICATION: dict[str, str] = {
    "assigned": QT_TRANSLATE_NOOP("Notification", "{number} was assigned to you"),
    "offered": QT_TRANSLATE_NOOP("Notification", "{number} was offered to you"),
    "forwarded": QT_TRANSLATE_NOOP("Notification", "{number} was forwarded to you"),
    "routed": QT_TRANSLATE_NOOP("Notification", "{number} was routed to you"),
    "offer_accepted": QT_TRANSLATE_NOOP("Notification", "{number}: the partner accepted"),
    "offer_declined": QT_TRANSLATE_NOOP("Notification", "{number}: the partner declined"),
    "offer_expired": QT_TRANSLATE_NOOP("Notification", "{number}: the deadline passed"),
    "returned_expired": QT_TRANSLATE_NOOP("Notification", "{number} came back: nobody accepted in time"),
    "assignment_rejected": QT_TRANSLATE_NOOP("Notification", "{number} was handed back to you"),
    "assignment_revoked": QT_TRANSLATE_NOOP("Notification", "{number}: the assignment was revoked"),
    "offer_revoked": QT_TRANSLATE_NOOP("Notification", "{number}: the offer was revoked"),
    "colleague_set": QT_TRANSLATE_NOOP("Notification", "You are now in charge of {number}"),
    "note_added": QT_TRANSLATE_NOOP("Notification", "{number}: a note was added"),
    "document_added": QT_TRANSLATE_NOOP("Notification", "{number}: a document was added"),
    "task_added": QT_TRANSLATE_NOOP("Notification", "{number}: a task was added"),
    "contact_updated": QT_TRANSLATE_NOOP("Notification", "{number}: contact data changed"),
    "enquiry_created": QT_TRANSLATE_NOOP("Notification", "{number} is new for you"),
    "offer_reminder": QT_TRANSLATE_NOOP("Notification", "{number}: 8 working hours left to answer the offer"),
}
QUICK: dict[str, str] = {
    "all": QT_TRANSLATE_NOOP("QuickFilter", "All enquiries"),
    "mine": QT_TRANSLATE_NOOP("QuickFilter", "Mine"),
    "pool": QT_TRANSLATE_NOOP("QuickFilter", "Unassigned"),
    "offered": QT_TRANSLATE_NOOP("QuickFilter", "Offered to us"),
    "assigned_by_me": QT_TRANSLATE_NOOP("QuickFilter", "Assigned by me"),
    "returned": QT_TRANSLATE_NOOP("QuickFilter", "Expired / returned"),
    "closed": QT_TRANSLATE_NOOP("QuickFilter", "Closed"),
}
CONTEXTS = {
    "Status": STATUS,
    "Type": TYPE,
    "Channel": CHANNEL,
    "Step": STEP,
    "Event": EVENT,
    "Notification": NOTIFICATION,
    "QuickFilter": QUICK,
}


def tr_label(context: str, code: str | None, **params: object) -> str:
    """The translated label of `code` in `context` (falls back to the code itself)."""
    if not code:
        return ""
    source = CONTEXTS[context].get(code)
    if source is None:
        return code
    text = QCoreApplication.translate(context, source)
    try:
        return text.format(**params) if params else text.replace("{detail}", "").rstrip(": ")
    except (KeyError, IndexError):
        return text


def tr_refusal(code: str, template: str, params: dict[str, object] | None = None) -> str:
    """A refusal's message in the user's language (templates come from enquiries.refusals);
    codes among its parameters (a status) and times (a deadline) are shown localised too."""
    from desktop.views.timefmt import short_datetime

    text = QCoreApplication.translate("Refusal", template)
    shown = dict(params or {})
    if "status" in shown:
        shown["status"] = tr_label("Status", str(shown["status"]))
    if "deadline" in shown:
        shown["deadline"] = short_datetime(str(shown["deadline"]))
    try:
        return text.format(**shown)
    except (KeyError, IndexError):
        return text


def tr_sync(text: str, **params: object) -> str:
    """A message of the sync layer (desktop.sync.messages, credentials) in the user's language."""
    translated = QCoreApplication.translate("Sync", text)
    try:
        return translated.format(**params) if params else translated
    except (KeyError, IndexError):
        return translated
