"""A corpus of damaged and foreign files, opened by the store and by the command line.

Every file is made at test time from a real demo workspace: truncated at several offsets,
pages zeroed, header bytes flipped, bytes of b-tree pages flipped, random bytes, a text file,
another application's database, and workspaces from a newer schema or another application.
Each one is either refused with a clear message naming the file (the command line adding
the newest backup and how to restore it), or, when SQLite cannot see the damage, opened
and read without a crash. None may escape as a traceback. The files that must be refused
are refused. (``test_workspace_file`` checks the same refusals leave the bytes untouched.)
"""

import contextlib
import io
import os
import random
import sqlite3
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from personabuilder import cli
from personabuilder.services import Services
from personabuilder.services import exchange as ex
from personabuilder.store import NotAWorkspaceError, Workspace, WorkspaceError
from personabuilder.store.backup import make_backup, newest_backup
from tests.e2e.test_cli import ERROR_PREFIX, assert_user_error, run_cli

SEED = 20_261_123
# Flipped b-tree bytes in the normal run; a dedicated run sets PB_DAMAGE_FLIPS (e.g. 2000).
BTREE_FLIPS = int(os.environ.get("PB_DAMAGE_FLIPS", "48"))
# B-tree page types: interior index, interior table, leaf index, leaf table.
BTREE_TYPES = (2, 5, 10, 13)


@dataclass(frozen=True)
class Damaged:
    """One file of the corpus: its bytes, and whether it must be refused."""

    name: str
    data: bytes
    must_refuse: bool


def _other_application(folder: Path) -> bytes:
    path = folder / "accounts.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE account (id INTEGER PRIMARY KEY, owner TEXT, balance REAL)")
    conn.executemany(
        "INSERT INTO account (owner, balance) VALUES (?, ?)", [("Ada", 10.5), ("Bob", 3.0)]
    )
    conn.commit()
    conn.close()
    return path.read_bytes()


def _btree_pages(raw: bytes, page: int) -> list[int]:
    """Offsets of the page headers of every b-tree page (page 1's follows the file header)."""
    found = []
    for number in range(len(raw) // page):
        start = number * page + (100 if number == 0 else 0)
        if raw[start] in BTREE_TYPES:
            found.append(start)
    return found


def build_corpus(demo: bytes, folder: Path) -> list[Damaged]:
    """The damaged and foreign files, derived from ``demo`` with a fixed seed."""
    rng = random.Random(SEED)
    page = struct.unpack(">H", demo[16:18])[0]
    pages = len(demo) // page
    corpus: list[Damaged] = []

    for cut in (0, 50, 99, 100, 1_000, page, 2 * page + 123, len(demo) // 2, len(demo) - page):
        corpus.append(Damaged(f"truncated-at-{cut}", demo[:cut], True))
    # The last few bytes hold table rows; whether SQLite notices depends on what they held.
    corpus.append(Damaged("truncated-by-one-byte", demo[:-1], False))

    def zeroed(numbers: list[int]) -> bytes:
        raw = bytearray(demo)
        for n in numbers:
            raw[n * page : (n + 1) * page] = bytes(page)
        return bytes(raw)

    for label, numbers, sure in (
        ("first", [0], True),
        ("second", [1], True),
        ("middle", [pages // 2], False),
        ("last", [pages - 1], False),
        ("four-in-the-middle", list(range(pages // 2, pages // 2 + 4)), True),
        ("every-tenth", list(range(3, pages, 10)), True),
    ):
        corpus.append(Damaged(f"zeroed-page-{label}", zeroed(numbers), sure))

    # Every byte of the header that means something, flipped; magic and page size must fail.
    for offset in (0, 7, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 28, 32, 36, 40, 44, 47, 48, 52):
        raw = bytearray(demo)
        raw[offset] ^= 0xFF
        corpus.append(Damaged(f"header-byte-{offset}", bytes(raw), offset in (0, 7, 15, 16, 17)))
    for offset in (56, 59, 60, 63, 64, 68, 71, 72, 92, 96):
        raw = bytearray(demo)
        raw[offset] ^= 0xFF
        corpus.append(Damaged(f"header-byte-{offset}", bytes(raw), offset in (63, 68, 71)))

    btree = _btree_pages(demo, page)
    assert len(btree) > 20, "the sample must span many b-tree pages"
    for i in range(BTREE_FLIPS):
        start = rng.choice(btree)
        where = ("type", "cell-count", "content-start", "cell-pointer", "cell-body", "bits")[i % 6]
        cells = struct.unpack(">H", demo[start + 3 : start + 5])[0]
        header = 12 if demo[start] in (2, 5) else 8
        offset = {
            "type": start,
            "cell-count": start + 3 + rng.randrange(2),
            "content-start": start + 5 + rng.randrange(2),
            "cell-pointer": start + header + rng.randrange(max(2, 2 * cells)),
            "cell-body": start - start % page + rng.randrange(page // 2, page),
            "bits": start - start % page + rng.randrange(page),
        }[where]
        raw = bytearray(demo)
        raw[offset] ^= (1 << rng.randrange(8)) if where == "bits" else 0xFF
        corpus.append(Damaged(f"btree-{where}-{i}-at-{offset}", bytes(raw), where == "type"))

    corpus.append(Damaged("random-bytes", rng.randbytes(len(demo)), True))
    corpus.append(
        Damaged("sqlite-magic-then-noise", demo[:16] + rng.randbytes(len(demo) - 16), True)
    )
    corpus.append(Damaged("text-file", b"Meeting notes, not a workspace.\n" * 300, True))
    corpus.append(Damaged("empty-text-line", b"\n", True))
    corpus.append(Damaged("other-application", _other_application(folder), True))
    newer = bytearray(demo)
    newer[60:64] = struct.pack(">i", 999)
    corpus.append(Damaged("newer-schema", bytes(newer), True))
    foreign = bytearray(demo)
    foreign[68:72] = struct.pack(">i", 0x0F0F0F0F)
    corpus.append(Damaged("other-application-id", bytes(foreign), True))
    return corpus


@pytest.fixture(scope="module")
def corpus(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Damaged]:
    return build_corpus(demo_file.read_bytes(), tmp_path_factory.mktemp("corpus-src"))


def test_the_corpus_is_large_and_varied(corpus: list[Damaged]) -> None:
    names = [d.name for d in corpus]
    assert len(names) == len(set(names))
    assert len(corpus) >= 42 + BTREE_FLIPS
    for kind in ("truncated", "zeroed", "header-byte", "btree", "random", "text", "other", "newer"):
        assert any(n.startswith(kind) for n in names), kind


@contextlib.contextmanager
def _captured() -> Iterator[tuple[io.StringIO, io.StringIO]]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        yield out, err


def _place(item: Damaged, folder: Path) -> Path:
    """Writes the damaged bytes where a workspace with backups used to be."""
    path = folder / f"{item.name}.pbw"
    for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    path.write_bytes(item.data)
    return path


def _open_through_the_store(path: Path) -> str:
    """ "refused" with a message naming the file, or what an opened file reads as."""
    refusal: WorkspaceError | None = None
    try:
        ws = Workspace.open(path, daily_backup=False)
    except WorkspaceError as exc:
        refusal = exc
    if refusal is not None:
        assert path.name in str(refusal)
        assert refusal.path == path
        return "refused"
    problem: Exception | None = None
    try:
        integrity = ws.integrity_check()
        try:
            Services.bind(ws).workspace.counts()
            ex.dump(ws)
        except (WorkspaceError, ex.ExchangeError) as exc:
            problem = exc
    finally:
        ws.close()
    if problem is not None:
        assert str(problem)
        return "refused when read"
    return "sound" if integrity == "ok" else "opened, integrity check fails"


def test_every_damaged_file_gets_a_clear_answer(
    corpus: list[Damaged], demo_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    outcomes: dict[str, list[str]] = {}
    for item in corpus:
        path = folder / f"{item.name}.pbw"
        path.write_bytes(demo_file.read_bytes())
        make_backup(path, "daily")

        store = _open_through_the_store(_place(item, folder))

        with _captured() as (out, err):
            status = cli.main(["info", str(_place(item, folder))])
        lines = err.getvalue().splitlines()
        if status == 0:
            assert "Integrity:" in out.getvalue()
            assert "ok" in out.getvalue().split("Integrity:")[1].splitlines()[0], item.name
            assert lines == []
        else:
            assert status == 1, item.name
            assert len(lines) == 1, (item.name, lines)
            assert lines[0].startswith(ERROR_PREFIX), item.name
            assert f"{item.name}.pbw" in lines[0], item.name
            newest = newest_backup(path)
            assert newest is not None
            if "newer PersonaBuilder" in lines[0]:
                # Not damage as far as anyone can tell: a restore would lose the newer work.
                assert "Newest backup" not in lines[0], item.name
            else:
                assert f"Newest backup: {newest.path}" in lines[0], item.name
                # A file that is not ours is never replaced: the backup comes back beside it.
                restored = path.with_name(f"{item.name}-restored.pbw")
                assert lines[0].endswith(
                    (f"restore {path} {newest.path}", f"restore {restored} {newest.path}")
                ), item.name

        with _captured() as (_out, err):
            dumped = cli.main(["dump", str(_place(item, folder)), "-o", str(tmp_path / "o.json")])
        assert dumped in (0, 1), item.name
        assert "Traceback" not in err.getvalue()

        if item.must_refuse:
            assert store == "refused", item.name
            assert status == 1, item.name
        outcomes.setdefault(store, []).append(item.name)
    # Damage SQLite cannot see (a flipped bit inside a stored text) reads as a sound file.
    print({outcome: len(names) for outcome, names in sorted(outcomes.items())})


def test_newest_backup_is_the_most_recent(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "with-backups.pbw"
    path.write_bytes(demo_file.read_bytes())
    assert newest_backup(path) is None
    make_backup(path, "daily")
    latest = make_backup(path, "before-import")
    assert newest_backup(path) == latest


def test_a_newer_file_never_gets_a_restore_advice(
    corpus: list[Damaged], demo_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    item = next(d for d in corpus if d.name == "newer-schema")
    path = tmp_path / "client.pbw"
    path.write_bytes(demo_file.read_bytes())
    assert run_cli("backup", path, data_dir=data_dir).returncode == 0
    path.write_bytes(item.data)
    result = run_cli("info", path, data_dir=data_dir)
    assert_user_error(result)
    assert "newer PersonaBuilder" in result.stderr
    assert "restore" not in result.stderr
    assert path.read_bytes() == item.data


def test_no_backup_no_hint(tmp_path: Path) -> None:
    path = tmp_path / "notes.pbw"
    path.write_text("not a workspace", encoding="utf-8")
    with _captured() as (_out, err):
        assert cli.main(["info", str(path)]) == 1
    assert "Newest backup" not in err.getvalue()
    with pytest.raises(NotAWorkspaceError):
        Workspace.open(path)


@pytest.mark.parametrize(
    "name", ["truncated-at-1000", "zeroed-page-second", "text-file", "other-application"]
)
def test_the_real_command_line_says_it_in_one_line(
    name: str, corpus: list[Damaged], demo_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    item = next(d for d in corpus if d.name == name)
    path = tmp_path / "client.pbw"
    path.write_bytes(demo_file.read_bytes())
    assert run_cli("backup", path, data_dir=data_dir).returncode == 0
    path.write_bytes(item.data)
    result = run_cli("info", path, data_dir=data_dir)
    assert_user_error(result)
    assert "client.pbw" in result.stderr
    assert "Newest backup:" in result.stderr
    # The autouse data_dir fixture points this process at the child's data folder too.
    newest = newest_backup(path)
    assert newest is not None
    # Run the command the message gives, as a user pasting it would.
    command = result.stderr.split("restore it", 1)[1].split(": ", 1)[1].split()
    assert command[:2] == ["personabuilder", "restore"]
    assert command[3] == str(newest.path)
    restore = run_cli(*command[1:], data_dir=data_dir)
    assert restore.returncode == 0, restore.stderr
    assert run_cli("info", command[2], data_dir=data_dir).returncode == 0
    if command[2] != str(path):
        assert path.read_bytes() == item.data  # the foreign file was left as it was
