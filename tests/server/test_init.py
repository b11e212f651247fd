"""`enquiry-server init`: a real installation starts from an empty database, without the demo.

Head office and its first admin are created and can sign in; a database that already holds an
installation is refused with a sentence and left as it was; every bad value is refused before
anything is written; the password is never echoed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, inspect, select
from sqlalchemy.orm import Session

from central.app import create_app
from central.cli import main
from central.config import Settings
from central.store.accounts import Company, Person
from tests.server.helpers import TEST_SECRET, TestClient

SECRET = "long enough secret 42"
ARGS = [
    "init",
    "--company",
    "Fenster Nord AG",
    "--country",
    "IT",
    "--subdivision",
    "BZ",
    "--timezone",
    "Europe/Rome",
    "--admin-login",
    "Admin@Nord.example",
    "--admin-name",
    "Greta Admin",
]


@pytest.fixture
def env(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SECRET_KEY", TEST_SECRET)
    monkeypatch.setenv("JOBS_ENABLED", "false")
    monkeypatch.setenv("ENQUIRY_ADMIN_PASSWORD", SECRET)
    return db_url


def counts(db_url: str) -> tuple[int, int]:
    engine = create_engine(db_url)
    try:
        if not inspect(engine).has_table("companies"):
            return (0, 0)
        with Session(engine) as session:
            return (
                int(session.scalar(select(func.count()).select_from(Company)) or 0),
                int(session.scalar(select(func.count()).select_from(Person)) or 0),
            )
    finally:
        engine.dispose()


def test_init_creates_head_office_and_an_admin_who_can_sign_in(
    env: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(ARGS) == 0
    out = capsys.readouterr()
    assert "Fenster Nord AG set up" in out.out and "admin@nord.example" in out.out
    assert SECRET not in out.out + out.err, "the password is never echoed"
    assert counts(env) == (1, 1)

    settings = Settings(
        database_url=env, data_dir=str(tmp_path / "data"), secret_key=TEST_SECRET, jobs_enabled=False
    )
    with TestClient(create_app(settings)) as client:
        answer = client.post(
            "/api/v1/auth/login", json={"login": "admin@nord.example", "password": SECRET, "client_id": "c1"}
        )
        assert answer.status_code == 200, answer.text
        user = answer.json()["user"]
        assert user["company_name"] == "Fenster Nord AG" and user["company_kind"] == "head_office"
        assert {"admin", "head_office"} <= set(user["roles"])
        wrong = client.post(
            "/api/v1/auth/login", json={"login": "admin@nord.example", "password": "demo", "client_id": "c2"}
        )
        assert wrong.status_code == 401


def test_init_refuses_a_database_that_holds_an_installation(
    env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(ARGS) == 0
    capsys.readouterr()
    again = [*ARGS]
    again[again.index("Admin@Nord.example")] = "other@nord.example"
    assert main(again) == 2
    assert "already holds an installation" in capsys.readouterr().err
    assert counts(env) == (1, 1), "nothing added, nothing lost"


@pytest.mark.parametrize(
    ("flag", "value", "sentence"),
    [
        ("--country", "XX", "Unknown country code"),
        ("--subdivision", "ZZ", "not a region of IT"),
        ("--timezone", "Europe/Atlantis", "Unknown time zone"),
        ("--admin-login", "not-an-address", "must be an e-mail address"),
    ],
)
def test_init_refuses_bad_values_before_writing_anything(
    env: str, capsys: pytest.CaptureFixture[str], flag: str, value: str, sentence: str
) -> None:
    args = [*ARGS]
    args[args.index(flag) + 1] = value
    assert main(args) == 2
    assert sentence in capsys.readouterr().err
    assert counts(env) == (0, 0)


def test_init_refuses_a_short_password_and_needs_one_without_a_terminal(
    env: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ENQUIRY_ADMIN_PASSWORD", "short")
    assert main(ARGS) == 2
    assert "at least 10 characters" in capsys.readouterr().err
    monkeypatch.delenv("ENQUIRY_ADMIN_PASSWORD")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(ARGS) == 2
    assert "set ENQUIRY_ADMIN_PASSWORD" in capsys.readouterr().err
    assert counts(env) == (0, 0)
