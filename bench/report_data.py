"""Synthetic reporting facts for `report_query.py`: a year of enquiries, their offer rounds and steps,
bulk-written straight into report_enquiries / report_rounds / report_steps (not through the rules).

The mix (per enquiry, seeded, so every run builds the same facts): 5% never offered (head office's
own unit), then 1 to 4 rounds (20/50/20/5%: 2.0 rounds per enquiry on average). Every round but
the last expired (then forwarded to the next partner, 60%) or was declined (40%); the last was
accepted (72%), declined (12%), expired and returned (6%), withdrawn (5%) or is still pending
(5%; always when offered in the last three days). Partners: the demo's three and 37 more (40),
picked with Zipf-like weights. Decision times: working hours log-normal (median ~6 h, 10% past
the 48 h deadline), wall-clock hours 1 to 3.5 times as many; an expiry is 48 working hours.
Accepted enquiries: 85% processed (first step after a log-normal ~8 h), 30% won, 20% lost;
enquiries with head office: 10% discarded. Dimensions: six channels, five types, eleven
product interests, DE/IT/AT with ~270 postcode areas.
"""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.demo import demo_id
from central.store.accounts import Company, Person

START = datetime(2025, 11, 30, 23, 0, tzinfo=UTC)  # 1 December 2025, 00:00 in Rome
END = datetime(2026, 11, 30, 23, 0, tzinfo=UTC)  # 1 December 2026, 00:00 in Rome
FIRST_DAY, LAST_DAY = "2025-12-01", "2026-11-30"
EXTRA_PARTNERS = 37
CHANNELS = (("web", 50), ("dealer_page", 15), ("phone", 12), ("email", 10), ("showroom", 8), ("manual", 5))
TYPES = (("offer", 55), ("information", 20), ("consultation", 15), ("catalogue", 7), ("service", 3))
PRODUCTS = (
    "",
    "PVC windows",
    "Wooden windows",
    "Aluminium windows",
    "Wooden doors",
    "Front doors",
    "Shutters",
    "Blinds",
    "Conservatory",
    "Skylights",
    "Insect screens",
)
COUNTRIES = (("DE", 50, ("DE-BY", "DE-BW", "")), ("IT", 30, ("IT-BZ", "IT-TN", "")), ("AT", 20, ("",)))
REASONS = (
    "Outside our delivery area.",
    "No capacity this month.",
    "Product not in our range.",
    "Customer unreachable.",
    "Too small an order.",
)

ENQUIRY_COLUMNS = (
    "enquiry_id",
    "number",
    "origin_company_id",
    "owner_company_id",
    "received_at",
    "channel",
    "type",
    "product_interest",
    "country",
    "subdivision",
    "postcode_area",
    "accepted_company_id",
    "accepted_at",
    "processed_at",
    "processed_kind",
    "processed_working_hours",
    "processed_wall_hours",
    "last_step_at",
    "result",
    "closed_at",
)
ROUND_COLUMNS = (
    "enquiry_id",
    "round",
    "company_id",
    "person_id",
    "offered_at",
    "deadline",
    "outcome",
    "decided_at",
    "reason",
    "forwarded_kind",
    "forwarded_to",
    "working_hours",
    "wall_hours",
    "in_time",
)
STEP_COLUMNS = ("enquiry_id", "seq", "kind", "at", "company_id")


@dataclass
class Written:
    enquiries: int = 0
    rounds: int = 0
    steps: int = 0


def add_partners(session: Session) -> list[str]:
    """The demo's partners and EXTRA_PARTNERS more; their ids."""
    zones = (("DE", "Europe/Berlin", "BY"), ("IT", "Europe/Rome", "BZ"), ("AT", "Europe/Vienna", None))
    for n in range(EXTRA_PARTNERS):
        country, zone, subdivision = zones[n % 3]
        session.add(
            Company(
                id=demo_id(f"bench-partner-{n}"),
                name=f"Partner {n + 1:02d} {country}",
                kind="partner",
                country=country,
                subdivision=subdivision,
                timezone=zone,
                postcode_ranges=[],
                active=True,
            )
        )
    session.flush()
    return list(session.scalars(select(Company.id).where(Company.kind == "partner").order_by(Company.id)))


def _weighted(pairs: Sequence[tuple[Any, int]]) -> tuple[list[Any], list[int]]:
    values = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    total = 0
    cumulative = []
    for w in weights:
        total += w
        cumulative.append(total)
    return values, cumulative


def generate(
    count: int, partners: Sequence[str], head_office: str, hq_person: str, seed: int = 11
) -> Iterator[tuple[tuple[Any, ...], list[tuple[Any, ...]], list[tuple[Any, ...]]]]:
    """(enquiry row, round rows, step rows) per enquiry, as tuples in the *_COLUMNS order."""
    rng = random.Random(seed)
    span = (END - START).total_seconds()
    channels, channel_cum = _weighted(CHANNELS)
    types, type_cum = _weighted(TYPES)
    countries, country_cum = _weighted([(c, w) for c, w, _ in COUNTRIES])
    subdivisions = {c: s for c, _, s in COUNTRIES}
    partner_cum = []
    total = 0.0
    for n in range(len(partners)):
        total += 1 / (n + 1) ** 0.8
        partner_cum.append(total)
    round_counts, round_cum = _weighted([(0, 5), (1, 20), (2, 50), (3, 20), (4, 5)])
    for n in range(count):
        received = START + timedelta(seconds=span * (n + rng.random()) / count)
        eid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        country = rng.choices(countries, cum_weights=country_cum)[0]
        rounds: list[list[Any]] = []
        steps: list[tuple[Any, ...]] = []
        how_many = rng.choices(round_counts, cum_weights=round_cum)[0]
        at = received + timedelta(minutes=rng.uniform(2, 240))
        used: set[str] = set()
        accepted: tuple[str, datetime] | None = None
        for k in range(1, how_many + 1):
            partner = rng.choices(partners, cum_weights=partner_cum)[0]
            while partner in used and len(used) < len(partners):
                partner = rng.choices(partners, cum_weights=partner_cum)[0]
            used.add(partner)
            last = k == how_many
            if at >= END - timedelta(days=3):
                outcome = "pending"
            elif not last:
                outcome = "expired" if rng.random() < 0.6 else "declined"
            else:
                x = rng.random()
                outcome = (
                    "accepted"
                    if x < 0.72
                    else "declined"
                    if x < 0.84
                    else "expired"
                    if x < 0.90
                    else "withdrawn"
                    if x < 0.95
                    else "pending"
                )
            deadline = at + timedelta(hours=rng.choice((48, 72, 96, 120)))
            decided = reason = forwarded_kind = forwarded_to = working = wall = in_time = None
            if outcome == "expired":
                working = 48.0
                wall = round(48 * rng.uniform(1.0, 3.5), 6)
                forwarded_kind, forwarded_to = ("returned", hq_person) if last else ("partner", None)
            elif outcome != "pending":
                working = round(min(120.0, math.exp(rng.gauss(math.log(6), 1.3))), 6)
                wall = round(working * rng.uniform(1.0, 3.5), 6)
                in_time = working <= 48 if outcome in ("accepted", "declined") else None
            if wall is not None:
                decided = at + timedelta(hours=wall)
            if outcome == "declined":
                reason = rng.choice(REASONS)
            row: list[Any] = [eid, k, partner, None, at, deadline, outcome, decided, reason or ""]
            rounds.append([*row, forwarded_kind or "", forwarded_to, working, wall, in_time])
            if outcome == "accepted":
                assert decided is not None
                accepted = (partner, decided)
            if decided is None:
                break
            at = decided + timedelta(minutes=rng.uniform(0, 30))
        for i in range(len(rounds) - 1):  # an expired round names where it went
            if rounds[i][6] == "expired":
                rounds[i][10] = rounds[i + 1][2]
        result = ""
        closed = processed = last_step = None
        processed_kind = ""
        p_work = p_wall = None
        if accepted is not None:
            partner, accepted_at = accepted
            if rng.random() < 0.85:
                p_wall = round(math.exp(rng.gauss(math.log(8), 1.2)), 6)
                p_work = round(p_wall * rng.uniform(0.3, 1.0), 6)
                processed = accepted_at + timedelta(hours=p_wall)
                processed_kind = "first_activity" if rng.random() < 0.8 else "external_assigned"
                steps.append((eid, 1, processed_kind, processed, partner))
                last_step = processed
                x = rng.random()
                if x < 0.5:
                    result = "won" if x < 0.3 else "lost"
                    closed = processed + timedelta(days=rng.uniform(1, 60))
                    steps.append((eid, 2, result, closed, partner))
                    last_step = closed
        elif not any(r[6] == "pending" for r in rounds) and rng.random() < 0.1:
            result = "discarded"
            closed = received + timedelta(days=rng.uniform(1, 20))
            steps.append((eid, 1, "discarded", closed, head_office))
        owner = accepted[0] if accepted else head_office
        enquiry = (
            eid,
            f"E-{n + 1:07d}",
            head_office,
            owner,
            received,
            rng.choices(channels, cum_weights=channel_cum)[0],
            rng.choices(types, cum_weights=type_cum)[0],
            rng.choice(PRODUCTS),
            country,
            rng.choice(subdivisions[country]),
            f"{country}-{rng.randint(10, 99)}",
            accepted[0] if accepted else None,
            accepted[1] if accepted else None,
            processed,
            processed_kind,
            p_work,
            p_wall,
            last_step,
            result,
            closed,
        )
        yield enquiry, [tuple(r) for r in rounds], steps


def _sqlite_time(value: Any) -> Any:
    """SQLAlchemy's SQLite DATETIME text: naive UTC with microseconds."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def write(session: Session, count: int, chunk: int = 20_000) -> Written:
    """Bulk-write `count` enquiries' facts through the session's raw connection (COPY on PostgreSQL)."""
    partners = add_partners(session)
    head_office = demo_id("hq")
    hq_person = session.scalar(select(Person.id).where(Person.login == "anna@hq.example"))
    assert hq_person is not None
    raw = session.connection().connection.dbapi_connection
    assert raw is not None
    postgres = session.get_bind().dialect.name == "postgresql"
    written = Written()
    batch: tuple[list[Any], list[Any], list[Any]] = ([], [], [])

    def flush() -> None:
        tables = (
            ("report_enquiries", ENQUIRY_COLUMNS),
            ("report_rounds", ROUND_COLUMNS),
            ("report_steps", STEP_COLUMNS),
        )
        cursor = raw.cursor()
        for (table, columns), rows in zip(tables, batch, strict=True):
            if not rows:
                continue
            if postgres:
                with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                marks = ", ".join("?" for _ in columns)
                cursor.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                    [tuple(_sqlite_time(v) for v in row) for row in rows],
                )
            rows.clear()
        cursor.close()

    for enquiry, rounds, steps in generate(count, partners, head_office, hq_person):
        batch[0].append(enquiry)
        batch[1].extend(rounds)
        batch[2].extend(steps)
        written.enquiries += 1
        written.rounds += len(rounds)
        written.steps += len(steps)
        if len(batch[0]) >= chunk:
            flush()
    flush()
    return written
