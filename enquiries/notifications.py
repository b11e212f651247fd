"""Who is told what after a decision (DESIGN.md, Notifications).

A person is told when an enquiry is assigned or offered to them and when someone else acts on an
enquiry they hold (note, document, task, partner decision, expiry). Nobody is told about their
own actions. Returns plain tuples; the server stores them, the client shows them.
"""

from __future__ import annotations

from dataclasses import dataclass

from enquiries.events import Event
from enquiries.state import Enquiry

# Events that go to the person named in `info["to"]` (the new holder, the offered person, ...).
TO_NAMED = frozenset(
    {
        "assigned",
        "assignment_rejected",
        "enquiry_created",
        "routed",
        "offered",
        "forwarded",
        "offer_accepted",
        "offer_declined",
        "offer_expired",
        "returned_expired",
        "colleague_set",
        "task_added",
    }
)
# Events the holder hears about when someone else causes them.
TO_HOLDER = frozenset(
    {
        "note_added",
        "document_added",
        "task_added",
        "contact_updated",
        "offer_accepted",
        "offer_declined",
        "offer_expired",
        "assignment_revoked",
        "offer_revoked",
    }
)


@dataclass(frozen=True)
class Notice:
    person_id: str
    kind: str  # the event name
    enquiry_id: str
    actor_id: str | None


def notices(before: Enquiry | None, after: Enquiry, events: list[Event]) -> list[Notice]:
    found: dict[tuple[str, str], Notice] = {}
    holder = before.holder_id if before is not None else None
    for event in events:
        targets: set[str] = set()
        named = event.info.get("to")
        if event.name in TO_NAMED and isinstance(named, str):
            targets.add(named)
        if event.name in TO_HOLDER and holder:
            targets.add(holder)
        if event.name == "enquiry_created" and event.actor_id is not None:
            targets.discard(event.actor_id)  # one's own new enquiry is no news
        for person in targets:
            if person != event.actor_id:
                found.setdefault((person, event.name), Notice(person, event.name, after.id, event.actor_id))
    return list(found.values())
