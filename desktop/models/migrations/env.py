"""Alembic environment of the local cache; run through `desktop.models.cache.migrate`."""

from __future__ import annotations

from alembic import context

from desktop.models.schema import metadata

connection = context.config.attributes["connection"]


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """The FTS5 indexes and their shadow tables are made by hand (c0001, c0004), not by metadata."""
    return not (
        type_ == "table" and name is not None and name.startswith(("enquiries_fts", "survey_contacts_fts"))
    )


context.configure(
    connection=connection, target_metadata=metadata, render_as_batch=True, include_object=include_object
)
with context.begin_transaction():
    context.run_migrations()
