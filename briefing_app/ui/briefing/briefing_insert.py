"""Putting things into the briefing from outside the editor (quotes, figures), as undo steps."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand

from briefing_app.model import Briefing, BriefingError


class BriefingChange(QUndoCommand):
    """One change to ``ws.briefing`` made by the window; undo puts the briefing back."""

    def __init__(self, win, text: str, before: Briefing, after: Briefing) -> None:
        super().__init__(text)
        self.win, self.before, self.after = win, before, after
        self.analysis = win.ws.analysis  # the snapshots' auto blocks come from this one
        self._first = True

    def redo(self) -> None:
        if self._first:  # already applied by insert_into_section
            self._first = False
            return
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)

    def _set(self, briefing: Briefing) -> None:
        self.win.sync_briefing()
        self.win.ws.update_briefing(copy.deepcopy(briefing))
        self.win.ws.follow_analysis(self.analysis)
        self.win.show_briefing()
        self.win.update_title()


def target_section(win) -> str:
    """The section the analyst is writing in (or last wrote in), else the first text one."""
    current = win.editor.current_section_id()
    if current:
        return current
    briefing = win.ws.briefing
    for section in briefing.sections if briefing else []:
        if section.kind != "table" and section.fill != "sources":
            return section.id
    return ""


def insert_into_section(win, text: str, change: Callable[[str], object]) -> object | None:
    """Run ``change(section_id)`` on the workspace as one undo step and show the result."""
    win.sync_briefing()
    if win.ws.briefing is None:
        win.prompter.error(text, "There is no briefing yet: add a source first.")
        return None
    section_id = target_section(win)
    before = copy.deepcopy(win.ws.briefing)
    try:
        result = change(section_id)
    except BriefingError as exc:
        win.prompter.error(text, str(exc))
        return None
    after = copy.deepcopy(win.ws.briefing)
    win.undo_stack.push(BriefingChange(win, text, before, after))
    win.show_briefing()
    win.update_title()
    win.editor.note_focus(win.editor.editor(section_id))  # the next insert goes there too
    blocks = win.ws.briefing.section(section_id).blocks
    at = next((i for i, b in enumerate(blocks) if b is result), None)
    if at is not None:  # what was put in is scrolled to and flashed, so it is seen
        editor = win.editor
        QTimer.singleShot(0, editor, lambda: editor.reveal(section_id, at))  # once laid out
    heading = win.ws.briefing.section(section_id).heading
    win.statusBar().showMessage(f"{text}: added to “{heading}”", 5000)
    return result
