"""Start-up time of the app, from process start to its milestones, against a bare Qt window.

Each launched program writes ``pb-probe <event> <epoch>`` lines to stderr; an event's time
is its epoch minus the wall-clock time taken just before the process was started.
"""

import argparse
import hashlib
import json
import os
import platform
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from benchmarks import generate

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
STAMP = OUT / "stamp.json"
DEMO = OUT / "demo.pbw"
LARGE = OUT / "large.pbw"

RUNS = 5
TIMEOUT_S = 60.0
# Time a program that has reported everything gets to quit by itself before it is killed.
QUIT_GRACE_S = 10.0
# The demo's metric periods hang off this day; fixed so the cached file is reproducible.
DEMO_DAY = date(2026, 11, 15)

WINDOW = "window-visible"
LISTED = "workspace-listed"


@dataclass(frozen=True)
class Scenario:
    """A program to launch and the probe events it must report."""

    label: str
    argv: tuple[str, ...]
    events: frozenset[str]


@dataclass
class Run:
    """One launch: seconds from process start to each event, or why it failed."""

    events: dict[str, float] = field(default_factory=dict)
    error: str = ""
    note: str = ""


def _stamps() -> dict[str, dict[str, object]]:
    """What each cached workspace depends on; a change means that one is rebuilt."""
    from personabuilder.services import demo, starter
    from personabuilder.store import migrate

    sources = [*sorted(Path(demo.__file__).parent.glob("*.py")), Path(starter.__file__)]
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in sources)).hexdigest()[:16]
    # An older schema would make the app migrate (and back up) during the measurements.
    return {
        DEMO.name: {"schema": migrate.SCHEMA_VERSION, "content": digest, "day": str(DEMO_DAY)},
        LARGE.name: {"schema": migrate.SCHEMA_VERSION, "generator": generate.VERSION},
    }


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def _build_demo(path: Path) -> None:
    from personabuilder.services import Services
    from personabuilder.services.starter import build_demo
    from personabuilder.store import Workspace

    Workspace.create(
        path, populate=lambda ws: build_demo(Services.bind(ws), "en", today=DEMO_DAY)
    ).close()


def prepare_workspaces() -> None:
    """Builds the demo and large workspaces in benchmarks/out/ unless current ones are there."""
    wanted = _stamps()
    try:
        recorded = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        recorded = {}
    if not isinstance(recorded, dict):
        recorded = {}
    OUT.mkdir(parents=True, exist_ok=True)
    for path in (DEMO, LARGE):
        if path.is_file() and recorded.get(path.name) == wanted[path.name]:
            print(f"Reusing {OUT.relative_to(ROOT) / path.name}.")
            continue
        print(f"Building {OUT.relative_to(ROOT) / path.name} (cached for later runs) ...")
        # Forget the old stamp first: an interrupted build must not pass for a current one.
        recorded.pop(path.name, None)
        STAMP.write_text(json.dumps(recorded, indent=2) + "\n", encoding="utf-8")
        _remove(path)
        started = time.perf_counter()
        if path == DEMO:
            _build_demo(path)
        else:
            generate.generate_large(path)
        elapsed = time.perf_counter() - started
        print(f"  built in {elapsed:.1f} s, {path.stat().st_size / 1e6:.1f} MB", flush=True)
        recorded[path.name] = wanted[path.name]
        STAMP.write_text(json.dumps(recorded, indent=2) + "\n", encoding="utf-8")


def launch(scenario: Scenario, env: dict[str, str], timeout: float = TIMEOUT_S) -> Run:
    """Starts the program once and collects its probe events; never raises for its failures."""
    lines: queue.Queue[str | None] = queue.Queue()
    run = Run()
    other: deque[str] = deque(maxlen=5)
    t0 = time.time()
    proc = subprocess.Popen(
        scenario.argv,
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
    )
    deadline = time.monotonic() + timeout

    def pump() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    ended = False
    while not scenario.events <= run.events.keys():
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            break
        if line is None:
            ended = True
            break
        parts = line.split()
        if len(parts) == 3 and parts[0] == "pb-probe":
            try:
                run.events.setdefault(parts[1], float(parts[2]) - t0)
            except ValueError:
                other.append(line.strip())
        elif line.strip():
            other.append(line.strip())

    missing = sorted(scenario.events - run.events.keys())
    try:
        code = proc.wait(timeout=0 if missing and not ended else QUIT_GRACE_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        code = proc.wait()
        if missing:
            run.error = f"no {', '.join(missing)} within {timeout:.0f} s; killed"
        else:
            run.note = f"did not quit within {QUIT_GRACE_S:.0f} s of its last probe; killed"
        return run
    if missing:
        last = f": {other[-1]}" if other else ""
        run.error = f"exited with code {code} before {', '.join(missing)}{last}"
    elif code != 0:
        run.note = f"exit code {code}"
    return run


def measure(scenario: Scenario, env: dict[str, str], runs: int) -> list[Run]:
    """One uncounted warm-up launch, then ``runs`` counted ones."""
    print(f"{scenario.label}:", end="", flush=True)
    warm = launch(scenario, env)
    print(" warm-up" + (" (failed)" if warm.error else ""), end="", flush=True)
    results = []
    for _ in range(runs):
        run = launch(scenario, env)
        results.append(run)
        shown = "failed" if run.error else f"{max(run.events.values()):.2f}s"
        print(f" {shown}", end="", flush=True)
    print()
    for run in [warm, *results]:
        for message in (run.error, run.note):
            if message:
                print(f"  {message}")
    return results


def _times(runs: list[Run], event: str) -> list[float]:
    return [r.events[event] for r in runs if not r.error and event in r.events]


def _row(
    label: str,
    times: list[float],
    runs: int,
    base: float | None = None,
    target: float | None = None,
) -> float | None:
    """Prints one table row; returns the median, if any run succeeded."""
    if not times:
        print(f"{label:<34} {'failed':>8} {'':>8} {f'0/{runs}':>5}")
        return None
    median = statistics.median(times)
    cells = f"{label:<34} {median:>7.3f}s {min(times):>7.3f}s {f'{len(times)}/{runs}':>5}"
    if base:
        ratio = median / base
        cells += f" {ratio:>6.2f}x"
        if target is not None:
            cells += f"  {f'<= {target:g}x':<7} {'PASS' if ratio <= target else 'MISS'}"
    print(cells)
    return median


def main(argv: Sequence[str] | None = None) -> int:
    """Measures start-up and prints the table of milestones against their targets."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup")
    parser.add_argument("--runs", type=int, default=RUNS, help="counted launches per program")
    args = parser.parse_args(argv)

    prepare_workspaces()
    from personabuilder.store.backup import copy_database

    bare = Scenario(
        "bare window", (sys.executable, "-m", "benchmarks.bare_window"), frozenset({WINDOW})
    )
    print(
        f"Python {platform.python_version()} on {platform.system()}, {os.cpu_count()} CPUs, "
        f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '(unset)')}; "
        f"{args.runs} counted launches each (median, min)."
    )
    print(
        "Each program is launched once first, uncounted, so the file cache is warm; "
        "that first app launch also makes the daily backup, as it would for a user."
    )
    with tempfile.TemporaryDirectory(prefix="pb-bench-") as tmp:
        folder = Path(tmp)
        # Copies, so whatever the app writes into a workspace never reaches the cache.
        demo, large = folder / "Demo.pbw", folder / "Large.pbw"
        copy_database(DEMO, demo)
        copy_database(LARGE, large)
        env = dict(os.environ)
        env.update(
            PERSONABUILDER_PROBE="1",
            PERSONABUILDER_DATA_DIR=str(folder / "data"),
            # Keeps the app's settings (recent files, geometry) out of the user's own.
            XDG_CONFIG_HOME=str(folder / "config"),
        )
        app = (sys.executable, "-m", "personabuilder")
        both = frozenset({WINDOW, LISTED})
        bare_runs = measure(bare, env, args.runs)
        demo_runs = measure(
            Scenario("app, demo workspace", (*app, str(demo)), both), env, args.runs
        )
        large_runs = measure(
            Scenario("app, large workspace", (*app, str(large)), both), env, args.runs
        )

    print()
    print(f"{'milestone':<34} {'median':>8} {'min':>8} {'ok':>5} {'ratio':>7}  target")
    base = _row("bare window visible", _times(bare_runs, WINDOW), args.runs)
    _row("app window visible, demo (vs bare)", _times(demo_runs, WINDOW), args.runs, base, 2.0)
    demo_listed = _row("demo listed (vs bare)", _times(demo_runs, LISTED), args.runs, base, 4.0)
    _row("large listed (vs demo listed)", _times(large_runs, LISTED), args.runs, demo_listed, 1.5)
    _row("large window visible (vs bare)", _times(large_runs, WINDOW), args.runs, base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
