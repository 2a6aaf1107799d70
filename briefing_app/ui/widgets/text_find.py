"""Searching text boxes: find flags and counting the matches ("3 of 12")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit


def count_matches(
    editors: Sequence[QTextEdit | QPlainTextEdit],
    current: QTextEdit | QPlainTextEdit | None,
    text: str,
    *,
    case: bool,
) -> tuple[int, int]:
    """(number of ``current``'s selected match among all, from 1, or 0; how many there are)."""
    total, index = 0, 0
    for editor in editors:
        doc = editor.document()
        selected = editor.textCursor() if editor is current else None
        cursor = QTextCursor(doc)
        while text:
            cursor = doc.find(text, cursor, find_flags(False, case))
            if cursor.isNull():
                break
            total += 1
            if (
                selected is not None
                and selected.selectionStart() == cursor.selectionStart()
                and selected.selectionEnd() == cursor.selectionEnd()
            ):
                index = total
    return index, total


def find_flags(backward: bool, case: bool) -> QTextDocument.FindFlag:
    flags = QTextDocument.FindFlag(0)
    if backward:
        flags |= QTextDocument.FindFlag.FindBackward
    if case:
        flags |= QTextDocument.FindFlag.FindCaseSensitively
    return flags
