"""Issue 14 point 1, its building blocks: a plain cache encrypted once with nothing lost, the bytes
on disk (main, -wal, -shm) free of the contact values, and the key's two homes (the OS keyring;
a password-wrapped `<cache>.key` where there is no secure keyring)."""

from __future__ import annotations

import base64
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from desktop.models import cache_key
from desktop.models.cache import open_cache
from desktop.models.cache_encrypt import encrypt_plain, is_plain
from tests.sync.memory_keyring import MemoryKeyring, installed

NAME, EMAIL, PHONE = "Zebedee Quaxworth", "zebedee.quaxworth@example.org", "+49 170 5550199"
VALUES = (NAME.encode(), EMAIL.encode(), PHONE.encode(), b"Quaxworth")


def disk_bytes(path: Path) -> bytes:
    """What a thief reads off the disk: the main file and its WAL and shared-memory companions."""
    parts = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
    return b"".join(p.read_bytes() for p in parts if p.exists())


def plain_cache_with_a_contact(path: Path) -> None:
    engine = open_cache(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO enquiries (id, number, status, received_at, contact_name, email, phone, json,"
            " anonymised, offered_to_us, type, product_interest, channel, postcode, city, country,"
            " changed_fields, pending) VALUES ('e-1', 'A-0001', 'accepted', '2026-12-01T09:00:00Z',"
            " ?, ?, ?, '{}', 0, 0, '', '', 'web', '10115', 'Berlin', 'DE', '', 0)",
            (NAME, EMAIL, PHONE),
        )
        conn.exec_driver_sql(
            "INSERT INTO enquiries_fts (rowid, number, contact, place, product, notes)"
            " SELECT rowid, number, contact_name || ' ' || email, '', '', '' FROM enquiries"
        )
        conn.exec_driver_sql(
            "INSERT INTO outbox (mutation_id, name, args, target_id, created_at)"
            " VALUES (7, 'add_note', ?, 'e-1', '2026-12-01T10:00:00Z')",
            (json.dumps({"enquiry_id": "e-1", "text": f"Called {NAME} back"}),),
        )
    engine.dispose()


def opened(path: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    cache_key.unlock(conn, key)
    return conn


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with installed(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


def test_a_plain_cache_is_encrypted_once_keeping_the_outbox_and_no_contact_value_on_disk(
    tmp_path: Path,
) -> None:
    path = tmp_path / "anna.sqlite3"
    plain_cache_with_a_contact(path)
    before = disk_bytes(path)
    assert is_plain(path)
    assert all(value in before for value in VALUES), "the plain cache holds the contact (the risk)"

    key = cache_key.new_key()
    encrypt_plain(path, key)

    assert not is_plain(path)
    after = disk_bytes(path)
    assert [value for value in VALUES if value in after] == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anna.sqlite3"], "no plain copy left beside it"
    conn = opened(path, key)
    assert conn.execute("SELECT mutation_id, name, target_id FROM outbox").fetchall() == [
        (7, "add_note", "e-1")
    ]
    assert conn.execute("SELECT contact_name, email FROM enquiries").fetchall() == [(NAME, EMAIL)]
    hits = conn.execute("SELECT rowid FROM enquiries_fts WHERE enquiries_fts MATCH 'quaxworth'").fetchall()
    assert len(hits) == 1, "the search index came along"
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("c0006",)
    conn.close()


def test_writes_to_an_encrypted_cache_leave_no_contact_value_in_the_wal_or_shm(tmp_path: Path) -> None:
    path = tmp_path / "anna.sqlite3"
    plain_cache_with_a_contact(path)
    key = cache_key.new_key()
    encrypt_plain(path, key)
    conn = opened(path, key)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")  # keep the new pages in the WAL to look at them
    conn.execute("UPDATE enquiries SET city = 'Quaxhausen-an-der-Lieser'")
    assert Path(f"{path}-wal").stat().st_size > 0, "the change sits in the WAL"
    assert b"Quaxhausen" not in disk_bytes(path)
    assert [value for value in VALUES if value in disk_bytes(path)] == []
    assert conn.execute("SELECT city FROM enquiries").fetchone() == ("Quaxhausen-an-der-Lieser",)
    conn.close()


def test_an_encrypted_cache_does_not_open_without_its_key_or_with_another(tmp_path: Path) -> None:
    path = tmp_path / "anna.sqlite3"
    plain_cache_with_a_contact(path)
    encrypt_plain(path, cache_key.new_key())
    for conn in (sqlcipher3.connect(str(path)), opened(path, cache_key.new_key())):
        with pytest.raises(sqlcipher3.DatabaseError, match="not a database"):
            conn.execute("SELECT count(*) FROM outbox").fetchall()
        conn.close()


def test_a_half_done_encryption_is_redone_from_the_untouched_plain_cache(tmp_path: Path) -> None:
    path = tmp_path / "anna.sqlite3"
    plain_cache_with_a_contact(path)
    Path(f"{path}.encrypting").write_bytes(b"half a file from a crash")
    key = cache_key.new_key()
    encrypt_plain(path, key)
    assert opened(path, key).execute("SELECT count(*) FROM outbox").fetchone() == (1,)
    assert not Path(f"{path}.encrypting").exists()


def test_the_password_wrapped_key_opens_only_with_that_password(tmp_path: Path) -> None:
    cache = tmp_path / "anna.sqlite3"
    key = cache_key.new_key()
    cache_key.save_wrapped(cache, key, "correct horse battery")
    stored = cache_key.key_file(cache)
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert key.hex().encode() not in stored.read_bytes() and key not in stored.read_bytes()
    assert cache_key.load_wrapped(cache, "correct horse battery") == key
    with pytest.raises(cache_key.WrongPassword):
        cache_key.load_wrapped(cache, "correct horse batterY")
    assert cache_key.load_wrapped(tmp_path / "other.sqlite3", "correct horse battery") is None


def test_an_altered_key_file_is_refused_not_misread(tmp_path: Path) -> None:
    cache = tmp_path / "anna.sqlite3"
    cache_key.save_wrapped(cache, cache_key.new_key(), "pw")
    record = json.loads(cache_key.key_file(cache).read_text())
    wrapped = bytearray(base64.b64decode(record["wrapped"]))
    wrapped[3] ^= 0x01
    record["wrapped"] = base64.b64encode(bytes(wrapped)).decode()
    cache_key.key_file(cache).write_text(json.dumps(record))
    with pytest.raises(cache_key.WrongPassword):
        cache_key.load_wrapped(cache, "pw")
    cache_key.key_file(cache).write_text("{not json")
    with pytest.raises(cache_key.DamagedKeyFile):
        cache_key.load_wrapped(cache, "pw")
    cache_key.key_file(cache).write_text(json.dumps({"version": 99}))
    with pytest.raises(cache_key.DamagedKeyFile):
        cache_key.load_wrapped(cache, "pw")


def test_the_key_in_the_keyring_and_forgetting_every_copy(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    cache = tmp_path / "anna.sqlite3"
    assert cache_key.from_keyring(cache) is None
    key = cache_key.new_key()
    assert cache_key.to_keyring(cache, key)
    assert cache_key.from_keyring(cache) == key
    assert (cache_key.SERVICE, cache_key.keyring_account(cache)) in memory_keyring.secrets
    cache_key.save_wrapped(cache, key, "pw")
    cache_key.forget(cache)
    assert cache_key.from_keyring(cache) is None
    assert not os.path.exists(cache_key.key_file(cache))


def test_the_cache_engine_and_the_windows_reader_work_on_an_encrypted_file(tmp_path: Path) -> None:
    from desktop.models import meta
    from desktop.models.cache import open_reader, writing

    path = tmp_path / "anna.sqlite3"
    key = cache_key.new_key()
    engine = open_cache(path, key)  # a new cache: created encrypted, migrated by Alembic
    with writing(engine) as conn:
        meta.set(conn, "user", json.dumps({"display_name": NAME, "email": EMAIL}))
    assert not is_plain(path)
    assert [value for value in VALUES[:2] if value in disk_bytes(path)] == []

    reader = open_reader(path, key)
    assert reader is not None
    assert json.loads(meta.get(reader, "user") or "{}")["email"] == EMAIL
    reader.close()
    assert open_reader(path) is None, "no key: the window falls back to signing in, it does not crash"
    assert open_reader(path, cache_key.new_key()) is None
    engine.dispose()


def test_a_cache_encrypted_from_plain_opens_at_its_schema_with_the_outbox(tmp_path: Path) -> None:
    from sqlalchemy import text

    path = tmp_path / "anna.sqlite3"
    plain_cache_with_a_contact(path)
    key = cache_key.new_key()
    encrypt_plain(path, key)
    engine = open_cache(path, key)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT mutation_id FROM outbox")).scalars().all() == [7]
    engine.dispose()


def test_a_crash_between_setting_the_plain_file_aside_and_moving_the_encrypted_one_in_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.models import cache_encrypt

    path = tmp_path / "anna.sqlite3"
    plain_cache_with_a_contact(path)
    key = cache_key.new_key()
    real_replace, moves = os.replace, []

    def crash_on_second_move(src: object, dst: object) -> None:
        moves.append(src)
        if len(moves) == 2:
            raise OSError("power cut")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(cache_encrypt.os, "replace", crash_on_second_move)
    with pytest.raises(OSError, match="power cut"):
        encrypt_plain(path, key)
    assert not path.exists(), "the crash came between the two moves"
    monkeypatch.setattr(cache_encrypt.os, "replace", real_replace)

    cache_encrypt.finish_interrupted(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anna.sqlite3"]
    assert opened(path, key).execute("SELECT mutation_id FROM outbox").fetchall() == [(7,)]
    assert [value for value in VALUES if value in disk_bytes(path)] == []
