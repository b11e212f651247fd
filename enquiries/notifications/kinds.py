"""The kinds of notice, their stable codes and the groups people choose them by.

A kind's code is part of the wire format (notification views, mails, preferences): never rename
one. Most codes are the name of the event that causes them; `offered` is also what a partner is
told of an offer that was forwarded to it (where it came from is head office's business), and
`offer_reminder` comes from the reminder job, not from an event.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Group = Literal["offers", "reminders", "assignments", "activity"]
GROUPS: tuple[Group, ...] = ("offers", "reminders", "assignments", "activity")

# kind -> group, in priority order: when one decision tells one person several things, the
# first of them in this order is the one notice they get (e.g. `returned_expired` over
# `offer_expired`: "it came back to you" says more than "the deadline passed").
KIND_GROUP: dict[str, Group] = {
    "offered": "offers",
    "offer_reminder": "reminders",
    "returned_expired": "activity",
    "forwarded": "assignments",
    "routed": "assignments",
    "assigned": "assignments",
    "colleague_set": "assignments",
    "assignment_rejected": "assignments",
    "assignment_revoked": "assignments",
    "offer_declined": "activity",
    "offer_accepted": "activity",
    "offer_expired": "activity",
    "offer_revoked": "activity",
    "task_added": "activity",
    "note_added": "activity",
    "document_added": "activity",
    "contact_updated": "activity",
}
KINDS: tuple[str, ...] = tuple(KIND_GROUP)
PRIORITY: dict[str, int] = {kind: rank for rank, kind in enumerate(KINDS)}
REMINDER = "offer_reminder"


def group_of(kind: str) -> Group:
    return KIND_GROUP[kind]


@dataclass(frozen=True)
class Notice:
    """One person is told one thing about one enquiry.

    `actor_id` is who caused it, or None when the system did or when the recipient's company may
    not know that person (a partner never learns another partner's people). `event` is the event
    it comes from (`offer_reminder` for reminders): what the notice may reveal is what that event
    reveals to the recipient's company.
    """

    person_id: str
    kind: str
    enquiry_id: str
    actor_id: str | None
    event: str

    @property
    def group(self) -> Group:
        return group_of(self.kind)
