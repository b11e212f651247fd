"""The state of one enquiry, as the rules see it.

Immutable pydantic models: the server stores them as JSON, the client caches them, and both run
`decide` on them. Personal data lives only in `contact`; `privacy.project` decides who sees it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

Status = Literal["open", "assigned", "offered", "declined", "expired", "discarded", "won", "lost"]
EnquiryType = Literal["offer", "information", "consultation", "catalogue", "service"]
Channel = Literal["web", "dealer_page", "manual", "phone", "showroom", "email"]
ExternalStepKind = Literal["consultation_appointment", "offer_handover", "order"]

TERMINAL: frozenset[str] = frozenset({"discarded", "won", "lost"})
CONTACT_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "street",
    "postcode",
    "city",
    "country",
    "message",
)
# What a partner may see of an offer before it accepts (DESIGN.md, "Offer to another company").
ANONYMOUS_CONTACT_FIELDS: tuple[str, ...] = ("postcode", "city", "country")


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Contact(Frozen):
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    message: str = ""


class RouteTarget(Frozen):
    kind: Literal["partner", "person"]
    company_id: str
    person_id: str | None = None


class Offer(Frozen):
    company_id: str
    person_id: str | None = None
    offered_by: str | None  # head-office person it goes back to; None only for system-routed offers
    offered_at: datetime
    deadline: datetime


class Attempt(Frozen):
    company_id: str
    outcome: Literal["declined", "expired", "revoked", "accepted"]
    at: datetime
    reason: str = ""


class Note(Frozen):
    id: str
    author_id: str
    company_id: str
    at: datetime
    text: str


class Document(Frozen):
    id: str
    author_id: str
    company_id: str
    at: datetime
    filename: str
    content_type: str = "application/octet-stream"
    size: int = 0
    sha256: str = ""


class Task(Frozen):
    id: str
    author_id: str
    company_id: str
    at: datetime
    title: str
    due_at: datetime | None = None
    assignee_id: str | None = None


class ExternalStep(Frozen):
    kind: ExternalStepKind
    date: datetime
    note: str = ""
    recorded_by: str
    at: datetime


class External(Frozen):
    name: str
    email: str
    message: str = ""
    assigned_by: str
    assigned_at: datetime
    sent_count: int = 1
    last_sent_contact: Contact | None = None
    steps: tuple[ExternalStep, ...] = ()


class HistoryEntry(Frozen):
    at: datetime
    actor_id: str | None
    company_id: str | None
    event: str
    detail: str = ""


class Enquiry(Frozen):
    id: str
    number: str = ""
    type: EnquiryType = "information"
    product_interest: str = ""
    channel: Channel = "manual"
    received_at: datetime
    origin_company_id: str
    owner_company_id: str
    status: Status = "open"
    holder_id: str | None = None
    holder_since: datetime | None = None
    assigned_by: str | None = None
    # Colleague in charge per company that is not the owner (the owner's colleague IS the holder).
    colleagues: dict[str, str] = {}
    contact: Contact = Contact()
    contact_id: str | None = None
    offer: Offer | None = None
    chain: tuple[RouteTarget, ...] = ()
    route_owner_id: str | None = None
    attempts: tuple[Attempt, ...] = ()
    accepted_at: datetime | None = None
    decline_reason: str = ""
    outcome_reason: str = ""
    closed_at: datetime | None = None
    notes: tuple[Note, ...] = ()
    documents: tuple[Document, ...] = ()
    tasks: tuple[Task, ...] = ()
    external: External | None = None
    # Fields changed by someone other than the holder since the holder took it: field -> person.
    changed: dict[str, str] = {}
    history: tuple[HistoryEntry, ...] = ()
    updated_at: datetime | None = None

    @property
    def is_terminal(self) -> bool:
        return self.status in TERMINAL

    def colleague_of(self, company_id: str) -> str | None:
        if company_id == self.owner_company_id:
            return self.holder_id
        return self.colleagues.get(company_id)

    def involved_companies(self) -> frozenset[str]:
        """Companies that have dealt with the enquiry and keep a full view of it."""
        return frozenset({self.origin_company_id, self.owner_company_id})
