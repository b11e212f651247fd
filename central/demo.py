"""The demo data set of DESIGN.md (`enquiry-server seed-demo`), also used by tests and benchmarks.

Every enquiry is made through the same write path as real traffic (intake, `execute`, the
deadline rules) on a simulated clock, so the demo holds only states the rules can reach.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central.security import hash_password, token_hash
from central.store.accounts import ApiKey, Company, Person
from central.store.people_views import publish_all
from central.store.routes import RouteRow

NS = uuid.UUID("7f6c2a52-4a8e-4d0e-9d1c-6f1f3f1e2d10")
PASSWORD = "demo"
INTAKE_KEY = "demo-intake-key"


def demo_id(name: str) -> str:
    return str(uuid.uuid5(NS, name))


@dataclass(frozen=True)
class DemoCompany:
    key: str
    name: str
    kind: str
    country: str
    subdivision: str | None
    timezone: str
    postcodes: tuple[str, ...]


COMPANIES = (
    DemoCompany("hq", "Head Office", "head_office", "IT", "BZ", "Europe/Rome", ()),
    DemoCompany("mueller", "Fenster Müller GmbH", "partner", "DE", "BY", "Europe/Berlin", ("80000-87999",)),
    DemoCompany("rossi", "Serramenti Rossi Srl", "partner", "IT", "BZ", "Europe/Rome", ("39000-39999",)),
    DemoCompany("alpen", "Alpenfenster KG", "partner", "AT", None, "Europe/Vienna", ("6000-6999",)),
)
PEOPLE = (
    ("anna@hq.example", "Anna Bauer", "hq", ("head_office", "reporting")),
    ("marco@hq.example", "Marco Conti", "hq", ("head_office", "survey_manager")),
    ("carla@hq.example", "Carla Ferri", "hq", ("agent",)),
    ("greta@hq.example", "Greta Admin", "hq", ("head_office", "admin")),
    ("max@mueller.example", "Max Müller", "mueller", ("partner_staff", "partner_admin")),
    ("eva@mueller.example", "Eva Schmid", "mueller", ("partner_staff",)),
    ("luca@rossi.example", "Luca Rossi", "rossi", ("partner_staff", "partner_admin")),
    ("sofia@rossi.example", "Sofia Gruber", "rossi", ("partner_staff",)),
    ("lena@alpen.example", "Lena Hofer", "alpen", ("partner_staff", "partner_admin")),
)
ROUTES = (
    ("DE Bavaria south", "DE", [["80000", "87999"]], ["mueller", "alpen"], "anna@hq.example"),
    ("IT South Tyrol", "IT", [["39000", "39999"]], ["rossi", "mueller"], "marco@hq.example"),
    ("AT Tyrol", "AT", [["6000", "6999"]], ["alpen"], "anna@hq.example"),
)
REGIONS = {
    "DE": (["München", "Augsburg", "Rosenheim", "Kempten", "Garmisch-Partenkirchen"], 80000, 87999),
    "IT": (["Bolzano", "Merano", "Bressanone", "Brunico", "Laives"], 39000, 39999),
    "AT": (["Innsbruck", "Kufstein", "Lienz", "Schwaz", "Imst"], 6000, 6999),
}
FIRST = [
    "Hans",
    "Maria",
    "Peter",
    "Julia",
    "Thomas",
    "Anna",
    "Giulia",
    "Paolo",
    "Francesca",
    "Stefan",
    "Lukas",
    "Sara",
    "Michael",
    "Elena",
    "Andreas",
    "Chiara",
    "Florian",
    "Martina",
    "Georg",
    "Valentina",
]
LAST = [
    "Huber",
    "Rossi",
    "Gruber",
    "Wagner",
    "Pichler",
    "Bianchi",
    "Moser",
    "Mayr",
    "Ferrari",
    "Hofer",
    "Steiner",
    "Romano",
    "Berger",
    "Fischer",
    "Colombo",
    "Weber",
    "Ricci",
    "Lechner",
    "Brunner",
    "Greco",
]
PRODUCTS = [
    "PVC windows",
    "Aluminium windows",
    "Wood-aluminium windows",
    "Entrance door",
    "Sliding door",
    "Winter garden",
    "Shading",
]
MESSAGES = [
    "Wir planen die Sanierung unseres Hauses und brauchen 8 neue Fenster.",
    "Vorrei un preventivo per 6 finestre in PVC e una porta d'ingresso.",
    "We are building a new house and would like a consultation in the showroom.",
    "Bitte um Rückruf wegen einer neuen Haustür.",
    "Richiesta informazioni per un giardino d'inverno.",
]


def _companies(session: Session) -> dict[str, Company]:
    out = {}
    for d in COMPANIES:
        company = Company(
            id=demo_id(d.key),
            name=d.name,
            kind=d.kind,
            country=d.country,
            subdivision=d.subdivision,
            timezone=d.timezone,
            postcode_ranges=list(d.postcodes),
            active=True,
        )
        session.add(company)
        out[d.key] = company
    return out


def _people(session: Session) -> dict[str, Person]:
    password_hash = hash_password(PASSWORD)
    out = {}
    for login, name, company, roles in PEOPLE:
        person = Person(
            id=demo_id(login),
            company_id=demo_id(company),
            login=login,
            display_name=name,
            password_hash=password_hash,
            roles=frozenset(roles),
            active=True,
        )
        session.add(person)
        out[login.split("@")[0]] = person
    return out


def _routes(session: Session) -> None:
    for name, country, ranges, chain, owner in ROUTES:
        targets = [{"kind": "partner", "company_id": demo_id(k), "person_id": None} for k in chain]
        session.add(
            RouteRow(
                id=demo_id("route:" + name),
                name=name,
                country=country,
                postcode_ranges=json.dumps(ranges),
                postcode_prefixes="[]",
                product_interests="[]",
                keywords="[]",
                chain=json.dumps(targets),
                owner_person_id=demo_id(owner),
                priority=100,
                active=True,
            )
        )


def seed_accounts(session: Session) -> dict[str, Person]:
    if session.scalar(select(func.count()).select_from(Company)):
        raise RuntimeError("The database already holds data; seed-demo only fills an empty database.")
    _companies(session)
    people = _people(session)
    _routes(session)
    session.add(
        ApiKey(
            id=demo_id("api-key:web"),
            channel="web",
            key_hash=token_hash(INTAKE_KEY),
            label="Demo website",
            active=True,
        )
    )
    session.flush()
    publish_all(session)
    return people
