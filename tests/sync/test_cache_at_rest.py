"""The cache on disk, signed in for real (issue 14, point 1): encrypted with a key from the keyring,
or - without a secure keyring - with a key locked by the password, asked for at an offline start.

"The bytes on disk (main, -wal, -shm) contain none of the contact values": grepped below, before
and after a plain cache of an earlier version is encrypted at the next sign-in, outbox kept.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from desktop.models import cache_key
from desktop.models.cache import cache_path, open_cache, open_reader
from desktop.sync import outbox
from desktop.sync.cache_unlock import CacheLocked, WrongCachePassword
from desktop.sync.engine import SyncEngine, utcnow
from desktop.sync.session import DeskSession, open_session
from desktop.sync.transport import SignedOut, Transport
from enquiries.commands import AcceptOffer, AddNote
from tests.sync.memory_keyring import MemoryKeyring
from tests.sync.scenario import MUELLER, SECRET_CONTACT, SECRET_VALUES, create_and_offer, signed_in, synced

MAX = "max@mueller.example"
PASSWORD = "demo"
NOTE = "Kundin ruft Donnerstag zurueck"


def on_disk(path: Path) -> bytes:
    """The main file, its WAL and its shared memory, as a thief would copy them."""
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())


def partner_with_data(url: str, tmp_path: Path) -> str:
    """Head office offers an enquiry with SECRET_CONTACT to Mueller; returns its id."""
    anna = signed_in(url, "anna@hq.example", tmp_path / "anna")
    try:
        enquiry_id = create_and_offer(anna, MUELLER, **SECRET_CONTACT)
        synced(anna)
    finally:
        anna.close()
    return enquiry_id


def found(blob: bytes) -> list[str]:
    return [v for v in SECRET_VALUES if v.encode() in blob]


def accepted_in_session(session: DeskSession, enquiry_id: str) -> None:
    """Max accepts the offer and syncs: the contact data arrives in his cache."""
    with session.sync.db.begin() as conn:
        outbox.append(conn, AcceptOffer(enquiry_id=enquiry_id), utcnow())
    session.sync.sync_once()
    session.sync.sync_once()
    with session.sync.db.connect() as conn:
        email = conn.execute(
            text("SELECT email FROM enquiries WHERE id = :i"), {"i": enquiry_id}
        ).scalar_one()
    assert email == SECRET_CONTACT["email"]


def plain_cache_with_an_edit(url: str, path: Path, enquiry_id: str) -> int:
    """A partner's cache as the version before encryption left it: the offer accepted, the
    contact data synced, one note not sent yet. Returns the outbox's length."""
    db = open_cache(path)
    transport = Transport(url)
    try:
        engine = SyncEngine(db, transport)
        transport.login(MAX, PASSWORD, engine.client_id)
        engine.remember_user(transport.user or {})
        engine.sync_once()
        with db.begin() as conn:
            outbox.append(conn, AcceptOffer(enquiry_id=enquiry_id), utcnow())
        engine.sync_once()
        engine.sync_once()
        with db.begin() as conn:
            outbox.append(
                conn, AddNote(enquiry_id=enquiry_id, note_id=str(uuid.uuid4()), text=NOTE), utcnow()
            )
        return engine.pending_count()
    finally:
        transport.close()
        db.dispose()


def test_a_plain_cache_is_encrypted_at_the_next_sign_in_outbox_kept(
    live_server: Any, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = cache_path(live_server.url, MAX, tmp_path)
    pending = plain_cache_with_an_edit(live_server.url, path, partner_with_data(live_server.url, tmp_path))
    assert found(on_disk(path)) == list(SECRET_VALUES), "a plain cache shows every contact value"
    assert NOTE.encode() in on_disk(path)

    session = open_session(live_server.url, MAX, PASSWORD, data_dir=tmp_path, remember=True)
    try:
        assert session.sync.pending_count() == pending == 1, "the unsent note survived the encryption"
        assert found(on_disk(path)) == [], "no contact value readable in main, -wal or -shm"
        assert NOTE.encode() not in on_disk(path)
        assert not path.read_bytes().startswith(b"SQLite format 3")
        assert session.key is not None and cache_key.from_keyring(path) == session.key
        assert open_reader(path) is None, "without the key the file does not open"
        reader = open_reader(path, session.key)
        assert reader is not None
        assert reader.execute("SELECT contact_name FROM enquiries").fetchone()[0] == "Zwirnpichler, Quirin"
        reader.close()
        session.sync.sync_once()  # the kept note goes out and the synced rows land encrypted too
        assert session.sync.pending_count() == 0
        assert found(on_disk(path)) == []
    finally:
        session.close()
    assert found(on_disk(path)) == []


def test_a_remembered_start_opens_the_cache_with_the_keyrings_key(
    live_server: Any, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    enquiry_id = partner_with_data(live_server.url, tmp_path)
    first = open_session(live_server.url, MAX, PASSWORD, data_dir=tmp_path, remember=True)
    accepted_in_session(first, enquiry_id)
    first.close()
    assert found(on_disk(first.path)) == []
    again = open_session(live_server.url, MAX, None, data_dir=tmp_path, remember=True)
    try:
        assert again.key == first.key
        assert contact_emails(again) == [SECRET_CONTACT["email"]], "the same cache, read with the same key"
        assert not cache_key.key_file(again.path).exists(), "no password-wrapped copy beside a keyring"
    finally:
        again.close()


def contact_emails(session: DeskSession) -> list[str]:
    with session.sync.db.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT email FROM enquiries WHERE email != ''"))]


def close_then(session: DeskSession) -> tuple[Path, bytes | None]:
    path, key = session.path, session.key
    session.close()
    return path, key


def test_without_a_secure_keyring_the_password_unlocks_the_cache_also_offline(
    live_server: Any, tmp_path: Path, plaintext_keyring: MemoryKeyring
) -> None:
    url = live_server.url
    enquiry_id = partner_with_data(url, tmp_path)
    first = open_session(url, MAX, PASSWORD, data_dir=tmp_path)
    accepted_in_session(first, enquiry_id)
    path, key = close_then(first)
    assert cache_key.key_file(path).exists(), "the key, wrapped with the password, beside the cache"
    assert cache_key.from_keyring(path) is None, "never put into a keyring that stores it in the clear"
    assert found(on_disk(path) + cache_key.key_file(path).read_bytes()) == []
    assert key is not None and key.hex().encode() not in cache_key.key_file(path).read_bytes()

    with pytest.raises(CacheLocked) as locked:
        open_session(url, MAX, None, data_dir=tmp_path)
    assert "password" in str(locked.value)

    live_server.stop()  # the field: no connection
    try:
        with pytest.raises(WrongCachePassword):
            open_session(url, MAX, "not-the-password", data_dir=tmp_path)
        offline = open_session(url, MAX, PASSWORD, data_dir=tmp_path)
        assert offline.key == key
        assert contact_emails(offline) == [SECRET_CONTACT["email"]], (
            "the cache opens offline with the password"
        )
        assert offline.sync.transport.tokens is None, "not signed in yet: the server was not asked"
        offline.close()
    finally:
        live_server.start()
    back = open_session(url, MAX, PASSWORD, data_dir=tmp_path)
    try:
        assert back.sync.transport.tokens is not None
    finally:
        back.close()


def unlocked_offline(live_server: Any, data_dir: Path) -> DeskSession:
    """Signed in and synced once, then a start without a connection, unlocked by the password
    (the server is back when this returns; the session does not know yet)."""
    first = open_session(live_server.url, MAX, PASSWORD, data_dir=data_dir)
    first.sync.sync_once()
    first.close()
    live_server.stop()
    try:
        return open_session(live_server.url, MAX, PASSWORD, data_dir=data_dir)
    finally:
        live_server.start()


def test_an_offline_unlock_signs_in_at_the_first_sync_that_reaches_the_server(
    live_server: Any, tmp_path: Path, plaintext_keyring: MemoryKeyring
) -> None:
    offline = unlocked_offline(live_server, tmp_path)
    try:
        offline.sync.sync_once()
        assert offline.sync.transport.tokens is not None, "signed in with the password given offline"
        assert offline.sync.transport.deferred_login is None, "the password is not kept once used"
    finally:
        offline.close()


def change_password_on_the_server(url: str, new: str) -> None:
    """Max changes his password on another computer (the server's `POST /auth/password`)."""
    with httpx.Client(base_url=url + "/api/v1", timeout=30) as http:
        body = {"login": MAX, "password": PASSWORD, "client_id": "other-computer"}
        token = http.post("/auth/login", json=body).json()["access_token"]
        r = http.post(
            "/auth/password",
            json={"current": PASSWORD, "new": new},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert r.status_code == 204, r.text


def test_a_password_changed_elsewhere_opens_a_new_cache_once_the_server_accepts_it(
    live_server: Any, tmp_path: Path, plaintext_keyring: MemoryKeyring
) -> None:
    url = live_server.url
    enquiry_id = partner_with_data(url, tmp_path)
    first = open_session(url, MAX, PASSWORD, data_dir=tmp_path)
    accepted_in_session(first, enquiry_id)
    path, old_key = close_then(first)
    new_password = "a-new-password-2026"
    change_password_on_the_server(url, new_password)

    live_server.stop()  # offline, the new password cannot be told from a wrong one
    try:
        with pytest.raises(WrongCachePassword):
            open_session(url, MAX, new_password, data_dir=tmp_path)
    finally:
        live_server.start()
    assert cache_key.key_file(path).exists(), "nothing was thrown away offline"

    again = open_session(url, MAX, new_password, data_dir=tmp_path)
    try:
        assert again.key is not None and again.key != old_key, "a new cache with a new key"
        assert cache_key.load_wrapped(path, new_password) == again.key
        again.sync.sync_once()
        assert contact_emails(again) == [SECRET_CONTACT["email"]], "filled again from the server"
    finally:
        again.close()


def test_an_offline_unlock_whose_password_the_server_no_longer_takes_asks_to_sign_in_again(
    live_server: Any, tmp_path: Path, plaintext_keyring: MemoryKeyring
) -> None:
    url = live_server.url
    offline = unlocked_offline(live_server, tmp_path)  # the old password opens the cache
    try:
        change_password_on_the_server(url, "changed-meanwhile-1")
        with pytest.raises(SignedOut) as refused:
            offline.sync.sync_once()
        assert not refused.value.wipes, "the cache and its edits stay"
        assert offline.sync.transport.deferred_login is None, "the refused password is not tried again"
        assert cache_path(url, MAX, tmp_path).exists()
    finally:
        offline.close()
