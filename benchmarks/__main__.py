"""Runs the benchmarks in turn: ``python -m benchmarks [NAME ...]`` (all when none named)."""

import importlib
import sys
import traceback
from collections.abc import Sequence

# Each name is a module of this package with a ``main(argv) -> int``; add new ones here.
MODULES = [
    "startup",
    "gallery",
    "journey",
    "charts",
    "csv_import",
    "export",
    "deck",
    "map_image",
    "team",
]


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the named benchmarks (or all); 1 if any of them crashed."""
    names = list(sys.argv[1:] if argv is None else argv) or MODULES
    unknown = [name for name in names if name not in MODULES]
    if unknown:
        print(f"unknown benchmark {', '.join(unknown)}; known: {', '.join(MODULES)}")
        return 2
    status = 0
    for name in names:
        print(f"== {name} ==", flush=True)
        module = importlib.import_module(f"benchmarks.{name}")
        try:
            code = module.main([])
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others' figures
            traceback.print_exc()
            code = 1
        status = status or code
        print()
    return status


if __name__ == "__main__":
    sys.exit(main())
