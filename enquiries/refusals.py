"""Refusals: the rules' answer when a command may not happen now.

Each has a stable `code` (clients and tests key on it) and an English message template that is
also the translation source (context "Refusal"). Parameters are filled in after translation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from enquiries.i18n import QT_TRANSLATE_NOOP

CTX = "Refusal"

MESSAGES: dict[str, str] = {
    "not_found": QT_TRANSLATE_NOOP("Refusal", "This enquiry does not exist or is not visible to you."),
    "erased": QT_TRANSLATE_NOOP(
        "Refusal",
        "The personal data of this enquiry was erased (data protection); the change was not applied.",
    ),
    "contact_unknown": QT_TRANSLATE_NOOP("Refusal", "This contact does not exist or is not visible to you."),
    "document_unknown": QT_TRANSLATE_NOOP("Refusal", "The file for this document has not been uploaded."),
    "already_exists": QT_TRANSLATE_NOOP("Refusal", "An enquiry with this id already exists."),
    "not_holder": QT_TRANSLATE_NOOP("Refusal", "Only the person in charge of this enquiry may do this."),
    "not_member": QT_TRANSLATE_NOOP(
        "Refusal", "Only people of the company that owns this enquiry may do this."
    ),
    "not_assigner": QT_TRANSLATE_NOOP("Refusal", "Only the person who assigned this enquiry may revoke it."),
    "not_assigned": QT_TRANSLATE_NOOP("Refusal", "This enquiry is not assigned to anyone to take back."),
    "not_head_office": QT_TRANSLATE_NOOP("Refusal", "Only head office may offer enquiries to partners."),
    "not_offered": QT_TRANSLATE_NOOP("Refusal", "This enquiry is not waiting for a decision."),
    "not_offered_to_you": QT_TRANSLATE_NOOP("Refusal", "This enquiry was not offered to your company."),
    "accept_first": QT_TRANSLATE_NOOP("Refusal", "Accept the offer before working on this enquiry."),
    "already_offered": QT_TRANSLATE_NOOP("Refusal", "This enquiry is already offered to a partner."),
    "already_accepted": QT_TRANSLATE_NOOP("Refusal", "This enquiry has already been accepted."),
    "deadline_passed": QT_TRANSLATE_NOOP(
        "Refusal", "The deadline for this offer passed on {deadline}; it has gone back to head office."
    ),
    "offer_expired": QT_TRANSLATE_NOOP(
        "Refusal", "The time to decide on this offer ran out; it has gone back to head office."
    ),
    "offer_withdrawn": QT_TRANSLATE_NOOP("Refusal", "Head office has withdrawn this offer."),
    "deadline_not_reached": QT_TRANSLATE_NOOP("Refusal", "The deadline of this offer has not passed yet."),
    "closed": QT_TRANSLATE_NOOP("Refusal", "This enquiry is closed and cannot be changed."),
    "wrong_state": QT_TRANSLATE_NOOP("Refusal", "This is not possible while the enquiry is {status}."),
    "reason_required": QT_TRANSLATE_NOOP("Refusal", "Please give a reason."),
    "person_unknown": QT_TRANSLATE_NOOP("Refusal", "This person does not exist or is not visible to you."),
    "person_inactive": QT_TRANSLATE_NOOP("Refusal", "{name} is no longer active and cannot take enquiries."),
    "other_company": QT_TRANSLATE_NOOP("Refusal", "{name} works for another company."),
    "same_person": QT_TRANSLATE_NOOP("Refusal", "{name} is already in charge of this enquiry."),
    "company_unknown": QT_TRANSLATE_NOOP("Refusal", "This company does not exist or is not a partner."),
    "company_inactive": QT_TRANSLATE_NOOP("Refusal", "This partner is no longer active."),
    "partner_tried": QT_TRANSLATE_NOOP("Refusal", "This partner has already declined this enquiry."),
    "external_exists": QT_TRANSLATE_NOOP(
        "Refusal", "This enquiry is already assigned externally; you can only send it again."
    ),
    "no_external": QT_TRANSLATE_NOOP("Refusal", "This enquiry has not been assigned externally."),
    "not_offer_type": QT_TRANSLATE_NOOP(
        "Refusal", "External steps can be recorded only for enquiries of type offer."
    ),
    "invalid_email": QT_TRANSLATE_NOOP("Refusal", "Please enter a valid e-mail address."),
    "nothing_changed": QT_TRANSLATE_NOOP("Refusal", "Nothing has changed since the last message."),
    "duplicate_item": QT_TRANSLATE_NOOP("Refusal", "This item was already added."),
    "not_permitted": QT_TRANSLATE_NOOP("Refusal", "You are not allowed to do this."),
    # call-centre surveys (enquiries/surveys.py)
    "not_survey_manager": QT_TRANSLATE_NOOP("Refusal", "Only survey managers may change a contact's status."),
    "not_survey_agent": QT_TRANSLATE_NOOP("Refusal", "This contact is not assigned to you in this survey."),
    "contact_changed": QT_TRANSLATE_NOOP(
        "Refusal", "Someone else changed this contact meanwhile; please open it again and check."
    ),
    "rating_unknown": QT_TRANSLATE_NOOP("Refusal", "This rating is not on the survey's scale."),
    "follow_up_past": QT_TRANSLATE_NOOP("Refusal", "A follow-up must lie in the future."),
    "follow_up_when_done": QT_TRANSLATE_NOOP("Refusal", "A contact that is done needs no follow-up."),
    "agent_unknown": QT_TRANSLATE_NOOP("Refusal", "This agent does not work on this survey."),
    "agent_inactive": QT_TRANSLATE_NOOP("Refusal", "{name} is no longer active."),
    "appointments_off": QT_TRANSLATE_NOOP(
        "Refusal", "This survey does not arrange field-service appointments."
    ),
    "appointment_rep_missing": QT_TRANSLATE_NOOP(
        "Refusal", "Please choose the field rep for the appointment."
    ),
    "appointment_rep_unknown": QT_TRANSLATE_NOOP(
        "Refusal", "This field rep is not known or no longer active."
    ),
    "appointment_past": QT_TRANSLATE_NOOP("Refusal", "The appointment must lie in the future."),
    "appointment_place_missing": QT_TRANSLATE_NOOP(
        "Refusal", "Please enter where the appointment takes place."
    ),
    "survey_closed": QT_TRANSLATE_NOOP("Refusal", "This survey's period is over."),
    "invalid_command": QT_TRANSLATE_NOOP("Refusal", "The request is incomplete or malformed: {detail}"),
}


@dataclass(frozen=True)
class Refusal:
    """Why a command was refused. `message` is English; `text()` fills in the parameters."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def template(self) -> str:
        return MESSAGES[self.code]

    def text(self, translate: Any = None) -> str:
        template = translate(CTX, self.template) if translate else self.template
        try:
            return str(template).format(**self.params)
        except (KeyError, IndexError):
            return str(template)

    @property
    def message(self) -> str:
        return self.text()

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "params": dict(self.params)}


def refuse(code: str, **params: Any) -> Refusal:
    if code not in MESSAGES:
        raise KeyError(f"unknown refusal code {code!r}")
    return Refusal(code, params)
