"""Alembic environment of the local cache; run through `desktop.models.cache.migrate`."""

from __future__ import annotations

from alembic import context

from desktop.models.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
