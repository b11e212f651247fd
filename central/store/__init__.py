"""Importing this package registers every table on `Base.metadata` (Alembic, `create_all`).

Add each new model module here.
"""

from central.mail import outbox
from central.store import (
    accounts,
    audit,
    contacts,
    documents,
    enquiries,
    erasure_tables,
    invites,
    notification_tables,
    report_cube_tables,
    report_tables,
    routes,
    surveys,
    sync,
    throttle,
)

__all__ = [
    "accounts",
    "audit",
    "contacts",
    "documents",
    "enquiries",
    "erasure_tables",
    "invites",
    "notification_tables",
    "outbox",
    "report_cube_tables",
    "report_tables",
    "routes",
    "surveys",
    "sync",
    "throttle",
]
