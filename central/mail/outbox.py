"""Transactional mail outbox of the central server.

Business code never talks SMTP. It calls :func:`enqueue` with its own session, which only adds a
`mail_outbox` row; the row is committed together with the business change (an external assignment,
"communicate changes externally", ...) or rolled back together with it. The mail job
(`central.jobs.mailer.send_due_mail`) later claims due rows, sends them and marks them sent.

The row id doubles as the stable ``Message-ID: <id@enquiry-desk>`` header, so every retry of one
message carries the same Message-ID and a receiver can recognise a duplicate.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from central.store.base import Base, UTCDateTime

MESSAGE_ID_DOMAIN = "enquiry-desk"
MAX_ADDRESS_LENGTH = 320  # RFC 3696 errata: 64 local part + "@" + 255 domain

_UNDELIVERED = "sent_at IS NULL AND failed_at IS NULL"


class MailMessage(Base):
    """One outgoing e-mail and its delivery state."""

    __tablename__ = "mail_outbox"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    to_address: Mapped[str] = mapped_column(String(MAX_ADDRESS_LENGTH))
    to_name: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(Text)
    body_text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Plain string on purpose: the outbox must not block erasing or archiving an enquiry.
    enquiry_id: Mapped[str | None] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # A sender owns a row while `claimed_until` lies in the future and `claim_token` is its token.
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    claim_token: Mapped[str | None] = mapped_column(String(36))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # gave up after max attempts

    __table_args__ = (
        # The job's only query: undelivered rows by due time. Partial, so it stays small.
        Index(
            "ix_mail_outbox_due",
            "next_attempt_at",
            postgresql_where=text(_UNDELIVERED),
            sqlite_where=text(_UNDELIVERED),
        ),
    )

    @property
    def message_id(self) -> str:
        return message_id_for(self.id)

    def __repr__(self) -> str:  # no address, subject or body: those are personal data
        return f"MailMessage(id={self.id!r}, kind={self.kind!r}, attempts={self.attempts})"


def message_id_for(row_id: str) -> str:
    """The ``Message-ID`` header value of an outbox row (angle brackets included)."""
    return f"<{row_id}@{MESSAGE_ID_DOMAIN}>"


def _check_header_value(name: str, value: str) -> None:
    if "\r" in value or "\n" in value:
        raise ValueError(f"{name} must not contain line breaks")


def _check_address(address: str) -> None:
    _check_header_value("to_address", address)
    local, sep, domain = address.rpartition("@")
    if not sep or not local or not domain or len(address) > MAX_ADDRESS_LENGTH:
        raise ValueError("to_address is not an e-mail address")
    if any(ch.isspace() for ch in address) or any(ch in address for ch in "<>,;"):
        raise ValueError("to_address is not an e-mail address")


def enqueue(
    session: Session,
    *,
    to_address: str,
    to_name: str,
    subject: str,
    body_text: str,
    kind: str,
    enquiry_id: str | None = None,
    now: datetime,
) -> str:
    """Add one message to the outbox within the caller's transaction and return its id.

    Nothing is flushed or committed here: the caller commits the row together with its business
    change, so the mail goes out if and only if that change is committed. Values that could never
    be sent (line breaks in headers, no address) are refused at once, while the caller can still
    report the problem, instead of failing later in the background job.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    _check_address(to_address)
    _check_header_value("to_name", to_name)
    _check_header_value("subject", subject)
    if not kind:
        raise ValueError("kind is required")
    row_id = str(uuid.uuid4())
    session.add(
        MailMessage(
            id=row_id,
            to_address=to_address,
            to_name=to_name,
            subject=subject,
            body_text=body_text,
            created_at=now,
            enquiry_id=enquiry_id,
            kind=kind,
            attempts=0,
            next_attempt_at=now,
        )
    )
    return row_id
