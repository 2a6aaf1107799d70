"""ProjectState <-> table rows, and writing only the rows that changed."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable

from briefing_app.model import Annotation, Source
from briefing_app.store.state import ProjectState

# table -> (key columns, value columns); every table also has a digest column.
TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sources": (("id",), ("position", "path", "format", "meta", "text")),
    "originals": (("source_id",), ("data",)),
    "analysis_cache": (("source_id", "model_key"), ("data",)),
    "annotations": (("id",), ("source_id", "position", "data")),
    "briefing": (("id",), ("json",)),
    "actor_decisions": (("position",), ("data",)),
    "settings": (("key",), ("value",)),
}
# Source fields kept in their own columns; the rest go into the meta JSON.
_SOURCE_COLUMNS = ("id", "path", "format", "text")

# Analysis cache entries never change under their key (the key names the source's content
# and the model that analysed it), so a save writes only new keys and never re-serialises the
# megabytes already stored: that is most of a big project's bytes and most of a save's time.
_IMMUTABLE_BY_KEY = frozenset({"analysis_cache"})

Row = tuple  # the value columns, in TABLES order
# key -> (values, digest), or a function making them when the row has to be written
Rows = dict[tuple, tuple[Row, str] | Callable[[], tuple[Row, str]]]


def _text(s: str) -> tuple[str | bytes, bytes]:
    """(what to bind, its UTF-8 bytes). Lone surrogates cannot be TEXT, so they go in a BLOB."""
    try:
        return s, s.encode("utf-8")
    except UnicodeEncodeError:
        raw = s.encode("utf-8", "surrogatepass")
        return raw, raw


def _untext(value: str | bytes) -> str:
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else value


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _loads(value: str | bytes) -> object:
    return json.loads(_untext(value))


class _Rows:
    """Collects one table's rows, hashing each so unchanged ones can be skipped."""

    def __init__(self) -> None:
        self.rows: Rows = {}

    def add(self, key: tuple, *values: object) -> None:
        self._check(key)
        self.rows[key] = _digested(values)

    def add_lazy(self, key: tuple, make: Callable[[], tuple]) -> None:
        self._check(key)
        self.rows[key] = lambda: _digested(make())

    def _check(self, key: tuple) -> None:
        if key in self.rows:
            raise ValueError(f"duplicate key {key!r} in project state")


def _digested(values: tuple) -> tuple[Row, str]:
    """The values as bound to SQLite, and the sha256 of them all."""
    h = hashlib.sha256()
    bound = []
    for v in values:
        if isinstance(v, str):
            v, raw = _text(v)
        elif isinstance(v, (bytes, bytearray, memoryview)):
            v = raw = bytes(v)
        else:
            raw = repr(v).encode()
        bound.append(v)
        # Length-prefixed so no two different rows share an input.
        h.update(b"%d:" % len(raw))
        h.update(raw)
    return tuple(bound), h.hexdigest()


def encode(state: ProjectState) -> dict[str, Rows]:
    """Every table's rows for ``state``."""
    out = {table: _Rows() for table in TABLES}
    for position, src in enumerate(state.sources):
        meta = {k: v for k, v in src.to_dict().items() if k not in _SOURCE_COLUMNS}
        out["sources"].add((src.id,), position, src.path, src.format, _dumps(meta), src.text)
    for source_id, data in state.originals.items():
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"original of {source_id!r} must be bytes, not {type(data).__name__}")
        out["originals"].add((str(source_id),), data)
    for (source_id, model_key), data in state.analysis_cache.items():
        out["analysis_cache"].add_lazy((str(source_id), str(model_key)), _dumper(data))
    for position, ann in enumerate(state.annotations):
        out["annotations"].add((ann.id,), ann.source, position, _dumps(ann.to_dict()))
    if state.briefing is not None:
        out["briefing"].add((1,), _dumps(state.briefing))
    for position, decision in enumerate(state.actor_decisions):
        out["actor_decisions"].add((position,), _dumps(decision))
    for key, value in state.settings.items():
        if not isinstance(key, str):
            raise ValueError(f"setting names must be strings, not {key!r}")
        out["settings"].add((key,), _dumps(value))
    return {table: rows.rows for table, rows in out.items()}


def _dumper(data: object) -> Callable[[], tuple]:
    return lambda: (_dumps(data),)


def write_changes(conn: sqlite3.Connection, tables: dict[str, Rows]) -> dict[str, int]:
    """Make the tables hold exactly ``tables``, touching only rows whose digest differs.

    Returns the number of rows written or deleted per table (how much a save cost).
    """
    written: dict[str, int] = {}
    for table, rows in tables.items():
        keys, values = TABLES[table]
        key_list = ", ".join(keys)
        stored = {
            tuple(r[:-1]): r[-1] for r in conn.execute(f"SELECT {key_list}, digest FROM {table}")
        }
        gone = [k for k in stored if k not in rows]
        where = " AND ".join(f"{k} = ?" for k in keys)
        conn.executemany(f"DELETE FROM {table} WHERE {where}", gone)
        changed = []
        for key, entry in rows.items():
            if callable(entry):
                if table in _IMMUTABLE_BY_KEY and key in stored:
                    continue
                entry = entry()
            vals, digest = entry
            if stored.get(key) != digest:
                changed.append((*key, digest, *vals))
        columns = (*keys, "digest", *values)
        marks = ", ".join("?" * len(columns))
        conn.executemany(
            f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) VALUES ({marks})", changed
        )
        written[table] = len(gone) + len(changed)
    return written


def decode(conn: sqlite3.Connection) -> ProjectState:
    """Read a whole project (call inside one read transaction so it is consistent)."""
    sources = []
    for sid, path, fmt, meta, text in conn.execute(
        "SELECT id, path, format, meta, text FROM sources ORDER BY position"
    ):
        data = _loads(meta)
        data.update(id=sid, path=path, format=fmt, text=_untext(text))
        sources.append(Source.from_dict(data))
    originals = {
        sid: bytes(data) for sid, data in conn.execute("SELECT source_id, data FROM originals")
    }
    cache = {
        (sid, key): _loads(data)
        for sid, key, data in conn.execute("SELECT source_id, model_key, data FROM analysis_cache")
    }
    annotations = [
        Annotation.from_dict(_loads(data))
        for (data,) in conn.execute("SELECT data FROM annotations ORDER BY position")
    ]
    row = conn.execute("SELECT json FROM briefing WHERE id = 1").fetchone()
    decisions = _json_column(conn, "SELECT data FROM actor_decisions ORDER BY position")
    settings = {
        key: _loads(value) for key, value in conn.execute("SELECT key, value FROM settings")
    }
    return ProjectState(
        sources=sources,
        originals=originals,
        briefing=_loads(row[0]) if row else None,
        annotations=annotations,
        actor_decisions=decisions,
        settings=settings,
        analysis_cache=cache,
    )


def _json_column(conn: sqlite3.Connection, sql: str) -> list:
    rows: Iterable = conn.execute(sql)
    return [_loads(value) for (value,) in rows]
