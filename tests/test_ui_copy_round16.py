# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""Copied key points stand alone (their [n] take the Sources entries along, as the export
prints them), and Delete acts in the Sources list and the Actors panel as their menus do."""

from __future__ import annotations

import os
import re
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from test_ui_integrity import press
from test_ui_session_seen import _two_sources
from test_ui_window import make_window, wait_idle, window  # noqa: F401  (fixtures)

from briefing_app.export.form import Form
from briefing_app.ui.briefing.section_edit import SectionEdit
from briefing_app.workspace.cited import cited_entries, sources_heading

pytestmark = pytest.mark.slow
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
SHOTS = os.environ.get("COPY_SHOTS", "")  # a folder: the changed menus are saved there


def _find(window, cls, name: str):
    """The widget of class ``cls`` on screen that a screen reader names ``name``."""
    found = [w for w in window.findChildren(cls) if w.accessibleName() == name and w.isVisible()]
    assert len(found) == 1, (name, found)
    return found[0]


def _key_points(window) -> SectionEdit:
    section = next(s for s in window.ws.briefing.sections if s.fill == "key_points")
    return _find(window, SectionEdit, f"Section {section.heading}")


def _entries(window, numbers: set[int]) -> list[str]:
    """The Sources entries of ``numbers`` exactly as the export words them."""
    window.sync_briefing()
    briefing = window.ws.briefing
    form = Form.of(briefing)
    out = []
    for c in sorted(briefing.citations, key=lambda c: c.number):
        if c.number in numbers:
            text, url = form.citation(c)
            out.append(f"{c.number}. {text}{url}")
    return out


def _cited_numbers(window, blocks) -> set[int]:
    numbers = {c.source: c.number for c in window.ws.briefing.citations}
    return {numbers[s] for b in blocks for s in b.citations if s in numbers}


def _clipboard() -> tuple[str, str]:
    mime = QGuiApplication.clipboard().mimeData()
    return mime.text(), mime.html()


def _popup_then_close(qtbot, open_menu, shot: str) -> list[str]:
    """Open a menu (``open_menu`` runs its exec), read its entries, save a picture, close it."""
    seen: list[str] = []

    def read() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, read)
            return
        seen.extend(
            a.text().replace("&", "") + (f"\t{a.shortcut().toString()}" if a.shortcut() else "")
            for a in menu.actions()
            if not a.isSeparator()
        )
        if SHOTS:
            menu.grab().save(str(Path(SHOTS) / shot))
        menu.close()

    QTimer.singleShot(50, read)
    open_menu()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    return seen


# -- copying --------------------------------------------------------------------------------
def test_key_points_copied_carry_the_sources_their_markers_cite_in_text_and_html(
    qtbot, window, tmp_path
):
    _two_sources(qtbot, window, tmp_path)
    edit = _key_points(window)
    edit.setFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)
    press(qtbot, Qt.Key.Key_C, CTRL)
    text, html = _clipboard()
    window.sync_briefing()
    blocks = window.ws.briefing.section(
        next(s.id for s in window.ws.briefing.sections if s.fill == "key_points")
    ).blocks
    cited = _cited_numbers(window, blocks)
    assert cited, "the key points cite no source: nothing to check"
    shown = edit.toPlainText()
    body, sep, listing = text.partition("\n\nSources\n")
    assert sep, f"no Sources list after the copied text: {text!r}"
    assert body.split() == shown.split()  # the lines as shown, [n] and all
    assert listing.strip().splitlines() == _entries(window, cited)
    assert "<b>Sources</b>" in html
    for entry in _entries(window, cited):
        number, _, rest = entry.partition(". ")
        assert f"<p>{number}. {escape(rest)}" in html or escape(rest) in html, entry
    # every number in the pasted text has its entry
    for n in {int(m) for m in re.findall(r"\[(\d+)\]", body)}:
        assert any(line.startswith(f"{n}. ") for line in listing.splitlines()), n


def test_one_key_point_copied_lists_only_the_sources_it_cites(qtbot, window, tmp_path):
    _two_sources(qtbot, window, tmp_path)
    edit = _key_points(window)
    window.sync_briefing()
    section = next(s for s in window.ws.briefing.sections if s.fill == "key_points")
    first = window.ws.briefing.section(section.id).blocks[0]
    cited = _cited_numbers(window, [first])
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    press(qtbot, Qt.Key.Key_C, CTRL)
    text, _ = _clipboard()
    listing = text.partition("\n\nSources\n")[2]
    assert listing.strip().splitlines() == _entries(window, cited)
    all_numbers = {c.number for c in window.ws.briefing.citations}
    for n in all_numbers - cited:
        assert not any(line.startswith(f"{n}. ") for line in listing.splitlines())


def test_words_without_markers_copy_as_they_are(qtbot, window, tmp_path):
    _two_sources(qtbot, window, tmp_path)
    edit = _key_points(window)
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.NextWord, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    words = cursor.selectedText()
    press(qtbot, Qt.Key.Key_C, CTRL)
    assert _clipboard()[0] == words


def test_a_copy_pasted_back_into_the_briefing_brings_no_sources_list(qtbot, window, tmp_path):
    _two_sources(qtbot, window, tmp_path)
    edit = _key_points(window)
    edit.setFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)
    press(qtbot, Qt.Key.Key_C, CTRL)
    assert "\n\nSources\n" in _clipboard()[0]
    before = edit.toPlainText()
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_V, CTRL)
    after = edit.toPlainText()
    assert after.count("Sources") == before.count("Sources")
    assert after.split() == before.split() * 2


def test_edit_copy_with_sources_copies_the_whole_section_and_is_in_the_menus(
    qtbot, window, tmp_path
):
    _two_sources(qtbot, window, tmp_path)
    edit = _key_points(window)
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    edit.setTextCursor(cursor)  # nothing selected
    press(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    text, html = _clipboard()
    body, sep, _ = text.partition("\n\nSources\n")
    assert sep and body.split() == edit.toPlainText().split()
    assert "<b>Sources</b>" in html
    assert not edit.textCursor().hasSelection()  # the cursor is where it was
    assert "Copy with Sources" in [a.text().replace("&", "") for a in window.menus.edit.actions()]

    edit_menu = window.menus.edit
    entries = _popup_then_close(
        qtbot, lambda: edit_menu.exec(window.mapToGlobal(QPoint(40, 30))), "edit_menu.png"
    )
    assert "Copy with Sources\tCtrl+Shift+C" in entries

    def context_menu() -> None:
        pos = edit.cursorRect().center()
        edit.contextMenuEvent(
            QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, edit.mapToGlobal(pos))
        )

    entries = _popup_then_close(qtbot, context_menu, "section_menu.png")
    copy = next(i for i, e in enumerate(entries) if e.startswith("Copy\t"))
    assert entries[copy + 1] == "Copy with Sources\tCtrl+Shift+C", entries


def test_the_list_is_headed_as_the_export_heads_it(qtbot, window, tmp_path):
    _two_sources(qtbot, window, tmp_path)
    window.sync_briefing()
    briefing = window.ws.briefing.edit_copy()
    sources = next(s for s in briefing.sections if s.fill == "sources")
    sources.heading = "References"  # a template of the analyst's own
    assert sources_heading(briefing) == "References"
    briefing.sections.remove(sources)  # none: the export adds "Sources"
    assert sources_heading(briefing) == "Sources"
    entries = cited_entries(briefing, [c.source for c in briefing.citations])
    assert [f"{n}. {text}{url}" for n, text, url in entries] == _entries(
        window, {c.number for c in briefing.citations}
    )


# -- Delete in the Sources list and the Actors panel -----------------------------------------
@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace])
def test_delete_in_the_sources_list_removes_the_source_and_ctrl_z_brings_it_back(
    qtbot, window, tmp_path, key
):
    _two_sources(qtbot, window, tmp_path)
    ids = [s.id for s in window.ws.sources]
    listing = _find(window, type(window.sources.list), "Sources")
    listing.setFocus()
    listing.setCurrentRow(1)
    gone = ids[1]
    press(qtbot, key)
    wait_idle(qtbot, window)
    assert [s.id for s in window.ws.sources] == [ids[0]]
    assert window.actions.undo.text().startswith("&Undo Remove")
    assert QApplication.focusWidget() is listing
    press(qtbot, Qt.Key.Key_Z, CTRL)
    wait_idle(qtbot, window)
    assert [s.id for s in window.ws.sources] == ids
    assert gone in window.sources.source_ids()


def test_delete_in_a_text_box_removes_no_source(qtbot, window, tmp_path):
    _two_sources(qtbot, window, tmp_path)
    window.sources.list.setCurrentRow(0)
    for box in (window.editor.title, window.sources.view.text, _key_points(window)):
        box.setFocus()
        press(qtbot, Qt.Key.Key_Delete)
        press(qtbot, Qt.Key.Key_Backspace)
    wait_idle(qtbot, window)
    assert len(window.ws.sources) == 2


def test_the_sources_menu_shows_delete_beside_remove_source(qtbot, window, tmp_path):
    _two_sources(qtbot, window, tmp_path)
    listing = window.sources.list
    pos = listing.visualItemRect(listing.item(0)).center()
    entries = _popup_then_close(qtbot, lambda: window.sources._menu(pos), "sources_menu.png")
    assert "Remove Source\tDel" in entries
    assert len(window.ws.sources) == 2  # closing the menu removes nothing


def _actor_row(window, hidden: bool = False):
    tree = _find(window, type(window.actors.tree), "Actors")
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        actor = window.actors.actor(item.data(0, Qt.ItemDataRole.UserRole + 1))
        if actor is not None and actor.hidden == hidden:
            return tree, item, actor
    raise AssertionError("no such actor row")


def _hidden(window, actor_id: str) -> bool:
    return next(a for a in window.ws.analysis.actors if a.id == actor_id).hidden


def test_delete_in_the_actors_panel_hides_the_actor_and_ctrl_z_shows_it(qtbot, window, tmp_path):
    _two_sources(qtbot, window, tmp_path)
    tree, item, actor = _actor_row(window)
    tree.setFocus()
    tree.setCurrentItem(item)
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _hidden(window, actor.id), timeout=30_000)
    wait_idle(qtbot, window)
    assert window.actions.undo.text() == f"&Undo Hide {actor.name}"
    tree.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    wait_idle(qtbot, window)
    assert not _hidden(window, actor.id)


def test_delete_on_a_hidden_actor_or_away_from_the_panel_changes_nothing(qtbot, window, tmp_path):
    _two_sources(qtbot, window, tmp_path)
    tree, item, actor = _actor_row(window)
    tree.setCurrentItem(item)
    window.actors.filter.setFocus()  # the type filter, not the list
    press(qtbot, Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    assert not _hidden(window, actor.id)
    assert window.curation.set_hidden(actor.id, True)
    qtbot.waitUntil(lambda: _hidden(window, actor.id), timeout=30_000)
    wait_idle(qtbot, window)
    steps = window.undo_stack.index()
    window.actors.select_actor(actor.id)
    tree.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    assert window.undo_stack.index() == steps and _hidden(window, actor.id)


def test_the_actors_menu_shows_delete_beside_hide(qtbot, window, tmp_path):
    _two_sources(qtbot, window, tmp_path)
    _, _, actor = _actor_row(window)
    menu = window.curation.build_menu(actor)
    entries = _popup_then_close(
        qtbot, lambda: menu.exec(window.mapToGlobal(QPoint(600, 300))), "actors_menu.png"
    )
    menu.deleteLater()
    assert "Hide from Briefing\tDel" in entries


_COPY_AND_QUIT = """
import sys
from PySide6.QtWidgets import QApplication, QTextEdit
from briefing_app.ui.briefing import cited_copy

app = QApplication(sys.argv)


class Section(QTextEdit):  # as the briefing's section editor copies
    def createMimeDataFromSelection(self):
        mime = super().createMimeDataFromSelection()
        return cited_copy.with_sources(mime, [(1, "Flood report. Accessed 1 May 2031", "")])


edit = Section()
edit.setPlainText("The river rose in Elsdon. [1]")
edit.selectAll()
edit.copy()
edit.copy()
print(QApplication.clipboard().text())
"""


def test_copying_with_sources_and_quitting_does_not_crash_the_app(tmp_path):
    # The copied list used to ride on a QMimeData made in Python, which the clipboard and
    # PySide6 both freed: the app crashed (segfault) as it quit after any such copy.
    import subprocess
    import sys

    script = tmp_path / "copy_and_quit.py"
    script.write_text(_COPY_AND_QUIT)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-500:])
    assert "1. Flood report. Accessed 1 May 2031" in done.stdout
