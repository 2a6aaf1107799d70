"""Old project files open and upgrade: a version-1 file written by hand with the old schema."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

from briefing_app.model import Annotation, Source
from briefing_app.store import (
    SCHEMA_VERSION,
    ProjectError,
    is_project_file,
    load_project,
    save_project,
)

APPLICATION_ID = 0x42524647  # "BRFG", as shipped in every .briefing file

# The version-1 schema as it shipped, frozen here on purpose: the test must fail if a later
# change to the migrations stops reading files that are already on people's disks.
V1_SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE sources (id TEXT PRIMARY KEY, position INTEGER NOT NULL, digest TEXT NOT NULL,"
    " path TEXT NOT NULL, format TEXT NOT NULL, meta TEXT NOT NULL, text TEXT NOT NULL)",
    "CREATE TABLE originals (source_id TEXT PRIMARY KEY, digest TEXT NOT NULL, data BLOB NOT NULL)",
    "CREATE TABLE analysis_cache (source_id TEXT NOT NULL, model_key TEXT NOT NULL,"
    " digest TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (source_id, model_key))",
    "CREATE TABLE annotations (id TEXT PRIMARY KEY, source_id TEXT NOT NULL,"
    " position INTEGER NOT NULL, digest TEXT NOT NULL, data TEXT NOT NULL)",
    "CREATE INDEX annotations_by_source ON annotations (source_id)",
    "CREATE TABLE briefing (id INTEGER PRIMARY KEY CHECK (id = 1), digest TEXT NOT NULL,"
    " json TEXT NOT NULL)",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, digest TEXT NOT NULL, value TEXT NOT NULL)",
)

SOURCE = Source(
    id="a1b2c3d4e5f60718",
    path="/old/article.txt",
    format="txt",
    text="Путин met Tokayev in Astana on Sunday.",
    sha256="ab" * 32,
    title="Old article",
)
ANNOTATION = Annotation("n1", SOURCE.id, 0, 5, quote="Путин", comment="from v1", tags=["t"])


def _write_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in V1_SCHEMA:
        conn.execute(statement)
    # a version-1 file knew nothing of grades or accessed dates (added in version 3)
    later = ("id", "path", "format", "text", "reliability", "credibility", "accessed")
    meta = {k: v for k, v in SOURCE.to_dict().items() if k not in later}
    conn.execute(
        "INSERT INTO sources VALUES (?, 0, 'old-digest', ?, ?, ?, ?)",
        (SOURCE.id, SOURCE.path, SOURCE.format, json.dumps(meta), SOURCE.text),
    )
    conn.execute("INSERT INTO originals VALUES (?, 'd', ?)", (SOURCE.id, b"old bytes\x00\xff"))
    conn.execute(
        "INSERT INTO analysis_cache VALUES (?, 'model-1', 'd', ?)",
        (SOURCE.id, json.dumps({"actors": ["Putin", "Tokayev"]})),
    )
    conn.execute(
        "INSERT INTO annotations VALUES ('n1', ?, 0, 'd', ?)",
        (SOURCE.id, json.dumps(ANNOTATION.to_dict())),
    )
    conn.execute("INSERT INTO briefing VALUES (1, 'd', ?)", (json.dumps({"title": "Old"}),))
    conn.execute("INSERT INTO settings VALUES ('template', 'd', '\"sitrep\"')")
    conn.execute("INSERT INTO meta VALUES ('saved_at', '2026-01-01T00:00:00.000+00:00')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def _columns(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: [c[1] for c in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
    finally:
        conn.close()


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_a_version_1_file_opens_with_all_its_data(tmp_path):
    path = tmp_path / "old.briefing"
    _write_v1(path)
    assert is_project_file(path)
    before = path.read_bytes()
    state = load_project(path)
    # version 3: the source was accessed no later than the file's last save
    assert state.sources == [dataclasses.replace(SOURCE, accessed="2026-01-01")]
    assert state.sources[0].grade == ""  # ungraded until the analyst grades it
    assert state.originals == {SOURCE.id: b"old bytes\x00\xff"}
    assert state.analysis_cache == {(SOURCE.id, "model-1"): {"actors": ["Putin", "Tokayev"]}}
    assert state.annotations == [ANNOTATION]
    assert state.briefing == {"title": "Old"}
    assert state.settings == {"template": "sitrep"}
    assert state.actor_decisions == []  # added in version 2
    # Opening upgrades a copy in memory: the file itself stays readable by the older app.
    assert path.read_bytes() == before


def test_saving_a_version_1_file_upgrades_it_in_place(tmp_path):
    path = tmp_path / "old.briefing"
    _write_v1(path)
    state = load_project(path)
    state.actor_decisions.append({"op": "merge", "into": "Vladimir Putin", "from": ["Putin"]})
    save_project(path, state)
    assert _user_version(path) == SCHEMA_VERSION
    assert load_project(path) == state


def test_an_upgraded_file_has_the_same_tables_as_a_new_one(tmp_path, make_project_state):
    old, new = tmp_path / "old.briefing", tmp_path / "new.briefing"
    _write_v1(old)
    save_project(old, load_project(old))
    save_project(new, make_project_state(1))
    assert _columns(old) == _columns(new)


def test_a_file_with_our_id_but_no_tables_is_damaged(tmp_path):
    path = tmp_path / "half.briefing"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE junk (x)")  # make SQLite write the file at all
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="damaged"):
        load_project(path)


def test_a_version_2_file_gets_accessed_dates_and_keeps_its_grades(tmp_path):
    """Version 3 fills each source's accessed date from the last save; set values stay."""
    path = tmp_path / "v2.briefing"
    _write_v1(path)
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE actor_decisions (position INTEGER PRIMARY KEY, digest TEXT NOT NULL,"
        " data TEXT NOT NULL)"
    )
    graded = {"title": "Graded", "reliability": "B", "credibility": "2", "accessed": "2025-12-24"}
    conn.execute(
        "INSERT INTO sources VALUES ('ffff000011112222', 1, 'd', '/b.txt', 'txt', ?, 'B text')",
        (json.dumps(graded),),
    )
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    old, kept = load_project(path).sources
    assert (old.accessed, old.reliability, old.credibility) == ("2026-01-01", "", "")
    assert (kept.accessed, kept.grade) == ("2025-12-24", "B2")
    state = load_project(path)
    save_project(path, state)
    assert _user_version(path) == SCHEMA_VERSION == 3
    assert load_project(path).sources == state.sources
