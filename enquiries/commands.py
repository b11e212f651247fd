"""Commands: the intents users (and the server's jobs) express, with their wire names.

Every command is a pydantic model with `extra="forbid"`: unknown fields are an error, not ignored.
`parse_command(name, args)` turns a wire mutation `{name, args}` into a command or raises
`CommandError` with a message naming the problem.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from enquiries.state import Channel, EnquiryType, ExternalStepKind

ID = Field(min_length=1, max_length=64)
M = TypeVar("M", bound=BaseModel)
SHORT = Field(default="", max_length=200)
LONG = Field(default="", max_length=10_000)


class Command(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)
    wire_name: ClassVar[str] = ""
    enquiry_id: str = ID


class CreateEnquiry(Command):
    wire_name: ClassVar[str] = "create_enquiry"
    type: EnquiryType = "information"
    product_interest: str = SHORT
    channel: Channel = "manual"
    first_name: str = SHORT
    last_name: str = SHORT
    email: str = SHORT
    phone: str = Field(default="", max_length=60)
    street: str = SHORT
    postcode: str = Field(default="", max_length=20)
    city: str = SHORT
    country: str = Field(default="", max_length=2)
    message: str = LONG


class UpdateContact(Command):
    wire_name: ClassVar[str] = "update_contact"
    first_name: str | None = Field(default=None, max_length=200)
    last_name: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=60)
    street: str | None = Field(default=None, max_length=200)
    postcode: str | None = Field(default=None, max_length=20)
    city: str | None = Field(default=None, max_length=200)
    country: str | None = Field(default=None, max_length=2)
    message: str | None = Field(default=None, max_length=10_000)
    type: EnquiryType | None = None
    product_interest: str | None = Field(default=None, max_length=200)


class AssignPerson(Command):
    wire_name: ClassVar[str] = "assign_person"
    user_id: str = ID


class RevokeAssignment(Command):
    wire_name: ClassVar[str] = "revoke_assignment"


class RejectAssignment(Command):
    wire_name: ClassVar[str] = "reject_assignment"
    reason: str = Field(default="", max_length=2000)


class SetColleague(Command):
    wire_name: ClassVar[str] = "set_colleague"
    user_id: str = ID


class ClearColleague(Command):
    wire_name: ClassVar[str] = "clear_colleague"


class OfferToPartner(Command):
    wire_name: ClassVar[str] = "offer_to_partner"
    company_id: str = ID
    user_id: str | None = Field(default=None, max_length=64)


class RevokeOffer(Command):
    wire_name: ClassVar[str] = "revoke_offer"


class AcceptOffer(Command):
    wire_name: ClassVar[str] = "accept_offer"


class DeclineOffer(Command):
    wire_name: ClassVar[str] = "decline_offer"
    reason: str = Field(default="", max_length=2000)


class Discard(Command):
    wire_name: ClassVar[str] = "discard"
    reason: str = Field(default="", max_length=2000)


class Close(Command):
    wire_name: ClassVar[str] = "close"
    outcome: Literal["won", "lost"]
    reason: str = Field(default="", max_length=2000)


class AddNote(Command):
    wire_name: ClassVar[str] = "add_note"
    note_id: str = ID
    text: str = Field(min_length=1, max_length=10_000)


class AddDocument(Command):
    wire_name: ClassVar[str] = "add_document"
    document_id: str = ID
    filename: str = Field(min_length=1, max_length=255)
    content_type: str = Field(default="application/octet-stream", max_length=100)
    size: int = Field(default=0, ge=0, le=20 * 1024 * 1024)
    sha256: str = Field(default="", max_length=64)


class AddTask(Command):
    wire_name: ClassVar[str] = "add_task"
    task_id: str = ID
    title: str = Field(min_length=1, max_length=500)
    due_at: datetime | None = None
    assignee_id: str | None = Field(default=None, max_length=64)

    @field_validator("due_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("due_at needs a time zone")
        return value


class AssignExternal(Command):
    wire_name: ClassVar[str] = "assign_external"
    name: str = Field(min_length=1, max_length=200)
    email: str = Field(min_length=3, max_length=200)
    message: str = LONG


class ResendExternal(Command):
    wire_name: ClassVar[str] = "resend_external"


class CommunicateChangesExternal(Command):
    wire_name: ClassVar[str] = "communicate_changes_external"


class RecordExternalStep(Command):
    wire_name: ClassVar[str] = "record_external_step"
    step: ExternalStepKind
    date: datetime
    note: str = Field(default="", max_length=2000)

    @field_validator("date")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("date needs a time zone")
        return value


class MarkSeen(Command):
    wire_name: ClassVar[str] = "mark_seen"


class LinkContact(Command):
    """Link the accepted enquiry to an existing contact of the company, or to a new one."""

    wire_name: ClassVar[str] = "link_contact"
    contact_id: str = ID
    create: bool = False


class ExpireOffer(Command):
    """Server-only: the deadline job's command. Never accepted from a client.

    `partner_inactive`: the offered partner was deactivated, so its offer is forwarded now, as if
    its deadline had passed (refused while the partner is still active).
    """

    wire_name: ClassVar[str] = "expire_offer"
    partner_inactive: bool = False


USER_COMMANDS: dict[str, type[Command]] = {
    c.wire_name: c
    for c in (
        CreateEnquiry,
        UpdateContact,
        AssignPerson,
        RevokeAssignment,
        RejectAssignment,
        SetColleague,
        ClearColleague,
        OfferToPartner,
        RevokeOffer,
        AcceptOffer,
        DeclineOffer,
        Discard,
        Close,
        AddNote,
        AddDocument,
        AddTask,
        AssignExternal,
        ResendExternal,
        CommunicateChangesExternal,
        RecordExternalStep,
        MarkSeen,
        LinkContact,
    )
}


class CommandError(ValueError):
    """A mutation that is not a well-formed command (unknown name, bad or unknown fields)."""


def validated(cls: type[M], args: Any) -> M:
    """`args` as a `cls`, or `CommandError` naming the first bad field (for any command model)."""
    if not isinstance(args, dict):
        raise CommandError("args must be an object")
    try:
        return cls.model_validate(args)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "args"
        raise CommandError(f"{where}: {first.get('msg', 'invalid')}") from exc


def parse_command(name: str, args: Any) -> Command:
    cls = USER_COMMANDS.get(name)
    if cls is None:
        raise CommandError(f"unknown command {name!r}")
    return validated(cls, args)
