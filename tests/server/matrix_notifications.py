"""Authorisation matrix rows of the caller's notifications (merged into test_authorization_matrix.py).

Every signed-in role has preferences and notifications of its own and nobody else's: there is no
way to name another person. Reading another person's notification, or one that does not exist,
is ignored alike (200, nothing marked) and leaves the other person's notification unread.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
from sqlalchemy import select

from central.store.notification_tables import NotificationRow
from tests.server.matrix_helpers import (
    API,
    HUGO,
    LOGIN,
    OK,
    OUTSIDER,
    Expect,
    Harness,
    Refused,
    everyone,
    new_id,
)

PREFERENCES = f"{API}/account/notification-preferences"
READ = f"{API}/notifications/read"
INVALID = Refused(422, "invalid_request")
CHANNELS = {"in_app": True, "desktop": False, "email": "digest"}
VALID = {
    "groups": dict.fromkeys(("offers", "reminders", "assignments", "activity"), CHANNELS),
    "digest_hour": 7,
}

NOTIFICATION_ENDPOINTS: dict[tuple[str, str], dict[str, dict[str, Expect]]] = {
    ("GET", PREFERENCES): {"-": everyone(OK)},
    ("PUT", PREFERENCES): {"valid": everyone(OK), "invalid": everyone(INVALID)},
    ("POST", READ): {
        "own": everyone(OK),
        "foreign": everyone(OK),  # ignored, like a missing id
        "missing": everyone(OK),
        "all": everyone(OK),
    },
}


def _notice_for(h: Harness, login: str) -> str:
    """A new unread notification of `login`: head office assigns or offers them an enquiry."""
    hugo = h.direct(HUGO)
    enquiry_id = new_id()
    hugo.must("create_enquiry", {"enquiry_id": enquiry_id, "last_name": "Huber", "postcode": "80331"})
    person = h.people[login]
    if person.company_id == h.world.hq.id:
        hugo.must("assign_person", {"enquiry_id": enquiry_id, "user_id": person.id})
    else:
        args = {"enquiry_id": enquiry_id, "company_id": person.company_id, "user_id": person.id}
        hugo.must("offer_to_partner", args)
    with h.factory() as session:
        return session.scalars(
            select(NotificationRow.id).where(
                NotificationRow.person_id == person.id, NotificationRow.enquiry_id == enquiry_id
            )
        ).one()


def _is_read(h: Harness, notification_id: str) -> bool:
    with h.factory() as session:
        row = session.get(NotificationRow, notification_id)
        assert row is not None
        return row.read


def _get(h: Harness, role: str, target: str) -> httpx.Response:
    response = h.client.get(PREFERENCES, headers=h.headers(role))
    if response.status_code == 200:
        assert set(response.json()) == {"groups", "digest_hour", "language", "timezone"}, response.text
    return response


def _put(h: Harness, role: str, target: str) -> httpx.Response:
    body = VALID if target == "valid" else {**VALID, "digest_hour": 24}
    response = h.client.put(PREFERENCES, json=body, headers=h.headers(role))
    if response.status_code == 200:
        assert response.json()["digest_hour"] == 7
        assert h.client.get(PREFERENCES, headers=h.headers(role)).json()["groups"]["offers"] == CHANNELS
    return response


def _read(h: Harness, role: str, target: str) -> httpx.Response:
    owner = {"own": LOGIN[role], "all": LOGIN[role], "foreign": OUTSIDER}.get(target)
    notification_id = _notice_for(h, owner) if owner else new_id()
    body = {"all": True} if target == "all" else {"ids": [notification_id]}
    response = h.client.post(READ, json=body, headers=h.headers(role))
    mine = target in ("own", "all") and role != "anon"
    if owner:  # read exactly when it is the caller's own and the caller is signed in
        assert _is_read(h, notification_id) == mine, (role, target, response.text)
    if response.status_code == 200:
        marked = response.json()["marked"]
        assert (marked == 1) if target == "own" else (marked >= 1) if target == "all" else (marked == 0)
    return response


NOTIFICATION_SCENARIOS: dict[tuple[str, str], Callable[[Harness, str, str], httpx.Response]] = {
    ("GET", PREFERENCES): _get,
    ("PUT", PREFERENCES): _put,
    ("POST", READ): _read,
}
