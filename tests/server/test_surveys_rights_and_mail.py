"""Call-centre surveys over `/sync/push` and `/sync/pull` (seed page 002, the contact status dialog),
on SQLite and PostgreSQL: who may change a contact, the protocol e-mail (only for appointments
captured during a call, once) and history entries.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from central.mail.outbox import MailMessage
from central.store.surveys import SurveyRow
from enquiries.surveys import Survey
from tests.server.survey_helpers import (
    ANNA,
    CARLA,
    HQ,
    MARCO,
    SURVEY_ID,
    appointment_args,
    contact,
    history,
    protocol_mails,
)
from tests.server.survey_world import (
    SurveyWorld,
    contact_changes,
    new_id,
    raw_row,
    refusal_code,
)
from tests.server.sync_helpers import Device, entities


# --- who may change a contact ------------------------------------------------------------------
def test_agent_and_head_office_without_manager_right_cannot_use_the_dialog(sw: SurveyWorld) -> None:
    target = sw.pick("untouched")
    before = raw_row(sw.factory, target.id)
    marco = sw.device("marco@hq.example")
    marco.sync()
    for login in ("carla@hq.example", "anna@hq.example"):
        who = sw.device(login)
        result = who.push(
            "set_contact_status",
            contact_id=target.id,
            history_id=new_id(),
            done=True,
            rating="satisfied",
            notes=f"{login} closes it",
        )
        assert refusal_code(result) == "not_survey_manager", login
    assert raw_row(sw.factory, target.id) == before, "nothing changed"
    assert history(sw.factory, target.id) == []
    changes, _ = marco.sync()
    assert contact_changes(changes, target.id) == [], "no change reached the feed"
    assert entities(changes, "contact_history") == []


def test_partner_cannot_touch_head_office_contacts_nor_tell_them_from_missing_ones(
    sw: SurveyWorld, make: Any
) -> None:
    target = sw.pick("untouched")
    before = raw_row(sw.factory, target.id)
    max_ = sw.device("max@mueller.example")
    # Even a partner person holding the manager role: the survey is head office's.
    rossi_manager = make.person(
        make.company("Rossi Survey Partner", kind="partner"),
        "paola@rossi.example",
        roles=("partner_staff", "survey_manager", "agent"),
    )
    paola = Device(sw.client, rossi_manager.login)
    errors = []
    for device in (max_, paola):
        for contact_id in (target.id, "no-such-contact"):
            for name, args in (
                ("set_contact_status", {"done": True, "rating": "satisfied"}),
                ("record_call", {"notes": "partner was here", "done": True}),
            ):
                result = device.push(name, contact_id=contact_id, history_id=new_id(), **args)
                assert refusal_code(result) == "not_found", (device.login, contact_id, name)
                errors.append(result["error"])
    assert all(e == errors[0] for e in errors), "a hidden contact looks exactly like a missing one"
    assert raw_row(sw.factory, target.id) == before
    assert history(sw.factory, target.id) == []
    changes, text = max_.sync()
    assert not [c for c in changes if c["entity"] in ("survey", "survey_contact", "contact_history")]
    assert target.person_name not in text and target.phone not in text


def test_assigned_agent_records_a_call_and_others_may_not(sw: SurveyWorld) -> None:
    target = sw.pick("untouched")
    carla, marco = sw.device("carla@hq.example"), sw.device("marco@hq.example")
    carla.sync()
    refused = marco.push("record_call", contact_id=target.id, history_id=new_id(), notes="Marco called")
    assert refusal_code(refused) == "not_survey_agent", "the manager is not the contact's agent"

    carla.apply(
        "record_call",
        contact_id=target.id,
        history_id=new_id(),
        contact_made=True,
        notes="Call me next week, please.",
        rating="neutral",
        follow_up_at=sw.later(days=7),
    )
    stored = contact(sw.factory, target.id)
    assert stored.contact_made and not stored.done
    assert (stored.notes, stored.rating) == ("Call me next week, please.", "neutral")
    assert stored.follow_up is not None and stored.follow_up.agent_id == CARLA
    assert stored.follow_up.at == sw.now + timedelta(days=7)
    changes, _ = carla.sync()
    [data] = contact_changes(changes, target.id)
    assert data == stored.model_dump(mode="json"), "the feed carries the stored contact"
    assert entities(changes, "contact_history") == [], "not done: no history entry"


# --- the protocol e-mail -----------------------------------------------------------------------
def test_appointment_during_a_call_mails_the_protocol_to_the_rep_exactly_once(sw: SurveyWorld) -> None:
    seeded_mails = protocol_mails(sw.factory)
    first, second = sw.pick("untouched"), sw.pick("untouched", skip=1)
    carla = sw.device("carla@hq.example")
    day = sw.today + timedelta(days=6)
    calls = [
        carla.mutation(
            "record_call",
            contact_id=c.id,
            history_id=new_id(),
            notes=f"Interested in a winter garden ({n}).",
            rating="satisfied",
            appointment=appointment_args(day, ANNA, place=f"Via Roma {n}"),
        )
        for n, c in enumerate((first, second), start=1)
    ]
    results = carla.push_many(calls)
    assert [r["status"] for r in results] == ["applied", "applied"]

    new_mails = [m for m in protocol_mails(sw.factory) if m not in seeded_mails]
    assert len(new_mails) == 2, "one protocol per appointment"
    for c, n in ((first, 1), (second, 2)):
        [mail] = [m for m in new_mails if c.person_name in m["subject"] and f"Via Roma {n}" in m["body"]]
        assert mail["to"] == "anna@hq.example", "to the field rep's login"
        assert mail["enquiry_id"] is None
        assert c.person_name in mail["subject"]
        for value in (c.person_name, c.phone, day.isoformat(), "10:30", f"Via Roma {n}", "winter garden"):
            assert value in mail["body"], value

    # The answer was lost: the same push again replays the results and mails nobody again.
    again = carla.push_raw(calls)
    assert again.status_code == 200 and again.json()["results"] == results
    assert len(protocol_mails(sw.factory)) == len(seeded_mails) + 2
    with sw.factory() as session:
        assert session.scalar(select(func.count()).select_from(MailMessage)) == len(seeded_mails) + 2


def test_the_dialog_never_mails_the_protocol(sw: SurveyWorld) -> None:
    before = len(protocol_mails(sw.factory))
    marco = sw.device("marco@hq.example")
    fresh, booked = sw.pick("untouched"), sw.pick("appointment")
    day = sw.today + timedelta(days=9)
    for target, rep in ((fresh, ANNA), (booked, MARCO)):  # a new appointment, and a changed rep
        marco.apply(
            "set_contact_status",
            contact_id=target.id,
            history_id=new_id(),
            done=False,
            rating="satisfied",
            notes="Arranged by the manager.",
            appointment=appointment_args(day, rep, place="Showroom Bolzano"),
        )
        stored = contact(sw.factory, target.id)
        assert stored.appointment is not None
        assert (stored.appointment.rep_id, stored.appointment.day) == (rep, day)
    assert len(protocol_mails(sw.factory)) == before, "the dialog enqueues no mail, whatever the survey says"


def test_appointments_obey_the_same_rules_from_call_and_dialog(sw: SurveyWorld) -> None:
    target = sw.pick("untouched")
    before = raw_row(sw.factory, target.id)
    carla, marco = sw.device("carla@hq.example"), sw.device("marco@hq.example")
    day = sw.today + timedelta(days=4)
    cases = {
        "appointment_rep_missing": appointment_args(day, None),
        "appointment_rep_unknown": appointment_args(day, "no-such-person"),
        "appointment_place_missing": appointment_args(day, ANNA, place="   "),
        "appointment_past": appointment_args(sw.today - timedelta(days=1), ANNA),
    }
    mails = len(protocol_mails(sw.factory))
    for code, appointment in cases.items():
        call = carla.push("record_call", contact_id=target.id, history_id=new_id(), appointment=appointment)
        dialog = marco.push(
            "set_contact_status",
            contact_id=target.id,
            history_id=new_id(),
            done=False,
            appointment=appointment,
        )
        assert refusal_code(call) == refusal_code(dialog) == code
    assert raw_row(sw.factory, target.id) == before
    assert len(protocol_mails(sw.factory)) == mails


# --- history entries ---------------------------------------------------------------------------
def test_history_entry_when_a_contact_becomes_done_as_the_survey_says(sw: SurveyWorld) -> None:
    target = sw.pick("untouched")
    marco = sw.device("marco@hq.example")
    marco.sync()
    hid = new_id()
    marco.apply(
        "set_contact_status",
        contact_id=target.id,
        history_id=hid,
        done=True,
        rating="very satisfied",
        notes="Reached on the second line; very happy.",
    )
    changes, _ = marco.sync()
    [entry] = [c for c in entities(changes, "contact_history") if c["op"] == "put"]
    assert entry["id"] == hid
    data = entry["data"]
    assert (data["contact_id"], data["survey_id"], data["author_id"]) == (target.id, SURVEY_ID, MARCO)
    assert (data["text"], data["rating"]) == ("Reached on the second line; very happy.", "very satisfied")
    [row] = history(sw.factory, target.id)
    assert (row.id, row.company_id) == (hid, HQ)
    [done] = contact_changes(changes, target.id)
    assert done["done"] and done["rating"] == "very satisfied" and done["follow_up"] is None

    # Done again (rating corrected): no second entry. Reopened and done again: a new one.
    marco.apply(
        "set_contact_status", contact_id=target.id, history_id=new_id(), done=True, rating="satisfied"
    )
    assert len(history(sw.factory, target.id)) == 1
    marco.apply("set_contact_status", contact_id=target.id, history_id=new_id(), done=False)
    marco.apply("set_contact_status", contact_id=target.id, history_id=new_id(), done=True, notes="Again.")
    assert [h.text for h in history(sw.factory, target.id)] == [
        "Reached on the second line; very happy.",
        "Again.",
    ]

    # A survey without history entries (or without copied notes) says otherwise.
    with sw.factory.begin() as session:
        row_ = session.get(SurveyRow, SURVEY_ID)
        assert row_ is not None
        survey = Survey.model_validate_json(row_.state)
        options = survey.options.model_copy(update={"history_on_done": False})
        row_.state = survey.model_copy(update={"options": options}).model_dump_json()
    quiet = sw.pick("untouched", skip=1)
    marco.apply("set_contact_status", contact_id=quiet.id, history_id=new_id(), done=True, notes="No entry.")
    assert contact(sw.factory, quiet.id).done and history(sw.factory, quiet.id) == []
    with sw.factory.begin() as session:
        row_ = session.get(SurveyRow, SURVEY_ID)
        assert row_ is not None
        options = options.model_copy(update={"history_on_done": True, "copy_notes": False})
        row_.state = survey.model_copy(update={"options": options}).model_dump_json()
    bare = sw.pick("untouched", skip=2)
    marco.apply(
        "set_contact_status",
        contact_id=bare.id,
        history_id=new_id(),
        done=True,
        rating="neutral",
        notes="Secret",
    )
    [entry_] = history(sw.factory, bare.id)
    assert (entry_.text, entry_.rating) == ("", "neutral")


def test_a_call_that_closes_a_contact_writes_the_history_entry(sw: SurveyWorld) -> None:
    target = sw.pick("follow_up")
    carla = sw.device("carla@hq.example")
    hid = new_id()
    carla.apply(
        "record_call",
        contact_id=target.id,
        history_id=hid,
        notes="All fine now.",
        rating="satisfied",
        done=True,
    )
    stored = contact(sw.factory, target.id)
    assert stored.done and stored.follow_up is None
    [row] = history(sw.factory, target.id)
    assert (row.id, row.author_id, row.text, row.rating) == (hid, CARLA, "All fine now.", "satisfied")
