# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""What the random window session (tests/test_ui_session_views.py) found on screen, one test
each, named for what the analyst sees."""

from __future__ import annotations

import pytest
from test_ui_session_random import TEXTS
from test_ui_window import make_window, wait_idle, window  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow


def test_a_bad_file_opened_twice_is_one_line_in_problems_and_none_once_mended(
    qtbot, window, tmp_path
):
    good, bad = tmp_path / "flood.txt", tmp_path / "report.txt"
    good.write_text(TEXTS["flood.txt"], encoding="utf-8")
    bad.write_bytes(b"   \n")
    for _ in range(2):
        window.prompter.sources = [str(good), str(bad)]
        window.actions.open_sources.trigger()
        wait_idle(qtbot, window)
    lines = [line for line in window.problems.lines() if line.startswith("report.txt")]
    assert len(lines) == 1, lines
    assert len(window.ws.sources) == 1

    bad.write_text(TEXTS["pumps.txt"], encoding="utf-8")  # the analyst mends the file
    window.prompter.sources = [str(bad)]
    window.actions.open_sources.trigger()
    wait_idle(qtbot, window)
    assert len(window.ws.sources) == 2
    assert not [line for line in window.problems.lines() if line.startswith("report.txt")]
