"""Row versions: every editable row gets a ``version`` (1 on existing rows).

Revision ID: 0003
Revises: 0002

The ORM checks and bumps it on every write (``version_id_col``), so an edit based on a
stale read is refused instead of overwriting a colleague's change. Adding a NOT NULL
column with a default is a plain ALTER TABLE on SQLite (no table rebuild, so no cascade
risk) and on PostgreSQL (no table rewrite since version 11).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = (
    "workspace_setting",
    "persona",
    "journey_map",
    "stage",
    "lane",
    "cell",
    "emotion_score",
    "metric",
    "metric_value",
    "workshop_session",
    "captured_item",
)


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))
            )


def downgrade() -> None:
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
