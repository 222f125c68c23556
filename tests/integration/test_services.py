"""The services on real workspace files: personas, journeys, workspace facts, demo content."""

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import delete, func
from sqlmodel import col, select

from personabuilder.model import (
    Archetype,
    Cell,
    Direction,
    EmotionScore,
    Evidence,
    JourneyMap,
    JourneyPersona,
    Lane,
    LaneKind,
    Metric,
    MetricUnit,
    MetricValue,
    Stage,
)
from personabuilder.services import NotFoundError, Services, ValidationError
from personabuilder.services.readmodels import (
    LIST_FIELDS,
    TEXT_FIELDS,
    CellSpec,
    JourneyDetail,
    JourneySpec,
    LaneSpec,
    MetricSpec,
    PersonaData,
    StageSpec,
)
from personabuilder.services.starter import build_demo, last_months
from personabuilder.services.workspace import COUNTED
from personabuilder.store import ConstraintError, Workspace, open_workspace

DAY = date(2026, 11, 15)


def _full_persona(name: str = "Nadia Okafor", **changes: Any) -> PersonaData:
    data = PersonaData(
        name=name,
        archetype=Archetype.TECHNICAL_EVALUATOR,
        job_title="Head of Platform",
        company="Northwind Analytics",
        company_size="200-500 employees",
        industry="Logistics software",
        age_band="35-44",
        location="Lyon",
        quote="Show me the API before the slides.",
        bio="Runs the platform team and signs off every integration.",
        goals=("Cut integration time", "Keep audits painless"),
        pain_points=("Opaque pricing",),
        motivations=("Fewer pager alerts",),
        objections=("Another vendor to secure",),
        decision_criteria=("SSO", "Export of all data"),
        channels=("GitHub", "Hacker News"),
        tools=("Terraform", "Grafana"),
        tags=("technical", "gatekeeper"),
        tech_savviness=5,
        influence=4,
        photo=b"\x89PNG\r\n\x1a\nfake",
        photo_mime="image/png",
    )
    return replace(data, **changes)


def _rows(ws: Workspace, table: type[Any], *where: Any) -> int:
    with ws.reading() as s:
        return s.exec(select(func.count()).select_from(table).where(*where)).one()


def _sample_spec(persona_ids: tuple[uuid.UUID, ...]) -> JourneySpec:
    months = last_months(DAY, 3)
    return JourneySpec(
        title="  Self-serve trial  ",
        description="From first visit to paid plan.",
        persona_ids=persona_ids,
        stages=(
            StageSpec("Discover", "Finds us", "#112233"),
            StageSpec("Try", "Starts a trial", "#445566"),
            StageSpec("Buy", "Pays"),
            StageSpec("Renew", "Stays", loop_to=1),
        ),
        lanes=(
            LaneSpec(LaneKind.TOUCHPOINTS, "Touchpoints", "#abcdef"),
            LaneSpec(LaneKind.PAIN_POINTS, "Pain points"),
            LaneSpec(LaneKind.EMOTION, "Feeling"),
        ),
        cells={
            (0, 0): CellSpec("Blog post", ({"text": "SEO article"},), Evidence.RESEARCH_BACKED),
            (1, 1): CellSpec(
                "Setup is long", ({"text": "No sample data", "severity": 4},), Evidence.ASSUMPTION
            ),
            (3, 0): CellSpec("Renewal e-mail"),
        },
        emotions={
            (i, pid): (as_is, to_be)
            for pid in persona_ids
            for i, (as_is, to_be) in enumerate(((0, 1), (-2, None), (1, 2), (2, None)))
        },
        metrics=(
            MetricSpec(
                0,
                "Visitors",
                MetricUnit.COUNT,
                target=5000.0,
                values=tuple(zip(months, (4000.0, 4200.0, 4700.0), strict=True)),
            ),
            MetricSpec(
                1,
                "Days to first value",
                MetricUnit.DAYS,
                Direction.LOWER_IS_BETTER,
                target=3.0,
                values=tuple(zip(reversed(months), (6.0, 5.0, 4.0), strict=True)),
            ),
            MetricSpec(0, "Sign-up rate", MetricUnit.PERCENT),
        ),
    )


@pytest.fixture
def three(services: Services) -> list[uuid.UUID]:
    """Three personas, one of each buying role."""
    return [
        services.personas.create(_full_persona("Exec", archetype=Archetype.EXECUTIVE_SPONSOR)).id,
        services.personas.create(_full_persona("Tech")).id,
        services.personas.create(_full_persona("Champ", archetype=Archetype.END_USER_CHAMPION)).id,
    ]


@pytest.fixture
def journey(services: Services, three: list[uuid.UUID]) -> uuid.UUID:
    return services.journeys.create(_sample_spec(tuple(three)))


# -- personas -------------------------------------------------------------------------


class TestPersonaCreateAndRead:
    def test_create_returns_what_get_returns(self, services: Services) -> None:
        before = datetime.now(UTC)
        created = services.personas.create(_full_persona())
        assert created.data == _full_persona()
        assert created.position == 1
        assert created.journeys == ()
        assert created.created_at.tzinfo is not None
        assert before - timedelta(seconds=1) <= created.created_at <= datetime.now(UTC)
        assert services.personas.get(created.id) == created

    def test_client_assigned_id(self, services: Services) -> None:
        wanted = uuid.uuid4()
        assert services.personas.create(PersonaData(name="Fixed"), persona_id=wanted).id == wanted
        assert services.personas.get(wanted).data.name == "Fixed"

    def test_text_is_trimmed_and_blank_list_entries_dropped(self, services: Services) -> None:
        created = services.personas.create(
            PersonaData(name="  Ana  ", job_title=" CTO ", goals=(" grow ", "", "   "))
        )
        assert created.data.name == "Ana"
        assert created.data.job_title == "CTO"
        assert created.data.goals == ("grow",)

    def test_positions_follow_creation_order(self, services: Services) -> None:
        ids = [services.personas.create(PersonaData(name=n)).id for n in ("Zoe", "Adam", "Mia")]
        assert [services.personas.get(i).position for i in ids] == [1, 2, 3]
        assert [p.name for p in services.listing.personas()] == ["Zoe", "Adam", "Mia"]

    def test_summaries_filter_and_page(self, services: Services, three: list[uuid.UUID]) -> None:
        tech = services.listing.personas(archetype=Archetype.TECHNICAL_EVALUATOR)
        assert [p.id for p in tech] == [three[1]]
        assert [p.id for p in services.listing.personas(offset=1, limit=1)] == [three[1]]
        assert [p.id for p in services.listing.personas(offset=2)] == [three[2]]
        summary = services.listing.persona(three[0])
        assert summary.name == "Exec"
        assert summary.archetype is Archetype.EXECUTIVE_SPONSOR
        assert summary.job_title == "Head of Platform"
        assert summary.company == "Northwind Analytics"

    def test_count_by_archetype(self, services: Services, three: list[uuid.UUID]) -> None:
        services.personas.create(PersonaData(name="Other"))
        services.personas.create(PersonaData(name="Second tech", archetype="technical_evaluator"))  # type: ignore[arg-type]
        assert services.listing.persona_counts() == {
            Archetype.EXECUTIVE_SPONSOR: 1,
            Archetype.TECHNICAL_EVALUATOR: 2,
            Archetype.END_USER_CHAMPION: 1,
            Archetype.CUSTOM: 1,
        }

    def test_create_many(self, services: Services) -> None:
        services.personas.create(PersonaData(name="First"))
        ids = services.personas.create_many(
            [PersonaData(name=f"Bulk {i}", tags=("import",)) for i in range(50)]
        )
        assert len(ids) == len(set(ids)) == 50
        assert services.workspace.counts()["personas"] == 51
        assert [services.personas.get(i).position for i in ids] == list(range(2, 52))
        assert services.personas.get(ids[7]).data.tags == ("import",)

    def test_unknown_ids(self, services: Services) -> None:
        missing = uuid.uuid4()
        with pytest.raises(NotFoundError):
            services.personas.get(missing)
        with pytest.raises(NotFoundError):
            services.listing.persona(missing)
        with pytest.raises(NotFoundError):
            services.personas.update(missing, name="Ghost")
        with pytest.raises(NotFoundError):
            services.personas.delete(missing)


class TestPersonaUpdate:
    def test_returns_the_data_as_it_was(self, services: Services) -> None:
        created = services.personas.create(_full_persona())
        before = services.personas.update(
            created.id, name="Nadia O.", tech_savviness=2, goals=["Only one goal"]
        )
        assert before == created.data
        after = services.personas.get(created.id)
        assert after.data == replace(
            created.data, name="Nadia O.", tech_savviness=2, goals=("Only one goal",)
        )
        assert after.created_at == created.created_at
        assert after.updated_at > created.updated_at
        assert after.position == created.position

    def test_archetype_by_value(self, services: Services) -> None:
        created = services.personas.create(PersonaData(name="Role change"))
        services.personas.update(created.id, archetype="end_user_champion")
        assert services.personas.get(created.id).data.archetype is Archetype.END_USER_CHAMPION

    @pytest.mark.parametrize(
        "changes",
        [
            {"name": ""},
            {"name": "   "},
            {"name": "n" * 201},
            {"bio": "b" * 20_001},
            {"quote": "q" * 20_001},
            {"job_title": "j" * 201},
            {"tech_savviness": 0},
            {"tech_savviness": 6},
            {"tech_savviness": True},
            {"influence": 0},
            {"influence": 2.5},
            {"shoe_size": 42},
            {"archetype": "wizard"},
            {"goals": [f"goal {i}" for i in range(201)]},
            {"name": "Valid", "tech_savviness": 9},
        ],
        ids=lambda c: ",".join(c),
    )
    def test_invalid_change_writes_nothing(
        self, services: Services, changes: dict[str, Any]
    ) -> None:
        created = services.personas.create(_full_persona())
        counts = services.workspace.counts()
        with pytest.raises(ValidationError) as info:
            services.personas.update(created.id, **changes)
        assert info.value.field in changes
        assert services.personas.get(created.id) == created
        assert services.workspace.counts() == counts


@pytest.mark.parametrize(
    "changes",
    [
        {"name": ""},
        {"name": "n" * 201},
        {"bio": "b" * 20_001},
        {"tech_savviness": 0},
        {"tech_savviness": 6},
        {"tech_savviness": True},
        {"influence": 6},
        {"archetype": "wizard"},
    ],
    ids=lambda c: ",".join(c),
)
def test_invalid_create_writes_nothing(services: Services, changes: dict[str, Any]) -> None:
    services.personas.create(PersonaData(name="Existing"))
    counts = services.workspace.counts()
    with pytest.raises(ValidationError):
        services.personas.create(replace(_full_persona(), **changes))
    with pytest.raises(ValidationError):
        services.personas.create_many(
            [PersonaData(name="Fine"), replace(_full_persona(), **changes)]
        )
    assert services.workspace.counts() == counts


def test_name_of_exactly_200_characters_is_kept(services: Services) -> None:
    created = services.personas.create(PersonaData(name="n" * 200, bio="b" * 20_000))
    assert services.personas.get(created.id).data.name == "n" * 200


class TestPersonaDeleteRestore:
    def test_delete_cascades_links_and_scores_in_the_database(
        self, services: Services, workspace: Workspace, three: list[uuid.UUID], journey: uuid.UUID
    ) -> None:
        gone = three[1]
        assert _rows(workspace, JourneyPersona, JourneyPersona.persona_id == gone) == 1
        assert _rows(workspace, EmotionScore, EmotionScore.persona_id == gone) == 4
        services.personas.delete(gone)
        assert _rows(workspace, JourneyPersona, JourneyPersona.persona_id == gone) == 0
        assert _rows(workspace, EmotionScore, EmotionScore.persona_id == gone) == 0
        detail = services.journeys.get(journey)
        assert [p.id for p in detail.personas] == [three[0], three[2]]
        assert {e.persona_id for e in detail.emotions} == {three[0], three[2]}
        with pytest.raises(NotFoundError):
            services.personas.get(gone)
        with pytest.raises(NotFoundError):
            services.personas.delete(gone)

    def test_record_holds_links_and_scores(
        self, services: Services, three: list[uuid.UUID], journey: uuid.UUID
    ) -> None:
        detail = services.personas.get(three[2])
        record = services.personas.delete(three[2])
        assert record.detail == detail
        assert record.links == ((journey, 2),)
        assert len(record.emotions) == 4
        assert {e.persona_id for e in record.emotions} == {three[2]}

    def test_restore_puts_back_exactly_the_same(
        self, services: Services, three: list[uuid.UUID], journey: uuid.UUID
    ) -> None:
        before = services.personas.get(three[1])
        journey_before = services.journeys.get(journey)
        counts = services.workspace.counts()
        record = services.personas.delete(three[1])
        services.personas.restore(record)
        assert services.personas.get(three[1]) == before
        _assert_same_journey(services.journeys.get(journey), journey_before)
        assert services.workspace.counts() == counts

    def test_restore_skips_links_to_a_journey_deleted_meanwhile(
        self,
        services: Services,
        workspace: Workspace,
        three: list[uuid.UUID],
        journey: uuid.UUID,
    ) -> None:
        record = services.personas.delete(three[0])
        with workspace.transaction() as s:
            s.exec(delete(JourneyMap).where(col(JourneyMap.id) == journey))
        services.personas.restore(record)
        restored = services.personas.get(three[0])
        assert restored.journeys == ()
        assert restored.data == record.detail.data
        assert _rows(workspace, EmotionScore) == 0

    def test_restore_on_the_demo(self, demo_workspace: Workspace) -> None:
        services = Services.bind(demo_workspace)
        sponsor = services.listing.personas(archetype=Archetype.EXECUTIVE_SPONSOR)[0]
        persona_before = services.personas.get(sponsor.id)
        assert persona_before.journeys, "the demo's sponsor appears in a journey"
        journeys_before = {j.id: services.journeys.get(j.id) for j in services.listing.journeys()}
        counts = services.workspace.counts()

        record = services.personas.delete(sponsor.id)
        assert record.links
        assert record.emotions
        for journey_id in journeys_before:
            after_delete = services.journeys.get(journey_id)
            assert sponsor.id not in {p.id for p in after_delete.personas}
            assert sponsor.id not in {e.persona_id for e in after_delete.emotions}

        services.personas.restore(record)
        assert services.personas.get(sponsor.id) == persona_before
        for journey_id, before in journeys_before.items():
            _assert_same_journey(services.journeys.get(journey_id), before)
        assert services.workspace.counts() == counts


def _assert_same_journey(after: JourneyDetail, before: JourneyDetail) -> None:
    # The read model gives cells and scores in no promised order; compare them as sets.
    assert replace(after, cells=(), emotions=()) == replace(before, cells=(), emotions=())
    assert sorted(after.cells, key=repr) == sorted(before.cells, key=repr)
    assert set(after.emotions) == set(before.emotions)
    assert len(after.emotions) == len(before.emotions)


# -- journeys -------------------------------------------------------------------------


class TestJourneyCreate:
    def test_round_trip(self, services: Services, three: list[uuid.UUID]) -> None:
        spec = _sample_spec(tuple(three))
        journey_id = services.journeys.create(spec)
        d = services.journeys.get(journey_id)
        assert d.id == journey_id
        assert d.title == "Self-serve trial"
        assert d.description == spec.description
        assert d.created_at.tzinfo is not None
        assert [p.id for p in d.personas] == three
        assert [p.name for p in d.personas] == ["Exec", "Tech", "Champ"]
        assert d.personas[0].archetype is Archetype.EXECUTIVE_SPONSOR

        assert [(st.position, st.name, st.description, st.colour) for st in d.stages] == [
            (i, s.name, s.description, s.colour) for i, s in enumerate(spec.stages)
        ]
        stage_index = {st.id: i for i, st in enumerate(d.stages)}
        assert [
            None if st.loop_to_id is None else stage_index[st.loop_to_id] for st in d.stages
        ] == [s.loop_to for s in spec.stages]

        assert [(ln.position, ln.kind, ln.name, ln.colour) for ln in d.lanes] == [
            (i, ln.kind, ln.name, ln.colour) for i, ln in enumerate(spec.lanes)
        ]
        lane_index = {ln.id: i for i, ln in enumerate(d.lanes)}
        cells = {
            (stage_index[c.stage_id], lane_index[c.lane_id]): CellSpec(c.text, c.items, c.evidence)
            for c in d.cells
        }
        assert cells == spec.cells
        assert d.cell(d.stages[1].id, d.lanes[1].id) is not None
        assert d.cell(d.stages[2].id, d.lanes[2].id) is None

        emotions = {(stage_index[e.stage_id], e.persona_id): (e.as_is, e.to_be) for e in d.emotions}
        assert emotions == spec.emotions

        # Metrics come grouped by stage, in their order within the stage.
        assert [(stage_index[m.stage_id], m.name) for m in d.metrics] == [
            (0, "Visitors"),
            (0, "Sign-up rate"),
            (1, "Days to first value"),
        ]
        visitors, rate, days = d.metrics
        assert visitors.unit is MetricUnit.COUNT
        assert visitors.target == 5000.0
        assert visitors.values == tuple(
            zip(last_months(DAY, 3), (4000.0, 4200.0, 4700.0), strict=True)
        )
        assert visitors.latest == 4700.0
        assert rate.values == ()
        assert rate.target is None
        assert rate.latest is None
        assert days.direction is Direction.LOWER_IS_BETTER
        # Values come back oldest first whatever order they were given in.
        assert days.values == tuple(zip(last_months(DAY, 3), (4.0, 5.0, 6.0), strict=True))

    def test_summaries_and_count(self, services: Services, three: list[uuid.UUID]) -> None:
        first = services.journeys.create(_sample_spec(tuple(three)))
        second = services.journeys.create(JourneySpec(title="Empty map"))
        assert services.listing.journey_count() == 2
        listed = services.listing.journeys()
        assert [(j.id, j.title, j.stage_count) for j in listed] == [
            (first, "Self-serve trial", 4),
            (second, "Empty map", 0),
        ]
        assert services.listing.journey(second).stage_count == 0
        assert [j.id for j in services.listing.journeys(offset=1, limit=5)] == [second]
        with pytest.raises(NotFoundError):
            services.listing.journey(uuid.uuid4())
        with pytest.raises(NotFoundError):
            services.journeys.get(uuid.uuid4())

    def test_client_assigned_id(self, services: Services) -> None:
        wanted = uuid.uuid4()
        assert services.journeys.create(JourneySpec(title="Mine"), journey_id=wanted) == wanted
        assert services.journeys.get(wanted).title == "Mine"

    def test_a_stage_may_loop_to_a_later_stage(self, services: Services) -> None:
        # Validation accepts any other stage of the map as a loop target, so creation must
        # store a loop that points forward as well as one that points back.
        spec = JourneySpec(
            title="Loops both ways",
            stages=(StageSpec("A", loop_to=2), StageSpec("B"), StageSpec("C", loop_to=0)),
        )
        d = services.journeys.get(services.journeys.create(spec))
        assert d.stages[0].loop_to_id == d.stages[2].id
        assert d.stages[2].loop_to_id == d.stages[0].id


def _bad_specs(pid: uuid.UUID) -> dict[str, JourneySpec]:
    two = (StageSpec("One"), StageSpec("Two"))
    lane = (LaneSpec(LaneKind.TEXT, "Notes"),)
    return {
        "empty title": JourneySpec(title="  ", stages=two),
        "long title": JourneySpec(title="t" * 201),
        "long description": JourneySpec(title="T", description="d" * 20_001),
        "blank stage name": JourneySpec(title="T", stages=(StageSpec("One"), StageSpec(" "))),
        "blank lane name": JourneySpec(title="T", lanes=(LaneSpec(LaneKind.TEXT, ""),)),
        "loop to itself": JourneySpec(
            title="T", stages=(StageSpec("One"), StageSpec("Two", loop_to=1))
        ),
        "loop past the end": JourneySpec(title="T", stages=(StageSpec("One", loop_to=2), two[1])),
        "loop negative": JourneySpec(title="T", stages=(two[0], StageSpec("Two", loop_to=-1))),
        "emotion 3": JourneySpec(
            title="T", persona_ids=(pid,), stages=two, emotions={(0, pid): (3, None)}
        ),
        "emotion -3 to-be": JourneySpec(
            title="T", persona_ids=(pid,), stages=two, emotions={(1, pid): (0, -3)}
        ),
        "emotion not an int": JourneySpec(
            title="T",
            persona_ids=(pid,),
            stages=two,
            emotions={(1, pid): (True, None)},
        ),
        "emotion at a missing stage": JourneySpec(
            title="T", persona_ids=(pid,), stages=two, emotions={(2, pid): (1, None)}
        ),
        "cell past the last stage": JourneySpec(
            title="T", stages=two, lanes=lane, cells={(2, 0): CellSpec("x")}
        ),
        "cell past the last lane": JourneySpec(
            title="T", stages=two, lanes=lane, cells={(0, 1): CellSpec("x")}
        ),
        "cell at a negative index": JourneySpec(
            title="T", stages=two, lanes=lane, cells={(-1, 0): CellSpec("x")}
        ),
        "cell text too long": JourneySpec(
            title="T", stages=two, lanes=lane, cells={(0, 0): CellSpec("c" * 20_001)}
        ),
        "metric at a missing stage": JourneySpec(
            title="T", stages=two, metrics=(MetricSpec(2, "Churn"),)
        ),
        "metric without a name": JourneySpec(title="T", stages=two, metrics=(MetricSpec(0, " "),)),
    }


BAD_SPEC_NAMES = list(_bad_specs(uuid.uuid4()))


@pytest.mark.parametrize("case", BAD_SPEC_NAMES)
def test_invalid_spec_writes_nothing(services: Services, journey: uuid.UUID, case: str) -> None:
    pid = services.listing.personas()[0].id
    counts = services.workspace.counts()
    with pytest.raises(ValidationError):
        services.journeys.create(_bad_specs(pid)[case])
    assert services.workspace.counts() == counts
    assert [j.id for j in services.listing.journeys()] == [journey]


def test_many_personas_read_at_once_are_the_ones_read_one_by_one(
    services: Services, three: list[uuid.UUID], journey: uuid.UUID
) -> None:
    second = services.journeys.create(replace(_sample_spec((three[1],)), title="Renewal"))
    wanted = [three[2], three[1], three[0], three[1]]  # any order, a repeat kept
    many = services.personas.get_many(wanted)
    assert many == [services.personas.get(pid) for pid in wanted]
    assert [title for _, title in many[1].journeys] == ["Self-serve trial", "Renewal"]
    assert [jid for jid, _ in many[1].journeys] == [journey, second]
    assert services.personas.get_many([]) == []
    with pytest.raises(NotFoundError):
        services.personas.get_many([three[0], uuid.uuid4()])


def test_missing_persona_writes_nothing(services: Services, three: list[uuid.UUID]) -> None:
    counts = services.workspace.counts()
    spec = JourneySpec(title="T", persona_ids=(three[0], uuid.uuid4()), stages=(StageSpec("S"),))
    with pytest.raises(NotFoundError):
        services.journeys.create(spec)
    assert services.workspace.counts() == counts


def test_score_for_an_unknown_persona_is_an_input_error(
    services: Services, workspace: Workspace, three: list[uuid.UUID]
) -> None:
    # A score naming a persona that does not exist is a mistake in the input, not damage
    # to the file: it must be refused as such, with nothing written.
    counts = services.workspace.counts()
    spec = JourneySpec(
        title="T",
        persona_ids=(three[0],),
        stages=(StageSpec("S"),),
        emotions={(0, uuid.uuid4()): (1, None)},
    )
    with pytest.raises((ValidationError, NotFoundError)):
        services.journeys.create(spec)
    assert services.workspace.counts() == counts
    assert workspace.integrity_check() == "ok"


class TestJourneyRename:
    def test_returns_the_old_title(self, services: Services, journey: uuid.UUID) -> None:
        before = services.journeys.get(journey)
        assert services.journeys.rename(journey, "  Paid trial ") == "Self-serve trial"
        after = services.journeys.get(journey)
        assert after.title == "Paid trial"
        assert after.updated_at > before.updated_at
        assert after.created_at == before.created_at
        assert services.journeys.rename(journey, "Self-serve trial") == "Paid trial"

    @pytest.mark.parametrize("title", ["", "   ", "t" * 201])
    def test_invalid_title_writes_nothing(
        self, services: Services, journey: uuid.UUID, title: str
    ) -> None:
        before = services.journeys.get(journey)
        with pytest.raises(ValidationError):
            services.journeys.rename(journey, title)
        assert services.journeys.get(journey) == before

    def test_unknown_journey(self, services: Services) -> None:
        with pytest.raises(NotFoundError):
            services.journeys.rename(uuid.uuid4(), "Anything")


class TestDatabaseCascades:
    def test_deleting_a_journey_row_removes_everything_under_it(
        self, services: Services, workspace: Workspace, three: list[uuid.UUID], journey: uuid.UUID
    ) -> None:
        other = services.journeys.create(_sample_spec((three[0],)))
        other_before = services.journeys.get(other)
        d = services.journeys.get(journey)
        counts = services.workspace.counts()
        with workspace.transaction() as s:
            row = s.get(JourneyMap, journey)
            assert row is not None
            s.delete(row)
        after = services.workspace.counts()
        n_values = sum(len(m.values) for m in d.metrics)
        assert counts["journey_maps"] - after["journey_maps"] == 1
        assert counts["stages"] - after["stages"] == len(d.stages) == 4
        assert counts["lanes"] - after["lanes"] == len(d.lanes) == 3
        assert counts["cells"] - after["cells"] == len(d.cells) == 3
        assert counts["emotion_scores"] - after["emotion_scores"] == len(d.emotions) == 12
        assert counts["metrics"] - after["metrics"] == len(d.metrics) == 3
        assert counts["metric_values"] - after["metric_values"] == n_values == 6
        assert counts["journey_personas"] - after["journey_personas"] == 3
        assert after["personas"] == counts["personas"]
        for table, column in (
            (Stage, Stage.journey_id),
            (Lane, Lane.journey_id),
            (JourneyPersona, JourneyPersona.journey_id),
        ):
            assert _rows(workspace, table, column == journey) == 0
        stage_ids = [st.id for st in d.stages]
        assert _rows(workspace, Cell, col(Cell.stage_id).in_(stage_ids)) == 0
        assert _rows(workspace, Metric, col(Metric.stage_id).in_(stage_ids)) == 0
        metric_ids = [m.id for m in d.metrics]
        assert _rows(workspace, MetricValue, col(MetricValue.metric_id).in_(metric_ids)) == 0
        _assert_same_journey(services.journeys.get(other), other_before)

    def test_deleting_a_stage_clears_loops_to_it(
        self, services: Services, workspace: Workspace, journey: uuid.UUID
    ) -> None:
        d = services.journeys.get(journey)
        target = d.stages[1]
        assert d.stages[3].loop_to_id == target.id
        with workspace.transaction() as s:
            s.exec(delete(Stage).where(col(Stage.id) == target.id))
        after = services.journeys.get(journey)
        assert [st.name for st in after.stages] == ["Discover", "Buy", "Renew"]
        assert after.stages[-1].loop_to_id is None
        assert all(c.stage_id != target.id for c in after.cells)
        assert all(e.stage_id != target.id for e in after.emotions)
        assert [m.name for m in after.metrics] == ["Visitors", "Sign-up rate"]

    def test_a_dangling_reference_is_refused(
        self, workspace: Workspace, journey: uuid.UUID
    ) -> None:
        with pytest.raises(ConstraintError, match=r"(?i)foreign key"), workspace.transaction() as s:
            s.add(Stage(journey_id=uuid.uuid4(), name="Orphan"))
        assert _rows(workspace, Stage, Stage.name == "Orphan") == 0


# -- workspace ------------------------------------------------------------------------


class TestWorkspaceService:
    def test_counts_of_an_empty_workspace(self, services: Services) -> None:
        counts = services.workspace.counts()
        assert set(counts) == set(COUNTED)
        assert set(counts.values()) == {0}

    def test_counts_follow_the_content(
        self, services: Services, three: list[uuid.UUID], journey: uuid.UUID
    ) -> None:
        counts = services.workspace.counts()
        assert counts["personas"] == 3
        assert counts["journey_maps"] == 1
        assert counts["journey_personas"] == 3
        assert counts["stages"] == 4
        assert counts["lanes"] == 3
        assert counts["cells"] == 3
        assert counts["emotion_scores"] == 12
        assert counts["metrics"] == 3
        assert counts["metric_values"] == 6
        assert counts["workshop_sessions"] == counts["captured_items"] == counts["snapshots"] == 0

    def test_settings(self, services: Services, workspace: Workspace) -> None:
        assert services.workspace.setting("language") == ""
        assert services.workspace.setting("language", "en") == "en"
        services.workspace.set_setting("language", "fr")
        services.workspace.set_setting("brand_colour", "#123456")
        services.workspace.set_setting("language", "en")
        assert services.workspace.setting("language") == "en"
        assert services.workspace.setting("brand_colour") == "#123456"
        reopened = open_workspace(workspace.location, read_only=True)
        try:
            assert Services.bind(reopened).workspace.setting("brand_colour") == "#123456"
        finally:
            reopened.close()


# -- demo content ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Services]]:
    """The demo built once in each language, open read-only."""
    folder = tmp_path_factory.mktemp("demos")
    opened: list[Workspace] = []
    out: dict[str, Services] = {}
    try:
        for lang in ("en", "fr"):
            path = folder / f"demo-{lang}.pbw"

            def populate(ws: Workspace, lang: str = lang) -> None:
                build_demo(Services.bind(ws), lang, today=DAY)

            Workspace.create(path, populate=populate).close()
            ws = Workspace.open(path, read_only=True)
            opened.append(ws)
            out[lang] = Services.bind(ws)
        yield out
    finally:
        for ws in opened:
            ws.close()


def _journeys(services: Services) -> dict[int, JourneyDetail]:
    """The demo's journeys by their number of stages."""
    details = [services.journeys.get(j.id) for j in services.listing.journeys()]
    return {len(d.stages): d for d in details}


@pytest.mark.parametrize("lang", ["en", "fr"])
class TestDemo:
    def test_three_personas_one_per_role(self, demos: dict[str, Services], lang: str) -> None:
        services = demos[lang]
        assert services.listing.persona_counts() == {
            Archetype.EXECUTIVE_SPONSOR: 1,
            Archetype.TECHNICAL_EVALUATOR: 1,
            Archetype.END_USER_CHAMPION: 1,
        }
        for summary in services.listing.personas():
            data = services.personas.get(summary.id).data
            for name in TEXT_FIELDS:
                if name != "custom_archetype":
                    assert getattr(data, name).strip(), (summary.name, name)
            for name in LIST_FIELDS:
                values = getattr(data, name)
                assert values, (summary.name, name)
                assert all(v.strip() for v in values)
            assert 1 <= data.tech_savviness <= 5
            assert 1 <= data.influence <= 5

    def test_language_setting(self, demos: dict[str, Services], lang: str) -> None:
        assert demos[lang].workspace.setting("language") == lang

    def test_two_journeys(self, demos: dict[str, Services], lang: str) -> None:
        assert demos[lang].listing.journey_count() == 2
        assert sorted(_journeys(demos[lang])) == [7, 9]

    def test_nine_stage_map_is_complete(self, demos: dict[str, Services], lang: str) -> None:
        d = _journeys(demos[lang])[9]
        assert len(d.lanes) == 8
        assert {ln.kind for ln in d.lanes} == set(LaneKind)
        for stage in d.stages:
            for lane in d.lanes:
                assert d.cell(stage.id, lane.id) is not None, (stage.name, lane.name)
        assert d.personas
        scores = {(e.stage_id, e.persona_id): e for e in d.emotions}
        for stage in d.stages:
            for persona in d.personas:
                score = scores.get((stage.id, persona.id))
                assert score is not None, (stage.name, persona.name)
                assert score.as_is is not None
                assert -2 <= score.as_is <= 2
        months = tuple(last_months(DAY, 12))
        for stage in d.stages:
            metrics = [m for m in d.metrics if m.stage_id == stage.id]
            assert len(metrics) >= 2, stage.name
            for m in metrics:
                assert m.target is not None, m.name
                assert len(m.values) == 12, m.name
                assert tuple(day for day, _ in m.values) == months

    def test_lifecycle_loops_back(self, demos: dict[str, Services], lang: str) -> None:
        d = _journeys(demos[lang])[7]
        position = {st.id: st.position for st in d.stages}
        loops = [st for st in d.stages if st.loop_to_id is not None]
        assert all(st.loop_to_id in position for st in loops)
        assert any(position[st.loop_to_id] < st.position for st in loops if st.loop_to_id)


def test_french_demo_is_translated(demos: dict[str, Services]) -> None:
    en, fr = (_journeys(demos[lang]) for lang in ("en", "fr"))
    assert {d.title for d in en.values()}.isdisjoint({d.title for d in fr.values()})
    for stages in (7, 9):
        en_names = [st.name for st in en[stages].stages]
        fr_names = [st.name for st in fr[stages].stages]
        assert en_names != fr_names
        en_lanes = [ln.name for ln in en[stages].lanes]
        fr_lanes = [ln.name for ln in fr[stages].lanes]
        assert en_lanes != fr_lanes
    en_jobs = {p.job_title for p in demos["en"].listing.personas()}
    fr_jobs = {p.job_title for p in demos["fr"].listing.personas()}
    assert en_jobs != fr_jobs
