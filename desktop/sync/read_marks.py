"""Notifications read on this device, to be told to the server (issue 12): read here, read on
every device of the person. Kept in the cache's meta row `notifications_read` until the server
has them (offline reading is not lost); the sync sends them before each push
(`POST /api/v1/notifications/read`), and the server's notification views come back read."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from desktop.models import meta
from desktop.models.queries import Conn

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from desktop.sync.transport import Transport

PENDING = "notifications_read"
UNSUPPORTED = (404, 405)  # a server from before issue 12: nothing to tell it
CHUNK = 1000


def _load(conn: Conn) -> dict[str, Any]:
    raw = meta.get(conn, PENDING)
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        data = {}
    return {"all": bool(data.get("all")), "ids": [str(i) for i in data.get("ids", [])]}


def remember(conn: Conn, ids: list[str] | None) -> None:
    """`ids` were read here (None: all of them); in the caller's transaction."""
    pending = _load(conn)
    if ids is None:
        pending = {"all": True, "ids": []}
    elif not pending["all"]:
        pending["ids"] = list(dict.fromkeys([*pending["ids"], *ids]))
    meta.set(conn, PENDING, json.dumps(pending))


def send(db: Engine, transport: Transport) -> int:
    """Tell the server what was read; returns how many marks went (all counts as one)."""
    with db.connect() as conn:
        pending = _load(conn)
    if not pending["all"] and not pending["ids"]:
        return 0
    if pending["all"]:
        bodies: list[dict[str, Any]] = [{"all": True}]
    else:  # the server takes up to 5000 ids a request; a long offline list goes in parts
        bodies = [{"ids": pending["ids"][i : i + CHUNK]} for i in range(0, len(pending["ids"]), CHUNK)]
    for body in bodies:
        answer = transport.call("POST", "/notifications/read", json=body)
        if not (200 <= answer.status_code < 300 or answer.status_code in UNSUPPORTED):
            return 0  # kept: the next sync tries again (parts sent twice are read twice: harmless)
    with db.begin() as conn:
        now = _load(conn)  # what was read meanwhile stays for the next sync
        left = [] if pending["all"] else [i for i in now["ids"] if i not in set(pending["ids"])]
        still_all = now["all"] and not pending["all"]
        meta.set(conn, PENDING, json.dumps({"all": still_all, "ids": left}))
    return 1 if pending["all"] else len(pending["ids"])
