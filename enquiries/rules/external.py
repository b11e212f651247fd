"""Handing an enquiry to someone outside the system by e-mail, and recording their steps.

The holder stays holder. The server turns `external_*` events into mails through its outbox.
"""

from __future__ import annotations

import re

from enquiries.commands import AssignExternal, CommunicateChangesExternal, RecordExternalStep, ResendExternal
from enquiries.refusals import Refusal, refuse
from enquiries.rules.assignment import WORKABLE
from enquiries.rules.context import Ctx, Decision, first_refusal
from enquiries.state import External, ExternalStep

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _guard(ctx: Ctx, *, needs_external: bool) -> Refusal | None:
    refusal = first_refusal(ctx.open_guard(*WORKABLE), ctx.holder_guard())
    if refusal:
        return refusal
    if needs_external and ctx.state.external is None:
        return refuse("no_external")
    return None


def assign_external(ctx: Ctx, cmd: AssignExternal) -> Decision:
    refusal = _guard(ctx, needs_external=False)
    if refusal:
        return refusal
    if ctx.state.external is not None:
        return refuse("external_exists")
    if not EMAIL.match(cmd.email):
        return refuse("invalid_email")
    external = External(
        name=cmd.name,
        email=cmd.email,
        message=cmd.message,
        assigned_by=ctx.actor.person_id,
        assigned_at=ctx.now,
        last_sent_contact=ctx.state.contact,
        steps=ctx.state.external.steps if ctx.state.external else (),
    )
    return [
        ctx.event("external_assigned", {"external": external}, detail=cmd.name, mail="external_assignment")
    ]


def resend_external(ctx: Ctx, cmd: ResendExternal) -> Decision:
    refusal = _guard(ctx, needs_external=True)
    if refusal:
        return refusal
    assert ctx.state.external is not None
    external = ctx.state.external.model_copy(
        update={"sent_count": ctx.state.external.sent_count + 1, "last_sent_contact": ctx.state.contact}
    )
    return [
        ctx.event("external_resent", {"external": external}, detail=external.name, mail="external_assignment")
    ]


def communicate_changes_external(ctx: Ctx, cmd: CommunicateChangesExternal) -> Decision:
    refusal = _guard(ctx, needs_external=True)
    if refusal:
        return refusal
    external = ctx.state.external
    assert external is not None
    before = external.last_sent_contact
    fields = [
        k for k, v in ctx.state.contact.model_dump().items() if before is None or getattr(before, k) != v
    ]
    if not fields:
        return refuse("nothing_changed")
    updated = external.model_copy(update={"last_sent_contact": ctx.state.contact})
    return [
        ctx.event(
            "external_changes_sent",
            {"external": updated},
            detail=", ".join(fields),
            mail="external_changes",
            fields=fields,
        )
    ]


def record_external_step(ctx: Ctx, cmd: RecordExternalStep) -> Decision:
    refusal = _guard(ctx, needs_external=True)
    if refusal:
        return refusal
    if ctx.state.type != "offer":
        return refuse("not_offer_type")
    external = ctx.state.external
    assert external is not None
    step = ExternalStep(
        kind=cmd.step, date=cmd.date, note=cmd.note, recorded_by=ctx.actor.person_id, at=ctx.now
    )
    updated = external.model_copy(update={"steps": (*external.steps, step)})
    return [ctx.event("external_step_recorded", {"external": updated}, detail=cmd.step, step=cmd.step)]
