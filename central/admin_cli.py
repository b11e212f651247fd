"""`enquiry-server admin ...`: the administration for scripts, through the same store functions
(and so the same validation, audit and change feed) as the HTTP API.

    admin company add|list|update|deactivate
    admin person add|list|update|deactivate|reactivate
    admin route add|list|update|deactivate
    admin intake-key add|list|update|revoke
    admin import-partners FILE.csv

A refusal prints its sentence and exits 2, having changed nothing.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from central.config import Settings

# The partner import's columns (a header row is required; extra columns are refused).
CSV_COLUMNS = ("name", "country", "subdivision", "timezone", "postcode_ranges")
CSV_HELP = (
    "columns: name, country (ISO code), subdivision (holidays region, may be empty), timezone "
    "(IANA), postcode_ranges ('80000-87999' ranges or '39' prefixes, separated by ';')"
)


def _factory(settings: Settings) -> sessionmaker[Session]:
    from central.db import make_engine, make_session_factory

    return make_session_factory(make_engine(settings.database_url))


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").replace(",", ";").split(";") if part.strip()]


@contextmanager
def _refusals() -> Iterator[None]:
    from central.store.admin import AdminError

    try:
        yield
    except AdminError as exc:
        print(f"admin: {exc.message}", file=sys.stderr)
        raise SystemExit(2) from None


def _now() -> datetime:
    return datetime.now(UTC)


# --- companies -----------------------------------------------------------------------------------
def company_add(settings: Settings, args: argparse.Namespace) -> int:
    from central.store.admin_companies import create_company

    with _refusals(), _factory(settings).begin() as session:
        answer = create_company(
            session,
            name=args.name,
            country=args.country,
            subdivision=args.subdivision,
            timezone=args.timezone,
            postcode_ranges=_split(args.postcodes),
            now=_now(),
        )
        print(f"{answer.company.id}  {answer.company.name}")
        for overlap in answer.overlaps:
            print(f"  note: {overlap.mine} overlaps {overlap.company_name}'s {overlap.theirs}")
    return 0


def company_list(settings: Settings, args: argparse.Namespace) -> int:
    from central.store.admin_companies import list_companies

    with _factory(settings).begin() as session:
        for c in list_companies(session):
            state = "active" if c.active else "inactive"
            where = f"{c.country}-{c.subdivision}" if c.subdivision else c.country
            print(f"{c.id}  {c.name}  {where}  {c.timezone}  {';'.join(c.postcode_ranges)}  {state}")
    return 0


def company_update(settings: Settings, args: argparse.Namespace) -> int:
    from central.store.admin_companies import update_company

    changes: dict[str, Any] = {
        k: v for k, v in {"name": args.name, "timezone": args.timezone}.items() if v is not None
    }
    if args.country is not None or args.subdivision is not None:
        changes |= {"country": args.country, "subdivision": args.subdivision}
    if args.postcodes is not None:
        changes["postcode_ranges"] = _split(args.postcodes)
    with _refusals(), _factory(settings).begin() as session:
        answer = update_company(session, args.id, now=_now(), **changes)
        print(f"{answer.company.id}  {answer.company.name}  updated")
    return 0


def company_deactivate(settings: Settings, args: argparse.Namespace) -> int:
    from central.store.admin_companies import deactivate_and_forward

    with _refusals():
        answer = deactivate_and_forward(_factory(settings), args.id, now=_now())
    print(f"{answer.company.name} deactivated; {answer.forwarded} pending offer(s) forwarded")
    return 0


# --- people --------------------------------------------------------------------------------------
PERSON_PASSWORD_ENV = "ENQUIRY_PERSON_PASSWORD"


def person_add(settings: Settings, args: argparse.Namespace) -> int:
    """Invited by mail (a one-time link), or with the password in ENQUIRY_PERSON_PASSWORD."""
    import os

    from central.store.admin_people import add_person

    password = os.environ.get(PERSON_PASSWORD_ENV)
    with _refusals(), _factory(settings).begin() as session:
        answer = add_person(
            session,
            company_id=args.company,
            login=args.login,
            display_name=args.name,
            roles=_split(args.roles),
            password=password,
            now=_now(),
        )
        person_id = answer.person.id
    how = "password set" if password else "invitation mailed"
    print(f"{person_id}  {args.login.strip().lower()}  ({how})")
    return 0


def person_list(settings: Settings, args: argparse.Namespace) -> int:
    from central.store.admin_people import list_people

    with _factory(settings).begin() as session:
        for person, company in list_people(session, company_id=args.company):
            state = "active" if person.active else "inactive"
            roles = ",".join(sorted(person.roles))
            print(f"{person.id}  {person.login}  {person.display_name}  {company.name}  {roles}  {state}")
    return 0


def person_update(settings: Settings, args: argparse.Namespace) -> int:
    from central.store.admin_people import update_person

    roles = _split(args.roles) if args.roles is not None else None
    with _refusals(), _factory(settings).begin() as session:
        answer = update_person(session, person_id=args.id, display_name=args.name, roles=roles, now=_now())
        print(f"{answer.person.login} updated")
    return 0


def _person_active(active: bool) -> Command:
    def run(settings: Settings, args: argparse.Namespace) -> int:
        from central.store.admin_people import set_active

        with _refusals(), _factory(settings).begin() as session:
            answer = set_active(session, person_id=args.id, active=active, now=_now())
            print(f"{answer.person.login} {'reactivated' if active else 'deactivated'}")
            for use in answer.routes:
                print(f"  named by route {use.route_name}")
            if answer.held:
                print(f"  holds {answer.held} open enquiry(ies): hand them over in the Administration area")
        return 0

    return run


# --- routes --------------------------------------------------------------------------------------
def _chain(session: Session, entries: list[str]) -> list[dict[str, str | None]]:
    """`partner:<id>` or `person:<id>`, in order."""
    from central.store.admin import AdminError

    chain: list[dict[str, str | None]] = []
    for entry in entries:
        kind, _, ident = entry.partition(":")
        if kind == "partner":
            chain.append({"kind": "partner", "company_id": ident, "person_id": None})
        elif kind == "person":
            chain.append({"kind": "person", "company_id": None, "person_id": ident})
        else:
            raise AdminError("invalid_request", f"chain entry {entry!r}: write partner:<id> or person:<id>.")
    return chain


def route_add(settings: Settings, args: argparse.Namespace) -> int:
    from central.store.admin_routes import create_route

    with _refusals(), _factory(settings).begin() as session:
        row = create_route(
            session,
            name=args.name,
            country=args.country,
            chain=_chain(session, _split(args.chain)),
            owner_person_id=args.owner,
            postcode_ranges=_split(args.postcodes),
            postcode_prefixes=_split(args.prefixes),
            product_interests=_split(args.products),
            keywords=_split(args.keywords),
            priority=args.priority,
            now=_now(),
        )
        print(f"{row.id}  {row.name}")
    return 0


def route_list(settings: Settings, args: argparse.Namespace) -> int:
    from central.store.admin_routes import list_routes, route_values

    with _factory(settings).begin() as session:
        for row in list_routes(session):
            values = route_values(row)
            state = "active" if row.active else "inactive"
            print(f"{row.id}  {row.name}  {row.country}  priority {row.priority}  {state}  {values['chain']}")
    return 0


def route_update(settings: Settings, args: argparse.Namespace) -> int:
    from central.store.admin_routes import update_route

    lists = {
        "postcode_ranges": args.postcodes,
        "postcode_prefixes": args.prefixes,
        "product_interests": args.products,
        "keywords": args.keywords,
    }
    changes: dict[str, Any] = {k: _split(v) for k, v in lists.items() if v is not None}
    changes |= {k: v for k, v in {"name": args.name, "country": args.country}.items() if v is not None}
    if args.owner is not None:
        changes["owner_person_id"] = args.owner
    if args.priority is not None:
        changes["priority"] = args.priority
    with _refusals(), _factory(settings).begin() as session:
        if args.chain is not None:
            changes["chain"] = _chain(session, _split(args.chain))
        row = update_route(session, args.id, now=_now(), **changes)
        print(f"{row.name} updated")
    return 0


def route_deactivate(settings: Settings, args: argparse.Namespace) -> int:
    from central.store.admin_routes import deactivate_route

    with _refusals(), _factory(settings).begin() as session:
        row = deactivate_route(session, args.id, now=_now())
        print(f"{row.name} deactivated")
    return 0


# --- intake keys ---------------------------------------------------------------------------------
def key_add(settings: Settings, args: argparse.Namespace) -> int:
    from central.store.intake_keys import create_key

    with _refusals(), _factory(settings).begin() as session:
        new = create_key(session, label=args.label, channel=args.channel, partner_id=args.partner, now=_now())
        key_id = new.key.id
    print(f"{key_id}  {args.label}")
    print(f"secret (shown once, keep it in the website's configuration): {new.secret}")
    return 0


def key_list(settings: Settings, args: argparse.Namespace) -> int:
    from central.store.intake_keys import list_keys

    with _factory(settings).begin() as session:
        for key in list_keys(session):
            used = key.last_used_at.isoformat() if key.last_used_at else "never used"
            state = "revoked" if key.revoked_at or not key.active else "active"
            print(f"{key.id}  {key.label}  {key.channel}  {key.key_hint}…  {used}  {state}")
    return 0


def key_update(settings: Settings, args: argparse.Namespace) -> int:
    from central.store.intake_keys import rename_key

    with _refusals(), _factory(settings).begin() as session:
        key = rename_key(session, args.id, label=args.label)
        print(f"{key.id}  {key.label}")
    return 0


def key_revoke(settings: Settings, args: argparse.Namespace) -> int:
    from central.store.intake_keys import revoke_key

    with _refusals(), _factory(settings).begin() as session:
        key = revoke_key(session, args.id, now=_now())
        print(f"{key.label} revoked")
    return 0


# --- the partner import --------------------------------------------------------------------------
def import_partners(settings: Settings, args: argparse.Namespace) -> int:
    """All rows in ONE transaction: a bad row is reported by its line and nothing is applied."""
    from central.store.admin import AdminError
    from central.store.admin_companies import create_company

    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        print(f"admin: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 2
    reader = csv.DictReader(text.splitlines())
    header = tuple(reader.fieldnames or ())
    if set(header) != set(CSV_COLUMNS):
        print(f"admin: {path}: line 1 must name the columns {', '.join(CSV_COLUMNS)}", file=sys.stderr)
        return 2
    session = _factory(settings)()
    created = 0
    try:
        with session.begin():
            for row in reader:
                line = reader.line_num
                try:
                    create_company(
                        session,
                        name=row["name"] or "",
                        country=row["country"] or "",
                        subdivision=(row["subdivision"] or "").strip() or None,
                        timezone=(row["timezone"] or "").strip(),
                        postcode_ranges=_split(row["postcode_ranges"]),
                        now=_now(),
                    )
                except AdminError as exc:
                    raise _LineError(line, exc.message) from None
                created += 1
    except _LineError as exc:
        print(
            f"admin: {path}: line {exc.line}: {exc.message} Nothing of the file was applied.", file=sys.stderr
        )
        return 2
    finally:
        session.close()
    print(f"{created} partner(s) imported from {path}")
    return 0


class _LineError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line, self.message = line, message


# --- the parser ----------------------------------------------------------------------------------
Command = Callable[[Settings, argparse.Namespace], int]


def add_parser(sub: Any) -> None:
    admin = sub.add_parser("admin", help="companies, people, routes and intake keys, for scripts")
    what = admin.add_subparsers(dest="what", required=True)

    company = what.add_parser("company", help="partner companies").add_subparsers(dest="verb", required=True)
    add = company.add_parser("add")
    add.add_argument("--name", required=True)
    add.add_argument("--country", required=True)
    add.add_argument("--subdivision")
    add.add_argument("--timezone", required=True)
    add.add_argument("--postcodes", default="", help="ranges or prefixes, separated by ';'")
    add.set_defaults(run=company_add)
    company.add_parser("list").set_defaults(run=company_list)
    update = company.add_parser("update")
    update.add_argument("id")
    for flag in ("--name", "--country", "--subdivision", "--timezone", "--postcodes"):
        update.add_argument(flag)
    update.set_defaults(run=company_update)
    off = company.add_parser("deactivate", help="no new offers; pending offers are forwarded")
    off.add_argument("id")
    off.set_defaults(run=company_deactivate)

    person = what.add_parser("person", help="people of every company").add_subparsers(
        dest="verb", required=True
    )
    padd = person.add_parser("add", help=f"invited by mail; or with the password in {PERSON_PASSWORD_ENV}")
    padd.add_argument("--company", required=True, help="the company's id")
    padd.add_argument("--login", required=True, help="their e-mail address")
    padd.add_argument("--name", required=True)
    padd.add_argument("--roles", required=True, help="e.g. partner_staff;partner_admin")
    padd.set_defaults(run=person_add)
    plist = person.add_parser("list")
    plist.add_argument("--company")
    plist.set_defaults(run=person_list)
    pupdate = person.add_parser("update")
    pupdate.add_argument("id")
    pupdate.add_argument("--name")
    pupdate.add_argument("--roles")
    pupdate.set_defaults(run=person_update)
    for verb, active in (("deactivate", False), ("reactivate", True)):
        toggle = person.add_parser(verb)
        toggle.add_argument("id")
        toggle.set_defaults(run=_person_active(active))

    route = what.add_parser("route", help="routing of web enquiries").add_subparsers(
        dest="verb", required=True
    )
    radd = route.add_parser("add")
    radd.add_argument("--name", required=True)
    radd.add_argument("--country", required=True)
    radd.add_argument("--chain", required=True, help="partner:<id>;person:<id>;... in order")
    radd.add_argument("--owner", required=True, help="id of the head-office person in charge")
    radd.add_argument("--postcodes", default="")
    radd.add_argument("--prefixes", default="")
    radd.add_argument("--products", default="")
    radd.add_argument("--keywords", default="")
    radd.add_argument("--priority", type=int, default=100)
    radd.set_defaults(run=route_add)
    route.add_parser("list").set_defaults(run=route_list)
    rupdate = route.add_parser("update", help="only the fields given change")
    rupdate.add_argument("id")
    for flag in (
        "--name",
        "--country",
        "--chain",
        "--owner",
        "--postcodes",
        "--prefixes",
        "--products",
        "--keywords",
    ):
        rupdate.add_argument(flag)
    rupdate.add_argument("--priority", type=int)
    rupdate.set_defaults(run=route_update)
    roff = route.add_parser("deactivate")
    roff.add_argument("id")
    roff.set_defaults(run=route_deactivate)

    key = what.add_parser("intake-key", help="keys of the intake API").add_subparsers(
        dest="verb", required=True
    )
    kadd = key.add_parser("add")
    kadd.add_argument("--label", required=True)
    kadd.add_argument("--channel", choices=("web", "dealer_page"), default="web")
    kadd.add_argument("--partner", help="the partner a dealer_page key belongs to")
    kadd.set_defaults(run=key_add)
    key.add_parser("list").set_defaults(run=key_list)
    kupdate = key.add_parser("update", help="rename a key (its secret stays)")
    kupdate.add_argument("id")
    kupdate.add_argument("--label", required=True)
    kupdate.set_defaults(run=key_update)
    krevoke = key.add_parser("revoke")
    krevoke.add_argument("id")
    krevoke.set_defaults(run=key_revoke)

    partners = what.add_parser("import-partners", help=f"partner companies from a CSV file ({CSV_HELP})")
    partners.add_argument("file")
    partners.set_defaults(run=import_partners)
