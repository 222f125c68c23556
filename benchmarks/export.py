"""PDF deliverables: the demo poster against WeasyPrint alone, the demo report, 100 personas.

``python -m benchmarks export [--runs N] [--personas N]``

1. The demo journey poster (A3), whole export (read models, chart, template, WeasyPrint with
   the locked fetcher, tagged PDF) against WeasyPrint alone rendering the same final HTML
   with the same fetcher and fonts (``HTML(string=...).write_pdf()``). Target: at most 1.25x.
   Each round times both in turn; the judged ratio is that of the medians.
2. The full demo report (every persona and map, a trend chart per metric), once.
3. A catalogue of 100 persona one-pagers in one PDF, once.

Times are wall-clock (the export is what a user waits for); CPU times are printed beside.
"""

import argparse
import gc
import io
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

TARGET_RATIO = 1.25
DEMO_DAY = date(2026, 11, 15)
CLOCK = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


def _timed(run: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall-clock and CPU seconds of one run, and what it returned."""
    # Each run starts from a collected heap, so neither pays for the other's garbage.
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _demo(folder: Path) -> Any:
    from personabuilder.services import Services
    from personabuilder.services.starter import build_demo
    from personabuilder.store import Workspace

    return Workspace.create(
        folder / "demo.pbw",
        populate=lambda ws: build_demo(Services.bind(ws), "en", today=DEMO_DAY),
    )


def _weasyprint_alone(html: str) -> bytes:
    import weasyprint

    from personabuilder.export.pdf import FONT_FAMILY, fonts_css, locked_fetcher

    fetcher = locked_fetcher()
    # The same user stylesheet as the export: the bundled fonts, loaded the same way.
    css = fonts_css() + f'\nhtml {{ font-family: "{FONT_FAMILY}", sans-serif; }}\n'
    data: bytes = weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf(
        stylesheets=[weasyprint.CSS(string=css, url_fetcher=fetcher)]
    )
    return data


def _poster(services: Any, runs: int) -> bool:
    from personabuilder.export import deliverables

    journey = services.listing.journeys()[0]
    html = deliverables.build_html("poster", services, journey_id=journey.id, clock=CLOCK)

    def ours() -> int:
        return deliverables.journey_poster(services, journey.id, io.BytesIO(), clock=CLOCK)

    # First runs load fonts, matplotlib and WeasyPrint's caches: not what a user repeats.
    ours()
    _weasyprint_alone(html)
    walls: dict[str, list[float]] = {"ours": [], "alone": []}
    cpus: dict[str, list[float]] = {"ours": [], "alone": []}
    pages = 0
    for _ in range(runs):
        wall, cpu, pages = _timed(ours)
        walls["ours"].append(wall)
        cpus["ours"].append(cpu)
        wall, cpu, _ = _timed(lambda: _weasyprint_alone(html))
        walls["alone"].append(wall)
        cpus["alone"].append(cpu)
    ours_s, alone_s = statistics.median(walls["ours"]), statistics.median(walls["alone"])
    ratio = ours_s / alone_s
    cpu_ratio = statistics.median(cpus["ours"]) / statistics.median(cpus["alone"])
    verdict = "OK" if ratio <= TARGET_RATIO else "OVER TARGET"
    print(f"poster '{journey.title}' (A3, {journey.stage_count} stages, {pages} page(s)):")
    print(f"  whole export      {ours_s * 1000:8.0f} ms (median of {runs})")
    print(f"  WeasyPrint alone  {alone_s * 1000:8.0f} ms (same final HTML)")
    print(
        f"  ratio             {ratio:8.2f}x  (CPU {cpu_ratio:.2f}x)  "
        f"target <= {TARGET_RATIO}x: {verdict}"
    )
    return ratio <= TARGET_RATIO


def _report(services: Any) -> None:
    from personabuilder.export import deliverables

    wall, cpu, html = _timed(lambda: deliverables.build_html("report", services, clock=CLOCK))
    print("full demo report:")
    print(f"  context, charts, template  {wall * 1000:8.0f} ms (CPU {cpu * 1000:.0f} ms)")
    wall, cpu, pages = _timed(lambda: deliverables.full_report(services, io.BytesIO(), clock=CLOCK))
    print(f"  whole export               {wall * 1000:8.0f} ms (CPU {cpu * 1000:.0f} ms)")
    print(f"  {pages} pages, {wall / pages * 1000:.0f} ms a page, {len(html) / 1024:.0f} kB HTML")


def _catalogue(folder: Path, count: int) -> None:
    from benchmarks.generate import _persona
    from personabuilder.export import deliverables
    from personabuilder.services import Services
    from personabuilder.store import Workspace

    rng = random.Random(6)
    workspace = Workspace.create(folder / "catalogue.pbw")
    try:
        services = Services.bind(workspace)
        ids = [services.personas.create(_persona(rng, i)).id for i in range(count)]
        wall, cpu, pages = _timed(
            lambda: deliverables.persona_onepager(services, ids, io.BytesIO(), clock=CLOCK)
        )
    finally:
        workspace.close()
    print(f"catalogue of {count} personas (photos, every field):")
    print(f"  whole export               {wall * 1000:8.0f} ms (CPU {cpu * 1000:.0f} ms)")
    print(f"  {pages} pages, {wall / count * 1000:.0f} ms a persona")


def main(argv: Sequence[str]) -> int:
    """Prints the times of the three deliverables and the poster's verdict; 0 when they ran."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks export")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--personas", type=int, default=100)
    args = parser.parse_args(list(argv))
    with tempfile.TemporaryDirectory(prefix="pb-export-bench-") as name:
        folder = Path(name)
        workspace = _demo(folder)
        try:
            from personabuilder.services import Services

            services = Services.bind(workspace)
            _poster(services, args.runs)
            _report(services)
        finally:
            workspace.close()
        _catalogue(folder, args.personas)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
