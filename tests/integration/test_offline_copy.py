"""Offline copies of a team workspace and publishing them back, on the real test server."""

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from personabuilder.model.enums import LaneKind
from personabuilder.model.tables import (
    Cell,
    JourneyMap,
    JourneyPersona,
    Metric,
    MetricValue,
    Persona,
    Stage,
)
from personabuilder.services import Services
from personabuilder.services.offline import OfflineError, origin_of, publish, take_offline
from personabuilder.services.readmodels import (
    CellSpec,
    JourneySpec,
    LaneSpec,
    MetricSpec,
    PersonaData,
    StageSpec,
)
from personabuilder.store import open_workspace
from personabuilder.store import team as team_admin
from personabuilder.store.postgres import TeamWorkspace
from personabuilder.store.seam import WorkspaceStore, mask_url
from tests.integration.test_team_roles import TeamDb, add
from tests.integration.test_team_roles import team_db as team_db
from tests.pg_cluster import Cluster


@pytest.fixture
def team_url(pg_cluster: Cluster, pg_templates: dict[str, str]) -> Iterator[str]:
    """A private team workspace with the demo content: its superuser URL."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    url = pg_cluster.create_database(name, template=pg_templates["demo"])
    yield url
    pg_cluster.drop_database(name)


@pytest.fixture
def team(team_url: str) -> Iterator[WorkspaceStore]:
    """The team workspace, open."""
    ws = TeamWorkspace.open(team_url)
    yield ws
    ws.close()


@pytest.fixture
def copy_path(team: WorkspaceStore, team_url: str, tmp_path: Path) -> Path:
    """An offline copy of the team workspace."""
    path = tmp_path / "offline.pbw"
    take_offline(team, team_url, path)
    return path


def _rows(ws: WorkspaceStore, model: Any) -> dict[Any, dict[str, Any]]:
    table = model.__table__
    keys = [c.name for c in table.primary_key.columns]
    with ws.reading() as s:
        rows = [dict(r) for r in s.execute(select(table)).mappings()]
    return {tuple(r[k] for k in keys): r for r in rows}


def _personas(ws: WorkspaceStore) -> dict[Any, dict[str, Any]]:
    return _rows(ws, Persona)


def _first_two(ws: WorkspaceStore) -> tuple[uuid.UUID, uuid.UUID]:
    ids = sorted(_personas(ws))
    return ids[0][0], ids[1][0]


def _edit_copy(copy_path: Path, **changes: dict[str, Any]) -> None:
    copy = open_workspace(copy_path)
    try:
        for raw_id, values in changes.items():
            Services.bind(copy).personas.update(uuid.UUID(raw_id), **values)
    finally:
        copy.close()


def _without_version(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "version"}


def test_the_copy_remembers_its_origin_without_password(
    team: WorkspaceStore, team_url: str, copy_path: Path
) -> None:
    copy = open_workspace(copy_path)
    try:
        origin = origin_of(copy)
        assert origin.url == mask_url(team_url).replace(":***", "")
        assert "***" not in origin.url
        assert copy.integrity_check() == "ok"
        assert {k: _without_version(v) for k, v in _personas(copy).items()} == {
            k: _without_version(v) for k, v in _personas(team).items()
        }
    finally:
        copy.close()
    assert sqlite3.connect(copy_path).execute("select 1").fetchone() == (1,)


def test_publish_sends_exactly_the_rows_changed_offline(
    team: WorkspaceStore, team_url: str, copy_path: Path
) -> None:
    first, second = _first_two(team)
    before = _personas(team)
    _edit_copy(copy_path, **{str(first): {"bio": "Written offline."}})
    copy = open_workspace(copy_path)
    try:
        Services.bind(copy).personas.delete(second)
    finally:
        copy.close()

    report = publish(copy_path, url=team_url)

    assert report.changed == [("persona", before[(first,)]["name"])]
    assert report.deleted == [("persona", before[(second,)]["name"])]
    assert not report.conflicts
    after = _personas(team)
    copy = open_workspace(copy_path)
    try:
        mine = _personas(copy)
    finally:
        copy.close()
    assert (second,) not in after
    assert _without_version(after[(first,)]) == _without_version(mine[(first,)])
    assert after[(first,)]["version"] == before[(first,)]["version"] + 1
    for key, row in after.items():
        if key != (first,):
            assert row == before[key]

    again = publish(copy_path, url=team_url)
    assert again.nothing
    assert _personas(team) == after


def test_changes_to_different_fields_on_both_sides_merge(
    team: WorkspaceStore, team_url: str, copy_path: Path
) -> None:
    first, _ = _first_two(team)
    Services.bind(team).personas.update(first, quote="Said on the server.")
    _edit_copy(copy_path, **{str(first): {"bio": "Written offline."}})

    report = publish(copy_path, url=team_url)

    assert not report.conflicts
    row = _personas(team)[(first,)]
    assert (row["quote"], row["bio"]) == ("Said on the server.", "Written offline.")
    copy = open_workspace(copy_path)
    try:
        mine = _personas(copy)[(first,)]
    finally:
        copy.close()
    assert (mine["quote"], mine["bio"]) == ("Said on the server.", "Written offline.")
    assert "said on the server" in row["search_text"]
    assert publish(copy_path, url=team_url).nothing


def test_the_same_field_changed_on_both_sides_is_reported_and_kept_on_both(
    team: WorkspaceStore, team_url: str, copy_path: Path
) -> None:
    first, _ = _first_two(team)
    Services.bind(team).personas.update(first, bio="Theirs.", quote="Their quote.")
    _edit_copy(copy_path, **{str(first): {"bio": "Mine.", "job_title": "Offline title"}})
    server_before = _personas(team)

    report = publish(copy_path, url=team_url)

    assert report.sent == 0
    assert [(c.kind, c.field, c.theirs, c.yours) for c in report.conflicts] == [
        ("persona", "bio", "Theirs.", "Mine.")
    ]
    assert _personas(team) == server_before
    copy = open_workspace(copy_path)
    try:
        assert _personas(copy)[(first,)]["bio"] == "Mine."
    finally:
        copy.close()

    resolved = publish(copy_path, url=team_url, keep="mine")
    assert not resolved.conflicts
    row = _personas(team)[(first,)]
    assert (row["bio"], row["quote"], row["job_title"]) == (
        "Mine.",
        "Their quote.",
        "Offline title",
    )
    assert publish(copy_path, url=team_url).nothing


def test_keeping_theirs_takes_the_server_text_into_the_copy(
    team: WorkspaceStore, team_url: str, copy_path: Path
) -> None:
    first, _ = _first_two(team)
    Services.bind(team).personas.update(first, bio="Theirs.")
    _edit_copy(copy_path, **{str(first): {"bio": "Mine."}})
    conflict = publish(copy_path, url=team_url).conflicts[0]

    report = publish(copy_path, url=team_url, keep={conflict.row: "theirs"})

    assert report.nothing
    copy = open_workspace(copy_path)
    try:
        assert _personas(copy)[(first,)]["bio"] == "Theirs."
    finally:
        copy.close()
    assert _personas(team)[(first,)]["bio"] == "Theirs."


def test_a_row_deleted_on_the_server_and_changed_offline_is_a_conflict(
    team: WorkspaceStore, team_url: str, copy_path: Path
) -> None:
    first, _ = _first_two(team)
    Services.bind(team).personas.delete(first)
    _edit_copy(copy_path, **{str(first): {"bio": "Mine."}})

    report = publish(copy_path, url=team_url)

    assert [(c.kind, c.field, c.theirs, c.yours) for c in report.conflicts] == [
        ("persona", "(deleted)", "deleted", "changed")
    ]
    assert (first,) not in _personas(team)


def test_a_row_deleted_offline_and_changed_on_the_server_is_a_conflict(
    team: WorkspaceStore, team_url: str, copy_path: Path
) -> None:
    first, _ = _first_two(team)
    Services.bind(team).personas.update(first, bio="Theirs.")
    copy = open_workspace(copy_path)
    try:
        Services.bind(copy).personas.delete(first)
    finally:
        copy.close()

    report = publish(copy_path, url=team_url)

    assert [(c.field, c.theirs, c.yours) for c in report.conflicts] == [
        ("(deleted)", "changed", "deleted")
    ]
    assert _personas(team)[(first,)]["bio"] == "Theirs."


def test_rows_added_offline_arrive(team: WorkspaceStore, team_url: str, copy_path: Path) -> None:
    copy = open_workspace(copy_path)
    try:
        services = Services.bind(copy)
        persona = services.personas.create(PersonaData(name="Offline Olga"))
        spec = JourneySpec(
            title="Offline map",
            persona_ids=(persona.id,),
            stages=(StageSpec("Find"), StageSpec("Buy", loop_to=0)),
            lanes=(LaneSpec(LaneKind.TEXT, "Notes"),),
            cells={(0, 0): CellSpec(text="Searched"), (1, 0): CellSpec(text="Paid")},
            metrics=(MetricSpec(0, "Visits", values=((date(2026, 1, 1), 12.0),)),),
        )
        journey_id = services.journeys.create(spec)
        added = {m: _rows(copy, m) for m in (Persona, JourneyMap, Stage, Cell, Metric, MetricValue)}
    finally:
        copy.close()

    report = publish(copy_path, url=team_url)

    assert ("persona", "Offline Olga") in report.added
    assert ("journey map", "Offline map") in report.added
    server = {m: _rows(team, m) for m in added}
    for model, rows in added.items():
        for key, row in rows.items():
            assert _without_version(server[model][key]) == _without_version(row)
    assert (journey_id,) in server[JourneyMap]
    assert publish(copy_path, url=team_url).nothing


def test_publish_is_all_or_nothing(team: WorkspaceStore, team_url: str, copy_path: Path) -> None:
    first, second = _first_two(team)
    _edit_copy(copy_path, **{str(first): {"bio": "Written offline."}})
    # The file does not enforce a name's length; the server does, mid-way through the publish.
    with sqlite3.connect(copy_path) as raw:
        raw.execute("UPDATE persona SET name = ? WHERE id = ?", ("x" * 300, second.hex))
    before = _personas(team)

    with pytest.raises(OfflineError, match="refused by the workspace's rules"):
        publish(copy_path, url=team_url)

    assert _personas(team) == before
    copy = open_workspace(copy_path)
    try:
        assert _personas(copy)[(first,)]["bio"] == "Written offline."  # still to publish
    finally:
        copy.close()


def test_a_map_deleted_offline_keeps_a_cell_a_colleague_changed(
    team: WorkspaceStore, team_url: str, copy_path: Path
) -> None:
    cell = next(iter(_rows(team, Cell).values()))
    with team.transaction() as s:
        stage = s.get(Stage, cell["stage_id"])
        assert stage is not None
        journey_id = stage.journey_id
        row = s.get(Cell, cell["id"])
        assert row is not None
        row.text = "Changed by a colleague."
    copy = open_workspace(copy_path)
    try:
        Services.bind(copy).journey_lifecycle.delete(journey_id)
    finally:
        copy.close()

    report = publish(copy_path, url=team_url)

    assert ("journey map", "(deleted)") in {(c.kind, c.field) for c in report.conflicts}
    assert (journey_id,) in _rows(team, JourneyMap)
    assert _rows(team, Cell)[(cell["id"],)]["text"] == "Changed by a colleague."


def test_clear_refusals(
    team_url: str,
    copy_path: Path,
    tmp_path: Path,
    pg_cluster: Cluster,
    pg_templates: dict[str, str],
) -> None:
    from personabuilder.store import create_workspace

    plain = tmp_path / "plain.pbw"
    create_workspace(plain).close()
    with pytest.raises(OfflineError, match="not an offline copy"):
        publish(plain)

    name = f"t_{uuid.uuid4().hex[:16]}"
    other_url = pg_cluster.create_database(name, template=pg_templates["demo"])
    try:
        other = TeamWorkspace.open(other_url)
        try:
            take_offline(other, other_url, tmp_path / "other.pbw")
        finally:
            other.close()
        with pytest.raises(OfflineError, match="another team workspace"):
            publish(copy_path, url=other_url)
    finally:
        pg_cluster.drop_database(name)

    unreachable = "postgresql://nobody@127.0.0.1:1/none"
    with pytest.raises(OfflineError, match="out of reach"):
        publish(copy_path, url=unreachable)

    assert publish(copy_path, url=team_url).nothing


def test_a_stage_added_offline_to_a_map_deleted_on_the_server_is_a_conflict(
    team: WorkspaceStore, team_url: str, copy_path: Path
) -> None:
    journey_id = next(iter(_rows(team, JourneyMap)))[0]
    stages = [r for r in _rows(team, Stage).values() if r["journey_id"] == journey_id]
    Services.bind(team).journey_lifecycle.delete(journey_id)
    copy = open_workspace(copy_path)
    try:
        Services.bind(copy).journey_edit.add_stage(journey_id, len(stages), "Renew")
    finally:
        copy.close()

    report = publish(copy_path, url=team_url)

    assert ("stage", "Renew", "deleted", "added") in {
        (c.kind, c.name, c.theirs, c.yours) for c in report.conflicts
    }
    assert report.sent == 0
    assert (journey_id,) not in _rows(team, JourneyMap)


def test_a_row_without_version_changed_offline_is_sent(
    team: WorkspaceStore, team_url: str, copy_path: Path
) -> None:
    link = next(iter(_rows(team, JourneyPersona).values()))
    with sqlite3.connect(copy_path) as raw:
        raw.execute(
            "UPDATE journey_persona SET position = 42 WHERE journey_id = ? AND persona_id = ?",
            (link["journey_id"].hex, link["persona_id"].hex),
        )

    report = publish(copy_path, url=team_url)

    assert report.changed == [("persona of a map", "")]
    key = (link["journey_id"], link["persona_id"])
    assert _rows(team, JourneyPersona)[key]["position"] == 42
    assert publish(copy_path, url=team_url).nothing


def test_a_viewer_takes_a_copy_offline_but_cannot_publish_it(
    team_db: TeamDb, tmp_path: Path
) -> None:
    team_admin.init(team_db.owner_url)
    viewer_url = team_db.url_of(add(team_db, "vo", team_admin.VIEWER))
    ws = TeamWorkspace.open(viewer_url)
    try:
        take_offline(ws, viewer_url, tmp_path / "viewer.pbw")
    finally:
        ws.close()
    _edit_copy_add(tmp_path / "viewer.pbw")

    with pytest.raises(OfflineError, match="may only view"):
        publish(tmp_path / "viewer.pbw", url=viewer_url)


def _edit_copy_add(path: Path) -> None:
    copy = open_workspace(path)
    try:
        Services.bind(copy).personas.create(PersonaData(name="Read on the train"))
    finally:
        copy.close()
