"""Initial workspace schema: personas, journeys, metrics, workshops, snapshots.

Revision ID: 0001
Revises: none
Create Date: 2026-11-23 13:04:24.015201
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "journey_map",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=20000), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_journey_map_title_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journey_map")),
    )
    with op.batch_alter_table("journey_map", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journey_map_position"), ["position"], unique=False)
        batch_op.create_index(batch_op.f("ix_journey_map_title"), ["title"], unique=False)

    op.create_table(
        "persona",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "archetype",
            sa.Enum(
                "executive_sponsor",
                "technical_evaluator",
                "end_user_champion",
                "custom",
                name="archetype",
                native_enum=False,
                create_constraint=True,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("custom_archetype", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("job_title", sa.String(length=200), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=False),
        sa.Column("company_size", sa.String(length=200), nullable=False),
        sa.Column("industry", sa.String(length=200), nullable=False),
        sa.Column("age_band", sa.String(length=200), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("quote", sa.String(length=20000), nullable=False),
        sa.Column("bio", sa.String(length=20000), nullable=False),
        sa.Column("goals", sa.JSON(), nullable=False),
        sa.Column("pain_points", sa.JSON(), nullable=False),
        sa.Column("motivations", sa.JSON(), nullable=False),
        sa.Column("objections", sa.JSON(), nullable=False),
        sa.Column("decision_criteria", sa.JSON(), nullable=False),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("tools", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("tech_savviness", sa.Integer(), nullable=False),
        sa.Column("influence", sa.Integer(), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("photo_mime", sa.String(length=50), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("influence BETWEEN 1 AND 5", name=op.f("ck_persona_influence_range")),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_persona_name_not_empty")),
        sa.CheckConstraint(
            "tech_savviness BETWEEN 1 AND 5", name=op.f("ck_persona_tech_savviness_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persona")),
    )
    with op.batch_alter_table("persona", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persona_archetype"), ["archetype"], unique=False)
        batch_op.create_index(batch_op.f("ix_persona_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_persona_position"), ["position"], unique=False)

    op.create_table(
        "workspace_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_workspace_setting")),
    )
    op.create_table(
        "journey_persona",
        sa.Column("journey_id", sa.Uuid(), nullable=False),
        sa.Column("persona_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["journey_id"],
            ["journey_map.id"],
            name=op.f("fk_journey_persona_journey_id_journey_map"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["persona_id"],
            ["persona.id"],
            name=op.f("fk_journey_persona_persona_id_persona"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("journey_id", "persona_id", name=op.f("pk_journey_persona")),
    )
    with op.batch_alter_table("journey_persona", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_journey_persona_persona_id"), ["persona_id"], unique=False
        )

    op.create_table(
        "lane",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("journey_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "text",
                "touchpoints",
                "emotion",
                "pain_points",
                "opportunities",
                "metrics",
                "backstage",
                name="lanekind",
                native_enum=False,
                create_constraint=True,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.ForeignKeyConstraint(
            ["journey_id"],
            ["journey_map.id"],
            name=op.f("fk_lane_journey_id_journey_map"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lane")),
    )
    with op.batch_alter_table("lane", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lane_journey_id"), ["journey_id"], unique=False)

    op.create_table(
        "snapshot",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("journey_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("payload", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["journey_id"],
            ["journey_map.id"],
            name=op.f("fk_snapshot_journey_id_journey_map"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_snapshot")),
    )
    with op.batch_alter_table("snapshot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_snapshot_journey_id"), ["journey_id"], unique=False)

    op.create_table(
        "stage",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("journey_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=20000), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("loop_to_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["journey_id"],
            ["journey_map.id"],
            name=op.f("fk_stage_journey_id_journey_map"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["loop_to_id"],
            ["stage.id"],
            name=op.f("fk_stage_loop_to_id_stage"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage")),
    )
    with op.batch_alter_table("stage", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stage_journey_id"), ["journey_id"], unique=False)

    op.create_table(
        "workshop_session",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("journey_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["journey_id"],
            ["journey_map.id"],
            name=op.f("fk_workshop_session_journey_id_journey_map"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_session")),
    )
    with op.batch_alter_table("workshop_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workshop_session_journey_id"), ["journey_id"], unique=False
        )

    op.create_table(
        "captured_item",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("stage_id", sa.Uuid(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "pain_point",
                "idea",
                "question",
                "parking",
                name="capturekind",
                native_enum=False,
                create_constraint=True,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.String(length=20000), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("votes >= 0", name=op.f("ck_captured_item_votes_not_negative")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["workshop_session.id"],
            name=op.f("fk_captured_item_session_id_workshop_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["stage.id"],
            name=op.f("fk_captured_item_stage_id_stage"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_captured_item")),
    )
    with op.batch_alter_table("captured_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_captured_item_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "cell",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stage_id", sa.Uuid(), nullable=False),
        sa.Column("lane_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.String(length=20000), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column(
            "evidence",
            sa.Enum(
                "assumption",
                "partly_backed",
                "research_backed",
                name="evidence",
                native_enum=False,
                create_constraint=True,
                length=30,
            ),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["lane_id"], ["lane.id"], name=op.f("fk_cell_lane_id_lane"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"], ["stage.id"], name=op.f("fk_cell_stage_id_stage"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cell")),
        sa.UniqueConstraint("stage_id", "lane_id", name="uq_cell_stage_lane"),
    )
    with op.batch_alter_table("cell", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cell_lane_id"), ["lane_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cell_stage_id"), ["stage_id"], unique=False)

    op.create_table(
        "emotion_score",
        sa.Column("stage_id", sa.Uuid(), nullable=False),
        sa.Column("persona_id", sa.Uuid(), nullable=False),
        sa.Column("as_is", sa.Integer(), nullable=True),
        sa.Column("to_be", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "as_is IS NULL OR as_is BETWEEN -2 AND 2", name=op.f("ck_emotion_score_as_is_range")
        ),
        sa.CheckConstraint(
            "to_be IS NULL OR to_be BETWEEN -2 AND 2", name=op.f("ck_emotion_score_to_be_range")
        ),
        sa.ForeignKeyConstraint(
            ["persona_id"],
            ["persona.id"],
            name=op.f("fk_emotion_score_persona_id_persona"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["stage.id"],
            name=op.f("fk_emotion_score_stage_id_stage"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("stage_id", "persona_id", name=op.f("pk_emotion_score")),
    )
    with op.batch_alter_table("emotion_score", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_emotion_score_persona_id"), ["persona_id"], unique=False
        )

    op.create_table(
        "metric",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stage_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "unit",
            sa.Enum(
                "count",
                "percent",
                "currency",
                "days",
                "score",
                name="metricunit",
                native_enum=False,
                create_constraint=True,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column(
            "direction",
            sa.Enum(
                "higher_is_better",
                "lower_is_better",
                name="direction",
                native_enum=False,
                create_constraint=True,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column(
            "granularity",
            sa.Enum(
                "week",
                "month",
                "quarter",
                name="granularity",
                native_enum=False,
                create_constraint=True,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("catalogue_key", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["stage_id"], ["stage.id"], name=op.f("fk_metric_stage_id_stage"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_metric")),
    )
    with op.batch_alter_table("metric", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_metric_stage_id"), ["stage_id"], unique=False)

    op.create_table(
        "metric_value",
        sa.Column("metric_id", sa.Uuid(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["metric_id"],
            ["metric.id"],
            name=op.f("fk_metric_value_metric_id_metric"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("metric_id", "period_start", name=op.f("pk_metric_value")),
    )


def downgrade() -> None:

    op.drop_table("metric_value")
    with op.batch_alter_table("metric", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_metric_stage_id"))

    op.drop_table("metric")
    with op.batch_alter_table("emotion_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_emotion_score_persona_id"))

    op.drop_table("emotion_score")
    with op.batch_alter_table("cell", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cell_stage_id"))
        batch_op.drop_index(batch_op.f("ix_cell_lane_id"))

    op.drop_table("cell")
    with op.batch_alter_table("captured_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_captured_item_session_id"))

    op.drop_table("captured_item")
    with op.batch_alter_table("workshop_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshop_session_journey_id"))

    op.drop_table("workshop_session")
    with op.batch_alter_table("stage", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_journey_id"))

    op.drop_table("stage")
    with op.batch_alter_table("snapshot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_snapshot_journey_id"))

    op.drop_table("snapshot")
    with op.batch_alter_table("lane", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lane_journey_id"))

    op.drop_table("lane")
    with op.batch_alter_table("journey_persona", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journey_persona_persona_id"))

    op.drop_table("journey_persona")
    op.drop_table("workspace_setting")
    with op.batch_alter_table("persona", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persona_position"))
        batch_op.drop_index(batch_op.f("ix_persona_name"))
        batch_op.drop_index(batch_op.f("ix_persona_archetype"))

    op.drop_table("persona")
    with op.batch_alter_table("journey_map", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journey_map_title"))
        batch_op.drop_index(batch_op.f("ix_journey_map_position"))

    op.drop_table("journey_map")
