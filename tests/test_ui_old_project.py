# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""A project saved by the first release's schema (project file and briefing JSON both version
1), opened in the window: what the analyst wrote then is what the window shows, and a save,
close and reopen shows the same again."""

from __future__ import annotations

import json
import sqlite3

import pytest
from session_notes import visible_state
from test_store_migrations import SCHEMA_VERSION, SOURCE, _user_version, _write_v1
from test_ui_window import make_window, wait_idle, window  # noqa: F401  (fixtures)
from window_checks import QtWarnings, check_window

pytestmark = pytest.mark.slow

MINE = "My own words, “quoted” — Путин met Tokayev 🚁."
V1_BRIEFING = {  # as the first release wrote it: fields grouped, a block's text and its cites
    "schema": 1,
    "format": "briefing-app/briefing",
    "fields": {"title": "Old brief", "author": "J. Roe", "classification": "OFFICIAL"},
    "template": "situation_report",
    "sections": [
        {
            "id": "outlook",
            "heading": "Outlook",
            "fill": "none",
            "kind": "text",
            "blocks": [{"kind": "paragraph", "origin": "user", "text": MINE, "cite": [SOURCE.id]}],
        }
    ],
}


def test_a_first_release_project_shows_what_was_written_and_reopens_the_same_after_a_save(
    qtbot, make_window, tmp_path
):
    path = tmp_path / "v1.briefing"
    _write_v1(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE briefing SET json = ?", (json.dumps(V1_BRIEFING),))
    conn.execute("UPDATE settings SET value = '\"situation_report\"' WHERE key = 'template'")
    conn.commit()
    conn.close()
    with QtWarnings() as qt:
        win = make_window()
        win.open_project(str(path))
        wait_idle(qtbot, win)
        assert not win.prompter.errors
        check_window(win)
        seen = visible_state(win)
        assert "Old article" in seen["sources"][0]
        assert seen["template"] == "Situation report"
        assert seen["title"] == "Old brief" and seen["fields"]["author"] == "J. Roe"
        assert [row for row in seen["annotations"] if "from v1" in row], seen["annotations"]
        assert "t" in seen["tags"]
        outlook = dict(seen["sections"])["Outlook"]
        assert MINE in outlook, outlook
        win.prompter.project_path = str(path)
        assert win.save(wait=True)
        assert _user_version(path) == SCHEMA_VERSION
        win.close()
        again = make_window()
        again.open_project(str(path))
        wait_idle(qtbot, again)
        check_window(again)
        assert visible_state(again) == seen
        assert not qt.take()
