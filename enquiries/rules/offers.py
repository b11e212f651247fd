"""Cross-company handover: offer, revoke, accept, decline, and expiry with forwarding."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from enquiries.commands import AcceptOffer, DeclineOffer, ExpireOffer, OfferToPartner, RevokeOffer
from enquiries.deadlines import offer_deadline
from enquiries.directory import Directory
from enquiries.refusals import Refusal, refuse
from enquiries.rules.assignment import WORKABLE
from enquiries.rules.context import Ctx, Decision, first_refusal
from enquiries.state import Attempt, Enquiry, Offer, RouteTarget


def make_offer(
    directory: Directory, *, company_id: str, person_id: str | None, offered_by: str | None, now: datetime
) -> Offer | Refusal:
    company = directory.company(company_id)
    if company is None or company.kind != "partner":
        return refuse("company_unknown")
    if not company.active:
        return refuse("company_inactive")
    return Offer(
        company_id=company.id,
        person_id=person_id,
        offered_by=offered_by,
        offered_at=now,
        deadline=offer_deadline(now, company.calendar),
    )


def offer_to_partner(ctx: Ctx, cmd: OfferToPartner) -> Decision:
    state = ctx.state
    if not ctx.actor.may_offer:
        return refuse("not_head_office")
    if state.status == "offered":
        return refuse("already_offered")
    refusal = first_refusal(ctx.open_guard(*WORKABLE), ctx.holder_guard())
    if refusal:
        return refusal
    if any(a.company_id == cmd.company_id and a.outcome == "declined" for a in state.attempts):
        return refuse("partner_tried")
    if cmd.user_id is not None:
        person = ctx.colleague_guard(cmd.user_id, cmd.company_id)
        if isinstance(person, Refusal):
            return person
    offer = make_offer(
        ctx.directory,
        company_id=cmd.company_id,
        person_id=cmd.user_id,
        offered_by=ctx.actor.person_id,
        now=ctx.now,
    )
    if isinstance(offer, Refusal):
        return offer
    company = ctx.directory.company(cmd.company_id)
    return [
        ctx.event(
            "offered",
            {
                "status": "offered",
                "offer": offer,
                "holder_id": ctx.actor.person_id,
                "assigned_by": None,
                "decline_reason": "",
            },
            detail=company.name if company else "",
            company=offer.company_id,
            to=offer.person_id,
            deadline=offer.deadline.isoformat(),
        )
    ]


def _offered_to_actor(ctx: Ctx) -> Offer | Refusal:
    state = ctx.state
    if state.offer is None or state.status != "offered":
        if any(a.outcome == "accepted" for a in state.attempts) and ctx.is_owner_member:
            return refuse("already_accepted")
        return refuse("not_offered")
    if state.offer.company_id != ctx.actor.company_id:
        return refuse("not_offered_to_you")
    if ctx.now >= state.offer.deadline:
        return refuse("deadline_passed", deadline=state.offer.deadline.isoformat())
    return state.offer


def revoke_offer(ctx: Ctx, cmd: RevokeOffer) -> Decision:
    state = ctx.state
    if not ctx.actor.may_offer:
        return refuse("not_head_office")
    if state.offer is None or state.status != "offered":
        return refuse("not_offered")
    if not ctx.is_owner_member:
        return refuse("not_member")
    attempt = Attempt(company_id=state.offer.company_id, outcome="revoked", at=ctx.now)
    return [
        ctx.event(
            "offer_revoked",
            {"status": "open", "offer": None, "attempts": (*state.attempts, attempt)},
            company=state.offer.company_id,
        )
    ]


def accept_offer(ctx: Ctx, cmd: AcceptOffer) -> Decision:
    offer = _offered_to_actor(ctx)
    if isinstance(offer, Refusal):
        return offer
    state = ctx.state
    colleagues = {k: v for k, v in state.colleagues.items() if k != offer.company_id}
    if state.holder_id is not None:
        # The handing-over company keeps its person in charge as its (private) colleague.
        colleagues.setdefault(state.owner_company_id, state.holder_id)
    attempt = Attempt(company_id=offer.company_id, outcome="accepted", at=ctx.now)
    return [
        ctx.event(
            "offer_accepted",
            {
                "owner_company_id": offer.company_id,
                "status": "open",
                "holder_id": ctx.actor.person_id,
                "holder_since": ctx.now,
                "assigned_by": None,
                "offer": None,
                "accepted_at": ctx.now,
                "attempts": (*state.attempts, attempt),
                "colleagues": colleagues,
                "changed": {},
                "external": None,  # head office's external helper is not the new controller's
            },
            company=offer.company_id,
            previous_owner=state.owner_company_id,
            to=offer.offered_by,
            audit="controller_change",
        )
    ]


def decline_offer(ctx: Ctx, cmd: DeclineOffer) -> Decision:
    offer = _offered_to_actor(ctx)
    if isinstance(offer, Refusal):
        return offer
    if not cmd.reason:
        return refuse("reason_required")
    state = ctx.state
    back_to = offer.offered_by or state.route_owner_id or state.holder_id
    attempt = Attempt(company_id=offer.company_id, outcome="declined", at=ctx.now, reason=cmd.reason)
    return [
        ctx.event(
            "offer_declined",
            {
                "status": "declined",
                "offer": None,
                "holder_id": back_to,
                "holder_since": ctx.now,
                "attempts": (*state.attempts, attempt),
                "decline_reason": cmd.reason,
                "changed": {},
            },
            detail=cmd.reason,
            company=offer.company_id,
            to=back_to,
            reason=cmd.reason,
        )
    ]


def usable_target(target: RouteTarget, directory: Directory) -> RouteTarget | None:
    """A routing target as it may be used now, or None.

    A partner target needs an active partner company; a person named there is kept only if they
    are an active member of it. A person target must be an active head-office person: routing
    never makes a partner's person holder of head office's enquiry.
    """
    if target.kind == "partner":
        company = directory.company(target.company_id)
        if company is None or company.kind != "partner" or not company.active:
            return None
        named = directory.person(target.person_id)
        keep = named is not None and named.active and named.company_id == company.id
        return target if keep or target.person_id is None else target.model_copy(update={"person_id": None})
    person = directory.person(target.person_id)
    company = directory.company(person.company_id) if person else None
    if person is None or not person.active or company is None or company.kind != "head_office":
        return None
    return target


def head_office_person(person_id: str | None, directory: Directory) -> str | None:
    """`person_id` if it is an active head-office person (a route's owner), else None."""
    person = directory.person(person_id)
    company = directory.company(person.company_id) if person else None
    return person_id if person and person.active and company and company.kind == "head_office" else None


def next_target(state: Enquiry, directory: Directory) -> RouteTarget | None:
    """The next partner or person of the routing chain that has not declined or let it expire."""
    skipped = {a.company_id for a in state.attempts if a.outcome in ("declined", "expired")}
    current = state.offer.company_id if state.offer is not None else None
    for target in state.chain:
        if target.kind == "partner" and target.company_id in (skipped | {current}):
            continue
        usable = usable_target(target, directory)
        if usable is not None:
            return usable
    return None


def expire_offer(ctx: Ctx, cmd: ExpireOffer) -> Decision:
    state = ctx.state
    if not ctx.actor.is_system:
        return refuse("not_permitted")
    if state.offer is None or state.status != "offered":
        return refuse("not_offered")
    offer = state.offer
    extra: dict[str, Any] = {}
    if cmd.partner_inactive:
        partner = ctx.directory.company(offer.company_id)
        if partner is not None and partner.active:
            return refuse("deadline_not_reached")
        extra["reason"] = "partner_inactive"
    elif ctx.now < offer.deadline:
        return refuse("deadline_not_reached")
    attempts = (*state.attempts, Attempt(company_id=offer.company_id, outcome="expired", at=ctx.now))
    expired = ctx.event(
        "offer_expired",
        {"attempts": attempts, "offer": None},
        company=offer.company_id,
        to=offer.offered_by,
        **extra,
    )
    after = state.model_copy(update={"attempts": attempts, "offer": None})
    target = next_target(after, ctx.directory)
    back_to = offer.offered_by or state.route_owner_id or state.holder_id
    changes: dict[str, Any]
    if target is None:
        changes = {"status": "expired", "holder_id": back_to, "holder_since": ctx.now, "changed": {}}
        return [expired, ctx.event("returned_expired", changes, to=back_to)]
    if target.kind == "person":
        changes = {"status": "open", "holder_id": target.person_id, "holder_since": ctx.now, "changed": {}}
        return [expired, ctx.event("forwarded", changes, to=target.person_id)]
    new_offer = make_offer(
        ctx.directory,
        company_id=target.company_id,
        person_id=target.person_id,
        offered_by=offer.offered_by,
        now=ctx.now,
    )
    assert not isinstance(new_offer, Refusal)  # next_target only yields active partners
    company = ctx.directory.company(target.company_id)
    return [
        expired,
        ctx.event(
            "forwarded",
            {"status": "offered", "offer": new_offer},
            detail=company.name if company else "",
            company=new_offer.company_id,
            to=new_offer.person_id,
            deadline=new_offer.deadline.isoformat(),
        ),
    ]
