"""One secret in the OS keyring, by service and account: read, stored, dropped, never raising.

The sign-in's refresh token (desktop/sync/credentials.py) and the cache's key
(desktop/models/cache_key.py) live there under services of their own; a keyring that refuses
(locked, absent, broken) reads as "nothing stored" and a write that fails answers False.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors


def get(service: str, account: str) -> str | None:
    try:
        return keyring.get_password(service, account)
    except keyring.errors.KeyringError:
        return None


def put(service: str, account: str, secret: str) -> bool:
    try:
        keyring.set_password(service, account, secret)
        return True
    except keyring.errors.KeyringError:
        return False


def drop(service: str, account: str) -> None:
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(service, account)
