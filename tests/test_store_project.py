"""The .briefing project file: exact round trips, incremental re-saves, bad files, failed saves."""

from __future__ import annotations

import copy
import os
import random
import sqlite3
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.model import Annotation, BriefingError, Source, source_id_for
from briefing_app.store import (
    PROJECT_SUFFIX,
    SCHEMA_VERSION,
    ProjectError,
    ProjectState,
    is_project_file,
    load_project,
    project,
    rows,
    save_project,
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / f"event{PROJECT_SUFFIX}"


def _add_source(state: ProjectState, text: str, original: bytes) -> Source:
    sid = source_id_for(original)
    src = Source(id=sid, path=f"/in/{sid}.txt", format="txt", text=text, sha256=sid)
    state.sources.append(src)
    state.originals[sid] = original
    return src


def test_every_part_round_trips(path, make_project_state):
    state = make_project_state(4)
    save_project(path, state)
    back = load_project(path)
    # Part by part first, so a failure names the part.
    assert back.sources == state.sources
    assert [s.id for s in back.sources] == [s.id for s in state.sources]
    assert back.originals == state.originals
    assert back.briefing == state.briefing
    assert back.annotations == state.annotations
    assert back.actor_decisions == state.actor_decisions
    assert back.settings == state.settings
    assert back.analysis_cache == state.analysis_cache
    assert back == state


def test_unicode_large_texts_bytes_and_numbers_round_trip_exactly(path):
    rng = random.Random(7)
    alphabet = "aé漢字😀\u202e\u0301\x00\t\r\n—«»\ufeffЖ"
    big = "".join(rng.choice(alphabet) for _ in range(400_000))
    state = ProjectState(sources=[], originals={})
    _add_source(state, big, bytes(range(256)) * 4000)  # every byte value, ~1 MB
    _add_source(state, "lone surrogate \ud800 kept", b"\x00")
    _add_source(state, "", b"")  # an empty source is still a source
    state.briefing = {"title": "Ünïcödé ✓", "big": big[:10_000], "nested": [[{"k": [1, -2]}]]}
    state.settings = {"float": 0.1 + 0.2, "tiny": 1e-300, "int": 2**62, "neg": -0.0, "s": "\x00"}
    state.analysis_cache[(state.sources[0].id, "m")] = {"text": big[:50_000], "emoji": "😀"}
    save_project(path, state)
    back = load_project(path)
    assert back.sources[0].text == big
    assert back.sources[1].text == "lone surrogate \ud800 kept"
    assert back.originals == state.originals
    assert back.settings["float"] == 0.1 + 0.2 and back.settings["tiny"] == 1e-300
    assert back == state


def test_resave_writes_only_what_changed_and_reloads_it(path, make_project_state):
    state = make_project_state(6)
    save_project(path, state)
    assert sum(project.save(path, state).values()) == 0  # nothing changed, nothing written

    state.sources[2].text += " An update."
    state.annotations[1].comment = "revised comment"
    state.briefing["title"] = "New title"
    written = project.save(path, state)
    assert written["sources"] == 1
    assert written["originals"] == 0
    assert written["annotations"] == 1
    assert written["briefing"] == 1
    assert written["analysis_cache"] == 0
    assert load_project(path) == state


def test_resave_handles_removal_addition_and_reordering(path, make_project_state):
    state = make_project_state(5)
    save_project(path, state)
    gone = state.sources.pop(1)
    del state.originals[gone.id]
    del state.analysis_cache[(gone.id, "model-1")]
    state.annotations = [a for a in state.annotations if a.source != gone.id]
    new = _add_source(state, "A late source.", b"late bytes")
    state.sources.reverse()
    state.annotations.append(Annotation("late", new.id, 0, 6, quote="A late"))
    state.actor_decisions.append({"op": "rename", "actor": "a", "to": "b"})
    state.settings["page_size"] = "Letter"
    del state.settings["zoom"]
    state.briefing = None
    save_project(path, state)
    back = load_project(path)
    assert [s.id for s in back.sources] == [s.id for s in state.sources]
    assert gone.id not in back.originals
    assert back == state


def test_analysis_cache_hits_by_source_and_model_key(path, make_project_state):
    state = make_project_state(2)
    sid = state.sources[0].id
    save_project(path, state)
    back = load_project(path)
    assert back.analysis_cache[(sid, "model-1")] == state.analysis_cache[(sid, "model-1")]
    assert (sid, "model-2") not in back.analysis_cache  # another model: a miss

    back.analysis_cache[(sid, "model-2")] = {"actors": [], "model": 2}
    save_project(path, back)
    again = load_project(path)
    assert again.analysis_cache[(sid, "model-1")] == state.analysis_cache[(sid, "model-1")]
    assert again.analysis_cache[(sid, "model-2")] == {"actors": [], "model": 2}

    del again.analysis_cache[(sid, "model-1")]
    save_project(path, again)
    assert (sid, "model-1") not in load_project(path).analysis_cache


def test_a_project_is_one_self_contained_file(path, make_project_state):
    save_project(path, make_project_state(2))
    state = make_project_state(3, tag="b")
    save_project(path, state)  # in place
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no journal, wal, tmp
    assert is_project_file(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_is_project_file_tells_projects_from_everything_else(tmp_path, path, make_project_state):
    save_project(path, make_project_state(1))
    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert is_project_file(path)
    for other in (foreign, text, tmp_path, tmp_path / "missing.briefing"):
        assert not is_project_file(other)


# ------------------------------------------------------------------ bad files


def _foreign_sqlite(p: Path) -> None:
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices (total) VALUES (9.5)")
    conn.commit()
    conn.close()


def _random_bytes(p: Path) -> None:
    p.write_bytes(random.Random(3).randbytes(50_000))


def _truncated(p: Path, state: ProjectState) -> None:
    save_project(p, state)
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])


def _cut_in_header(p: Path, state: ProjectState) -> None:
    save_project(p, state)
    p.write_bytes(p.read_bytes()[:60])


def _scribbled(p: Path, state: ProjectState) -> None:
    save_project(p, state)
    data = bytearray(p.read_bytes())
    data[4096:] = random.Random(5).randbytes(len(data) - 4096)  # every page but the first
    p.write_bytes(bytes(data))


def _deeply_nested(p: Path, state: ProjectState) -> None:
    save_project(p, state)
    conn = sqlite3.connect(p)
    conn.execute("UPDATE briefing SET json = ? WHERE id = 1", ("[" * 100_000,))
    conn.commit()
    conn.close()


BAD_FILES = {
    "foreign sqlite": (lambda p, s: _foreign_sqlite(p), "another program"),
    "random bytes": (lambda p, s: _random_bytes(p), "not an SQLite database"),
    "text file": (lambda p, s: p.write_text("just some notes\n"), "not an SQLite database"),
    "truncated": (_truncated, "truncated"),
    "cut in header": (_cut_in_header, "truncated"),
    "scribbled over": (_scribbled, "damaged"),
    "JSON nested too deep": (_deeply_nested, "damaged"),
    "empty": (lambda p, s: p.write_bytes(b""), "empty file"),
    "directory": (lambda p, s: p.mkdir(), "folder"),
    "missing": (lambda p, s: None, "no such file"),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_file_gives_one_line_error_naming_it(case, path, make_project_state):
    make, reason = BAD_FILES[case]
    make(path, make_project_state(8))
    with pytest.raises(ProjectError) as info:
        load_project(path)
    message = str(info.value)
    assert isinstance(info.value, BriefingError)
    assert message.startswith(f"{path}: ")
    assert reason in message
    assert "\n" not in message


def test_newer_schema_is_refused_with_a_clear_message(path, make_project_state):
    save_project(path, make_project_state(1))
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(ProjectError, match="made by a newer version of briefing-app"):
        load_project(path)


def test_unreadable_file(path, make_project_state, monkeypatch):
    save_project(path, make_project_state(1))
    if os.name == "posix" and os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads anything: make the read fail as it would for a user

        def denied(p):
            raise PermissionError(13, "Permission denied", str(p))

        monkeypatch.setattr(project, "_header", denied)
    try:
        with pytest.raises(ProjectError, match=r"cannot read \(permission denied\)"):
            load_project(path)
    finally:
        path.chmod(0o644)


def _make_read_only(path: Path):
    """Make ``path`` unwritable even for root (chattr +i) where possible; returns the undo."""
    if os.name == "posix" and os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
            pytest.skip("running as root and chattr +i is not available here")
        return lambda: subprocess.run(["chattr", "-i", str(path)], check=True)
    path.chmod(0o444)
    return lambda: path.chmod(0o644)


def test_read_only_project_is_not_changed(path, make_project_state):
    state = make_project_state(2)
    save_project(path, state)
    undo = _make_read_only(path)
    try:
        with pytest.raises(ProjectError, match=r"cannot save \(the file is read-only\)"):
            save_project(path, make_project_state(3, tag="x"))
        assert load_project(path) == state  # and it still opens
    finally:
        undo()
    assert load_project(path) == state


def test_unwritable_destinations(tmp_path, make_project_state):
    state = make_project_state(1)
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x")
    for target in (tmp_path / "no" / "such" / "dir" / "p.briefing", a_file / "p.briefing"):
        with pytest.raises(ProjectError, match="cannot save"):
            save_project(target, state)
        assert not target.exists()
    with pytest.raises(ProjectError, match="folder"):
        save_project(tmp_path, state)


# ------------------------------------------------------------------ saves that fail or replace


def _fail_after_writing(monkeypatch):
    real = rows.write_changes

    def write_then_fail(conn, tables):
        real(conn, tables)  # everything written inside the transaction...
        raise RuntimeError("simulated crash mid-save")  # ...then it dies before COMMIT

    monkeypatch.setattr(rows, "write_changes", write_then_fail)


def test_failed_save_leaves_previous_file_intact(path, make_project_state, monkeypatch):
    old = make_project_state(4)
    save_project(path, old)
    before = path.read_bytes()
    _fail_after_writing(monkeypatch)
    with pytest.raises(RuntimeError):
        save_project(path, make_project_state(5, tag="new"))
    assert path.read_bytes() == before
    assert load_project(path) == old
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_failed_save_to_new_path_leaves_nothing(path, make_project_state, monkeypatch):
    _fail_after_writing(monkeypatch)
    with pytest.raises(RuntimeError):
        save_project(path, make_project_state(2))
    assert list(path.parent.iterdir()) == []


def test_save_as_over_a_foreign_or_damaged_file_replaces_it(path, make_project_state):
    state = make_project_state(3)
    _foreign_sqlite(path)
    save_project(path, state)
    assert load_project(path) == state

    _truncated(path, make_project_state(30, tag="old"))
    save_project(path, state)  # the damaged file is replaced, the work is saved
    assert load_project(path) == state


def test_save_as_over_a_newer_format_replaces_it(path, make_project_state):
    save_project(path, make_project_state(1, tag="old"))
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    state = make_project_state(2)
    save_project(path, state)
    assert load_project(path) == state


def test_save_keeps_permissions_of_replaced_file(path, make_project_state):
    path.write_text("not a project yet")
    path.chmod(0o640)
    save_project(path, make_project_state(1))
    assert path.stat().st_mode & 0o777 == 0o640


def test_duplicate_source_ids_are_refused_before_writing(path, make_project_state):
    state = make_project_state(2)
    save_project(path, state)
    bad = copy.deepcopy(state)
    bad.sources.append(bad.sources[0])
    with pytest.raises(ValueError, match="duplicate"):
        save_project(path, bad)
    assert load_project(path) == state


def test_removing_most_sources_gives_the_space_back(path, make_project_state):
    state = make_project_state(2)
    for i in range(60):
        _add_source(state, f"bulky {i} " * 5000, f"bulk {i}".encode() * 20_000)
    save_project(path, state)
    big = path.stat().st_size
    for src in state.sources[2:]:
        del state.originals[src.id]
    del state.sources[2:]
    save_project(path, state)
    assert path.stat().st_size < big / 4
    assert load_project(path) == state


def test_odd_file_names(tmp_path, make_project_state):
    state = make_project_state(1)
    for name in ("with space.briefing", "hash#and?query%20.briefing", "Пути 東京 😀.briefing"):
        path = tmp_path / name
        save_project(path, state)
        save_project(path, state)  # in place
        assert load_project(path) == state
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["with space.briefing", "hash#and?query%20.briefing", "Пути 東京 😀.briefing"]
    )


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts=st.lists(st.text(), min_size=1, max_size=3),
    blob=st.binary(max_size=2000),
    briefing=st.dictionaries(st.text(), _json_values, max_size=4),
    cache_value=st.dictionaries(st.text(), _json_values, max_size=4),
)
def test_any_text_bytes_and_json_round_trip(tmp_path_factory, texts, blob, briefing, cache_value):
    path = tmp_path_factory.mktemp("prop") / "p.briefing"
    state = ProjectState(sources=[], originals={})
    for i, text in enumerate(texts):
        _add_source(state, text, blob + bytes([i]))
    state.briefing = briefing
    state.settings = {"any": cache_value}
    state.analysis_cache[(state.sources[0].id, "m")] = cache_value
    save_project(path, state)
    assert load_project(path) == state
