# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""What the thirteenth round's window sessions (tests/session_day.py steps in
tests/test_ui_session_views.py) found on screen, one test each, named for what the analyst
sees."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from test_ui_annotate import select
from test_ui_integrity import press, template_action
from test_ui_session_random import TEXTS
from test_ui_session_seen import _two_sources
from test_ui_window import make_window, wait_idle, window  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _choose_marking(window, data: str) -> None:
    box = next(w for w in window.findChildren(QComboBox) if w.accessibleName() == "Marking scheme")
    index = box.findData(data)
    box.setCurrentIndex(index)
    box.activated.emit(index)


def test_ctrl_z_after_choosing_a_marking_scheme_takes_the_marking_back(qtbot, window, tmp_path):
    _two_sources(qtbot, window, tmp_path)
    window.sources.show_source(window.ws.sources[0].id)
    select(window, "Anna Keller")
    press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)  # a highlight, then the marking
    _choose_marking(window, "nato")
    window.sources.view.text.setFocus()
    assert window.actions.undo.text() == "&Undo Marking: NATO"
    press(qtbot, Qt.Key.Key_Z, CTRL)  # was: the highlight went, the marking stayed
    window.sync_briefing()
    assert window.ws.briefing.marking == ""
    assert len(window.ws.annotations) == 1
    assert window.tradecraft.marking_box.currentData() == ""
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    window.sync_briefing()
    assert window.ws.briefing.marking == "nato"
    assert window.tradecraft.banner.text().startswith("NATO")


def test_a_marking_chosen_after_a_template_switch_comes_back_with_redo(qtbot, window, tmp_path):
    _two_sources(qtbot, window, tmp_path)
    _choose_marking(window, "ca")
    names = [t.name for t in window.ws.templates() if t.id != window.ws.template.id]
    template_action(window, names[0]).trigger()
    _choose_marking(window, "uk")
    window.sources.view.text.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the UK marking
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the switch
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)  # was: back in the new template, marked Canada
    window.sync_briefing()
    assert window.ws.template.id != "analyst_brief"
    assert window.ws.briefing.marking == "uk"


def test_undoing_remove_source_puts_its_notes_back_where_they_were_in_the_annotations_list(
    qtbot, window, tmp_path
):
    _two_sources(qtbot, window, tmp_path)
    flood, pumps = window.ws.sources
    for source, needle in ((flood, "Anna Keller"), (pumps, "Jonas Brandt"), (flood, "Red Cross")):
        window.sources.show_source(source.id)
        select(window, needle)
        press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)
    listed = [a.quote for a in window.annotate.panel.annotations()]
    assert listed == ["Anna Keller", "Jonas Brandt", "Red Cross"]
    window.sources.remove_requested.emit(flood.id)  # Remove Source, then Ctrl+Z
    wait_idle(qtbot, window)
    window.sources.view.text.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    wait_idle(qtbot, window)
    # was: "Jonas Brandt", "Anna Keller", "Red Cross" (the source's notes at the bottom)
    assert [a.quote for a in window.annotate.panel.annotations()] == listed
    assert [dataclasses.asdict(a) for a in window.ws.annotations] == [
        dataclasses.asdict(a) for a in window.annotate.panel.annotations()
    ]


def _mark_first_line(window, section_id: str, mark: str) -> None:
    """Right-click ▸ Portion Mark on the section's first line (what the menu's action does)."""
    from briefing_app.ui.briefing import block_text

    edit = window.editor.editor(section_id)
    block_text.set_block_prop(edit.document().findBlockByNumber(0), "mark", mark)
    window.editor.changed.emit()
    window.sync_briefing()


def _first_marks(window, section_id: str) -> list[str]:
    window.sync_briefing()
    return [b.mark for b in window.ws.briefing.section(section_id).blocks]


def test_an_auto_filled_line_marked_secret_keeps_its_mark_after_refresh_a_new_source_and_a_switch(
    qtbot, window, tmp_path
):
    _two_sources(qtbot, window, tmp_path)
    _choose_marking(window, "us")
    _mark_first_line(window, "key_points", "S")
    assert _first_marks(window, "key_points") == ["S", ""]
    window.sources.view.text.setFocus()
    press(qtbot, Qt.Key.Key_F5)  # was: back to the note's classification
    wait_idle(qtbot, window)
    assert _first_marks(window, "key_points") == ["S", ""]
    dam = tmp_path / "dam.txt"
    dam.write_text(TEXTS["dam.txt"], encoding="utf-8")
    window.open_paths([str(dam)])
    wait_idle(qtbot, window)
    assert _first_marks(window, "key_points")[0] == "S"
    template_action(window, "Government briefing note").trigger()
    template_action(window, "Analyst brief").trigger()
    assert _first_marks(window, "key_points")[0] == "S"
    _mark_first_line(window, "key_points", "")  # and the note's classification again
    press(qtbot, Qt.Key.Key_F5)
    wait_idle(qtbot, window)
    assert _first_marks(window, "key_points")[0] == ""
