"""Reading and writing ``.briefing`` files: one SQLite database each, saved in transactions.

Saving over an existing project updates it in one transaction (rollback journal, full sync):
a process killed at any moment leaves the old state or the new one, and SQLite rolls a
half-done save back the next time the file is opened. A project saved to a new path is
written to a temporary file beside it and moved into place with ``os.replace``.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from briefing_app.model.files import atomic_write
from briefing_app.store import errors, rows
from briefing_app.store.errors import ProjectError
from briefing_app.store.schema import APPLICATION_ID, SCHEMA_VERSION, prepare_new, upgrade
from briefing_app.store.state import ProjectState
from briefing_app.store.tempfiles import remove_stale_temps

PROJECT_SUFFIX = ".briefing"
_MAGIC = b"SQLite format 3\x00"
_BUSY_TIMEOUT_S = 10.0


def now_iso() -> str:
    """The current UTC time as ISO 8601 (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


# ---------------------------------------------------------------- recognising a file


def _header(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(100)


def is_project_file(path: str | os.PathLike) -> bool:
    """True if ``path`` is an SQLite file carrying our application id (never raises)."""
    try:
        head = _header(Path(path))
    except OSError:
        return False
    return (
        len(head) == 100
        and head.startswith(_MAGIC)
        and int.from_bytes(head[68:72], "big") == APPLICATION_ID
    )


def _check_readable(path: Path) -> bytes:
    """The first 100 bytes of ``path``; ProjectError if missing, a folder, unreadable or empty."""
    try:
        if path.is_dir():
            raise ProjectError(path, errors.IS_FOLDER)
        head = _header(path)
    except FileNotFoundError:
        raise ProjectError(path, errors.NO_SUCH_FILE) from None
    except OSError as exc:
        raise errors.failed(path, errors.CANNOT_READ, exc) from None
    if not head:
        raise ProjectError(path, errors.EMPTY)
    return head


def _check_content(path: Path, head: bytes) -> None:
    """ProjectError unless the header is ours and the file is as long as the header says."""
    if len(head) < 100 and _MAGIC.startswith(head[:16]):
        raise ProjectError(path, errors.TRUNCATED)
    if not head.startswith(_MAGIC):
        raise ProjectError(path, errors.NOT_SQLITE)
    if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        raise ProjectError(path, errors.OTHER_PROGRAM)
    _check_size(path)


def _check_size(path: Path) -> None:
    """Raise ProjectError if the file is shorter than its header says (e.g. a partial copy)."""
    missing = _truncated(path)
    if missing:
        raise ProjectError(path, errors.TRUNCATED_SIZE.format(*missing))


def _truncated(path: Path) -> tuple[int, int] | None:
    """(actual size, expected size) if the file is shorter than its header says.

    Only for a file no connection of ours holds: closing any handle to a file drops every
    POSIX lock the process has on it, SQLite's included.
    """
    head = _header(path)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # The in-header page count is only trusted when it was written with the change counter.
    if head[24:28] == head[92:96] and pages:
        actual = path.stat().st_size
        if actual < pages * page_size:
            return actual, pages * page_size
    return None


def _truncated_conn(conn: sqlite3.Connection, path: Path) -> tuple[int, int] | None:
    """``_truncated`` asked through the connection (and ``stat``, which opens nothing)."""
    page_size, pages = (
        conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_size", "page_count")
    )
    actual = path.stat().st_size
    return (actual, pages * page_size) if actual < pages * page_size else None


def _check_content_conn(conn: sqlite3.Connection, path: Path) -> None:
    """``_check_content`` for a file a connection holds: asks SQLite, never opens the file."""
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise ProjectError(path, "not a briefing project (an SQLite database of another program)")
    missing = _truncated_conn(conn, path)
    if missing:
        raise ProjectError(
            path, f"damaged project file (truncated: {missing[0]} of {missing[1]} bytes)"
        )


# ---------------------------------------------------------------- connections


def _connect(path: Path) -> sqlite3.Connection:
    # mode=rw never creates a file by accident, and still lets SQLite roll back the journal
    # a killed save left behind (a read-only open could not, and would fail instead).
    uri = f"{path.absolute().as_uri()}?mode=rw"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=_BUSY_TIMEOUT_S)
    try:
        # DELETE keeps the project one self-contained file (no -wal beside it); FULL syncs
        # the journal before the database so a power cut cannot tear a save either.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def _closing(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    try:
        yield conn
    finally:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        conn.close()


def _user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _newer_error(path: Path, version: int) -> ProjectError:
    return ProjectError(path, errors.NEWER.format(version=version, supported=SCHEMA_VERSION))


# ---------------------------------------------------------------- loading


@contextlib.contextmanager
def reading(path: Path) -> Iterator[tuple[sqlite3.Connection, int]]:
    """(connection, schema version) inside one read transaction on a project we can read.

    Every failure, in here or in the caller's block, becomes a one-line ProjectError.
    """
    head = _check_readable(path)
    # With a journal beside it, the file may hold half a killed save until SQLite rolls it
    # back on the first read; judge the content only then. Without one, judge it before
    # SQLite reads it, as SQLite would only say "malformed".
    journal = Path(f"{path}-journal").exists()
    try:
        if not journal:
            _check_content(path, head)
        with _closing(_connect(path)) as conn:
            conn.execute("BEGIN")  # one read transaction: a consistent snapshot
            version = _user_version(conn)  # the first read: rolls back a killed save
            if journal:
                _check_content_conn(conn, path)
            if version > SCHEMA_VERSION:
                raise _newer_error(path, version)
            if version < 1:
                raise ProjectError(path, errors.NO_TABLES)
            yield conn, version
    except (sqlite3.DatabaseError, OSError) as exc:
        raise errors.failed(path, errors.CANNOT_READ, exc) from None
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        # JSON that does not parse (or nests deeper than the parser goes) or lacks the fields
        # the model needs.
        raise ProjectError(path, errors.BAD_DATA.format(exc)) from None


def read_project(path: Path) -> tuple[ProjectState, dict[str, str]]:
    """The state and the meta table of the project at ``path``."""
    remove_stale_temps(path)
    with reading(path) as (conn, version):
        if version < SCHEMA_VERSION:
            return _read_migrated(conn, version)
        return rows.decode(conn), _meta(conn)


def _read_migrated(conn: sqlite3.Connection, version: int) -> tuple[ProjectState, dict]:
    # Upgrade a copy in memory: opening never writes to the user's file (it may be on a
    # read-only share, or still wanted by an older briefing-app); the next save upgrades it.
    with _closing(sqlite3.connect(":memory:", isolation_level=None)) as mem:
        conn.backup(mem)
        mem.execute("BEGIN")
        upgrade(mem, version)
        return rows.decode(mem), _meta(mem)


def _meta(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM meta"))


def load_project(path: str | os.PathLike) -> ProjectState:
    """Open a ``.briefing`` file; ProjectError says why one cannot be opened."""
    return read_project(Path(path))[0]


# ---------------------------------------------------------------- saving


def _meta_rows(state: ProjectState, extra: dict[str, str] | None) -> dict[str, str]:
    from briefing_app import __version__

    meta = {
        "app": "briefing-app",
        "app_version": __version__,
        "saved_at": now_iso(),
        "title": state.title,
        "sources": str(len(state.sources)),
    }
    meta.update(extra or {})
    return meta


def _write(conn: sqlite3.Connection, tables: dict, meta: dict[str, str]) -> dict[str, int]:
    written = rows.write_changes(conn, tables)
    conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta.items())
    conn.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES ('created_at', ?)", (meta["saved_at"],)
    )
    return written


def _save_in_place(
    path: Path, tables: dict, meta: dict[str, str], expect: str | None = None
) -> dict[str, int] | None:
    """Update an existing project in one transaction; None if it must be rewritten instead."""
    with _closing(_connect(path)) as conn:
        conn.execute("BEGIN IMMEDIATE")  # take the write lock before reading digests
        version = _user_version(conn)  # also rolls back a journal a killed save left
        if not 1 <= version <= SCHEMA_VERSION or _truncated_conn(conn, path):
            return None  # damaged, or a newer format: the user chose to overwrite it
        if expect is not None:
            _check_unchanged(conn, path, expect)  # under the write lock: no one slips in
        upgrade(conn, version)
        written = _write(conn, tables, meta)
        # Give pages freed by removed sources back to the file system once they add up.
        free, total = (
            conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("freelist_count", "page_count")
        )
        conn.execute("COMMIT")
        if free > 256 and free * 4 > total:
            # Its own transaction, as atomic as the save. executescript, because it steps the
            # pragma to the end; execute() stops after one step, which frees a single page.
            conn.executescript("PRAGMA incremental_vacuum")
        return written


def _check_unchanged(conn: sqlite3.Connection, path: Path, expect: str) -> None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'saved_at'").fetchone()
    if row is not None and row[0] != expect:
        when = str(row[0]).replace("T", " ")[:19]
        raise ProjectError(
            path,
            f"cannot save: the file was changed on disk since it was opened (saved at {when} "
            "UTC, probably by another instance); nothing was overwritten: save under another "
            "name, or reopen it",
        )


def saved_at(path: str | os.PathLike) -> str | None:
    """The ``saved_at`` stamp of the project at ``path`` (None if it has none or is unreadable)."""
    try:
        with reading(Path(path)) as (conn, _version):
            row = conn.execute("SELECT value FROM meta WHERE key = 'saved_at'").fetchone()
    except ProjectError:
        return None
    return None if row is None else str(row[0])


def _save_new(path: Path, tables: dict, meta: dict[str, str]) -> dict[str, int]:
    """Write a whole project to a temporary file beside ``path``, then move it into place."""
    written: dict[str, int] = {}

    def write(tmp: Path) -> None:
        with _closing(_connect(tmp)) as conn:
            # A rollback journal is pointless for a file nobody sees until it is complete.
            conn.execute("PRAGMA journal_mode = MEMORY")
            prepare_new(conn)
            conn.execute("BEGIN IMMEDIATE")
            upgrade(conn, 0)
            written.update(_write(conn, tables, meta))
            conn.execute("COMMIT")
        # A journal left by some earlier file at this path must not be "rolled back" into ours.
        Path(f"{path}-journal").unlink(missing_ok=True)

    atomic_write(path, write)
    return written


def save(
    path: str | os.PathLike,
    state: ProjectState,
    extra_meta: dict[str, str] | None = None,
    *,
    expect_saved_at: str | None = None,
) -> dict[str, int]:
    """Save ``state`` to ``path``; returns rows written per table (what the save cost).

    With ``expect_saved_at`` (the stamp the project had when it was opened), a project saved
    by someone else since is never overwritten: ProjectError says so instead.
    """
    path = Path(path)
    try:
        is_dir = path.is_dir()
    except OSError as exc:  # (a name too long for the disk)
        raise errors.failed(path, errors.CANNOT_SAVE, exc) from None
    if is_dir:
        raise ProjectError(path, errors.SAVE_INTO_FOLDER)
    tables = rows.encode(state)
    meta = _meta_rows(state, extra_meta)
    remove_stale_temps(path)
    try:
        if is_project_file(path):
            try:
                written = _save_in_place(path, tables, meta, expect_saved_at)
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.OperationalError):
                    raise
                written = None  # the file on disk is damaged: the state in memory is not
            if written is not None:
                return written
        return _save_new(path, tables, meta)
    except (sqlite3.DatabaseError, OSError) as exc:
        raise errors.failed(path, errors.CANNOT_SAVE, exc) from None


def save_project(path: str | os.PathLike, state: ProjectState) -> None:
    """Save ``state`` as a ``.briefing`` file: all of it or, if anything fails, none of it."""
    save(path, state)
