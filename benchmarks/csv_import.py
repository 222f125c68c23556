"""CSV import of 100,000 long-layout rows, against the csv module parsing the same bytes.

``python -m benchmarks csv_import [--rows N] [--runs N]``. The baseline decodes the bytes and
parses them into a list of rows with ``csv.reader``; the reader decodes, detects, parses,
converts and checks them into records. Target: at most 3x the baseline. Times are process
CPU time, so other work on the machine weighs less on them (wall-clock times are printed
beside); each round times both sides in turn, and the ratio judged is the median round's.

Two files are timed: a plain analytics export (comma, UTF-8, ISO months, decimal dot), which
the target is about, and a French spreadsheet export (semicolon, Windows-1252, month names,
thousands separators and a € sign in every cell), for information: its cells all take the
slow path.
"""

import argparse
import csv
import io
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from personabuilder.services.metrics_csv import read_metrics_csv

TARGET_RATIO = 3.0
STAGES = ("Awareness", "Consideration", "Trial", "Decision", "Activation", "Retention")
FRENCH_MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                 "oct.", "nov.", "déc.")  # fmt: skip


def _plain(rows: int, rng: random.Random) -> tuple[str, bytes]:
    lines = ["metric,stage,period,value"]
    for i in range(rows):
        month = i // 100
        lines.append(
            f"Metric {i % 100},{STAGES[i % 100 % 6]},{2000 + month // 12}-{month % 12 + 1:02d},"
            f"{rng.uniform(0, 100000):.2f}"
        )
    return "comma, UTF-8, ISO months, decimal dot", ("\r\n".join(lines) + "\r\n").encode()


def _french(rows: int, rng: random.Random) -> tuple[str, bytes]:
    lines = ["Métrique;Étape;Mois;Valeur"]
    for i in range(rows):
        month = i // 100
        value = f"{rng.uniform(0, 100000):,.2f}".replace(",", " ").replace(".", ",")
        lines.append(
            f"Métrique {i % 100};{STAGES[i % 100 % 6]};"
            f"{FRENCH_MONTHS[month % 12]} {2000 + month // 12};{value} €"
        )
    text = "\r\n".join(lines) + "\r\n"
    return "semicolon, Windows-1252, French months, 1 234,56 €", text.encode("cp1252")


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    """CPU and wall-clock seconds of one run."""
    cpu, wall = time.process_time(), time.perf_counter()
    run()
    return time.process_time() - cpu, time.perf_counter() - wall


def _measure(label: str, path: Path, rows: int, runs: int, *, judged: bool) -> bool:
    """Prints the times of one file; False when the reader did not read it all."""
    data = path.read_bytes()
    reading = read_metrics_csv(data)
    if len(reading.records) != rows or reading.issues:
        print(
            f"  {label}: read {len(reading.records)} of {rows} rows, {len(reading.issues)} issues"
        )
        return False

    def baseline() -> list[list[str]]:
        return list(csv.reader(io.StringIO(data.decode(reading.encoding), newline="")))

    # Each round times both, one after the other, so a busy spell on the machine weighs on
    # both sides of that round's ratio; the median round is the figure judged.
    rounds = [(_timed(baseline), _timed(lambda: read_metrics_csv(data))) for _ in range(runs)]
    ratio = statistics.median(ours[0] / base[0] for base, ours in rounds)
    verdict = ("met" if ratio <= TARGET_RATIO else "MISSED") if judged else "for information"
    print(f"{label} ({len(data) / 1e6:.1f} MB)")
    for name, side in (("csv.reader, decode + parse", 0), ("read_metrics_csv", 1)):
        cpu = min(pair[side][0] for pair in rounds)
        wall = min(pair[side][1] for pair in rounds)
        print(f"  {name:28s} {cpu * 1e3:7.1f} ms CPU ({wall * 1e3:.1f} ms wall), best run")
    print(f"  ratio {ratio:.2f}x (median round), target at most {TARGET_RATIO:.0f}x: {verdict}")
    return True


def main(argv: Sequence[str]) -> int:
    """Prints the two times and their ratio for each file; 0 unless a reading went wrong."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks csv_import")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(list(argv))
    rng = random.Random(20250301)
    print(f"CSV import of {args.rows:,} long-layout rows, {args.runs} rounds")
    ok = True
    with tempfile.TemporaryDirectory(prefix="pb-csv-bench-") as folder:
        for judged, make in ((True, _plain), (False, _french)):
            label, data = make(args.rows, rng)
            path = Path(folder) / f"{make.__name__.strip('_')}.csv"
            path.write_bytes(data)
            ok = _measure(label, path, args.rows, args.runs, judged=judged) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
