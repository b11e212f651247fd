"""A person's notification preferences: per group of kinds, which channels tell them.

Channels: `in_app` (the panel and the unread count), `desktop` (a message of the operating
system, shown by the client for a pulled notice) and `email`: `off`, `immediate` (one mail per
notice) or `digest` (one mail a day at `digest_hour`, local time of the person). Client and
server share these defaults; a person who never saved preferences has exactly these.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from enquiries.notifications.kinds import GROUPS, Group, group_of

EmailMode = Literal["off", "immediate", "digest"]
Language = Literal["de", "it", "en"]
LANGUAGES: tuple[Language, ...] = ("de", "it", "en")
DEFAULT_DIGEST_HOUR = 8


class Channels(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    in_app: bool
    desktop: bool
    email: EmailMode

    @property
    def any(self) -> bool:
        return self.in_app or self.desktop or self.email != "off"


class Preferences(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    groups: dict[Group, Channels]
    digest_hour: int = Field(DEFAULT_DIGEST_HOUR, ge=0, le=23)

    @field_validator("groups")
    @classmethod
    def _every_group(cls, groups: dict[Group, Channels]) -> dict[Group, Channels]:
        missing = [g for g in GROUPS if g not in groups]
        if missing:
            raise ValueError(f"every group needs its channels; missing: {', '.join(missing)}")
        return {g: groups[g] for g in GROUPS}

    def channels(self, kind: str) -> Channels:
        return self.groups[group_of(kind)]

    @classmethod
    def stored(cls, groups: object, digest_hour: object) -> Preferences:
        """Preferences as stored; groups a newer version added (absent from the row) get defaults."""
        given = groups if isinstance(groups, dict) else {}
        merged = {g: given.get(g, DEFAULT.groups[g]) for g in GROUPS}
        hour = digest_hour if isinstance(digest_hour, int) else DEFAULT_DIGEST_HOUR
        return cls.model_validate({"groups": merged, "digest_hour": hour})


_ALL = Channels(in_app=True, desktop=True, email="immediate")
DEFAULT = Preferences(
    groups={
        "offers": _ALL,
        "reminders": _ALL,
        "assignments": Channels(in_app=True, desktop=True, email="digest"),
        "activity": Channels(in_app=True, desktop=True, email="off"),
    },
    digest_hour=DEFAULT_DIGEST_HOUR,
)


COUNTRY_LANGUAGE: dict[str, Language] = {"DE": "de", "AT": "de", "IT": "it"}


def default_language(country: str) -> Language:
    """A person's language unless they chose one: their company's country's (de, it), else en."""
    return COUNTRY_LANGUAGE.get(country.strip().upper(), "en")
