# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""What the sixteenth round's window sessions (tests/session_keys.py steps in
tests/test_ui_session_views.py) found on screen, one test each, named for what the analyst
sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDockWidget
from session_analyst import CTRL, SHIFT
from test_ui_integrity import press, type_text
from test_ui_session_seen import _two_sources
from test_ui_session_seen14 import _actor_rows
from test_ui_window import make_window, wait_idle, window  # noqa: F401  (fixtures)
from window_checks import QtWarnings, check_type

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


def test_ctrl_z_after_typing_in_an_actors_cell_takes_back_the_words_not_a_highlight(
    qtbot, window, tmp_path
):
    _two_sources(qtbot, window, tmp_path)
    view = window.sources.view
    window.sources.show_source(window.ws.sources[0].id)
    cursor = view.text.textCursor()
    cursor.setPosition(5)
    cursor.setPosition(15, QTextCursor.MoveMode.KeepAnchor)
    view.text.setTextCursor(cursor)
    view.text.setFocus()
    press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)  # a highlight: the window's last step
    rows = _actor_rows(window)
    table = _actors_table(window)
    table.setFocus()
    table.setCurrentCell(1, 0)
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "Checked")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.wait(20)  # (the cell closed, the table has the keyboard)
    window.editing.update_undo_texts()
    assert window.actions.undo.text() == "&Undo Typing"  # was: "&Undo Highlight"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _actor_rows(window) == rows  # was: the row still "Checked", the highlight gone
    assert len(window.ws.annotations) == 1
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _actor_rows(window)[1] == "Checked"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    press(qtbot, Qt.Key.Key_Z, CTRL)  # nothing more typed here: the window's history next
    assert _actor_rows(window) == rows and not window.ws.annotations
    window.prompter.save_answer = "discard"


def test_choosing_a_marking_in_a_1024_window_leaves_the_reading_pane_as_wide(
    qtbot, make_window, tmp_path
):
    window = make_window()
    window.resize(1024, 700)
    _two_sources(qtbot, window, tmp_path)
    qtbot.wait(50)
    before = window.splitter.sizes()
    box = window.tradecraft.marking_box
    index = box.findData("us")  # "United States (CAPCO-style)", the longest name
    box.setCurrentIndex(index)
    box.activated.emit(index)
    qtbot.wait(100)
    assert window.splitter.sizes() == before  # was: [205, 479] -> [165, 519]
    assert before[0] >= 260  # (the reading pane keeps its 260 px; it had 205 before)
    shown = window.tradecraft.marking_box
    assert shown.width() >= shown.sizeHint().width()  # the scheme's whole name shows
    window.prompter.save_answer = "discard"


def test_a_source_read_after_one_opening_with_its_headline_is_not_all_bold(qtbot, window, tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Flood report from Ostwall\n\nThe river rose in Ostwall.\n", "utf-8")
    second.write_text("The Red Cross opened a shelter in Veldmark on 4 March 2025.\n", "utf-8")
    window.open_paths([str(first), str(second)])
    wait_idle(qtbot, window)
    for src in (window.ws.sources[0], window.ws.sources[1], window.ws.sources[0]):
        window.sources.show_source(src.id)
        check_type(window)  # was: the second source bold throughout, at the headline's size
    window.prompter.save_answer = "discard"


def test_the_actors_map_hint_reads_whole_in_a_1024_window_with_every_panel_shown(
    qtbot, make_window, tmp_path
):
    window = make_window()
    window.resize(1024, 640)
    _two_sources(qtbot, window, tmp_path)
    for dock in window.findChildren(QDockWidget):
        if dock.isHidden():
            dock.toggleViewAction().trigger()  # View ▸ Problems, Annotations, Actors Map
    qtbot.wait(100)
    hint = window.actors_map_panel.hint
    assert hint.isVisible() and hint.width() >= 300  # was: 62 px, a word a line
    assert hint.height() >= hint.heightForWidth(hint.width())  # was: its end cut off
    window.prompter.save_answer = "discard"
