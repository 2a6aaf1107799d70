"""The window's editing commands: Edit menu routing, Find, formatting, Show Source, F6, zoom.

Edit ▸ Undo/Cut/Copy… act on the focused widget; Find searches where the analyst last was
(the source being read or the briefing). Uses only the window's public interface.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from briefing_app.model import Evidence


class EditingCommands:
    """Wires the editing actions of ``win`` (a MainWindow) and carries them out."""

    def __init__(self, win) -> None:
        self.win = win
        self.last_area = ""  # "source" | "briefing": where the keyboard last was
        a = win.actions
        for name in ("undo", "redo", "cut", "copy", "paste", "selectAll"):
            action = getattr(a, "select_all" if name == "selectAll" else name)
            action.triggered.connect(lambda _=False, n=name: self.on_focus(n))
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

    # -- Edit menu -----------------------------------------------------------------------------
    def on_focus(self, method: str) -> None:
        """Run an Edit menu command (``undo``, ``copy``…) on the focused widget."""
        win = self.win
        widget = QApplication.focusWidget()
        if method in ("undo", "redo") and win.work_built and not _own_history(widget, method):
            # Outside the text boxes (reading view, panels, map), or in one with nothing to
            # undo, Undo takes back annotations, actor decisions and insertions (quotes,
            # figures) into the briefing.
            getattr(win.undo_stack, method)()
            return
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

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
        if new is not None and win.work_built:
            if new is win.sources.view.text or win.sources.isAncestorOf(new):
                self.last_area = "source"
            elif win.editor.isAncestorOf(new):
                self.last_area = "briefing"
                win.editor.note_focus(new)
        self.update_format_actions()

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

    def find_target(self):
        """Where Find searches: ("source", the reading view) or ("briefing", the editor)."""
        sources, editor = self.win.sources, self.win.editor
        focus = QApplication.focusWidget()
        if focus is not None and (focus is sources.view.text or sources.isAncestorOf(focus)):
            return "source", sources.view
        if editor.current_editor() is not None:
            return "briefing", editor
        return ("source", sources.view) if sources.view.source else ("briefing", editor)

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
        editor = self.win.editor.current_editor()
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


def _own_history(widget: QWidget | None, method: str) -> bool:
    """Whether ``widget`` is an editable text box with something of its own to undo/redo."""
    if widget is None or not hasattr(widget, method):
        return False
    if hasattr(widget, "isReadOnly") and widget.isReadOnly():
        return False
    target = widget.document() if hasattr(widget, "document") else widget
    available = getattr(target, "isUndoAvailable" if method == "undo" else "isRedoAvailable", None)
    return available() if available is not None else True
