"""What the sync layer tells the user, in English source form, marked for translation.

The sync layer has no Qt; the views translate these with context "Sync". Messages the server
sends are replaced by ours where we know the code, so the user reads them in their language.
"""

from __future__ import annotations

from enquiries.i18n import QT_TRANSLATE_NOOP

UNREACHABLE = QT_TRANSLATE_NOOP("Sync", "The server cannot be reached. Your changes are kept and sent later.")
UNAVAILABLE = QT_TRANSLATE_NOOP(
    "Sync", "The server is not available right now. Your changes are kept and sent later."
)
BUSY = QT_TRANSLATE_NOOP("Sync", "The server is busy right now. Your changes are kept and sent later.")
BAD_ANSWER = QT_TRANSLATE_NOOP(
    "Sync", "The server gave an unexpected answer. Your changes are kept and sent later."
)
NOT_SIGNED_IN = QT_TRANSLATE_NOOP("Sync", "You are not signed in.")
SIGNED_OUT = QT_TRANSLATE_NOOP("Sync", "You have been signed out; please sign in again.")
LOST_TRACK = QT_TRANSLATE_NOOP("Sync", "The server lost track of this device's changes; they are kept.")
NO_TOKEN = QT_TRANSLATE_NOOP("Sync", "No stored sign-in: please enter your password.")
CACHE_LOCKED = QT_TRANSLATE_NOOP(
    "Sync", "The enquiries on this computer are locked with your password: please enter it."
)
CACHE_PASSWORD_WRONG = QT_TRANSLATE_NOOP(
    "Sync", "This password does not open the enquiries stored on this computer."
)
CACHE_PASSWORD_NOTE = QT_TRANSLATE_NOOP(
    "Sync",
    "Without a secure keyring the enquiries stored on this computer are encrypted with your "
    "password: you will be asked for it at every start, also without a connection.",
)
# %1: the time left, 14:59 (minutes:seconds) or 1:04:59 from an hour on; the sign-in dialog counts it down.
TOO_MANY_ATTEMPTS = QT_TRANSLATE_NOOP("Sync", "Too many failed attempts. Please wait %1 before trying again.")

BY_CODE = {
    "invalid_credentials": QT_TRANSLATE_NOOP("Sync", "Wrong login or password."),
    "account_inactive": QT_TRANSLATE_NOOP("Sync", "This account has been deactivated."),
    "device_revoked": QT_TRANSLATE_NOOP("Sync", "This device has been signed out; please sign in again."),
    "refresh_reused": QT_TRANSLATE_NOOP(
        "Sync", "This device has been signed out for safety; please sign in again."
    ),
    "refresh_expired": QT_TRANSLATE_NOOP("Sync", "Your sign-in has expired; please sign in again."),
    "invalid_token": QT_TRANSLATE_NOOP("Sync", "Your sign-in has expired; please sign in again."),
    "invite_invalid": QT_TRANSLATE_NOOP(
        "Sync", "This code is not valid (any more): it was used, has expired or was replaced by a newer one."
    ),
    "wrong_client": QT_TRANSLATE_NOOP(
        "Sync", "This computer's data belongs to another sign-in; please sign in again."
    ),
}


def for_code(code: str, fallback: str) -> str:
    return BY_CODE.get(code, fallback)


def wait_text(seconds: int) -> str:
    """A wait as a clock shows it: "04:59", or "1:04:59" from an hour on."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def too_many_attempts(seconds: int, template: str = TOO_MANY_ATTEMPTS) -> str:
    """The throttled sign-in's sentence (`template`: its translation) for a wait of `seconds`."""
    return template.replace("%1", wait_text(seconds))
