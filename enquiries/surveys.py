"""Call-centre surveys (Umfrage / sondaggio): the rules of a survey contact's status.

A survey is a campaign over contact persons. Agents call them and record the outcome; survey
managers correct it in the *contact status* dialog (seed page 002). Pure Python, like the rest of
the rules: `decide_contact(survey, contact, actor, command, now, directory)` -> events | Refusal.

One validator (`check_appointment`) serves both the agent's call screen and the manager's dialog,
so a field-service appointment obeys exactly the same rules wherever it is entered. The protocol
e-mail to the field rep is sent only for an appointment captured during a call, never from the
dialog (the dialog may be correcting an appointment whose first rep must be told by other means).
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field

from enquiries.directory import Actor, Directory
from enquiries.refusals import Refusal, refuse

MANAGER_ROLE = "survey_manager"
AGENT_ROLE = "agent"


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SurveyOptions(Frozen):
    history_on_done: bool = True  # write a contact-history entry when a contact becomes done
    copy_notes: bool = True  # ... with the notes in it
    agent_may_switch: bool = False  # a contact may move to another agent after contact was made
    field_service: bool = False  # field-service appointments can be arranged
    send_protocol: bool = False  # e-mail the protocol to the field rep when captured during a call


class Survey(Frozen):
    id: str
    name: str
    company_id: str
    starts: date
    ends: date
    agents: tuple[str, ...] = ()
    ratings: tuple[str, ...] = ()
    options: SurveyOptions = SurveyOptions()


class FollowUp(Frozen):
    at: datetime
    agent_id: str


class Appointment(Frozen):
    day: date
    at: time
    rep_id: str
    place: str
    note: str = ""


class SurveyContact(Frozen):
    id: str
    survey_id: str
    person_name: str
    phone: str = ""
    email: str = ""
    address: str = ""
    agent_id: str | None = None
    done: bool = False
    rating: str | None = None
    notes: str = ""
    contact_made: bool = False
    follow_up: FollowUp | None = None
    appointment: Appointment | None = None
    updated_at: datetime | None = None
    version: int = 0  # +1 on every change; the dialog names the version it was opened on


class HistoryNote(Frozen):
    """A contact-history entry: belongs to the contact person, shown wherever the contact is."""

    id: str
    contact_id: str
    survey_id: str
    at: datetime
    author_id: str
    text: str
    rating: str | None = None


# --- commands -------------------------------------------------------------------------------------


class SurveyCommand(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)
    wire_name: ClassVar[str] = ""
    contact_id: str = Field(min_length=1, max_length=64)


class AppointmentIn(Frozen):
    day: date
    at: time
    rep_id: str | None = None
    place: str = Field(default="", max_length=300)
    note: str = Field(default="", max_length=2000)


class RecordCall(SurveyCommand):
    """The agent's call screen: what happened in the call."""

    wire_name: ClassVar[str] = "record_call"
    history_id: str = Field(min_length=1, max_length=64)
    contact_made: bool = True
    notes: str = Field(default="", max_length=10_000)
    rating: str | None = None
    done: bool = False
    follow_up_at: datetime | None = None
    appointment: AppointmentIn | None = None


class SetContactStatus(SurveyCommand):
    """The manager's *contact status* dialog (Kontaktstatus ändern)."""

    wire_name: ClassVar[str] = "set_contact_status"
    history_id: str = Field(min_length=1, max_length=64)
    done: bool
    rating: str | None = None
    notes: str = Field(default="", max_length=10_000)
    follow_up_at: datetime | None = None
    follow_up_agent_id: str | None = None
    appointment: AppointmentIn | None = None
    # The contact's version when the dialog opened: a manager never overwrites, unseen, what
    # another manager saved meanwhile (the later one is refused and told).
    base_version: int | None = None


SURVEY_COMMANDS: dict[str, type[SurveyCommand]] = {c.wire_name: c for c in (RecordCall, SetContactStatus)}


# --- validation shared by call screen and dialog ------------------------------------------------


def check_appointment(
    survey: Survey, given: AppointmentIn, directory: Directory, now: datetime
) -> Refusal | None:
    """The one validator for field-service appointments (call screen and status dialog alike)."""
    if not survey.options.field_service:
        return refuse("appointments_off")
    if not given.rep_id:
        return refuse("appointment_rep_missing")
    rep = directory.person(given.rep_id)
    if rep is None or not rep.active:
        return refuse("appointment_rep_unknown")
    if not given.place.strip():
        return refuse("appointment_place_missing")
    # Day and time are the survey company's wall clock (a survey in Bolzano means Rome time).
    company = directory.company(survey.company_id)
    zone = ZoneInfo(company.calendar.timezone) if company is not None else now.tzinfo
    if datetime.combine(given.day, given.at, tzinfo=zone) <= now:
        return refuse("appointment_past")
    return None


def _check_rating(survey: Survey, rating: str | None) -> Refusal | None:
    if rating is not None and rating not in survey.ratings:
        return refuse("rating_unknown")
    return None


def _check_follow_up(at: datetime | None, done: bool, now: datetime) -> Refusal | None:
    if at is None:
        return None
    if done:
        return refuse("follow_up_when_done")
    if at.tzinfo is None or at <= now:
        return refuse("follow_up_past")
    return None


def _check_agent(survey: Survey, agent_id: str, directory: Directory) -> Refusal | None:
    if agent_id not in survey.agents:
        return refuse("agent_unknown")
    agent = directory.person(agent_id)
    if agent is None:
        return refuse("agent_unknown")
    if not agent.active:
        return refuse("agent_inactive", name=agent.name)
    return None


# --- decisions ------------------------------------------------------------------------------------


class SurveyOutcome(BaseModel):
    """What a survey decision changes: the new contact, maybe a history entry, maybe a protocol mail."""

    model_config = ConfigDict(frozen=True)
    contact: SurveyContact
    history: HistoryNote | None = None
    protocol_to: str | None = None  # field rep to e-mail the protocol to
    notice: str | None = None  # e.g. "reassigned although switching is off"


def _history(
    survey: Survey, before: SurveyContact, after: SurveyContact, cmd: Any, actor: Actor, now: datetime
) -> HistoryNote | None:
    newly_done = after.done and not before.done
    if not (newly_done and survey.options.history_on_done):
        return None
    text = after.notes if survey.options.copy_notes else ""
    return HistoryNote(
        id=cmd.history_id,
        contact_id=after.id,
        survey_id=survey.id,
        at=now,
        author_id=actor.person_id,
        text=text,
        rating=after.rating,
    )


def _appointment(given: AppointmentIn | None) -> Appointment | None:
    if given is None:
        return None
    assert given.rep_id is not None
    return Appointment(day=given.day, at=given.at, rep_id=given.rep_id, place=given.place, note=given.note)


def record_call(
    survey: Survey, contact: SurveyContact, actor: Actor, cmd: RecordCall, now: datetime, directory: Directory
) -> SurveyOutcome | Refusal:
    if contact.agent_id != actor.person_id:
        return refuse("not_survey_agent")
    if now.date() > survey.ends:
        return refuse("survey_closed")
    for problem in (
        _check_rating(survey, cmd.rating),
        _check_follow_up(cmd.follow_up_at, contact.done or cmd.done, now),
        check_appointment(survey, cmd.appointment, directory, now) if cmd.appointment else None,
    ):
        if problem:
            return problem
    follow_up = FollowUp(at=cmd.follow_up_at, agent_id=actor.person_id) if cmd.follow_up_at else None
    after = contact.model_copy(
        update={
            "contact_made": contact.contact_made or cmd.contact_made,
            "notes": cmd.notes or contact.notes,
            "rating": cmd.rating if cmd.rating is not None else contact.rating,
            "done": contact.done or cmd.done,
            "follow_up": None if cmd.done else follow_up,
            "appointment": _appointment(cmd.appointment) or contact.appointment,
            "updated_at": now,
            "version": contact.version + 1,
        }
    )
    protocol = None
    if cmd.appointment and survey.options.send_protocol:
        protocol = cmd.appointment.rep_id  # captured during the call: the rep gets the protocol
    return SurveyOutcome(
        contact=after, history=_history(survey, contact, after, cmd, actor, now), protocol_to=protocol
    )


def set_contact_status(
    survey: Survey,
    contact: SurveyContact,
    actor: Actor,
    cmd: SetContactStatus,
    now: datetime,
    directory: Directory,
) -> SurveyOutcome | Refusal:
    if MANAGER_ROLE not in actor.roles or actor.company_id != survey.company_id:
        return refuse("not_survey_manager")
    if cmd.base_version is not None and cmd.base_version != contact.version:
        return refuse("contact_changed")
    problems = [_check_rating(survey, cmd.rating), _check_follow_up(cmd.follow_up_at, cmd.done, now)]
    notice = None
    agent_id = contact.agent_id
    if cmd.follow_up_at is not None:
        agent_id = cmd.follow_up_agent_id or contact.agent_id
        if agent_id is None:
            problems.append(refuse("agent_unknown"))
        else:
            problems.append(_check_agent(survey, agent_id, directory))
            if agent_id != contact.agent_id and contact.contact_made and not survey.options.agent_may_switch:
                # Allowed anyway (e.g. the agent is ill), but the dialog says so (seed page 002).
                notice = "reassigned_despite_no_switch"
    if cmd.appointment is not None:
        problems.append(check_appointment(survey, cmd.appointment, directory, now))
    for problem in problems:
        if problem:
            return problem
    follow_up = FollowUp(at=cmd.follow_up_at, agent_id=agent_id) if cmd.follow_up_at and agent_id else None
    after = contact.model_copy(
        update={
            "done": cmd.done,
            "rating": cmd.rating,
            "notes": cmd.notes,
            "agent_id": agent_id,
            "follow_up": None if cmd.done else follow_up,
            "appointment": _appointment(cmd.appointment) if cmd.appointment else contact.appointment,
            "updated_at": now,
            "version": contact.version + 1,
        }
    )
    # Never the protocol e-mail from the dialog, whatever the survey says.
    return SurveyOutcome(
        contact=after, history=_history(survey, contact, after, cmd, actor, now), notice=notice
    )


def decide_contact(
    survey: Survey,
    contact: SurveyContact,
    actor: Actor,
    command: SurveyCommand,
    now: datetime,
    directory: Directory,
) -> SurveyOutcome | Refusal:
    if isinstance(command, RecordCall):
        return record_call(survey, contact, actor, command, now, directory)
    if isinstance(command, SetContactStatus):
        return set_contact_status(survey, contact, actor, command, now, directory)
    return refuse("invalid_command", detail=command.wire_name)
