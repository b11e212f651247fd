"""What every rule needs: the state, the actor, the clock and the directory, plus shared guards."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from enquiries.directory import Actor, Directory, PersonInfo
from enquiries.events import Event
from enquiries.refusals import Refusal, refuse
from enquiries.state import Enquiry

Decision = list[Event] | Refusal


@dataclass(frozen=True)
class Ctx:
    state: Enquiry
    actor: Actor
    now: datetime
    directory: Directory

    def event(
        self, name: str, changes: dict[str, Any] | None = None, *, detail: str = "", **info: Any
    ) -> Event:
        return Event(
            name=name,
            enquiry_id=self.state.id,
            actor_id=None if self.actor.is_system else self.actor.person_id,
            company_id=self.actor.company_id,
            at=self.now,
            changes=changes or {},
            info=info,
            detail=detail,
        )

    # --- who is who -------------------------------------------------------------------------
    @property
    def is_owner_member(self) -> bool:
        return self.actor.company_id == self.state.owner_company_id

    @property
    def has_full_view(self) -> bool:
        return self.actor.company_id in self.state.involved_companies()

    @property
    def is_holder(self) -> bool:
        return self.state.holder_id == self.actor.person_id

    def holder_guard(self) -> Refusal | None:
        """Holder-only actions; with no holder any member of the owner company may act."""
        if not self.is_owner_member:
            return refuse("not_member")
        if self.state.holder_id is not None and not self.is_holder:
            return refuse("not_holder")
        return None

    def open_guard(self, *allowed: str) -> Refusal | None:
        if self.state.is_terminal:
            return refuse("closed")
        if allowed and self.state.status not in allowed:
            return refuse("wrong_state", status=self.state.status)
        return None

    def colleague_guard(self, person_id: str, company_id: str) -> PersonInfo | Refusal:
        """A person who may take work in `company_id`: known, same company, active."""
        person = self.directory.person(person_id)
        if person is None:
            return refuse("person_unknown")
        if person.company_id != company_id:
            return refuse("other_company", name=person.name)
        if not person.active:
            return refuse("person_inactive", name=person.name)
        return person

    def change_marks(self, fields: list[str]) -> dict[str, Any]:
        """Flag `fields` for the holder when someone else changes them after the holder took it."""
        if self.state.holder_id is None or self.is_holder or not fields:
            return {}
        marks = dict(self.state.changed)
        for name in fields:
            marks[name] = self.actor.person_id
        return {"changed": marks}


def first_refusal(*checks: Refusal | None) -> Refusal | None:
    for check in checks:
        if check is not None:
            return check
    return None
