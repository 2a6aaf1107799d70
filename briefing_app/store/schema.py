"""The SQLite schema of a ``.briefing`` file and the migrations that build and upgrade it.

A new file is made by running every migration from version 0, so the upgrade path of old
files is the same code that creates new ones. Each migration takes a database at version n
to n + 1 inside the caller's transaction (no COMMIT here: ``executescript`` would issue one).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# "BRFG": PRAGMA application_id, at byte 68 of the file; tells our files from other SQLite files.
APPLICATION_ID = 0x42524647

# Every table has a ``digest`` column (sha256 of the row's values) so a save rewrites only
# the rows that changed. It sits before the large columns so reading it stays on the row's
# first page and never pulls a big text or blob off its overflow pages.
_V1 = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE sources (
        id TEXT PRIMARY KEY, position INTEGER NOT NULL, digest TEXT NOT NULL,
        path TEXT NOT NULL, format TEXT NOT NULL, meta TEXT NOT NULL, text TEXT NOT NULL)""",
    # Originals live apart from sources so re-ordering or re-titling a source does not
    # rewrite a multi-megabyte PDF.
    """CREATE TABLE originals (
        source_id TEXT PRIMARY KEY, digest TEXT NOT NULL, data BLOB NOT NULL)""",
    """CREATE TABLE analysis_cache (
        source_id TEXT NOT NULL, model_key TEXT NOT NULL, digest TEXT NOT NULL,
        data TEXT NOT NULL, PRIMARY KEY (source_id, model_key))""",
    """CREATE TABLE annotations (
        id TEXT PRIMARY KEY, source_id TEXT NOT NULL, position INTEGER NOT NULL,
        digest TEXT NOT NULL, data TEXT NOT NULL)""",
    "CREATE INDEX annotations_by_source ON annotations (source_id)",
    """CREATE TABLE briefing (
        id INTEGER PRIMARY KEY CHECK (id = 1), digest TEXT NOT NULL, json TEXT NOT NULL)""",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, digest TEXT NOT NULL, value TEXT NOT NULL)",
)

# Version 2: the analyst's actor curation (rename, merge, split, hide, add, retype).
_V2 = (
    """CREATE TABLE actor_decisions (
        position INTEGER PRIMARY KEY, digest TEXT NOT NULL, data TEXT NOT NULL)""",
)


# Version 3: sources carry Admiralty grades (reliability A-F, credibility 1-6) and the date
# they were accessed, all in the ``meta`` JSON. Files made before version 3 never recorded when
# a source was added; the best known date is the last save, so that becomes "accessed".
_V3 = (
    """UPDATE sources SET meta = json_set(
        meta,
        '$.accessed', coalesce(
            nullif(json_extract(meta, '$.accessed'), ''),
            (SELECT substr(value, 1, 10) FROM meta WHERE key = 'saved_at'),
            ''),
        '$.reliability', coalesce(json_extract(meta, '$.reliability'), ''),
        '$.credibility', coalesce(json_extract(meta, '$.credibility'), ''))
    WHERE json_valid(meta)""",
)


def _run(statements: tuple[str, ...]) -> Callable[[sqlite3.Connection], None]:
    def migrate(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return migrate


# MIGRATIONS[n] upgrades a database at user_version n to n + 1. Append only; never edit one
# that has shipped (files in the wild were made by it).
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_run(_V1), _run(_V2), _run(_V3)]
SCHEMA_VERSION: int = len(MIGRATIONS)


def upgrade(conn: sqlite3.Connection, version: int) -> None:
    """Bring a database from ``version`` to SCHEMA_VERSION (inside the caller's transaction)."""
    for n in range(version, SCHEMA_VERSION):
        MIGRATIONS[n](conn)
        # user_version lives in the page-1 header, so it is journaled with the rest.
        conn.execute(f"PRAGMA user_version = {n + 1}")


def prepare_new(conn: sqlite3.Connection) -> None:
    """Settings that must precede the first table of a new file."""
    # Incremental so pages freed by deleted sources can be given back without a full VACUUM.
    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
