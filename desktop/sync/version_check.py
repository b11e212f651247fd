"""Is this client older than the server wants? `GET /health` names the oldest client version it
wants (`min_client_version`, the server's MIN_CLIENT_VERSION); an older client says so in the
status bar and keeps working, online and offline. Nothing is refused because of it.

Asked after a sync that reached the server, at most once an hour while the answer is "fine" (a
server updated meanwhile is noticed the same day); not asked again once it said "update", since
only a new installation changes that. A health answer that does not come, or is not ours, leaves
things as they were.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.sync.transport import Transport

log = logging.getLogger(__name__)
INTERVAL = timedelta(hours=1)


def minimum_from(transport: Transport, timeout: float = 10.0) -> str | None:
    """The server's `min_client_version`, or None when there is no usable answer."""
    from desktop.sync.transport import API

    try:
        response = transport.http.get(API + "/health", timeout=timeout)
        if response.status_code != 200:
            return None
        value = response.json().get("min_client_version")
    except Exception as exc:  # offline, a proxy's page, an older server without the field
        log.info("no version answer from the server: %s", exc)
        return None
    return value if isinstance(value, str) and value else None


class VersionCheck:
    """`required`: the version the server asks for when this client is older, else ""."""

    def __init__(self, clock: Callable[[], datetime], current: Callable[[], str] | None = None) -> None:
        """`current`: this client's version (default: the installed one; tests fake an older one)."""
        self.clock = clock
        self._current = current
        self.required = ""
        self._asked: datetime | None = None

    def due(self) -> bool:
        if self.required:
            return False
        return self._asked is None or self.clock() - self._asked >= INTERVAL

    def ask(self, transport: Transport) -> str:
        """Ask the server when due; returns `required` (unchanged without an answer)."""
        if not self.due():
            return self.required
        from desktop import version  # importlib.metadata: not before the first paint

        minimum = minimum_from(transport)
        if minimum is None:
            return self.required
        self._asked = self.clock()
        current = (self._current or version.current)()
        if version.older(current, minimum):
            log.warning("this client (%s) is older than the server wants (%s)", current, minimum)
            self.required = minimum
        return self.required
