"""Autosave recovery copies: written per session, listed newest first, loaded, discarded."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from briefing_app.store import (
    discard_recovery,
    list_recoveries,
    load_project,
    load_recovery,
    recovery_dir,
    save_project,
    write_recovery,
)


@pytest.fixture
def rdir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "recovery"
    monkeypatch.setenv("BRIEFING_RECOVERY_DIR", str(folder))
    return folder


def test_recovery_dir_follows_the_environment_or_user_data(rdir, monkeypatch):
    assert recovery_dir() == rdir
    monkeypatch.delenv("BRIEFING_RECOVERY_DIR")
    default = recovery_dir()
    assert default.name == "recovery"
    assert "briefing-app" in str(default)


def test_write_list_load_discard(rdir, tmp_path, make_project_state):
    state = make_project_state(3, tag="r")
    project_path = str(tmp_path / "work" / "event.briefing")
    path = write_recovery(state, project_path=project_path, session_id="s-1")
    assert path.parent == rdir and path.exists()

    [found] = list_recoveries()
    assert found.path == path
    assert found.project_path == project_path
    assert found.sources == 3
    assert found.title == "Briefing r"
    assert datetime.fromisoformat(found.saved_at).tzinfo is not None

    assert load_recovery(found.path) == state
    discard_recovery(found.path)
    assert not path.exists()
    assert list_recoveries() == []


def test_one_file_per_session_updated_in_place(rdir, make_project_state):
    state = make_project_state(2)
    first = write_recovery(state, project_path=None, session_id="abc")
    [before] = list_recoveries()
    state.briefing["title"] = "Edited since"
    state.sources.pop()
    second = write_recovery(state, project_path=None, session_id="abc")
    assert first == second
    [after] = list_recoveries()
    assert after.project_path is None  # never saved as a project yet
    assert after.title == "Edited since" and after.sources == 1
    assert after.saved_at >= before.saved_at
    assert load_recovery(second) == state
    assert [p.name for p in rdir.iterdir()] == [second.name]  # no journal or temp files


def test_newest_first_across_sessions(rdir, make_project_state):
    write_recovery(make_project_state(1, tag="old"), project_path="/a.briefing", session_id="1")
    write_recovery(make_project_state(2, tag="mid"), project_path="/b.briefing", session_id="2")
    write_recovery(make_project_state(1, tag="new"), project_path=None, session_id="3")
    titles = [r.title for r in list_recoveries()]
    assert titles == ["Briefing new", "Briefing mid", "Briefing old"]


def test_unreadable_copies_are_skipped_not_raised(rdir, make_project_state):
    good = write_recovery(make_project_state(1), project_path=None, session_id="good")
    (rdir / "junk.briefing").write_bytes(b"\x00garbage" * 100)
    (rdir / "empty.briefing").write_bytes(b"")
    conn = sqlite3.connect(rdir / "foreign.briefing")
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    cut = write_recovery(make_project_state(20, tag="c"), project_path=None, session_id="cut")
    cut.write_bytes(cut.read_bytes()[:5000])
    (rdir / "folder.briefing").mkdir()
    problems: list[str] = []
    assert [r.path for r in list_recoveries(problems)] == [good]
    # each skipped copy is said, by name, not swallowed
    assert len(problems) == 5
    for name in ("junk", "empty", "foreign", "cut", "folder"):
        assert any(f"{name}.briefing: " in p for p in problems), name


def test_no_recovery_folder_means_no_recoveries(rdir):
    assert not rdir.exists()
    assert list_recoveries() == []


def test_session_id_cannot_escape_the_recovery_folder(rdir, make_project_state):
    path = write_recovery(make_project_state(1), project_path=None, session_id="../../etc/x y")
    assert path.parent == rdir


def test_discard_refuses_a_project_outside_the_recovery_folder(rdir, tmp_path, make_project_state):
    state = make_project_state(1)
    project = tmp_path / "mine.briefing"
    save_project(project, state)
    with pytest.raises(ValueError):
        discard_recovery(project)
    assert load_project(project) == state
    discard_recovery(rdir / "never-written.briefing")  # already gone: nothing to do
