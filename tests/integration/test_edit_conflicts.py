"""Two colleagues editing the same rows: merged when they can be, refused when they clash.

Every test runs on a workspace file opened twice (two handles play two colleagues) and on
the test PostgreSQL server opened by two clients.
"""

import random
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from personabuilder.model import CaptureKind, LaneKind
from personabuilder.services import Services
from personabuilder.services.conflicts import Base, Edited, merge, same
from personabuilder.services.errors import EditConflict, FieldConflict, RowGoneError
from personabuilder.services.journey_edit import CellChange
from personabuilder.services.readmodels import (
    EMPTY_CELL,
    JourneySpec,
    LaneSpec,
    MetricSpec,
    PersonaData,
    StageSpec,
)
from personabuilder.store import WorkspaceStore, create_workspace, open_workspace

# The merge, on its own -----------------------------------------------------------------

_values = st.sampled_from(["a", "b", "c", None, ("x",), ("x", "y")])
_rows = st.dictionaries(st.sampled_from("fghijk"), _values, min_size=1)


@st.composite
def _three_versions(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    base = draw(_rows)
    theirs = {k: draw(st.one_of(st.just(v), _values)) for k, v in base.items()}
    yours = {
        k: draw(st.one_of(st.just(v), _values)) for k, v in base.items() if draw(st.booleans())
    }
    return base, theirs, yours


@given(_three_versions())
def test_merge_keeps_every_change_that_does_not_clash(
    versions: tuple[dict[str, Any], dict[str, Any], dict[str, Any]],
) -> None:
    base, theirs, yours = versions
    result = merge(base, theirs, yours)
    merged = {**theirs, **result.writes}
    clashing = {
        k
        for k, mine in yours.items()
        if not same(mine, base[k]) and not same(theirs[k], base[k]) and not same(mine, theirs[k])
    }
    assert set(result.conflicts) == clashing
    for key, (was, now, mine) in result.conflicts.items():
        assert (was, now, mine) == (base[key], theirs[key], yours[key])
    for key in base:
        if key in clashing:
            continue
        if key in yours and not same(yours[key], base[key]):
            assert same(merged[key], yours[key]), key  # your change is kept
        else:
            assert same(merged[key], theirs[key]), key  # theirs (changed or not) is kept
    # Only what is not there yet is written.
    assert all(not same(v, theirs[k]) for k, v in result.writes.items())
    assert set(result.kept) == {
        k
        for k in base
        if not same(theirs[k], base[k])
        and k not in clashing
        and (k not in yours or same(yours[k], base[k]))
    }


def test_lists_and_tuples_with_the_same_items_are_the_same_value() -> None:
    assert same(["a", {"text": ["b"]}], ("a", {"text": ("b",)}))
    assert merge({"goals": ("a",)}, {"goals": ["a"]}, {"goals": ("a", "b")}).writes == {
        "goals": ("a", "b")
    }


# Two colleagues ------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Where the shared workspace lives: a file, or a database on the test server."""
    if request.param == "sqlite":
        return tmp_path / "shared.pbw"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def stores(location: str | Path) -> Iterator[tuple[WorkspaceStore, WorkspaceStore]]:
    """The same workspace opened twice, as two colleagues have it."""
    first = create_workspace(location)
    second = open_workspace(location, daily_backup=False)
    yield first, second
    second.close()
    first.close()


@pytest.fixture
def pair(stores: tuple[WorkspaceStore, WorkspaceStore]) -> tuple[Services, Services]:
    """Services of two colleagues on one workspace."""
    return Services.bind(stores[0]), Services.bind(stores[1])


def _maria(services: Services) -> uuid.UUID:
    return services.personas.create(
        PersonaData(name="Maria", quote="Old quote", bio="Old bio", goals=("Grow",))
    ).id


def test_changes_to_different_fields_are_both_kept(pair: tuple[Services, Services]) -> None:
    alice, bob = pair
    pid = _maria(alice)
    seen_by_alice, seen_by_bob = alice.personas.get(pid), bob.personas.get(pid)
    assert seen_by_alice.version == seen_by_bob.version == 1

    alice.personas.edit(pid, {"quote": "Alice's quote"}, seen_by_alice.base)
    done = bob.personas.edit(pid, {"bio": "Bob's bio", "goals": ("Grow", "Save")}, seen_by_bob.base)

    assert done.kept == ("quote",)
    assert done.written == {"bio": "Bob's bio", "goals": ["Grow", "Save"]}
    now = alice.personas.get(pid)
    assert (now.data.quote, now.data.bio, now.data.goals) == (
        "Alice's quote",
        "Bob's bio",
        ("Grow", "Save"),
    )
    assert now.version == done.version == 3
    assert [p.name for p in alice.listing.personas(search="bob's bio")] == ["Maria"]


def test_the_same_field_changed_differently_refuses_the_edit_and_keeps_both_texts(
    pair: tuple[Services, Services],
) -> None:
    alice, bob = pair
    pid = _maria(alice)
    seen_by_bob = bob.personas.get(pid)
    alice.personas.edit(pid, {"quote": "Alice's quote"}, alice.personas.get(pid).base)
    before = alice.personas.get(pid)

    with pytest.raises(EditConflict) as info:
        bob.personas.edit(pid, {"quote": "Bob's quote", "bio": "Bob's bio"}, seen_by_bob.base)

    conflict = info.value
    assert conflict.conflicts == {
        "quote": FieldConflict("quote", "Old quote", "Alice's quote", "Bob's quote")
    }
    assert conflict.version == before.version == 2
    assert (conflict.what, conflict.row_id, conflict.label) == ("persona", pid, "Maria")
    assert conflict.yours == {"quote": "Bob's quote", "bio": "Bob's bio"}
    assert conflict.theirs["quote"] == "Alice's quote"
    assert (conflict.merged["quote"], conflict.merged["bio"]) == ("Alice's quote", "Bob's bio")
    assert "quote" in str(conflict)
    assert "Maria" in str(conflict)
    # Nothing was written, not even the field that did not clash.
    after = bob.personas.get(pid)
    assert after == before
    assert after.version == before.version

    # Bob chooses (his text, after Alice's) and saves again on the version he was shown.
    chosen = {"quote": "Alice's quote. Bob's quote", "bio": "Bob's bio"}
    done = bob.personas.edit(pid, chosen, Base(conflict.version, conflict.theirs))
    now = alice.personas.get(pid)
    assert (now.data.quote, now.data.bio, now.version) == (*chosen.values(), done.version)


def test_the_same_change_made_by_both_is_no_conflict(pair: tuple[Services, Services]) -> None:
    alice, bob = pair
    pid = _maria(alice)
    seen_by_bob = bob.personas.get(pid)
    alice.personas.edit(pid, {"quote": "Same words"}, alice.personas.get(pid).base)
    done = bob.personas.edit(pid, {"quote": "Same words"}, seen_by_bob.base)
    assert done.written == {}
    assert done.version == 2
    assert alice.personas.get(pid).data.quote == "Same words"


def test_an_edit_of_a_deleted_persona_names_it_and_writes_nothing(
    pair: tuple[Services, Services],
) -> None:
    alice, bob = pair
    pid = _maria(alice)
    seen_by_bob = bob.personas.get(pid)
    alice.personas.delete(pid)

    with pytest.raises(RowGoneError) as info:
        bob.personas.edit(pid, {"quote": "Bob's long quote"}, seen_by_bob.base)
    assert str(info.value) == (
        "The persona “Maria” was deleted while you were editing it; nothing was saved."
    )
    assert info.value.yours == {"quote": "Bob's long quote"}
    with pytest.raises(RowGoneError):
        bob.personas.update(pid, quote="Without a base")
    assert bob.workspace.counts()["personas"] == 0


def test_undo_is_an_edit_that_meets_the_same_check(pair: tuple[Services, Services]) -> None:
    alice, bob = pair
    pid = _maria(alice)
    typed = alice.personas.edit(pid, {"quote": "Alice's quote"}, alice.personas.get(pid).base)
    bob.personas.edit(pid, {"bio": "Bob's bio"}, bob.personas.get(pid).base)

    # Undo: back to what Alice's edit replaced, based on what her edit left.
    undone = alice.personas.edit(pid, typed.before, typed.base)
    now = alice.personas.get(pid)
    assert (now.data.quote, now.data.bio) == ("Old quote", "Bob's bio")

    # Bob rewrites the quote; Alice's redo would overwrite it, so it is refused.
    bob.personas.edit(pid, {"quote": "Bob's quote"}, bob.personas.get(pid).base)
    with pytest.raises(EditConflict) as info:
        alice.personas.edit(pid, typed.written, undone.base)
    assert info.value.conflicts["quote"].theirs == "Bob's quote"
    assert info.value.conflicts["quote"].yours == "Alice's quote"
    assert alice.personas.get(pid).data.quote == "Bob's quote"


def test_a_stale_flush_without_a_base_is_a_conflict_not_a_traceback(
    pair: tuple[Services, Services], stores: tuple[WorkspaceStore, WorkspaceStore]
) -> None:
    alice, bob = pair
    pid = _maria(alice)

    # Between the read and the write of every try, the row moves on (as when a colleague's
    # commit lands in between on the server): SQLAlchemy's version check refuses the flush.
    def change_underneath(session: Session, *_args: object) -> None:
        session.connection().execute(
            text("UPDATE persona SET quote = 'Moved on', version = version + 1 WHERE id = :id"),
            # A file keeps ids as 32 hex digits, the server as its uuid type.
            {"id": pid if stores[1].is_team else pid.hex},
        )

    event.listen(Session, "before_flush", change_underneath)
    try:
        with pytest.raises(EditConflict) as info:
            bob.personas.update(pid, quote="Bob's quote")
    finally:
        event.remove(Session, "before_flush", change_underneath)
    assert info.value.yours == {"quote": "Bob's quote"}
    assert alice.personas.get(pid).data.quote == "Old quote"


# Journey maps, metrics and workshops ---------------------------------------------------


@pytest.fixture
def journey(pair: tuple[Services, Services]) -> uuid.UUID:
    """A map with two stages, a pain points lane and a monthly metric."""
    alice, _bob = pair
    return alice.journeys.create(
        JourneySpec(
            title="Trial",
            stages=(StageSpec("Sign up"), StageSpec("Use")),
            lanes=(LaneSpec(LaneKind.PAIN_POINTS, "Pains"),),
            metrics=(MetricSpec(0, "Sign-ups", values=((date(2026, 1, 1), 10.0),)),),
        )
    )


def test_cell_edits_merge_by_field_and_clash_on_the_same_text(
    pair: tuple[Services, Services], journey: uuid.UUID
) -> None:
    alice, bob = pair
    detail = alice.journeys.get(journey)
    stage, lane = detail.stages[0].id, detail.lanes[0].id
    assert detail.cell_base(stage, lane) == EMPTY_CELL

    # Both fill the empty cell: Alice its text, Bob its items.
    alice.journey_edit.edit_cell(stage, lane, {"text": "Slow form"}, EMPTY_CELL)
    done = bob.journey_edit.edit_cell(
        stage, lane, {"items": ({"text": "Too many fields", "severity": 4},)}, EMPTY_CELL
    )
    assert done.kept == ("text",)
    cell = bob.journeys.get(journey).cell(stage, lane)
    assert cell is not None
    assert (cell.text, cell.items) == ("Slow form", ({"text": "Too many fields", "severity": 4},))

    seen = bob.journeys.get(journey).cell_base(stage, lane)
    alice.journey_edit.set_cell(stage, lane, "Slow, long form", list(cell.items))
    with pytest.raises(EditConflict) as info:
        bob.journey_edit.edit_cell(stage, lane, {"text": "Form fails on mobile"}, seen)
    assert info.value.conflicts["text"] == FieldConflict(
        "text", "Slow form", "Slow, long form", "Form fails on mobile"
    )

    # A colleague emptied the cell (its row is gone): Bob's text clashes with that, his
    # evidence mark, a field they did not touch, is kept in a new row.
    alice.journey_edit.set_cell(stage, lane, "", [], None)
    with pytest.raises(EditConflict):
        bob.journey_edit.edit_cell(stage, lane, {"text": "Form fails on mobile"}, seen)
    done = bob.journey_edit.edit_cell(stage, lane, {"evidence": "assumption"}, seen)
    assert done.version == 1
    cell = alice.journeys.get(journey).cell(stage, lane)
    assert cell is not None
    assert (cell.text, cell.items, cell.evidence) == ("", (), "assumption")


def test_a_cell_of_a_deleted_stage_is_named(
    pair: tuple[Services, Services], journey: uuid.UUID
) -> None:
    alice, bob = pair
    detail = alice.journeys.get(journey)
    stage, lane = detail.stages[1].id, detail.lanes[0].id
    alice.journey_edit.delete_stage(stage)
    with pytest.raises(RowGoneError) as info:
        bob.journey_edit.edit_cell(stage, lane, {"text": "Lost?"}, EMPTY_CELL)
    assert info.value.what == "stage"
    assert info.value.yours == {"text": "Lost?"}


def test_many_cells_are_written_in_one_transaction_or_not_at_all(
    pair: tuple[Services, Services], journey: uuid.UUID
) -> None:
    alice, bob = pair
    detail = alice.journeys.get(journey)
    lane = detail.lanes[0].id
    keys = [(st.id, lane) for st in detail.stages[:2]]
    seen = [detail.cell_base(*key) for key in keys]
    bob.journey_edit.edit_cell(*keys[0], {"evidence": "assumption"}, seen[0])
    bob.journey_edit.edit_cell(*keys[1], {"text": "Bob's"}, seen[1])

    # Alice pastes into both cells as she saw them: the second clashes with Bob's text,
    # so neither is written, and the conflict names that cell.
    paste = [
        CellChange(*key, {"text": text}, base)
        for key, text, base in zip(keys, ("One", "Two"), seen, strict=True)
    ]
    with pytest.raises(EditConflict) as info:
        alice.journey_edit.edit_cells(paste)
    assert info.value.row_id == keys[1]
    now = bob.journeys.get(journey)
    assert [c.text if (c := now.cell(*key)) else "" for key in keys] == ["", "Bob's"]

    # Based on what is there now, both are written, Bob's mark kept on the first.
    paste[1] = CellChange(*keys[1], {"text": "Two"}, now.cell_base(*keys[1]))
    done = alice.journey_edit.edit_cells(paste)
    assert [d.kept for d in done] == [("evidence",), ()]
    now = bob.journeys.get(journey)
    first, second = (now.cell(*key) for key in keys)
    assert first is not None
    assert second is not None
    assert (first.text, first.evidence, second.text) == ("One", "assumption", "Two")


def test_stage_names_metrics_and_captured_items_clash_the_same_way(
    pair: tuple[Services, Services], journey: uuid.UUID
) -> None:
    alice, bob = pair
    detail = bob.journeys.get(journey)
    stage, metric = detail.stages[0], detail.metrics[0]

    alice.journey_edit.rename_stage(stage.id, "Register")
    bob.journey_edit.edit_stage(stage.id, {"colour": "#112233"}, stage.base)  # merges
    with pytest.raises(EditConflict) as info:
        bob.journey_edit.rename_stage(stage.id, "Join", base=stage.base)
    assert info.value.conflicts["name"].theirs == "Register"
    assert [s.name for s in alice.journeys.get(journey).stages] == ["Register", "Use"]

    alice.metrics.edit(metric.id, {"target": 50.0}, metric.base)
    bob.metrics.edit(metric.id, {"name": "Sign ups"}, metric.base)  # merges
    with pytest.raises(EditConflict):
        bob.metrics.edit(metric.id, {"target": 80.0}, metric.base)
    now = alice.metrics.get(metric.id)
    assert (now.name, now.target) == ("Sign ups", 50.0)

    january, february = date(2026, 1, 1), date(2026, 2, 1)
    alice.metrics.set_values(metric.id, {january: 12.0})
    bob.metrics.set_values(metric.id, {february: 20.0}, base=metric.values_base)  # merges
    with pytest.raises(EditConflict) as info:
        bob.metrics.set_values(metric.id, {january: 11.0}, base=metric.values_base)
    assert info.value.conflicts["2026-01-01"] == FieldConflict("2026-01-01", 10.0, 12.0, 11.0)
    assert alice.metrics.get(metric.id).values == ((january, 12.0), (february, 20.0))

    session = alice.workshop.start(journey, "Kick-off", date(2026, 3, 1))
    item_id = alice.workshop.capture(session, stage.id, CaptureKind.IDEA, "Shorter form")
    seen = bob.workshop.item(item_id)
    alice.workshop.vote(item_id, 2)
    alice.workshop.edit_item(item_id, "A shorter form", alice.workshop.item(item_id).base)
    with pytest.raises(EditConflict):
        bob.workshop.edit_item(item_id, "Short form", seen.base)
    item = bob.workshop.item(item_id)
    assert (item.text, item.votes) == ("A shorter form", 2)


# Many edits at once --------------------------------------------------------------------

FIELDS = ("quote", "bio", "job_title")


@dataclass
class _Log:
    """What one colleague's edits did."""

    acknowledged: list[tuple[uuid.UUID, int, Edited]] = field(default_factory=list)
    refused: list[tuple[uuid.UUID, int, EditConflict]] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)


def _edit_many(services: Services, who: str, ids: list[uuid.UUID], rounds: int, log: _Log) -> None:
    rng = random.Random(who)
    try:
        for i in range(rounds):
            pid = rng.choice(ids)
            seen = services.personas.get(pid)
            fields = rng.sample(FIELDS, rng.randint(1, 2))
            # Every value is new, so every acknowledged write is told apart by its value.
            changes = {f: f"{who}-{i}-{f}" for f in fields}
            try:
                log.acknowledged.append(
                    (pid, seen.version, services.personas.edit(pid, changes, seen.base))
                )
            except EditConflict as conflict:
                log.refused.append((pid, seen.version, conflict))
    except BaseException as exc:  # noqa: BLE001 - reported by the test thread
        log.errors.append(exc)


def test_two_colleagues_editing_shared_personas_lose_no_update(
    pair: tuple[Services, Services],
) -> None:
    alice, bob = pair
    ids = [_maria(alice), alice.personas.create(PersonaData(name="Tom")).id]
    start = {pid: alice.personas.get(pid).data for pid in ids}
    rounds = 200
    logs = {"alice": _Log(), "bob": _Log()}
    threads = [
        threading.Thread(target=_edit_many, args=(services, who, ids, rounds, logs[who]))
        for services, who in ((alice, "alice"), (bob, "bob"))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [e for log in logs.values() for e in log.errors] == []
    acks = [a for log in logs.values() for a in log.acknowledged]
    refused = [r for log in logs.values() for r in log.refused]
    # Every edit was either written or refused with a reason.
    assert len(acks) + len(refused) == 2 * rounds

    for pid in ids:
        mine = sorted((a for a in acks if a[0] == pid), key=lambda a: a[2].version)
        # Each write made exactly one new version of the row.
        assert [a[2].version for a in mine] == list(range(2, 2 + len(mine)))
        final = alice.personas.get(pid)
        assert final.version == 1 + len(mine)
        for name in FIELDS:
            writers = [a for a in mine if name in a[2].written]
            # The last acknowledged write of a field is what it holds.
            expected = writers[-1][2].written[name] if writers else getattr(start[pid], name)
            assert getattr(final.data, name) == expected, (pid, name)
        # No write overwrote a field written by another after the version it was based on.
        for _pid, based_on, done in mine:
            between = [a for a in mine if based_on < a[2].version < done.version]
            for other in between:
                assert not set(other[2].written) & set(done.written), (based_on, done.version)
    # A refusal is real: someone wrote one of its fields after the version it was based on.
    for pid, based_on, conflict in refused:
        later = [a for a in acks if a[0] == pid and a[2].version > based_on]
        assert any(set(conflict.conflicts) & set(a[2].written) for a in later)
        assert all(c.yours == conflict.yours[f] for f, c in conflict.conflicts.items())


# The server: a colleague's commit lands between our read and our write -----------------


def _blocked_on_a_lock(url: str) -> bool:
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            " AND datname = current_database()"
        ).fetchone()
    return bool(row and row[0])


@pytest.mark.parametrize("their_field", ["quote", "bio"])
def test_on_the_server_a_commit_between_read_and_write_is_merged_or_refused(
    pg_url: str, their_field: str
) -> None:
    store = create_workspace(pg_url)
    try:
        services = Services.bind(store)
        pid = _maria(services)
        outcome: dict[str, Any] = {}

        def write_mine() -> None:
            try:
                outcome["done"] = services.personas.update(pid, quote="Bob's quote")
            except EditConflict as conflict:
                outcome["conflict"] = conflict

        with psycopg.connect(pg_url) as colleague:
            colleague.execute(
                f"UPDATE persona SET {their_field} = 'Theirs', version = version + 1 WHERE id = %s",
                (pid,),
            )
            writer = threading.Thread(target=write_mine)
            writer.start()
            # Our UPDATE has read version 1 and now waits for the colleague's row lock.
            while writer.is_alive() and not _blocked_on_a_lock(pg_url):
                writer.join(0.01)
            colleague.commit()
        writer.join()
        now = services.personas.get(pid)
        if their_field == "quote":
            conflict = outcome["conflict"]
            assert conflict.conflicts == {
                "quote": FieldConflict("quote", "Old quote", "Theirs", "Bob's quote")
            }
            assert (now.data.quote, now.version) == ("Theirs", 2)
        else:
            assert "conflict" not in outcome
            assert (now.data.quote, now.data.bio, now.version) == ("Bob's quote", "Theirs", 3)
    finally:
        store.close()
