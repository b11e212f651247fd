"""The caller's notifications: their preferences (`/account/notification-preferences`) and
marking notices read (`/notifications/read`), so that reading on one device reads on all.

Both act on the caller only; there is no way to name another person. Changes reach the
caller's other devices through the pull (views `preferences` and `notification`).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Request
from pydantic import BaseModel, ConfigDict, Field, model_validator

from central.api.deps import Actor, DbSession
from central.api.errors import StrictModel
from central.clock import now_of
from central.store.accounts import Company, Person
from central.store.notification_prefs import document, load_preferences, save_preferences
from central.store.notification_reads import MAX_IDS, mark_read
from enquiries.notifications.kinds import GROUPS
from enquiries.notifications.preferences import Channels, Group, Language, Preferences

router = APIRouter(prefix="/api/v1", tags=["notifications"])
ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Not signed in: `{error: {code, message}}`"},
    422: {
        "description": "Not valid (unknown field, missing group, hour not 0-23): `{error: {code, message}}`"
    },
}


class PreferencesOut(BaseModel):
    groups: dict[Group, Channels] = Field(
        description="Per group of kinds (offers, reminders, assignments, activity): in_app, desktop, "
        "email (off | immediate | digest)."
    )
    digest_hour: int = Field(ge=0, le=23, description="Local hour (0-23) of the daily digest mail.")
    language: Language = Field(description="Language of the person's mails: chosen, else the company's.")
    timezone: str = Field(description="Time zone the digest hour is read in: the company's.")


class PreferencesIn(StrictModel):
    model_config = ConfigDict(extra="forbid", strict=True)  # "8" is no hour, "true" no choice

    groups: dict[Group, Channels] = Field(description="Every group, each with in_app, desktop and email.")
    digest_hour: int = Field(ge=0, le=23)
    language: Language | None = Field(
        default=None, description="de, it or en; null: the company's country's again; absent: unchanged."
    )

    @model_validator(mode="after")
    def _complete(self) -> PreferencesIn:
        missing = [g for g in GROUPS if g not in self.groups]
        if missing:
            raise ValueError(f"groups: every group needs its channels; missing {', '.join(missing)}")
        return self


class ReadIn(StrictModel):
    ids: list[Annotated[str, Field(min_length=1, max_length=64)]] | None = Field(
        default=None, max_length=MAX_IDS, description="Notifications to mark read."
    )
    all: bool | None = Field(default=None, description="true: every notification of the caller.")

    @model_validator(mode="after")
    def _one_of(self) -> ReadIn:
        if (self.ids is None) == (self.all is None) or self.all is False:
            raise ValueError('give either "ids" or "all": true')
        return self


class ReadOut(BaseModel):
    marked: int = Field(description="How many of the caller's notifications became read now.")
    unread: int = Field(description="The caller's unread notifications (those shown in the app) afterwards.")


def _me(session: DbSession, actor: Actor) -> tuple[Person, Company]:
    person = session.get(Person, actor.person_id)
    company = session.get(Company, actor.company_id)
    assert person is not None and company is not None  # the caller was just authenticated
    return person, company


@router.get("/account/notification-preferences", response_model=PreferencesOut, responses=ERRORS)
def get_preferences(actor: Actor, session: DbSession) -> dict[str, Any]:
    """The caller's notification preferences (the defaults when never saved)."""
    person, company = _me(session, actor)
    return document(load_preferences(session, person.id), person, company)


@router.put("/account/notification-preferences", response_model=PreferencesOut, responses=ERRORS)
def put_preferences(
    body: PreferencesIn, actor: Actor, session: DbSession, request: Request
) -> dict[str, Any]:
    """Replace the caller's preferences; every device of theirs pulls them (view `preferences`)."""
    person = session.get(Person, actor.person_id, with_for_update=True)
    company = session.get(Company, actor.company_id)
    assert person is not None and company is not None
    prefs = Preferences(groups=body.groups, digest_hour=body.digest_hour)
    stored = save_preferences(
        session,
        person,
        company,
        prefs,
        language=body.language,
        set_language="language" in body.model_fields_set,
        now=now_of(request.app)(),
    )
    session.commit()
    return stored


@router.post("/notifications/read", response_model=ReadOut, responses=ERRORS)
def read_notifications(
    actor: Actor,
    session: DbSession,
    body: Annotated[
        ReadIn, Body(openapi_examples={"some": {"value": {"ids": ["…"]}}, "all": {"value": {"all": True}}})
    ],
) -> ReadOut:
    """Mark the caller's notifications read, by id or all at once; the caller's other devices pull
    them as read. Ids that are not the caller's (another person's, or none at all) are ignored
    alike, so the answer never tells whether someone else's notification exists."""
    marked, unread = mark_read(session, actor.person_id, ids=body.ids)
    session.commit()
    return ReadOut(marked=marked, unread=unread)
