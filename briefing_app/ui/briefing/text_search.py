"""Find and replace across the briefing's text sections (one QTextEdit per section)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from briefing_app.ui.widgets.text_find import count_matches, find_flags

__all__ = ["FindReplace", "count_matches", "find_across", "replace_all"]


def find_across(
    editors: Sequence[QTextEdit], start: QTextEdit, text: str, *, backward: bool, case: bool
) -> QTextEdit | None:
    """Select the next match from ``start``'s cursor on, wrapping through ``editors``;
    returns the editor holding it, or None."""
    flags = find_flags(backward, case)
    first = list(editors).index(start)
    step = -1 if backward else 1
    for i in range(len(editors) + 1):
        editor = editors[(first + i * step) % len(editors)]
        if i > 0:
            cursor = editor.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            editor.setTextCursor(cursor)
        if editor.find(text, flags):
            return editor
    return None


def replace_all(editors: Sequence[QTextEdit], text: str, replacement: str, *, case: bool) -> int:
    """Replace every match in every editor; returns how many (one undo step an editor)."""
    if not text:
        return 0
    count = 0
    for editor in editors:
        doc = editor.document()
        cursor = QTextCursor(doc)
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        while True:
            cursor = doc.find(text, cursor, find_flags(False, case))
            if cursor.isNull():
                break
            cursor.insertText(replacement)
            count += 1
        edit.endEditBlock()
    return count


class FindReplace:
    """Find and replace across the sections; ``BriefingEditor`` owns one and forwards to it.

    It is given what it needs of the editor: the sections, the one in use, a way to remember
    the section holding a match, and a way to scroll a section's cursor into view."""

    def __init__(
        self,
        editors: Callable[[], Sequence[QTextEdit]],
        current: Callable[[], QTextEdit | None],
        remember: Callable[[QTextEdit], None],
        show: Callable[[QTextEdit], None],
    ) -> None:
        self._editors = editors
        self._current = current
        self._remember = remember
        self._show = show

    def find(self, text: str, *, backward: bool = False, case: bool = False) -> bool:
        """Select the next match across all sections (wrapping around)."""
        editors = list(self._editors())
        if not editors or not text:
            return False
        start = self._current() or editors[0]
        editor = find_across(editors, start, text, backward=backward, case=case)
        if editor is None:
            return False
        # the match is selected and shown, but focus stays where it was (the Find box): an
        # Enter meant for "next" must never reach the section and replace the match
        self._remember(editor)
        self._show(editor)
        return True

    def matches(self, text: str, *, case: bool = False) -> tuple[int, int]:
        """(number of the selected match counting from 1, or 0; how many in all sections)."""
        return count_matches(list(self._editors()), self._current(), text, case=case)

    def focus_match(self) -> None:
        """Put the keyboard back in the section with the match (the selection stays)."""
        editor = self._current()
        if editor is not None:
            editor.setFocus()
            self._show(editor)

    def replace(self, text: str, replacement: str, *, case: bool = False) -> bool:
        """Replace the current match (if selected) and go to the next; False if none left."""
        editor = self._current()
        if editor is not None:
            cursor = editor.textCursor()
            selected = cursor.selectedText()
            if selected and (selected == text if case else selected.lower() == text.lower()):
                cursor.insertText(replacement)
        return self.find(text, case=case)

    def replace_all(self, text: str, replacement: str, *, case: bool = False) -> int:
        """Replace every match in every section; returns how many (one undo step a section)."""
        return replace_all(list(self._editors()), text, replacement, case=case)
