"""Rules of a survey contact's status (enquiries/surveys.py; seed page 002, DESIGN.md "Surveys").

Both ways of changing a contact are covered: the agent's call screen (`RecordCall`) and the survey
manager's *contact status* dialog (`SetContactStatus`), over every combination of `SurveyOptions`
where an option matters. Every `run` also checks that the input contact is left unchanged.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Any

import pytest

from enquiries.directory import Actor
from enquiries.refusals import Refusal
from enquiries.surveys import (
    SURVEY_COMMANDS,
    Appointment,
    FollowUp,
    HistoryNote,
    RecordCall,
    SetContactStatus,
    SurveyCommand,
    SurveyOptions,
    SurveyOutcome,
    check_appointment,
    decide_contact,
)
from tests.unit.survey_fixtures import (
    AGENT,
    ALL_OPTIONS,
    CID,
    DAY,
    DIRECTORY,
    HID,
    HQ,
    KINDS,
    MANAGER,
    T0,
    actor,
    applied,
    command,
    make_appointment,
    make_contact,
    make_survey,
    options_id,
    record_call,
    refused,
    run,
    set_status,
)

HOUR = timedelta(hours=1)
each_options = pytest.mark.parametrize("options", ALL_OPTIONS, ids=options_id)
each_kind = pytest.mark.parametrize("kind", KINDS)


def test_option_matrix_is_complete() -> None:
    assert len(ALL_OPTIONS) == 2**5
    assert len({o.model_dump_json() for o in ALL_OPTIONS}) == 32
    assert set(SURVEY_COMMANDS) == {"record_call", "set_contact_status"}


# --- history entry when a contact becomes done ---------------------------------------------------


@each_kind
@each_options
def test_newly_done_writes_history_as_the_options_say(kind: str, options: SurveyOptions) -> None:
    who, cmd = command(kind, done=True, notes="Customer wants a quote", rating="good")
    out = applied(run(make_survey(options), make_contact(contact_made=True), who, cmd))
    assert out.contact.done is True
    assert out.contact.rating == "good"
    assert out.contact.notes == "Customer wants a quote"
    assert out.contact.updated_at == T0
    if not options.history_on_done:
        assert out.history is None
        return
    assert out.history == HistoryNote(
        id=HID,
        contact_id=CID,
        survey_id="s1",
        at=T0,
        author_id=who.person_id,
        text="Customer wants a quote" if options.copy_notes else "",
        rating="good",
    )


@each_kind
@each_options
def test_done_again_writes_nothing(kind: str, options: SurveyOptions) -> None:
    contact = make_contact(done=True, contact_made=True, rating="neutral")
    who, cmd = command(kind, done=True, notes="again", rating="good")
    out = applied(run(make_survey(options), contact, who, cmd))
    assert out.contact.done is True
    assert out.history is None


@each_kind
@each_options
def test_not_done_writes_nothing(kind: str, options: SurveyOptions) -> None:
    who, cmd = command(kind, done=False, notes="call back", rating="neutral")
    out = applied(run(make_survey(options), make_contact(), who, cmd))
    assert out.contact.done is False
    assert out.history is None


@each_options
def test_dialog_may_reopen_a_done_contact_without_history(options: SurveyOptions) -> None:
    contact = make_contact(done=True, contact_made=True, rating="good")
    out = applied(run(make_survey(options), contact, MANAGER, set_status(done=False, rating=None)))
    assert out.contact.done is False
    assert out.contact.rating is None
    assert out.history is None


@pytest.mark.parametrize("copy_notes", [False, True])
def test_call_without_notes_keeps_earlier_notes_for_the_history(copy_notes: bool) -> None:
    survey = make_survey(SurveyOptions(history_on_done=True, copy_notes=copy_notes))
    out = applied(run(survey, make_contact(notes="earlier"), AGENT, record_call(done=True)))
    assert out.contact.notes == "earlier"
    assert out.history is not None
    assert out.history.text == ("earlier" if copy_notes else "")


# --- follow-up and reassignment (dialog) -----------------------------------------------------------


@each_options
@pytest.mark.parametrize("contact_made", [False, True], ids=["no_contact_yet", "contact_made"])
@pytest.mark.parametrize("new_agent", ["carla", "dino", None], ids=["same", "other", "unchanged"])
def test_reassignment_allowed_with_notice_only_when_switching_is_off(
    options: SurveyOptions, contact_made: bool, new_agent: str | None
) -> None:
    contact = make_contact(agent_id="carla", contact_made=contact_made)
    cmd = set_status(follow_up_at=T0 + DAY, follow_up_agent_id=new_agent)
    out = applied(run(make_survey(options), contact, MANAGER, cmd))
    expected_agent = new_agent or "carla"
    assert out.contact.agent_id == expected_agent  # always allowed, whatever the options
    assert out.contact.follow_up == FollowUp(at=T0 + DAY, agent_id=expected_agent)
    changed = expected_agent != "carla"
    if changed and contact_made and not options.agent_may_switch:
        assert out.notice == "reassigned_despite_no_switch"
    else:
        assert out.notice is None
    assert out.protocol_to is None
    assert out.history is None


@each_options
def test_assigning_an_unassigned_contact_gives_no_notice(options: SurveyOptions) -> None:
    contact = make_contact(agent_id=None, contact_made=False)
    cmd = set_status(follow_up_at=T0 + DAY, follow_up_agent_id="dino")
    out = applied(run(make_survey(options), contact, MANAGER, cmd))
    assert out.contact.agent_id == "dino"
    assert out.notice is None


def test_follow_up_without_any_agent_is_refused() -> None:
    contact = make_contact(agent_id=None)
    refused(run(make_survey(), contact, MANAGER, set_status(follow_up_at=T0 + DAY)), "agent_unknown")


def test_dialog_without_follow_up_clears_it_and_keeps_the_agent() -> None:
    contact = make_contact(follow_up=FollowUp(at=T0 + DAY, agent_id="carla"))
    out = applied(run(make_survey(), contact, MANAGER, set_status(follow_up_agent_id="dino")))
    assert out.contact.follow_up is None
    assert out.contact.agent_id == "carla"
    assert out.notice is None


def test_call_follow_up_goes_to_the_calling_agent() -> None:
    out = applied(run(make_survey(), make_contact(), AGENT, record_call(follow_up_at=T0 + DAY)))
    assert out.contact.follow_up == FollowUp(at=T0 + DAY, agent_id="carla")
    assert out.contact.contact_made is True
    assert out.notice is None


@pytest.mark.parametrize(
    ("agent_id", "code"),
    [
        ("ida", "agent_inactive"),  # on the survey, no longer active
        ("zoe", "agent_unknown"),  # active, not on the survey
        ("nobody", "agent_unknown"),  # not in the directory at all
        ("marco", "agent_unknown"),  # a manager, not an agent of the survey
    ],
)
def test_follow_up_agent_must_be_an_active_agent_of_the_survey(agent_id: str, code: str) -> None:
    cmd = set_status(follow_up_at=T0 + DAY, follow_up_agent_id=agent_id)
    refusal = refused(run(make_survey(), make_contact(contact_made=True), MANAGER, cmd), code)
    if code == "agent_inactive":
        assert "Ida Agent" in refusal.message


def test_agent_listed_on_survey_but_missing_from_directory_is_unknown() -> None:
    survey = make_survey(agents=("carla", "ghost"))
    cmd = set_status(follow_up_at=T0 + DAY, follow_up_agent_id="ghost")
    refused(run(survey, make_contact(), MANAGER, cmd), "agent_unknown")


def test_keeping_an_inactive_agent_on_a_follow_up_is_refused() -> None:
    contact = make_contact(agent_id="ida")
    refused(run(make_survey(), contact, MANAGER, set_status(follow_up_at=T0 + DAY)), "agent_inactive")


# --- follow-up: bad input --------------------------------------------------------------------------


@each_kind
@pytest.mark.parametrize(
    "at",
    [T0 - DAY, T0, T0 - timedelta(seconds=1), datetime(2026, 3, 3, 9, 0)],
    ids=["yesterday", "now", "a_second_ago", "naive"],
)
def test_follow_up_must_lie_in_the_future(kind: str, at: datetime) -> None:
    who, cmd = command(kind, follow_up_at=at)
    refused(run(make_survey(), make_contact(), who, cmd), "follow_up_past")


@each_kind
def test_follow_up_in_another_time_zone_compares_as_an_instant(kind: str) -> None:
    rome = timezone(timedelta(hours=1))
    who, cmd = command(kind, follow_up_at=datetime(2026, 3, 2, 9, 30, tzinfo=rome))  # 08:30 UTC
    refused(run(make_survey(), make_contact(), who, cmd), "follow_up_past")
    who, cmd = command(kind, follow_up_at=datetime(2026, 3, 2, 10, 30, tzinfo=rome))  # 09:30 UTC
    applied(run(make_survey(), make_contact(), who, cmd))


@each_kind
def test_follow_up_on_a_contact_set_done_is_refused(kind: str) -> None:
    who, cmd = command(kind, done=True, follow_up_at=T0 + DAY)
    refused(run(make_survey(), make_contact(), who, cmd), "follow_up_when_done")


def test_call_follow_up_on_an_already_done_contact_is_refused() -> None:
    """A done contact needs no follow-up, even when the call itself does not tick "done" again."""
    contact = make_contact(done=True, contact_made=True)
    refused(run(make_survey(), contact, AGENT, record_call(follow_up_at=T0 + DAY)), "follow_up_when_done")


@each_kind
def test_done_clears_an_existing_follow_up(kind: str) -> None:
    contact = make_contact(follow_up=FollowUp(at=T0 + DAY, agent_id="carla"))
    who, cmd = command(kind, done=True)
    assert applied(run(make_survey(), contact, who, cmd)).contact.follow_up is None


# --- rating --------------------------------------------------------------------------------------


@each_kind
@pytest.mark.parametrize("rating", ["excellent", "", "Good", "good!"])
def test_rating_outside_the_scale_is_refused(kind: str, rating: str) -> None:
    who, cmd = command(kind, rating=rating)
    refused(run(make_survey(), make_contact(), who, cmd), "rating_unknown")


@each_kind
def test_rating_is_stripped_like_every_command_string(kind: str) -> None:
    who, cmd = command(kind, rating="  good ")
    assert applied(run(make_survey(), make_contact(), who, cmd)).contact.rating == "good"


@each_kind
def test_any_rating_is_unknown_on_a_survey_without_scale(kind: str) -> None:
    who, cmd = command(kind, rating="good")
    refused(run(make_survey(ratings=()), make_contact(), who, cmd), "rating_unknown")


@each_kind
@pytest.mark.parametrize("rating", ["good", "neutral", "bad"])
def test_rating_on_the_scale_is_taken(kind: str, rating: str) -> None:
    who, cmd = command(kind, rating=rating)
    assert applied(run(make_survey(), make_contact(), who, cmd)).contact.rating == rating


def test_call_without_rating_keeps_it_and_dialog_clears_it() -> None:
    contact = make_contact(rating="bad")
    assert applied(run(make_survey(), contact, AGENT, record_call())).contact.rating == "bad"
    assert applied(run(make_survey(), contact, MANAGER, set_status())).contact.rating is None


# --- appointments and the protocol e-mail ----------------------------------------------------------


@each_kind
@each_options
def test_appointment_as_the_options_say(kind: str, options: SurveyOptions) -> None:
    who, cmd = command(kind, appointment=make_appointment(note="bring samples"))
    result = run(make_survey(options), make_contact(), who, cmd)
    if not options.field_service:
        refused(result, "appointments_off")
        return
    out = applied(result)
    assert out.contact.appointment == Appointment(
        day=date(2026, 3, 5),
        at=time(14, 30),
        rep_id="rex",
        place="Via Roma 12, Bolzano",
        note="bring samples",
    )
    if kind == "record_call" and options.send_protocol:
        assert out.protocol_to == "rex"
    else:
        assert out.protocol_to is None  # never from the dialog, whatever the options


@each_kind
@each_options
def test_no_protocol_without_an_appointment(kind: str, options: SurveyOptions) -> None:
    existing = Appointment(day=date(2026, 3, 5), at=time(9), rep_id="rex", place="Bolzano")
    who, cmd = command(kind, done=True, notes="n", rating="good")
    out = applied(run(make_survey(options), make_contact(appointment=existing), who, cmd))
    assert out.protocol_to is None
    assert out.contact.appointment == existing  # kept when not given


@each_options
def test_dialog_never_sends_the_protocol_even_when_changing_the_rep(options: SurveyOptions) -> None:
    existing = Appointment(day=date(2026, 3, 5), at=time(9), rep_id="someone_else", place="Bolzano")
    contact = make_contact(appointment=existing, contact_made=True)
    cmd = set_status(done=True, rating="good", appointment=make_appointment())
    result = run(make_survey(options), contact, MANAGER, cmd)
    if not options.field_service:
        refused(result, "appointments_off")
        return
    out = applied(result)
    assert out.contact.appointment is not None
    assert out.contact.appointment.rep_id == "rex"
    assert out.protocol_to is None


BAD_APPOINTMENTS: dict[str, tuple[dict[str, Any], str]] = {
    "rep_missing": (dict(rep_id=None), "appointment_rep_missing"),
    "rep_empty": (dict(rep_id=""), "appointment_rep_missing"),
    "rep_unknown": (dict(rep_id="nobody"), "appointment_rep_unknown"),
    "rep_inactive": (dict(rep_id="ron"), "appointment_rep_unknown"),
    "place_missing": (dict(place=""), "appointment_place_missing"),
    "place_blank": (dict(place="   "), "appointment_place_missing"),
    "yesterday": (dict(day=date(2026, 3, 1)), "appointment_past"),
    "earlier_today": (dict(day=date(2026, 3, 2), at=time(8, 59)), "appointment_past"),
    "right_now": (dict(day=date(2026, 3, 2), at=time(9, 0)), "appointment_past"),
}
FIELD_SERVICE = SurveyOptions(field_service=True, send_protocol=True)


@each_kind
@pytest.mark.parametrize("name", list(BAD_APPOINTMENTS))
def test_bad_appointment_is_refused(kind: str, name: str) -> None:
    overrides, code = BAD_APPOINTMENTS[name]
    who, cmd = command(kind, appointment=make_appointment(**overrides))
    refused(run(make_survey(FIELD_SERVICE), make_contact(), who, cmd), code)


@pytest.mark.parametrize("field_service", [False, True], ids=["appointments_off", "appointments_on"])
@pytest.mark.parametrize("name", [*BAD_APPOINTMENTS, "good"])
def test_call_screen_and_dialog_share_the_appointment_validator(field_service: bool, name: str) -> None:
    """Same input, same answer: both paths give exactly what `check_appointment` gives."""
    overrides = BAD_APPOINTMENTS[name][0] if name in BAD_APPOINTMENTS else {}
    given = make_appointment(**overrides)
    survey = make_survey(SurveyOptions(field_service=field_service))
    direct = check_appointment(survey, given, DIRECTORY, T0)
    codes = []
    for kind in KINDS:
        who, cmd = command(kind, appointment=given)
        result = run(survey, make_contact(), who, cmd)
        codes.append(result.code if isinstance(result, Refusal) else None)
    assert codes[0] == codes[1] == (direct.code if direct else None)
    if not field_service:
        assert codes[0] == "appointments_off"


def test_shared_validator_is_called_by_both_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    import enquiries.surveys as surveys

    calls: list[str] = []

    def spy(*args: object) -> None:
        calls.append("check")
        return None

    monkeypatch.setattr(surveys, "check_appointment", spy)
    for kind in KINDS:
        who, cmd = command(kind, appointment=make_appointment())
        applied(run(make_survey(FIELD_SERVICE), make_contact(), who, cmd))
    assert calls == ["check", "check"]


# --- authorisation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "who",
    [
        actor("carla"),  # an agent, without the manager role
        actor("paola"),  # a survey manager of another company
        actor("rex"),  # no roles at all
        Actor("marco", HQ, "head_office", frozenset({"head_office"})),  # lost the manager role
    ],
    ids=["agent", "other_company_manager", "no_roles", "former_manager"],
)
def test_only_the_surveys_managers_may_use_the_dialog(who: Actor) -> None:
    refused(run(make_survey(), make_contact(), who, set_status(done=True)), "not_survey_manager")


@pytest.mark.parametrize(
    ("who", "agent_id"),
    [
        (actor("dino"), "carla"),  # another agent's contact
        (actor("marco"), "carla"),  # even a manager cannot record a call for the agent
        (actor("carla"), None),  # an unassigned contact
    ],
    ids=["other_agent", "manager", "unassigned"],
)
def test_only_the_contacts_agent_may_record_a_call(who: Actor, agent_id: str | None) -> None:
    contact = make_contact(agent_id=agent_id)
    refused(run(make_survey(), contact, who, record_call(done=True)), "not_survey_agent")


def test_manager_dialog_works_after_the_survey_period_but_calls_do_not() -> None:
    later = datetime(2026, 4, 1, 9, 0, tzinfo=T0.tzinfo)
    refused(run(make_survey(), make_contact(), AGENT, record_call(), now=later), "survey_closed")
    applied(run(make_survey(), make_contact(), MANAGER, set_status(done=True), now=later))


def test_unknown_command_is_refused() -> None:
    class Other(SurveyCommand):
        wire_name = "other"

    refused(run(make_survey(), make_contact(), MANAGER, Other(contact_id=CID)), "invalid_command")


# --- a refusal never changes anything -------------------------------------------------------------

REFUSALS = {
    "not_survey_manager": (actor("carla"), set_status(done=True), SurveyOptions()),
    "not_survey_agent": (actor("dino"), record_call(done=True), SurveyOptions()),
    "rating_unknown": (MANAGER, set_status(done=True, rating="superb"), SurveyOptions()),
    "follow_up_past": (AGENT, record_call(follow_up_at=T0 - HOUR), SurveyOptions()),
    "follow_up_when_done": (MANAGER, set_status(done=True, follow_up_at=T0 + DAY), SurveyOptions()),
    "agent_inactive": (MANAGER, set_status(follow_up_at=T0 + DAY, follow_up_agent_id="ida"), SurveyOptions()),
    "agent_unknown": (MANAGER, set_status(follow_up_at=T0 + DAY, follow_up_agent_id="zoe"), SurveyOptions()),
    "appointments_off": (AGENT, record_call(done=True, appointment=make_appointment()), SurveyOptions()),
    "appointment_rep_missing": (
        MANAGER,
        set_status(done=True, appointment=make_appointment(rep_id=None)),
        FIELD_SERVICE,
    ),
    "appointment_past": (
        AGENT,
        record_call(done=True, appointment=make_appointment(day=date(2026, 3, 1))),
        FIELD_SERVICE,
    ),
}


@pytest.mark.parametrize("code", list(REFUSALS))
def test_a_refusal_changes_nothing(code: str) -> None:
    who, cmd, options = REFUSALS[code]
    contact = make_contact(notes="keep me", rating="bad", contact_made=True)
    snapshot = contact.model_copy(deep=True)
    result = decide_contact(make_survey(options), contact, who, cmd, T0, DIRECTORY)
    refused(result, code)
    assert not isinstance(result, SurveyOutcome)  # so no history entry, no protocol, no notice
    assert contact == snapshot


# --- misc: the commands themselves ---------------------------------------------------------------


def test_commands_are_strict() -> None:
    with pytest.raises(ValueError):
        RecordCall(contact_id=CID, history_id=HID, unexpected=1)  # type: ignore[call-arg]
    with pytest.raises(ValueError):
        SetContactStatus(contact_id="", history_id=HID, done=True)
    with pytest.raises(ValueError):
        SetContactStatus(contact_id=CID, history_id=HID)  # type: ignore[call-arg]  # done is required


def test_a_manager_never_silently_overwrites_another_managers_change() -> None:
    # Both managers opened the dialog on version 0; the first to save wins, the second is told.
    from tests.unit.survey_fixtures import DIRECTORY, MANAGER, RATINGS, T0, make_contact, make_survey

    survey = make_survey()
    contact = make_contact()
    first = decide_contact(
        survey,
        contact,
        MANAGER,
        SetContactStatus(
            contact_id=contact.id, history_id="h1", done=True, rating=RATINGS[0], base_version=0
        ),
        T0,
        DIRECTORY,
    )
    assert not isinstance(first, Refusal)
    assert first.contact.version == contact.version + 1
    second = decide_contact(
        survey,
        first.contact,
        MANAGER,
        SetContactStatus(contact_id=contact.id, history_id="h2", done=False, base_version=0),
        T0,
        DIRECTORY,
    )
    assert isinstance(second, Refusal) and second.code == "contact_changed"
    assert first.contact.done  # nothing of the second change happened
