"""The cache's encryption key (issue 14, point 1): 32 random bytes, never derived from data.

Where the OS has a secure keyring the key lives there, under its own service name (beside the
refresh token, but not the same secret: signing out forgets the token, not the means to read the
unsent edits). Where there is none - a headless Linux, or only a plaintext keyring - the key is
wrapped (AES key wrap, RFC 3394) with a key derived from the user's password by argon2id, and the
wrapped key sits beside the cache in `<cache>.key`; the password is asked for at an offline start.
A wrapped key, not a key derived straight from the password: a changed password re-wraps 32 bytes
instead of re-encrypting the whole file, and a wrong password is told apart from a damaged file.

SQLCipher gets the key raw (`PRAGMA key = "x'..'"`): no passphrase stretching at every connection
(the window's reader and the sync's writers open several), the argon2 cost is paid once at unlock.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from pathlib import Path
from typing import Any

KEY_BYTES = 32
SERVICE = "enquiry-desk-cache"
WRAPPED_VERSION = 1

# argon2id with 64 MiB, 3 passes, 1 lane: above OWASP's minimum (19 MiB, 2 passes), a fraction of
# a second once per unlock; the parameters are stored with each wrapped key, so they can grow.
ARGON2_TIME_COST = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_PARALLELISM = 1


class WrongPassword(Exception):
    """The password does not unwrap this cache's key (or the key file was altered)."""


class DamagedKeyFile(Exception):
    """`<cache>.key` is not a wrapped key this version can read."""


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def raw(key: bytes) -> str:
    """SQLCipher's spelling of a raw key (`x'..'`): used as given, no passphrase stretching."""
    if len(key) != KEY_BYTES:
        raise ValueError("a cache key is 32 bytes")
    return f"x'{key.hex()}'"


def pragma(key: bytes) -> str:
    """The statement that opens an encrypted cache; the first one on every connection."""
    return f'PRAGMA key = "{raw(key)}"'


# The cache's cipher settings. Not stored in the file (its header is encrypted too): every connection
# must say them, right after the key. 8 KB pages, as the cache's own (desktop/models/cache.py). Each
# page's HMAC with SHA-256 instead of SQLCipher 4's default SHA-512: with the SHA extensions of
# current x86 and ARM processors it checks a page in 10.5 instead of 17.2 us here (a plain page:
# 3.4 us), which the 1M list's first sort by name felt (25 -> 10 ms); still a full-strength MAC.
CIPHER_PAGE_SIZE = 8192
CIPHER_HMAC = "HMAC_SHA256"
CIPHER_RESERVE = 16 + 32  # bytes at each page's end: the IV, then the HMAC


def cipher_settings(schema: str = "") -> list[str]:
    """The PRAGMAs after the key, for the main database or an attached `schema`."""
    prefix = f"{schema}." if schema else ""
    return [
        f"PRAGMA {prefix}cipher_page_size = {CIPHER_PAGE_SIZE}",
        f"PRAGMA {prefix}cipher_hmac_algorithm = {CIPHER_HMAC}",
    ]


def unlock(conn: Any, key: bytes) -> None:
    """Apply the key and the cipher settings to a fresh SQLCipher connection, before anything else."""
    conn.execute(pragma(key))
    for setting in cipher_settings():
        conn.execute(setting)


def key_file(cache: Path) -> Path:
    return Path(str(cache) + ".key")


def _derive(password: str, salt: bytes, time_cost: int, memory_kib: int, parallelism: int) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(password.encode(), salt, time_cost, memory_kib, parallelism, KEY_BYTES, Type.ID)


def wrap(key: bytes, password: str) -> dict[str, Any]:
    """A JSON-ready record of `key` wrapped with `password` (fresh salt each time)."""
    from cryptography.hazmat.primitives.keywrap import aes_key_wrap

    salt = secrets.token_bytes(16)
    # The tests' and benchmarks' switch for cheap argon2 (central/security.py): stored with the record.
    time_cost, memory_kib = (
        (1, 8) if os.environ.get("ENQUIRY_FAST_HASH") == "1" else (ARGON2_TIME_COST, ARGON2_MEMORY_KIB)
    )
    kek = _derive(password, salt, time_cost, memory_kib, ARGON2_PARALLELISM)
    return {
        "version": WRAPPED_VERSION,
        "kdf": "argon2id",
        "salt": base64.b64encode(salt).decode(),
        "time_cost": time_cost,
        "memory_kib": memory_kib,
        "parallelism": ARGON2_PARALLELISM,
        "wrapped": base64.b64encode(aes_key_wrap(kek, key)).decode(),
    }


def unwrap(record: dict[str, Any], password: str) -> bytes:
    from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap

    try:
        if record.get("version") != WRAPPED_VERSION or record.get("kdf") != "argon2id":
            raise DamagedKeyFile(f"unknown key record {record.get('version')!r}")
        salt = base64.b64decode(record["salt"], validate=True)
        wrapped = base64.b64decode(record["wrapped"], validate=True)
        kek = _derive(
            password, salt, int(record["time_cost"]), int(record["memory_kib"]), int(record["parallelism"])
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DamagedKeyFile(str(exc)) from exc
    try:
        key = aes_key_unwrap(kek, wrapped)
    except InvalidUnwrap:
        raise WrongPassword from None
    if len(key) != KEY_BYTES:
        raise DamagedKeyFile("the wrapped key has the wrong length")
    return key


def save_wrapped(cache: Path, key: bytes, password: str) -> None:
    """Write `<cache>.key` atomically, readable by the user only."""
    target = key_file(cache)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(wrap(key, password), out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, target)


def load_wrapped(cache: Path, password: str) -> bytes | None:
    """The key from `<cache>.key` (None when there is no such file)."""
    path = key_file(cache)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        record = json.loads(text)
    except ValueError as exc:
        raise DamagedKeyFile(str(exc)) from exc
    if not isinstance(record, dict):
        raise DamagedKeyFile("not a key record")
    return unwrap(record, password)


def keyring_account(cache: Path) -> str:
    return str(cache.resolve())


def from_keyring(cache: Path) -> bytes | None:
    from desktop import keyring_store

    stored = keyring_store.get(SERVICE, keyring_account(cache))
    if not stored:
        return None
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def to_keyring(cache: Path, key: bytes) -> bool:
    from desktop import keyring_store

    return keyring_store.put(SERVICE, keyring_account(cache), key.hex())


def forget(cache: Path) -> None:
    """Drop every copy of the key (the cache itself is wiped by `cache.wipe`)."""
    from desktop import keyring_store

    keyring_store.drop(SERVICE, keyring_account(cache))
    key_file(cache).unlink(missing_ok=True)
