"""Runs the benchmarks in turn: ``python -m benchmarks [NAME ...] [OPTION ...]`` (all when
none named); the options go to each benchmark named (``python -m benchmarks export --rounds 3``)."""

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
    args = list(sys.argv[1:] if argv is None else argv)
    first_option = next((i for i, arg in enumerate(args) if arg.startswith("-")), len(args))
    names, options = args[:first_option] or MODULES, args[first_option:]
    if options and not args[:first_option]:
        print("options go to the benchmarks named before them: python -m benchmarks NAME --option")
        return 2
    unknown = [name for name in names if name not in MODULES]
    if unknown:
        print(f"unknown benchmark {', '.join(unknown)}; known: {', '.join(MODULES)}")
        return 2
    status = 0
    for name in names:
        print(f"== {name} ==", flush=True)
        module = importlib.import_module(f"benchmarks.{name}")
        try:
            code = module.main(options)
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others' figures
            traceback.print_exc()
            code = 1
        status = status or code
        print()
    return status


if __name__ == "__main__":
    sys.exit(main())
