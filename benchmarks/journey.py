"""Journey map editor: time to open a map and to apply an edit, until the grid has painted.

``python -m benchmarks journey``. Two maps: the demo's shape (9 stages x 8 lanes) with long
text in every cell, and a 30-stage x 12-lane map. Runs in-process on Qt's offscreen
platform at 1366 x 768; each time runs until the grid's viewport has painted the result.
"""

import statistics
import tempfile
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.gallery import _Painted, _settle

SIZE = (1366, 768)
OPEN_TARGET_MS = 300.0
EDIT_TARGET_MS = 50.0
OPENS = 5
EDITS = 15
KINDS = (
    "text",
    "touchpoints",
    "text",
    "emotion",
    "pain_points",
    "opportunities",
    "metrics",
    "backstage",
)
LONG = (
    "The buying committee compares three vendors on price, integration effort and the "
    "security review; the champion needs material for finance and a credible rollout plan. "
) * 4


def _spec(stages: int, lanes: int, persona_ids: Sequence[uuid.UUID]) -> Any:
    from personabuilder.model import LaneKind
    from personabuilder.services.readmodels import CellSpec, JourneySpec, LaneSpec, StageSpec

    kinds = [LaneKind(KINDS[i % len(KINDS)]) for i in range(lanes)]
    cells = {}
    for s in range(stages):
        for ln, kind in enumerate(kinds):
            if kind in (LaneKind.TEXT, LaneKind.EMOTION, LaneKind.METRICS):
                cells[(s, ln)] = CellSpec(text=f"{s}.{ln} {LONG}")
            else:
                items = tuple({"text": f"Item {k} of stage {s}: {LONG[:90]}"} for k in range(4))
                cells[(s, ln)] = CellSpec(items=items)
    return JourneySpec(
        title=f"{stages} x {lanes}",
        persona_ids=tuple(persona_ids),
        stages=tuple(StageSpec(f"Stage {s + 1}") for s in range(stages)),
        lanes=tuple(LaneSpec(kind, f"Lane {ln + 1}") for ln, kind in enumerate(kinds)),
        cells=cells,
        emotions={(s, p): ((s % 5) - 2, None) for s in range(stages) for p in persona_ids},
    )


def _measure(page: Any, session: Any, journey_id: uuid.UUID) -> tuple[list[float], list[float]]:
    from personabuilder.services.journey_edit import CellContent
    from personabuilder.ui.journeys import commands as jc

    painted = _Painted([page.grid.table.viewport()])
    opens: list[float] = []
    for _ in range(OPENS):
        page.show_journey(None)
        _settle(0.05)
        painted.reset()
        start = time.perf_counter()
        page.show_journey(journey_id)
        page.grid.table.viewport().update()
        opens.append((painted.wait() - start) * 1000)
    detail = page.grid.model.detail
    edits: list[float] = []
    for i in range(EDITS):
        stage = detail.stages[i % len(detail.stages)]
        lane = detail.lanes[0]
        _settle(0.05)
        painted.reset()
        start = time.perf_counter()
        content = CellContent(text=f"Edited {i}: {LONG}")
        session.undo_stack.push(jc.edit_cell(session, journey_id, stage.id, lane.id, content))
        edits.append((painted.wait() - start) * 1000)
    return opens, edits


def main(argv: Sequence[str]) -> int:
    """Prints open and edit times for both maps against their targets."""
    from PySide6.QtWidgets import QApplication

    from personabuilder.services import Services
    from personabuilder.services.starter import build_demo
    from personabuilder.store.workspace import Workspace
    from personabuilder.ui.common.commands import EditSession
    from personabuilder.ui.journeys.studio import JourneyPage

    app = QApplication.instance() or QApplication([])
    status = 0
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.create(
            Path(folder) / "Maps.pbw", populate=lambda ws: build_demo(Services.bind(ws), "en")
        )
        try:
            services = Services.bind(workspace)
            session = EditSession(services)
            personas = [p.id for p in services.listing.personas()]
            page = JourneyPage()
            page.resize(*SIZE)
            page.set_session(session)
            page.show()
            _settle(0.2)
            for stages, lanes in ((9, 8), (30, 12)):
                journey_id = services.journeys.create(_spec(stages, lanes, personas))
                opens, edits = _measure(page, session, journey_id)
                open_ms, edit_ms = statistics.median(opens), statistics.median(edits)
                print(
                    f"{stages} stages x {lanes} lanes, long text: open median {open_ms:.0f} ms "
                    f"(max {max(opens):.0f}, target < {OPEN_TARGET_MS:.0f}); edit median "
                    f"{edit_ms:.0f} ms (max {max(edits):.0f}, target < {EDIT_TARGET_MS:.0f})"
                )
                if open_ms >= OPEN_TARGET_MS or edit_ms >= EDIT_TARGET_MS:
                    status = 1
            page.close()
            del app
        finally:
            workspace.close()
    return status
