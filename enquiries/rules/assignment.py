"""Responsibility inside one company: assign, revoke, reject back, colleague in charge."""

from __future__ import annotations

from enquiries.commands import AssignPerson, ClearColleague, RejectAssignment, RevokeAssignment, SetColleague
from enquiries.refusals import Refusal, refuse
from enquiries.rules.context import Ctx, Decision, first_refusal

WORKABLE = ("open", "assigned", "declined", "expired")


def assign_person(ctx: Ctx, cmd: AssignPerson) -> Decision:
    refusal = first_refusal(ctx.open_guard(*WORKABLE), ctx.holder_guard())
    if refusal:
        return refusal
    target = ctx.colleague_guard(cmd.user_id, ctx.state.owner_company_id)
    if isinstance(target, Refusal):
        return target
    if target.id == ctx.state.holder_id:
        return refuse("same_person", name=target.name)
    return [
        ctx.event(
            "assigned",
            {
                "holder_id": target.id,
                "holder_since": ctx.now,
                "assigned_by": ctx.actor.person_id,
                "status": "assigned",
                "changed": {},
            },
            detail=target.name,
            to=target.id,
            previous_holder=ctx.state.holder_id,
        )
    ]


def revoke_assignment(ctx: Ctx, cmd: RevokeAssignment) -> Decision:
    refusal = ctx.open_guard()
    if refusal:
        return refusal
    state = ctx.state
    if state.status != "assigned" or state.assigned_by is None:
        return refuse("not_assigned")
    if state.assigned_by != ctx.actor.person_id:
        return refuse("not_assigner")
    return [
        ctx.event(
            "assignment_revoked",
            {
                "holder_id": ctx.actor.person_id,
                "holder_since": ctx.now,
                "assigned_by": None,
                "status": "open",
                "changed": {},
            },
            previous_holder=state.holder_id,
        )
    ]


def reject_assignment(ctx: Ctx, cmd: RejectAssignment) -> Decision:
    refusal = ctx.open_guard()
    if refusal:
        return refusal
    state = ctx.state
    if state.status != "assigned" or state.assigned_by is None:
        return refuse("not_assigned")
    if not ctx.is_holder:
        return refuse("not_holder")
    if not cmd.reason:
        return refuse("reason_required")
    back_to = ctx.directory.person(state.assigned_by)
    holder = back_to.id if back_to is not None and back_to.active else None
    return [
        ctx.event(
            "assignment_rejected",
            {
                "holder_id": holder,
                "holder_since": ctx.now if holder else None,
                "assigned_by": None,
                "status": "open",
                "changed": {},
            },
            detail=cmd.reason,
            to=holder,
            reason=cmd.reason,
        )
    ]


def _colleague_changes(ctx: Ctx, person_id: str | None) -> dict[str, object]:
    if ctx.is_owner_member:
        # The owner company's colleague in charge IS the holder.
        return {
            "holder_id": person_id,
            "holder_since": ctx.now if person_id else None,
            "assigned_by": None,
            "status": "open" if ctx.state.status == "assigned" else ctx.state.status,
            "changed": {},
        }
    colleagues = dict(ctx.state.colleagues)
    if person_id is None:
        colleagues.pop(ctx.actor.company_id, None)
    else:
        colleagues[ctx.actor.company_id] = person_id
    return {"colleagues": colleagues}


def _colleague_guard(ctx: Ctx) -> Refusal | None:
    if not ctx.has_full_view:
        return refuse("not_member")
    return ctx.open_guard()


def set_colleague(ctx: Ctx, cmd: SetColleague) -> Decision:
    refusal = _colleague_guard(ctx)
    if refusal:
        return refusal
    target = ctx.colleague_guard(cmd.user_id, ctx.actor.company_id)
    if isinstance(target, Refusal):
        return target
    if ctx.state.colleague_of(ctx.actor.company_id) == target.id:
        return refuse("same_person", name=target.name)
    return [ctx.event("colleague_set", _colleague_changes(ctx, target.id), detail=target.name, to=target.id)]


def clear_colleague(ctx: Ctx, cmd: ClearColleague) -> Decision:
    refusal = _colleague_guard(ctx)
    if refusal:
        return refusal
    if ctx.state.colleague_of(ctx.actor.company_id) is None:
        return refuse("not_assigned")
    return [ctx.event("colleague_cleared", _colleague_changes(ctx, None))]
