"""`enquiry-desk sync` against a live server: what it prints and the exit status, in every outcome."""

from __future__ import annotations

import io
import re
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import text

from central.demo import INTAKE_KEY
from desktop import sync_cli
from desktop.cli import main
from desktop.models.cache import cache_path, open_cache
from desktop.service import DeskService
from desktop.sync import credentials
from desktop.sync.cache_unlock import existing_key
from desktop.sync.session import open_session
from enquiries.commands import CreateEnquiry
from tests.sync.memory_keyring import MemoryKeyring, PlaintextMemoryKeyring, installed

MAX = "max@mueller.example"
PASSWORD = "demo"


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Never the host's keyring; an empty secure one unless a test installs another."""
    with installed(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(sync_cli.PASSWORD_ENV, PASSWORD)


def sync(url: str, data_dir: Path, *extra: str) -> int:
    return main(["sync", "--server", url, "--login", MAX, "--data-dir", str(data_dir), *extra])


def web_enquiry_for_mueller(url: str) -> str:
    """A web enquiry from Munich: routed at once to Fenster Müller as an offer."""
    body = {
        "channel": "web",
        "type": "offer",
        "product_interest": "windows",
        "first_name": "Maria",
        "last_name": "Huber",
        "email": "maria.huber@example.net",
        "postcode": "80331",
        "city": "München",
        "country": "DE",
    }
    r = httpx.post(url + "/api/v1/intake/enquiries", json=body, headers={"X-Api-Key": INTAKE_KEY})
    assert r.status_code in (200, 201), r.text
    return str(r.json()["id"])


def make_pending_change(url: str, data_dir: Path) -> str:
    """Sign in, sync, then create an enquiry without sending it: one change waits in the outbox."""
    session = open_session(url, MAX, PASSWORD, data_dir=data_dir)
    try:
        service = DeskService(session)
        assert service.loop.sync_now() is not None
        enquiry_id = str(uuid.uuid4())
        command = CreateEnquiry(
            enquiry_id=enquiry_id, last_name="Offline", first_name="Otto", postcode="80331", country="DE"
        )
        assert service.actions.perform(command) == 1
        assert session.sync.pending_count() == 1
    finally:
        session.close()
    return enquiry_id


def outbox_size(url: str, data_dir: Path) -> int:
    path = cache_path(url, MAX, data_dir)
    engine = open_cache(path, existing_key(path, PASSWORD))
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM outbox")).scalar_one())
    finally:
        engine.dispose()


def test_sync_prints_what_it_received_and_that_nothing_waits(
    live_server: Any, tmp_path: Path, password: None, capsys: pytest.CaptureFixture[str]
) -> None:
    web_enquiry_for_mueller(live_server.url)
    assert sync(live_server.url, tmp_path) == 0
    out = capsys.readouterr().out
    received = re.search(r"received (\d+) update\(s\) and (\d+) removal\(s\)", out)
    assert received, out
    assert int(received.group(1)) > 0  # companies, people and the offer
    assert "sent 0 change(s) of 0 waiting" in out
    assert "Still waiting to be sent: 0." in out
    assert MAX in out and live_server.url in out

    # Again: nothing new.
    assert sync(live_server.url, tmp_path) == 0
    out = capsys.readouterr().out
    assert "received 0 update(s) and 0 removal(s)" in out


def test_sync_sends_changes_made_offline(
    live_server: Any, tmp_path: Path, password: None, capsys: pytest.CaptureFixture[str]
) -> None:
    make_pending_change(live_server.url, tmp_path)
    assert sync(live_server.url, tmp_path) == 0
    out = capsys.readouterr().out
    assert "sent 1 change(s) of 1 waiting" in out
    assert "Still waiting to be sent: 0." in out
    assert outbox_size(live_server.url, tmp_path) == 0


def test_wrong_password_is_refused(
    live_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(sync_cli.PASSWORD_ENV, "wrong")
    assert sync(live_server.url, tmp_path) == 1
    captured = capsys.readouterr()
    assert "Sign-in refused" in captured.err
    assert "Wrong login or password." in captured.err
    assert captured.out == ""


def test_server_down_says_it_cannot_be_reached(
    live_server: Any, tmp_path: Path, password: None, capsys: pytest.CaptureFixture[str]
) -> None:
    live_server.stop()
    assert sync(live_server.url, tmp_path) == 1
    err = capsys.readouterr().err
    assert "cannot be reached" in err


def test_no_password_and_no_terminal_names_the_environment_variable(
    live_server: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv(sync_cli.PASSWORD_ENV, raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    with pytest.raises(SystemExit) as caught:
        sync(live_server.url, tmp_path)
    assert caught.value.code not in (0, None)
    assert sync_cli.PASSWORD_ENV in str(caught.value.code)


def test_in_a_terminal_without_the_variable_it_asks_for_the_password(
    live_server: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    asked: list[str] = []
    monkeypatch.delenv(sync_cli.PASSWORD_ENV, raising=False)
    monkeypatch.setattr(sys, "stdin", Terminal(""))
    monkeypatch.setattr(sync_cli.getpass, "getpass", lambda prompt: asked.append(prompt) or PASSWORD)
    assert sync(live_server.url, tmp_path) == 0
    assert asked == [f"Password for {MAX}: "]
    assert "Still waiting to be sent: 0." in capsys.readouterr().out


def test_remember_without_a_keyring_prints_the_note_and_stores_nothing(
    live_server: Any, tmp_path: Path, password: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with installed(FailKeyring()):
        assert sync(live_server.url, tmp_path, "--remember") == 0
        assert credentials.load(live_server.url, MAX) is None
    err = capsys.readouterr().err
    assert "Note: No keyring is available" in err


def test_remember_with_a_plaintext_keyring_needs_explicit_consent(
    live_server: Any, tmp_path: Path, password: None, capsys: pytest.CaptureFixture[str]
) -> None:
    plaintext = PlaintextMemoryKeyring()
    with installed(plaintext):
        assert sync(live_server.url, tmp_path, "--remember") == 0
        err = capsys.readouterr().err
        assert "unencrypted" in err
        assert "--allow-insecure-keyring" in err
        assert plaintext.secrets == {}

        assert sync(live_server.url, tmp_path, "--remember", "--allow-insecure-keyring") == 0
        assert credentials.load(live_server.url, MAX) is not None


def test_remembered_sign_in_is_used_without_a_password(
    live_server: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(sync_cli.PASSWORD_ENV, PASSWORD)
    assert sync(live_server.url, tmp_path, "--remember") == 0
    first = credentials.load(live_server.url, MAX)
    assert first is not None
    assert "Note:" not in capsys.readouterr().err

    monkeypatch.delenv(sync_cli.PASSWORD_ENV)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal: must not ask
    assert sync(live_server.url, tmp_path, "--remember") == 0
    assert "Still waiting to be sent: 0." in capsys.readouterr().out
    second = credentials.load(live_server.url, MAX)
    assert second is not None and second != first


def test_pending_changes_are_kept_when_the_server_is_down(
    live_server: Any, tmp_path: Path, password: None, capsys: pytest.CaptureFixture[str]
) -> None:
    make_pending_change(live_server.url, tmp_path)
    live_server.stop()
    assert sync(live_server.url, tmp_path) == 1
    err = capsys.readouterr().err
    assert "cannot be reached" in err
    assert "1 change(s) are kept on this computer" in err
    assert outbox_size(live_server.url, tmp_path) == 1


def test_pending_changes_are_kept_when_the_server_goes_away_after_sign_in(
    live_server: Any,
    tmp_path: Path,
    password: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_pending_change(live_server.url, tmp_path)

    def sign_in_then_lose_the_server(*args: Any, **kwargs: Any) -> Any:
        session = open_session(*args, **kwargs)
        live_server.stop()
        return session

    monkeypatch.setattr(sync_cli, "open_session", sign_in_then_lose_the_server)
    assert sync(live_server.url, tmp_path) == 1
    err = capsys.readouterr().err
    assert "Sync failed" in err
    assert "cannot be reached" in err
    assert "1 change(s) are kept on this computer and will be sent later" in err
    assert outbox_size(live_server.url, tmp_path) == 1
