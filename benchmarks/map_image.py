"""The demo journey map as a PNG (3000 px) and an SVG: the median of a few runs of each.

``python -m benchmarks.map_image [--runs 5] [--width 3000] [--lang en]``. Target (issue 17):
the PNG in at most 1 s, from the services' read to the PNG's bytes.
"""

import argparse
import statistics
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from benchmarks.export import CLOCK, _demo, _timed

TARGET_S = 1.0


def main(argv: Sequence[str]) -> int:
    """Prints the median seconds of the demo map's PNG and SVG; 1 when the PNG misses its target."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.map_image")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--width", type=int, default=3000)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    from personabuilder.export.map_image import map_png_bytes, map_svg_text
    from personabuilder.services import Services

    with tempfile.TemporaryDirectory(prefix="pb-map-image-") as name:
        workspace = _demo(Path(name))
        try:
            services = Services.bind(workspace)
            journey_id = services.listing.journeys()[0].id

            def png() -> bytes:
                return map_png_bytes(
                    services, journey_id, width=args.width, lang=args.lang, clock=CLOCK
                )

            def svg() -> str:
                return map_svg_text(
                    services, journey_id, width=args.width, lang=args.lang, clock=CLOCK
                )

            first = _timed(png)[0]  # fonts loaded and measured once, as in a running app
            pngs = [_timed(png) for _ in range(args.runs)]
            svgs = [_timed(svg) for _ in range(args.runs)]
        finally:
            workspace.close()
    png_s = statistics.median(wall for wall, _, _ in pngs)
    png_cpu = statistics.median(cpu for _, cpu, _ in pngs)
    svg_s = statistics.median(wall for wall, _, _ in svgs)
    size = len(pngs[0][2]) // 1024
    verdict = "ok" if png_s <= TARGET_S else "over target"
    print(
        f"map PNG {args.width} px: {png_s:.3f} s median of {args.runs} "
        f"(cpu {png_cpu:.3f} s, first run {first:.3f} s, {size} KB), target {TARGET_S:.1f} s: "
        f"{verdict}"
    )
    print(f"map SVG: {svg_s:.3f} s median of {args.runs}")
    return 0 if png_s <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
