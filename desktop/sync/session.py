"""Sign in and open the matching cache: the one place that ties server, login, keyring and cache.

A revoked device or account wipes the local cache (its personal data is no longer ours to keep)
and forgets the stored token; the caller shows `SignedOut`'s message.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop.models import meta
from desktop.models.cache import cache_path, open_cache, wipe
from desktop.sync import cache_unlock, credentials, messages
from desktop.sync.engine import SyncEngine
from desktop.sync.transport import Offline, SignedOut, Transport

log = logging.getLogger(__name__)


@dataclass
class DeskSession:
    server_url: str
    login: str
    path: Path
    sync: SyncEngine
    remember: bool
    key: bytes | None = None  # the cache's SQLCipher key, for the window's reader

    def signed_out(self) -> None:
        """The server refused this device: wipe the cache and forget the token."""
        self.sync.db.dispose()
        wipe(self.path)
        cache_unlock.forget(self.path)
        credentials.forget(self.server_url, self.login)

    def close(self) -> None:
        self.sync.transport.close()
        self.sync.db.dispose()


def _has_cached_user(engine: SyncEngine) -> bool:
    with engine.db.connect() as conn:
        return meta.get(conn, "user") is not None


def open_session(
    server_url: str,
    login: str,
    password: str | None,
    *,
    data_dir: Path | None = None,
    remember: bool = False,
    transport: Transport | None = None,
) -> DeskSession:
    """Sign in with `password`, or with the stored refresh token when no password is given.

    The cache is opened with its key (desktop/sync/cache_unlock.py). Without a secure keyring the
    password is needed for that too: without it, `CacheLocked`; offline, a password that unwraps
    the key opens the cache and the sign-in waits for the first call that reaches the server."""
    path = cache_path(server_url, login, data_dir)
    transport = transport or Transport(server_url)
    secure = credentials.status().secure
    try:
        key = cache_unlock.unlock(path, password, secure=secure)
        fresh_client = None
    except cache_unlock.WrongCachePassword:
        if password is None:
            raise
        key, fresh_client = _changed_password(path, login, password, transport, secure)
    db = open_cache(path, key)
    if fresh_client is not None:
        with db.begin() as conn:
            meta.set(conn, "client_id", fresh_client)
    engine = SyncEngine(db, transport)
    session = DeskSession(server_url, login, path, engine, remember, key)
    if remember:
        transport.on_tokens = lambda token: credentials.save(server_url, login, token)
    try:
        if password is not None:
            try:
                if transport.tokens is None:  # not signed in by _changed_password already
                    transport.login(login, password, engine.client_id)
            except Offline:
                if secure or not _has_cached_user(engine):
                    raise
                # The password unwrapped the key: work on the cache, sign in when the server answers.
                transport.deferred_login = (login, password, engine.client_id)
                return session
            if remember:
                assert transport.tokens is not None
                credentials.save(server_url, login, transport.tokens.refresh)
        else:
            token = credentials.load(server_url, login)
            if token is None:
                raise SignedOut(messages.NO_TOKEN, "no_token")
            try:
                transport.resume(token)
            except Offline:
                if not _has_cached_user(engine):
                    raise
                # Field staff start without a connection: work on the cache; the stored token
                # is tried again (and rotated) with the first sync that reaches the server.
                return session
    except SignedOut as exc:
        if exc.wipes:
            session.signed_out()
        else:
            session.close()
        raise
    except Exception:
        session.close()  # wrong password, server unreachable: nothing is kept open
        raise
    assert transport.user is not None
    engine.remember_user(transport.user)
    return session


def _changed_password(
    path: Path, login: str, password: str, transport: Transport, secure: bool
) -> tuple[bytes, str]:
    """The password does not unwrap the cache's key: either it is wrong, or it was changed since
    (by an administrator's reset, on another computer). The server decides: a sign-in it accepts
    proves the password, and the cache, locked with the old one, is replaced by a new one that the
    sync fills again (`client_id` of the new device). Offline it stays a wrong password."""
    client_id = str(uuid.uuid4())
    try:
        transport.login(login, password, client_id)
    except Offline:
        raise cache_unlock.WrongCachePassword() from None
    log.warning("the password changed since the cache %s was locked: a new cache", path)
    wipe(path)
    cache_unlock.forget(path)
    return cache_unlock.unlock(path, password, secure=secure), client_id
