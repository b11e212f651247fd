"""Work on an enquiry's content: contact data, notes, documents, tasks, seen marks, contact link."""

from __future__ import annotations

from enquiries.commands import AddDocument, AddNote, AddTask, LinkContact, MarkSeen, UpdateContact
from enquiries.refusals import Refusal, refuse
from enquiries.rules.context import Ctx, Decision
from enquiries.state import CONTACT_FIELDS, Document, Note, Task


def _journal_guard(ctx: Ctx) -> Refusal | None:
    """Notes, documents and tasks: anyone of a company with the full view, also on closed enquiries."""
    if not ctx.has_full_view:
        return refuse("not_member")
    return None


def update_contact(ctx: Ctx, cmd: UpdateContact) -> Decision:
    if not ctx.is_owner_member:
        return refuse("not_member")
    refusal = ctx.open_guard()
    if refusal:
        return refusal
    given = cmd.model_dump(exclude_none=True, exclude={"enquiry_id"})
    contact_updates = {
        k: v for k, v in given.items() if k in CONTACT_FIELDS and getattr(ctx.state.contact, k) != v
    }
    other = {k: v for k, v in given.items() if k not in CONTACT_FIELDS and getattr(ctx.state, k) != v}
    if "email" in contact_updates and contact_updates["email"] and "@" not in contact_updates["email"]:
        return refuse("invalid_email")
    if not contact_updates and not other:
        return []
    changes: dict[str, object] = dict(other)
    if contact_updates:
        changes["contact"] = ctx.state.contact.model_copy(update=contact_updates)
    changes.update(ctx.change_marks(sorted({*contact_updates, *other})))
    return [
        ctx.event(
            "contact_updated",
            changes,
            detail=", ".join(sorted({*contact_updates, *other})),
            fields=sorted({*contact_updates, *other}),
        )
    ]


def add_note(ctx: Ctx, cmd: AddNote) -> Decision:
    refusal = _journal_guard(ctx)
    if refusal:
        return refusal
    if any(n.id == cmd.note_id for n in ctx.state.notes):
        return refuse("duplicate_item")
    note = Note(
        id=cmd.note_id,
        author_id=ctx.actor.person_id,
        company_id=ctx.actor.company_id,
        at=ctx.now,
        text=cmd.text,
    )
    changes = {"notes": (*ctx.state.notes, note), **ctx.change_marks(["notes"])}
    return [ctx.event("note_added", changes, item=note.id)]


def add_document(ctx: Ctx, cmd: AddDocument) -> Decision:
    refusal = _journal_guard(ctx)
    if refusal:
        return refusal
    if any(d.id == cmd.document_id for d in ctx.state.documents):
        return refuse("duplicate_item")
    doc = Document(
        id=cmd.document_id,
        author_id=ctx.actor.person_id,
        company_id=ctx.actor.company_id,
        at=ctx.now,
        filename=cmd.filename,
        content_type=cmd.content_type,
        size=cmd.size,
        sha256=cmd.sha256,
    )
    changes = {"documents": (*ctx.state.documents, doc), **ctx.change_marks(["documents"])}
    return [ctx.event("document_added", changes, detail=doc.filename, item=doc.id)]


def add_task(ctx: Ctx, cmd: AddTask) -> Decision:
    refusal = _journal_guard(ctx)
    if refusal:
        return refusal
    if any(t.id == cmd.task_id for t in ctx.state.tasks):
        return refuse("duplicate_item")
    if cmd.assignee_id is not None:
        assignee = ctx.colleague_guard(cmd.assignee_id, ctx.actor.company_id)
        if isinstance(assignee, Refusal):
            return assignee
    task = Task(
        id=cmd.task_id,
        author_id=ctx.actor.person_id,
        company_id=ctx.actor.company_id,
        at=ctx.now,
        title=cmd.title,
        due_at=cmd.due_at,
        assignee_id=cmd.assignee_id,
    )
    return [
        ctx.event(
            "task_added",
            {"tasks": (*ctx.state.tasks, task)},
            detail=task.title,
            item=task.id,
            to=task.assignee_id,
        )
    ]


def mark_seen(ctx: Ctx, cmd: MarkSeen) -> Decision:
    if not ctx.is_holder:
        return refuse("not_holder")
    if not ctx.state.changed:
        return []
    return [ctx.event("seen", {"changed": {}})]


def link_contact(ctx: Ctx, cmd: LinkContact) -> Decision:
    refusal = ctx.holder_guard()
    if refusal:
        return refusal
    if ctx.state.contact_id == cmd.contact_id:
        return []
    return [
        ctx.event(
            "contact_linked", {"contact_id": cmd.contact_id}, contact_id=cmd.contact_id, create=cmd.create
        )
    ]
