"""Writing an export's file: complete on disk, or not there at all."""

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Final

_O_BINARY: Final[int] = getattr(os, "O_BINARY", 0)


def write_whole(
    data: bytes,
    target: "Path | BinaryIO",
    *,
    code: str = "write_failed",
    before_replace: Callable[[], None] | None = None,
) -> None:
    """Writes ``data`` to ``target``; a path is replaced only once the new file is complete
    on disk. A failure leaves the old file (or none) and raises ExportError ``code``;
    ``before_replace`` may still stop it (a cancel) once the data is safely written."""
    from personabuilder.export.errors import ExportError

    if not isinstance(target, str | os.PathLike):
        target.write(data)
        return
    path = Path(target)
    part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        # os.open with 0o666 lets the umask decide the mode, as for any file the user writes.
        handle = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o666)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            if before_replace is not None:
                before_replace()
            os.replace(part, path)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
    except OSError as exc:
        detail = exc.strerror or " ".join(str(exc).split())[:300]
        raise ExportError(code=code, path=path, detail=detail) from exc
