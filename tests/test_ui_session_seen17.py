# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""What the seventeenth round's window sessions (tests/session_notes.py steps in
tests/test_ui_session_views.py) found, one test each, named for what the analyst sees."""

from __future__ import annotations

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from session_analyst import CTRL, SHIFT, select_text
from session_day import named
from session_notes import commit_text
from test_ui_integrity import click_into, press, type_text
from test_ui_session_seen import _two_sources
from test_ui_window import make_window, wait_idle, window  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow


def _quote_brandt(qtbot, window) -> str:
    """Quote "Brandt" into the Discussion section; the section's id."""
    click_into(qtbot, window, "discussion")
    window.sources.show_source(window.ws.sources[1].id)
    select_text(window, "Brandt")
    press(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    editor = window.editor.editor("discussion")
    editor.setFocus()
    press(qtbot, Qt.Key.Key_End, CTRL)
    assert editor.toPlainText().endswith("Brandt [2]")
    return "discussion"


@pytest.mark.parametrize("how", ["typed", "committed", "pasted"])
def test_words_written_just_after_a_quotes_marker_are_all_in_the_note_and_the_export(
    qtbot, window, tmp_path, how
):
    _two_sources(qtbot, window, tmp_path)
    section = _quote_brandt(qtbot, window)
    editor = window.editor.editor(section)
    if how == "typed":
        type_text(qtbot, "Xavier checked it.")
    elif how == "committed":  # an input method or emoji picker
        commit_text(editor, "Xavier checked it 👍.")
    else:
        from PySide6.QtWidgets import QApplication

        QApplication.clipboard().setText("Xavier checked it.")
        press(qtbot, Qt.Key.Key_V, CTRL)
    shown = editor.toPlainText()
    assert "[2]Xavier checked it" in shown
    window.sync_briefing()
    block = window.ws.briefing.section(section).blocks[-1]
    # was: the first character went into the marker's run and was lost ("avier checked it.")
    assert block.text.endswith("Xavier checked it." if how != "committed" else "it 👍.")
    target = tmp_path / "note.docx"
    window.ws.export(target)
    paragraphs = [p.text for p in Document(str(target)).paragraphs]
    assert any("Xavier checked it" in p for p in paragraphs), paragraphs


@pytest.mark.parametrize("how", ["committed", "pasted"])
def test_words_pasted_at_the_end_of_a_key_point_are_drawn_and_kept_as_the_analysts(
    qtbot, window, tmp_path, how
):
    _two_sources(qtbot, window, tmp_path)
    click_into(qtbot, window, "key_points")
    press(qtbot, Qt.Key.Key_End, CTRL)
    editor = window.editor.editor("key_points")
    assert editor.toPlainText().endswith("]")
    if how == "committed":
        commit_text(editor, " Xavier checked it.")
    else:
        from PySide6.QtWidgets import QApplication

        QApplication.clipboard().setText(" Xavier checked it.")
        press(qtbot, Qt.Key.Key_V, CTRL)
    window.sync_briefing()
    block = window.ws.briefing.section("key_points").blocks[-1]
    assert block.text.endswith(" Xavier checked it."), block.runs
    # was: typed words were marked as the analyst's (drawn without the auto-fill tint),
    # pasted or committed ones not: tinted as if the machine had written them
    assert [r.user for r in block.runs if "Xavier" in r.text] == [True]
    window.sources.view.text.setFocus()
    press(qtbot, Qt.Key.Key_F5)  # the analysis refreshed: the analyst's words stay
    wait_idle(qtbot, window)
    window.sync_briefing()
    text = " ".join(b.text for b in window.ws.briefing.section("key_points").blocks)
    assert "Xavier checked it." in text


@pytest.mark.parametrize("where", ["title", "author", "find"])
@pytest.mark.parametrize("key", [True, False])
def test_ctrl_z_in_the_title_or_a_field_with_nothing_typed_takes_back_what_edit_undo_names(
    qtbot, window, tmp_path, where, key
):
    _two_sources(qtbot, window, tmp_path)
    window.sources.show_source(window.ws.sources[0].id)
    select_text(window, "Anna Keller")
    press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)
    if where == "find":
        press(qtbot, Qt.Key.Key_F, CTRL)
    box = {
        "title": window.editor.title,
        "author": named(window, QLineEdit, "Author"),
        "find": window.find_bar.find_edit,
    }[where]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    window.editing.update_undo_texts()
    assert window.actions.undo.text() == "&Undo Highlight"
    if key:
        press(qtbot, Qt.Key.Key_Z, CTRL)  # was: nothing happened (the box claimed the key)
    else:
        window.actions.undo.trigger()
    assert window.ws.annotations == []
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)  # and Ctrl+Shift+Z brings it back
    assert len(window.ws.annotations) == 1
    type_text(qtbot, "Xy")  # typed there: Ctrl+Z takes back the typing, nothing else
    window.editing.update_undo_texts()
    assert window.actions.undo.text() == "&Undo Typing"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert "Xy" not in box.text() and len(window.ws.annotations) == 1


def test_every_box_of_preferences_is_spoken_by_its_label_not_its_words(qtbot, window):
    from PySide6.QtWidgets import QAbstractSpinBox, QWidget
    from session_keys import spoken_name

    from briefing_app.ui.window.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.prefs, window.ws.templates(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    nameless = [
        f"{type(w).__name__} in {type(w.parentWidget()).__name__} {spoken_name(w)!r}"
        for w in dialog.findChildren(QWidget)
        if w.isVisible()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not isinstance(w.parentWidget(), QAbstractSpinBox)  # (the spin box is named)
        and (not spoken_name(w) or spoken_name(w) == window.prefs.classification)
    ]
    # was: the default classification box was spoken as its words ("OFFICIAL"), no label
    assert not nameless, nameless
