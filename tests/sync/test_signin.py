"""Signing in against a live server: password, stored (rotating) sign-in, refusals, revoked devices.

The OS keyring is replaced by an in-memory one (headless Linux has no Secret Service).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import text

from desktop.models import cache_key
from desktop.models.cache import cache_path
from desktop.service import DeskService, SyncState
from desktop.sync import credentials
from desktop.sync.session import open_session
from desktop.sync.transport import Rejected, SignedOut
from tests.sync.conftest import LiveServer
from tests.sync.memory_keyring import MemoryKeyring, PlaintextMemoryKeyring, installed

MAX = "max@mueller.example"
ANNA = "anna@hq.example"
GRETA = "greta@hq.example"  # head office's administrator
PASSWORD = "demo"
API = "/api/v1"


def stored(backend: MemoryKeyring, url: str, login: str) -> str | None:
    return backend.secrets.get((credentials.SERVICE, credentials.account(url, login)))


def cache_files(path: Path) -> list[Path]:
    return [Path(str(path) + suffix) for suffix in ("", "-wal", "-shm")]


@contextlib.contextmanager
def admin(url: str, login: str = ANNA) -> Iterator[httpx.Client]:
    """A plain HTTP client signed in as `login` (account administration is not in the desktop yet)."""
    with httpx.Client(base_url=url + API, timeout=30) as http:
        body = {"login": login, "password": PASSWORD, "client_id": "admin-console"}
        r = http.post("/auth/login", json=body)
        assert r.status_code == 200, r.text
        http.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
        yield http


def people_count(session: Any) -> int:
    with session.sync.db.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM people")).scalar_one())


# --- password and stored sign-in --------------------------------------------------------------


def test_password_sign_in_remembers_a_token_that_rotates_on_resume(
    live_server: Any, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    url = live_server.url
    first = open_session(url, MAX, PASSWORD, data_dir=tmp_path, remember=True)
    try:
        assert first.sync.transport.user is not None
        assert first.sync.transport.user["login"] == MAX
        token = stored(memory_keyring, url, MAX)
        assert token is not None
        assert first.sync.transport.tokens is not None
        assert token == first.sync.transport.tokens.refresh
        client_id = first.sync.client_id
        first.sync.sync_once()
    finally:
        first.close()

    second = open_session(url, MAX, None, data_dir=tmp_path, remember=True)
    try:
        rotated = stored(memory_keyring, url, MAX)
        assert rotated is not None and rotated != token, "the stored refresh token must rotate on use"
        assert second.sync.transport.tokens is not None
        assert rotated == second.sync.transport.tokens.refresh
        assert second.sync.client_id == client_id, "same server and login: same cache"
        assert second.sync.transport.user is not None and second.sync.transport.user["login"] == MAX
        report = second.sync.sync_once()
        assert report.pending == 0
        # Resuming continues the same device; it does not sign in a new one.
        devices = second.sync.transport.call("GET", "/auth/devices").json()
        assert [d["client_id"] for d in devices] == [client_id]
    finally:
        second.close()


def test_without_remember_nothing_is_stored(
    live_server: Any, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    session = open_session(live_server.url, MAX, PASSWORD, data_dir=tmp_path, remember=False)
    session.sync.sync_once()  # token refreshes would also go through on_tokens
    session.close()
    assert [k for k in memory_keyring.secrets if k[0] == credentials.SERVICE] == [], "no sign-in kept"
    # Only the key that opens the cache's data (issue 14), under its own service: not a sign-in.
    assert [service for service, _ in memory_keyring.secrets] == [cache_key.SERVICE]


def test_resume_without_stored_token_asks_for_the_password_and_keeps_the_cache(
    live_server: Any, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    session = open_session(live_server.url, MAX, PASSWORD, data_dir=tmp_path)
    session.sync.sync_once()
    session.close()
    with pytest.raises(SignedOut) as caught:
        open_session(live_server.url, MAX, None, data_dir=tmp_path, remember=True)
    assert caught.value.code == "no_token"
    assert "password" in str(caught.value)
    assert cache_path(live_server.url, MAX, tmp_path).exists()


def test_wrong_password_is_rejected_with_the_servers_message_and_keeps_the_cache(
    live_server: Any, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    url = live_server.url
    session = open_session(url, MAX, PASSWORD, data_dir=tmp_path, remember=True)
    session.sync.sync_once()
    client_id, people = session.sync.client_id, people_count(session)
    token = stored(memory_keyring, url, MAX)
    session.close()
    assert people > 0

    with pytest.raises(Rejected) as caught:
        open_session(url, MAX, "not the password", data_dir=tmp_path, remember=True)
    assert caught.value.code == "invalid_credentials"
    assert str(caught.value) == "Wrong login or password."

    assert cache_path(url, MAX, tmp_path).exists()
    assert stored(memory_keyring, url, MAX) == token, "a typo must not forget the stored sign-in"
    again = open_session(url, MAX, PASSWORD, data_dir=tmp_path)
    try:
        assert again.sync.client_id == client_id
        assert people_count(again) == people
    finally:
        again.close()


# --- the server signs the device out ----------------------------------------------------------


def revoke_devices(url: str, person_id: str, client_id: str) -> None:
    with admin(url, GRETA) as http:  # head office's administrator
        r = http.get("/auth/devices", params={"person_id": person_id})
        assert r.status_code == 200, r.text
        devices = [d for d in r.json() if d["client_id"] == client_id]
        assert len(devices) == 1, r.json()
        assert http.delete(f"/auth/devices/{devices[0]['id']}").status_code == 204


def deactivate(url: str, person_id: str) -> None:
    with admin(url, GRETA) as http:
        r = http.post(f"/admin/people/{person_id}/deactivate")
        assert r.status_code == 200, r.text
        assert r.json()["person"]["active"] is False


@pytest.mark.parametrize(
    ("how", "message"),
    [
        ("revoke_device", "This device has been signed out; please sign in again."),
        ("deactivate_account", "This account has been deactivated."),
    ],
)
def test_a_device_signed_out_by_the_server_wipes_the_cache_and_forgets_the_token(
    live_server: Any, tmp_path: Path, memory_keyring: MemoryKeyring, how: str, message: str
) -> None:
    url = live_server.url
    session = open_session(url, MAX, PASSWORD, data_dir=tmp_path, remember=True)
    service = DeskService(session)
    states: list[SyncState] = []
    service.loop.on_state.append(states.append)
    assert service.loop.sync_now() is not None
    assert service.state.online and not service.state.signed_out
    path = session.path
    assert all(f.exists() for f in cache_files(path)), "WAL mode: main file, -wal and -shm"
    assert stored(memory_keyring, url, MAX) is not None
    assert session.sync.transport.user is not None
    person_id = session.sync.transport.user["id"]

    if how == "revoke_device":
        revoke_devices(url, person_id, session.sync.client_id)
    else:
        deactivate(url, person_id)

    assert service.loop.sync_now() is None
    assert service.state.signed_out is True
    assert service.state.online is False
    assert service.state.message == message
    assert states[-1] == service.state, "listeners hear the signed-out state"
    assert [f for f in cache_files(path) if f.exists()] == []
    assert stored(memory_keyring, url, MAX) is None
    session.close()


def test_a_stale_stored_token_of_a_revoked_device_signs_out_on_resume(
    live_server: Any, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    url = live_server.url
    session = open_session(url, MAX, PASSWORD, data_dir=tmp_path, remember=True)
    session.sync.sync_once()
    client_id = session.sync.client_id
    assert session.sync.transport.user is not None
    person_id = session.sync.transport.user["id"]
    session.close()
    revoke_devices(url, person_id, client_id)

    with pytest.raises(SignedOut) as caught:
        open_session(url, MAX, None, data_dir=tmp_path, remember=True)
    assert caught.value.code == "device_revoked"
    assert [f for f in cache_files(cache_path(url, MAX, tmp_path)) if f.exists()] == []
    assert stored(memory_keyring, url, MAX) is None


# --- what the keyring can do here -------------------------------------------------------------


def test_status_without_any_keyring_tells_the_user_the_sign_in_is_not_remembered() -> None:
    with installed(FailKeyring()):
        state = credentials.status()
    assert state.available is False and state.secure is False
    assert "No keyring is available" in state.message
    assert "password" in state.message


def test_status_of_a_plaintext_keyring_says_it_is_insecure() -> None:
    with installed(PlaintextMemoryKeyring()):
        state = credentials.status()
    assert state.available is True and state.secure is False
    assert "PlaintextMemoryKeyring" in state.name
    assert "unencrypted" in state.message


def test_status_of_a_proper_keyring_is_secure(memory_keyring: MemoryKeyring) -> None:
    state = credentials.status()
    assert state.available is True and state.secure is True
    assert state.name.endswith("MemoryKeyring")
    assert "kept in" in state.message


def test_without_a_keyring_load_save_and_forget_fail_softly() -> None:
    with installed(FailKeyring()):
        assert credentials.save("http://server", MAX, "token") is False
        assert credentials.load("http://server", MAX) is None
        credentials.forget("http://server", MAX)  # no exception


def test_the_keyring_fixture_restores_the_previous_backend() -> None:
    import keyring

    before = keyring.get_keyring()
    with installed(MemoryKeyring()):
        assert isinstance(keyring.get_keyring(), MemoryKeyring)
    assert keyring.get_keyring() is before


def test_a_remembered_sign_in_starts_offline_on_the_cache_and_syncs_when_back(
    live_server: LiveServer, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    from enquiries.commands import AddNote, CreateEnquiry

    first = open_session(live_server.url, MAX, PASSWORD, data_dir=tmp_path, remember=True)
    service = DeskService(first)
    assert service.loop.sync_now() is not None
    first.close()

    live_server.stop()  # field staff in a basement: the app must still open with their data
    offline = open_session(live_server.url, MAX, None, data_dir=tmp_path, remember=True)
    service = DeskService(offline)
    assert service.reads.user["login"] == MAX
    assert service.loop.sync_now() is None and not service.state.online and not service.state.signed_out
    assert offline.path.exists(), "starting offline never wipes the cache"
    enquiry_id = "7d1f9f1e-4d7c-4d38-9d51-2f0f5b8a1c01"
    assert service.actions.perform(CreateEnquiry(enquiry_id=enquiry_id, last_name="Keller")) == 1
    assert service.actions.perform(AddNote(enquiry_id=enquiry_id, note_id="n-1", text="measured")) == 2

    live_server.start()
    report = service.loop.sync_now()
    assert report is not None, service.state
    assert report.pushed == 2 and service.state.pending == 0
    assert service.reads.enquiry(enquiry_id)["number"].startswith("E-")
    offline.close()
