"""Routes as head office administers them, and the preview "which chain would this enquiry get?".

A route filters by country, postcode ranges/prefixes, product interests and keywords, and names an
ordered chain of targets (partners as offers, head-office people as holders) plus the head-office
person in charge. Every change is audited (`route_created`, `route_changed`, `route_deactivated`)
with the values before and after. The preview runs `central.store.intake.plan`, the very function
the intake runs, so what it shows is what an enquiry with these facts would get.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.store import audit
from central.store.accounts import HEAD_OFFICE, PARTNER, Company, Person, new_id
from central.store.admin import AdminError, country_code, head_office, not_found, parse_spans, text, text_list
from central.store.directory import head_office_id, load_directory
from central.store.intake import IntakeRequest, plan
from central.store.routes import RouteRow
from enquiries.directory import Actor
from enquiries.rules.offers import head_office_person, usable_target

MAX_CHAIN = 20
PRIORITY_RANGE = (0, 10_000)


def _route(session: Session, route_id: str, *, lock: bool = False) -> RouteRow:
    row = session.get(RouteRow, route_id, with_for_update=lock) if route_id else None
    if row is None:
        raise not_found("route")
    return row


def _head_office_person(session: Session, person_id: str, field: str) -> Person:
    person = session.get(Person, person_id) if person_id else None
    company = session.get(Company, person.company_id) if person else None
    if person is None or company is None or company.kind != HEAD_OFFICE:
        raise AdminError("person_unknown", f"{field}: no such head-office person.", field=field)
    if not person.active:
        raise AdminError(
            "person_inactive",
            f"{field}: {person.display_name} is no longer active.",
            field=field,
            value=person.display_name,
        )
    return person


def _targets(session: Session, chain: Sequence[Mapping[str, Any]]) -> list[dict[str, str | None]]:
    """The chain checked: partners active (a person named there one of theirs), people of head office."""
    if not chain:
        raise AdminError(
            "invalid_chain",
            "chain: name at least one partner or head-office person.",
            field="chain",
            reason="required",
        )
    if len(chain) > MAX_CHAIN:
        raise AdminError(
            "invalid_chain",
            f"chain: at most {MAX_CHAIN} targets.",
            field="chain",
            reason="too_many",
            limit=MAX_CHAIN,
        )
    out: list[dict[str, str | None]] = []
    seen: set[tuple[str, str | None]] = set()
    for index, target in enumerate(chain, start=1):
        field = f"chain[{index}]"
        kind = target.get("kind")
        company_id = str(target.get("company_id") or "")
        person_id = target.get("person_id") or None
        if kind == "partner":
            company = session.get(Company, company_id) if company_id else None
            if company is None or company.kind != PARTNER:
                raise AdminError("company_unknown", f"{field}: no such partner company.", field=field)
            if not company.active:
                raise AdminError(
                    "company_inactive",
                    f"{field}: {company.name} is no longer active.",
                    field=field,
                    value=company.name,
                )
            if person_id is not None:
                person = session.get(Person, str(person_id))
                if person is None or person.company_id != company.id:
                    raise AdminError(
                        "person_unknown",
                        f"{field}: no such person at {company.name}.",
                        field=field,
                        value=company.name,
                        reason="at_partner",
                    )
                if not person.active:
                    raise AdminError(
                        "person_inactive",
                        f"{field}: {person.display_name} is no longer active.",
                        field=field,
                        value=person.display_name,
                    )
            key = ("partner", company.id)
            if key in seen:
                raise AdminError(
                    "invalid_chain",
                    f"{field}: {company.name} is already in the chain.",
                    field=field,
                    value=company.name,
                    reason="repeated",
                )
            out.append({"kind": "partner", "company_id": company.id, "person_id": person_id})
        elif kind == "person":
            person = _head_office_person(session, str(person_id or ""), field)
            key = ("person", person.id)
            if key in seen:
                raise AdminError(
                    "invalid_chain",
                    f"{field}: {person.display_name} is already in the chain.",
                    field=field,
                    value=person.display_name,
                    reason="repeated",
                )
            out.append({"kind": "person", "company_id": person.company_id, "person_id": person.id})
        else:
            raise AdminError(
                "invalid_chain", f"{field}: kind is 'partner' or 'person'.", field=field, reason="kind"
            )
        seen.add(key)
    return out


def _priority(value: int) -> int:
    low, high = PRIORITY_RANGE
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise AdminError(
            "invalid_request",
            f"priority: a whole number from {low} to {high} (lower wins).",
            field="priority",
            reason="not_valid",
        )
    return value


def _territory(ranges: Sequence[str], prefixes: Sequence[str]) -> tuple[list[list[str]], list[str]]:
    spans = parse_spans(ranges, "postcode_ranges")
    if any(s.is_prefix for s in spans):
        raise AdminError(
            "invalid_postcode",
            "postcode_ranges: each entry is a range LOW-HIGH.",
            field="postcode_ranges",
            reason="range_expected",
        )
    heads = parse_spans(prefixes, "postcode_prefixes")
    if any(not s.is_prefix for s in heads):
        raise AdminError(
            "invalid_postcode",
            "postcode_prefixes: a prefix has no dash; ranges go in postcode_ranges.",
            field="postcode_prefixes",
            reason="prefix_expected",
        )
    return [[s.low, s.high or s.low] for s in spans], [s.low for s in heads]


def route_values(row: RouteRow) -> dict[str, Any]:
    """The route as plain values (the API answer and the audit entry)."""
    return {
        "id": row.id,
        "name": row.name,
        "country": row.country,
        "postcode_ranges": [f"{lo}-{hi}" for lo, hi in json.loads(row.postcode_ranges)],
        "postcode_prefixes": list(json.loads(row.postcode_prefixes)),
        "product_interests": list(json.loads(row.product_interests)),
        "keywords": list(json.loads(row.keywords)),
        "chain": list(json.loads(row.chain)),
        "owner_person_id": row.owner_person_id,
        "priority": row.priority,
        "active": row.active,
    }


def _audit(
    session: Session, action: str, row: RouteRow, actor_id: str | None, now: datetime, **details: Any
) -> None:
    audit.record(
        session,
        action=action,
        at=now,
        actor_id=actor_id,
        company_id=head_office(session),
        route_id=row.id,
        **details,
    )


def list_routes(session: Session, *, include_inactive: bool = True) -> list[RouteRow]:
    query = select(RouteRow).order_by(RouteRow.country, RouteRow.priority, RouteRow.name, RouteRow.id)
    if not include_inactive:
        query = query.where(RouteRow.active.is_(True))
    return list(session.scalars(query))


def get_route(session: Session, route_id: str) -> RouteRow:
    return _route(session, route_id)


def create_route(
    session: Session,
    *,
    name: str,
    country: str,
    chain: Sequence[Mapping[str, Any]],
    owner_person_id: str,
    postcode_ranges: Sequence[str] = (),
    postcode_prefixes: Sequence[str] = (),
    product_interests: Sequence[str] = (),
    keywords: Sequence[str] = (),
    priority: int = 100,
    actor_id: str | None = None,
    now: datetime,
) -> RouteRow:
    """A new active route, in the caller's transaction (audited)."""
    head_office(session)
    ranges, prefixes = _territory(postcode_ranges, postcode_prefixes)
    row = RouteRow(
        id=new_id(),
        name=text(name, "name"),
        country=country_code(country),
        postcode_ranges=json.dumps(ranges),
        postcode_prefixes=json.dumps(prefixes),
        product_interests=json.dumps(text_list(product_interests, "product_interests")),
        keywords=json.dumps(text_list(keywords, "keywords")),
        chain=json.dumps(_targets(session, chain)),
        owner_person_id=_head_office_person(session, owner_person_id, "owner_person_id").id,
        priority=_priority(priority),
        active=True,
    )
    session.add(row)
    session.flush()
    _audit(session, "route_created", row, actor_id, now, values=route_values(row))
    return row


def update_route(
    session: Session,
    route_id: str,
    *,
    name: str | None = None,
    country: str | None = None,
    chain: Sequence[Mapping[str, Any]] | None = None,
    owner_person_id: str | None = None,
    postcode_ranges: Sequence[str] | None = None,
    postcode_prefixes: Sequence[str] | None = None,
    product_interests: Sequence[str] | None = None,
    keywords: Sequence[str] | None = None,
    priority: int | None = None,
    active: bool | None = None,
    actor_id: str | None = None,
    now: datetime,
) -> RouteRow:
    """Change the given fields (None: unchanged), audited with the values before and after."""
    row = _route(session, route_id, lock=True)
    before = route_values(row)
    if name is not None:
        row.name = text(name, "name")
    if country is not None:
        row.country = country_code(country)
    if postcode_ranges is not None or postcode_prefixes is not None:
        ranges, prefixes = _territory(
            before["postcode_ranges"] if postcode_ranges is None else postcode_ranges,
            before["postcode_prefixes"] if postcode_prefixes is None else postcode_prefixes,
        )
        row.postcode_ranges, row.postcode_prefixes = json.dumps(ranges), json.dumps(prefixes)
    if product_interests is not None:
        row.product_interests = json.dumps(text_list(product_interests, "product_interests"))
    if keywords is not None:
        row.keywords = json.dumps(text_list(keywords, "keywords"))
    if chain is not None:
        row.chain = json.dumps(_targets(session, chain))
    if owner_person_id is not None:
        row.owner_person_id = _head_office_person(session, owner_person_id, "owner_person_id").id
    if priority is not None:
        row.priority = _priority(priority)
    if active is not None:
        row.active = active
    after = route_values(row)
    if after != before:
        session.flush()
        changed = [k for k in after if after[k] != before[k]]
        _audit(
            session,
            "route_changed",
            row,
            actor_id,
            now,
            before={k: before[k] for k in changed},
            after={k: after[k] for k in changed},
        )
    return row


def deactivate_route(
    session: Session, route_id: str, *, actor_id: str | None = None, now: datetime
) -> RouteRow:
    """Stop routing by this route (idempotent; audited once). Enquiries already routed keep their chain."""
    row = _route(session, route_id, lock=True)
    if row.active:
        row.active = False
        session.flush()
        _audit(session, "route_deactivated", row, actor_id, now)
    return row


# --- preview --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PreviewStep:
    kind: str
    company_id: str
    company_name: str
    person_id: str | None
    person_name: str | None
    usable: bool  # False: skipped now (inactive partner or person)


@dataclass(frozen=True)
class Preview:
    spam: bool
    reason: str  # "matched", "no_route", "spam:<rule>"
    route_id: str | None
    route_name: str | None
    owner_person_id: str | None
    chain: list[PreviewStep]
    first: PreviewStep | None  # who gets it at once; None: it stays with the owner / head office's pool


def preview(
    session: Session,
    *,
    country: str,
    postcode: str,
    product_interest: str = "",
    message: str = "",
    email: str = "",
    channel: str = "web",
    partner_id: str | None = None,
) -> Preview:
    """What the intake would do with an enquiry of these facts now (nothing is written)."""
    if channel not in ("web", "dealer_page"):
        raise AdminError(
            "invalid_request", "channel: 'web' or 'dealer_page'.", field="channel", reason="not_valid"
        )
    if channel == "dealer_page":
        partner = session.get(Company, partner_id) if partner_id else None
        if partner is None or partner.kind != PARTNER or not partner.active:
            # What the intake answers for the same enquiry.
            raise AdminError(
                "invalid_request",
                "partner_id: no such active partner.",
                field="partner_id",
                reason="not_valid",
            )
    request = IntakeRequest(
        channel=channel,
        partner_id=partner_id if channel == "dealer_page" else None,
        type="information",
        product_interest=product_interest,
        first_name="",
        last_name="Preview",
        # Intake needs an e-mail or a phone; without one and without a message the spam rule "empty"
        # would decide. The preview assumes an address unless one is given.
        email=email or "preview@example.invalid",
        phone="",
        street="",
        postcode=postcode,
        city="",
        country=country,
        message=message,
    )
    planned = plan(session, request)
    hq = head_office_id(session)
    directory = load_directory(session, Actor.system(hq))
    steps: list[PreviewStep] = []
    for target in planned.chain:
        company = directory.company(target.company_id)
        person = directory.person(target.person_id)
        usable = usable_target(target, directory) is not None
        steps.append(
            PreviewStep(
                kind=target.kind,
                company_id=target.company_id,
                company_name=company.name if company else "?",
                person_id=target.person_id,
                person_name=person.name if person else None,
                usable=usable,
            )
        )
    decision = planned.decision
    owner = head_office_person(decision.owner_person_id, directory)
    return Preview(
        spam=decision.spam,
        reason=decision.reason,
        route_id=decision.route.id if decision.route else None,
        route_name=decision.route.name if decision.route else None,
        owner_person_id=owner,
        chain=steps,
        first=next((s for s in steps if s.usable), None),
    )
