"""More of an analyst's day for tests/test_ui_session_views.py (the sixteenth round): Delete and
Ctrl+Z pressed wherever the keyboard happens to be (the reading pane, the Sources list, the
Actors panel, an Actors row, the Annotations panel: each does what that place promises, and
Edit ▸ Undo names it first); every widget on screen named for a screen reader, the find bar
and every panel open; one Open with several good and several bad files; a save, Save As or
export refused mid-session (the disk full, a locked file) that leaves the last file and the
window as they were; an annotation kept on its words through F5, and through its source
removed and brought back; a dozen sources in one project (listed, read, exported, each step
quick); key points copied with their citation markers and the sources they cite; Shift+Tab back
through the page.

Each step is done as a user does it and checks what the user would then look at.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import re
import time

from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from session_analyst import CTRL, SHIFT, first_difference, select_text
from session_day import day_state
from test_ui_integrity import press, type_text
from test_ui_session_random import _state

from briefing_app.model import list_names
from briefing_app.ui.briefing.section_edit import SectionEdit
from briefing_app.ui.briefing.table_edit import TableEdit

TOWNS = (
    ("Ashby", "Engineer Mirela Dancu", "Ashby Water Board"),
    ("Brelford", "Captain Tomas Orlik", "Brelford Fire Service"),
    ("Corwen", "Doctor Helga Smeets", "Corwen District Hospital"),
    ("Dunmere", "Mayor Pieter Vance", "Dunmere Town Council"),
    ("Elsdon", "Inspector Ruth Okafor", "Elsdon Police"),
    ("Farleigh", "Director Ivo Kastel", "Farleigh Rail Company"),
    ("Garvan", "Sister Agnes Lowry", "Garvan Relief Mission"),
    ("Hollins", "Colonel Dario Besk", "Hollins Army Depot"),
    ("Islip", "Professor Nadia Fenwick", "Islip River Institute"),
    ("Jarrow", "Manager Lukas Prent", "Jarrow Power Station"),
    ("Kelso", "Ranger Odile Marsh", "Kelso Park Service"),
)
BAD_MORE = {  # what else a folder of downloads holds (BAD's broken PDF and empty text besides)
    "memo.xyz": b"plain words in a file of no known kind\n",
    "scan.docx": b"PK\x03\x04 not really a Word document",
    "gone.txt": None,  # listed in the dialog, deleted before Open was pressed
}
STEP_LIMIT = 5.0  # seconds: what a step on the GUI thread may take with a dozen sources


def town_text(i: int) -> str:
    town, person, body = TOWNS[i]
    return (
        f"Flood report from {town}\n\nThe river rose in {town} on {i + 1} March 2025. {person} "
        f"said the {body} had closed the old bridge. {person.split()[-1]} asked for sandbags "
        f"and the {body} sent two crews to the station.\n"
    )


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget``: its own, else what Qt makes of its text."""
    if widget.accessibleName():
        return widget.accessibleName()
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name) if face is not None else ""


class KeysAnalyst:
    """Steps mixed into the test's Analyst (it gives qtbot, win, dir, rng, monkeypatch…)."""

    def _table(self) -> TableEdit | None:
        if self.ws.briefing is None:
            return None
        section = next((s for s in self.ws.briefing.sections if s.fill == "actors"), None)
        table = self.win.editor.editor(section.id) if section else None
        return table if isinstance(table, TableEdit) and table.rowCount() else None

    def _cells(self, table: TableEdit) -> list[list[str]]:
        return [table.cells(r) for r in range(table.rowCount())]

    # -- Delete and Ctrl+Z where the keyboard is ---------------------------------------------
    def keys_here(self) -> None:
        """Delete, then Ctrl+Z, with the keyboard in the reading pane, the Sources list, the
        Actors panel or an Actors row (after typing in it): Delete changes nothing in the
        reading pane or a row, removes the current source in the Sources list and hides the
        current actor in the Actors panel (as their menus do); Ctrl+Z does what Edit ▸ Undo
        said: the row's words back, the source or actor back, else the window's last step."""
        places = ["reading", "sources", "actors"]
        if (table := self._table()) is not None and not self.win.analysis_running():
            places.append("table")
        where = self.rng.choice(places)
        if where == "reading" and self.win.sources.view.source is None:
            return
        if where in ("sources", "actors") and self._delete_in_list(where):
            return
        widget = {
            "reading": self.win.sources.view.text,
            "sources": self.win.sources.list,
            "actors": self.win.actors.tree,
            "table": table,
        }[where]
        untyped = None
        if where == "table":
            row = self.rng.randrange(table.rowCount())
            untyped = self._cells(table)
            table.setFocus()
            table.setCurrentCell(row, 0)
            press(self.qtbot, Qt.Key.Key_F2)
            type_text(self.qtbot, " (keys)")
            press(self.qtbot, Qt.Key.Key_Return)
            self.qtbot.wait(10)
        widget.setFocus()
        self.win.sync_briefing()
        before = _state(self.ws)
        for key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            press(self.qtbot, key)
            self.qtbot.wait(10)
            if where == "table" and table.state() == TableEdit.State.EditingState:
                press(self.qtbot, Qt.Key.Key_Escape)  # (a key that types opens the cell)
        self.win.sync_briefing()
        found = first_difference(_state(self.ws), before)
        assert not found, f"Delete in the {where} changed the work: {found}"
        assert QApplication.focusWidget() is widget, f"Delete moved the keyboard from {where}"
        stack = self.win.undo_stack
        at, text = stack.index(), stack.undoText()
        self.win.editing.update_undo_texts()
        said = self.win.actions.undo.text()
        press(self.qtbot, Qt.Key.Key_Z, CTRL)
        self.idle()
        if where == "table":
            assert said == "&Undo Typing", f"Edit ▸ Undo said {said!r} over a row just typed in"
            assert self._cells(table) == untyped, "Ctrl+Z in the row left the words typed"
            assert stack.index() == at, f"Ctrl+Z in a row took back {text!r} as well"
        elif at:
            assert said == f"&Undo {text}", (where, said, text)
            assert stack.index() == at - 1, f"Ctrl+Z in the {where} took back nothing"
        self.undo_name = ""

    def _delete_in_list(self, where: str) -> bool:
        """Delete on the Sources list's current source or the Actors panel's current actor
        (not hidden): it goes as with its menu's entry, and Ctrl+Z brings it back. False when
        there is nothing there for Delete to take (then Delete must change nothing)."""
        win = self.win
        self.idle()  # (an actor is hidden from the analysis that is showing)
        widget = win.sources.list if where == "sources" else win.actors.tree
        widget.setFocus()  # (a list given the keyboard makes its first row current)
        if where == "sources":
            target = win.sources.current_id()
            if not target:
                return False
        else:
            target = win.actors.current_id()
            actors = self.ws.analysis.actors if self.ws.analysis else []
            actor = next((a for a in actors if a.id == target), None)
            if actor is None or actor.hidden:
                return False
        win.sync_briefing()
        before = day_state(self.ws)
        press(self.qtbot, Qt.Key.Key_Delete)
        self.idle()
        if where == "sources":
            assert self.ws.source(target) is None, "Delete in the Sources list kept the source"
        else:
            now = next(a for a in self.ws.analysis.actors if a.id == target)
            assert now.hidden, f"Delete in the Actors panel left {now.name} shown"
        win.editing.update_undo_texts()
        said = win.actions.undo.text()
        assert said.startswith("&Undo Remove" if where == "sources" else "&Undo Hide"), said
        widget.setFocus()
        press(self.qtbot, Qt.Key.Key_Z, CTRL)
        self.idle()
        win.sync_briefing()
        now = day_state(self.ws)
        for key in ("sources", "grades", "annotations", "decisions"):
            assert not (found := first_difference(now[key], before[key])), (where, found)
        self.undo_name = ""
        return True

    # -- every widget named ------------------------------------------------------------------
    def names_everywhere(self) -> None:
        """Every panel shown and the find bar open (Ctrl+H from the briefing): each widget on
        screen that takes the keyboard has a name a screen reader can say."""
        if not self.win.work_built:
            return
        for dock in self.win.findChildren(QDockWidget):
            if not dock.isFloating() and dock.isHidden():
                dock.toggleViewAction().trigger()  # View ▸ its name
        if self.ws.briefing is not None:
            editors = [e for e in self.win.editor.text_editors() if e.isVisible()]
            if editors:
                self.rng.choice(editors).setFocus()
                press(self.qtbot, Qt.Key.Key_H, CTRL)
        self.qtbot.wait(20)
        nameless = [
            f"{type(w).__name__} in {type(w.parentWidget()).__name__} "
            f"{spoken_name(w.parentWidget())!r}"
            for w in self.win.findChildren(QWidget)
            if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus and not spoken_name(w)
        ]
        assert not nameless, f"widgets a screen reader cannot name: {nameless}"
        if self.win.find_bar.isVisible():
            self.win.find_bar.find_edit.setFocus()
            press(self.qtbot, Qt.Key.Key_Escape)
        self.undo_name = ""

    # -- several good and several bad files in one Open --------------------------------------
    def open_mixed(self) -> None:
        """Open Sources with two good files and two to four bad ones: one line in Problems per
        bad file, naming it and why; the good ones listed; the work done so far kept."""
        good = [self.paths[n] for n in self.rng.sample(sorted(self.paths), 2)]
        bad = [self.dir / n for n in ("broken.pdf", "empty.txt")]
        for name, data in BAD_MORE.items():
            path = self.dir / name
            if data is not None:
                path.write_bytes(data)
            bad.append(path)
        bad = self.rng.sample(bad, self.rng.randint(2, 4))
        chosen = good + bad
        self.rng.shuffle(chosen)
        self.win.sync_briefing()
        before = _state(self.ws)
        ours = self._own_words()
        errors = len(self.win.prompter.errors)
        self.win.prompter.sources = [str(p) for p in chosen]
        self.win.actions.open_sources.trigger()
        self.idle()
        texts = {" ".join(s.text.split()) for s in self.ws.sources}
        for path in good:
            assert " ".join(path.read_text("utf-8").split()) in texts, f"{path.name} not opened"
        lines = self.win.problems.lines()
        for path in bad:
            mine = [line for line in lines if line.startswith(path.name)]
            assert len(mine) == 1, f"{path.name}: {len(mine)} lines in Problems: {lines}"
            reason = mine[0][len(path.name) :].strip(" :")
            assert reason and "\n" not in mine[0], f"no reason why {path.name} did not open"
            assert "Traceback" not in mine[0] and "Errno" not in mine[0], mine[0]
        assert len(self.win.prompter.errors) == errors, "a dialog for files Problems lists"
        now = _state(self.ws)
        assert now["annotations"] == before["annotations"], "the annotations changed"
        assert now["decisions"] == before["decisions"], "the actor decisions changed"
        assert now["sources"][: len(before["sources"])] == before["sources"]
        lost = ours - self._own_words()
        assert not lost, f"words the analyst wrote went: {sorted(lost)[:3]}"
        self.undo_name = ""

    def _own_words(self) -> set[str]:
        """The paragraphs and rows the analyst wrote (or typed over) in the briefing."""
        if self.ws.briefing is None:
            return set()
        return {
            " ".join((b.text or "\t".join(b.cells)).split())
            for s in self.ws.briefing.sections
            for b in s.blocks
            if b.origin in ("user", "edited") and (b.text.strip() or any(b.cells))
        }

    # -- a save or export refused: the last file and the window as they were ----------------
    def refused_keeps_window(self) -> None:
        """Save, Save As or an export refused as it puts the file in place (the disk full, the
        file locked by another program): one line naming the file; the last file, the work,
        the history, the title bar and the project's name all as they were."""
        if self.ws.briefing is None or self.win.analysis_running():
            return
        what = self.rng.choice(["save", "save_as", "docx", "pdf"])
        if what == "save" and self.ws.project_path is None:
            what = "save_as"
        why = self.rng.choice(
            [(errno.ENOSPC, "No space left on device"), (errno.EACCES, "Permission denied")]
        )
        target = {
            "save": self.ws.project_path,
            "save_as": self.dir / "copy.briefing",
            "docx": self.dir / "locked.docx",
            "pdf": self.dir / "locked.pdf",
        }[what]
        if what in ("docx", "pdf", "save_as") and not target.exists():
            target.write_bytes(b"an earlier file, open in another program\n")
        self.win.sync_briefing()
        if what in ("save", "save_as"):
            self.ws.modified = True  # (something to save)
            self.win.update_title()
        kept = target.read_bytes()
        folder = {p.name for p in self.dir.iterdir()}
        stack = self.win.undo_stack
        window = (
            _state(self.ws),
            (stack.index(), stack.count(), stack.undoText()),
            self.win.windowTitle(),
            self.win.isWindowModified(),
            self.ws.project_path,
        )
        errors = len(self.win.prompter.errors)
        self.win.prompter.project_path = str(target)
        self.win.prompter.export_target = str(target)
        real_replace = os.replace

        def refuse(src, dst, *args, **kwargs):
            if os.fspath(dst) == os.fspath(target):
                raise OSError(why[0], why[1], os.fspath(dst))
            return real_replace(src, dst, *args, **kwargs)

        with self.monkeypatch.context() as m:
            m.setattr(os, "replace", refuse)
            if what == "save":
                from briefing_app.store import rows

                real = rows.write_changes

                def write_then_fail(conn, tables):
                    real(conn, tables)
                    raise OSError(*why)

                m.setattr(rows, "write_changes", write_then_fail)
            self.read()
            if what == "save":
                press(self.qtbot, Qt.Key.Key_S, CTRL)
            elif what == "save_as":
                self.win.actions.save_as.trigger()
            else:
                press(self.qtbot, Qt.Key.Key_E, CTRL | SHIFT if what == "pdf" else CTRL)
            self.qtbot.waitUntil(lambda: len(self.win.prompter.errors) > errors, timeout=60_000)
            self.win.files.wait_for_save()
            self.idle()
        new = self.win.prompter.errors[errors:]
        assert len(new) == 1 and target.name in new[0] and "\n" not in new[0], new
        assert target.read_bytes() == kept, f"the refused {what} changed {target.name}"
        left = {p.name for p in self.dir.iterdir()} - folder - {"settings.ini"}
        assert not left, f"left beside {target.name}: {left}"
        self.win.sync_briefing()
        now = (
            _state(self.ws),
            (stack.index(), stack.count(), stack.undoText()),
            self.win.windowTitle(),
            self.win.isWindowModified(),
            self.ws.project_path,
        )
        labels = ("the work", "the history", "the title bar", "the unsaved mark", "the project")
        for label, a, b in zip(labels, now, window, strict=True):
            assert not (found := first_difference(a, b)), (
                f"a refused {what} changed {label}: {found}"
            )
        self.undo_name = ""

    # -- an annotation kept on its words -----------------------------------------------------
    def note_then_move(self) -> None:
        """A passage highlighted and commented, then F5 or its source removed and brought back
        with Ctrl+Z: the note is on the same words, with its comment, drawn in the pane."""
        if not self.ws.sources or self.win.analysis_running():
            return
        src = self.rng.choice(self.ws.sources)
        self.win.sources.show_source(src.id)
        words = re.findall(r"[A-Z][a-z]{3,}(?: [a-z]{3,})?", src.text)
        if not words:
            return
        start, end = select_text(self.win, self.rng.choice(words))
        self.notes += 1
        text = f"Kept note {self.notes}."
        self.win.annotate.ask = lambda d, tags, focus: dataclasses.replace(d, comment=text)
        press(self.qtbot, Qt.Key.Key_M, CTRL | SHIFT)
        note = next((a for a in self.ws.annotations if a.comment == text), None)
        assert note is not None, "the comment was not made"
        if self.rng.random() < 0.5 or len(self.ws.sources) < 2:
            self.read()
            press(self.qtbot, Qt.Key.Key_F5)
        else:
            self.win.sources.remove_requested.emit(src.id)
            self.idle()
            assert all(a.id != note.id for a in self.ws.annotations), "the note outlived it"
            self.read()
            press(self.qtbot, Qt.Key.Key_Z, CTRL)
        self.idle()
        again = next((a for a in self.ws.annotations if a.id == note.id), None)
        assert again is not None, "the note is gone"
        assert (again.start, again.end, again.comment) == (start, end, text), again
        assert self.ws.source(src.id).text[start:end] == again.quote
        self.win.sources.show_source(src.id)  # (check_highlights then sees it drawn)
        self.undo_name = ""

    # -- a dozen sources ----------------------------------------------------------------------
    def many_sources(self) -> None:
        """Eleven reports opened at once (a dozen sources or more): every one listed, told
        apart, read when its row is chosen, in the briefing's Sources list and the DOCX's, and
        the next steps (reading one, highlighting, hiding an actor) each quick."""
        paths = []
        for i in range(len(TOWNS)):
            path = self.dir / "towns" / f"town_{i:02d}.txt"
            path.parent.mkdir(exist_ok=True)
            if not path.exists():
                path.write_text(town_text(i), encoding="utf-8")
            paths.append(path)
        self.win.open_paths([str(p) for p in paths])
        self.idle()
        listed = self.win.sources.list
        assert listed.count() == len(self.ws.sources) >= len(TOWNS)
        names = list_names(self.ws.sources)
        assert len(set(names.values())) == len(names), "two sources listed alike"
        timings = {}
        row = self.rng.randrange(listed.count())
        begun = time.perf_counter()
        listed.setFocus()
        listed.setCurrentRow(row)
        self.qtbot.wait(1)
        timings["read another source"] = time.perf_counter() - begun
        src = self.ws.sources[row]
        assert self.win.sources.view.source.id == src.id, "the pane reads another source"
        words = re.findall(r"[A-Z][a-z]{3,}", src.text)
        if words:
            select_text(self.win, self.rng.choice(words))
            begun = time.perf_counter()
            press(self.qtbot, Qt.Key.Key_H, CTRL | SHIFT)
            timings["highlight"] = time.perf_counter() - begun
        actors = [a for a in (self.ws.analysis.actors if self.ws.analysis else []) if not a.hidden]
        if actors:
            begun = time.perf_counter()
            self._menu(self.rng.choice(actors), "&Hide from Briefing")
            self.idle()
            timings["hide an actor"] = time.perf_counter() - begun
        slow = {k: round(v, 2) for k, v in timings.items() if v > STEP_LIMIT}
        assert not slow, f"with {len(self.ws.sources)} sources: {slow}"
        if self.ws.briefing is None:
            return
        target = self.dir / "many.docx"
        self.win.prompter.exported_paths = []
        self.win.prompter.export_target = str(target)
        self.read()
        press(self.qtbot, Qt.Key.Key_E, CTRL)
        self.qtbot.waitUntil(lambda: bool(self.win.prompter.exported_paths), timeout=60_000)
        self.win.sync_briefing()
        entries = [
            p.text for p in Document(str(target)).paragraphs if p.style.name == "Source Entry"
        ]
        cited = self.ws.briefing.citations
        assert len(entries) == len(cited), (
            f"{len(entries)} DOCX Sources entries, {len(cited)} cited"
        )
        for c, entry in zip(cited, entries, strict=True):
            assert entry.startswith(f"{c.number}."), (c.number, entry)
        self.undo_name = ""

    # -- key points copied --------------------------------------------------------------------
    def copy_points(self) -> None:
        """Ctrl+A, Ctrl+C in Key points: the clipboard has its lines as shown, each with its
        citation markers, then the Sources entries of exactly the sources they cite, and
        every marker numbers a source of the briefing's Sources list."""
        if self.ws.briefing is None:
            return
        section = next((s for s in self.ws.briefing.sections if s.fill == "key_points"), None)
        edit = self.win.editor.editor(section.id) if section else None
        if not isinstance(edit, SectionEdit) or not edit.toPlainText().strip():
            return
        edit.setFocus()
        press(self.qtbot, Qt.Key.Key_A, CTRL)
        press(self.qtbot, Qt.Key.Key_C, CTRL)
        copied = QApplication.clipboard().text()
        body, _, listing = copied.partition("\n\nSources\n")
        assert body.split() == edit.toPlainText().split(), "the copy is not the lines shown"
        cited = set(re.findall(r"\[(\d+)\]", body))
        listed = {line.split(".", 1)[0] for line in listing.splitlines() if line.strip()}
        assert listed == cited, f"the copy lists sources {listed}, its markers cite {cited}"
        self.win.sync_briefing()
        numbers = {c.number for c in self.ws.briefing.citations}
        for block in self.ws.briefing.section(section.id).blocks:
            for n in re.findall(r"\[(\d+)\]", block.text):
                assert int(n) in numbers, f"[{n}] numbers no source of the briefing"
        self.undo_name = ""

    # -- Shift+Tab back through the page --------------------------------------------------------
    def backtab_walk(self) -> None:
        """From the Sources list, Shift+Tab (Ctrl+Shift+Tab where it takes a bullet out) walks
        back up the page to the Title; the words do not change on the way."""
        if self.ws.briefing is None:
            return
        self.win.sync_briefing()
        before = {s.id: [b.text for b in s.blocks] for s in self.ws.briefing.sections}
        self.win.sources.list.setFocus()
        seen = [QApplication.focusWidget()]
        for _ in range(80):
            was = seen[-1]
            text = was.toPlainText() if isinstance(was, SectionEdit) else None
            press(self.qtbot, Qt.Key.Key_Backtab, SHIFT)
            focus = QApplication.focusWidget()
            if focus is was and isinstance(was, SectionEdit):  # a bullet taken out: undo it
                if was.toPlainText() != text:
                    press(self.qtbot, Qt.Key.Key_Z, CTRL)
                press(self.qtbot, Qt.Key.Key_Backtab, CTRL | SHIFT)
                focus = QApplication.focusWidget()
            seen.append(focus)
            if focus is self.win.editor.title:
                break
        names = [w.accessibleName() if w is not None else None for w in seen]
        assert seen[-1] is self.win.editor.title, f"Shift+Tab never reached the Title: {names}"
        self.win.sync_briefing()
        after = {s.id: [b.text for b in s.blocks] for s in self.ws.briefing.sections}
        assert after == before, "walking back with Shift+Tab changed the words"
        self.undo_name = ""

    KEY_OPS = (
        "keys_here", "keys_here", "keys_here", "names_everywhere", "open_mixed", "open_mixed",
        "refused_keeps_window", "refused_keeps_window", "refused_keeps_window",
        "note_then_move", "note_then_move", "many_sources", "copy_points", "backtab_walk",
    )  # fmt: skip
