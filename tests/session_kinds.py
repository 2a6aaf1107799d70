"""More of an analyst's day for tests/test_ui_session_views.py: sources of every kind opened
mid-session (a saved web page with its navigation, a PDF, a Word document with a table, Markdown
with a pipe table, a Latin-1 text file, a bad file among them), their tables read as tables,
the trace from auto-filled lines (key points, background, actors, timeline rows) to their exact
passage with F4, Ctrl+click or a click on a row, after a source is removed and brought back,
after a re-analysis and after an edit of the line; tags renamed or dropped from the Annotations
panel; an actor edited and the export read back (its row, its type), then undone; keyboard only:
Tab reaches every panel, Ctrl+A acts on the widget with the keyboard.

Each step is done as a user does it and checks what the user would then look at.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QApplication
from session_analyst import CTRL, TAGS, first_difference
from test_ui_integrity import press, type_text
from test_ui_session_random import _state

from briefing_app.ui.annotations.annotations_panel import ANNOTATION_ROLE
from briefing_app.ui.briefing.section_edit import SectionEdit
from briefing_app.ui.briefing.table_edit import TableEdit
from briefing_app.ui.sources.highlighter import Offsets
from briefing_app.ui.widgets import theme

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
STOCKS = (
    "# Pump stocks in Veldmark\n\nThe Water Board listed its pumps in Veldmark on 7 March "
    "2025.\n\n| Town | Pumps |\n|---|---|\n| Veldmark | 12 |\n| Ostwall | 4 |\n\nMinister Clara "
    "Voss said more pumps would come.\n"
)
CAFE = (
    "The café owner François Müller said the square in Veldmark flooded on 4 March 2025. "
    "Müller told the Red Cross that the crèche had closed."
)
KINDS = ("news_page.html", "water.docx", "water.pdf", "stocks.md", "cafe.txt")
NAV = ("Skip to main content", "Accept all cookies", "We use cookies")
LINE_FILLS = ("key_points", "background", "summary")  # lines drawn from one or two sentences
WORD = re.compile(r"[^\W\d_]{4,}")


def words_of(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text)}


def loaded_evidence(ws, evidence) -> list:
    return [e for e in evidence if ws.source(e.source) is not None]


def check_traces(window) -> None:
    """Every auto-filled line's passages are in their sources and say what the line says: an
    actor's row points at a mention of that actor, a timeline row at its date in its event's
    sentence, a key point at the sentence it came from."""
    ws = window.ws
    window.sync_briefing()
    if ws.briefing is None:
        return
    actors = {a.name: a for a in (ws.analysis.actors if ws.analysis else [])}
    for section in ws.briefing.sections:
        for block in section.blocks:
            found = loaded_evidence(ws, block.evidence)
            for ev in found:
                text = ws.source(ev.source).text
                assert 0 <= ev.start < ev.end <= len(text), (block.text[:40], ev)
            if not found or block.origin != "auto":
                continue
            passages = [ws.source(e.source).text[e.start : e.end] for e in found]
            if section.fill == "actors" and block.cells and block.cells[0] in actors:
                actor = actors[block.cells[0]]
                names = {" ".join(x.split()).casefold() for x in (actor.name, *actor.aliases)}
                bad = [  # (a mention, or a passage naming the actor: a split alias keeps
                    p  # the mentions and sentences that name it in full, analysis/curation.py)
                    for p in passages
                    if not any(n in " ".join(p.split()).casefold() for n in names)
                ]
                assert not bad, f"{actor.name}'s row points at {bad[0]!r}, not a mention"
            elif section.fill == "dates" and len(block.cells) > 2:  # a timeline row: its
                event = " ".join(block.cells[2].split())  # date said in its event's sentence
                bad = [p for p in passages if " ".join(p.split()) not in event]
                assert not bad, f"the timeline row {event[:50]!r} points at {bad[0]!r}"
            elif section.fill in LINE_FILLS and section.kind != "table":
                line = words_of(block.text)
                said = words_of(" ".join(passages))
                assert len(line & said) >= 0.6 * len(line), (
                    f"{block.text[:60]!r} points at {passages[0][:60]!r}"
                )


def table_bands(view) -> tuple[set[int], set[int]]:
    """Document blocks drawn as table rows (tinted) and those drawn bold, by block number."""
    tint = theme.pick(theme.TABLE_ROW).name()
    tinted, bold = set(), set()
    block = view.text.document().begin()
    while block.isValid():
        brush = block.blockFormat().background()
        if brush.style() != Qt.BrushStyle.NoBrush and brush.color().name() == tint:
            tinted.add(block.blockNumber())
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        if block.length() > 1 and cursor.charFormat().fontWeight() >= QFont.Weight.Bold:
            bold.add(block.blockNumber())
        block = block.next()
    return tinted, bold


def _span(editor) -> tuple[int, int]:
    cursor = editor.textCursor()
    return cursor.anchor(), cursor.position()


class KindsAnalyst:
    """Steps mixed into the test's Analyst (it gives qtbot, win, dir, rng, monkeypatch…)."""

    # -- sources of every kind -------------------------------------------------------------
    def _kind_path(self, name: str) -> Path:
        path = self.dir / name
        if not path.exists():
            if name == "stocks.md":
                path.write_text(STOCKS, encoding="utf-8")
            elif name == "cafe.txt":
                path.write_bytes(CAFE.encode("latin-1"))
            else:
                shutil.copy(FIXTURES / name, path)
        return path

    def open_kinds(self) -> None:
        """File ▸ Open Sources with files of other kinds (and sometimes a bad one): each good
        one is listed and reads as it should, the bad one is one line in Problems."""
        chosen = self.rng.sample(KINDS, self.rng.randint(1, 3))
        paths = [str(self._kind_path(n)) for n in chosen]
        bad = None
        if self.rng.random() < 0.3:
            bad = self.dir / "broken.pdf"  # (written by the analyst's setup)
            paths.insert(self.rng.randrange(len(paths) + 1), str(bad))
        errors = len(self.win.prompter.errors)
        self.win.prompter.sources = paths
        self.win.actions.open_sources.trigger()
        self.idle()
        for name in chosen:
            src = next((s for s in self.ws.sources if Path(s.path).name == name), None)
            assert src is not None, f"{name} is not listed after Open"
            text = src.text
            if name == "news_page.html":
                assert not [n for n in NAV if n in text], "the page's navigation is read"
                assert "Tokayev" in text
            elif name == "cafe.txt":
                assert "café" in text and "François Müller" in text and "\ufffd" not in text
            elif name == "water.pdf":
                assert "Tashkent" in text
            else:  # the Word table and the Markdown pipe table are tables
                assert src.tables, f"{name}'s table is not kept as a table"
                assert "|---" not in text
                self.win.sources.show_source(src.id)
                self.check_tables_drawn()
        if bad is not None:
            lines = [line for line in self.win.problems.lines() if line.startswith(bad.name)]
            assert len(lines) == 1 and "\n" not in lines[0], lines
        assert len(self.win.prompter.errors) == errors, "a dialog for a file that failed"
        self.undo_name = ""

    def check_tables_drawn(self) -> None:
        """The source shown reads its tables as tables: every row in one band, the first
        bold; no band elsewhere."""
        view = self.win.sources.view
        src = view.source
        doc = Offsets(src.text).to_doc
        document = view.text.document()
        want, heads = set(), set()
        for table in src.tables:
            first = document.findBlock(doc(table.start)).blockNumber()
            last = document.findBlock(doc(max(table.start, table.end - 1))).blockNumber()
            want |= set(range(first, last + 1))
            heads.add(first)
        tinted, bold = table_bands(view)
        assert tinted == want, f"table rows drawn {sorted(tinted)}, the tables {sorted(want)}"
        assert heads <= bold, "a table's first row is not bold"

    # -- the trace from a line to its passage ----------------------------------------------
    def _traced_lines(self) -> list[tuple[str, int]]:
        """(section id, block index) of the lines whose passage is in a loaded source."""
        self.win.sync_briefing()
        out = []
        for s in self.ws.briefing.sections:
            editor = self.win.editor.editor(s.id)
            if not isinstance(editor, SectionEdit | TableEdit) or not editor.isVisible():
                continue
            for i, b in enumerate(s.blocks):
                if loaded_evidence(self.ws, b.evidence) and (b.cells or b.text.strip()):
                    out.append((s.id, i))
        return out

    def trace(self) -> None:
        """A line's passage: F4 with the cursor on it, Ctrl+click on it, or a click on a
        table's row. The source opens with exactly that passage selected."""
        if self.ws.briefing is None:
            return
        lines = self._traced_lines()
        if not lines:
            return
        section_id, index = self.rng.choice(lines)
        editor = self.win.editor.editor(section_id)
        how = self.rng.choice(["f4", "click"])
        if isinstance(editor, TableEdit):
            row = index  # (a table section's blocks are its rows)
            evidence = editor.row_evidence(row)
            editor.scrollToItem(editor.item(row, 0))
            if how == "f4":
                editor.setFocus()
                editor.setCurrentCell(row, 0)
                press(self.qtbot, Qt.Key.Key_F4)
            else:
                where = editor.visualItemRect(editor.item(row, 0)).center()
                self.qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=where)
        else:
            qblock = editor.document().findBlockByNumber(index)
            cursor = QTextCursor(qblock)
            cursor.movePosition(QTextCursor.MoveOperation.NextWord)
            editor.setFocus()
            editor.setTextCursor(cursor)
            evidence = editor.current_evidence()
            if how == "f4" or editor.citation_at(editor.cursorRect(cursor).center()):
                press(self.qtbot, Qt.Key.Key_F4)
            else:
                where = editor.cursorRect(cursor).center()
                self.qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, CTRL, where)
        first = loaded_evidence(self.ws, evidence)
        assert first, "the line's passage is not in a loaded source"
        ev = first[0]
        view = self.win.sources.view
        assert view.source is not None and view.source.id == ev.source, (
            f"{how}: the reading pane shows {view.source.display_name if view.source else None}"
        )
        assert view.selected_span() == (ev.start, ev.end), (
            f"{how}: selected {view.selected_span()}, the passage is {(ev.start, ev.end)}"
        )
        check_traces(self.win)
        self.undo_name = ""

    def trace_after(self) -> None:
        """A source removed and brought back, a re-analysis or an edit of a line; then the
        passages of every line are still right and one is opened."""
        then = self.rng.choice(["remove_and_undo", "refresh", "edit_auto_line", "open_kinds"])
        getattr(self, then)()
        self.idle()
        check_traces(self.win)
        self.trace()

    # -- tags renamed or dropped -----------------------------------------------------------
    def retag(self) -> None:
        """A tag renamed (or dropped) on every annotation that has it, one Edit each from the
        Annotations panel; the tag filter follows, the notes stay."""
        panel = self.win.annotate.panel
        tags = panel.known_tags()
        if not tags:
            return
        self.win.annotate.dock.show()
        self.win.annotate.dock.raise_()
        old = self.rng.choice(tags)
        new = self.rng.choice([None, *(t for t in [*TAGS, "checked"] if t != old)])
        # the list filtered on the tag being renamed, or showing all
        panel.tag_box.setCurrentIndex(panel.tag_box.findData(old) if self.rng.random() < 0.5 else 0)
        comments = {(a.source, a.start, a.end): a.comment for a in self.ws.annotations}
        for ann in [a for a in self.ws.annotations if old in a.tags]:
            rows = [r for r in range(panel.proxy.rowCount())
                    if panel.proxy.index(r, 0).data(ANNOTATION_ROLE).id == ann.id]  # fmt: skip
            assert rows, "an annotation with the tag is not in the list"
            index = panel.proxy.index(rows[0], 1)
            panel.view.scrollTo(index)
            where = panel.view.visualRect(index).center()
            self.qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
            assert [a.id for a in panel.selected()] == [ann.id], "a click selects another row"
            tags_now = sorted({*(t for t in ann.tags if t != old), *([new] if new else [])})
            panel.ask_edit = lambda a, known, t=tags_now: dataclasses.replace(a, tags=t)
            self.qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
            self.idle()
            assert self.win.undo_stack.undoText().startswith("Edit annotation")
        assert old not in panel.known_tags()
        assert panel.tag_box.findData(old) < 0, f"the tag filter still offers {old!r}"
        if new:
            assert panel.tag_box.findData(new) >= 0, f"the tag filter does not offer {new!r}"
        now = {(a.source, a.start, a.end): a.comment for a in self.ws.annotations}
        assert now == comments, "renaming a tag changed a note"
        self.undo_name = ""

    # -- an actor edited, exported, undone -------------------------------------------------
    def _exported_actors(self) -> list[tuple[str, str]]:
        target = self.dir / "actors.docx"
        self.win.prompter.exported_paths = []
        self.win.prompter.export_target = str(target)
        self.read()
        press(self.qtbot, Qt.Key.Key_E, CTRL)
        self.qtbot.waitUntil(lambda: bool(self.win.prompter.exported_paths), timeout=60_000)
        table = next(
            (t for t in Document(str(target)).tables if t.rows[0].cells[0].text == "Name"), None
        )
        return [(r.cells[0].text, r.cells[1].text) for r in table.rows[1:]] if table else []

    def _editor_actors(self) -> list[tuple[str, str]]:
        self.win.sync_briefing()
        section = next((s for s in self.ws.briefing.sections if s.fill == "actors"), None)
        blocks = section.blocks if section else []
        return [(b.cells[0], b.cells[1]) for b in blocks if b.cells and len(b.cells) > 1]

    def actor_edit_export(self) -> None:
        """Rename, retype, merge, split or hide an actor; the DOCX's Actors table is the
        editor's (names and types); Ctrl+Z; exported again, the table is as before."""
        if self.ws.briefing is None or self.ws.analysis is None:
            return
        if not any(s.fill == "actors" for s in self.ws.briefing.sections):
            return
        self.idle()
        before = self._exported_actors()
        assert before == self._editor_actors(), ("the DOCX's Actors table", before)
        stack = self.win.undo_stack.index()
        op = self.rng.choice(["rename", "retype", "merge", "split", "hide"])
        getattr(self, op)()
        self.idle()
        if self.win.undo_stack.index() == stack:
            return
        after = self._exported_actors()
        assert after == self._editor_actors(), ("the DOCX's Actors table after", after)
        visible = {a.name: a for a in self.ws.analysis.actors if not a.hidden}
        kinds = {"person": "Person", "organization": "Organisation", "place": "Place"}
        for name, kind in after:
            if name in visible and visible[name].type in kinds:
                assert kind == kinds[visible[name].type], f"{name} exported as {kind}"
        self.read()
        press(self.qtbot, Qt.Key.Key_Z, CTRL)
        self.idle()
        again = self._exported_actors()
        assert again == before, (
            f"Ctrl+Z after {self.win.undo_stack.redoText()!r} did not bring the Actors table "
            f"back: {before} -> {after} -> {again}"
        )
        self.undo_name = ""

    # -- another project over unsaved work -----------------------------------------------
    def open_over_unsaved(self, path: Path) -> tuple[bool, str, dict]:
        """Ctrl+O on ``path`` with the answer to "save the changes?" drawn at random: whether
        there was unsaved work, the answer, and the work as it was before. The question is
        asked exactly when there was unsaved work."""
        self.win.sync_briefing()
        unsaved = self.ws.modified
        answer = self.rng.choice(["save", "discard", "cancel"])
        self.win.prompter.save_answer = answer
        self.win.prompter.project_path = str(path)
        asked = len(self.win.prompter.asked)
        before = _state(self.ws)
        self.read()
        press(self.qtbot, Qt.Key.Key_O, CTRL)
        self.idle()
        self.win.files.wait_for_save()
        self.idle()
        assert (len(self.win.prompter.asked) > asked) == unsaved, "the question (not) asked"
        return unsaved, answer, before

    def open_other_project(self) -> None:
        """Ctrl+O on another project with the work unsaved: Cancel keeps everything; Save
        keeps it in its file, Discard drops it; the other project opens as it was saved. Then
        back to the project with Ctrl+O."""
        if self.saved is None or self.ws.project_path != self.project:
            return
        other = self.dir / "other.briefing"
        if not other.exists():
            shutil.copy(self.project, other)
            self.other_state = self.saved
        unsaved, answer, before = self.open_over_unsaved(other)
        if unsaved and answer == "cancel":
            assert not self.same_work(before), "Cancel lost the unsaved work"
            assert self.ws.project_path == self.project and self.win.isWindowModified()
            self.undo_name = ""
            return
        if unsaved and answer == "save":
            self.saved = before
        found = first_difference(_state(self.ws), self.other_state)
        assert not found, f"the other project is not as it was saved: {found}"
        assert self.win.windowTitle().startswith("other.briefing"), self.win.windowTitle()
        assert not self.win.isWindowModified() and not self.win.undo_stack.canUndo()
        self.win.prompter.project_path = str(self.project)
        self.read()
        press(self.qtbot, Qt.Key.Key_O, CTRL)
        self.idle()
        found = first_difference(_state(self.ws), self.saved)
        assert not found, f"back in the project, it is not as saved: {found}"
        self.undo_name = ""

    # -- keyboard only ---------------------------------------------------------------------
    def tab_panels(self) -> None:
        """From the Sources list, Tab goes round the window and reaches the Actors list, the
        source text, the briefing's title and every section; the words do not change."""
        if self.ws.briefing is None:
            return
        self.win.sync_briefing()
        before = {s.id: [b.text for b in s.blocks] for s in self.ws.briefing.sections}
        self.win.sources.list.setFocus()
        seen = []
        for _ in range(200):
            was = QApplication.focusWidget()
            text = was.toPlainText() if isinstance(was, SectionEdit) else None
            press(self.qtbot, Qt.Key.Key_Tab)
            focus = QApplication.focusWidget()
            if focus is was and isinstance(was, SectionEdit | TableEdit):  # Tab nested a
                if text is not None and was.toPlainText() != text:  # bullet (undo it) or went
                    press(self.qtbot, Qt.Key.Key_Z, CTRL)  # to the next cell: Ctrl+Tab
                press(self.qtbot, Qt.Key.Key_Tab, CTRL)  # moves on
                focus = QApplication.focusWidget()
            seen.append(focus)
            if focus is self.win.sources.list:
                break
        want = {"Actors": self.win.actors.tree, "Source text": self.win.sources.view.text}
        want["Title"] = self.win.editor.title
        for s in self.ws.briefing.sections:
            editor = self.win.editor.editor(s.id)
            if editor is not None and editor.isVisible() and editor.isEnabled():
                want[s.heading] = editor
        names = [w.accessibleName() if w is not None else None for w in seen]
        missed = [
            name
            for name, widget in want.items()
            if widget.isVisible() and not any(w is widget or widget.isAncestorOf(w) for w in seen)
        ]
        assert not missed, f"Tab never reaches {missed}: {names}"
        self.win.sync_briefing()
        after = {s.id: [b.text for b in s.blocks] for s in self.ws.briefing.sections}
        assert after == before, "going round with Tab changed the words"
        self.undo_name = ""

    def select_all_here(self) -> None:
        """Ctrl+A selects all of the widget with the keyboard, nothing else: the source being
        read, or a section of the briefing; typing is not involved."""
        if self.ws.briefing is None or self.win.sources.view.source is None:
            return
        self.win.sync_briefing()
        before = {s.id: [b.text for b in s.blocks] for s in self.ws.briefing.sections}
        if self.rng.random() < 0.5:
            self.read()
            press(self.qtbot, Qt.Key.Key_A, CTRL)
            text = self.win.sources.view.source.text
            assert self.win.sources.view.selected_span() == (0, len(text))
        else:
            editors = [e for e in self.win.editor.text_editors() if e.isVisible()]
            editor = self.rng.choice(editors)
            spans = {e: _span(e) for e in editors}
            editor.setFocus()
            for _ in range(self.rng.randint(1, 2)):  # (twice: all is already selected)
                press(self.qtbot, Qt.Key.Key_A, CTRL)
            assert editor.textCursor().selectedText().replace("\u2029", "\n") == (
                editor.toPlainText()
            )
            others = [e for e in editors if e is not editor and _span(e) != spans[e]]
            assert not others, "Ctrl+A selected in another section too"
            type_text(self.qtbot, "")  # (nothing typed over it)
        self.win.sync_briefing()
        after = {s.id: [b.text for b in s.blocks] for s in self.ws.briefing.sections}
        moved = [k for k in before if before[k] != after.get(k)]
        assert not moved, f"Ctrl+A changed the words of {moved}: {after[moved[0]]!r}"
        self.undo_name = ""

    def undo_in_field(self) -> None:
        """Words typed in the Title, the Author or a section, then Ctrl+Z there: the box
        takes them back; the window's history (sources, annotations, actors) is as it was."""
        if self.ws.briefing is None:
            return
        editor = self.win.editor
        fields = [editor.title, editor.author]
        fields += [e for e in editor.text_editors() if e.isVisible()]
        box = self.rng.choice(fields)
        box.setFocus()
        text = box.toPlainText() if hasattr(box, "toPlainText") else box.text()
        annotations = [a.to_dict() for a in self.ws.annotations]
        sources = [s.id for s in self.ws.sources]
        press(self.qtbot, Qt.Key.Key_End, CTRL)
        type_text(self.qtbot, " Xq")
        press(self.qtbot, Qt.Key.Key_Z, CTRL)
        now = box.toPlainText() if hasattr(box, "toPlainText") else box.text()
        assert " Xq" not in now, f"Ctrl+Z in {box.accessibleName()} left the words typed: {now!r}"
        # (Qt merges typing at the same place into one step: words typed there in an earlier
        # step may go too, never other words)
        assert text.startswith(now.rstrip()), (box.accessibleName(), text, now)
        assert [a.to_dict() for a in self.ws.annotations] == annotations
        assert [s.id for s in self.ws.sources] == sources
        self.undo_name = ""

    KIND_OPS = (
        "open_kinds", "open_kinds", "trace", "trace", "trace", "trace_after", "trace_after",
        "retag", "actor_edit_export", "actor_edit_export", "tab_panels", "select_all_here",
        "open_other_project", "open_other_project", "save", "undo_in_field", "undo_in_field",
    )  # fmt: skip
