"""Briefing ▸ Template: say which of the analyst's sections move, switch, one undo step."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from briefing_app.model import Briefing

UNDO_TEXT = "Switch Template"


class TemplateSwitch(QUndoCommand):
    """A template switch (with its refresh) as one step: undo puts the briefing back.

    Any other change of the whole briefing done already (``text`` names it, e.g. "Use
    Suggested Title") is undone the same way: the briefing, template and title as they were.
    A third item of ``before``/``after`` is the analyst's own title field (None: the title
    still follows the sources), so undo never pins a suggested title as the analyst's.
    """

    def __init__(
        self,
        win,
        before: tuple,
        after: tuple,
        text: str = UNDO_TEXT,
    ):
        super().__init__(text)
        self.win, self.before, self.after = win, before, after
        self.analysis = win.ws.analysis  # the snapshots' auto blocks come from this one
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done by switch_template
            self._first = False
            return
        self._set(*self.after)

    def undo(self) -> None:
        self._set(*self.before)

    def _set(self, briefing: Briefing | None, template_id: str, *title: str | None) -> None:
        self.win.sync_briefing()
        ws = self.win.ws
        ws.restore(briefing, template_id)
        if title and title[0] is None:  # the analyst had no title of their own: none now
            ws.fields.pop("title", None)
        elif briefing is not None:  # the title kept across refreshes is the restored one
            ws.set_field("title", title[0] if title else briefing.title)
        ws.follow_analysis(self.analysis)  # sources added or removed since: auto blocks follow
        self.win.template_changed()
        self.win.editor.focus_first_section()


def switch_template(win, template_id: str) -> bool:
    """Switch ``win``'s briefing to ``template_id`` after the analyst agreed; False if not."""
    win.sync_briefing()
    ws = win.ws
    if template_id == ws.template.id:
        return False
    template = next((t for t in ws.templates() if t.id == template_id), None)
    moves = ws.template_moves(template_id)
    if moves and not win.prompter.confirm_template_switch(
        template.name if template else template_id, [str(m) for m in moves]
    ):
        win.template_changed()  # the template box goes back to the current one
        return False
    before = (ws.briefing.copy() if ws.briefing else None, ws.template.id, ws.fields.get("title"))
    ws.set_template(template_id)
    after = (ws.briefing.copy() if ws.briefing else None, ws.template.id, ws.fields.get("title"))
    stack = getattr(win, "undo_stack", None)
    if stack is not None and before[0] is not None:
        stack.push(TemplateSwitch(win, before, after))
    win.template_changed()
    win.editor.focus_first_section()  # (a fresh section: Ctrl+Z there undoes the switch)
    name = template.name if template else template_id
    win.statusBar().showMessage(
        f"Now in “{name}”; switching back restores every section as it was", 6000
    )
    return True
