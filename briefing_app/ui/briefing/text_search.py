"""Find and replace across the briefing's text sections (one QTextEdit per section)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from briefing_app.ui.widgets.text_find import count_matches, find_flags

__all__ = ["count_matches", "find_across", "replace_all"]


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
