"""More of an analyst's day for tests/test_ui_session_views.py: marking schemes, exports read
back (python-docx, pypdf) against the editor and the panels, exports and saves that fail on a
folder or a read-only folder, save-close-reopen-continue, an auto-filled line edited and the
analysis re-run, a source removed and brought back with Ctrl+Z.

Each step is done as a user does it (keys to the focused widget, widgets found by their
accessible names) and checks what the user would then look at.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from pathlib import Path

from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QMenu
from session_analyst import CTRL, SHIFT, first_difference
from test_ui_integrity import press, type_text
from test_ui_session_random import _state
from test_ui_window import wait_idle

from briefing_app.workspace import tradecraft

MARKER = re.compile(r"\[(\d+)\]")


def day_state(ws) -> dict:
    """The work as saved: the sources with their grades, annotations, decisions, briefing."""
    state = _state(ws)
    state["grades"] = [(s.id, s.reliability, s.credibility) for s in ws.sources]
    return state


def without_records(state):
    """``state`` without the sources a summary was written from: a refresh records them on a
    block written since the last one, whichever step (an undo too) runs it first."""
    if isinstance(state, dict):
        return {k: without_records(v) for k, v in state.items() if k != "based_on"}
    if isinstance(state, list | tuple):
        return [without_records(v) for v in state]
    return state


def squeeze(text: str) -> str:
    """Text without any white space (a PDF's lines wrap where the page ends)."""
    return re.sub(r"\s+", "", text.replace("\xa0", " "))


def bare(paragraph: str) -> str:
    """A paragraph's words without its citation markers."""
    return " ".join(MARKER.sub(" ", paragraph).split())


def named(window, cls, name: str):
    """The one visible widget of type ``cls`` whose accessible name is ``name``."""
    found = [w for w in window.findChildren(cls) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} widgets named {name!r}"
    return found[0]


class DayAnalyst:
    """Steps mixed into the test's Analyst (it gives qtbot, win, dir, rng, monkeypatch…)."""

    make_window = None  # the fixture that opens another window (set by the test)

    # -- marking schemes -------------------------------------------------------------------
    def marking(self) -> None:
        """Pick a marking scheme in the box above the briefing (another one than now)."""
        if self.ws.briefing is None:
            return
        box = named(self.win, QComboBox, "Marking scheme")
        now = box.currentIndex()
        index = self.rng.choice([i for i in range(box.count()) if i != now])
        box.setFocus()
        box.setCurrentIndex(index)
        box.activated.emit(index)
        self.win.sync_briefing()
        assert self.ws.briefing.marking == (box.itemData(index) or "")
        banner = named(self.win, QLabel, "Banner").text()
        assert banner == (tradecraft.banner_of(self.ws.briefing) or "(none)"), banner
        self.undo_name = f"Marking: {box.itemText(index)}"

    def switch_undo_redo(self) -> None:
        """Templates and marking schemes switched a few times, then Ctrl+Z as many times
        brings back the note as it was, and Ctrl+Shift+Z as many the note as it had become."""
        if self.ws.briefing is None:
            return
        self.idle()
        self.win.sync_briefing()
        before = without_records(day_state(self.ws))
        stack = self.win.undo_stack
        start = stack.index()
        for _ in range(self.rng.randint(1, 3)):
            getattr(self, self.rng.choice(["switch", "marking"]))()
            self.idle()
        steps = stack.index() - start
        self.win.sync_briefing()
        after = without_records(day_state(self.ws))
        self.read()
        for _ in range(steps):
            press(self.qtbot, Qt.Key.Key_Z, CTRL)
        self.idle()
        self.win.sync_briefing()
        found = first_difference(without_records(day_state(self.ws)), before)
        assert not found, f"Ctrl+Z ×{steps} did not bring the note back: {found}"
        for _ in range(steps):
            press(self.qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
        self.idle()
        self.win.sync_briefing()
        found = first_difference(without_records(day_state(self.ws)), after)
        assert not found, f"Ctrl+Shift+Z ×{steps} did not bring the switches back: {found}"
        self.undo_name = ""

    # -- exports read back -----------------------------------------------------------------
    def export_both(self) -> None:
        """File ▸ Export Both; the DOCX and the PDF read back agree with the editor: every
        paragraph's words and markers, each marker naming the source it cites, the Actors
        table without hidden actors and with renamed ones under their new names."""
        if self.ws.briefing is None:
            return
        target = self.dir / "day.docx"
        if self.rng.random() < 0.3:  # File ▸ Annotated Excerpts Appendix, on or off
            self.win.actions.export_appendix.trigger()
        self.win.prompter.exported_paths = []
        self.win.prompter.export_target = str(target)
        self.win.actions.export_both.trigger()
        self.qtbot.waitUntil(lambda: bool(self.win.prompter.exported_paths), timeout=60_000)
        self.win.sync_briefing()
        briefing = self.ws.briefing
        numbers = {c.source: c.number for c in briefing.citations}
        docx = Document(str(target))
        paragraphs = [" ".join(p.text.replace("\xa0", " ").split()) for p in docx.paragraphs]
        entries = {
            int(m.group(1)): p
            for p, style in zip(paragraphs, (p.style.name for p in docx.paragraphs), strict=True)
            if style == "Source Entry" and (m := re.match(r"(\d+)\.", p))
        }
        assert sorted(entries) == sorted(numbers.values()), ("Sources entries", entries, numbers)
        pages = PdfReader(str(target.with_suffix(".pdf"))).pages
        pdf = squeeze(MARKER.sub("", " ".join(page.extract_text() for page in pages)))
        assert squeeze(briefing.title) in pdf, "the PDF has not the title"
        if banner := tradecraft.banner_of(briefing):  # the marking chosen, top of each page
            assert squeeze(banner) in pdf, f"the PDF has not the banner {banner!r}"
            header = " ".join(p.text for p in docx.sections[0].header.paragraphs)
            assert banner in header, f"the DOCX's header {header!r} has not {banner!r}"
        # a paragraph running onto the next page has the page's banner and "Page 1 of 2" in it
        pdf = re.sub(r"Page\d+of\d+", "", pdf)
        if banner:
            pdf = pdf.replace(squeeze(banner), "")
        for section in briefing.sections:
            if section.kind == "table" or section.fill == "sources":
                continue
            for block in section.blocks:
                words = " ".join(block.text.split())
                if not words or block.kind == "figure":
                    continue
                want = [numbers[r.cite] for r in block.runs if r.cite in numbers]
                found = [p for p in paragraphs if words in bare(p)]  # (a quote is in quotes)
                assert found, f"{words[:60]!r} is not in the DOCX"
                got = [[int(n) for n in MARKER.findall(p)] for p in found]
                assert any(set(want) <= set(g) for g in got), (words[:60], want, got)
                for source_id, n in ((c, numbers[c]) for c in block.citations if c in numbers):
                    src = self.ws.source(source_id)
                    if src is not None:
                        assert any(x and x in entries[n] for x in (src.display_name, src.title)), (
                            f"[{n}] after {words[:40]!r}: {entries[n]!r}, not {src.display_name}"
                        )
                assert squeeze(words) in pdf, f"{words[:60]!r} is not in the PDF's text"
        if self.win.prefs.export_appendix:  # each annotation's passage, cited, in the appendix
            for ann in self.ws.annotations:
                words = " ".join(ann.quote.split())
                cited = [p for p in paragraphs if words in bare(p)]
                n = numbers.get(ann.source)
                assert any(n is None or n in map(int, MARKER.findall(p)) for p in cited), (
                    f"the appendix has not {words!r} [{n}]"
                )
        actors = next((s for s in briefing.sections if s.fill == "actors"), None)
        if actors is not None and self.ws.analysis is not None:
            rows = [b.cells[0] for b in actors.blocks if b.cells]
            table = next((t for t in docx.tables if t.rows[0].cells[0].text == "Name"), None)
            shown = [r.cells[0].text for r in table.rows[1:]] if table and rows else []
            assert shown == rows, ("the DOCX's Actors table is not the editor's", shown, rows)
            visible = {a.name for a in self.ws.analysis.actors if not a.hidden}
            auto = [b.cells[0] for b in actors.blocks if b.cells and b.origin == "auto"]
            assert set(auto) <= visible, f"rows of no actor shown: {set(auto) - visible}"
            for a in self.ws.analysis.actors:
                if a.hidden and a.name not in visible:
                    assert a.name not in shown, f"{a.name} is hidden but exported"
        self.undo_name = ""

    # -- exports and saves that fail -------------------------------------------------------
    def _refused(self, target: Path, kind: str, trigger) -> None:
        """``trigger`` writes ``target`` and fails: one line naming it, nothing else moved."""
        before = {p.name: (p.read_bytes() if p.is_file() else None) for p in self.dir.iterdir()}
        errors = len(self.win.prompter.errors)
        trigger()
        self.qtbot.waitUntil(lambda: len(self.win.prompter.errors) > errors, timeout=60_000)
        self.idle()
        new = self.win.prompter.errors[errors:]
        assert len(new) == 1 and target.name in new[0] and "\n" not in new[0], new
        assert "Traceback" not in new[0] and "Errno" not in new[0], new
        after = {p.name: (p.read_bytes() if p.is_file() else None) for p in self.dir.iterdir()}
        changed = [n for n in set(before) | set(after) if before.get(n) != after.get(n)]
        changed = [n for n in changed if n != "settings.ini"]  # (the folder last used)
        assert not [n for n in changed if n.endswith(".tmp") or n in before], changed

    def _read_only(self, folder: Path):
        """As if ``folder`` were read-only (the tests run as root, who may write anywhere)."""
        real = os.open

        def refuse(path, flags, *args, **kwargs):
            if Path(path).parent == folder and flags & os.O_CREAT:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real(path, flags, *args, **kwargs)

        return refuse

    def export_refused(self) -> None:
        """Export to a folder's name or into a read-only folder: a line, the old file kept."""
        if self.ws.briefing is None:
            return
        kind = self.rng.choice(["docx", "pdf"])
        target = self.dir / f"refused.{kind}"
        key = Qt.Key.Key_E
        mods = CTRL | SHIFT if kind == "pdf" else CTRL
        self.win.prompter.export_target = str(target)
        if self.rng.random() < 0.5:
            folder = self.dir / f"folder.{kind}"
            folder.mkdir(exist_ok=True)
            self.win.prompter.export_target = str(folder)
            target = folder
            self.read()
            self._refused(target, kind, lambda: press(self.qtbot, key, mods))
        else:
            if not target.exists():
                target.write_bytes(b"an earlier export\n")
            with self.monkeypatch.context() as m:
                m.setattr(os, "open", self._read_only(self.dir))
                self.read()
                self._refused(target, kind, lambda: press(self.qtbot, key, mods))
        self.undo_name = ""

    def save_refused(self) -> None:
        """Save As onto a folder's name, or Save into a read-only folder: one line, the saved
        project as it was, the work still marked unsaved."""
        self.win.sync_briefing()
        self.ws.modified = True  # (something to save)
        self.win.update_title()
        if self.saved is None or self.rng.random() < 0.5:
            folder = self.dir / "folder.briefing"
            folder.mkdir(exist_ok=True)
            self.win.prompter.project_path = str(folder)
            self._refused(folder, "briefing", self.win.actions.save_as.trigger)
        else:
            self.win.prompter.project_path = str(self.project)
            from briefing_app.store import project as store_project

            real = store_project._connect

            def read_only_file(path):  # (SQLite opens the file itself, not through os.open)
                uri = f"{Path(path).absolute().as_uri()}?mode=ro"
                conn = sqlite3.connect(uri, uri=True, isolation_level=None)
                return conn if Path(path).parent == self.dir else real(path)

            with self.monkeypatch.context() as m:
                m.setattr(os, "open", self._read_only(self.dir))
                m.setattr(store_project, "_connect", read_only_file)
                self.read()
                self._refused(
                    self.project, "briefing", lambda: press(self.qtbot, Qt.Key.Key_S, CTRL)
                )
        self.win.files.wait_for_save()
        assert self.win.isWindowModified(), "a failed save shows the work as saved"
        self.undo_name = ""

    # -- a day's end and the next morning --------------------------------------------------
    def reopen_continue(self) -> None:
        """Save, close the window, open the project in a new one and carry on there."""
        self.win.sync_briefing()
        self.win.prompter.project_path = str(self.project)
        self.read()
        press(self.qtbot, Qt.Key.Key_S, CTRL)
        self.idle()
        self.win.files.wait_for_save()
        state = day_state(self.ws)
        shown = (self.win.sources.source_ids(), sorted(self.win.actors.names()))
        grades = [
            self.win.sources.list.item(i).text() for i in range(self.win.sources.list.count())
        ]
        self.win.close()
        assert not self.win.isVisible()
        self.win = self.make_window()
        self.win.open_project(str(self.project))
        wait_idle(self.qtbot, self.win)
        found = first_difference(day_state(self.ws), state)
        assert not found, f"the project reopened is not the one saved: {found}"
        assert (self.win.sources.source_ids(), sorted(self.win.actors.names())) == shown
        assert [self.win.sources.list.item(i).text() for i in range(len(grades))] == grades
        self.saved = _state(self.ws)
        self.undo_name = ""

    def open_bad_project(self) -> None:
        """Ctrl+O on a damaged project (answering Discard): one line, the work still open."""
        name, data = self.rng.choice(
            [("damaged.briefing", b"SQLite format 3\x00" + b"x" * 200), ("empty.briefing", b"")]
        )
        bad = self.dir / name
        bad.write_bytes(data)
        self.win.sync_briefing()
        before = day_state(self.ws)
        self.win.prompter.project_path = str(bad)
        self.win.prompter.save_answer = "discard"
        errors = len(self.win.prompter.errors)
        self.read()
        press(self.qtbot, Qt.Key.Key_O, CTRL)
        self.idle()
        new = self.win.prompter.errors[errors:]
        assert len(new) == 1 and name in new[0] and "\n" not in new[0], new
        assert not (found := first_difference(day_state(self.ws), before)), found
        self.undo_name = ""

    def save_then_undo(self) -> None:
        """Ctrl+S keeps the history: Ctrl+Z afterwards still takes back the last step."""
        stack = self.win.undo_stack
        before = (stack.index(), stack.undoText())
        self.save()
        assert (stack.index(), stack.undoText()) == before, "saving changed the history"
        if stack.canUndo():
            self.read()
            press(self.qtbot, Qt.Key.Key_Z, CTRL)
        self.undo_name = ""

    # -- the analyst's words over auto-filled ones -----------------------------------------
    def edit_auto_line(self) -> None:
        """Type at the end of an auto-filled line, then re-run the analysis (F5): the words
        typed are still there."""
        briefing = self.ws.briefing
        if briefing is None:
            return
        self.win.sync_briefing()
        candidates = [
            (s.id, i)
            for s in briefing.sections
            if s.kind != "table" and s.fill not in ("none", "sources")
            and hasattr(self.win.editor.editor(s.id), "toPlainText")
            for i, b in enumerate(s.blocks)
            if b.origin == "auto" and b.text.strip()
        ]  # fmt: skip
        if not candidates:
            return
        section_id, index = self.rng.choice(candidates)
        edit = self.win.editor.editor(section_id)
        block = edit.document().findBlockByNumber(index)
        cursor = edit.textCursor()
        cursor.setPosition(block.position() + block.length() - 1)
        edit.setFocus()
        edit.setTextCursor(cursor)
        self.notes += 1
        words = f" (seen {self.notes})"
        type_text(self.qtbot, words)
        self.win.sync_briefing()
        text = " ".join(self.ws.briefing.section(section_id).blocks[index].text.split())
        assert text.endswith(words.strip()), text
        self.read()
        press(self.qtbot, Qt.Key.Key_F5)
        self.idle()
        self.win.sync_briefing()
        section = self.ws.briefing.section(section_id)
        assert section is not None
        assert any(" ".join(b.text.split()) == text for b in section.blocks), (
            f"the words typed in an auto-filled line went with a refresh: {text!r}"
        )
        self.undo_name = ""

    def portion_mark(self) -> None:
        """Right-click an auto-filled line ▸ Portion Mark ▸ a level; F5 keeps the mark."""
        briefing = self.ws.briefing
        if briefing is None:
            return
        if not briefing.marking:
            self.marking()
        self.win.sync_briefing()
        briefing = self.ws.briefing
        lines = [
            (s.id, i, b.key)
            for s in briefing.sections
            if s.kind != "table" and hasattr(self.win.editor.editor(s.id), "toPlainText")
            for i, b in enumerate(s.blocks)
            if b.origin == "auto" and b.key and b.text.strip() and b.kind != "figure"
        ]
        if not briefing.marking or not lines:
            return
        section_id, index, key = self.rng.choice(lines)
        edit = self.win.editor.editor(section_id)
        qblock = edit.document().findBlockByNumber(index)
        menu = QMenu()
        for extra in edit.menu_extras:
            extra(menu, qblock)
        marks = next(a.menu() for a in menu.actions() if a.text() == "Portion &Mark")
        levels = [a for a in marks.actions() if a.text().startswith("(")]
        self.rng.choice(levels).trigger()
        menu.deleteLater()
        self.win.sync_briefing()
        block = self.ws.briefing.section(section_id).blocks[index]
        assert block.key == key and block.mark, "the line has not the mark chosen"
        mark = block.mark
        self.read()
        press(self.qtbot, Qt.Key.Key_F5)
        self.idle()
        self.win.sync_briefing()
        after = [b for s in self.ws.briefing.sections for b in s.blocks if b.key == key]
        assert not after or after[0].mark == mark, f"F5 took the mark ({mark}) off the line"
        self.undo_name = ""

    # -- a source removed and brought back -------------------------------------------------
    def remove_and_undo(self) -> None:
        if len(self.ws.sources) < 2:
            return
        self.win.sync_briefing()
        before = day_state(self.ws)
        src = self.rng.choice(self.ws.sources)
        self.win.sources.remove_requested.emit(src.id)  # its context menu's Remove Source
        self.idle()
        assert self.ws.source(src.id) is None
        self.read()
        press(self.qtbot, Qt.Key.Key_Z, CTRL)
        self.idle()
        self.win.sync_briefing()
        now = day_state(self.ws)
        for key in ("sources", "grades", "annotations", "decisions"):
            assert not (found := first_difference(now[key], before[key])), found
        self.undo_name = ""

    DAY_OPS = (
        "marking", "marking", "export_both", "export_both", "export_refused", "save_refused",
        "reopen_continue", "save_then_undo", "edit_auto_line", "edit_auto_line",
        "remove_and_undo", "portion_mark", "portion_mark", "open_bad_project",
        "switch_undo_redo", "switch_undo_redo",
    )  # fmt: skip
