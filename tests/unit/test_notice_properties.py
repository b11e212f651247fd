"""Property test of who is told what, over random sequences of commands, deadline expiries and
reminders by every role (the generators of test_properties.py).

After every decision, for every notice, checked against the privacy rules' own projection (an
oracle independent of how `notifications` decides):
(a) nobody is told of their own action;
(b) the recipient's company may see the enquiry, and sees what the notice is about: the offer
    itself (anonymised) for `offered` / `offer_reminder`, otherwise the event in its own view of
    the history;
(c) the actor a notice names is the one that view of the history names, and a person the
    recipient may know (never another partner's person, never head office's offerer to a
    partner): no foreign colleague is revealed;
(d) no mail about it, immediate or digest, in any language, holds personal data of the customer.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from central.mail.notice_mail import MailItem, Recipient, digest_mail, notice_mail
from enquiries.decide import decide
from enquiries.events import Event, apply_all
from enquiries.notifications import Notice, may_tell, notices, reminder_notices
from enquiries.notifications.facts import facts_for
from enquiries.privacy import project, visible_companies
from enquiries.refusals import Refusal
from enquiries.state import Enquiry
from tests.unit.rules_fixtures import DIRECTORY, HQ, PEOPLE, SYSTEM, T0, actor, command, intake
from tests.unit.test_properties import (
    ACTIVE_PEOPLE,
    PERSONAL_VALUES,
    START,
    Start,
    Step,
    a_step,
    members,
    resolve,
)

EXAMPLES = 300
OFFER_KINDS = ("offered", "offer_reminder")


def check_notice(notice: Notice, acting: str | None, after: Enquiry, now: datetime) -> None:
    person = PEOPLE[notice.person_id]
    company = person.company_id
    assert person.active, notice
    assert notice.person_id != acting, notice  # (a)
    assert company in visible_companies(after), (notice, visible_companies(after))  # (b)
    view = project(after, company)
    assert view is not None
    if notice.kind in OFFER_KINDS:
        assert view["anonymised"] is True and view["offer"]["company_id"] == company, notice
        assert notice.actor_id is None, notice  # (c) who offered it stays head office's business
    else:
        assert view["anonymised"] is False, notice
        entries = [
            h
            for h in view["history"]
            if h["event"] == notice.event and datetime.fromisoformat(h["at"]) == now
        ]
        assert entries, (notice, [h["event"] for h in view["history"]])
        if notice.actor_id is not None:  # (c)
            assert notice.actor_id in {h["actor_id"] for h in entries}, notice
            other = PEOPLE[notice.actor_id].company_id
            assert HQ in (other, company) or other == company, notice
    check_mails(notice, after, now)


def check_mails(notice: Notice, after: Enquiry, now: datetime) -> None:
    """(d) Every mail of the notice, in every language, immediate and as a digest."""
    person = PEOPLE[notice.person_id]
    facts = facts_for(after, person.company_id)
    assert facts is not None, notice
    actor_name = DIRECTORY.name(notice.actor_id) if notice.actor_id else None
    item = MailItem(notice.kind, facts, actor_name, now)
    for language in ("de", "it", "en"):
        recipient = Recipient(person.name, f"{person.id}@example.test", language, "Europe/Rome")
        for subject, body in (notice_mail(item, recipient), digest_mail([item, item], recipient)):
            text = subject + "\n" + body
            assert f"enquirydesk://enquiry/{after.id}" in body and facts.number in text
            for value in PERSONAL_VALUES:
                assert value not in text, (notice.kind, language, value)
            for field in ("first_name", "last_name", "email", "phone", "street", "message"):
                value = getattr(after.contact, field)
                assert not (value and value in text), (notice.kind, language, field)


def check_decision(before: Enquiry | None, after: Enquiry, events: list[Event], acting: str | None) -> None:
    now = events[-1].at
    told = notices(before, after, events, DIRECTORY)
    assert may_tell(events) or not told  # the server skips decisions that cannot tell anyone
    assert len({n.person_id for n in told}) == len(told)
    for notice in [*told, *reminder_notices(after, DIRECTORY)]:
        check_notice(notice, acting if notice.kind != "offer_reminder" else None, after, now)
        SEEN[notice.kind] = SEEN.get(notice.kind, 0) + 1


def decide_step(state: Enquiry, now: datetime, move: Step, index: int) -> tuple[Enquiry, datetime]:
    now = now + timedelta(minutes=move.minutes)
    if move.who == "@system":
        if move.name == "expire_at_deadline" and state.offer is not None:
            now = max(now, state.offer.deadline)
        who: Any = SYSTEM
        cmd = command("expire_offer")
        acting = None
    else:
        acting = resolve(move.who, state, index)
        who = acting
        mates = sorted(p for p in ACTIVE_PEOPLE if PEOPLE[p].company_id == PEOPLE[acting].company_id)
        args = {k: mates[index % len(mates)] if v == "@mate" else v for k, v in move.args.items()}
        if move.name == "create_enquiry":
            args.setdefault("first_name", "Rosalinde")
        cmd = command(move.name, **args)
    decision = decide(state, actor(who), cmd, now, DIRECTORY)
    if isinstance(decision, Refusal) or not decision:
        return state, now
    after = apply_all(state, decision)
    assert after is not None
    check_decision(state, after, decision, acting)
    return after, now


def begin(start: Start) -> tuple[Enquiry, datetime]:
    now = T0 + timedelta(hours=start.offset_hours)
    if start.creator is None:
        state, events = intake(start.chain, route_owner_id=start.route_owner_id, now=now, **start.contact)
        acting = None
    else:
        events_or = decide(
            None, actor(start.creator), command("create_enquiry", **start.contact), now, DIRECTORY
        )
        assert not isinstance(events_or, Refusal)
        events, acting = events_or, start.creator
        created = apply_all(None, events)
        assert created is not None
        state = created
    check_decision(None, state, events, acting)
    if start.handover is not None:  # sooner to the interesting part: offered and accepted
        partner_id = PEOPLE[start.handover].company_id
        if state.offer is None and state.holder_id in members(HQ):
            offer = Step(0, "@holder", "offer_to_partner", {"company_id": partner_id})
            state, now = decide_step(state, now, offer, 0)
        if state.offer is not None and state.offer.company_id == partner_id:
            state, now = decide_step(state, now, Step(30, start.handover, "accept_offer", {}), 0)
    return state, now


COMMON = {
    *("offered", "offer_reminder", "offer_accepted", "routed", "assigned", "colleague_set"),
    *("note_added", "document_added", "task_added", "contact_updated"),
}
SEEN: dict[str, int] = {}  # kind -> how many notices of it the sequences produced


@settings(
    max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(start=START, steps=st.lists(a_step(), min_size=10, max_size=40))
def random_sequences(start: Start, steps: list[Step]) -> None:
    state, now = begin(start)
    for index, move in enumerate(steps):
        state, now = decide_step(state, now, move, index)


def test_notices_respect_privacy_and_never_the_actor() -> None:
    SEEN.clear()
    random_sequences()
    # The sequences reach most kinds, so the checks above are not vacuous (the rarer ones, which
    # need two particular steps in a row, are in test_notice_rules.py).
    assert set(SEEN) >= COMMON, (COMMON - set(SEEN), SEEN)
