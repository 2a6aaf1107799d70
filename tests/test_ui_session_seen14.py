# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""What the fourteenth round's window sessions (tests/session_kinds.py steps in
tests/test_ui_session_views.py) found on screen, one test each, named for what the analyst
sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from test_ui_annotate import select
from test_ui_integrity import click_into, press, type_text
from test_ui_session_seen import _two_sources
from test_ui_window import make_window, wait_idle, window  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def test_f4_on_an_actors_row_shows_that_actors_mention_not_the_line_typed_in_last(
    qtbot, window, tmp_path
):
    _two_sources(qtbot, window, tmp_path)
    window.sync_briefing()
    sections = window.ws.briefing.sections
    background = next(s for s in sections if s.fill == "background")
    click_into(qtbot, window, background.id)  # some words typed in the Background first
    type_text(qtbot, " Seen.")
    actors = next(s for s in sections if s.fill == "actors")
    table = window.editor.editor(actors.id)
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Red Cross")
    table.setFocus()
    table.setCurrentCell(row, 0)
    press(qtbot, Qt.Key.Key_F4)  # was: the Background line's passage, "Heavy rain flooded…"
    view = window.sources.view
    start, end = view.selected_span()
    assert view.source.text[start:end] == "Red Cross"
    first = table.row_evidence(row)[0]
    assert (view.source.id, start, end) == (first.source, first.start, first.end)


def test_tab_leaves_the_annotations_list_instead_of_going_round_its_cells(qtbot, window, tmp_path):
    _two_sources(qtbot, window, tmp_path)
    select(window, "Anna Keller")
    press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)
    select(window, "Veldmark")
    press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)
    window.annotate.dock.show()
    window.annotate.dock.raise_()
    view = window.annotate.panel.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Tab)
    # was: the keyboard went from cell to cell in the list, round and round, never out
    assert QApplication.focusWidget() is not view


def _key_points(window):
    window.sync_briefing()
    section = next(s for s in window.ws.briefing.sections if s.fill == "key_points")
    return section.id, window.editor.editor(section.id)


def test_ctrl_a_twice_in_a_section_keeps_its_words_in_the_briefing(qtbot, window, tmp_path):
    _two_sources(qtbot, window, tmp_path)
    section_id, edit = _key_points(window)
    before = [b.text for b in window.ws.briefing.section(section_id).blocks]
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)  # after the last line's marker
    press(qtbot, Qt.Key.Key_A, CTRL)
    press(qtbot, Qt.Key.Key_A, CTRL)  # was: every word selected became the marker's
    window.sync_briefing()
    assert [b.text for b in window.ws.briefing.section(section_id).blocks] == before


def test_a_line_selected_up_to_its_marker_and_typed_over_keeps_every_letter_typed(
    qtbot, window, tmp_path
):
    _two_sources(qtbot, window, tmp_path)
    section_id, edit = _key_points(window)
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)  # (Shift+End: the line and its [n])
    type_text(qtbot, "Pumps are short")
    window.sync_briefing()
    blocks = window.ws.briefing.section(section_id).blocks
    assert blocks[-1].text == "Pumps are short"  # was: "umps are short", the P a marker
    press(qtbot, Qt.Key.Key_Z, CTRL)
    window.sync_briefing()
    assert window.ws.briefing.section(section_id).blocks[-1].text.startswith("The Red Cross")


def _actor_rows(window) -> list[str]:
    window.sync_briefing()
    section = next(s for s in window.ws.briefing.sections if s.fill == "actors")
    return [b.cells[0] for b in section.blocks if b.cells]


def type_over_rows_but_the_first(qtbot, window) -> list[str]:
    """The analyst types "Checked N" over every Actors row's name but the first's; returns the
    rows as they were before."""
    section = next(s for s in window.ws.briefing.sections if s.fill == "actors")
    table = window.editor.editor(section.id)
    rows = _actor_rows(window)
    assert len(rows) >= 3
    for row in range(1, len(rows)):  # the analyst types over every row's name but the first's
        table.setFocus()
        table.setCurrentCell(row, 0)
        press(qtbot, Qt.Key.Key_F2)
        type_text(qtbot, f"Checked {row}")
        press(qtbot, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    return rows


def test_an_actor_hidden_and_brought_back_with_ctrl_z_returns_to_its_row(qtbot, window, tmp_path):
    _two_sources(qtbot, window, tmp_path)
    rows = type_over_rows_but_the_first(qtbot, window)
    before = _actor_rows(window)
    assert before[1:] == [f"Checked {row}" for row in range(1, len(rows))]
    first = next(a for a in window.ws.analysis.actors if a.name == before[0])
    window.curation.set_hidden(first.id, True)  # Hide from Briefing, on the first row's actor
    wait_idle(qtbot, window)
    assert before[0] not in _actor_rows(window)
    window.editor.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    wait_idle(qtbot, window)
    # was: the first row came back below the edited ones (its place was gone for a refresh)
    assert _actor_rows(window) == before
