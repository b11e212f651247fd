"""The deadline job: offers past their deadline go back to head office and on along the chain.

Safe with several server processes on one PostgreSQL: each due offer is claimed with
`FOR UPDATE SKIP LOCKED` and re-decided under that lock, so an accept that committed first wins
and the job's `expire_offer` is then refused (`not_offered`); each offer expires exactly once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.store.commands import Outcome, execute
from central.store.directory import head_office_id, load_directory
from central.store.enquiries import EnquiryRow
from enquiries.commands import ExpireOffer
from enquiries.directory import Actor

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExpiryReport:
    expired: int
    forwarded: int
    returned: int


def _due_ids(session: Session, now: datetime, limit: int) -> list[str]:
    query = (
        select(EnquiryRow.id)
        .where(EnquiryRow.status == "offered", EnquiryRow.offer_deadline <= now)
        .order_by(EnquiryRow.offer_deadline)
        .limit(limit)
    )
    return list(session.scalars(query))


def expire_due_offers(factory: sessionmaker[Session], *, now: datetime, limit: int = 10_000) -> ExpiryReport:
    expired = forwarded = returned = 0
    with factory() as session:
        ids = _due_ids(session, now, limit)
    for enquiry_id in ids:
        with factory.begin() as session:
            locked = session.scalars(
                select(EnquiryRow.id)
                .where(
                    EnquiryRow.id == enquiry_id,
                    EnquiryRow.status == "offered",
                    EnquiryRow.offer_deadline <= now,
                )
                .with_for_update(skip_locked=True)
            ).first()
            if locked is None:
                continue  # another process has it, or it was decided meanwhile
            actor = Actor.system(head_office_id(session))
            outcome: Outcome = execute(
                session, actor, ExpireOffer(enquiry_id=enquiry_id), now, load_directory(session, actor)
            )
            if outcome.refusal is not None:
                log.info("expiry of %s refused: %s", enquiry_id, outcome.refusal.code)
                continue
            expired += 1
            names = {e.name for e in outcome.events}
            forwarded += "forwarded" in names
            returned += "returned_expired" in names
    if expired:
        log.info("deadline job: %d expired, %d forwarded, %d returned", expired, forwarded, returned)
    return ExpiryReport(expired, forwarded, returned)
