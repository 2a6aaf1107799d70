# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""Remove a source, add the same file again, then Undo and Redo "Remove source": the undo has
nothing to put back (the source is there), so the redo takes nothing away; the source the analyst
added again stays. Found by the session state machine (tests/test_session_state_machine.py)."""

from __future__ import annotations

import pytest
from test_ui_window import make_window, wait_idle  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow

FLOOD = (
    "Heavy rain flooded the river town of Veldmark on 3 March 2025. Mayor Anna Keller said "
    "that 400 people had left their homes. The Red Cross opened two shelters near the station."
)


def test_redo_of_a_remove_undone_in_vain_keeps_the_source_added_again(qtbot, make_window, tmp_path):
    flood = tmp_path / "flood.txt"
    flood.write_text(FLOOD, encoding="utf-8")
    window = make_window()
    window.open_paths([str(flood)])
    wait_idle(qtbot, window)
    window.remove_source(window.ws.sources[0].id)
    wait_idle(qtbot, window)
    assert window.ws.sources == []
    window.open_paths([str(flood)])  # the analyst adds it again
    wait_idle(qtbot, window)
    assert len(window.ws.sources) == 1

    window.undo_stack.undo()  # Undo Remove source: it is there already
    wait_idle(qtbot, window)
    assert len(window.ws.sources) == 1
    window.undo_stack.redo()
    wait_idle(qtbot, window)
    assert len(window.ws.sources) == 1, "redo removed the source the analyst added again"
