"""Which failures the user can act on (a sentence in their language) and which are bugs.

Like qutebrowser's split of SQLite errors: the server being away, a full disk or a file that
cannot be read are the user's to know about; everything else is ours, and goes to the crash
dialog and the log. Qt-free: the sentence is translated with context "Failure" at display time.
"""

from __future__ import annotations

import errno
import sys
from typing import Any

from desktop.sync import messages
from enquiries.i18n import QT_TRANSLATE_NOOP

DISK_FULL = QT_TRANSLATE_NOOP("Failure", "The disk is full. Free some space; nothing you entered was lost.")
NO_ACCESS = QT_TRANSLATE_NOOP("Failure", "Enquiry Desk may not read or write %1.")
FILE_PROBLEM = QT_TRANSLATE_NOOP("Failure", "The file could not be read or written: %1")
CACHE_BUSY = QT_TRANSLATE_NOOP(
    "Failure", "The local data is busy (another Enquiry Desk window?). Please try again."
)
TOO_LARGE = QT_TRANSLATE_NOOP("Failure", "Files may be at most 20 MB.")
REFUSED = QT_TRANSLATE_NOOP("Failure", "The server refused this change.")


class Cancelled(Exception):
    """The user cancelled long work; nothing to show."""


class FileTooLarge(ValueError):
    """A document over the server's limit (checked before anything is sent)."""


class AdminRefused(Exception):
    """The server refused an administration request (`desktop/service/admin.py`): its `code` for
    the program, its `message` (one English sentence), the HTTP status and what the sentence names
    (`details`: field, value, limit, reason), from which `desktop.admin_refusals` says it in the
    user's language."""

    def __init__(
        self, message: str, code: str = "", status: int = 0, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status
        self.details = dict(details or {})


def _translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def user_message(error: BaseException) -> str | None:
    """The sentence to show, in the user's language, or None when `error` is a bug."""
    inner = getattr(error, "orig", None)  # SQLAlchemy wraps the driver's error
    if isinstance(inner, BaseException):
        error = inner
    from desktop import admin_refusals  # not at import: none of this is needed for the first paint
    from desktop.sync.transport import Rejected, Throttled, TransportError

    if isinstance(error, Throttled):  # the wait as it was answered; the sign-in dialog counts it down
        return too_many_attempts(error.retry_after)
    if isinstance(error, Rejected) and error.code not in messages.BY_CODE:  # e.g. accepting an invitation
        return admin_refusals.sentence(error.code, str(error), error.details)
    if isinstance(error, TransportError):
        return _translate("Sync", messages.for_code(error.code, str(error)))
    if isinstance(error, FileTooLarge):
        return _translate("Failure", TOO_LARGE)
    if isinstance(error, AdminRefused):
        sentence = admin_refusals.sentence(error.code, error.message, error.details)
        return sentence or _translate("Failure", REFUSED)
    if _cache_operational(error):
        text = str(error).lower()
        if "disk is full" in text or "disk i/o" in text:
            return _translate("Failure", DISK_FULL)
        if "locked" in text or "busy" in text:
            return _translate("Failure", CACHE_BUSY)
        return None
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return _translate("Failure", DISK_FULL)
        where = str(error.filename or "")
        if isinstance(error, PermissionError):
            return _translate("Failure", NO_ACCESS).replace("%1", where)
        return _translate("Failure", FILE_PROBLEM).replace("%1", error.strerror or str(error))
    return None


def _cache_operational(error: BaseException) -> bool:
    """SQLite's "disk full" or "locked", from sqlite3 or from SQLCipher (every cache since issue 14:
    the same DB-API, its own exception classes)."""
    drivers = (sys.modules.get(name) for name in ("sqlite3", "sqlcipher3.dbapi2"))  # loaded ones only
    return any(isinstance(error, driver.OperationalError) for driver in drivers if driver is not None)


def from_server(error: BaseException) -> bool:
    """A failure of talking to the server (unreachable, refused, signed out): views ask this
    instead of importing the transport."""
    from desktop.sync.transport import TransportError

    return isinstance(error, (TransportError, AdminRefused))


def sign_in_wait(error: BaseException) -> int | None:
    """Seconds until the server takes another sign-in attempt, when `error` is its "too many failed
    attempts"; None for any other failure."""
    from desktop.sync.transport import Throttled

    return error.retry_after if isinstance(error, Throttled) else None


def too_many_attempts(seconds: int) -> str:
    """ "Too many failed attempts. Please wait 04:59 ...", in the user's language."""
    return messages.too_many_attempts(seconds, _translate("Sync", messages.TOO_MANY_ATTEMPTS))


def unreachable(error: BaseException) -> bool:
    """The server could not be reached (or answered as if it were away): try again later."""
    from desktop.sync.transport import Offline

    return isinstance(error, Offline)
