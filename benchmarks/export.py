"""PDF deliverables, each against WeasyPrint alone rendering the same final HTML.

``python -m benchmarks export [--runs N] [--rounds N] [--personas N]``

1. The demo journey poster (A3), whole export (read models, chart, template, WeasyPrint with
   the locked fetcher, tagged PDF) against WeasyPrint alone rendering the same final HTML
   with the same fetcher and fonts (``HTML(string=...).write_pdf()``). Target: at most 1.25x
   and 1.5 s. Each round times both in turn; the judged ratio is that of the medians.
2. The full demo report (every persona and map, a trend chart per metric): context, charts
   and template alone (target 1 s), the whole export (target 8 s), both with an empty chart
   cache (cold: the first export of new data) and with the charts cached (warm: an export
   after the preview, or after an edit elsewhere), and WeasyPrint alone.
3. A catalogue of 100 persona one-pagers in one PDF (target 10 s; laid out in two processes
   at once where two cores are free, so its CPU time counts those children): started cold
   (each layout process first starts, about a second), and from the export dialog, whose
   layout processes stand by, warm, while the user chooses (its CPU time counts their start,
   spent before the clock starts); and WeasyPrint alone (one process). The three take turns in
   each round, so that a drift of the machine's speed weighs on them alike.
4. The preview's first page (target 2 s): the quick first-page PDF drawn as an image, for
   the report (cold chart cache) and the catalogue.

Times are wall-clock medians of ``--rounds`` (the export is what a user waits for); CPU
times are printed beside. The chart cache lives in a temporary folder for the run.
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
TARGET_POSTER_S = 1.5
TARGET_REPORT_S = 8.0
TARGET_CONTEXT_S = 1.0
TARGET_CATALOGUE_S = 10.0
TARGET_FIRST_PAGE_S = 2.0
DEMO_DAY = date(2026, 11, 15)
CLOCK = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (one-pagers in parts)."""
    try:
        import resource
    except ImportError:  # not on Windows: this process alone
        return time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _timed(run: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall-clock and CPU seconds of one run (with its child processes), and what it returned."""
    # Each run starts from a collected heap, so neither pays for the other's garbage.
    gc.collect()
    wall, cpu = time.perf_counter(), _cpu()
    result = run()
    return time.perf_counter() - wall, _cpu() - cpu, result


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

    from personabuilder.export.pdf import FONT_STACK, fonts_css, locked_fetcher

    fetcher = locked_fetcher()
    # The same user stylesheet as the export: the fonts the text needs, loaded the same way.
    css = fonts_css(html) + f"\nhtml {{ font-family: {FONT_STACK}; }}\n"
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
    print(
        f"  whole export      {ours_s * 1000:8.0f} ms (median of {runs})  "
        + _verdict(ours_s, TARGET_POSTER_S)
    )
    print(f"  WeasyPrint alone  {alone_s * 1000:8.0f} ms (same final HTML)")
    print(
        f"  ratio             {ratio:8.2f}x  (CPU {cpu_ratio:.2f}x)  "
        f"target <= {TARGET_RATIO}x: {verdict}"
    )
    return ratio <= TARGET_RATIO


def _verdict(seconds: float, target: float) -> str:
    return f"target <= {target:g} s: {'OK' if seconds <= target else 'OVER TARGET'}"


def _median_timed(rounds: int, run: Callable[[], Any]) -> tuple[float, float, Any]:
    """Median wall-clock and CPU seconds of ``rounds`` runs, and what the last returned."""
    return _interleaved(rounds, [(run, None)])[0]


def _interleaved(
    rounds: int, runs: Sequence[tuple[Callable[[], Any], Callable[[], Any] | None]]
) -> list[tuple[float, float, Any]]:
    """``_median_timed`` of each of ``runs``, taken in turn within each round, so that a machine
    whose speed drifts over minutes weighs on them alike; each run's second item (not timed)
    sets it up."""
    times: list[list[tuple[float, float]]] = [[] for _ in runs]
    results: list[Any] = [None] * len(runs)
    for _ in range(rounds):
        for index, (run, before) in enumerate(runs):
            if before is not None:
                before()
            wall, cpu, results[index] = _timed(run)
            times[index].append((wall, cpu))
    return [
        (
            statistics.median(wall for wall, _ in taken),
            statistics.median(cpu for _, cpu in taken),
            result,
        )
        for taken, result in zip(times, results, strict=True)
    ]


def _line(label: str, wall: float, cpu: float, verdict: str = "") -> None:
    print(f"  {label:34s} {wall * 1000:8.0f} ms (CPU {cpu * 1000:6.0f} ms)  {verdict}".rstrip())


class _ChartCache:
    """Points the chart cache at a folder of the run: emptied for a cold run, kept for warm."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._count = 0

    def cold(self) -> None:
        import os

        from personabuilder.export import chart_svg

        self._count += 1
        os.environ[chart_svg.CACHE_DIR_ENV] = str(self._folder / f"charts-{self._count}")
        chart_svg.chart_cache().clear_memory()


def _report(services: Any, rounds: int, cache: _ChartCache) -> None:
    from personabuilder.export import deliverables
    from personabuilder.export.preview import pdf_page_images

    def html() -> str:
        return deliverables.build_html("report", services, clock=CLOCK)

    def whole() -> int:
        return deliverables.full_report(services, io.BytesIO(), clock=CLOCK)

    def cold(run: Callable[[], Any]) -> Callable[[], Any]:
        def wrapped() -> Any:
            cache.cold()
            return run()

        return wrapped

    def first_page() -> int:
        pdf = deliverables.first_page("report", services, clock=CLOCK)
        return len(pdf_page_images(pdf, width=440, limit=1))

    # A first run loads matplotlib, the fonts and WeasyPrint: not what a user repeats.
    cache.cold()
    final = html()
    _weasyprint_alone(final)
    print("full demo report:")
    wall, cpu, final = _median_timed(rounds, cold(html))
    _line("context, charts, template (cold)", wall, cpu, _verdict(wall, TARGET_CONTEXT_S))
    wall, cpu, _ = _median_timed(rounds, html)
    _line("context, charts, template (warm)", wall, cpu, _verdict(wall, TARGET_CONTEXT_S))
    wall, cpu, pages = _median_timed(rounds, cold(whole))
    _line("whole export (cold charts)", wall, cpu, _verdict(wall, TARGET_REPORT_S))
    wall, cpu, pages = _median_timed(rounds, whole)
    _line("whole export (warm charts)", wall, cpu, _verdict(wall, TARGET_REPORT_S))
    wall, cpu, _ = _median_timed(rounds, lambda: _weasyprint_alone(final))
    _line("WeasyPrint alone (same HTML)", wall, cpu)
    wall, cpu, _ = _median_timed(rounds, cold(first_page))
    _line("preview first page (cold charts)", wall, cpu, _verdict(wall, TARGET_FIRST_PAGE_S))
    print(f"  {pages} pages, {len(final) / 1024:.0f} kB HTML")


def _catalogue(folder: Path, count: int, rounds: int) -> None:
    from benchmarks.generate import _persona
    from personabuilder.export import deliverables, parallel
    from personabuilder.export.preview import pdf_page_images
    from personabuilder.services import Services
    from personabuilder.store import Workspace

    rng = random.Random(6)
    workspace = Workspace.create(folder / "catalogue.pbw")
    try:
        services = Services.bind(workspace)
        ids = [services.personas.create(_persona(rng, i)).id for i in range(count)]
        final = deliverables.build_html("persona", services, persona_ids=ids, clock=CLOCK)
        print(f"catalogue of {count} personas (photos, every field):")

        def export() -> int:
            return deliverables.persona_onepager(services, ids, io.BytesIO(), clock=CLOCK)

        def stand_by() -> None:
            # The export dialog starts them as it opens, while the user chooses.
            parallel.stand_by(deliverables.onepager_parts(len(ids)))
            parallel.standing_by(timeout=30.0)

        # In turn in each round: the three see the same machine.
        (wall, cpu, pages), (warm, warm_cpu, _), (alone, alone_cpu, _) = _interleaved(
            rounds, [(export, None), (export, stand_by), (lambda: _weasyprint_alone(final), None)]
        )
        _line("whole export", wall, cpu, _verdict(wall, TARGET_CATALOGUE_S))
        _line("whole export, from the dialog", warm, warm_cpu, _verdict(warm, TARGET_CATALOGUE_S))
        _line("WeasyPrint alone (same HTML)", alone, alone_cpu)

        def first_page() -> int:
            pdf = deliverables.first_page("persona", services, persona_ids=ids, clock=CLOCK)
            return len(pdf_page_images(pdf, width=440, limit=1))

        first, first_cpu, _ = _median_timed(rounds, first_page)
        _line("preview first page", first, first_cpu, _verdict(first, TARGET_FIRST_PAGE_S))
    finally:
        workspace.close()
    print(f"  {pages} pages, {wall / count * 1000:.0f} ms a persona")


def main(argv: Sequence[str]) -> int:
    """Prints the times of the three deliverables and the poster's verdict; 0 when they ran."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks export")
    parser.add_argument("--runs", type=int, default=5, help="rounds of the poster")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of the report, catalogue")
    parser.add_argument("--personas", type=int, default=100)
    args = parser.parse_args(list(argv))
    with tempfile.TemporaryDirectory(prefix="pb-export-bench-") as name:
        folder = Path(name)
        cache = _ChartCache(folder)
        cache.cold()
        workspace = _demo(folder)
        try:
            from personabuilder.services import Services

            services = Services.bind(workspace)
            _poster(services, args.runs)
            _report(services, args.rounds, cache)
        finally:
            workspace.close()
        _catalogue(folder, args.personas, args.rounds)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
