"""More of an analyst's day for tests/test_ui_session_views.py (the seventeenth round): the note
as its reader gets it, and the window as the analyst finds it again.

Words typed with curly quotes, dashes, Cyrillic, Greek, CJK and an emoji (from an emoji picker,
as an input method commits it), in a section or the Title, then the note exported to DOCX and
PDF and read back: the typed words exactly, every [n] numbering an entry of the Sources list the
note prints (in both files, the same entries), no section's hint text printed; words typed
before a template switch still in the note after it (or the switch was refused and nothing
moved); the project saved, closed and reopened in a new window showing the same Sources list,
Actors panel (hidden actors greyed), Annotations panel rows and tags, title, template, marking
and sections; an edit in the briefing, an annotation and an actor decision, then Edit ▸ Undo
from wherever the keyboard is: it says what Ctrl+Z then takes back, and Ctrl+Z does that.

Each step is done as a user does it and checks what the user would then look at.
"""

from __future__ import annotations

import re

from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from session_analyst import CTRL, first_difference
from session_day import MARKER, named, squeeze
from test_ui_integrity import click_into, press, template_action, type_text
from test_ui_window import wait_idle

from briefing_app.ui.briefing.section_edit import SectionEdit

# What analysts type beyond plain ASCII: each in pieces a keyboard types and pieces an emoji
# picker or input method commits (a character outside the BMP never comes as a key press)
WORDINGS = (
    ("“Pumps”—not ‘sandbags’—ran short", ""),
    ("Ольга Петрова: 3–4 km of levee", ""),
    ("Κρίση στο Βέλντμαρκ", ""),
    ("東京の会議", ""),
    ("Rescue by air ", "🚁"),
    ("Water still rising ", "🌊"),
    ("Pilot’s log — “no access”, ", "👍🏽"),
)


def type_keys(qtbot, text: str) -> None:
    """``text`` typed on a keyboard whose layout has its letters (QTest types ASCII only: a key
    press carries the character it types, as a Cyrillic or Greek layout sends it)."""
    for ch in text:
        widget = QApplication.focusWidget()
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def commit_text(widget, text: str) -> None:
    """``text`` arriving as an input method (an emoji picker) commits it."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def visible_state(win) -> dict:
    """What the analyst sees of the work: the lists and panels as shown, the briefing's
    fields and sections, the template and marking."""
    win.sync_briefing()
    sources = [win.sources.list.item(i).text() for i in range(win.sources.list.count())]
    tree = win.actors.tree
    actors = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        stack = [item]
        while stack:
            it = stack.pop()
            actors.append(
                (
                    tuple(it.text(c) for c in range(tree.columnCount())),
                    it.font(0).italic(),
                )
            )
            stack.extend(it.child(j) for j in range(it.childCount()))
    model = win.annotate.panel.model
    notes = sorted(
        tuple(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
        for r in range(model.rowCount())
    )
    tags = [
        win.annotate.panel.tag_box.itemText(i) for i in range(win.annotate.panel.tag_box.count())
    ]
    briefing = win.ws.briefing
    sections = (
        [
            (s.heading, [" ".join((b.text or "\t".join(b.cells)).split()) for b in s.blocks])
            for s in briefing.sections
        ]
        if briefing
        else []
    )
    return {
        "sources": sources,
        "actors": sorted(actors),
        "annotations": notes,
        "tags": tags,
        "title": win.editor.title.text() if briefing else "",
        "fields": win.editor.fields(),
        "template": win.ws.template.name,
        "marking": named(win, QComboBox, "Marking scheme").currentText() if briefing else "",
        "banner": named(win, QLabel, "Banner").text() if briefing else "",
        "sections": sections,
    }


def _words(widget) -> str | None:
    """The words a text box shows (None for a widget that shows none)."""
    if hasattr(widget, "toPlainText"):
        return widget.toPlainText()
    return widget.text() if hasattr(widget, "text") and callable(widget.text) else None


class NotesAnalyst:
    """Steps mixed into the test's Analyst (it gives qtbot, win, dir, rng, monkeypatch…)."""

    typed_count = 0

    def _text_editors(self) -> list[SectionEdit]:
        if self.ws.briefing is None:
            return []
        editors = [self.win.editor.editor(s.id) for s in self.ws.briefing.sections]
        return [e for e in editors if isinstance(e, SectionEdit) and not e.isReadOnly()]

    # -- words beyond ASCII, typed and committed -----------------------------------------------
    def type_exact(self) -> None:
        """Curly quotes, dashes, other scripts and an emoji typed at the end of a section (or
        the Title): the section shows them exactly, and so does the note once synced."""
        editors = self._text_editors()
        if not editors or self.win.analysis_running():
            return
        typed, picked = self.rng.choice(WORDINGS)
        NotesAnalyst.typed_count += 1
        words = f" {typed}{picked} n{NotesAnalyst.typed_count}."
        if self.rng.random() < 0.25:
            title = self.win.editor.title
            title.setFocus()
            press(self.qtbot, Qt.Key.Key_End, CTRL)  # (End: the end of the line shown)
            before = title.text()
            type_keys(self.qtbot, f" {typed}")
            if picked:
                commit_text(title, picked)
            assert title.text() == before + f" {typed}{picked}", repr(title.text())
            self.win.sync_briefing()
            assert self.ws.briefing.title == before + f" {typed}{picked}", self.ws.briefing.title
            self.undo_name = ""
            return
        editor = self.rng.choice(editors)
        section = next(
            s.id for s in self.ws.briefing.sections if self.win.editor.editor(s.id) is editor
        )
        click_into(self.qtbot, self.win, section)
        press(self.qtbot, Qt.Key.Key_End, CTRL)
        before = editor.toPlainText()
        type_keys(self.qtbot, f" {typed}")
        if picked:
            commit_text(editor, picked)
        type_text(self.qtbot, f" n{NotesAnalyst.typed_count}.")
        assert editor.toPlainText() == before + words, repr(editor.toPlainText()[-80:])
        self.win.sync_briefing()
        text = "\n".join(b.text for b in self.ws.briefing.section(section).blocks)
        assert words.strip() in text, f"the note has not {words!r}: {text[-120:]!r}"
        self.undo_name = ""

    # -- the note as its reader gets it ----------------------------------------------------------
    def export_read(self) -> None:
        """Export Both, then read the DOCX and the PDF as the reader would: the title and every
        paragraph written beyond ASCII exactly as in the editor; every [n] in the note numbers
        an entry of the Sources list the note prints, the same entries in both files; no
        section's hint printed."""
        if self.ws.briefing is None or self.win.analysis_running():
            return
        target = self.dir / "read.docx"
        self.win.prompter.exported_paths = []
        self.win.prompter.export_target = str(target)
        self.win.actions.export_both.trigger()
        self.qtbot.waitUntil(lambda: bool(self.win.prompter.exported_paths), timeout=60_000)
        self.win.sync_briefing()
        briefing = self.ws.briefing
        docx = Document(str(target))
        paragraphs = [
            (p.style.name, " ".join(p.text.replace("\xa0", " ").split())) for p in docx.paragraphs
        ]
        cells = [" ".join(c.text.split()) for t in docx.tables for r in t.rows for c in r.cells]
        entries = {
            int(m.group(1)): text
            for style, text in paragraphs
            if style == "Source Entry" and (m := re.match(r"(\d+)\.", text))
        }
        body = [text for style, text in paragraphs if style != "Source Entry"]
        cited = {int(n) for text in body + cells for n in MARKER.findall(text)}
        assert cited <= set(entries), (
            f"[n] with no Sources entry in the DOCX: {cited - set(entries)}"
        )
        assert sorted(entries) == list(range(1, len(entries) + 1)), sorted(entries)
        pages = PdfReader(str(target.with_suffix(".pdf"))).pages
        raw = "\n".join(page.extract_text() for page in pages)
        pdf = squeeze(raw)
        at = 0
        for n in sorted(entries):  # the same list, in the same order, in the PDF
            words = squeeze(re.sub(r"^\d+\.\s*", "", entries[n]))
            found = pdf.find(words, at)
            assert found >= 0, (
                f"DOCX Sources entry {n} is not in the PDF (after the ones before it): "
                f"{entries[n]!r}"
            )
            assert f"{n}." in raw, f"the PDF does not number source {n}"
            at = found + len(words)
        assert squeeze(briefing.title) in pdf, f"the PDF has not the title {briefing.title!r}"
        titles = [  # (under a marking scheme the title has its portion mark first)
            re.sub(r"^\([A-Z/ -]+\) ", "", text) for style, text in paragraphs if style == "Title"
        ]
        assert titles == [" ".join(briefing.title.split())], (briefing.title, titles)
        for section in briefing.sections:  # the typed words exactly, in both files
            for block in section.blocks:
                if block.kind == "figure":
                    continue
                for piece in block.cells if block.cells else [block.text]:
                    words = " ".join(MARKER.sub(" ", piece).split())
                    if not words or words.isascii():
                        continue
                    assert any(
                        words in " ".join(MARKER.sub(" ", t).split()) for t in body + cells
                    ), f"{words[:60]!r} is not in the DOCX as written"
                    assert squeeze(words) in squeeze(MARKER.sub("", raw)), (
                        f"{words[:60]!r} is not in the PDF's text as written"
                    )
        docx_text = squeeze(" ".join(body + cells))
        for section in self.ws.template.sections:
            hint = squeeze(section.hint or "")[:40]
            if len(hint) > 12:
                assert hint not in docx_text, f"{section.heading}'s hint is in the DOCX"
                assert hint not in pdf, f"{section.heading}'s hint is in the PDF"
        self.undo_name = ""

    # -- words typed before a template switch ----------------------------------------------------
    def switch_keeps_words(self) -> None:
        """A sentence typed in a section, then another template chosen (the question about
        moved sections answered yes or no): the sentence is still in the note, wherever the
        switch put it, or the switch did not happen; Ctrl+Z puts it back where it was typed."""
        editors = self._text_editors()
        if not editors or self.win.analysis_running():
            return
        NotesAnalyst.typed_count += 1
        words = f"Kept through the switch n{NotesAnalyst.typed_count}."
        editor = self.rng.choice(editors)
        section = next(
            s.id for s in self.ws.briefing.sections if self.win.editor.editor(s.id) is editor
        )
        click_into(self.qtbot, self.win, section)
        press(self.qtbot, Qt.Key.Key_End, CTRL)
        type_text(self.qtbot, f" {words}")
        self.win.sync_briefing()
        template = self.ws.template.id
        answer = self.rng.random() < 0.8
        self.win.prompter.switch_answer = answer
        asked = len(self.win.prompter.asked)
        names = [t.name for t in self.ws.templates() if t.id != template]
        template_action(self.win, self.rng.choice(names)).trigger()
        self.idle()
        self.win.prompter.switch_answer = True
        self.win.sync_briefing()
        note = " ".join(
            b.text or " ".join(b.cells) for s in self.ws.briefing.sections for b in s.blocks
        )
        question = self.win.prompter.asked[asked:]
        if question and not answer:
            assert self.ws.template.id == template, "a refused switch switched"
            assert words in note, "a refused switch lost the words just typed"
            self.undo_name = ""
            return
        assert self.ws.template.id != template
        assert words in note, (
            f"the words typed before the switch are gone (asked: {question}): {words!r}"
        )
        self.read()
        press(self.qtbot, Qt.Key.Key_Z, CTRL)
        self.idle()
        self.win.sync_briefing()
        assert self.ws.template.id == template, "Ctrl+Z did not take the switch back"
        text = " ".join(b.text for b in self.ws.briefing.section(section).blocks)
        assert words in text, "Ctrl+Z did not put the words back where they were typed"
        self.undo_name = ""

    # -- saved, closed, reopened -------------------------------------------------------------
    def reopen_looks_same(self) -> None:
        """Ctrl+S, close, open the project in a new window: the Sources list, the Actors panel
        (hidden actors greyed), the Annotations panel's rows and tags, the title, the fields,
        the template, the marking and every section as they were on screen."""
        if self.win.analysis_running():
            return
        self.idle()
        self.win.prompter.project_path = str(self.project)
        self.read()
        press(self.qtbot, Qt.Key.Key_S, CTRL)
        self.idle()
        self.win.files.wait_for_save()
        if self.win.isWindowModified():
            return  # (a save refused by an earlier step's trap is not this step's business)
        before = visible_state(self.win)
        self.win.close()
        assert not self.win.isVisible()
        self.win = self.make_window()
        self.win.open_project(str(self.project))
        wait_idle(self.qtbot, self.win)
        self.win.annotate.panel.tag_box.setCurrentIndex(0)
        after = visible_state(self.win)
        found = first_difference(after, before)
        assert not found, f"the reopened project looks different: {found}"
        from test_ui_session_random import _state

        self.saved = _state(self.ws)
        self.undo_name = ""

    # -- undo across panels --------------------------------------------------------------------
    def undo_across(self) -> None:
        """Words typed in a section, a passage highlighted, an actor hidden or merged; then the
        keyboard somewhere (the reading pane, the Actors panel, the Annotations panel, the
        section typed in, the Title): Edit ▸ Undo says what Ctrl+Z (or the menu) takes back,
        and it takes back that: the typing in the box that has it, else the window's last
        step."""
        editors = self._text_editors()
        if not editors or self.win.analysis_running() or self.ws.analysis is None:
            return
        editor = self.rng.choice(editors)
        section = next(
            s.id for s in self.ws.briefing.sections if self.win.editor.editor(s.id) is editor
        )
        click_into(self.qtbot, self.win, section)
        press(self.qtbot, Qt.Key.Key_End, CTRL)
        type_text(self.qtbot, " Across panels.")
        self.highlight()
        self.idle()
        getattr(self, self.rng.choice(["hide", "merge", "rename"]))()
        self.idle()
        editor = self.win.editor.editor(section)  # (a refresh may have built it anew)
        places = {
            "reading": self.win.sources.view.text,
            "actors": self.win.actors.tree,
            "annotations": self.win.annotate.panel.view,
            "section": editor,
            "title": self.win.editor.title,
        }
        where = self.rng.choice(sorted(places))
        widget = places[where]
        if where == "annotations":
            self.win.annotate.dock.show()
            self.win.annotate.dock.raise_()
        if where == "actors" and not self.win.actors.isVisible():
            return
        if not widget.isVisible():
            return
        widget.setFocus()
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)
        self.win.editing.update_undo_texts()
        said = self.win.actions.undo.text()
        stack = self.win.undo_stack
        at, top = stack.index(), stack.undoText()
        own = _words(widget)
        if self.rng.random() < 0.5:
            press(self.qtbot, Qt.Key.Key_Z, CTRL)
        else:
            self.win.actions.undo.trigger()  # Edit ▸ Undo, from the menu
        self.idle()
        if said == "&Undo Typing":
            assert stack.index() == at, f"'Undo Typing' in the {where} took back {top!r}"
            assert _words(widget) != own, f"'Undo Typing' in the {where} changed nothing"
        elif at:
            assert said == f"&Undo {top}", f"in the {where} Edit ▸ Undo said {said!r}, not {top!r}"
            assert stack.index() == at - 1, f"Ctrl+Z in the {where} took back nothing"
        self.undo_name = ""

    NOTE_OPS = (
        "type_exact", "type_exact", "type_exact", "export_read", "export_read",
        "switch_keeps_words", "switch_keeps_words", "reopen_looks_same", "undo_across",
        "undo_across",
    )  # fmt: skip
