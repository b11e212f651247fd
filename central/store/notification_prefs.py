"""A person's notification preferences: read (defaults when never saved), saved, and published to
their devices as the person-scoped view `preferences`.

The document (the API's answer and the view's data) is
`{groups: {offers|reminders|assignments|activity: {in_app, desktop, email}}, digest_hour,
language, timezone}`; `language` is the person's own or their company country's, `timezone` the
company's (people have none of their own), in which the digest hour is read.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from central.store.accounts import Company, Person
from central.store.notification_tables import NotificationPreferencesRow
from central.store.views import ViewRow, queue_views
from enquiries.notifications.preferences import DEFAULT, Preferences, default_language

ENTITY = "preferences"


def load_preferences(session: Session, person_id: str) -> Preferences:
    row = session.get(NotificationPreferencesRow, person_id)
    if row is None:
        return DEFAULT
    return Preferences.stored(json.loads(row.groups), row.digest_hour)


def language_of(person: Person, company: Company) -> str:
    return person.language or default_language(company.country)


def document(prefs: Preferences, person: Person, company: Company) -> dict[str, Any]:
    data = prefs.model_dump(mode="json")
    data["language"] = language_of(person, company)
    data["timezone"] = company.timezone
    return data


def preferences_view(prefs: Preferences, person: Person, company: Company) -> ViewRow:
    return ViewRow(company.id, ENTITY, person.id, document(prefs, person, company), person_id=person.id)


def save_preferences(
    session: Session,
    person: Person,
    company: Company,
    prefs: Preferences,
    *,
    language: str | None,
    set_language: bool,
    now: datetime,
) -> dict[str, Any]:
    """Store `prefs` (and the language, when `set_language`; None: the company's again), publish
    them to the person's devices, and return the stored document."""
    row = session.get(NotificationPreferencesRow, person.id)
    groups = json.dumps(prefs.model_dump(mode="json")["groups"], separators=(",", ":"))
    if row is None:
        row = NotificationPreferencesRow(person_id=person.id, groups=groups, digest_hour=prefs.digest_hour)
        session.add(row)
    row.groups = groups
    row.digest_hour = prefs.digest_hour
    row.updated_at = now
    if set_language:
        person.language = language
    queue_views(session, [preferences_view(prefs, person, company)])
    return document(prefs, person, company)
