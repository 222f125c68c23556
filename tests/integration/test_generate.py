"""The benchmark generator builds a sound workspace of exactly the requested size."""

from pathlib import Path

from benchmarks.generate import generate_large
from personabuilder.services import Services
from personabuilder.store import Workspace


def test_generate_large_small_sizes(tmp_path: Path) -> None:
    path = tmp_path / "large.pbw"
    generate_large(path, personas=50, journeys=5, values_total=500)

    ws = Workspace.open(path, daily_backup=False)
    try:
        counts = Services.bind(ws).workspace.counts()
        integrity = ws.integrity_check()
    finally:
        ws.close()

    assert counts["personas"] == 50
    assert counts["journey_maps"] == 5
    assert counts["stages"] == 5 * 9
    assert counts["lanes"] == 5 * 8
    assert counts["cells"] == 5 * 9 * 8
    assert counts["metric_values"] == 500
    assert integrity == "ok"


def test_generate_large_is_deterministic(tmp_path: Path) -> None:
    def content(path: Path) -> list[tuple[str, str, str]]:
        ws = Workspace.open(path, daily_backup=False)
        try:
            services = Services.bind(ws)
            people = [(p.name, p.job_title, p.company) for p in services.listing.personas()]
            maps = [(j.title, str(j.stage_count), "") for j in services.listing.journeys()]
        finally:
            ws.close()
        return people + maps

    generate_large(tmp_path / "a.pbw", personas=30, journeys=3, values_total=120, seed=7)
    generate_large(tmp_path / "b.pbw", personas=30, journeys=3, values_total=120, seed=7)

    assert content(tmp_path / "a.pbw") == content(tmp_path / "b.pbw")
