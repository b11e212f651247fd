"""A few hundred demo enquiries in every state, played through the real rules on a simulated clock."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.demo import FIRST, LAST, MESSAGES, PRODUCTS, REGIONS, demo_id
from central.demo_notifications import settle as settle_notifications
from central.demo_survey import seed_survey
from central.store.accounts import Company, Person
from central.store.commands import execute, load_for_update
from central.store.directory import load_directory
from central.store.enquiries import EnquiryRow
from central.store.intake import IntakeRequest, receive
from enquiries import commands as c
from enquiries.directory import Actor
from enquiries.refusals import Refusal
from enquiries.state import Enquiry


class Player:
    """Runs commands as demo people at given times; a refusal here is a bug in the script."""

    def __init__(self, session: Session, people: dict[str, Person], rng: random.Random) -> None:
        self.session = session
        self.people = people
        self.rng = rng
        self.companies = {p.company_id: session.get(Company, p.company_id) for p in people.values()}

    def actor(self, who: str) -> Actor:
        person = self.people[who]
        company = self.companies[person.company_id]
        assert company is not None
        return Actor(
            person.id,
            company.id,
            "head_office" if company.kind == "head_office" else "partner",
            frozenset(person.roles),
        )

    def run(self, who: str, command: c.Command, at: datetime) -> None:
        actor = self.actor(who) if who != "system" else Actor.system(demo_id("hq"))
        outcome = execute(self.session, actor, command, at, load_directory(self.session, actor))
        if isinstance(outcome.refusal, Refusal):
            raise RuntimeError(f"demo script refused: {who} {command.wire_name}: {outcome.refusal.message}")

    def state(self, enquiry_id: str) -> Enquiry:
        _row, state = load_for_update(self.session, enquiry_id)
        assert state is not None
        return state


PARTNER_STAFF = {
    demo_id("mueller"): ["max", "eva"],
    demo_id("rossi"): ["luca", "sofia"],
    demo_id("alpen"): ["lena"],
}
HQ_HOLDER = {"DE": "anna", "IT": "marco", "AT": "anna"}


def _intake(p: Player, at: datetime, country: str) -> str:
    cities, low, high = REGIONS[country]
    rng = p.rng
    first, last = rng.choice(FIRST), rng.choice(LAST)
    req = IntakeRequest(
        channel="web",
        partner_id=None,
        type=rng.choice(["offer", "offer", "information", "consultation"]),
        product_interest=rng.choice(PRODUCTS),
        first_name=first,
        last_name=last,
        email=f"{first}.{last}{rng.randint(1, 999)}@example.net".lower(),
        phone=f"+{rng.randint(10**9, 10**10)}",
        street=f"{rng.choice(['Hauptstraße', 'Via Roma', 'Dorfweg', 'Bahnhofstraße'])} {rng.randint(1, 120)}",
        postcode=str(rng.randint(low, high)),
        city=rng.choice(cities),
        country=country,
        message=rng.choice(MESSAGES),
    )
    return receive(p.session, req, now=at).id


def _after_accept(p: Player, eid: str, who: str, at: datetime) -> None:
    rng = p.rng
    p.run(
        who,
        c.LinkContact(enquiry_id=eid, contact_id=str(uuid.UUID(int=rng.getrandbits(128))), create=True),
        at,
    )
    step = rng.random()
    staff = PARTNER_STAFF[p.people[who].company_id]
    if step < 0.25 and len(staff) > 1:
        other = next(s for s in staff if s != who)
        p.run(who, c.AssignPerson(enquiry_id=eid, user_id=p.people[other].id), at + timedelta(hours=1))
    elif step < 0.45:
        p.run(
            who,
            c.AddNote(enquiry_id=eid, note_id=str(uuid.uuid4()), text="Called the customer, visit planned."),
            at + timedelta(hours=2),
        )
        p.run(who, c.Close(enquiry_id=eid, outcome=rng.choice(["won", "lost"])), at + timedelta(days=5))
    elif step < 0.6:
        state = p.state(eid)
        p.run(
            who,
            c.AssignExternal(
                enquiry_id=eid,
                name="Franz Fachberater",
                email="franz@berater.example",
                message="Bitte Termin vereinbaren.",
            ),
            at + timedelta(hours=3),
        )
        if state.type == "offer":
            p.run(
                who,
                c.RecordExternalStep(
                    enquiry_id=eid,
                    step="consultation_appointment",
                    date=at + timedelta(days=3),
                    note="Showroom",
                ),
                at + timedelta(days=1),
            )
    elif step < 0.7:
        p.run(
            who,
            c.AddTask(
                enquiry_id=eid,
                task_id=str(uuid.uuid4()),
                title="Send quotation",
                due_at=at + timedelta(days=4),
            ),
            at + timedelta(hours=1),
        )


def seed_enquiries(
    session: Session, people: dict[str, Person], *, now: datetime, count: int = 300, seed: int = 2026
) -> Counter[str]:
    p = Player(session, people, random.Random(seed))
    rng = p.rng
    start = now - timedelta(days=60)
    for i in range(count):
        at = start + timedelta(days=58) * i / count
        country = rng.choice(["DE", "DE", "IT", "IT", "AT"])
        eid = _intake(p, at, country)
        fate = rng.random()
        state = p.state(eid)
        if state.offer is None:
            continue
        partner = state.offer.company_id
        who = rng.choice(PARTNER_STAFF[partner])
        if fate < 0.45:
            p.run(who, c.AcceptOffer(enquiry_id=eid), at + timedelta(hours=rng.randint(1, 30)))
            _after_accept(p, eid, who, at + timedelta(hours=31))
        elif fate < 0.58:
            p.run(
                who,
                c.DeclineOffer(enquiry_id=eid, reason="Outside our delivery area this season."),
                at + timedelta(hours=5),
            )
            if rng.random() < 0.5:
                p.run(
                    HQ_HOLDER[country],
                    c.Discard(enquiry_id=eid, reason="No other partner"),
                    at + timedelta(days=1),
                )
        elif fate < 0.75:
            deadline = state.offer.deadline
            p.run("system", c.ExpireOffer(enquiry_id=eid), deadline)
            if p.state(eid).status == "offered" and rng.random() < 0.5:
                p.run("system", c.ExpireOffer(enquiry_id=eid), p.state(eid).offer.deadline)  # type: ignore[union-attr]
        elif fate < 0.85:
            holder = HQ_HOLDER[country]
            p.run(holder, c.RevokeOffer(enquiry_id=eid), at + timedelta(hours=2))
            colleague = "marco" if holder == "anna" else "anna"
            p.run(
                holder, c.AssignPerson(enquiry_id=eid, user_id=people[colleague].id), at + timedelta(hours=3)
            )
        # else: stays offered; its deadline may already be past (the job expires it on start).
    _expire_overdue(p, now)
    _recent_offers(p, now)
    _manual(p, now)
    seed_survey(session, now=now)
    settle_notifications(session, now=now)
    return Counter(p.state(e).status for e in _all_ids(session))


def _expire_overdue(p: Player, now: datetime) -> None:
    """What the server's deadline job would have done by now: no offer in the demo is overdue."""
    while True:
        due = list(
            p.session.scalars(
                select(EnquiryRow.id).where(EnquiryRow.status == "offered", EnquiryRow.offer_deadline <= now)
            )
        )
        if not due:
            return
        for eid in due:
            offer = p.state(eid).offer
            assert offer is not None
            p.run("system", c.ExpireOffer(enquiry_id=eid), offer.deadline)


def _recent_offers(p: Player, now: datetime) -> None:
    """Offers waiting for a decision now, so partners see dark-blue rows on top."""
    for hours in (2, 5, 9, 20, 26):
        for country in ("DE", "IT", "AT"):
            _intake(p, now - timedelta(hours=hours), country)


def _manual(p: Player, now: datetime) -> None:
    for who in ("eva", "sofia", "lena", "anna"):
        for k in range(3):
            eid = str(uuid.UUID(int=p.rng.getrandbits(128)))
            p.run(
                who,
                c.CreateEnquiry(
                    enquiry_id=eid,
                    type="offer",
                    product_interest=PRODUCTS[k],
                    channel="showroom",
                    first_name=FIRST[k],
                    last_name=LAST[k + 3],
                    email=f"walkin{k}@example.net",
                    postcode="",
                    city="",
                    country="",
                ),
                now - timedelta(days=k + 1),
            )


def _all_ids(session: Session) -> list[str]:
    return list(session.scalars(select(EnquiryRow.id)))
