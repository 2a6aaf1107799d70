# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""What the fifteenth round's window sessions (tests/session_rows.py steps in
tests/test_ui_session_views.py) found on screen, one test each, named for what the analyst
sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_ui_integrity import press
from test_ui_session_seen import _two_sources
from test_ui_session_seen14 import _actor_rows, type_over_rows_but_the_first
from test_ui_window import make_window, wait_idle, window  # noqa: F401  (fixtures)

from briefing_app.ui.sources.sources_panel import ID_ROLE

NEEDLE = "Engineer Piet Vandersloot said the Lowmoor sluice gate failed on 9 March 2025."

pytestmark = pytest.mark.slow


def test_two_sources_with_the_same_title_are_told_apart_in_the_sources_list(
    qtbot, window, tmp_path
):
    a, b = tmp_path / "update_a.txt", tmp_path / "update_b.txt"
    a.write_text("Flood update\n\nThe Red Cross opened a shelter in Ostwall.\n", "utf-8")
    b.write_text("Flood update\n\nThe Water Board closed the Lowmoor road.\n", "utf-8")
    window.open_paths([str(a), str(b)])
    wait_idle(qtbot, window)
    listed = window.sources.list
    labels = [listed.item(i).text() for i in range(listed.count())]
    assert labels == ["Flood update — update_a.txt", "Flood update — update_b.txt"]  # was: alike
    listed.setCurrentRow(1)
    assert window.sources.view.title.text() == labels[1]
    second = listed.item(1).data(ID_ROLE)
    window.sources.remove_requested.emit(second)
    assert window.actions.undo.text() == "&Undo Remove source “Flood update — update_b.txt”"
    assert [listed.item(i).text() for i in range(listed.count())] == ["Flood update"]


def test_an_actor_shown_again_returns_to_its_row_above_the_rows_typed_over(qtbot, window, tmp_path):
    _two_sources(qtbot, window, tmp_path)
    type_over_rows_but_the_first(qtbot, window)
    before = _actor_rows(window)
    first = next(a for a in window.ws.analysis.actors if a.name == before[0])
    window.curation.set_hidden(first.id, True)  # Hide from Briefing
    wait_idle(qtbot, window)
    assert before[0] not in _actor_rows(window)
    window.curation.set_hidden(first.id, False)  # Show in Briefing (not Ctrl+Z)
    wait_idle(qtbot, window)
    assert _actor_rows(window) == before  # was: the first row came back below the others
    window.sources.view.text.setFocus()
    press(qtbot, Qt.Key.Key_F5)  # and a re-analysis keeps them there
    wait_idle(qtbot, window)
    assert _actor_rows(window) == before


def test_a_passage_far_down_a_long_source_stays_on_screen_when_f4_opens_it_from_another(
    qtbot, window, tmp_path
):
    _two_sources(qtbot, window, tmp_path)
    paras = [f"Paragraph {i}. " + "The river gauges were read every hour. " * 8 for i in range(150)]
    paras.insert(140, NEEDLE)
    long = tmp_path / "sluice.txt"
    long.write_text("Sluice gate report\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
    window.resize(1024, 640)
    window.open_paths([str(long)])
    wait_idle(qtbot, window)
    window.sources.show_source(window.ws.sources[0].id)  # the analyst reads another source
    qtbot.wait(20)
    section = next(s for s in window.ws.briefing.sections if s.fill == "actors")
    table = window.editor.editor(section.id)
    row = next(r for r in range(table.rowCount()) if "Vandersloot" in table.item(r, 0).text())
    table.setFocus()
    table.setCurrentCell(row, 0)
    press(qtbot, Qt.Key.Key_F4)
    qtbot.wait(200)  # (the pane settles: the long source's title shows, a scroll bar comes)
    view = window.sources.view
    start, end = view.selected_span()
    assert "Vandersloot" in view.source.text[start:end]
    caret = view.text.cursorRect()  # was: above the pane, the text wrapped anew after the jump
    assert view.text.viewport().rect().contains(caret), (caret, view.text.viewport().rect())
