"""What changed in the cache: one typed value, returned by every local action and every applied
pull page, so that each view refreshes only what it names (Anki's `OpChanges`, by ids).

`everything` is for the cases that rewrite the cache wholesale (a snapshot after a resync): then
every view reloads. Ids of enquiries and survey contacts are the rows' ids; `contacts` are the
customer contacts the duplicate check links to.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

KINDS = (
    "enquiries",
    "contacts",
    "people",
    "companies",
    "notifications",
    "refusals",
    "surveys",
    "survey_contacts",
)


@dataclass(frozen=True)
class Changes:
    enquiries: frozenset[str] = field(default_factory=frozenset)
    contacts: frozenset[str] = field(default_factory=frozenset)
    people: frozenset[str] = field(default_factory=frozenset)
    companies: frozenset[str] = field(default_factory=frozenset)
    notifications: frozenset[str] = field(default_factory=frozenset)
    refusals: frozenset[str] = field(default_factory=frozenset)  # mutation ids, as text
    surveys: frozenset[str] = field(default_factory=frozenset)
    survey_contacts: frozenset[str] = field(default_factory=frozenset)
    everything: bool = False

    @classmethod
    def of(cls, **ids: Iterable[str]) -> Changes:
        unknown = set(ids) - set(KINDS)
        if unknown:
            raise TypeError(f"not a kind of change: {sorted(unknown)}")
        return cls(**{kind: frozenset(str(i) for i in values) for kind, values in ids.items()})  # type: ignore[arg-type]

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def __or__(self, other: Changes) -> Changes:
        merged = {kind: getattr(self, kind) | getattr(other, kind) for kind in KINDS}
        return Changes(**merged, everything=self.everything or other.everything)

    def __bool__(self) -> bool:
        return self.everything or any(getattr(self, kind) for kind in KINDS)

    def touches(self, kind: str, item_id: str | None = None) -> bool:
        """Whether this names `kind` at all (or the one id of it)."""
        if self.everything:
            return True
        ids: frozenset[str] = getattr(self, kind)
        return bool(ids) if item_id is None else item_id in ids


NOTHING = Changes()

# Which pulled entity lands in which field of `Changes`.
ENTITY_KINDS = {
    "enquiry": "enquiries",
    "contact": "contacts",
    "person": "people",
    "company": "companies",
    "notification": "notifications",
    "survey": "surveys",
    "survey_contact": "survey_contacts",
    "contact_history": "survey_contacts",  # a history entry shows with its contact
}
