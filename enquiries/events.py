"""Events: what a decision changed, and how they fold into the state.

An event names what happened (stable wire name, used for history, notifications and audit) and
carries the new values of the fields it touched. `apply` is therefore the same on client and server
and never needs to know a rule; the client re-decides its pending commands on fresh server state
rather than replaying old events, so absolute values are safe.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from enquiries.state import Enquiry, HistoryEntry


@dataclass(frozen=True)
class Event:
    name: str
    enquiry_id: str
    actor_id: str | None
    company_id: str | None
    at: datetime
    changes: dict[str, Any] = field(default_factory=dict)
    # Facts for notifications, audit and mail that are not part of the state (e.g. a reason).
    info: dict[str, Any] = field(default_factory=dict)
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "enquiry_id": self.enquiry_id,
            "actor_id": self.actor_id,
            "company_id": self.company_id,
            "at": self.at.isoformat(),
            "info": self.info,
            "detail": self.detail,
        }


def apply(state: Enquiry | None, event: Event) -> Enquiry:
    """Fold one event into the state (creation events carry the whole new enquiry)."""
    if event.name == "enquiry_created":
        created = event.changes["enquiry"]
        assert isinstance(created, Enquiry)
        base = created
    else:
        if state is None:
            raise ValueError(f"event {event.name} needs an existing enquiry")
        base = state.model_copy(update=event.changes)
    entry = HistoryEntry(
        at=event.at,
        actor_id=event.actor_id,
        company_id=event.company_id,
        event=event.name,
        detail=event.detail,
    )
    return base.model_copy(update={"history": (*base.history, entry), "updated_at": event.at})


def apply_all(state: Enquiry | None, events: list[Event]) -> Enquiry | None:
    for event in events:
        state = apply(state, event)
    return state
