"""A trigram index on the persona search text, on the team server only.

The gallery's search is ``search_text LIKE '%word%'``: without this index the server reads
every persona row for each search. On a file the table is small enough to scan, so this
revision does nothing there.

If the server lacks the pg_trgm extension (not installed, or the owner may not create it),
the revision still succeeds without the index: searches work as before, by reading the
table, and a warning is logged. Creating the extension and the index by hand later is safe.

Revision ID: 0004
Revises: 0003
"""

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_persona_search_text_trgm"
log = logging.getLogger(__name__)


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    # A savepoint: a refused CREATE EXTENSION must not abort the whole migration.
    savepoint = conn.begin_nested()
    try:
        # Trusted since PostgreSQL 13: the database owner may create it without superuser.
        conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError as exc:
        savepoint.rollback()
        log.warning("pg_trgm is not available; persona search will scan the table: %s", exc)
        return
    savepoint.commit()
    conn.execute(
        sa.text(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON persona USING gin (search_text gin_trgm_ops)"
        )
    )


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    # The extension stays: other objects of the database may use it.
    conn.execute(sa.text(f"DROP INDEX IF EXISTS {INDEX}"))
