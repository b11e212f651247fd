"""`enquiry-server admin ...` for scripts: companies, routes, intake keys and the partner import,
through the same store functions as the API. A bad CSV row is reported by its line and nothing of
the file is applied."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from central.cli import main
from central.store.accounts import PARTNER, Company
from tests.server.helpers import TEST_SECRET
from tests.server.test_init import ARGS as INIT


@pytest.fixture
def installed(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    for name, value in {
        "DATABASE_URL": db_url,
        "DATA_DIR": str(tmp_path / "data"),
        "SECRET_KEY": TEST_SECRET,
        "JOBS_ENABLED": "false",
        "ENQUIRY_ADMIN_PASSWORD": "long enough secret 42",
    }.items():
        monkeypatch.setenv(name, value)
    assert main(INIT) == 0
    capsys.readouterr()
    return db_url


def partners(db_url: str) -> dict[str, Company]:
    engine = create_engine(db_url)
    try:
        with Session(engine) as session:
            rows = session.scalars(select(Company).where(Company.kind == PARTNER)).all()
            return {c.name: c for c in rows}
    finally:
        engine.dispose()


def test_company_add_list_update_deactivate(installed: str, capsys: pytest.CaptureFixture[str]) -> None:
    add = ["admin", "company", "add", "--name", "Fenster Süd", "--country", "DE", "--subdivision", "BY"]
    assert main([*add, "--timezone", "Europe/Berlin", "--postcodes", "80000-87999;90"]) == 0
    company_id = capsys.readouterr().out.split()[0]
    assert partners(installed)["Fenster Süd"].postcode_ranges == ["80000-87999", "90"]

    other = [
        "admin",
        "company",
        "add",
        "--name",
        "Fenster West",
        "--country",
        "DE",
        "--timezone",
        "Europe/Berlin",
    ]
    assert main([*other, "--postcodes", "86000-86999"]) == 0
    assert "overlaps Fenster Süd" in capsys.readouterr().out, "an overlap is shown, not refused"

    assert main(["admin", "company", "update", company_id, "--name", "Fenster Süd GmbH"]) == 0
    assert main(["admin", "company", "list"]) == 0
    listed = capsys.readouterr().out
    assert "Fenster Süd GmbH" in listed and "DE-BY" in listed

    assert main(["admin", "company", "deactivate", company_id]) == 0
    assert "deactivated; 0 pending offer(s) forwarded" in capsys.readouterr().out
    assert not partners(installed)["Fenster Süd GmbH"].active


def test_a_bad_company_is_refused_with_a_sentence(installed: str, capsys: pytest.CaptureFixture[str]) -> None:
    bad = ["admin", "company", "add", "--name", "Irgendwo", "--country", "DE", "--subdivision", "XX"]
    assert main([*bad, "--timezone", "Europe/Berlin"]) == 2
    assert "not a region of DE" in capsys.readouterr().err
    assert partners(installed) == {}


def write_csv(path: Path, *rows: str) -> Path:
    path.write_text(
        "\n".join(["name,country,subdivision,timezone,postcode_ranges", *rows]) + "\n", encoding="utf-8"
    )
    return path


def test_a_good_partner_file_is_imported(
    installed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_csv(
        tmp_path / "partners.csv",
        "Fenster Müller GmbH,DE,BY,Europe/Berlin,80000-87999",
        "Serramenti Rossi Srl,IT,BZ,Europe/Rome,39000-39999",
        "Alpenfenster KG,AT,,Europe/Vienna,6000-6999;7",
    )
    assert main(["admin", "import-partners", str(good)]) == 0
    assert "3 partner(s) imported" in capsys.readouterr().out
    found = partners(installed)
    assert sorted(found) == ["Alpenfenster KG", "Fenster Müller GmbH", "Serramenti Rossi Srl"]
    assert found["Alpenfenster KG"].subdivision is None
    assert found["Alpenfenster KG"].postcode_ranges == ["6000-6999", "7"]


def test_a_file_with_one_bad_row_applies_nothing_and_names_the_line(
    installed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write_csv(
        tmp_path / "partners.csv",
        "Fenster Müller GmbH,DE,BY,Europe/Berlin,80000-87999",
        "Serramenti Rossi Srl,IT,BZ,Europe/Atlantis,39000-39999",
        "Alpenfenster KG,AT,,Europe/Vienna,6000-6999",
    )
    assert main(["admin", "import-partners", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "line 3:" in err and "Unknown time zone" in err and "Nothing of the file was applied" in err
    assert partners(installed) == {}, "the good rows before it were not kept either"

    wrong_header = tmp_path / "wrong.csv"
    wrong_header.write_text("firma,land\nX,DE\n", encoding="utf-8")
    assert main(["admin", "import-partners", str(wrong_header)]) == 2
    assert "line 1 must name the columns" in capsys.readouterr().err


def test_routes_and_keys_from_the_command_line(installed: str, capsys: pytest.CaptureFixture[str]) -> None:
    add = [
        "admin",
        "company",
        "add",
        "--name",
        "Fenster Süd",
        "--country",
        "DE",
        "--timezone",
        "Europe/Berlin",
    ]
    assert main(add) == 0
    partner = capsys.readouterr().out.split()[0]
    assert main(["admin", "person", "list"]) == 0
    admin = capsys.readouterr().out.split()[0]
    route = ["admin", "route", "add", "--name", "Bayern", "--country", "DE", "--postcodes", "80000-87999"]
    assert main([*route, "--chain", f"partner:{partner}", "--owner", admin]) == 0
    route_id = capsys.readouterr().out.split()[0]
    assert main(["admin", "route", "update", route_id, "--priority", "50", "--products", "PVC windows"]) == 0
    assert main(["admin", "route", "list"]) == 0
    assert "priority 50" in capsys.readouterr().out
    assert main(["admin", "route", "update", route_id, "--chain", "somebody"]) == 2
    assert "write partner:<id> or person:<id>" in capsys.readouterr().err

    assert main(["admin", "intake-key", "add", "--label", "Website"]) == 0
    key_id = capsys.readouterr().out.split()[0]
    assert main(["admin", "intake-key", "update", key_id, "--label", "Website (new)"]) == 0
    assert main(["admin", "intake-key", "revoke", key_id]) == 0
    capsys.readouterr()
    assert main(["admin", "intake-key", "list"]) == 0
    listed = capsys.readouterr().out
    assert "Website (new)" in listed and "revoked" in listed and "edk_" not in listed.split("…")[1]
