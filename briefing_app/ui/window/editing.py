"""The window's editing commands: Edit menu routing, Find, formatting, Show Source, F6, zoom.

Edit ▸ Undo/Cut/Copy… act on the focused widget; Find searches where the analyst last was
(the source being read or the briefing). Uses only the window's public interface.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from shiboken6 import isValid

from briefing_app.ui.sources import find_bar
from briefing_app.ui.sources.source_search import AllSourcesFinder
from briefing_app.ui.widgets.undo_keys import UndoKeys, own_history

if TYPE_CHECKING:
    from briefing_app.model import Evidence


class EditingCommands:
    """Wires the editing actions of ``win`` (a MainWindow) and carries them out."""

    def __init__(self, win) -> None:
        self.win = win
        self.last_area = ""  # "source" | "briefing": where the keyboard last was
        self._all_sources: AllSourcesFinder | None = None
        self.undo_keys = UndoKeys(win)  # (Ctrl+Z in a box with nothing to undo: the window's)
        a = win.actions
        for name in ("undo", "redo", "cut", "copy", "paste", "selectAll"):
            action = getattr(a, "select_all" if name == "selectAll" else name)
            action.triggered.connect(lambda _=False, n=name: self.on_focus(n))
        a.copy_sources.triggered.connect(self.copy_with_sources)
        a.find.triggered.connect(lambda: self.find("open"))
        a.replace.triggered.connect(lambda: self.find("open", replace=True))
        a.find_next.triggered.connect(lambda: self.find("find_next"))
        a.find_previous.triggered.connect(lambda: self.find("find_previous"))
        a.bold.triggered.connect(lambda: self.format("toggle_bold"))
        a.italic.triggered.connect(lambda: self.format("toggle_italic"))
        a.bullets.triggered.connect(lambda: self.format("toggle_bullets"))
        a.switch_pane.triggered.connect(self.switch_pane)
        a.zoom_in.triggered.connect(lambda: self.zoom(1))
        a.zoom_out.triggered.connect(lambda: self.zoom(-1))
        QApplication.instance().focusChanged.connect(self.focus_changed)
        win.menus.edit.aboutToShow.connect(self.update_undo_texts)
        win.stack.currentChanged.connect(self.page_changed)
        self.page_changed(win.stack.currentIndex())

    # the actions that edit a briefing: nothing to act on while the start page shows
    EDITING = (
        "undo", "redo", "cut", "copy", "copy_sources", "paste", "select_all", "find", "find_next",
        "find_previous", "replace", "bold", "italic", "bullets", "show_source", "save",
        "save_as", "export_docx", "export_pdf", "export_both", "refresh",
    )  # fmt: skip

    def page_changed(self, index: int) -> None:
        """Editing actions are enabled on the work area, disabled on the start page."""
        on_start = index == 0
        for name in self.EDITING:
            getattr(self.win.actions, name).setEnabled(not on_start)
        if not on_start:
            self.update_format_actions()

    # -- Edit menu -----------------------------------------------------------------------------
    def on_focus(self, method: str) -> None:
        """Run an Edit menu command (``undo``, ``copy``…) on the focused widget."""
        win = self.win
        widget = QApplication.focusWidget()
        if method in ("undo", "redo") and win.work_built and not own_history(widget, method):
            # Outside the text boxes (reading view, panels, map), or in one with nothing to
            # undo, Undo takes back annotations, actor decisions and insertions (quotes,
            # figures) into the briefing.
            getattr(win.undo_stack, method)()
            return
        if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
            widget = widget.lineEdit()  # (an editable box: its words)
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    def copy_with_sources(self) -> None:
        """Edit ▸ Copy with Sources: the section the keyboard is (or was last) in, else the
        key points."""
        editor = self.win.editor.current_editor()
        briefing = self.win.ws.briefing
        if editor is None and briefing is not None:
            points = next((s for s in briefing.sections if s.fill == "key_points"), None)
            editor = self.win.editor.editor(points.id) if points else None
        if hasattr(editor, "copy_with_sources"):
            editor.copy_with_sources()
            self.win.statusBar().showMessage("Copied with the sources it cites", 3000)

    def watch_undo_stack(self, stack) -> None:
        """Name what Undo and Redo would do ("Undo Switch Template") as the history changes."""
        for signal in (stack.undoTextChanged, stack.redoTextChanged, stack.indexChanged):
            signal.connect(lambda *_: self.update_undo_texts())
        self.update_undo_texts()

    def update_undo_texts(self) -> None:
        win = self.win
        stack = getattr(win, "undo_stack", None)
        if not isValid(win) or (stack is not None and not isValid(stack)):
            return  # the window is closing
        widget = QApplication.focusWidget()
        for method, action in (("undo", win.actions.undo), ("redo", win.actions.redo)):
            label = "&Undo" if method == "undo" else "&Redo"
            if own_history(widget, method):
                what = "Typing"
            elif stack is not None and (stack.canUndo() if method == "undo" else stack.canRedo()):
                what = stack.undoText() if method == "undo" else stack.redoText()
            else:
                what = ""
            action.setText(f"{label} {what}" if what else label)
            action.setToolTip(f"{label.replace('&', '')} {what}".strip())

    def format(self, method: str) -> None:
        editor = self.win.editor.current_editor()
        if editor is not None:
            getattr(editor, method)()
            editor.setFocus()

    def show_format(self, bold: bool, italic: bool) -> None:
        """The editor's cursor moved into (or out of) bold or italic text."""
        self.win.actions.bold.setChecked(bold)
        self.win.actions.italic.setChecked(italic)

    def update_format_actions(self) -> None:
        if not self.win.work_built or self.win.stack.currentIndex() == 0:
            return  # (the start panel shows: they stay disabled)
        editor = self.win.editor.current_editor()
        enabled = editor is not None and editor.hasFocus()
        for action in (self.win.actions.bold, self.win.actions.italic, self.win.actions.bullets):
            action.setEnabled(enabled or editor is not None)

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Find searches where the analyst last was: the source being read or the briefing.
        win = self.win
        if win.closing:  # the window's widgets are going away; nothing to follow
            return
        if new is not None and win.isAncestorOf(new):
            self.undo_keys.watch(new)
        if new is not None and win.work_built:
            if new is win.sources.view.text or win.sources.isAncestorOf(new):
                self.last_area = "source"
            elif win.editor.isAncestorOf(new):
                self.last_area = "briefing"
                win.editor.note_focus(new)
        self.update_format_actions()
        self.update_undo_texts()

    # -- find ----------------------------------------------------------------------------------
    def find(self, method: str, **kwargs) -> None:
        # F3 / Shift+F3 step through the selected actor's mentions while Find is closed.
        win = self.win
        stepping = method in ("find_next", "find_previous") and win.work_built
        if stepping and not win.find_bar.isVisible() and win.curation.mentions:
            win.curation.step(1 if method == "find_next" else -1)
            return
        win.show_editor()
        getattr(win.find_bar, method)(**kwargs)

    def find_target(self, scope: str):
        """What Find searches in ``scope``: the briefing, the reading view or all sources."""
        if scope == find_bar.SOURCE:
            return self.win.sources.view if self.win.sources.view.source else None
        if scope == find_bar.ALL_SOURCES:
            if self._all_sources is None:
                self._all_sources = AllSourcesFinder(self.win.sources, lambda: self.win.ws.sources)
            return self._all_sources
        return self.win.editor

    def find_scope(self) -> str:
        """Where Find starts searching: where the analyst was (the source or the briefing)."""
        sources, editor = self.win.sources, self.win.editor
        focus = QApplication.focusWidget()
        if focus is not None and (focus is sources.view.text or sources.isAncestorOf(focus)):
            return find_bar.SOURCE
        if editor.current_editor() is not None or self.last_area == "briefing":
            return find_bar.BRIEFING
        return find_bar.SOURCE if sources.view.source else find_bar.BRIEFING

    # -- evidence: F4 Show Source, clicks on tinted text --------------------------------------
    def show_evidence(self, evidence: list[Evidence]) -> None:
        """Show the first passage of ``evidence`` whose source is loaded."""
        for ev in evidence:
            if self.win.sources.show_evidence(ev):
                n = len({e.source for e in evidence})
                support = f"{n} sources support" if n != 1 else "1 source supports"
                self.win.statusBar().showMessage(
                    f"Showing the source passage ({support} this)", 4000
                )
                return
        self.win.statusBar().showMessage("The source of this text is no longer loaded", 4000)

    def show_source_at_cursor(self) -> None:
        # a table row the keyboard is on first (the section last typed in is another line)
        editor = self.win.editor.focused_table() or self.win.editor.current_editor()
        evidence = editor.current_evidence() if editor else []
        if evidence:
            self.show_evidence(evidence)
        else:
            self.win.statusBar().showMessage(
                "This text has no source passage (written by you)", 4000
            )

    # -- keyboard and zoom ---------------------------------------------------------------------
    def switch_pane(self) -> None:
        """F6: from the briefing to the reading view and back (keyboard navigation)."""
        win = self.win
        win.show_editor()
        if self.last_area != "source" and win.sources.view.source is not None:
            win.sources.view.text.setFocus()
            self.last_area = "source"
        else:
            (win.editor.current_editor() or win.editor.title).setFocus()
            self.last_area = "briefing"

    def zoom(self, step: int) -> None:
        size = min(28.0, max(7.0, self.win.prefs.font_size + step))
        self.win.prefs.set(font_size=size)
        self.win.sources.view.set_font_size(size)
