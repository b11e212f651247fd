"""In-memory keyring backends for tests: a "secure" one, a plaintext one, and a way to install them.

Headless CI has no Secret Service, so tests never touch the real OS keyring: they install one of
these with `installed(...)` and get the previous backend back afterwards.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Stands in for the Windows Credential Locker / macOS Keychain / Secret Service."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("no such password") from None


class PlaintextMemoryKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's PlaintextKeyring: works, but keeps secrets unencrypted."""

    priority = 0.5  # type: ignore[assignment]


@contextlib.contextmanager
def installed(backend: keyring.backend.KeyringBackend) -> Iterator[keyring.backend.KeyringBackend]:
    """Make `backend` the process's keyring for the block; restore the previous one after."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
