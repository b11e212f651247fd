"""Sign in and open the matching cache: the one place that ties server, login, keyring and cache.

A revoked device or account wipes the local cache (its personal data is no longer ours to keep)
and forgets the stored token; the caller shows `SignedOut`'s message.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.models import meta
from desktop.models.cache import cache_path, open_cache, wipe
from desktop.sync import credentials, messages
from desktop.sync.engine import SyncEngine
from desktop.sync.transport import Offline, SignedOut, Transport


@dataclass
class DeskSession:
    server_url: str
    login: str
    path: Path
    sync: SyncEngine
    remember: bool

    def signed_out(self) -> None:
        """The server refused this device: wipe the cache and forget the token."""
        self.sync.db.dispose()
        wipe(self.path)
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
    """Sign in with `password`, or with the stored refresh token when no password is given."""
    path = cache_path(server_url, login, data_dir)
    db = open_cache(path)
    transport = transport or Transport(server_url)
    engine = SyncEngine(db, transport)
    session = DeskSession(server_url, login, path, engine, remember)
    if remember:
        transport.on_tokens = lambda token: credentials.save(server_url, login, token)
    try:
        if password is not None:
            body = transport.login(login, password, engine.client_id)
            if remember:
                credentials.save(server_url, login, body["refresh_token"])
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
