"""`decide(state, actor, command, now, directory) -> list[Event] | Refusal`: the one entry point.

Client (optimistically, on its cache) and server (authoritatively, under a row lock) call this same
function. DESIGN.md writes the shape with four arguments; the fifth, `directory`, hands in the people
and companies a rule may refer to (active colleagues, a partner's calendar), so the rules stay free of
any database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from enquiries import privacy
from enquiries.commands import Command, CreateEnquiry
from enquiries.directory import Actor, Directory
from enquiries.refusals import Refusal, refuse
from enquiries.rules import assignment, external, journal, lifecycle, offers
from enquiries.rules.context import Ctx, Decision
from enquiries.state import Enquiry

HANDLERS: dict[str, Callable[[Ctx, Any], Decision]] = {
    "update_contact": journal.update_contact,
    "assign_person": assignment.assign_person,
    "revoke_assignment": assignment.revoke_assignment,
    "reject_assignment": assignment.reject_assignment,
    "set_colleague": assignment.set_colleague,
    "clear_colleague": assignment.clear_colleague,
    "offer_to_partner": offers.offer_to_partner,
    "revoke_offer": offers.revoke_offer,
    "accept_offer": offers.accept_offer,
    "decline_offer": offers.decline_offer,
    "expire_offer": offers.expire_offer,
    "discard": lifecycle.discard,
    "close": lifecycle.close,
    "add_note": journal.add_note,
    "add_document": journal.add_document,
    "add_task": journal.add_task,
    "assign_external": external.assign_external,
    "resend_external": external.resend_external,
    "communicate_changes_external": external.communicate_changes_external,
    "record_external_step": external.record_external_step,
    "mark_seen": journal.mark_seen,
    "link_contact": journal.link_contact,
}


def decide(
    state: Enquiry | None, actor: Actor, command: Command, now: datetime, directory: Directory
) -> Decision:
    if now.tzinfo is None:
        raise ValueError("decide needs an aware `now`")
    if isinstance(command, CreateEnquiry):
        if state is not None:
            # Someone else's enquiry with this id must look exactly like any other clash.
            return refuse("already_exists")
        return lifecycle.create_enquiry(actor, command, now)
    if state is None:
        return refuse("not_found")
    if not (actor.is_system or privacy.can_see(state, actor.company_id)):
        answering = command.wire_name in ("accept_offer", "decline_offer")
        return _gone(state, actor) if answering else refuse("not_found")
    handler = HANDLERS.get(command.wire_name)
    if handler is None:
        return refuse("invalid_command", detail=command.wire_name)
    ctx = Ctx(state=state, actor=actor, now=now, directory=directory)
    if (
        not actor.is_system
        and not privacy.has_full_view(state, actor.company_id)
        and command.wire_name
        not in (
            "accept_offer",
            "decline_offer",
        )
    ):
        return refuse("accept_first")
    return handler(ctx, command)


def _gone(state: Enquiry, actor: Actor) -> Refusal:
    """Why an offer this company knew about is no longer there; anything else is "not found".

    Saying so reveals nothing: the company saw the offer. It only spares the user a puzzling
    "does not exist" when they answer an offer that expired or was withdrawn meanwhile.
    """
    mine = [a for a in state.attempts if a.company_id == actor.company_id]
    if mine and mine[-1].outcome == "expired":
        return refuse("offer_expired")
    if mine and mine[-1].outcome == "revoked":
        return refuse("offer_withdrawn")
    return refuse("not_found")
