"""Find or make the key that opens a login's cache, at sign-in (issue 14, point 1).

With a secure keyring the key is kept there (`cache_key.from_keyring`) and a remembered sign-in
starts without a password. Without one the key is wrapped with the sign-in password
(`<cache>.key`), so every start asks for the password - also offline, where it is checked against
the wrapped key alone. A plain cache from before the encryption is encrypted once, outbox and
sync position included (`cache_encrypt.encrypt_plain`).

A key that cannot open an existing encrypted cache (the keyring was cleared, the key file lost)
leaves a file nobody can read: it is removed and the cache filled again from the server.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop.models import cache_key
from desktop.models.cache import wipe
from desktop.models.cache_encrypt import encrypt_plain, finish_interrupted, is_plain
from desktop.sync import messages
from desktop.sync.transport import Rejected, SignedOut

log = logging.getLogger(__name__)


class CacheLocked(SignedOut):
    """No secure keyring and no password: the cache cannot be opened without the password."""

    def __init__(self) -> None:
        super().__init__(messages.CACHE_LOCKED, "cache_locked")


class WrongCachePassword(Rejected):
    """The password does not unwrap this computer's key (offline, or changed since)."""

    def __init__(self) -> None:
        super().__init__(messages.CACHE_PASSWORD_WRONG, "cache_password")


def _wrapped(path: Path, password: str | None) -> bytes:
    if password is None:
        raise CacheLocked()
    try:
        key = cache_key.load_wrapped(path, password)
    except cache_key.WrongPassword:
        raise WrongCachePassword() from None
    except cache_key.DamagedKeyFile as exc:
        log.warning("cache key file %s unreadable (%s): a new key, the cache filled again", path, exc)
        key = None
    if key is None:
        key = cache_key.new_key()
        cache_key.save_wrapped(path, key, password)
    return key


def _kept(path: Path, password: str | None) -> bytes:
    key = cache_key.from_keyring(path)
    if key is not None:
        return key
    # A key wrapped before a secure keyring appeared moves into it; else a new one.
    key = _wrapped(path, password) if cache_key.key_file(path).exists() else cache_key.new_key()
    if not cache_key.to_keyring(path, key):
        log.warning("the keyring refused the cache key: wrapping it with the password instead")
        return _wrapped(path, password)
    cache_key.key_file(path).unlink(missing_ok=True)
    return key


def _opens(path: Path, key: bytes) -> bool:
    """The key reads the file (its first page: the schema), whatever version the cache is at."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    try:
        cache_key.unlock(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:  # "file is not a database": another key
        return False
    finally:
        conn.close()


def unlock(path: Path, password: str | None, *, secure: bool) -> bytes:
    """The key of the cache at `path` (made and stored when there is none yet); the cache is
    encrypted with it if it is still plain. Raises CacheLocked, WrongCachePassword."""
    path.parent.mkdir(parents=True, exist_ok=True)
    finish_interrupted(path)
    key = _kept(path, password) if secure else _wrapped(path, password)
    if path.exists():
        if is_plain(path):
            encrypt_plain(path, key)
        elif not _opens(path, key):
            log.warning("cache %s does not open with its key: removed, to be filled from the server", path)
            wipe(path)
    return key


def existing_key(path: Path, password: str | None) -> bytes | None:
    """The key of the cache at `path` if one is kept and opens with what is given; never makes,
    stores or changes anything (to read a cache after a refused sign-in). None: a plain cache too."""
    key = cache_key.from_keyring(path)
    if key is None and password is not None:
        try:
            key = cache_key.load_wrapped(path, password)
        except (cache_key.WrongPassword, cache_key.DamagedKeyFile):
            return None
    return key


def forget(path: Path) -> None:
    """The key's every copy (keyring and key file), with the cache it opened."""
    cache_key.forget(path)
