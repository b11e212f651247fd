"""Apply one survey command authoritatively: lock the contact, decide, store, history, mail, views.

Conflicts between managers are settled here: each command decides on the contact as it is under
the row lock, so the later of two competing changes sees the earlier one's result and either
applies on top of it or is refused with the reason (which reaches its author as a refusal).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.mail.outbox import enqueue
from central.store.accounts import Person
from central.store.directory import load_directory
from central.store.surveys import ContactHistoryRow, SurveyContactRow, SurveyRow
from central.store.views import ViewRow, queue_views
from enquiries.directory import Actor, Directory
from enquiries.refusals import Refusal, refuse
from enquiries.surveys import HistoryNote, Survey, SurveyCommand, SurveyContact, decide_contact


@dataclass(frozen=True)
class SurveyResult:
    refusal: Refusal | None
    notice: str | None = None


def contact_view(survey: Survey, contact: SurveyContact) -> ViewRow:
    return ViewRow(survey.company_id, "survey_contact", contact.id, contact.model_dump(mode="json"))


def survey_view(survey: Survey) -> ViewRow:
    return ViewRow(survey.company_id, "survey", survey.id, survey.model_dump(mode="json"))


def history_view(company_id: str, note: HistoryNote) -> ViewRow:
    return ViewRow(company_id, "contact_history", note.id, note.model_dump(mode="json"))


def store_contact(
    session: Session, survey: Survey, contact: SurveyContact, row: SurveyContactRow | None
) -> None:
    if row is None:
        row = SurveyContactRow(id=contact.id, survey_id=survey.id)
        session.add(row)
    row.agent_id = contact.agent_id
    row.done = contact.done
    row.follow_up_at = contact.follow_up.at if contact.follow_up else None
    row.updated_at = contact.updated_at or datetime.now().astimezone()
    row.state = contact.model_dump_json()


def _protocol(session: Session, survey: Survey, contact: SurveyContact, rep_id: str, now: datetime) -> None:
    rep = session.get(Person, rep_id)
    appointment = contact.appointment
    if rep is None or appointment is None:
        return
    body = (
        f'Field-service appointment from the survey "{survey.name}"\n\n'
        f"Contact: {contact.person_name}\nPhone: {contact.phone}\nE-mail: {contact.email}\n"
        f"Address: {contact.address}\n\n"
        f"Date: {appointment.day.isoformat()} {appointment.at.strftime('%H:%M')}\n"
        f"Place: {appointment.place}\nNote: {appointment.note}\n\nCall notes:\n{contact.notes}\n"
    )
    enqueue(
        session,
        to_address=rep.login,
        to_name=rep.display_name,
        subject=f"Appointment: {contact.person_name}",
        body_text=body,
        kind="survey_protocol",
        enquiry_id=None,
        now=now,
    )


def execute_survey(
    session: Session,
    actor: Actor,
    command: SurveyCommand,
    now: datetime,
    directory: Directory | None = None,
) -> SurveyResult:
    """`directory`: the people and companies, when the caller (a push batch) has them already."""
    row = session.scalars(
        select(SurveyContactRow).where(SurveyContactRow.id == command.contact_id).with_for_update()
    ).first()
    survey_row = session.get(SurveyRow, row.survey_id) if row is not None else None
    if row is None or survey_row is None or survey_row.company_id != actor.company_id:
        return SurveyResult(refuse("not_found"))
    survey = Survey.model_validate_json(survey_row.state)
    contact = SurveyContact.model_validate_json(row.state)
    outcome = decide_contact(
        survey, contact, actor, command, now, directory or load_directory(session, actor)
    )
    if isinstance(outcome, Refusal):
        return SurveyResult(outcome)
    store_contact(session, survey, outcome.contact, row)
    views = [contact_view(survey, outcome.contact)]
    if outcome.history is not None:
        h = outcome.history
        session.add(
            ContactHistoryRow(
                id=h.id,
                contact_id=h.contact_id,
                survey_id=h.survey_id,
                company_id=survey.company_id,
                at=h.at,
                author_id=h.author_id,
                text=h.text,
                rating=h.rating,
            )
        )
        views.append(history_view(survey.company_id, h))
    if outcome.protocol_to:
        _protocol(session, survey, outcome.contact, outcome.protocol_to, now)
    queue_views(session, views)
    return SurveyResult(None, outcome.notice)
