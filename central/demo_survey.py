"""The demo survey: a call-centre campaign over a few hundred contacts in every state.

Marco manages it, Carla is its agent; Anna is the field rep who gets appointments. Calls are
recorded through the same rules the call screen uses, on a simulated clock.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, time, timedelta

from sqlalchemy.orm import Session

from central.demo import FIRST, LAST, REGIONS, demo_id
from central.store.survey_commands import contact_view, execute_survey, store_contact, survey_view
from central.store.surveys import SurveyRow
from central.store.views import write_views
from enquiries.directory import Actor
from enquiries.surveys import AppointmentIn, RecordCall, Survey, SurveyContact, SurveyOptions

RATINGS = ("very satisfied", "satisfied", "neutral", "dissatisfied")


def seed_survey(session: Session, *, now: datetime, count: int = 300, seed: int = 2026) -> Survey:
    rng = random.Random(seed)
    hq = demo_id("hq")
    carla = demo_id("carla@hq.example")
    survey = Survey(
        id=demo_id("survey:satisfaction-2026"),
        name="Customer satisfaction 2026",
        company_id=hq,
        starts=(now - timedelta(days=30)).date(),
        ends=(now + timedelta(days=60)).date(),
        agents=(carla,),
        ratings=RATINGS,
        options=SurveyOptions(
            history_on_done=True,
            copy_notes=True,
            agent_may_switch=False,
            field_service=True,
            send_protocol=True,
        ),
    )
    session.add(SurveyRow(id=survey.id, company_id=hq, state=survey.model_dump_json()))
    contacts = []
    for i in range(count):
        country = rng.choice(sorted(REGIONS))
        cities, low, high = REGIONS[country]
        first, last = rng.choice(FIRST), rng.choice(LAST)
        contact = SurveyContact(
            id=str(uuid.UUID(int=rng.getrandbits(128))),
            survey_id=survey.id,
            person_name=f"{first} {last}",
            phone=f"+{rng.randint(10**9, 10**10)}",
            email=f"{first}.{last}{i}@example.net".lower(),
            address=f"{rng.choice(['Hauptstraße', 'Via Roma'])} {rng.randint(1, 99)}, "
            f"{rng.randint(low, high)} {rng.choice(cities)}",
            agent_id=carla,
            updated_at=now - timedelta(days=30),
        )
        store_contact(session, survey, contact, None)
        contacts.append(contact)
    session.flush()
    write_views(session, [survey_view(survey), *[contact_view(survey, c) for c in contacts]])
    _calls(session, survey, contacts, rng, now)
    return survey


def _calls(
    session: Session, survey: Survey, contacts: list[SurveyContact], rng: random.Random, now: datetime
) -> None:
    """Play the agent's calls: about a third untouched, the rest in every state."""
    agent = Actor(demo_id("carla@hq.example"), demo_id("hq"), "head_office", frozenset({"agent"}))
    anna = demo_id("anna@hq.example")
    for i, contact in enumerate(contacts):
        fate = rng.random()
        at = now - timedelta(days=rng.randint(1, 20), hours=rng.randint(0, 8))
        hid = str(uuid.UUID(int=rng.getrandbits(128)))
        if fate < 0.33:
            continue  # not called yet
        if fate < 0.5:
            cmd = RecordCall(
                contact_id=contact.id,
                history_id=hid,
                contact_made=False,
                notes="No answer.",
                follow_up_at=now + timedelta(hours=rng.choice([1, 3, 26, 50])),
            )
        elif fate < 0.62:
            due = datetime.combine(now.date(), time(rng.randint(8, 17), 0), tzinfo=now.tzinfo)
            cmd = RecordCall(
                contact_id=contact.id,
                history_id=hid,
                notes="Asked to call back today.",
                follow_up_at=max(due, at + timedelta(minutes=5)),
            )
        elif fate < 0.85:
            cmd = RecordCall(
                contact_id=contact.id,
                history_id=hid,
                notes="Very happy with the new windows.",
                rating=rng.choice(RATINGS),
                done=True,
            )
        else:
            day = (now + timedelta(days=rng.randint(2, 20))).date()
            cmd = RecordCall(
                contact_id=contact.id,
                history_id=hid,
                notes="Wants an offer for a winter garden.",
                rating="satisfied",
                appointment=AppointmentIn(
                    day=day, at=time(10, 0), rep_id=anna, place="At the customer's home"
                ),
            )
        result = execute_survey(session, agent, cmd, at if cmd.follow_up_at is None else min(at, now))
        if result.refusal is not None:
            raise RuntimeError(f"demo survey call {i} refused: {result.refusal.message}")
