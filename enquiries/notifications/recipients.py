"""Who is told what after a decision, and whom a reminder goes to (DESIGN.md, Notifications).

- A **new offer** (made by head office, routed, or forwarded after an expiry) goes to the person
  the offer names, if they are an active member of the partner; otherwise to the partner's active
  administrators (`partner_admin`); a partner without any goes to all its active people.
- **Assignments**: the person who becomes holder or colleague through someone else (`assigned`,
  `colleague_set`, `routed`, `forwarded` to a head-office person), the assigner an assignment is
  handed back to (`assignment_rejected`), the holder an assignment is taken from
  (`assignment_revoked`).
- **Activity** on an enquiry: the people in charge of it, that is its holder and the colleague of
  every other company with the full view (head office's private colleague after a partner
  accepted). Notes, documents and tasks (and a task's assignee) reach all of them; partner
  decisions, expiry and withdrawn offers reach head office's people in charge before and after
  and the person it goes back to; contact changes reach the holder.
- **Reminders** (`offer_reminder`) go to the same people as the offer itself.

Nobody is told of their own action. A person is told only what their company may see: the offer
(anonymised) to the offered partner, otherwise only events that appear in their company's view
of the history (`privacy`): a company never hears of another company's internal moves, so a
notice never reveals another company's colleague. Inactive and unknown people are told nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from enquiries import privacy
from enquiries.directory import Directory, PersonInfo
from enquiries.events import Event
from enquiries.notifications.kinds import PRIORITY, REMINDER, Notice
from enquiries.state import Enquiry

PARTNER_ADMIN = "partner_admin"
JOURNAL = frozenset({"note_added", "document_added", "task_added"})
DECISIONS = frozenset({"offer_accepted", "offer_declined", "offer_expired", "offer_revoked"})
TO_NAMED = {
    "assigned": "assigned",
    "colleague_set": "colleague_set",
    "routed": "routed",
    "assignment_rejected": "assignment_rejected",
    "returned_expired": "returned_expired",
}
OFFER_KINDS = frozenset({"offered", REMINDER})
# Every event `_targets` may tell anyone of; others (creation, seen marks, closing, ...) tell nobody.
TELLING = frozenset(
    {"offered", "forwarded", "assignment_revoked", *TO_NAMED, *JOURNAL, "contact_updated", *DECISIONS}
)


def may_tell(events: list[Event]) -> bool:
    """Whether any of `events` can tell anyone anything (lets the server skip the look-ups)."""
    return any(event.name in TELLING for event in events)


def offer_recipients(state: Enquiry, directory: Directory) -> list[str]:
    """Who hears of the pending offer of `state`: the named person, else the admins, else all."""
    offer = state.offer
    if offer is None or state.status != "offered":
        return []
    named = directory.person(offer.person_id)
    if named is not None and named.active and named.company_id == offer.company_id:
        return [named.id]
    there = [p for p in directory.people.values() if p.company_id == offer.company_id and p.active]
    admins = sorted(p.id for p in there if PARTNER_ADMIN in p.roles)
    return admins or sorted(p.id for p in there)


def in_charge(state: Enquiry | None) -> set[str]:
    """The holder and the colleague of every other company that has the full view."""
    if state is None:
        return set()
    people = {state.holder_id}
    involved = state.involved_companies()
    people |= {person for company, person in state.colleagues.items() if company in involved}
    people.discard(None)
    return {p for p in people if p is not None}


def _targets(
    before: Enquiry | None, after: Enquiry, event: Event, directory: Directory
) -> Iterator[tuple[str, str]]:
    """(person, kind) pairs an event asks to tell, before the privacy and self filters."""
    name = event.name
    named = event.info.get("to")
    if name == "offered" or (name == "forwarded" and "offer" in event.changes):
        for person in offer_recipients(after, directory):
            yield person, "offered"
    elif name == "forwarded" and isinstance(named, str):
        yield named, "forwarded"
    elif name in TO_NAMED and isinstance(named, str):
        yield named, TO_NAMED[name]
    elif name == "assignment_revoked":
        previous = event.info.get("previous_holder")
        if isinstance(previous, str):
            yield previous, name
    elif name in JOURNAL:
        for person in in_charge(after):
            yield person, name
        if name == "task_added" and isinstance(named, str):
            yield named, name
    elif name == "contact_updated" and before is not None and before.holder_id:
        yield before.holder_id, name
    elif name in DECISIONS:
        for person in in_charge(before) | in_charge(after):
            yield person, name
        if isinstance(named, str):
            yield named, name


def event_visible_to(after: Enquiry, company_id: str, event_name: str, event_company: str | None) -> bool:
    """Whether a company's view of `after` shows the event (as `privacy.project` filters history)."""
    if not privacy.has_full_view(after, company_id):
        return False
    if event_name in privacy.INTERNAL_EVENTS and event_company != company_id:
        return False
    return not (event_name in privacy.ROUTING_EVENTS and company_id != after.origin_company_id)


def may_know(directory: Directory, viewer: PersonInfo, person_id: str | None) -> bool:
    """Whether `viewer` may be shown who `person_id` is (as the people feed shows people): their
    own company's people, and people across head office and a partner, never another partner's."""
    person = directory.person(person_id)
    if person is None:
        return False
    if person.company_id == viewer.company_id:
        return True
    kinds = {
        company.kind
        for company in (directory.company(person.company_id), directory.company(viewer.company_id))
        if company is not None
    }
    return "head_office" in kinds


def _allowed(after: Enquiry, person: PersonInfo, kind: str, event: Event) -> bool:
    if kind in OFFER_KINDS:
        return privacy.is_offered_to(after, person.company_id)
    return event_visible_to(after, person.company_id, event.name, event.company_id)


def notices(
    before: Enquiry | None, after: Enquiry, events: list[Event], directory: Directory
) -> list[Notice]:
    """Everyone to tell after `events` turned `before` into `after`: at most one notice per person
    (the first kind in `PRIORITY`), in a stable order."""
    found: dict[str, Notice] = {}
    for event in events:
        for person_id, kind in _targets(before, after, event, directory):
            if person_id == event.actor_id:
                continue  # nobody is told of their own action
            person = directory.person(person_id)
            if person is None or not person.active or not _allowed(after, person, kind, event):
                continue
            # Named only where the company's own view of the history names them, and never to an
            # offered partner: who offered it is head office's person in charge.
            shown = kind not in OFFER_KINDS and may_know(directory, person, event.actor_id)
            actor = event.actor_id if shown else None
            notice = Notice(person_id, kind, after.id, actor, event.name)
            held = found.get(person_id)
            if held is None or PRIORITY[kind] < PRIORITY[held.kind]:
                found[person_id] = notice
    return sorted(found.values(), key=lambda n: (PRIORITY[n.kind], n.person_id))


def reminder_notices(state: Enquiry, directory: Directory) -> list[Notice]:
    """The `offer_reminder` notices of the pending offer of `state` (none when nothing is pending)."""
    people = [directory.person(p) for p in offer_recipients(state, directory)]
    return [
        Notice(p.id, REMINDER, state.id, None, REMINDER)
        for p in people
        if p is not None and privacy.is_offered_to(state, p.company_id)
    ]
