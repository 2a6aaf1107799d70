# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""Undoing and redoing a template switch gives back the session as it was: the title the
sources suggested stays the suggested one (it follows the sources), not a title the analyst
typed. Found by the session state machine (tests/test_session_state_machine.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ui_window import make_window, wait_idle  # noqa: F401  (fixtures)

from briefing_app.ui.window.template_switch import switch_template

pytestmark = pytest.mark.slow

TEXT = (
    "Heavy rain flooded the river town of Veldmark on 3 March 2025. Mayor Anna Keller said "
    "that 400 people had left their homes. The Red Cross opened two shelters near the station."
)


def test_undo_redo_of_a_template_switch_leaves_the_title_to_the_sources(
    qtbot, make_window, tmp_path
):
    source = tmp_path / "veldmark.txt"
    source.write_text(TEXT, encoding="utf-8")
    window = make_window()
    window.open_paths([str(Path(source))])
    wait_idle(qtbot, window)
    ws = window.ws
    assert ws.briefing is not None and "title" not in ws.fields
    other = next(t.id for t in ws.templates() if t.id != ws.template.id)
    assert switch_template(window, other)
    fields = dict(ws.fields)

    window.undo_stack.undo()
    assert "title" not in ws.fields, "undo pinned the suggested title as the analyst's"
    window.undo_stack.redo()
    assert ws.fields == fields
    assert ws.template.id == other
