"""Persona search text and sort name, folded, for the gallery search and sort.

Revision ID: 0002
Revises: 0001
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from personabuilder.model.search import SEARCHED_LISTS, SEARCHED_TEXT, fold, search_text

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("persona", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("search_text", sa.String(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("sort_name", sa.String(), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_persona_sort_name"), ["sort_name"], unique=False)
    conn = op.get_bind()
    columns = ", ".join(("id", *SEARCHED_TEXT, *SEARCHED_LISTS))
    rows = conn.execute(sa.text(f"SELECT {columns} FROM persona")).all()
    n_text = len(SEARCHED_TEXT)
    for row in rows:
        texts = row[1 : 1 + n_text]
        # SQLite gives JSON columns back as text, PostgreSQL's driver as decoded lists.
        lists = [
            raw if isinstance(raw, list) else json.loads(raw or "[]") for raw in row[1 + n_text :]
        ]
        conn.execute(
            sa.text("UPDATE persona SET search_text = :s, sort_name = :n WHERE id = :id"),
            {"s": search_text(texts, lists), "n": fold(row[1]), "id": row[0]},
        )


def downgrade() -> None:
    with op.batch_alter_table("persona", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persona_sort_name"))
        batch_op.drop_column("sort_name")
        batch_op.drop_column("search_text")
