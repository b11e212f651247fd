"""Web and dealer-page enquiries: validate, route and store them as head office's, at once."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.store.commands import Outcome, store
from central.store.directory import head_office_id, load_directory
from central.store.routes import RouteRow, to_route
from enquiries.directory import Actor
from enquiries.routing import IntakeFacts, RoutingDecision, normalise_postcode, route
from enquiries.rules.lifecycle import intake_events
from enquiries.state import Contact, Enquiry, RouteTarget


@dataclass(frozen=True)
class IntakeRequest:
    channel: str
    partner_id: str | None
    type: str
    product_interest: str
    first_name: str
    last_name: str
    email: str
    phone: str
    street: str
    postcode: str
    city: str
    country: str
    message: str


@dataclass(frozen=True)
class IntakeResult:
    id: str
    spam: bool
    reason: str
    outcome: Outcome | None


@dataclass(frozen=True)
class Planned:
    """Where an enquiry goes: the routing decision and the chain it walks (dealer partner first)."""

    facts: IntakeFacts
    decision: RoutingDecision
    chain: list[RouteTarget]


def plan(session: Session, req: IntakeRequest) -> Planned:
    """Route `req` over the active routes: what `receive` stores and the admin preview shows."""
    facts = IntakeFacts(
        country=req.country.upper(),
        postcode=normalise_postcode(req.country, req.postcode),
        product_interest=req.product_interest,
        message=req.message,
        email=req.email,
        channel=req.channel,
    )
    routes = [to_route(r) for r in session.scalars(select(RouteRow).where(RouteRow.active.is_(True)))]
    decision = route(facts, routes)
    chain = [RouteTarget(kind=t.kind, company_id=t.company_id, person_id=t.person_id) for t in decision.chain]
    if req.partner_id and not decision.spam:
        # A dealer page names its partner: it gets the first offer, the route's chain follows.
        chain = [
            RouteTarget(kind="partner", company_id=req.partner_id),
            *[t for t in chain if t.company_id != req.partner_id],
        ]
    return Planned(facts, decision, chain)


def receive(session: Session, req: IntakeRequest, *, now: datetime) -> IntakeResult:
    hq = head_office_id(session)
    actor = Actor.system(hq)
    directory = load_directory(session, actor)
    planned = plan(session, req)
    facts, decision, chain = planned.facts, planned.decision, planned.chain
    enquiry_id = str(uuid.uuid4())
    if decision.spam:
        return IntakeResult(enquiry_id, True, decision.reason, None)
    enquiry = Enquiry(
        id=enquiry_id,
        type=req.type,
        product_interest=req.product_interest,
        channel=req.channel,
        received_at=now,
        origin_company_id=hq,
        owner_company_id=hq,
        contact=Contact(
            first_name=req.first_name,
            last_name=req.last_name,
            email=req.email,
            phone=req.phone,
            street=req.street,
            postcode=facts.postcode,
            city=req.city,
            country=facts.country,
            message=req.message,
        ),
    )
    events = intake_events(
        enquiry, chain=chain, route_owner_id=decision.owner_person_id, directory=directory, now=now
    )
    outcome = store(session, None, None, events, actor=actor, now=now, directory=directory)
    return IntakeResult(enquiry_id, False, decision.reason, outcome)
