"""Mail job: deliver the transactional outbox (`mail_outbox`) over SMTP, once per message.

How a run works (any number of server processes may run it at the same time on one database):

1. **Claim** a batch of due rows in one short transaction: undelivered, not given up,
   ``next_attempt_at <= now`` and not claimed by anybody (``claimed_until`` empty or past).
   On PostgreSQL the candidate rows are read ``FOR UPDATE SKIP LOCKED``, so concurrent senders
   take disjoint batches without waiting. The claim itself is a conditional ``UPDATE`` that
   repeats those conditions and stamps ``claimed_until = now + 5 min`` and a fresh
   ``claim_token``; the rows carrying our token are ours. The conditional UPDATE alone already
   makes claims exclusive on SQLite, where the SELECT takes no lock but writers are serialised.
2. **Send** each claimed message in its own SMTP session, then record the outcome in its own
   transaction: ``UPDATE ... SET sent_at = now WHERE id = :id AND sent_at IS NULL``; or, on an
   error, ``attempts + 1``, the error text, the claim released and ``next_attempt_at`` moved by a
   capped exponential backoff (1, 2, 4, ... minutes, at most 1 hour); after ``max_attempts``
   failed attempts ``failed_at`` is set and the message is never tried again.
3. Repeat until no due message is left.

A claim is a lease. A process that dies after claiming leaves its rows alone only until
``claimed_until`` passes; then any sender takes them over. To keep a slow but living sender
from overrunning its own lease (a black-holed SMTP server costs one timeout per message), a run
stops sending 4 minutes (measured on the monotonic clock) after its claim and releases what it
has not sent yet.

**The remaining duplicate window, honestly.** SMTP and the database cannot commit together. If
the process dies, or the database becomes unreachable, *after* the SMTP server accepted a
message (its ``250`` reply to DATA) and *before* ``sent_at`` is committed, the row still looks
unsent. Once the lease expires (at most 5 minutes later) another run sends it again. Both copies
carry the same ``Message-ID: <row id@enquiry-desk>`` and the same ``Date``, so a receiving
system or mail client that de-duplicates by Message-ID shows it once; one that does not shows it
twice. The window is a few milliseconds per message plus any database outage at that moment.
Every other failure is safe: a crash before or during the SMTP transaction sends the message
later (at-least-once), and ``sent_at`` is never cleared, so a sent message is never re-sent.
Messages are never lost: a row leaves the due set only with ``sent_at`` or ``failed_at``.

Logging names message ids, kinds and enquiry ids, never addresses, subjects or bodies.
"""

from __future__ import annotations

import logging
import smtplib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from time import monotonic
from typing import Any, cast

from sqlalchemy import CursorResult, or_, select, update
from sqlalchemy.orm import Session

from central.mail.outbox import MailMessage, message_id_for
from central.mail.smtp import SmtpSettings, send_message

logger = logging.getLogger(__name__)

CLAIM_FOR = timedelta(minutes=5)
#: Stop starting new deliveries this long after a claim, well inside CLAIM_FOR.
SEND_BUDGET_SECONDS = 4 * 60.0
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_CAP = timedelta(hours=1)
MAX_ERROR_LENGTH = 2000


@dataclass(frozen=True)
class SendReport:
    sent: int = 0  # delivered in this run
    failed: int = 0  # given up in this run (failed_at set)
    retried: int = 0  # failed in this run, will be tried again later


@dataclass(frozen=True)
class _Claimed:
    """What the sender needs of a claimed row, detached from any session."""

    id: str
    to_address: str
    to_name: str
    subject: str
    body_text: str
    created_at: datetime
    kind: str
    enquiry_id: str | None
    attempts: int


def retry_delay(failed_attempts: int) -> timedelta:
    """Wait after the n-th failed attempt: 1 min * 2^(n-1), at most one hour."""
    exponent = min(max(failed_attempts - 1, 0), 16)
    return min(BACKOFF_BASE * (2**exponent), BACKOFF_CAP)


def build_email(settings: SmtpSettings, message: _Claimed | MailMessage) -> EmailMessage:
    """The e-mail for an outbox row. Identical for every attempt (same Message-ID and Date)."""
    msg = EmailMessage()
    msg["From"] = settings.mail_from
    if message.to_name:
        msg["To"] = Address(display_name=message.to_name, addr_spec=message.to_address)
    else:
        msg["To"] = message.to_address
    msg["Subject"] = message.subject
    msg["Date"] = format_datetime(message.created_at)
    msg["Message-ID"] = message_id_for(message.id)
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies, please
    msg.set_content(message.body_text)
    return msg


def _rowcount(result: Any) -> int:
    return cast(CursorResult[Any], result).rowcount


def _error_text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:MAX_ERROR_LENGTH]


def _log_text(exc: BaseException) -> str:
    """The error for the log: SMTP replies can quote the recipient's address, so log codes only."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return f"{type(exc).__name__} {sorted({code for code, _ in exc.recipients.values()})}"
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{type(exc).__name__} {exc.smtp_code}"
    return _error_text(exc)


def _claim(
    session_factory: Callable[[], Session], *, now: datetime, batch: int
) -> tuple[str, int, list[_Claimed]]:
    """Claim up to ``batch`` due rows. Returns our token, how many candidates we saw, our rows."""
    token = str(uuid.uuid4())
    due = (
        MailMessage.sent_at.is_(None),
        MailMessage.failed_at.is_(None),
        MailMessage.next_attempt_at <= now,
        or_(MailMessage.claimed_until.is_(None), MailMessage.claimed_until < now),
    )
    with session_factory() as session, session.begin():
        candidates = list(
            session.scalars(
                select(MailMessage.id)
                .where(*due)
                .order_by(MailMessage.next_attempt_at, MailMessage.created_at, MailMessage.id)
                .limit(batch)
                .with_for_update(skip_locked=True)
            )
        )
        if not candidates:
            return token, 0, []
        session.execute(
            update(MailMessage)
            .where(MailMessage.id.in_(candidates), *due)
            .values(claimed_until=now + CLAIM_FOR, claim_token=token)
            .execution_options(synchronize_session=False)
        )
        rows = session.scalars(
            select(MailMessage)
            .where(MailMessage.claim_token == token)
            .order_by(MailMessage.next_attempt_at, MailMessage.created_at, MailMessage.id)
        ).all()
        claimed = [
            _Claimed(
                id=row.id,
                to_address=row.to_address,
                to_name=row.to_name,
                subject=row.subject,
                body_text=row.body_text,
                created_at=row.created_at,
                kind=row.kind,
                enquiry_id=row.enquiry_id,
                attempts=row.attempts,
            )
            for row in rows
        ]
    return token, len(candidates), claimed


def _mark_sent(session_factory: Callable[[], Session], message: _Claimed, *, now: datetime) -> None:
    with session_factory() as session, session.begin():
        result = session.execute(
            update(MailMessage)
            .where(MailMessage.id == message.id, MailMessage.sent_at.is_(None))
            .values(sent_at=now, claimed_until=None, claim_token=None, last_error=None, failed_at=None)
            .execution_options(synchronize_session=False)
        )
    if _rowcount(result) != 1:
        # Only possible after a lost lease: another sender delivered it as well.
        logger.warning("mail %s was already marked sent by another sender (sent twice)", message.id)


def _record_failure(
    session_factory: Callable[[], Session],
    message: _Claimed,
    token: str,
    error: str,
    *,
    now: datetime,
    max_attempts: int,
    permanent: bool = False,
) -> bool | None:
    """Store a failed attempt. True: gave up; False: will retry; None: the claim was lost."""
    attempts = message.attempts + 1
    give_up = permanent or attempts >= max_attempts
    values: dict[str, Any] = {
        "attempts": attempts,
        "last_error": error,
        "claimed_until": None,
        "claim_token": None,
    }
    if give_up:
        values["failed_at"] = now
    else:
        values["next_attempt_at"] = now + retry_delay(attempts)
    with session_factory() as session, session.begin():
        result = session.execute(
            update(MailMessage)
            .where(
                MailMessage.id == message.id,
                MailMessage.claim_token == token,
                MailMessage.sent_at.is_(None),
            )
            .values(**values)
            .execution_options(synchronize_session=False)
        )
    if _rowcount(result) != 1:
        logger.warning("mail %s: claim lost before the failure could be recorded", message.id)
        return None
    return give_up


def _release(session_factory: Callable[[], Session], token: str, ids: list[str]) -> None:
    with session_factory() as session, session.begin():
        session.execute(
            update(MailMessage)
            .where(MailMessage.id.in_(ids), MailMessage.claim_token == token, MailMessage.sent_at.is_(None))
            .values(claimed_until=None, claim_token=None)
            .execution_options(synchronize_session=False)
        )


def send_due_mail(
    session_factory: Callable[[], Session],
    settings: SmtpSettings,
    *,
    now: datetime,
    batch: int = 50,
    max_attempts: int = 8,
) -> SendReport:
    """Send every outbox message due at ``now``; see the module docstring for the guarantees.

    ``session_factory`` returns a new Session (e.g. a ``sessionmaker``); each step uses its own
    short transaction. Database errors propagate: whatever is claimed then stays untouched until
    its lease expires.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if batch < 1 or max_attempts < 1:
        raise ValueError("batch and max_attempts must be positive")
    sent = failed = retried = 0
    while True:
        token, seen, claimed = _claim(session_factory, now=now, batch=batch)
        if not seen:
            break
        claimed_at = monotonic()
        logger.debug("claimed %d mail(s)", len(claimed))
        for index, message in enumerate(claimed):
            if monotonic() - claimed_at > SEND_BUDGET_SECONDS:
                rest = [m.id for m in claimed[index:]]
                logger.warning("mail run out of time, releasing %d claimed mail(s)", len(rest))
                _release(session_factory, token, rest)
                return SendReport(sent=sent, failed=failed, retried=retried)
            try:
                email = build_email(settings, message)
            except Exception as exc:  # cannot ever be built: retrying will not help
                logger.error(
                    "mail %s (%s) cannot be built, giving up: %s",
                    message.id,
                    message.kind,
                    type(exc).__name__,
                )
                outcome = _record_failure(
                    session_factory,
                    message,
                    token,
                    _error_text(exc),
                    now=now,
                    max_attempts=max_attempts,
                    permanent=True,
                )
                if outcome is True:
                    failed += 1
                continue
            try:
                send_message(settings, email)
            except Exception as exc:
                outcome = _record_failure(
                    session_factory, message, token, _error_text(exc), now=now, max_attempts=max_attempts
                )
                if outcome is True:
                    failed += 1
                    logger.error(
                        "mail %s (%s, enquiry %s) failed %d time(s), giving up: %s",
                        message.id,
                        message.kind,
                        message.enquiry_id,
                        message.attempts + 1,
                        _log_text(exc),
                    )
                elif outcome is False:
                    retried += 1
                    logger.warning(
                        "mail %s (%s) attempt %d failed, will retry: %s",
                        message.id,
                        message.kind,
                        message.attempts + 1,
                        _log_text(exc),
                    )
                continue
            try:
                _mark_sent(session_factory, message, now=now)
            except Exception:
                logger.critical(
                    "mail %s was delivered but could not be marked sent; it will be sent again with "
                    "the same Message-ID after its claim expires",
                    message.id,
                )
                raise
            sent += 1
            logger.info("mail %s (%s, enquiry %s) sent", message.id, message.kind, message.enquiry_id)
        if seen < batch:  # nothing due beyond this batch (others may hold what we did not get)
            break
    if sent or failed or retried:
        logger.info("mail run: %d sent, %d retried, %d failed", sent, retried, failed)
    return SendReport(sent=sent, failed=failed, retried=retried)
