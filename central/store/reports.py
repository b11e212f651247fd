"""Read the reporting facts a viewer may count, narrowed by SQL, as the pure layer's units.

SQL only narrows (the viewer's scope, the date range, the enquiry-level filters, all on indexed
or plain columns); what a report counts is decided again, exactly, by
`enquiries.reporting.pivot.select` over the units `enquiries.reporting.units` makes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from central.store.accounts import Company, Person
from central.store.directory import head_office_id
from central.store.report_tables import ReportEnquiry, ReportRound
from enquiries.reporting.dimensions import ENQUIRY_DIMENSIONS
from enquiries.reporting.facts import EnquiryFacts, RoundFact
from enquiries.reporting.pivot import Query
from enquiries.reporting.units import Unit, Viewer, units_for

ROUND_FIELDS = [c for c in ReportRound.__table__.columns if c.name != "enquiry_id"]


@dataclass(frozen=True)
class Scope:
    """Who is asking, in their company's time zone, and the names they may read."""

    viewer: Viewer
    head_office_id: str
    timezone: str
    company_names: dict[str, str]


def scope_of(session: Session, company_id: str) -> Scope:
    company = session.get(Company, company_id)
    assert company is not None
    hq = head_office_id(session)
    is_hq = company.kind == "head_office"
    # A partner reads only its own name, never another partner's.
    names = {c.id: c.name for c in session.scalars(select(Company))} if is_hq else {company.id: company.name}
    return Scope(Viewer(company.id, is_hq), hq, company.timezone, names)


def _own_round(
    scope: Scope, *, low: datetime | None = None, high: datetime | None = None
) -> ColumnElement[bool]:
    """The enquiry has a round the viewer may see (decided in [low, high) when given). An alias:
    the rounds query itself reads report_rounds too."""
    r = aliased(ReportRound)
    conditions: list[ColumnElement[bool]] = [r.enquiry_id == ReportEnquiry.enquiry_id]
    if not scope.viewer.head_office:
        conditions.append(r.company_id == scope.viewer.company_id)
    if low is not None or high is not None:
        conditions.append(r.decided_at.is_not(None))
    if low is not None:
        conditions.append(r.decided_at >= low)
    if high is not None:
        conditions.append(r.decided_at < high)
    return exists().where(and_(*conditions)).correlate(ReportEnquiry)


def _enquiry_filter(scope: Scope, query: Query) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [ReportEnquiry.origin_company_id == scope.head_office_id]
    if not scope.viewer.head_office:
        where.append(_own_round(scope))
    low, high = query.bounds()
    if query.ctx.on == "received":
        if low is not None:
            where.append(ReportEnquiry.received_at >= low)
        if high is not None:
            where.append(ReportEnquiry.received_at < high)
    elif low is not None or high is not None:
        where.append(_own_round(scope, low=low, high=high))
    for dimension in ENQUIRY_DIMENSIONS:
        values = query.filters.get(dimension)
        if values is not None:
            where.append(getattr(ReportEnquiry, dimension).in_(sorted(values)))
    return where


def load_units(session: Session, scope: Scope, query: Query) -> list[Unit]:
    """The viewer's units that may be in the query (select() then decides exactly)."""
    where = _enquiry_filter(scope, query)
    enquiry_columns = list(ReportEnquiry.__table__.columns)
    enquiries = {
        row.enquiry_id: dict(row._mapping) for row in session.execute(select(*enquiry_columns).where(*where))
    }
    rounds: dict[str, list[RoundFact]] = {eid: [] for eid in enquiries}
    round_query = (
        select(ReportRound.enquiry_id, *ROUND_FIELDS)
        .join(ReportEnquiry, ReportEnquiry.enquiry_id == ReportRound.enquiry_id)
        .where(*where)
        .order_by(ReportRound.enquiry_id, ReportRound.round)
    )
    for row in session.execute(round_query):
        values = dict(row._mapping)
        rounds[values.pop("enquiry_id")].append(RoundFact(**values))
    facts = [EnquiryFacts(**values, rounds=tuple(rounds[eid])) for eid, values in enquiries.items()]
    return units_for(scope.viewer, facts)


def person_names(session: Session, ids: set[str]) -> dict[str, str]:
    """Display names of head-office people that rounds were forwarded or returned to."""
    if not ids:
        return {}
    rows = session.execute(select(Person.id, Person.display_name).where(Person.id.in_(sorted(ids))))
    return {row.id: row.display_name for row in rows}


def dimension_values(session: Session, scope: Scope) -> Mapping[str, list[str]]:
    """The values present in the viewer's facts, per enquiry-level dimension, and its rounds."""
    base = [ReportEnquiry.origin_company_id == scope.head_office_id]
    if not scope.viewer.head_office:
        base.append(_own_round(scope))
    values: dict[str, list[str]] = {}
    for dimension in ENQUIRY_DIMENSIONS:
        column = getattr(ReportEnquiry, dimension)
        values[dimension] = sorted(session.scalars(select(column).where(*base).distinct()))
    if scope.viewer.head_office:
        rounds = session.scalars(select(ReportRound.round).distinct().order_by(ReportRound.round))
        values["round"] = [str(r) for r in rounds]
    else:  # renumbered among the partner's own rounds of an enquiry: 1 .. the most it had
        per_enquiry = (
            select(func.count().label("n"))
            .where(ReportRound.company_id == scope.viewer.company_id)
            .group_by(ReportRound.enquiry_id)
            .subquery()
        )
        most = session.scalar(select(func.max(per_enquiry.c.n))) or 0
        values["round"] = [str(n) for n in range(1, int(most) + 1)]
    return values
