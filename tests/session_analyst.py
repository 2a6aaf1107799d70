"""The analyst of tests/test_ui_session_views.py: the texts, the helpers and the steps of a
working day that annotate, write and curate actors, each done as a user does it (keys to the
focused widget, menus, the panels' buttons)."""

from __future__ import annotations

import dataclasses
import os
import random
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from test_ui_integrity import click_into, press, type_text
from test_ui_session_random import TEXTS as FLOOD
from test_ui_session_random import _state
from test_ui_window import wait_idle
from window_checks import section_texts

from briefing_app.ui.sources.highlighter import Offsets


def section_texts_of(window) -> dict[str, str]:
    window.sync_briefing()
    return section_texts(window.ws.briefing)


CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
TAGS = ["pumps", "shelter", "Ministry"]
UNCHANGED = "(no new undo step)"
# and one with characters outside the BMP (two positions each in Qt, one in Python) and Cyrillic
TEXTS = {
    **FLOOD,
    "relief.txt": "🚁 Helicopters 🚁 from Ostwall reached Veldmark on 6 March 2025. Pilot Olga "
    "Petrova (Ольга Петрова) said 🌊 water still covered the square. Anna Keller met her there.",
}
BAD = {"broken.pdf": b"%PDF-1.7\nthis is not really a pdf", "empty.txt": b"   \n"}


def select_text(window, needle: str) -> tuple[int, int]:
    """Select ``needle`` in the source being read, as a mouse drag would; its span in the text
    (the document counts a character outside the BMP twice)."""
    view = window.sources.view
    start = view.source.text.index(needle)
    doc = Offsets(view.source.text).to_doc
    cursor = QTextCursor(view.text.document())
    cursor.setPosition(doc(start))
    cursor.setPosition(doc(start + len(needle)), QTextCursor.MoveMode.KeepAnchor)
    view.text.setTextCursor(cursor)
    view.text.setFocus()
    return start, start + len(needle)


def first_difference(a, b, where: str = "") -> str:
    """Where two saved states first differ ("" when equal): for a readable failure."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b), key=str):
            if (found := first_difference(a.get(key), b.get(key), f"{where}.{key}")) != "":
                return found
        return ""
    if isinstance(a, list | tuple) and isinstance(b, list | tuple) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if (found := first_difference(x, y, f"{where}[{i}]")) != "":
                return found
        return ""
    return "" if a == b else f"{where}: {a!r} != {b!r}"


def seeds() -> list[int]:
    """The seeds to run: fixed ones, those named in UI_SESSION_SEEDS, or fresh ones."""
    if os.environ.get("UI_SESSION_SEEDS"):
        return [int(s) for s in os.environ["UI_SESSION_SEEDS"].split(",")]
    n = int(os.environ.get("UI_SESSION_EXAMPLES", "3"))
    base = random.randrange(10**6) if os.environ.get("UI_SESSION_RANDOM") else 11
    return [base + i * 7919 for i in range(n)]


STEPS = int(os.environ.get("UI_SESSION_STEPS", "30"))


class AnalystBase:
    """Does one thing at a time in the window, as a user would, and says what Undo should name:
    annotating, writing, curating actors (the file, history and keyboard steps are the test's
    ``Analyst``)."""

    def __init__(self, qtbot, window, tmp_path, rng, monkeypatch) -> None:
        self.qtbot, self.win, self.dir, self.rng = qtbot, window, tmp_path, rng
        self.monkeypatch = monkeypatch
        self.paths = {}
        for name, text in TEXTS.items():
            self.paths[name] = tmp_path / name
            self.paths[name].write_text(text, encoding="utf-8")
        for name, data in BAD.items():
            (tmp_path / name).write_bytes(data)
        self.project = tmp_path / "session.briefing"
        self.saved: dict | None = None  # the state last saved to self.project
        self.notes = 0
        self.undo_name = ""  # what Undo should now be named ("" not checked)
        self.racing = False  # an analysis result is on its way to the window

    def same_work(self, before: dict) -> str:
        """Where the work differs from ``before`` ("" if nowhere); an analysis landing
        meanwhile moves the briefing's auto-filled text, nothing else."""
        now = _state(self.ws)
        if self.racing:
            now, before = dict(now, briefing=None), dict(before, briefing=None)
        return first_difference(now, before)

    @property
    def ws(self):
        return self.win.ws

    def idle(self) -> None:
        wait_idle(self.qtbot, self.win)

    def read(self) -> None:
        """Put the keyboard in the reading pane (Undo there is the window's history)."""
        self.win.sources.view.text.setFocus()

    # -- annotating ------------------------------------------------------------------------
    def pick_span(self) -> tuple[int, int] | None:
        if not self.ws.sources:
            return None
        src = self.rng.choice(self.ws.sources)
        self.win.sources.show_source(src.id)
        words = re.findall(r"[A-ZА-Я][a-zа-я]+(?: [a-zа-я]+)?", src.text)
        return select_text(self.win, self.rng.choice(words))

    def _named(self, fresh: str, change) -> None:
        """Undo names ``fresh`` for a new annotation, "Edit annotation" for a change of the one
        on that passage, and stays as it was when ``change`` leaves that one as it is."""
        sid, start, end = self.win.annotate.selection()
        old = [a for a in self.ws.annotations if (a.source, a.start, a.end) == (sid, start, end)]
        if old and change(old[0]) == old[0]:
            self.undo_name = UNCHANGED
        else:
            self.undo_name = "Edit annotation" if old else fresh

    def highlight(self) -> None:
        if self.pick_span():
            colour = str(self.win.prefs.qs.value("annotate/colour", "yellow"))
            self._named("Highlight", lambda a: dataclasses.replace(a, colour=colour))
            press(self.qtbot, Qt.Key.Key_H, CTRL | SHIFT)

    def comment(self) -> None:
        if self.pick_span():
            self.notes += 1
            text = f"Check figure {self.notes}."
            self.win.annotate.ask = lambda d, tags, focus: dataclasses.replace(d, comment=text)
            self._named("Comment", lambda a: dataclasses.replace(a, comment=text))
            press(self.qtbot, Qt.Key.Key_M, CTRL | SHIFT)

    def tag(self) -> None:
        if self.pick_span():
            tag = self.rng.choice(TAGS)

            def add_tag(ann):
                return dataclasses.replace(ann, tags=sorted({*ann.tags, tag}))

            self.win.annotate.ask = lambda d, tags, focus: add_tag(d)
            self._named("Tag", add_tag)
            press(self.qtbot, Qt.Key.Key_T, CTRL | SHIFT)

    def quote(self) -> None:
        if self.ws.briefing is not None and self.pick_span():
            self.undo_name = "Quote"
            press(self.qtbot, Qt.Key.Key_B, CTRL | SHIFT)

    def _panel_row(self):
        panel = self.win.annotate.panel
        self.win.annotate.dock.show()
        if not panel.proxy.rowCount():
            return None
        self.win.annotate.dock.raise_()  # (it shares tabs with the map)
        index = panel.proxy.index(self.rng.randrange(panel.proxy.rowCount()), 1)
        panel.view.scrollTo(index)
        where = panel.view.visualRect(index).center()
        self.qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
        panel.view.setFocus()
        chosen = panel.selected()
        assert len(chosen) == 1, f"a click on a row selects {len(chosen)} annotations"
        return chosen[0]

    def edit_note(self) -> None:
        ann = self._panel_row()
        if ann is None:
            return
        self.notes += 1
        colour = self.rng.choice(["green", "blue", "pink"])
        text = f"Edited note {self.notes}."
        self.win.annotate.panel.ask_edit = lambda a, tags: dataclasses.replace(
            a, comment=text, colour=colour
        )
        self.qtbot.mouseClick(self.win.annotate.panel.edit_button, Qt.MouseButton.LeftButton)
        self.undo_name = "Edit annotation “"

    def delete_note(self) -> None:
        if self._panel_row() is not None:
            press(self.qtbot, Qt.Key.Key_Delete)
            self.undo_name = "Delete annotation “"

    def filter_tag(self) -> None:
        box = self.win.annotate.panel.tag_box
        self.win.annotate.dock.show()
        box.setCurrentIndex(self.rng.randrange(box.count()))

    # -- writing ---------------------------------------------------------------------------
    def write(self) -> None:
        if self.ws.briefing is None:
            return
        sections = [s.id for s in self.ws.briefing.sections if s.kind != "table"]
        sections = [s for s in sections if hasattr(self.win.editor.editor(s), "toPlainText")]
        click_into(self.qtbot, self.win, self.rng.choice(sections))
        type_text(self.qtbot, " Pumps are short.")

    def edit_row(self) -> None:
        """Type over a cell of a table (the actors, or the timeline of a situation report)."""
        if self.ws.briefing is None:
            return
        tables = [s.id for s in self.ws.briefing.sections if s.kind == "table"]
        tables = [t for t in tables if getattr(self.win.editor.editor(t), "rowCount", None)]
        tables = [t for t in tables if self.win.editor.editor(t).rowCount()]
        if not tables:
            return
        table = self.win.editor.editor(self.rng.choice(tables))
        table.setFocus()
        table.setCurrentCell(self.rng.randrange(table.rowCount()), 0)
        press(self.qtbot, Qt.Key.Key_F2)
        type_text(self.qtbot, " (checked)")
        press(self.qtbot, Qt.Key.Key_Return)

    # -- actors ----------------------------------------------------------------------------
    def _actor(self, hidden: bool | None = None):
        actors = self.ws.analysis.actors if self.ws.analysis else []
        actors = [a for a in actors if hidden is None or a.hidden == hidden]
        return self.rng.choice(actors) if actors else None

    def _menu(self, actor, label: str) -> None:
        self.win.actors.select_actor(actor.id)
        menu = self.win.curation.build_menu(actor)
        next(a for a in menu.actions() if a.text() == label).trigger()
        menu.deleteLater()

    def hide(self) -> None:
        if actor := self._actor(hidden=False):
            self.undo_name = f"Hide {actor.name}"
            self._menu(actor, "&Hide from Briefing")

    def show_again(self) -> None:
        if actor := self._actor(hidden=True):
            self.undo_name = f"Show {actor.name}"
            self._menu(actor, "S&how in Briefing")

    def rename(self) -> None:
        if actor := self._actor():
            new = f"{actor.name} (checked)" if "(" not in actor.name else actor.name.split(" (")[0]
            self.win.curation.ask_text = lambda title, label, default: new
            self.undo_name = f"Rename {actor.name} to {new}"
            self._menu(actor, "&Rename…")

    def merge(self) -> None:
        actors = self.ws.analysis.actors if self.ws.analysis else []
        if len(actors) < 2:
            return
        actor = self.rng.choice(actors)
        others = [a for a in actors if a.id != actor.id]
        keep = self.rng.randrange(len(others))
        self.win.curation.ask_item = lambda title, label, items: keep
        self.undo_name = f"Merge {actor.name} into {others[keep].name}"
        self._menu(actor, "&Merge into…")

    def retype(self) -> None:
        if actor := self._actor():
            kinds = {"person": "Person", "organization": "Organisation", "place": "Place"}
            kind = self.rng.choice([k for k in kinds if k != actor.type])
            self.undo_name = f"Make {actor.name} a {kinds[kind].lower()}"
            self.win.actors.select_actor(actor.id)
            menu = self.win.curation.build_menu(actor)
            types = next(a.menu() for a in menu.actions() if a.text() == "Change &Type")
            next(a for a in types.actions() if a.text() == kinds[kind]).trigger()
            menu.deleteLater()

    def split(self) -> None:
        actors = self.ws.analysis.actors if self.ws.analysis else []
        actors = [a for a in actors if any(x != a.name for x in a.aliases)]
        if actors:
            actor = self.rng.choice(actors)
            aliases = [x for x in actor.aliases if x != actor.name]
            pick = self.rng.randrange(len(aliases))
            self.win.curation.ask_item = lambda title, label, items: pick
            self.undo_name = f"Split {aliases[pick]} from {actor.name}"
            self._menu(actor, "&Split Alias…")

    def add_actor(self) -> None:
        """Select a name the model may have missed in the source and make it an actor."""
        if self.ws.analysis is None or not self.pick_span():
            return
        view = self.win.sources.view
        start, end = view.selected_span()
        name = " ".join(view.source.text[start:end].split())
        self.win.curation.ask_text = lambda title, label, default: default
        self.win.curation.ask_item = lambda title, label, items: self.rng.randrange(len(items))
        self.undo_name = f"Add actor {name}"
        self.win.curation.add_actor_action.trigger()

    def select_actor(self) -> None:
        """Click an actor in the Actors panel and step to its next mention (F3)."""
        if actor := self._actor():
            self.win.actors.select_actor(actor.id)
            self.win.actors.tree.setFocus()
            press(self.qtbot, Qt.Key.Key_F3)

    def refresh(self) -> None:
        self.read()
        press(self.qtbot, Qt.Key.Key_F5)
        self.undo_name = ""

    def undo_typing(self) -> None:
        """Ctrl+Z in the section just typed in takes back the typing, and says so."""
        self.write()
        if self.ws.briefing is None:
            return
        editor = QApplication.focusWidget()
        self.win.editing.update_undo_texts()
        assert self.win.actions.undo.text() == "&Undo Typing"
        before = editor.toPlainText()
        press(self.qtbot, Qt.Key.Key_Z, CTRL)
        assert editor.toPlainText() != before
        self.undo_name = ""

    def paste(self) -> None:
        QApplication.clipboard().setText(TEXTS["dam.txt"])
        self.win.prompter.clipboard_answer = (TEXTS["dam.txt"], "Dam inspection")
        self.read()
        press(self.qtbot, Qt.Key.Key_V, CTRL | SHIFT)
        self.undo_name = ""

    def new_briefing(self) -> None:
        """Ctrl+N over the work: saved, discarded or kept (cancel)."""
        self.win.sync_briefing()
        unsaved = self.ws.modified
        answer = self.rng.choice(["save", "discard", "cancel"])
        self.win.prompter.save_answer = answer
        self.win.prompter.project_path = str(self.project)
        before = _state(self.ws)
        self.read()
        press(self.qtbot, Qt.Key.Key_N, CTRL)
        self.idle()
        self.win.files.wait_for_save()
        if unsaved and answer == "cancel":
            assert not self.same_work(before), "Cancel lost the work"
            return
        if unsaved and answer == "save":
            self.saved = before
        assert not self.ws.sources and not self.ws.annotations and not self.win.isWindowModified()
        self.undo_name = ""
        self.add()  # and the analyst starts again with a source
