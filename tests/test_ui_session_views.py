# ruff: noqa: F811  (the window fixtures are imported from test_ui_window)
"""A whole working session in the window, in a seeded random order, checked as the analyst
checks it by eye after every step (tests/window_checks.py): the Sources list and the reading
pane's highlights, the Actors panel, the Annotations panel and its tag filter, the briefing
editor, the title bar's unsaved mark, the template picker, Undo/Redo naming the last action.

Beyond tests/test_ui_session_random.py it reaches: comments and tags, editing, deleting and
jumping from the Annotations panel, its tag filter, actor rename/retype/merge/split/hide/show
and Add Actor from the Actors panel's menu, mentions stepped with F3, an edit in a table row
(the timeline of a situation report), Replace All, typing undone in a section, a template
switch while the analysis runs on its worker, something done just as an analysis ends (before
its result is taken), a bad file among good ones in one Open, a pasted source, grading a
source, Save (Ctrl+S), a save that fails, an export that fails, autosave, opening the saved
project or a new briefing over unsaved work (save / discard / cancel), closing with unsaved
work (cancel; at the end, Save), F6 between the panes and a walk of the page with Tab. One
source has characters outside the BMP and Cyrillic (document positions differ from text ones).
tests/session_day.py adds marking schemes, exports read back and refused saves; tests/
session_kinds.py sources of every kind opened mid-session, F4 / Ctrl+click / a row's click to
each line's passage (checked for every line after every step), tags renamed, an actor edited
and exported then undone, another project opened over unsaved work, Tab round every panel;
tests/session_rows.py Actors rows typed over then an actor hidden and shown again or F5 (the
rows keep their order), a long source's far-down passage traced, a source removed while shown
and selected, two sources of one title, the window small and large, the window gone without
saving and its autosave recovered, a switch or marking exported, undone and exported again,
the panes sized and the project reopened; tests/session_keys.py Delete and Ctrl+Z wherever the
keyboard is (an Actors row just typed in takes its words back), every widget named for a screen
reader, several good and bad files in one Open, a save, Save As or export refused (the disk
full, a locked file) leaving the file and the window as they were, a note kept through F5 and
its source removed and brought back, a dozen sources, key points copied, Shift+Tab up the page;
tests/session_notes.py words beyond ASCII typed and read back from both exports (citations
against the printed Sources list, no hint printed), words kept through a template switch, the
project reopened and compared as shown, Ctrl+Z across panels naming what it takes back.
A warning Qt prints during a step fails the step (window_checks.QtWarnings).

Deterministic by default; hunt with fresh seeds:
``UI_SESSION_EXAMPLES=40 UI_SESSION_STEPS=40 UI_SESSION_RANDOM=1 python -m pytest
tests/test_ui_session_views.py -q -x -p no:cacheprovider`` (a failure prints its seed; rerun
it with ``UI_SESSION_SEEDS=<seed>``). ``UI_SESSION_SHOTS=DIR`` saves a screenshot of the window
and the exported PDF at the end of each session, to look at; ``UI_SESSION_TIMES=FILE`` appends
each step's time (seconds, step, sources then) to FILE.
"""

from __future__ import annotations

import os
import random
import time

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from session_analyst import (
    BAD,
    CTRL,
    SHIFT,
    STEPS,
    TEXTS,
    UNCHANGED,
    AnalystBase,
    first_difference,
    section_texts_of,
    seeds,
)
from session_day import DayAnalyst
from session_keys import KeysAnalyst
from session_kinds import KindsAnalyst, check_traces
from session_notes import NotesAnalyst
from session_rows import RowsAnalyst
from test_ui_integrity import click_into, press, template_action, type_text
from test_ui_session_random import _state
from test_ui_window import make_window, wait_idle  # noqa: F401  (fixtures)
from window_checks import QtWarnings, check_window

from briefing_app.model import list_names
from briefing_app.ui import workers

pytestmark = pytest.mark.slow


class Analyst(NotesAnalyst, KeysAnalyst, RowsAnalyst, KindsAnalyst, DayAnalyst, AnalystBase):
    """The steps of a working day with files, history, templates and the keyboard."""

    # -- templates, history ----------------------------------------------------------------
    def switch(self) -> None:
        names = [t.name for t in self.ws.templates() if t.id != self.ws.template.id]
        template_action(self.win, self.rng.choice(names)).trigger()
        self.undo_name = "Switch Template" if self.ws.briefing is not None else ""

    def switch_while_analysing(self) -> None:
        """A source arrives and, while it is analysed on the worker, the template changes."""
        self.win.open_paths([str(self.paths[self.rng.choice(list(self.paths))])])
        self.qtbot.waitUntil(lambda: self.win.analysis_running() or not self.ws.needs_analysis)
        self.switch()
        self.undo_name = ""  # (the analysis, landing later, is no undo step)

    def as_analysis_ends(self) -> None:
        """A source arrives; its analysis ends on the worker and, before the window has taken
        the result, the analyst does something else."""
        self.add()
        self.qtbot.waitUntil(  # (a file already loaded starts no analysis)
            lambda: self.win.analyser.task is not None or not workers.active_tasks()
        )
        workers.pool().waitForDone(60_000)
        then = self.rng.choice(
            ["remove", "switch", "undo", "redo", "hide", "highlight", "new_briefing", "merge",
             "reopen_over_unsaved", "write", "quote", "grade"]
        )  # fmt: skip
        self.racing = True  # (the result may land during the step: the briefing moves)
        try:
            getattr(self, then)()
        finally:
            self.racing = False
        if then not in ("highlight", "quote"):  # (their Undo names do not depend on timing)
            self.undo_name = ""

    def undo(self) -> None:
        self.read()
        press(self.qtbot, Qt.Key.Key_Z, CTRL)
        self.undo_name = ""

    def redo(self) -> None:
        self.read()
        if self.rng.random() < 0.5:
            press(self.qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
        else:
            self.win.actions.redo.trigger()  # Edit ▸ Redo
        self.undo_name = ""

    # -- sources ---------------------------------------------------------------------------
    def remove(self) -> None:
        if len(self.ws.sources) > 1:
            src = self.rng.choice(self.ws.sources)
            name = list_names(self.ws.sources)[src.id]
            self.win.sources.remove_requested.emit(src.id)  # its context menu's Remove Source
            self.undo_name = f"Remove source “{name}”"

    def grade(self) -> None:
        """Grade a source from the Sources list's menu (Reliability B, Credibility 2…)."""
        src = self.rng.choice(self.ws.sources)
        grades = ("", self.rng.choice("ABCDEF")), ("", self.rng.choice("123456"))
        pair = self.rng.choice(grades[0]), self.rng.choice(grades[1])
        self.win.sources.grade_requested.emit(src.id, *pair)
        self.undo_name = ""

    def add(self) -> None:
        self.win.open_paths([str(self.paths[self.rng.choice(list(self.paths))])])
        self.undo_name = ""

    def add_with_bad(self) -> None:
        """One Open with a good file and a bad one: one line naming it, the other loads."""
        good = self.paths[self.rng.choice(list(self.paths))]
        bad = self.dir / self.rng.choice(list(BAD))
        errors = len(self.win.prompter.errors)
        self.win.prompter.sources = [str(good), str(bad)]
        self.win.actions.open_sources.trigger()
        self.idle()
        text = " ".join(TEXTS[good.name].split())  # (the same text pasted earlier counts)
        assert any(" ".join(s.text.split()) == text for s in self.ws.sources), "the good file"
        lines = [line for line in self.win.problems.lines() if line.startswith(bad.name)]
        assert len(lines) == 1 and "\n" not in lines[0] and "Traceback" not in lines[0], lines
        assert len(lines[0]) > len(bad.name) + 3, "the line gives no reason"
        assert self.win.problems_dock.isVisible()
        assert len(self.win.prompter.errors) == errors  # no dialog, a line in Problems
        self.undo_name = ""

    # -- project file and exports ----------------------------------------------------------
    def save(self) -> None:
        self.win.prompter.project_path = str(self.project)
        self.read()
        press(self.qtbot, Qt.Key.Key_S, CTRL)
        self.idle()
        self.win.files.wait_for_save()
        self.saved = _state(self.ws)
        assert self.ws.project_path == self.project and not self.win.isWindowModified()

    def failed_save(self) -> None:
        """The disk fills up while saving: a one-line message, the saved file as it was."""
        if self.saved is None or self.ws.project_path != self.project:
            return
        from briefing_app.store import rows

        before = self.project.read_bytes()
        real = rows.write_changes

        def write_then_fail(conn, tables):
            real(conn, tables)
            raise OSError(28, "No space left on device")

        self.win.sync_briefing()
        self.ws.modified = True  # (something to save)
        self.win.update_title()
        errors = len(self.win.prompter.errors)
        with self.monkeypatch.context() as m:
            m.setattr(rows, "write_changes", write_then_fail)
            self.read()
            press(self.qtbot, Qt.Key.Key_S, CTRL)
            self.idle()
            self.win.files.wait_for_save()
        new = self.win.prompter.errors[errors:]
        assert len(new) == 1 and self.project.name in new[0] and "\n" not in new[0], new
        assert self.project.read_bytes() == before
        assert self.win.isWindowModified(), "a failed save shows the work as saved"

    def export(self) -> None:
        if self.ws.briefing is None:
            return
        target = self.dir / "note.docx"
        self.win.prompter.exported_paths = []
        self.win.prompter.export_target = str(target)
        self.read()
        press(self.qtbot, Qt.Key.Key_E, CTRL)
        self.qtbot.waitUntil(lambda: bool(self.win.prompter.exported_paths), timeout=60_000)
        text = " ".join(" ".join(p.text for p in Document(str(target)).paragraphs).split())
        assert " ".join(self.ws.briefing.title.split()) in text

    def failed_export(self) -> None:
        """The disk fills up as the PDF is put in place: a message, the last PDF as it was."""
        if self.ws.briefing is None:
            return
        target = self.dir / "note.pdf"
        if not target.exists():
            target.write_bytes(b"%PDF-1.4 an earlier export\n")
        before = target.read_bytes()
        errors = len(self.win.prompter.errors)
        self.win.prompter.export_target = str(target)

        def full(*_args, **_kwargs):
            raise OSError(28, "No space left on device")

        with self.monkeypatch.context() as m:
            m.setattr(os, "replace", full)
            self.read()
            press(self.qtbot, Qt.Key.Key_E, CTRL | SHIFT)
            self.qtbot.waitUntil(lambda: len(self.win.prompter.errors) > errors, timeout=60_000)
        new = self.win.prompter.errors[errors:]
        assert len(new) == 1 and "note.pdf" in new[0] and "\n" not in new[0], new
        assert target.read_bytes() == before
        left = {p.name for p in self.dir.iterdir() if "note" in p.name}
        assert left <= {"note.docx", "note.pdf"}, f"left beside the export: {left}"

    def reopen_over_unsaved(self) -> None:
        """Open the saved project while there is unsaved work: save, discard or cancel."""
        if self.saved is None:
            return
        unsaved, answer, before = self.open_over_unsaved(self.project)
        if unsaved and answer == "cancel":
            assert not self.same_work(before), "Cancel lost the unsaved work"
        elif unsaved and answer == "save":
            assert not self.same_work(before)
            self.saved = before
        else:
            found = first_difference(_state(self.ws), self.saved)
            assert not found, f"the project opened is not the one saved: {found}"
        self.undo_name = ""

    def close_cancelled(self) -> None:
        self.win.sync_briefing()
        if not self.ws.modified:
            return
        before = _state(self.ws)
        self.win.prompter.save_answer = "cancel"
        self.win.close()
        assert self.win.isVisible() and _state(self.ws) == before
        self.undo_name = ""

    def switch_pane(self) -> None:
        """F6 from wherever the keyboard is: the other pane gets it."""
        self.read()
        press(self.qtbot, Qt.Key.Key_F6)
        focus = QApplication.focusWidget()
        assert focus is not None and self.win.editor.isAncestorOf(focus)
        press(self.qtbot, Qt.Key.Key_F6)
        if self.win.sources.view.source is not None:
            assert QApplication.focusWidget() is self.win.sources.view.text

    def replace_all(self) -> None:
        """Ctrl+H in the briefing, a word and its replacement typed, Replace All, Escape."""
        if self.ws.briefing is None:
            return
        click_into(self.qtbot, self.win, self.rng.choice(self._text_sections()))
        self.win.sync_briefing()
        before = " ".join(section_texts_of(self.win).values())
        press(self.qtbot, Qt.Key.Key_H, CTRL)
        assert QApplication.focusWidget() is self.win.find_bar.find_edit
        press(self.qtbot, Qt.Key.Key_A, CTRL)  # (what was searched for last time goes)
        type_text(self.qtbot, "Veldmark")
        self.win.find_bar.replace_edit.setFocus()
        press(self.qtbot, Qt.Key.Key_A, CTRL)
        type_text(self.qtbot, "Veldmark town")
        self.qtbot.mouseClick(self.win.find_bar.replace_all_b, Qt.MouseButton.LeftButton)
        n = int(self.win.find_bar.status.text().split()[-1])
        press(self.qtbot, Qt.Key.Key_Escape)
        after = " ".join(section_texts_of(self.win).values())
        assert after.count(" town") == before.count(" town") + n, (
            f"Replaced {n}: {before.count(' town')} -> {after.count(' town')} {after!r}"
        )
        assert after.count("Veldmark") == before.count("Veldmark")
        self.undo_name = ""

    def jump(self) -> None:
        """A double-click on an annotation in the list opens its passage, selected."""
        ann = self._panel_row()
        if ann is None:
            return
        panel = self.win.annotate.panel
        index = panel.view.currentIndex()
        where = panel.view.visualRect(index).center()
        self.qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
        view = self.win.sources.view
        assert view.source is not None and view.source.id == ann.source
        assert view.selected_span() == (ann.start, ann.end), "another passage is selected"

    def autosave(self) -> None:
        """The autosave timer fires: unsaved work gets a recovery copy, saved work none."""
        self.win.sync_briefing()
        task = self.win.write_recovery()
        self.idle()
        self.win.files.wait_for_save()
        if task is not None:
            assert self.win.files.recovery_path is not None
            assert self.win.files.recovery_path.exists()

    def _text_sections(self) -> list[str]:
        ids = [s.id for s in self.ws.briefing.sections if s.kind != "table"]
        return [s for s in ids if hasattr(self.win.editor.editor(s), "toPlainText")]

    def tab_walk(self) -> None:
        """Keyboard only: from the Title, Tab (Ctrl+Tab where Tab indents a bullet) walks the
        page and reaches the Sources list; the words do not change on the way."""
        if self.ws.briefing is None:
            return
        self.win.sync_briefing()
        before = section_texts_of(self.win)
        self.win.editor.title.setFocus()
        seen = [QApplication.focusWidget()]
        for _ in range(60):
            press(self.qtbot, Qt.Key.Key_Tab)
            if QApplication.focusWidget() is seen[-1]:  # a bullet indented: undo, leave
                press(self.qtbot, Qt.Key.Key_Z, CTRL)
                press(self.qtbot, Qt.Key.Key_Tab, CTRL)
            seen.append(QApplication.focusWidget())
            if seen[-1] is self.win.sources.list:
                break
        names = [w.accessibleName() if w is not None else None for w in seen]
        assert seen[-1] is self.win.sources.list, f"Tab never reached the Sources list: {names}"
        assert section_texts_of(self.win) == before, "walking with Tab changed the words"
        self.undo_name = ""

    OPS = (
        "highlight", "comment", "tag", "quote", "edit_note", "delete_note", "filter_tag",
        "write", "edit_row", "hide", "show_again", "rename", "merge", "switch",
        "switch_while_analysing", "undo", "redo", "remove", "add", "add_with_bad", "save",
        "failed_save", "export", "failed_export", "reopen_over_unsaved", "close_cancelled",
        "switch_pane", "retype", "split", "add_actor", "select_actor", "refresh",
        "undo_typing", "paste", "new_briefing", "grade", "grade", "as_analysis_ends",
        "as_analysis_ends", "tab_walk", "replace_all", "jump", "jump", "autosave",
        # the everyday ones again: they are most of a working day
        "highlight", "comment", "tag", "hide", "merge", "rename", "undo", "undo", "redo",
        "remove", "write", "select_actor",
        *DayAnalyst.DAY_OPS,
        *KindsAnalyst.KIND_OPS,
        *RowsAnalyst.ROW_OPS,
        *KeysAnalyst.KEY_OPS,
        *NotesAnalyst.NOTE_OPS,
    )  # fmt: skip


# UI_SESSION_OPS=marking,export_both,undo (or "day": the steps of tests/session_day.py, with
# undo and redo) hunts with those steps only
OPS = [o for o in os.environ.get("UI_SESSION_OPS", "").split(",") if o] or Analyst.OPS
if OPS == ["day"]:
    OPS = [*DayAnalyst.DAY_OPS, "undo", "redo", "highlight", "comment", "hide", "rename", "write"]
elif OPS == ["kinds"]:  # the steps of tests/session_kinds.py, among everyday ones
    OPS = [*KindsAnalyst.KIND_OPS, "undo", "redo", "tag", "comment", "hide", "rename", "write",
           "remove", "edit_auto_line", "switch"]  # fmt: skip
elif OPS == ["keys"]:  # the steps of tests/session_keys.py, among everyday ones
    OPS = [*KeysAnalyst.KEY_OPS, "undo", "redo", "highlight", "comment", "hide", "rename",
           "write", "edit_row", "add", "remove", "save", "export"]  # fmt: skip
elif OPS == ["notes"]:  # the steps of tests/session_notes.py, among everyday ones
    OPS = [*NotesAnalyst.NOTE_OPS, "undo", "redo", "highlight", "comment", "tag", "hide",
           "merge", "rename", "write", "switch", "marking", "add", "remove", "quote",
           "export_both", "edit_row"]  # fmt: skip
elif OPS == ["rows"]:  # the steps of tests/session_rows.py, among everyday ones
    OPS = [*RowsAnalyst.ROW_OPS, "undo", "redo", "hide", "show_again", "merge", "rename", "write",
           "add", "remove", "trace", "highlight", "comment"]  # fmt: skip


@pytest.mark.parametrize("seed", seeds())
def test_what_the_window_shows_agrees_with_the_work_after_every_step(
    qtbot, make_window, tmp_path, monkeypatch, seed
):
    with QtWarnings() as qt:  # (any warning Qt prints fails the step that made it)
        session(qtbot, make_window, tmp_path, monkeypatch, seed, qt)


def session(qtbot, make_window, tmp_path, monkeypatch, seed: int, qt: QtWarnings) -> None:
    rng = random.Random(seed)
    window = make_window()
    if seed % 2:  # every other session on a small screen: the side panels give way
        window.resize(1024, 700)
    analyst = Analyst(qtbot, window, tmp_path, rng, monkeypatch)
    analyst.make_window = make_window
    window.open_paths([str(analyst.paths["flood.txt"]), str(analyst.paths["pumps.txt"])])
    analyst.idle()
    check_window(window)
    assert not (said := qt.take()), f"seed {seed}, the first sources: Qt printed: {said}"
    done: list[str] = []
    took: list[tuple[float, str, int]] = []  # seconds, step, sources then
    for _ in range(STEPS):
        name = rng.choice(OPS)
        done.append(name)
        window = analyst.win  # (a step may close the window and carry on in a new one)
        stack = (window.undo_stack.index(), window.undo_stack.count())
        begun = time.perf_counter()
        try:
            getattr(analyst, name)()
            window = analyst.win
            analyst.idle()
            if analyst.undo_name == UNCHANGED:
                assert (window.undo_stack.index(), window.undo_stack.count()) == stack, (
                    f"an undo step that changes nothing: {window.undo_stack.undoText()}"
                )
            elif analyst.undo_name:
                analyst.read()
                assert window.undo_stack.undoText().startswith(analyst.undo_name)
            check_window(window)
            check_traces(window)
            assert not (said := qt.take()), f"Qt printed: {said}"
            took.append((time.perf_counter() - begun, name, len(window.ws.sources)))
        except Exception as exc:
            what = f"{type(exc).__name__}: {exc}"
            raise AssertionError(f"seed {seed}, after {' '.join(done)}: {what}") from exc

    if times := os.environ.get("UI_SESSION_TIMES"):  # each step's time (and its checks')
        with open(times, "a", encoding="utf-8") as out:
            out.writelines(f"{t:.3f}\t{step}\t{n}\n" for t, step, n in took)
    if shots := os.environ.get("UI_SESSION_SHOTS"):  # to look at with one's own eyes
        window.sync_briefing()
        qtbot.wait(300)  # (as the analyst sees it: once laid out)
        window.grab().save(f"{shots}/session-{seed}.png")
        window.ws.export(f"{shots}/session-{seed}.pdf")

    # save, close, reopen in a new window: the same sources, highlights, actors and words
    window.sync_briefing()
    state = _state(window.ws)
    shown = (window.sources.source_ids(), sorted(window.actors.names()))
    window.prompter.project_path = str(analyst.project)
    if rng.random() < 0.5:
        assert window.save(wait=True)
    else:  # closed with the work unsaved: "Save" in the question keeps it
        window.prompter.save_answer = "save"
        window.ws.modified = True
    window.close()
    assert not window.isVisible() and analyst.project.exists()
    again = make_window()
    again.open_project(str(analyst.project))
    wait_idle(qtbot, again)
    assert not (found := first_difference(_state(again.ws), state)), f"seed {seed}: {found}"
    assert (again.sources.source_ids(), sorted(again.actors.names())) == shown
    check_window(again)
    assert not (said := qt.take()), f"seed {seed}, reopened: Qt printed: {said}"
