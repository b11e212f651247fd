"""A real company's installation, no demo seed anywhere: a fresh database -> `init` -> a partner
with its admin, a route and an intake key (the admin CLI) -> a web enquiry through the intake API
reaches that partner as an offer -> the partner accepts it in the client and sees the contact."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from central.cli import main
from desktop.service import DeskService
from desktop.sync.session import open_session
from enquiries.commands import AcceptOffer
from tests.server.helpers import TEST_SECRET
from tests.server.sync_helpers import intake_body
from tests.sync.conftest import LiveServer, server_db_url  # noqa: F401  (the fixture, both databases)

ADMIN_PASSWORD = "long enough secret 42"
PARTNER_PASSWORD = "partner secret 4711"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


@pytest.fixture
def fresh_server(
    server_db_url: str,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[tuple[LiveServer, str]]:
    for name, value in {
        "DATABASE_URL": server_db_url,
        "DATA_DIR": str(tmp_path / "server-data"),
        "SECRET_KEY": TEST_SECRET,
        "JOBS_ENABLED": "false",
        "ENQUIRY_ADMIN_PASSWORD": ADMIN_PASSWORD,
        "ENQUIRY_PERSON_PASSWORD": PARTNER_PASSWORD,
    }.items():
        monkeypatch.setenv(name, value)
    init = ["init", "--company", "Fenster Nord AG", "--country", "IT", "--subdivision", "BZ"]
    run(
        capsys,
        *init,
        "--timezone",
        "Europe/Rome",
        "--admin-login",
        "greta@nord.example",
        "--admin-name",
        "Greta",
    )
    partner = run(
        capsys,
        "admin",
        "company",
        "add",
        "--name",
        "Fenster Süd GmbH",
        "--country",
        "DE",
        "--subdivision",
        "BY",
        "--timezone",
        "Europe/Berlin",
        "--postcodes",
        "80000-87999",
    ).split()[0]
    run(
        capsys,
        "admin",
        "person",
        "add",
        "--company",
        partner,
        "--login",
        "max@sued.example",
        "--name",
        "Max",
        "--roles",
        "partner_staff;partner_admin",
    )
    greta = next(
        line.split()[0] for line in run(capsys, "admin", "person", "list").splitlines() if "greta@" in line
    )
    run(
        capsys,
        "admin",
        "route",
        "add",
        "--name",
        "Bayern",
        "--country",
        "DE",
        "--postcodes",
        "80000-87999",
        "--chain",
        f"partner:{partner}",
        "--owner",
        greta,
    )
    key_out = run(capsys, "admin", "intake-key", "add", "--label", "Website")
    secret = key_out.split("shown once, keep it in the website's configuration): ")[1].strip()
    server = LiveServer(server_db_url, tmp_path / "server-data")
    server.seeded = True  # no demo seed: what init and the admin CLI made is all there is
    server.start()
    yield server, secret
    server.stop()


def test_a_web_enquiry_reaches_the_new_partner_who_accepts_it_in_the_client(
    fresh_server: tuple[LiveServer, str], tmp_path: Path
) -> None:
    server, secret = fresh_server
    body = intake_body(last_name="Neukunde", postcode="80331", city="München", country="DE")
    answer = httpx.post(
        f"{server.url}/api/v1/intake/enquiries", json=body, headers={"X-Api-Key": secret}, timeout=30
    )
    assert answer.status_code == 201, answer.text
    enquiry_id = answer.json()["id"]

    max_ = DeskService(
        open_session(server.url, "max@sued.example", PARTNER_PASSWORD, data_dir=tmp_path / "max")
    )
    try:
        assert max_.loop.sync_now() is not None, max_.state.message
        offered = max_.reads.enquiry(enquiry_id)
        assert offered is not None and offered["status"] == "offered" and offered["anonymised"]
        assert "Neukunde" not in str(offered), "anonymised until accepted"
        assert isinstance(max_.actions.perform(AcceptOffer(enquiry_id=enquiry_id)), int)
        assert max_.loop.sync_now() is not None and max_.state.pending == 0
        accepted = max_.reads.enquiry(enquiry_id)
        assert accepted is not None and not accepted["anonymised"]
        assert accepted["contact"]["last_name"] == "Neukunde"
        assert accepted["holder_id"] == max_.reads.user["id"]
    finally:
        max_.close()
