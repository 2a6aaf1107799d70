# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""What the random window session (tests/test_ui_session_views.py) found on screen, one test
each, named for what the analyst sees."""

from __future__ import annotations

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from test_ui_annotate import select
from test_ui_integrity import press, type_text
from test_ui_session_random import TEXTS
from test_ui_window import make_window, wait_idle, window  # noqa: F401  (fixtures)

from briefing_app.model import Block, Run
from briefing_app.ui import workers
from briefing_app.ui.briefing.section_edit import SectionEdit

pytestmark = pytest.mark.slow
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def test_a_bad_file_opened_twice_is_one_line_in_problems_and_none_once_mended(
    qtbot, window, tmp_path
):
    good, bad = tmp_path / "flood.txt", tmp_path / "report.txt"
    good.write_text(TEXTS["flood.txt"], encoding="utf-8")
    bad.write_bytes(b"   \n")
    for _ in range(2):
        window.prompter.sources = [str(good), str(bad)]
        window.actions.open_sources.trigger()
        wait_idle(qtbot, window)
    lines = [line for line in window.problems.lines() if line.startswith("report.txt")]
    assert len(lines) == 1, lines
    assert len(window.ws.sources) == 1

    bad.write_text(TEXTS["pumps.txt"], encoding="utf-8")  # the analyst mends the file
    window.prompter.sources = [str(bad)]
    window.actions.open_sources.trigger()
    wait_idle(qtbot, window)
    assert len(window.ws.sources) == 2
    assert not [line for line in window.problems.lines() if line.startswith("report.txt")]


def _type_in_first_actor_cell(qtbot, window, text: str) -> None:
    """F2 on the first Actors row, then typing: the cell is still being edited."""
    table = window.editor.editor("actors")
    table.setFocus()
    table.setCurrentCell(0, 0)
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, text)
    assert table.state() == QAbstractItemView.State.EditingState


def test_words_typed_in_a_table_cell_are_exported_before_the_cell_is_left(qtbot, window, tmp_path):
    path = tmp_path / "flood.txt"
    path.write_text(TEXTS["flood.txt"], encoding="utf-8")
    window.open_paths([str(path)])
    wait_idle(qtbot, window)
    _type_in_first_actor_cell(qtbot, window, "Mayor Anna Keller")
    window.prompter.export_target = str(tmp_path / "note.docx")
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # still in the cell
    qtbot.waitUntil(lambda: bool(window.prompter.exported_paths), timeout=60_000)
    cells = [c.text for t in Document(str(tmp_path / "note.docx")).tables for c in t._cells]
    assert "Mayor Anna Keller" in cells


def test_words_typed_in_a_table_cell_are_saved_before_the_cell_is_left(
    qtbot, make_window, tmp_path
):
    path = tmp_path / "flood.txt"
    path.write_text(TEXTS["flood.txt"], encoding="utf-8")
    window = make_window()
    window.open_paths([str(path)])
    wait_idle(qtbot, window)
    window.prompter.project_path = str(tmp_path / "flood.briefing")
    assert window.save(wait=True)
    _type_in_first_actor_cell(qtbot, window, "Mayor Anna Keller")
    assert window.isWindowModified(), "typing in a cell leaves the title bar unmarked"
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # still in the cell
    wait_idle(qtbot, window)
    window.files.wait_for_save()
    assert not window.isWindowModified()
    window.close()
    again = make_window()
    again.open_project(str(tmp_path / "flood.briefing"))
    wait_idle(qtbot, again)
    rows = [b.cells[0] for b in again.ws.briefing.section("actors").blocks]
    assert "Mayor Anna Keller" in rows


def _two_sources(qtbot, window, tmp_path) -> None:
    paths = []
    for name in ("flood.txt", "pumps.txt"):
        paths.append(tmp_path / name)
        paths[-1].write_text(TEXTS[name], encoding="utf-8")
    window.open_paths([str(p) for p in paths])
    wait_idle(qtbot, window)


def test_highlighting_a_passage_again_in_its_colour_adds_no_undo_step(qtbot, window, tmp_path):
    _two_sources(qtbot, window, tmp_path)
    window.sources.show_source(window.ws.sources[0].id)
    select(window, "Anna Keller")
    press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)
    assert window.actions.undo.text() == "&Undo Highlight"
    select(window, "Anna Keller")
    press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)  # the same passage, the same colour
    assert window.actions.undo.text() == "&Undo Highlight"
    press(qtbot, Qt.Key.Key_Z, CTRL)  # one Ctrl+Z takes the highlight away
    assert window.ws.annotations == []
    window.annotate.colour_actions["green"].trigger()  # another colour is a change
    assert window.actions.undo.text() == "&Undo Highlight"
    select(window, "Anna Keller")
    window.annotate.colour_actions["blue"].trigger()
    assert window.actions.undo.text() == "&Undo Edit annotation"


def test_the_actor_selected_before_reopening_has_its_mentions_marked_after(qtbot, window, tmp_path):
    _two_sources(qtbot, window, tmp_path)
    keller = next(a for a in window.ws.analysis.actors if a.name == "Anna Keller")
    window.actors.select_actor(keller.id)
    marked = window.actors.mention_label.text()
    assert marked == "3 mentions"  # "Anna Keller", "Keller", "Anna Keller"
    window.prompter.project_path = str(tmp_path / "flood.briefing")
    assert window.save(wait=True)
    press(qtbot, Qt.Key.Key_O, CTRL)  # the same project, opened again
    wait_idle(qtbot, window)
    assert window.actors.current_id() == keller.id  # the panel still shows it selected
    assert window.actors.mention_label.text() == marked
    press(qtbot, Qt.Key.Key_F3)
    assert window.sources.view.text.textCursor().selectedText() == "Anna Keller"


def test_a_new_briefing_started_as_an_analysis_ends_shows_nothing_of_the_old_sources(
    qtbot, window, tmp_path
):
    _two_sources(qtbot, window, tmp_path)
    dam = tmp_path / "dam.txt"
    dam.write_text(TEXTS["dam.txt"], encoding="utf-8")
    window.open_paths([str(dam)])
    qtbot.waitUntil(lambda: window.analyser.task is not None)  # loaded; analysing
    workers.pool().waitForDone(60_000)  # the result is on its way to the window…
    window.prompter.save_answer = "discard"
    press(qtbot, Qt.Key.Key_N, CTRL)  # …as the analyst starts a new briefing
    wait_idle(qtbot, window)
    assert window.ws.sources == [] and window.ws.analysis is None
    assert window.actors.names() == []
    assert not window.isWindowModified()


def test_a_paragraph_scrolled_to_and_flashed_keeps_its_citation_markers(qtbot):
    """What Quote in Briefing does once the quote is in: the paragraph is selected and
    flashed. Its markers stayed numbers on screen but became plain "[4]" in the note."""
    edit = SectionEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.set_blocks(
        [
            Block(kind="paragraph", runs=[Run("Pumps arrived."), Run("", cite="s1")]),
            Block(kind="quote", runs=[Run("Clara Voss"), Run("", cite="s2")], origin="user"),
        ],
        {"s1": 1, "s2": 4},
        as_list=False,
    )
    edited = []
    edit.textChanged.connect(lambda: edited.append(True))
    for index in (1, 0):
        edit.setTextCursor(edit.flash_block(index))  # (BriefingEditor.reveal)
    assert [[(r.text, r.cite) for r in b.runs] for b in edit.blocks()] == [
        [("Pumps arrived.", ""), ("", "s1")],
        [("Clara Voss", ""), ("", "s2")],
    ]
    assert not edited, "showing a paragraph counts as an edit (the title bar's mark)"


def test_a_source_graded_while_an_analysis_runs_keeps_its_grade_in_the_briefing(
    qtbot, window, tmp_path
):
    _two_sources(qtbot, window, tmp_path)
    dam = tmp_path / "dam.txt"
    dam.write_text(TEXTS["dam.txt"], encoding="utf-8")
    window.open_paths([str(dam)])
    qtbot.waitUntil(lambda: window.analyser.task is not None)  # analysing the three
    workers.pool().waitForDone(60_000)  # (it ends before the grade is taken in)
    flood = window.ws.sources[0]
    window.sources.grade_requested.emit(flood.id, "B", "2")  # Sources list ▸ Reliability…
    wait_idle(qtbot, window)
    assert len(window.ws.briefing.citations) == 3  # the analysis of the three is in
    entry = next(c for c in window.ws.briefing.citations if c.source == flood.id)
    assert (entry.reliability, entry.credibility) == ("B", "2")
    assert window.sources.list.item(0).text().endswith("[B2]")


def test_undoing_a_quote_after_grading_a_source_keeps_the_grade_in_the_briefing(
    qtbot, window, tmp_path
):
    _two_sources(qtbot, window, tmp_path)
    flood = window.ws.sources[0]
    window.sources.show_source(flood.id)
    select(window, "Mayor Anna Keller")
    press(qtbot, Qt.Key.Key_B, CTRL | SHIFT)  # Quote in Briefing
    window.sources.grade_requested.emit(flood.id, "E", "")  # then the source is graded
    window.sources.view.text.setFocus()
    assert window.actions.undo.text() == "&Undo Quote"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert not [b for s in window.ws.briefing.sections for b in s.blocks if b.kind == "quote"]
    entry = next(c for c in window.ws.briefing.citations if c.source == flood.id)
    assert entry.reliability == "E"
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)  # and redone
    entry = next(c for c in window.ws.briefing.citations if c.source == flood.id)
    assert entry.reliability == "E"


def test_an_actor_hidden_as_a_new_source_is_analysed_leaves_the_new_actors_listed(
    qtbot, window, tmp_path
):
    _two_sources(qtbot, window, tmp_path)
    dam = tmp_path / "dam.txt"
    dam.write_text(TEXTS["dam.txt"], encoding="utf-8")
    window.open_paths([str(dam)])
    qtbot.waitUntil(lambda: window.analyser.task is not None)
    workers.pool().waitForDone(60_000)  # the analysis of the three is on its way…
    keller = next(a for a in window.ws.analysis.actors if a.name == "Anna Keller")
    menu = window.curation.build_menu(keller)  # …as the analyst hides Anna Keller
    next(a for a in menu.actions() if a.text() == "&Hide from Briefing").trigger()
    wait_idle(qtbot, window)
    names = window.actors.names()
    assert "Clara Voss" in names, names  # of the new source
    assert window.ws.analysis.actor(keller.id).hidden
    window.sources.view.text.setFocus()
    assert window.actions.undo.text() == "&Undo Hide Anna Keller"
