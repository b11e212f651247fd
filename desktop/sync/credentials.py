"""Where the refresh token lives between runs: the OS keyring, and only if it is a secure one.

On a desktop the keyring is the Windows Credential Locker, the macOS Keychain or the Secret
Service. Where there is none (a headless Linux) or only a plaintext one, the user is told and
decides; nothing is written silently to an insecure place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import keyring
import keyring.backend

from desktop import keyring_store
from enquiries.i18n import QT_TRANSLATE_NOOP

SERVICE = "enquiry-desk"


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    secure: bool
    name: str

    @property
    def template(self) -> str:
        if not self.available:
            return NO_KEYRING
        return INSECURE_KEYRING if not self.secure else SECURE_KEYRING

    @property
    def message(self) -> str:
        return self.template.format(name=self.name)


NO_KEYRING = QT_TRANSLATE_NOOP(
    "Sync",
    "No keyring is available on this computer, so your sign-in cannot be remembered: "
    "you will be asked for your password next time.",
)
INSECURE_KEYRING = QT_TRANSLATE_NOOP(
    "Sync",
    "The only keyring available ({name}) stores secrets unencrypted. "
    "Remember the sign-in there only if nobody else can read your files.",
)
SECURE_KEYRING = QT_TRANSLATE_NOOP("Sync", "Your sign-in is kept in {name}.")


def status(backend: Any = None) -> KeyringStatus:
    backend = backend or keyring.get_keyring()
    name = type(backend).__module__ + "." + type(backend).__name__
    if "fail" in name.lower() or "null" in name.lower():
        return KeyringStatus(False, False, name)
    try:
        priority = float(backend.priority)
    except Exception:
        return KeyringStatus(False, False, name)
    insecure = "plaintext" in name.lower() or "unencrypted" in name.lower() or priority < 1
    return KeyringStatus(True, not insecure, name)


def account(server_url: str, login: str) -> str:
    return f"{login.lower()}@{server_url.rstrip('/')}"


def load(server_url: str, login: str) -> str | None:
    return keyring_store.get(SERVICE, account(server_url, login))


def save(server_url: str, login: str, token: str) -> bool:
    return keyring_store.put(SERVICE, account(server_url, login), token)


def forget(server_url: str, login: str) -> None:
    keyring_store.drop(SERVICE, account(server_url, login))
