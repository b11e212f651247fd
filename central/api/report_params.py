"""The query parameters every report shares: who may ask, the range, the period, the filters.

Bad parameters answer 400 with a stable code and a sentence (`unknown_parameter`,
`unknown_dimension`, `unknown_period`, `unknown_on`, `bad_date`, `bad_range`,
`compare_needs_range`, `unknown_value`, `bad_bins`, `same_dimension`, `too_many_cells`). A
partner id the caller may not report on answers exactly like one that does not exist.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, get_args
from zoneinfo import ZoneInfo

from fastapi import Depends, Query, Request

from central.api.deps import Actor, DbSession, Principal
from central.api.errors import ApiError
from central.store.accounts import ROLE_PARTNER_ADMIN, ROLE_REPORTING
from central.store.reports import Scope, scope_of
from enquiries.reporting import dimensions as d
from enquiries.reporting.pivot import Query as ReportQuery
from enquiries.state import Channel, EnquiryType

CHANNELS = frozenset(get_args(Channel))
TYPES = frozenset(get_args(EnquiryType))
COUNTRY = re.compile(r"^[A-Z]{2}$")
COMMON = frozenset({"on", "period", "from", "to", *d.FILTERS})
MAX_VALUE = 200


def bad(code: str, message: str, *, field: str | None = None, value: str | None = None) -> ApiError:
    """A 400 naming, besides its sentence, the parameter and the value refused (errors.DETAILS)."""
    details = {k: v for k, v in (("field", field), ("value", value)) if v is not None}
    return ApiError(400, code, message, details=details)


def reporter(actor: Actor) -> Principal:
    """Head office with role `reporting`; a partner's `partner_admin` or `reporting` people."""
    allowed = (ROLE_REPORTING,) if actor.is_head_office else (ROLE_PARTNER_ADMIN, ROLE_REPORTING)
    if not actor.has_role(*allowed):
        raise ApiError(403, "forbidden", "Your roles do not allow reports.")
    return actor


Reporter = Annotated[Principal, Depends(reporter)]


def reject_unknown(request: Request, allowed: Iterable[str]) -> None:
    known = set(allowed)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        known_list = ", ".join(sorted(known))
        raise bad(
            "unknown_parameter", f"Unknown parameter {unknown[0]!r}; known: {known_list}.", field=unknown[0]
        )


def dimension(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if value not in d.DIMENSIONS:
        choices = ", ".join(d.DIMENSIONS)
        raise bad(
            "unknown_dimension",
            f"{name}: no dimension {value!r}; use one of {choices}.",
            field=name,
            value=value,
        )
    return value


def _date(name: str, value: str | None) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value) if len(value) == 10 else _no_date(name, value)
    except ValueError:
        return _no_date(name, value)


def _no_date(name: str, value: str) -> date:
    raise bad("bad_date", f"{name}: {value[:40]!r} is not a date (YYYY-MM-DD).", field=name, value=value[:40])


def _values(request: Request, name: str, scope: Scope) -> frozenset[str] | None:
    given = request.query_params.getlist(name)
    if not given:
        return None
    values = set()
    for raw in given:
        value = raw.strip()
        if len(value) > MAX_VALUE:
            raise bad("unknown_value", f"{name}: a value is longer than {MAX_VALUE} characters.", field=name)
        if name == "country":
            value = value.upper()
        valid = {
            "channel": lambda v: v in CHANNELS,
            "type": lambda v: v in TYPES,
            "country": lambda v: v == "" or bool(COUNTRY.match(v)),
            "round": lambda v: v == "" or (v.isascii() and v.isdigit() and int(v) > 0),
            "partner": lambda v: v in _partners(scope),
        }.get(name, lambda v: True)
        if not valid(value):
            if name == "partner":  # the same answer for a foreign id and a missing one: no value
                raise bad(
                    "unknown_value", "partner: no such partner among those you may report on.", field=name
                )
            raise bad(
                "unknown_value", f"{name}: {value[:40]!r} is not a known value.", field=name, value=value[:40]
            )
        values.add(value)
    return frozenset(values)


def _partners(scope: Scope) -> set[str]:
    """Partner keys the viewer may name: itself (a partner), or every company (head office)."""
    return set(scope.company_names)


@dataclass(frozen=True)
class Filters:
    scope: Scope
    query: ReportQuery


def filters(
    request: Request,
    actor: Reporter,
    session: DbSession,
    on: Annotated[
        str, Query(description="received (the enquiry's time) or decided (the round's)")
    ] = "received",
    period: Annotated[str, Query(description="day, week (ISO), month, quarter or year")] = "month",
    from_: Annotated[
        str | None,
        Query(alias="from", description="first day, YYYY-MM-DD, in the caller's company's time zone"),
    ] = None,
    to: Annotated[str | None, Query(description="last day (inclusive), YYYY-MM-DD")] = None,
    channel: Annotated[
        list[str] | None, Query(description="web, dealer_page, manual, ...; repeat for OR")
    ] = None,
    type: Annotated[list[str] | None, Query(description="offer, information, ...")] = None,
    product_interest: Annotated[list[str] | None, Query(description="as the enquiry names it")] = None,
    country: Annotated[list[str] | None, Query(description="ISO code, e.g. DE")] = None,
    subdivision: Annotated[list[str] | None, Query(description='e.g. "DE-BY"')] = None,
    postcode_area: Annotated[
        list[str] | None, Query(description='country and first 2 characters: "DE-80"')
    ] = None,
    partner: Annotated[
        list[str] | None, Query(description="company id (head office's id: its own unit)")
    ] = None,
    round: Annotated[
        list[str] | None, Query(description="1, 2, ...; a partner counts only its own rounds")
    ] = None,
) -> Filters:
    """Everything but the endpoint's own parameters; the lists are read from the request (the
    declared ones document them in OpenAPI)."""
    session.commit()  # end the read the authentication began (SQLite holds the write lock)
    scope = scope_of(session, actor.company_id)
    if on not in d.ON:
        raise bad("unknown_on", f"on: {on[:40]!r}; use received or decided.", field="on", value=on[:40])
    if period not in d.PERIODS:
        choices = ", ".join(d.PERIODS)
        raise bad(
            "unknown_period",
            f"period: {period[:40]!r}; use one of {choices}.",
            field="period",
            value=period[:40],
        )
    start, end = _date("from", from_), _date("to", to)
    if start and end and start > end:
        raise bad("bad_range", "from is after to.", field="from")
    chosen = {name: _values(request, name, scope) for name in d.FILTERS}
    ctx = d.Context(
        zone=ZoneInfo(scope.timezone),
        period=period,
        on=on,
        head_office_id=scope.head_office_id,
        company_names=scope.company_names,
    )
    query = ReportQuery(ctx, start, end, {k: v for k, v in chosen.items() if v is not None})
    return Filters(scope, query)


ReportFilters = Annotated[Filters, Depends(filters)]
