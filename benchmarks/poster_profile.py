"""Where WeasyPrint spends its time on the demo poster: phases, then a cProfile listing.

``python -m benchmarks.poster_profile [--paper A3] [--lang en] [--top 40] [--html OUT]``

Builds the demo workspace in a temporary folder, renders the poster's final HTML, then times
WeasyPrint alone on it (parse, style and layout, PDF writing) as ``benchmarks export`` does,
counts the function calls of the whole export and of WeasyPrint alone (steady where times on
a shared machine are not: compare variants by these), and prints the functions that take the
most time under cProfile.
"""

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.export import CLOCK, _demo


def _phases(html: str) -> tuple[float, float, int]:
    """Seconds of WeasyPrint's layout and of its PDF writing, and the page count."""
    import weasyprint

    from personabuilder.export.pdf import FONT_STACK, fonts_css, locked_fetcher

    fetcher = locked_fetcher()
    css = fonts_css(html) + f"\nhtml {{ font-family: {FONT_STACK}; }}\n"
    start = time.perf_counter()
    document = weasyprint.HTML(string=html, url_fetcher=fetcher).render(
        stylesheets=[weasyprint.CSS(string=css, url_fetcher=fetcher)]
    )
    laid = time.perf_counter()
    document.write_pdf()
    return laid - start, time.perf_counter() - laid, len(document.pages)


def _calls(run: Callable[[], object]) -> int:
    """How many function calls ``run`` makes (after a first run has loaded what it loads)."""
    run()
    profile = cProfile.Profile()
    profile.enable()
    run()
    profile.disable()
    return int(pstats.Stats(profile, stream=io.StringIO()).total_calls)  # type: ignore[attr-defined]


def main(argv: Sequence[str]) -> int:
    """Prints the phases and the profile of WeasyPrint rendering the demo poster."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.poster_profile")
    parser.add_argument("--paper", default="A3")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--top", type=int, default=40, help="functions listed")
    parser.add_argument("--html", type=Path, help="also write the final HTML here")
    args = parser.parse_args(argv)
    from benchmarks.export import _weasyprint_alone
    from personabuilder.export import deliverables

    with tempfile.TemporaryDirectory(prefix="pb-poster-profile-") as name:
        import os

        from personabuilder.export import chart_svg

        # The chart cache of the run lives in its folder, as in ``benchmarks export``.
        os.environ[chart_svg.CACHE_DIR_ENV] = str(Path(name) / "charts")
        workspace = _demo(Path(name))
        try:
            from personabuilder.services import Services

            services = Services.bind(workspace)
            journey = services.listing.journeys()[0]
            options: dict[str, Any] = {"paper": args.paper, "lang": args.lang}
            start = time.perf_counter()
            html = deliverables.build_html(
                "poster", services, journey_id=journey.id, clock=CLOCK, **options
            )
            context_s = time.perf_counter() - start
            whole_calls = _calls(
                lambda: deliverables.journey_poster(
                    services, journey.id, io.BytesIO(), clock=CLOCK, **options
                )
            )
        finally:
            workspace.close()
    if args.html:
        args.html.write_text(html, encoding="utf-8")
    _weasyprint_alone(html)  # fonts and caches loaded once, as the benchmark does
    layout_s, write_s, pages = _phases(html)
    print(f"poster {args.paper} {args.lang}: {pages} page(s), {len(html) / 1024:.0f} kB HTML")
    print(f"  context and template {context_s * 1000:7.0f} ms")
    print(f"  WeasyPrint layout    {layout_s * 1000:7.0f} ms")
    print(f"  WeasyPrint write     {write_s * 1000:7.0f} ms")
    print(f"  calls, whole export  {whole_calls:>9,}")
    print(f"  calls, WeasyPrint    {_calls(lambda: _weasyprint_alone(html)):>9,}")
    profile = cProfile.Profile()
    profile.enable()
    _weasyprint_alone(html)
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
