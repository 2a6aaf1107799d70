"""More of an analyst's day for tests/test_ui_session_views.py (the fifteenth round): rows of
the Actors table typed over and then an actor hidden and shown again, or the sources
re-analysed (F5): the rows keep their order; a very long source whose passage far down is
traced (the reading pane scrolls it into view); a source removed while its passage is shown
and one of its notes is selected (the pane and the list let it go; Ctrl+Z brings them back);
two sources with the same title (both listed, told apart); the window made small (1024x640)
and large (every panel inside the window, the briefing keeps room).

Each step is done as a user does it and checks what the user would then look at.
"""

from __future__ import annotations

from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QDockWidget
from session_analyst import CTRL, SHIFT, first_difference
from session_day import MARKER, day_state, squeeze, without_records
from test_ui_integrity import press, type_text
from test_ui_window import wait_idle

from briefing_app.ui.annotations.annotations_panel import ANNOTATION_ROLE
from briefing_app.ui.sources.sources_panel import ID_ROLE
from briefing_app.workspace import tradecraft

LONG_NEEDLE = "Engineer Piet Vandersloot said the Lowmoor sluice gate failed on 9 March 2025."
FILLER = (
    "The river gauges along the valley were read every hour by volunteers who wrote the "
    "levels on boards outside the town halls. "
)


def long_text() -> str:
    """A long report: a hundred and fifty paragraphs of filler, the one sentence with an
    actor and a date far down."""
    paras = [f"Paragraph {i}. " + FILLER * 3 for i in range(150)]
    paras.insert(140, LONG_NEEDLE)
    return "Sluice gate report\n\n" + "\n\n".join(paras) + "\n"


class RowsAnalyst:
    """Steps mixed into the test's Analyst (it gives qtbot, win, dir, rng, monkeypatch…)."""

    def _actor_rows(self) -> list[str]:
        self.win.sync_briefing()
        if self.ws.briefing is None:
            return []
        section = next((s for s in self.ws.briefing.sections if s.fill == "actors"), None)
        return [b.cells[0] for b in section.blocks if b.cells] if section else []

    def _actors_table(self):
        section = next((s for s in self.ws.briefing.sections if s.fill == "actors"), None)
        return self.win.editor.editor(section.id) if section else None

    def _type_over_rows(self) -> None:
        """F2 on one or two rows of the Actors table and a few words typed."""
        table = self._actors_table()
        if table is None or table.rowCount() < 2:
            return
        for row in self.rng.sample(range(table.rowCount()), min(2, table.rowCount())):
            table.setFocus()
            table.setCurrentCell(row, 0)
            press(self.qtbot, Qt.Key.Key_F2)
            press(self.qtbot, Qt.Key.Key_End)
            type_text(self.qtbot, " (seen)")
            press(self.qtbot, Qt.Key.Key_Return)
        self.idle()

    # -- rows typed over, then an actor hidden and shown again, or F5 ----------------------
    def hide_show_rows(self) -> None:
        """Rows typed over; an actor hidden, then shown again from the Actors panel's menu:
        every row is back where it was."""
        if self.ws.briefing is None or self.ws.analysis is None or self.win.analysis_running():
            return
        self._type_over_rows()
        before = self._actor_rows()
        shown = [a for a in self.ws.analysis.actors if not a.hidden]
        rows = [a for a in shown if a.name in before]
        if not rows:
            return
        actor = self.rng.choice(rows)
        self._menu(actor, "&Hide from Briefing")
        self.idle()
        assert actor.name not in self._actor_rows(), f"{actor.name}'s row is still shown"
        actor = next(a for a in self.ws.analysis.actors if a.id == actor.id)
        self._menu(actor, "S&how in Briefing")
        self.idle()
        after = self._actor_rows()  # (it comes back below the row ranked above it: where it
        others = [r for r in after if r != actor.name]  # was, unless rows moved since)
        assert sorted(after) == sorted(before), f"rows changed: {before} -> {after}"
        assert others == [r for r in before if r != actor.name], f"{before} -> {after}"
        self.undo_name = f"Show {actor.name}"

    def reanalyse_rows(self) -> None:
        """Rows typed over, then F5: the rows shown before keep their order."""
        if self.ws.briefing is None or self.win.analysis_running():
            return
        if self.rng.random() < 0.7:
            self._type_over_rows()
        before = self._actor_rows()
        self.refresh()
        self.idle()
        after = self._actor_rows()
        kept = [r for r in after if r in before]
        assert kept == [r for r in before if r in after], f"F5 moved rows: {before} -> {after}"
        self.undo_name = ""

    # -- a long source, its passage far down -------------------------------------------
    def long_source_trace(self) -> None:
        """A long report opened; its far-down sentence's actor row traced: the reading pane
        shows the passage, scrolled into view."""
        path = self.dir / "sluice.txt"
        if not path.exists():
            path.write_text(long_text(), encoding="utf-8")
        self.win.open_paths([str(path)])
        self.idle()
        if self.ws.briefing is None:
            return
        table = self._actors_table()
        if table is None:
            return
        src = next((s for s in self.ws.sources if "Piet Vandersloot" in s.text), None)
        assert src is not None, "the long report is not listed"
        row = next(
            (
                r
                for r in range(table.rowCount())
                if "Vandersloot" in (table.item(r, 0).text() or "")
            ),
            None,
        )
        if row is None:  # (hidden, or the analyst typed over it)
            return
        evidence = [e for e in table.row_evidence(row) if e.source == src.id]
        if not evidence:
            return
        table.scrollToItem(table.item(row, 0))
        table.setFocus()
        table.setCurrentCell(row, 0)
        press(self.qtbot, Qt.Key.Key_F4)
        self.qtbot.wait(50)
        view = self.win.sources.view
        assert view.source is not None and view.source.id == src.id
        start, end = view.selected_span()
        assert "Vandersloot" in view.source.text[start:end]
        rect = view.text.cursorRect()
        assert view.text.viewport().rect().intersects(rect), (
            f"the passage is off screen: cursor at {rect}, pane {view.text.viewport().rect()}"
        )
        self.undo_name = ""

    # -- a source removed while it is shown ---------------------------------------------
    def remove_shown(self) -> None:
        """A source's note selected in the Annotations panel and its passage in the reading
        pane; the source removed: neither shows it any more; Ctrl+Z brings both back."""
        if len(self.ws.sources) < 2:
            return
        notes = [a for a in self.ws.annotations if self.ws.source(a.source) is not None]
        src = self.ws.source(self.rng.choice(notes).source) if notes else self.ws.sources[0]
        self.win.sources.show_source(src.id)
        panel = self.win.annotate.panel
        for row in range(panel.view.model().rowCount()):
            ann = panel.view.model().index(row, 0).data(ANNOTATION_ROLE)
            if ann is not None and ann.source == src.id:
                panel.view.setCurrentIndex(panel.view.model().index(row, 0))
                break
        self.win.sources.remove_requested.emit(src.id)
        self.idle()
        view = self.win.sources.view
        assert view.source is None or view.source.id != src.id, "the pane shows a removed source"
        assert src.id not in self.win.sources.source_ids()
        current = panel.view.currentIndex()
        ann = current.data(ANNOTATION_ROLE) if current.isValid() else None
        assert ann is None or ann.source != src.id, "a removed source's note is selected"
        if self.rng.random() < 0.6:
            self.read()
            press(self.qtbot, Qt.Key.Key_Z, CTRL)
            self.idle()
            assert src.id in self.win.sources.source_ids(), "Ctrl+Z did not bring the source back"
        self.undo_name = ""

    # -- two sources with the same title ------------------------------------------------
    def same_title(self) -> None:
        """Two different files whose first line (their title) is the same: both listed, and
        the list tells them apart."""
        folder = self.dir / "copies"
        folder.mkdir(exist_ok=True)
        a, b = folder / "flood_update_a.txt", folder / "flood_update_b.txt"
        a.write_text("Flood update\n\nThe Red Cross opened a shelter in Ostwall.\n", "utf-8")
        b.write_text("Flood update\n\nThe Water Board closed the Lowmoor road.\n", "utf-8")
        self.win.open_paths([str(a), str(b)])
        self.idle()
        mine = [s for s in self.ws.sources if "Lowmoor road" in s.text or "in Ostwall." in s.text]
        assert len(mine) >= 2, "one of two sources with the same title is not listed"
        listed = self.win.sources.list
        labels = {
            listed.item(i).data(ID_ROLE): listed.item(i).text() for i in range(listed.count())
        }
        shown = [labels.get(s.id, "") for s in mine]
        assert len(set(shown)) == len(shown), f"two sources listed alike: {shown}"
        self.undo_name = ""

    # -- the window small and large -----------------------------------------------------
    def resize(self) -> None:
        """The window made small (1024x640) or large: every open panel lies inside it and the
        briefing keeps room to write in."""
        size = self.rng.choice([(1024, 640), (1024, 700), (1600, 1000), (1280, 800)])
        self.win.resize(*size)
        self.qtbot.wait(30)
        inside = QRect(0, 0, self.win.width(), self.win.height())
        for dock in self.win.findChildren(QDockWidget):
            behind = dock.visibleRegion().isEmpty()  # (a tab not chosen: Qt moves it away)
            if dock.isVisible() and not dock.isFloating() and not behind:
                where = QRect(dock.mapTo(self.win, dock.rect().topLeft()), dock.size())
                assert inside.contains(where), f"{dock.windowTitle()} cut off: {where} {size}"
        editor = self.win.editor
        assert editor.isVisible() and editor.width() >= 300, f"briefing {editor.width()} wide"
        self.undo_name = ""

    # -- the window closed without saving (a crash), the work recovered -------------------
    def crash_recover(self) -> None:
        """Autosave writes its copy; the window goes without saving (the process dies); the
        next start offers the copy: Recover brings back the work as it was at the autosave,
        marked unsaved, and the status bar says so."""
        if self.ws.briefing is None or self.win.analysis_running():
            return
        self.write()  # (something unsaved)
        self.idle()
        self.win.sync_briefing()
        state = without_records(day_state(self.ws))
        task = self.win.write_recovery()
        self.idle()
        self.win.files.wait_for_save()
        if task is None or self.win.files.recovery_path is None:
            return
        shown = (self.win.sources.source_ids(), sorted(self.win.actors.names()))
        self.win.files.recovery_path = None  # a crash never gets to clean up its copy
        self.win.prompter.save_answer = "discard"  # (the process is gone: nothing asked)
        self.win.close()
        self.win = self.make_window()
        self.win.prompter.recover_answer = "recover"
        assert self.win.offer_recovery(), "the recovery copy was not offered"
        wait_idle(self.qtbot, self.win)
        self.win.sync_briefing()
        found = first_difference(without_records(day_state(self.ws)), state)
        assert not found, f"the work recovered is not the work autosaved: {found}"
        assert (self.win.sources.source_ids(), sorted(self.win.actors.names())) == shown
        assert self.win.isWindowModified(), "recovered work is not marked unsaved"
        said = self.win.statusBar().currentMessage()
        assert "Recovered" in said, f"the window does not say the work was recovered: {said!r}"
        self.saved = None
        self.undo_name = ""

    # -- a template or marking switched, exported, undone, exported again -----------------
    def _export_docx(self, name: str) -> Document:
        target = self.dir / name
        self.win.prompter.exported_paths = []
        self.win.prompter.export_target = str(target)
        self.read()
        press(self.qtbot, Qt.Key.Key_E, CTRL)
        self.qtbot.waitUntil(lambda: bool(self.win.prompter.exported_paths), timeout=60_000)
        return Document(str(target))

    def _docx_matches(self, docx: Document, when: str) -> None:
        self.win.sync_briefing()
        briefing = self.ws.briefing
        headings = [p.text for p in docx.paragraphs if p.style.name.startswith("Heading")]
        for section in briefing.sections:
            if section.heading and any(b.text.strip() or b.cells for b in section.blocks):
                heading = " ".join(section.heading.split())
                assert heading in headings, f"{when}: {heading!r} not exported: {headings}"
        banner = tradecraft.banner_of(briefing)
        header = " ".join(p.text for p in docx.sections[0].header.paragraphs)
        if banner:
            assert banner in header, f"{when}: the DOCX's header {header!r} lacks {banner!r}"

    def switch_export_undo(self) -> None:
        """A template or marking switched and the note exported; Ctrl+Z and exported again:
        each export is the note the window shows then (sections, banner)."""
        if self.ws.briefing is None or self.win.analysis_running():
            return
        stack = self.win.undo_stack
        start = stack.index()
        getattr(self, self.rng.choice(["switch", "marking"]))()
        self.idle()
        self._docx_matches(self._export_docx("switched.docx"), "after the switch")
        steps = stack.index() - start
        self.read()
        for _ in range(steps):
            press(self.qtbot, Qt.Key.Key_Z, CTRL)
        self.idle()
        self._docx_matches(self._export_docx("undone.docx"), "after Ctrl+Z")
        if self.rng.random() < 0.5:
            for _ in range(steps):
                press(self.qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
            self.idle()
            self._docx_matches(self._export_docx("redone.docx"), "after Ctrl+Shift+Z")
        self.undo_name = ""

    # -- the panes sized by hand, the project saved and reopened in a new window ------------
    def splitter_reopen(self) -> None:
        """The reading pane and the briefing sized by dragging their splitter; the project
        saved, the window closed, the project opened in a new one: the panes as they were."""
        if not self.win.work_built or self.win.analysis_running():
            return
        splitter = self.win.splitter
        total = sum(splitter.sizes())
        if total < 400 or splitter.count() < 2:
            return
        left = self.rng.randint(total // 4, total // 2)
        splitter.setSizes([left, total - left, *splitter.sizes()[2:]])
        splitter.splitterMoved.emit(left, 1)
        self.qtbot.wait(20)
        sizes = splitter.sizes()
        self.win.prompter.project_path = str(self.project)
        self.read()
        press(self.qtbot, Qt.Key.Key_S, CTRL)
        self.idle()
        self.win.files.wait_for_save()
        if self.win.isWindowModified():  # (a refused save: nothing to reopen)
            return
        size = self.win.size()
        self.win.close()
        self.win = self.make_window()
        self.win.resize(size)
        self.win.open_project(str(self.project))
        wait_idle(self.qtbot, self.win)
        self.qtbot.wait(20)
        again = self.win.splitter.sizes()
        assert all(abs(a - b) <= 8 for a, b in zip(again, sizes, strict=False)), (
            f"the panes were {sizes}, reopened {again}"
        )
        self.saved = None
        self.undo_name = ""

    # -- the exports, in the window's order ----------------------------------------------
    def export_order(self) -> None:
        """After an edit of some kind, File ▸ Export Both: every row of the Actors table and
        the timeline and every key point the window shows is in the DOCX and the PDF, in the
        window's order, and no hidden actor is in either."""
        if self.ws.briefing is None or self.win.analysis_running():
            return
        edit = self.rng.choice(["hide", "show_again", "rename", "merge", "write", "edit_row",
                                "split", "retype", "undo", "reanalyse_rows"])  # fmt: skip
        getattr(self, edit)()
        self.idle()
        target = self.dir / "order.docx"
        self.win.prompter.exported_paths = []
        self.win.prompter.export_target = str(target)
        self.win.actions.export_both.trigger()
        self.qtbot.waitUntil(lambda: bool(self.win.prompter.exported_paths), timeout=60_000)
        self.win.sync_briefing()
        docx = Document(str(target))
        pages = PdfReader(str(target.with_suffix(".pdf"))).pages
        pdf = squeeze(MARKER.sub("", " ".join(page.extract_text() for page in pages)))
        tables = [[[c.text for c in r.cells] for r in t.rows] for t in docx.tables]
        for section in self.ws.briefing.sections:
            if section.kind == "table":
                rows = [
                    b.cells for b in section.blocks if b.cells and any(c.strip() for c in b.cells)
                ]
                if not rows:
                    continue
                firsts = [" ".join(r[0].split()) for r in rows]
                exported = next(
                    (t for t in tables if [" ".join(r[0].split()) for r in t[1:]] == firsts), None
                )
                assert exported is not None, f"{section.heading}: {firsts} not a DOCX table"
                lines = [(r[0].split() or [""])[0] for r in rows]  # (a cell wraps in the PDF)
            elif section.fill == "key_points":
                lines = [squeeze(MARKER.sub("", b.text)) for b in section.blocks if b.text.strip()]
            else:
                continue
            at = 0
            for line in (x for x in lines if x):
                found = pdf.find(line[:40], at)
                assert found >= 0, f"{section.heading}: {line[:40]!r} not in the PDF in order"
                at = found + 1
        if self.ws.analysis is not None:
            shown = {b.cells[0] for s in self.ws.briefing.sections for b in s.blocks if b.cells}
            for actor in self.ws.analysis.actors:
                if actor.hidden and actor.name not in shown:
                    rows = [r[0] for t in tables for r in t[1:]]
                    assert actor.name not in rows, f"{actor.name} is hidden but exported"
        self.undo_name = ""

    ROW_OPS = (
        "hide_show_rows", "hide_show_rows", "reanalyse_rows", "reanalyse_rows",
        "long_source_trace", "remove_shown", "remove_shown", "same_title", "resize",
        "crash_recover", "switch_export_undo", "switch_export_undo", "splitter_reopen",
        "export_order", "export_order",
    )  # fmt: skip
