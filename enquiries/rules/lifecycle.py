"""Birth and end of an enquiry: manual creation, intake with routing, discard, close."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from enquiries.commands import Close, CreateEnquiry, Discard
from enquiries.directory import Actor, Directory
from enquiries.events import Event
from enquiries.refusals import Refusal, refuse
from enquiries.rules.assignment import WORKABLE
from enquiries.rules.context import Ctx, Decision, first_refusal
from enquiries.rules.offers import head_office_person, make_offer, usable_target
from enquiries.state import CONTACT_FIELDS, Contact, Enquiry, RouteTarget


def create_enquiry(actor: Actor, cmd: CreateEnquiry, now: datetime) -> Decision:
    """A manually created enquiry belongs to the creator's company and is assigned to its creator."""
    if actor.is_system:
        return refuse("not_permitted")
    contact = Contact(**cmd.model_dump(include=set(CONTACT_FIELDS)))
    if contact.email and "@" not in contact.email:
        return refuse("invalid_email")
    enquiry = Enquiry(
        id=cmd.enquiry_id,
        type=cmd.type,
        product_interest=cmd.product_interest,
        channel=cmd.channel,
        received_at=now,
        origin_company_id=actor.company_id,
        owner_company_id=actor.company_id,
        status="open",
        holder_id=actor.person_id,
        holder_since=now,
        contact=contact,
        updated_at=now,
    )
    return [
        Event(
            "enquiry_created",
            enquiry.id,
            actor.person_id,
            actor.company_id,
            now,
            {"enquiry": enquiry},
            {"to": actor.person_id},
        )
    ]


def intake_events(
    enquiry: Enquiry,
    *,
    chain: Sequence[RouteTarget],
    route_owner_id: str | None,
    directory: Directory,
    now: datetime,
) -> list[Event]:
    """A web or dealer-page enquiry: created at head office, then routed along its chain at once.

    The first usable target gets it: a partner as an offer with a deadline, a head-office person as
    holder. With no usable target it stays with the route's owner (or in head office's pool).
    """
    owner = head_office_person(route_owner_id, directory)
    base = enquiry.model_copy(
        update={
            "chain": tuple(chain),
            "route_owner_id": owner,
            "holder_id": owner,
            "holder_since": now if owner else None,
            "status": "open",
            "updated_at": now,
        }
    )
    org = base.origin_company_id
    events = [Event("enquiry_created", base.id, None, org, now, {"enquiry": base}, {"channel": base.channel})]
    for candidate in chain:
        target = usable_target(candidate, directory)
        if target is None:
            continue
        if target.kind == "person":
            person = directory.person(target.person_id)
            assert person is not None
            changes = {"holder_id": person.id, "holder_since": now}
            events.append(Event("routed", base.id, None, org, now, changes, {"to": person.id}, person.name))
            return events
        offer = make_offer(
            directory, company_id=target.company_id, person_id=target.person_id, offered_by=owner, now=now
        )
        assert not isinstance(offer, Refusal)  # usable_target only yields active partners
        company = directory.company(target.company_id)
        info = {"company": offer.company_id, "to": offer.person_id, "deadline": offer.deadline.isoformat()}
        events.append(
            Event(
                "offered",
                base.id,
                None,
                org,
                now,
                {"status": "offered", "offer": offer},
                info,
                company.name if company else "",
            )
        )
        return events
    return events


def discard(ctx: Ctx, cmd: Discard) -> Decision:
    refusal = first_refusal(ctx.open_guard(*WORKABLE), ctx.holder_guard())
    if refusal:
        return refusal
    return [
        ctx.event(
            "discarded",
            {"status": "discarded", "closed_at": ctx.now, "outcome_reason": cmd.reason},
            detail=cmd.reason,
        )
    ]


def close(ctx: Ctx, cmd: Close) -> Decision:
    refusal = first_refusal(ctx.open_guard(*WORKABLE), ctx.holder_guard())
    if refusal:
        return refusal
    return [
        ctx.event(
            "closed",
            {"status": cmd.outcome, "closed_at": ctx.now, "outcome_reason": cmd.reason},
            detail=cmd.outcome,
            outcome=cmd.outcome,
        )
    ]
