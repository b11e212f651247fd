"""Which actions the rules allow this person on this enquiry now (the actions menu and toolbar).

Each action is probed with `decide` and plausible arguments; a refusal that only concerns the
arguments (no reason given yet, a person still to be chosen) still means "allowed": the dialog will
ask for them. So the menu can never offer what the server would refuse for the state itself.
"""

from __future__ import annotations

from datetime import UTC, datetime

from enquiries import commands as c
from enquiries.decide import decide
from enquiries.directory import Actor, Directory
from enquiries.refusals import Refusal
from enquiries.state import Enquiry

ARGUMENT_CODES = frozenset(
    {
        "reason_required",
        "same_person",
        "person_unknown",
        "person_inactive",
        "other_company",
        "invalid_email",
        "nothing_changed",
        "duplicate_item",
        "partner_tried",
        "company_unknown",
        "company_inactive",
    }
)
PROBE_TIME = datetime(2000, 1, 1, tzinfo=UTC)


def _probes(state: Enquiry, actor: Actor, directory: Directory) -> dict[str, c.Command]:
    eid = state.id
    colleague = next(
        (
            p.id
            for p in directory.people.values()
            if p.company_id == actor.company_id and p.active and p.id != state.holder_id
        ),
        "?",
    )
    partner = next((co.id for co in directory.companies.values() if co.kind == "partner" and co.active), "?")
    return {
        "update_contact": c.UpdateContact(enquiry_id=eid, message=(state.contact.message + " ")),
        "assign_person": c.AssignPerson(enquiry_id=eid, user_id=colleague),
        "revoke_assignment": c.RevokeAssignment(enquiry_id=eid),
        "reject_assignment": c.RejectAssignment(enquiry_id=eid, reason="?"),
        "set_colleague": c.SetColleague(enquiry_id=eid, user_id=colleague),
        "clear_colleague": c.ClearColleague(enquiry_id=eid),
        "offer_to_partner": c.OfferToPartner(enquiry_id=eid, company_id=partner),
        "revoke_offer": c.RevokeOffer(enquiry_id=eid),
        "accept_offer": c.AcceptOffer(enquiry_id=eid),
        "decline_offer": c.DeclineOffer(enquiry_id=eid, reason="?"),
        "discard": c.Discard(enquiry_id=eid),
        "close": c.Close(enquiry_id=eid, outcome="won"),
        "add_note": c.AddNote(enquiry_id=eid, note_id="probe", text="?"),
        "add_document": c.AddDocument(enquiry_id=eid, document_id="probe", filename="?"),
        "add_task": c.AddTask(enquiry_id=eid, task_id="probe", title="?"),
        "assign_external": c.AssignExternal(enquiry_id=eid, name="?", email="probe@example.com"),
        "resend_external": c.ResendExternal(enquiry_id=eid),
        "communicate_changes_external": c.CommunicateChangesExternal(enquiry_id=eid),
        "record_external_step": c.RecordExternalStep(enquiry_id=eid, step="order", date=PROBE_TIME),
        "mark_seen": c.MarkSeen(enquiry_id=eid),
        "link_contact": c.LinkContact(enquiry_id=eid, contact_id="probe", create=True),
    }


def allowed_actions(state: Enquiry, actor: Actor, directory: Directory, now: datetime) -> frozenset[str]:
    allowed = set()
    for name, probe in _probes(state, actor, directory).items():
        decision = decide(state, actor, probe, now, directory)
        if not isinstance(decision, Refusal) or decision.code in ARGUMENT_CODES:
            allowed.add(name)
    return frozenset(allowed)
