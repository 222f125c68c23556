"""Schema migrations: Alembic is imported only here, and only when a migration is due.

The same revisions build a workspace file (SQLite) and a team workspace (PostgreSQL).
"""

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from personabuilder.store.sqlite import APPLICATION_ID

if TYPE_CHECKING:
    from sqlalchemy import Connection

log = logging.getLogger(__name__)

# The Alembic head this build writes; user_version holds its number so the version can
# be read from the file header without SQLite or Alembic.
HEAD_REVISION = "0004"
SCHEMA_VERSION = int(HEAD_REVISION)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class MigrationError(Exception):
    """A migration left foreign-key violations; it was rolled back."""


def upgrade(conn: sqlite3.Connection, revision: str = HEAD_REVISION) -> None:
    """Brings the schema on ``conn`` to ``revision`` (the head) in one transaction.

    Foreign keys are off during the run: a batch rebuild of a parent table with
    ON DELETE CASCADE would otherwise delete every child row. They are checked before commit.
    """
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    conn.execute("PRAGMA foreign_keys=OFF")
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    try:
        with engine.connect() as sa_conn:
            sa_conn.exec_driver_sql("BEGIN IMMEDIATE")
            run_revisions(sa_conn, revision)
            problems = sa_conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            if problems:
                sa_conn.exec_driver_sql("ROLLBACK")
                raise MigrationError(f"migration left {len(problems)} broken references")
            sa_conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            sa_conn.exec_driver_sql(f"PRAGMA user_version={int(revision)}")
            sa_conn.exec_driver_sql("COMMIT")
    finally:
        conn.execute("PRAGMA foreign_keys=ON")
    log.info("workspace schema now at revision %s", revision)


def run_revisions(sa_conn: "Connection", revision: str = HEAD_REVISION) -> None:
    """Runs the Alembic revisions up to ``revision`` inside the transaction open on ``sa_conn``.

    The caller owns the transaction (and, on a server, the lock that keeps two clients from
    migrating at once): it commits or rolls back the whole run.
    """
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = sa_conn
    command.upgrade(cfg, revision)
