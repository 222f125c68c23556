"""Crash safety: a child editing through the services is killed (SIGKILL) at random moments.

After every kill the workspace must open, pass ``PRAGMA integrity_check``, and hold exactly
what the child's journal says: every edit whose service call had returned, and the edit in
flight either whole or not at all. The normal run kills ``PB_CRASH_KILLS`` times (20 by
default); a dedicated run sets it to 500 or more.
"""

import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import personabuilder
from personabuilder.services import Services
from personabuilder.store import Workspace
from tests.integration import crash_worker

KILLS = int(os.environ.get("PB_CRASH_KILLS", "20"))
SEED = int(os.environ.get("PB_CRASH_SEED", "8"))
WORKER = Path(crash_worker.__file__).resolve()
IMPORT_ROOT = Path(personabuilder.__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _read_journal(path: Path) -> list[dict[str, Any]]:
    """The complete lines of the journal; a line cut by the kill is removed from the file."""
    if not path.exists():
        return []
    raw = path.read_bytes()
    complete = raw[: raw.rfind(b"\n") + 1]
    if complete != raw:
        path.write_bytes(complete)
    return [json.loads(line) for line in complete.decode("utf-8").splitlines()]


def _append(path: Path, entry: dict[str, Any]) -> None:
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")


def _state(path: Path) -> tuple[dict[str, Any], str]:
    """What the workspace holds after a kill, and its integrity verdict."""
    ws = Workspace.open(path, daily_backup=False)
    try:
        return crash_worker.read_state(Services.bind(ws)), ws.integrity_check()
    finally:
        ws.close()


def _child(path: Path, journal: Path, seed: int, seq: int, data_dir: Path) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(IMPORT_ROOT), env.get("PYTHONPATH")) if p)
    env["PERSONABUILDER_DATA_DIR"] = str(data_dir)
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(path), str(journal), str(seed), str(seq)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _wait_ready(child: subprocess.Popen[str]) -> None:
    assert child.stdout is not None
    ready, _, _ = select.select([child.stdout], [], [], 60)
    assert ready, "the child did not start"
    line = child.stdout.readline()
    assert line == "ready\n", (line, child.stderr.read() if child.stderr else "")


def _returned_since(journal: Path, seq: int) -> int:
    """How many edits numbered ``seq`` or later the child has finished (read only: the
    child is still appending)."""
    if not journal.exists():
        return 0
    raw = journal.read_bytes()
    lines = raw[: raw.rfind(b"\n") + 1].decode("utf-8").splitlines()
    return sum(1 for e in map(json.loads, lines) if e["phase"] == "done" and e["seq"] >= seq)


def _let_it_edit(child: subprocess.Popen[str], journal: Path, seq: int, edits: int) -> None:
    """Waits until the child has finished ``edits`` edits (by its journal, not the clock, so
    a loaded machine still sees kills between and inside edits), or has stopped."""
    deadline = time.monotonic() + 60
    while _returned_since(journal, seq) < edits and child.poll() is None:
        assert time.monotonic() < deadline, "the child made no progress for a minute"
        time.sleep(0.005)


def test_sigkill_at_random_moments_loses_nothing(
    demo_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    path = tmp_path / "crash.pbw"
    shutil.copyfile(demo_file, path)
    journal = tmp_path / "journal.jsonl"
    rng = random.Random(SEED)
    expected, integrity = _state(path)
    assert integrity == "ok"
    seq = 0
    stats: Counter[str] = Counter()
    for kill in range(KILLS):
        child = _child(path, journal, rng.getrandbits(32), seq, data_dir)
        try:
            if rng.random() < 0.15:
                stats["killed while starting"] += 1
                time.sleep(rng.uniform(0, 0.8))
            else:
                _wait_ready(child)
                # Some whole edits first, then a moment that may fall inside the next one.
                _let_it_edit(child, journal, seq, rng.randint(0, 6))
                time.sleep(rng.uniform(0, 0.05))
        finally:
            child.send_signal(signal.SIGKILL)
            _out, err = child.communicate(timeout=60)
        assert child.returncode == -signal.SIGKILL, f"the child failed on its own:\n{err}"

        entries = [e for e in _read_journal(journal) if e["seq"] >= seq]
        pending: dict[str, Any] | None = None
        for entry in entries:
            if entry["phase"] == "intent":
                assert pending is None, "two edits in flight"
                pending = entry
            else:
                assert pending is not None
                assert entry["seq"] == pending["seq"]
                expected = crash_worker.apply(expected, pending["op"])
                stats["edits returned"] += 1
                stats[pending["op"]["kind"]] += 1
                pending = None
                seq = entry["seq"] + 1

        actual, integrity = _state(path)
        assert integrity == "ok", f"kill {kill}: {integrity}"
        if pending is None:
            assert actual == expected, f"kill {kill}: a returned edit is missing"
            continue
        # The edit in flight when the kill came: all of it or none of it.
        after = crash_worker.apply(expected, pending["op"])
        if actual == after:
            expected = after
            stats["in flight, kept whole"] += 1
            _append(journal, {"seq": pending["seq"], "phase": "done"})
        else:
            assert actual == expected, (
                f"kill {kill}: {pending['op']['kind']} is half done, or a returned edit is lost"
            )
            stats["in flight, not there at all"] += 1
            _append(journal, {"seq": pending["seq"], "phase": "aborted"})
        seq = pending["seq"] + 1

    print(f"{KILLS} kills, nothing lost: {dict(sorted(stats.items()))}")
    assert stats["edits returned"] > KILLS, "the child barely edited anything"
