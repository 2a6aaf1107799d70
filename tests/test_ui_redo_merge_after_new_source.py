# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""Merge two actors, add a source, then Undo and Redo the merge: the redone merge is the same
decision (it still names the actors it merged), not one re-made against actors the new analysis
no longer has. Found by the session state machine (tests/test_session_state_machine.py)."""

from __future__ import annotations

import pytest
from test_ui_window import make_window, wait_idle  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow

DAM = (
    "Engineers from the Water Board will inspect the Ostwall dam above Veldmark next week. "
    "Minister Clara Voss said the inspection would report by 1 April 2025. Jonas Brandt said "
    "no failure had been found."
)
PUMPS = (
    "The Ministry of Interior sent 12 pumps to Veldmark on 5 March 2025, a spokesman, Jonas "
    "Brandt, said. Anna Keller thanked the ministry. The Red Cross said 150 people still slept "
    "in its shelters."
)


def _decisions(window) -> list[dict]:
    return [d.to_dict() for d in window.ws.actor_decisions]


def test_redo_of_a_merge_after_adding_a_source_is_the_same_merge(qtbot, make_window, tmp_path):
    dam, pumps = tmp_path / "dam.txt", tmp_path / "pumps.txt"
    dam.write_text(DAM, encoding="utf-8")
    pumps.write_text(PUMPS, encoding="utf-8")
    window = make_window()
    window.open_paths([str(dam)])
    wait_idle(qtbot, window)
    ids = {a.name: a.id for a in window.ws.analysis.actors}
    assert window.curation.merge_into(ids["Veldmark"], ids["Water Board"])
    wait_idle(qtbot, window)
    window.open_paths([str(pumps)])
    wait_idle(qtbot, window)
    made = _decisions(window)
    assert made and made[-1]["op"] == "merge"

    window.undo_stack.undo()
    wait_idle(qtbot, window)
    assert _decisions(window) == made[:-1]
    window.undo_stack.redo()
    wait_idle(qtbot, window)
    assert _decisions(window) == made, "the redone merge lost the names it was anchored on"
