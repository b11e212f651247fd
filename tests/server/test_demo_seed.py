"""`enquiry-server seed-demo`: the demo data set of DESIGN.md on an empty database, and only there."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from central.app import create_app
from central.cli import main
from central.config import Settings
from central.db import make_engine, make_session_factory
from central.security import token_hash
from central.store.accounts import ApiKey, Company, Person
from central.store.enquiries import EnquiryRow
from central.store.routes import RouteRow
from central.store.sync import SyncView
from tests.server.helpers import TEST_SECRET, TestClient, login_session
from tests.server.sync_helpers import DEMO_PASSWORD, INTAKE, INTAKE_KEY, Device, demo_id, intake_body

SEED = ["seed-demo", "--count", "60", "--now", "2026-12-03T09:00:00+01:00"]
STATUSES = {"open", "assigned", "offered", "declined", "expired", "discarded", "won", "lost"}
HQ, MUELLER, ROSSI, ALPEN = "Head Office", "Fenster Müller GmbH", "Serramenti Rossi Srl", "Alpenfenster KG"
# DESIGN.md's table, with its role words as stored: login -> (company, roles).
ACCOUNTS = {
    "anna@hq.example": (HQ, {"head_office", "reporting"}),
    "marco@hq.example": (HQ, {"head_office", "survey_manager"}),
    "carla@hq.example": (HQ, {"agent"}),
    "greta@hq.example": (HQ, {"head_office", "admin"}),
    "max@mueller.example": (MUELLER, {"partner_staff", "partner_admin"}),
    "eva@mueller.example": (MUELLER, {"partner_staff"}),
    "luca@rossi.example": (ROSSI, {"partner_staff", "partner_admin"}),
    "sofia@rossi.example": (ROSSI, {"partner_staff"}),
    "lena@alpen.example": (ALPEN, {"partner_staff", "partner_admin"}),
}
# name -> (kind, country, subdivision, time zone, postcode ranges)
COMPANIES = {
    HQ: ("head_office", "IT", "BZ", "Europe/Rome", []),
    MUELLER: ("partner", "DE", "BY", "Europe/Berlin", ["80000-87999"]),
    ROSSI: ("partner", "IT", "BZ", "Europe/Rome", ["39000-39999"]),
    ALPEN: ("partner", "AT", None, "Europe/Vienna", ["6000-6999"]),
}
# (country, postcode ranges) -> chain of partners
ROUTES = {
    ("DE", (("80000", "87999"),)): [MUELLER, ALPEN],
    ("IT", (("39000", "39999"),)): [ROSSI, MUELLER],
    ("AT", (("6000", "6999"),)): [ALPEN],
}


@pytest.fixture
def cli_env(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """`enquiry-server` pointed at the (empty, schema-less) test database."""
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("SECRET_KEY", TEST_SECRET)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    return db_url


@pytest.fixture
def seeded(cli_env: str, capsys: pytest.CaptureFixture[str]) -> Iterator[tuple[Engine, str]]:
    """The database after one `seed-demo`, and what the command printed."""
    assert main(SEED) == 0
    out = capsys.readouterr().out
    engine = make_engine(cli_env)
    try:
        yield engine, out
    finally:
        engine.dispose()


@pytest.fixture
def factory(seeded: tuple[Engine, str]) -> sessionmaker[Session]:
    return make_session_factory(seeded[0])


@pytest.fixture
def demo_client(seeded: tuple[Engine, str], cli_env: str, tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(
        data_dir=str(tmp_path / "data"), database_url=cli_env, secret_key=TEST_SECRET, jobs_enabled=False
    )
    with TestClient(create_app(settings, engine=seeded[0])) as client:
        yield client


def _counts(factory: sessionmaker[Session]) -> dict[str, Any]:
    with factory() as session:
        counts: dict[str, Any] = {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (Company, Person, RouteRow, ApiKey, EnquiryRow, SyncView)
        }
        counts["max_seq"] = session.scalar(select(func.max(SyncView.seq)))
        counts["states"] = sorted(session.scalars(select(EnquiryRow.state)))
    return counts


def test_seed_demo_creates_design_accounts_routes_and_every_status(
    factory: sessionmaker[Session], seeded: tuple[Engine, str]
) -> None:
    with factory() as session:
        companies = {c.id: c for c in session.scalars(select(Company))}
        people = list(session.scalars(select(Person)))
        routes = list(session.scalars(select(RouteRow)))
        keys = list(session.scalars(select(ApiKey)))
        statuses = list(session.scalars(select(EnquiryRow.status)))

    assert {
        c.name: (c.kind, c.country, c.subdivision, c.timezone, list(c.postcode_ranges))
        for c in companies.values()
    } == COMPANIES
    assert all(c.active for c in companies.values())
    assert {p.login: (companies[p.company_id].name, set(p.roles)) for p in people} == ACCOUNTS
    assert all(p.active for p in people)

    by_name = {c.name: c.id for c in companies.values()}
    found = {}
    for route in routes:
        assert route.active
        ranges = tuple(tuple(r) for r in json.loads(route.postcode_ranges))
        chain = json.loads(route.chain)
        assert all(t["kind"] == "partner" for t in chain)
        found[(route.country, ranges)] = [companies[t["company_id"]].name for t in chain]
        owner = next(p for p in people if p.id == route.owner_person_id)  # declined/expired go back there
        assert companies[owner.company_id].kind == "head_office" and "head_office" in owner.roles
    assert found == ROUTES
    assert by_name[MUELLER] == demo_id("mueller")

    assert [(k.channel, k.active, k.key_hash) for k in keys] == [("web", True, token_hash(INTAKE_KEY))]

    assert set(statuses) == STATUSES
    assert len(statuses) >= 60
    out = seeded[1]
    assert f"{len(statuses)} enquiries" in out
    assert "demo-intake-key" in out


def test_every_demo_account_signs_in_with_password_demo(demo_client: TestClient) -> None:
    for login, (company, roles) in ACCOUNTS.items():
        user = login_session(demo_client, login, DEMO_PASSWORD, client_id=f"demo-{login}")["user"]
        assert user["company_name"] == company, login
        assert set(user["roles"]) == roles, login
    wrong = {"login": "anna@hq.example", "password": "not-demo", "client_id": "x"}
    assert demo_client.post("/api/v1/auth/login", json=wrong).status_code == 401


def test_demo_intake_key_routes_a_web_enquiry(
    demo_client: TestClient, factory: sessionmaker[Session]
) -> None:
    response = demo_client.post(
        INTAKE, json=intake_body(postcode="80331", country="DE"), headers={"X-Api-Key": INTAKE_KEY}
    )
    assert response.status_code == 201, response.text
    with factory() as session:
        row = session.get(EnquiryRow, response.json()["id"])
        assert row is not None
        assert (row.status, row.offer_company_id) == ("offered", demo_id("mueller"))


def test_demo_partner_sees_only_its_own_and_offered_enquiries(demo_client: TestClient) -> None:
    mueller = demo_id("mueller")
    max_ = Device(demo_client, "max@mueller.example", password=DEMO_PASSWORD)
    changes, text = max_.sync(limit=50)
    enquiries = [c["data"] for c in changes if c["entity"] == "enquiry"]
    assert any(e["anonymised"] for e in enquiries) and any(not e["anonymised"] for e in enquiries)
    for data in enquiries:
        if data["anonymised"]:
            assert data["status"] == "offered" and data["offer"]["company_id"] == mueller
            assert set(data["contact"]) == {"postcode", "city", "country"}
        else:
            assert mueller in (data["owner_company_id"], data["origin_company_id"])
    assert "luca@rossi.example" not in text  # other partners' people are not Müller's business


def test_second_seed_demo_refuses_and_changes_nothing(
    factory: sessionmaker[Session], cli_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _counts(factory)
    assert main(SEED) == 2
    captured = capsys.readouterr()
    assert "already holds data" in captured.err
    assert "demo data created" not in captured.out
    assert _counts(factory) == before
