"""A small world for the survey rules tests (enquiries/surveys.py, seed page 002).

Head office "hq" runs survey "s1" with the agents carla, dino and the inactive ida; marco is its
survey manager, paola a survey manager of another company, zoe an agent not on the survey; rex is
an active field rep, ron an inactive one. Every clock is fixed: T0 is Monday 2 March 2026, 09:00 UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import product
from typing import Any

from enquiries.directory import Actor, Directory, PersonInfo
from enquiries.refusals import Refusal
from enquiries.surveys import (
    AGENT_ROLE,
    MANAGER_ROLE,
    AppointmentIn,
    RecordCall,
    SetContactStatus,
    Survey,
    SurveyCommand,
    SurveyContact,
    SurveyOptions,
    SurveyOutcome,
    decide_contact,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)
HQ, OTHER = "hq", "rossi"
CID = "c-1"
HID = "h-1"
RATINGS = ("good", "neutral", "bad")

PEOPLE: dict[str, PersonInfo] = {
    p.id: p
    for p in (
        PersonInfo("marco", HQ, "Marco Head", roles=frozenset({"head_office", MANAGER_ROLE})),
        PersonInfo("carla", HQ, "Carla Agent", roles=frozenset({AGENT_ROLE})),
        PersonInfo("dino", HQ, "Dino Agent", roles=frozenset({AGENT_ROLE})),
        PersonInfo("ida", HQ, "Ida Agent", active=False, roles=frozenset({AGENT_ROLE})),
        PersonInfo("zoe", HQ, "Zoe Agent", roles=frozenset({AGENT_ROLE})),
        PersonInfo("paola", OTHER, "Paola Rossi", roles=frozenset({MANAGER_ROLE})),
        PersonInfo("rex", HQ, "Rex Field"),
        PersonInfo("ron", HQ, "Ron Field", active=False),
    )
}
DIRECTORY = Directory.build(PEOPLE.values(), ())

OPTION_NAMES: tuple[str, ...] = tuple(SurveyOptions.model_fields)
ALL_OPTIONS: list[SurveyOptions] = [
    SurveyOptions(**dict(zip(OPTION_NAMES, values, strict=True)))
    for values in product((False, True), repeat=len(OPTION_NAMES))
]


def options_id(options: SurveyOptions) -> str:
    return "-".join(name if getattr(options, name) else f"no_{name}" for name in OPTION_NAMES)


def actor(person_id: str) -> Actor:
    person = PEOPLE[person_id]
    return Actor(
        person.id, person.company_id, "head_office" if person.company_id == HQ else "partner", person.roles
    )


MANAGER = actor("marco")
AGENT = actor("carla")


def make_survey(options: SurveyOptions | None = None, **overrides: Any) -> Survey:
    fields: dict[str, Any] = {
        "id": "s1",
        "name": "Windows 2026",
        "company_id": HQ,
        "starts": date(2026, 3, 1),
        "ends": date(2026, 3, 31),
        "agents": ("carla", "dino", "ida"),
        "ratings": RATINGS,
        "options": options or SurveyOptions(),
    }
    fields.update(overrides)
    return Survey(**fields)


def make_contact(**overrides: Any) -> SurveyContact:
    fields: dict[str, Any] = {
        "id": CID,
        "survey_id": "s1",
        "person_name": "Giulia Bianchini",
        "phone": "+39 0471 555 123",
        "agent_id": "carla",
        "notes": "old notes",
    }
    fields.update(overrides)
    return SurveyContact(**fields)


def make_appointment(**overrides: Any) -> AppointmentIn:
    fields: dict[str, Any] = {
        "day": date(2026, 3, 5),
        "at": time(14, 30),
        "rep_id": "rex",
        "place": "Via Roma 12, Bolzano",
    }
    fields.update(overrides)
    return AppointmentIn(**fields)


def record_call(**overrides: Any) -> RecordCall:
    return RecordCall(**{"contact_id": CID, "history_id": HID, **overrides})


def set_status(**overrides: Any) -> SetContactStatus:
    return SetContactStatus(**{"contact_id": CID, "history_id": HID, "done": False, **overrides})


# A command "kind" builds the command and names who issues it: the contact's agent calls, the
# manager uses the dialog.
KINDS = ("record_call", "set_contact_status")


def command(kind: str, **overrides: Any) -> tuple[Actor, SurveyCommand]:
    if kind == "record_call":
        return AGENT, record_call(**overrides)
    return MANAGER, set_status(**overrides)


def run(
    survey: Survey,
    contact: SurveyContact,
    who: Actor,
    cmd: SurveyCommand,
    now: datetime = T0,
) -> SurveyOutcome | Refusal:
    """Decide, and check the input contact is left exactly as it was whatever the outcome."""
    before = contact.model_dump()
    result = decide_contact(survey, contact, who, cmd, now, DIRECTORY)
    assert contact.model_dump() == before
    return result


def applied(result: SurveyOutcome | Refusal) -> SurveyOutcome:
    assert isinstance(result, SurveyOutcome), f"refused: {getattr(result, 'code', result)}"
    return result


def refused(result: SurveyOutcome | Refusal, code: str) -> Refusal:
    assert isinstance(result, Refusal), f"applied, expected refusal {code}: {result}"
    assert result.code == code
    assert result.message  # every code has a message
    return result
