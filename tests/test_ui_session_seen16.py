# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""What the sixteenth round's window sessions (tests/session_keys.py steps in
tests/test_ui_session_views.py) found on screen, one test each, named for what the analyst
sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_ui_integrity import press, type_text
from test_ui_session_seen import _two_sources
from test_ui_session_seen14 import _actor_rows
from test_ui_window import make_window, wait_idle, window  # noqa: F401  (fixtures)
from window_checks import QtWarnings

pytestmark = pytest.mark.slow


def _actors_table(window):
    section = next(s for s in window.ws.briefing.sections if s.fill == "actors")
    return window.editor.editor(section.id)


def test_return_in_an_actors_cell_then_f6_at_once_keeps_the_words_and_qt_says_nothing(
    qtbot, window, tmp_path
):
    _two_sources(qtbot, window, tmp_path)
    table = _actors_table(window)
    with QtWarnings() as qt:
        for row in (1, 2):
            table.setFocus()
            table.setCurrentCell(row, 0)
            press(qtbot, Qt.Key.Key_F2)
            type_text(qtbot, f"Checked {row}")
            press(qtbot, Qt.Key.Key_Return)
            press(qtbot, Qt.Key.Key_F6)  # and the next key at once, before Qt's next turn
        qtbot.wait(50)
        window.prompter.save_answer = "discard"
        assert _actor_rows(window)[1:3] == ["Checked 1", "Checked 2"]
        assert not qt.take()  # was: "QAbstractItemView::commitData called with an editor
        # that does not belong to this view", once for each Return
