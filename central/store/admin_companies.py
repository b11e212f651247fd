"""Partner companies as head office administers them: create, edit, deactivate.

Every value is checked before anything is written: the calendar (country, `holidays` region,
time zone: an unknown one would make every deadline wrong) and the postcode territory. Overlaps
with other active partners' territories in the same country are allowed (two dealers may share a
town; routes decide who is asked first) but reported with every answer, so the administrator
sees them.

A deactivated partner gets no new offers (the rules refuse inactive partners and skip them in a
chain); its pending offers are forwarded as if they had expired by `forward_inactive_offers`,
through `execute` and the deadline job's events, once, with the same `SKIP LOCKED` claim.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from central.store import audit
from central.store.accounts import PARTNER, Company, new_id
from central.store.admin import (
    AdminError,
    Span,
    calendar,
    head_office,
    not_found,
    parse_spans,
    spans_overlap,
    text,
)
from central.store.commands import execute
from central.store.directory import head_office_id, load_directory
from central.store.enquiries import EnquiryRow
from central.store.people_views import publish_all, publish_company
from enquiries.commands import ExpireOffer
from enquiries.directory import Actor

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Overlap:
    """Part of this company's territory that another active partner's territory also covers."""

    company_id: str
    company_name: str
    mine: str
    theirs: str


@dataclass(frozen=True)
class CompanyAnswer:
    company: Company
    overlaps: list[Overlap] = field(default_factory=list)
    forwarded: int = 0  # pending offers forwarded by a deactivation


def _partner(session: Session, company_id: str, *, lock: bool = False) -> Company:
    company = session.get(Company, company_id, with_for_update=lock) if company_id else None
    if company is None or company.kind != PARTNER:
        raise not_found("partner company")
    return company


def _name_free(session: Session, name: str, *, except_id: str | None = None) -> None:
    query = select(Company.id).where(func.lower(Company.name) == name.lower(), Company.active.is_(True))
    if except_id:
        query = query.where(Company.id != except_id)
    if session.scalars(query).first() is not None:
        raise AdminError(
            "company_exists",
            f"An active company is already called {name!r}: choose a distinct name.",
            409,
            value=name,
        )


def overlaps(session: Session, company: Company) -> list[Overlap]:
    """Where `company`'s territory meets another active partner's in the same country."""
    mine = parse_spans(company.postcode_ranges or [])
    if not mine:
        return []
    others = session.scalars(
        select(Company)
        .where(
            Company.kind == PARTNER,
            Company.active.is_(True),
            Company.country == company.country,
            Company.id != company.id,
        )
        .order_by(Company.name, Company.id)
    )
    found: list[Overlap] = []
    for other in others:
        theirs: list[Span] = []
        for entry in other.postcode_ranges or []:
            try:
                theirs += parse_spans([entry])
            except AdminError:  # an old, hand-written entry: not ours to judge here
                continue
        found += [
            Overlap(other.id, other.name, str(a), str(b)) for a in mine for b in theirs if spans_overlap(a, b)
        ]
    return found


def list_companies(session: Session, *, include_inactive: bool = True) -> list[Company]:
    query = select(Company).where(Company.kind == PARTNER).order_by(Company.name, Company.id)
    if not include_inactive:
        query = query.where(Company.active.is_(True))
    return list(session.scalars(query))


def get_company(session: Session, company_id: str) -> CompanyAnswer:
    company = _partner(session, company_id)
    return CompanyAnswer(company, overlaps(session, company) if company.active else [])


def create_company(
    session: Session,
    *,
    name: str,
    country: str,
    subdivision: str | None = None,
    timezone: str,
    postcode_ranges: Sequence[str] = (),
    actor_id: str | None = None,
    now: datetime,
) -> CompanyAnswer:
    """A new active partner, in the caller's transaction; published to every client's directory."""
    hq = head_office(session)
    name = text(name, "name")
    country, subdivision, timezone = calendar(country, subdivision, timezone)
    territory = [str(s) for s in parse_spans(postcode_ranges)]
    _name_free(session, name)
    company = Company(
        id=new_id(),
        name=name,
        kind=PARTNER,
        country=country,
        subdivision=subdivision,
        timezone=timezone,
        postcode_ranges=territory,
        active=True,
        created_at=now,
    )
    session.add(company)
    session.flush()
    audit.record(
        session,
        action="company_created",
        at=now,
        actor_id=actor_id,
        company_id=hq,
        target_company_id=company.id,
        values=_values(company),
    )
    publish_all(session)  # the new partner sees head office's people and company, head office sees it
    return CompanyAnswer(company, overlaps(session, company))


_UNSET: object = object()


def update_company(
    session: Session,
    company_id: str,
    *,
    name: str | None = None,
    country: str | None = None,
    subdivision: str | object | None = _UNSET,
    timezone: str | None = None,
    postcode_ranges: Sequence[str] | None = None,
    actor_id: str | None = None,
    now: datetime,
) -> CompanyAnswer:
    """Change the given fields (None / left out: unchanged; `subdivision=None` clears the region).

    Country, region and time zone are checked together, so changing the country alone must come
    with a region of that country (or none).
    """
    company = _partner(session, company_id, lock=True)
    before = _values(company)
    if name is not None:
        name = text(name, "name")
        if name.lower() != company.name.lower():
            _name_free(session, name, except_id=company.id)
        company.name = name
    if country is not None or subdivision is not _UNSET or timezone is not None:
        region = company.subdivision if subdivision is _UNSET else subdivision
        assert region is None or isinstance(region, str)
        company.country, company.subdivision, company.timezone = calendar(
            country if country is not None else company.country, region, timezone or company.timezone
        )
    if postcode_ranges is not None:
        company.postcode_ranges = [str(s) for s in parse_spans(postcode_ranges)]
    after = _values(company)
    if after != before:
        session.flush()
        audit.record(
            session,
            action="company_changed",
            at=now,
            actor_id=actor_id,
            company_id=head_office(session),
            target_company_id=company.id,
            before={k: v for k, v in before.items() if after[k] != v},
            after={k: v for k, v in after.items() if before[k] != v},
        )
        publish_company(session, company)
    return CompanyAnswer(company, overlaps(session, company) if company.active else [])


def deactivate_company(
    session: Session, company_id: str, *, actor_id: str | None = None, now: datetime
) -> CompanyAnswer:
    """Mark the partner inactive (idempotent), in the caller's transaction.

    Its people can no longer sign in or act (every request checks the company), it gets no new
    offers. Its pending offers move on with `forward_inactive_offers` after this commits.
    """
    company = _partner(session, company_id, lock=True)
    if company.active:
        company.active = False
        session.flush()
        audit.record(
            session,
            action="company_deactivated",
            at=now,
            actor_id=actor_id,
            company_id=head_office(session),
            target_company_id=company.id,
        )
        publish_company(session, company)
    return CompanyAnswer(company)


def reactivate_company(
    session: Session, company_id: str, *, actor_id: str | None = None, now: datetime
) -> CompanyAnswer:
    """Active again (idempotent): it may get offers and its people sign in again. Offers that were
    forwarded while it was inactive stay where they went."""
    company = _partner(session, company_id, lock=True)
    if not company.active:
        _name_free(session, company.name, except_id=company.id)
        company.active = True
        session.flush()
        audit.record(
            session,
            action="company_reactivated",
            at=now,
            actor_id=actor_id,
            company_id=head_office(session),
            target_company_id=company.id,
        )
        publish_company(session, company)
    return CompanyAnswer(company, overlaps(session, company))


def _values(company: Company) -> dict[str, object]:
    return {
        "name": company.name,
        "country": company.country,
        "subdivision": company.subdivision,
        "timezone": company.timezone,
        "postcode_ranges": list(company.postcode_ranges or []),
        "active": company.active,
    }


# --- the offers of deactivated partners --------------------------------------------------------


def _pending_ids(session: Session, company_id: str | None, limit: int) -> list[str]:
    inactive = select(Company.id).where(Company.kind == PARTNER, Company.active.is_(False))
    if company_id is not None:
        inactive = inactive.where(Company.id == company_id)
    query = (
        select(EnquiryRow.id)
        .where(EnquiryRow.status == "offered", EnquiryRow.offer_company_id.in_(inactive))
        .order_by(EnquiryRow.id)
        .limit(limit)
    )
    return list(session.scalars(query))


def forward_inactive_offers(
    factory: sessionmaker[Session], *, now: datetime, company_id: str | None = None, limit: int = 10_000
) -> int:
    """Forward every pending offer to an inactive partner as if it had expired; how many moved.

    Each enquiry in its own transaction, claimed with `FOR UPDATE SKIP LOCKED` (another process
    has it, or it is being accepted: skip) and re-decided under that lock, so each offer moves
    exactly once however often this runs, and in how many processes. The deadline job runs it too,
    so offers a crash left behind move with its next tick.
    """
    with factory() as session:
        ids = _pending_ids(session, company_id, limit)
    moved = 0
    for enquiry_id in ids:
        with factory.begin() as session:
            locked = session.scalars(
                select(EnquiryRow.id)
                .where(EnquiryRow.id == enquiry_id, EnquiryRow.status == "offered")
                .with_for_update(skip_locked=True)
            ).first()
            if locked is None:
                continue
            actor = Actor.system(head_office_id(session))
            outcome = execute(
                session,
                actor,
                ExpireOffer(enquiry_id=enquiry_id, partner_inactive=True),
                now,
                load_directory(session, actor),
            )
            if outcome.refusal is not None:  # decided meanwhile, or the partner is active again
                log.info(
                    "forwarding %s from an inactive partner refused: %s", enquiry_id, outcome.refusal.code
                )
                continue
            moved += 1
    if moved:
        log.info("forwarded %d offers of inactive partners", moved)
    return moved


def deactivate_and_forward(
    factory: sessionmaker[Session], company_id: str, *, actor_id: str | None = None, now: datetime
) -> CompanyAnswer:
    """`deactivate_company` committed, then its pending offers forwarded (the API and CLI path)."""
    with factory.begin() as session:
        answer = deactivate_company(session, company_id, actor_id=actor_id, now=now)
        session.expunge(answer.company)
    forwarded = forward_inactive_offers(factory, now=now, company_id=company_id)
    return CompanyAnswer(answer.company, [], forwarded)
