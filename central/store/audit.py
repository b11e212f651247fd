"""Append-only audit log (controller changes, partners reading personal data, account events).

The database itself refuses UPDATE and DELETE on this table (triggers on SQLite and PostgreSQL),
so not even a bug in the server can rewrite the past.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import DDL, String, Text, event
from sqlalchemy.orm import Mapped, Session, mapped_column

from central.store.base import Base, UTCDateTime


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    action: Mapped[str] = mapped_column(String(40))
    actor_id: Mapped[str | None] = mapped_column(String(36))
    company_id: Mapped[str | None] = mapped_column(String(36))
    enquiry_id: Mapped[str | None] = mapped_column(String(64), index=True)
    details: Mapped[str] = mapped_column(Text, default="{}")


def record(
    session: Session,
    *,
    action: str,
    at: datetime,
    actor_id: str | None,
    company_id: str | None,
    enquiry_id: str | None = None,
    **details: Any,
) -> None:
    session.add(
        AuditEntry(
            id=str(uuid.uuid4()),
            at=at,
            action=action,
            actor_id=actor_id,
            company_id=company_id,
            enquiry_id=enquiry_id,
            details=json.dumps(details, default=str),
        )
    )


GUARDS = {
    "sqlite": [
        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN "
        "SELECT RAISE(ABORT, 'audit_log is append-only'); END",
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN "
        "SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    ],
    "postgresql": [
        "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$ BEGIN "
        "RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql",
        "CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    ],
}


def guard_statements(dialect: str) -> list[str]:
    """The triggers that make `audit_log` append-only (used by create_all and the migration)."""
    return GUARDS.get(dialect, [])


for _dialect, _statements in GUARDS.items():
    for _sql in _statements:
        event.listen(AuditEntry.__table__, "after_create", DDL(_sql).execute_if(dialect=_dialect))
