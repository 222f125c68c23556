"""Alembic environment: always given an open connection by store.migrate."""

from alembic import context

from personabuilder.model.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
