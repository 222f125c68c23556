"""The one interface of an open workspace, whichever backend holds it (file or server).

Also the light helpers that tell a server URL from a file path and hide its password;
nothing here imports SQLAlchemy or a driver at module level, so the command line can use
it at once.
"""

import re
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

if TYPE_CHECKING:
    from sqlmodel import Session

    from personabuilder.store.listing import ListingBase

SERVER_SCHEMES = ("postgresql", "postgres")
MASK = "***"


class WorkspaceStore(Protocol):
    """What services, the UI and the command line use of an open workspace."""

    read_only: bool
    notice: str
    """One sentence for the user about how the workspace was opened; empty if none."""

    @property
    def location(self) -> str:
        """Where it lives, fit to print: a file path, or a server URL with its password hidden."""
        ...

    @property
    def display_name(self) -> str:
        """A short name for titles: the file name, or the server database's name."""
        ...

    @property
    def is_team(self) -> bool:
        """True for a team workspace on a server."""
        ...

    def transaction(self) -> AbstractContextManager["Session"]:
        """One unit of work: committed when the block ends, rolled back whole on any error."""
        ...

    def reading(self) -> AbstractContextManager["Session"]:
        """A read-only session over one consistent snapshot."""
        ...

    def listing(self) -> "ListingBase":
        """Plain-SQL reads for lists."""
        ...

    def schema_version(self) -> int:
        """The format version of the stored schema."""
        ...

    def integrity_check(self) -> str:
        """ "ok" when the workspace is sound, else the first problems found."""
        ...

    def save_copy(self, dest: Path) -> None:
        """Writes a self-contained workspace file at ``dest`` holding everything."""
        ...

    def close(self) -> None:
        """Releases every connection."""
        ...


def is_server_location(location: str | Path) -> bool:
    """True when ``location`` names a PostgreSQL server (``postgresql://`` or ``postgres://``)."""
    if isinstance(location, Path):
        return False
    scheme, sep, _ = location.partition("://")
    return bool(sep) and scheme.lower() in SERVER_SCHEMES


def _masked_netloc(parts: SplitResult) -> str:
    netloc = parts.netloc
    if "@" not in netloc:
        return netloc
    credentials, host = netloc.rsplit("@", 1)
    user = credentials.split(":", 1)[0]
    return f"{user}:{MASK}@{host}" if ":" in credentials else f"{user}@{host}"


def mask_url(url: str) -> str:
    """``url`` for display: any password (user part, ``password=`` option) replaced by ***.

    The one masking of the package. A ``key=value`` connection string is masked too; one
    that cannot be read is not shown at all, since any part of it may be the password.
    """
    if not is_server_location(url):
        if not _PASSWORD_OPTION.search(url):
            return url  # a file path, or a connection string without a password
        return _masked_conninfo(url)
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if any(key == "password" for key, _ in query):
        masked = [(k, MASK if k == "password" else v) for k, v in query]
        query_text = urlencode(masked, safe="*")
    else:
        query_text = parts.query
    return urlunsplit((parts.scheme, _masked_netloc(parts), parts.path, query_text, parts.fragment))


# A ``password`` keyword of a libpq key=value connection string.
_PASSWORD_OPTION = re.compile(r"(?:^|\s)password\s*=")


def _masked_conninfo(conninfo: str) -> str:
    # The driver reads the string as libpq does (quotes, escapes); imported only here.
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    try:
        params = conninfo_to_dict(conninfo)
    except ProgrammingError:
        return "(a connection string that cannot be read)"
    params["password"] = MASK
    return make_conninfo("", **params)


def mask_text(text: str, url: str) -> str:
    """``text`` (an error message) with the password of ``url`` replaced wherever it appears."""
    from urllib.parse import unquote

    parts = urlsplit(url)
    secrets = [v for k, v in parse_qsl(parts.query) if k == "password" and v]
    if parts.password:
        secrets += [parts.password, unquote(parts.password)]
    for secret in sorted(set(secrets), key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text.replace(url, mask_url(url))


_COPY_BATCH = 500


def copy_contents(source: WorkspaceStore, target: WorkspaceStore) -> None:
    """Copies every row of ``source`` into the empty ``target``, in one transaction of each.

    Lossless and backend-neutral: rows go through the tables' own column types. A table's
    references to itself (a stage looping back to another) are set once all its rows exist.
    The file's lineage token stays behind: it names one file, not the content.
    """
    from sqlalchemy import and_, insert, select, text, update

    from personabuilder.model.tables import metadata
    from personabuilder.store.walcheck import LINEAGE_KEY

    # Settings naming one workspace, not its content: the file's lineage token, a team
    # workspace's id and an offline copy's origin and base (services/offline.py).
    not_copied = {LINEAGE_KEY, "team_workspace_id", "offline_origin", "offline_base"}

    with source.reading() as src, target.transaction() as dst:
        for table in metadata.sorted_tables:
            self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
            keys = [column.name for column in table.primary_key.columns]
            later: list[tuple[dict[str, Any], dict[str, Any]]] = []
            batch: list[dict[str, Any]] = []
            query = select(table).execution_options(yield_per=_COPY_BATCH)
            for row in src.execute(query).mappings():
                values = dict(row)
                if table.name == "workspace_setting" and values.get("key") in not_copied:
                    continue
                refs = {name: values[name] for name in self_refs if values[name] is not None}
                if refs:
                    later.append(({k: values[k] for k in keys}, refs))
                    values.update(dict.fromkeys(refs))
                batch.append(values)
                if len(batch) >= _COPY_BATCH:
                    dst.execute(insert(table), batch)
                    batch = []
            if batch:
                dst.execute(insert(table), batch)
            for key, refs in later:
                where = and_(*(table.c[name] == value for name, value in key.items()))
                dst.execute(update(table).where(where).values(refs))
        if target.is_team:
            # Fresh statistics, so the server's planner sees the copied rows at once rather
            # than after autovacuum's next visit (TeamWorkspace.create also vacuums).
            names = ", ".join(f'"{table.name}"' for table in metadata.sorted_tables)
            dst.execute(text(f"ANALYZE {names}"))
