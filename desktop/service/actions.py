"""Local actions: the rules decide on the cache, and the optimistic change and the outbox row are
written in one transaction (DESIGN.md, Sync 1). Each returns what it changed (`Changes`).

Callers run these on the one ordered writer (`desktop.ops.Ops.local`), so two clicks on one
enquiry are decided in the order they were made.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.changes import Changes

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from enquiries.refusals import Refusal
    from enquiries.surveys import SurveyCommand, SurveyOutcome
    from enquiries.wire import AnyCommand


def changes_of(command: AnyCommand) -> Changes:
    """What a command changes in the cache when it is not refused."""
    from enquiries.commands import LinkContact
    from enquiries.surveys import SurveyCommand

    if isinstance(command, SurveyCommand):
        return Changes.of(survey_contacts=[command.contact_id])
    if isinstance(command, LinkContact):
        return Changes.of(enquiries=[command.enquiry_id], contacts=[command.contact_id])
    return Changes.of(enquiries=[command.enquiry_id])


class Actions:
    def __init__(
        self, engine: Callable[[], Engine], clock: Callable[[], datetime], queued: Callable[[], None]
    ) -> None:
        self._engine = engine  # the signed-in session's cache engine
        self.clock = clock
        self._queued = queued  # something new in the outbox: the sync loop's count, and push soon

    def perform(self, command: AnyCommand) -> Refusal | int:
        """Decide and queue one command: the refusal (nothing written) or its mutation id."""
        from desktop.sync.optimistic import perform

        result = perform(self._engine(), command, now=self.clock())
        if isinstance(result, int):
            self._queued()
        return result

    def mark_notifications_read(self, ids: list[str] | None = None) -> Changes:
        """`ids` (None: every unread one) read here; the server hears of it at the next sync."""
        from sqlalchemy import text

        from desktop.sync import read_marks

        with self._engine().begin() as conn:
            if ids is None:
                found = [
                    str(i)
                    for i in conn.execute(text("SELECT id FROM notifications WHERE read = 0")).scalars()
                ]
            else:
                found = [
                    str(i)
                    for i in conn.execute(
                        text(
                            "SELECT id FROM notifications WHERE read = 0"
                            " AND id IN (SELECT value FROM json_each(:ids))"
                        ),
                        {"ids": json.dumps(ids)},
                    ).scalars()
                ]
            if not found:
                return Changes()
            conn.execute(
                text("UPDATE notifications SET read = 1 WHERE id IN (SELECT value FROM json_each(:ids))"),
                {"ids": json.dumps(found)},
            )
            read_marks.remember(conn, None if ids is None else found)
        self._queued()  # sync soon: the other devices learn it
        return Changes.of(notifications=found)

    def mark_refusals_seen(self) -> Changes:
        return Changes.of(refusals=self._mark("refusals", "seen"))

    def _mark(self, table: str, flag: str) -> list[str]:
        from sqlalchemy import text

        key = "mutation_id" if table == "refusals" else "id"
        with self._engine().begin() as conn:
            ids = [
                str(i) for i in conn.execute(text(f"SELECT {key} FROM {table} WHERE {flag} = 0")).scalars()
            ]
            conn.execute(text(f"UPDATE {table} SET {flag} = 1 WHERE {flag} = 0"))
        return ids

    def check_survey_command(self, command: SurveyCommand) -> SurveyOutcome | Refusal:
        """Decide without writing: the dialog shows errors at the field and notices before saving."""
        from desktop.sync.survey_local import decide_local

        with self._engine().connect() as conn:
            return decide_local(conn, command, self.clock())
