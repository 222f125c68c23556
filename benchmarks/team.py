"""Team workspaces: the same large workspace on PostgreSQL and on SQLite, in one run.

``python -m benchmarks team [--rounds N] [--edits N] [--small]``

A throwaway PostgreSQL cluster is started on loopback for the run (Debian's server programs,
as the test suite does) and stopped at the end. The large workspace of the startup benchmark
(10,000 personas, 1,000 maps) is copied onto it, then:

1. Listing: what the sidebar and the gallery ask when a workspace opens (counts per
   archetype, the first page of every group, the maps, the tags, a search), on the server
   against the file. Target: at most 1.5x the file's time (medians).
2. An edit committed: a persona's quote changed through the services, one transaction each,
   median of ``--edits``. Target: at most 30 ms on the server.
3. A colleague's edit seen: a second client listens; the time from the first client's
   commit to the notification's arrival. Target: median at most 200 ms, every one within 1 s.
   (Printed when the live-update module is present.)
4. Twenty colleagues at once: ``--clients`` clients (threads, each its own connection) make
   ``--stress-edits`` edits each of a few shared personas, map cells and metric values, each
   based on what it last read, saved again after a conflict (the stress test's run, on the
   large workspace). Printed: edits written per second, conflicts reported, saves retried.
   No target: the run must lose no update (the test checks that), not be fast.
"""

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

TARGET_LIST_RATIO = 1.5
TARGET_EDIT_MS = 30.0
TARGET_SEEN_MEDIAN_MS = 200.0
TARGET_SEEN_MAX_MS = 1000.0
ROOT = Path(__file__).resolve().parent.parent


def _listing(store: Any) -> int:
    """The queries a window makes to list a workspace; the number of rows they gave."""
    reader = store.listing()
    rows: int = 0
    counts = reader.persona_counts()
    for archetype in counts:
        rows += len(reader.personas(archetype, 0, 200))
    rows += len(reader.personas(None, 0, 200, sort="name"))
    rows += int(reader.journey_count())
    rows += len(reader.journeys(0, 200))
    rows += len(reader.tags())
    rows += int(reader.persona_count(search="ann"))
    return rows


def _median_ms(rounds: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _edits(store: Any, count: int) -> list[float]:
    """Milliseconds of ``count`` quote edits, each its own committed transaction."""
    from personabuilder.services import Services

    services = Services.bind(store)
    ids = [row[0] for row in store.listing().personas(None, 0, 50)]
    times = []
    for i in range(count):
        started = time.perf_counter()
        services.personas.update(ids[i % len(ids)], quote=f"Edit number {i}")
        times.append((time.perf_counter() - started) * 1000)
    return times


def _seen(url: str, store: Any, count: int) -> list[float] | None:
    """Milliseconds from a commit to its notification at a second client, or None."""
    try:
        from personabuilder.services.live import (  # type: ignore[import-not-found,unused-ignore]
            LiveUpdates,
        )
    except ImportError:
        return None
    import threading

    from personabuilder.services import Services
    from personabuilder.store import open_workspace

    arrived = threading.Event()
    colleague = open_workspace(url)
    live = LiveUpdates(colleague)
    live.start(lambda *_: arrived.set(), lambda *_: None)
    try:
        services = Services.bind(store)
        ids = [row[0] for row in store.listing().personas(None, 0, 20)]
        time.sleep(0.5)  # let the listener connect before the first edit
        times = []
        for i in range(count):
            arrived.clear()
            started = time.perf_counter()
            services.personas.update(ids[i % len(ids)], quote=f"Seen {i}")
            if arrived.wait(5.0):
                times.append((time.perf_counter() - started) * 1000)
            else:
                times.append(float("inf"))
        return times
    finally:
        live.stop()
        colleague.close()


def _stress(url: str, store: Any, clients: int, edits: int) -> None:
    """Runs the stress test's clients on the server and prints what they did."""
    from personabuilder.services import Services
    from tests.integration.test_team_stress import TRIES, run_clients, setup_shared

    shared = setup_shared(Services.bind(store))
    started = time.perf_counter()
    logs = run_clients(url, shared, clients, edits)
    seconds = time.perf_counter() - started
    errors = [e for log in logs for e in log.errors]
    written = sum(len(log.written) + len(log.values) for log in logs)
    refused = sum(len(log.refused) for log in logs)
    given_up = sum(log.given_up for log in logs)
    print(f"{clients} clients x {edits} edits on shared rows ({seconds:.1f} s):")
    print(
        f"  {written / seconds:6.1f} edits/s written, {refused} conflicts reported, "
        f"{refused - given_up} saves retried, {given_up} given up after {TRIES} tries"
    )
    if errors:
        print(f"  {len(errors)} clients stopped on an error other than a conflict: {errors[0]!r}")


def main(argv: Sequence[str]) -> int:
    """Prints the server's figures beside the file's; 0 when they ran."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks team")
    parser.add_argument("--rounds", type=int, default=15, help="rounds of the listing")
    parser.add_argument("--edits", type=int, default=200, help="edits timed on each backend")
    parser.add_argument("--small", action="store_true", help="a 200-persona workspace instead")
    parser.add_argument("--clients", type=int, default=20, help="clients of the stress run")
    parser.add_argument("--stress-edits", type=int, default=500, help="edits of each client")
    args = parser.parse_args(list(argv))

    sys.path.insert(0, str(ROOT))
    from benchmarks import generate, startup
    from personabuilder.store import Workspace, create_workspace
    from personabuilder.store.seam import copy_contents
    from tests.pg_cluster import Cluster

    with tempfile.TemporaryDirectory(prefix="pb-team-bench-") as name:
        folder = Path(name)
        if args.small:
            source = folder / "small.pbw"
            small = generate.SMALL
            generate.generate_large(
                source,
                personas=small["personas"],
                journeys=small["journeys"],
                values_total=small["values_total"],
            )
        else:
            startup.prepare_workspaces()
            source = startup.LARGE
        # The file is timed on a copy: editing it must not change the cached workspace.
        local = folder / "local.pbw"
        local.write_bytes(source.read_bytes())
        cluster = Cluster()
        cluster.start()
        try:
            cluster.create_database("team_bench")
            url = cluster.superuser_url("team_bench")
            file_store = Workspace.open(local)
            started = time.perf_counter()
            # As `personabuilder copy` does it: filled while created, then vacuumed.
            server_store = create_workspace(
                url, populate=lambda target: copy_contents(file_store, target)
            )
            print(f"copied onto the server in {time.perf_counter() - started:.1f} s")
            try:
                rows = _listing(file_store)
                _listing(server_store)  # first queries warm the caches of both
                file_ms = _median_ms(args.rounds, lambda: _listing(file_store))
                server_ms = _median_ms(args.rounds, lambda: _listing(server_store))
                ratio = server_ms / file_ms
                verdict = "OK" if ratio <= TARGET_LIST_RATIO else "OVER TARGET"
                print(f"listing ({rows} rows, median of {args.rounds}):")
                print(f"  file    {file_ms:8.1f} ms")
                print(f"  server  {server_ms:8.1f} ms   {ratio:.2f}x  target <= 1.5x: {verdict}")
                file_edits = _edits(file_store, args.edits)
                server_edits = _edits(server_store, args.edits)
                edit_ms = statistics.median(server_edits)
                verdict = "OK" if edit_ms <= TARGET_EDIT_MS else "OVER TARGET"
                print(f"an edit committed (median of {args.edits}):")
                print(f"  file    {statistics.median(file_edits):8.1f} ms")
                print(f"  server  {edit_ms:8.1f} ms   target <= 30 ms: {verdict}")
                seen = _seen(url, server_store, 50)
                if seen is None:
                    print("a colleague's edit seen: live updates not built yet")
                else:
                    median, worst = statistics.median(seen), max(seen)
                    ok = median <= TARGET_SEEN_MEDIAN_MS and worst <= TARGET_SEEN_MAX_MS
                    print("a colleague's edit seen (50 edits):")
                    print(
                        f"  median {median:6.1f} ms, slowest {worst:6.1f} ms   targets "
                        f"<= 200 ms, <= 1 s: {'OK' if ok else 'OVER TARGET'}"
                    )
                _stress(url, server_store, args.clients, args.stress_edits)
            finally:
                server_store.close()
                file_store.close()
        finally:
            cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
