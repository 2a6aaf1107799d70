"""Where the analyst is typing, kept across a rebuild of the briefing page.

A new analysis, a grade or an undo rebuilds every section widget; whoever was typing in a
section must find the focus, the paragraph and the selection where they left them, not lose
their next keystrokes to another widget.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from briefing_app.ui.briefing.section_edit import SectionEdit


@dataclass(frozen=True)
class Place:
    section_id: str
    text: str  # the paragraph the cursor is in, found again by its text
    number: int  # and its number, for the nearest match or the paragraph now there
    anchor: int  # offsets within that paragraph
    position: int


def where(editors: dict[str, QWidget]) -> Place | None:
    """The section whose text has focus, and the cursor within its paragraph."""
    for section_id, editor in editors.items():
        if isinstance(editor, SectionEdit) and editor.hasFocus():
            cursor = editor.textCursor()
            block = cursor.block()
            start, last = block.position(), block.length() - 1

            def offset(pos: int, start=start, last=last) -> int:
                return min(max(pos - start, 0), last)

            return Place(
                section_id,
                block.text(),
                block.blockNumber(),
                offset(cursor.anchor()),
                offset(cursor.position()),
            )
    return None


def restore(editors: dict[str, QWidget], place: Place | None) -> None:
    """Focus the same section again, in the same paragraph (a new analysis may add or drop
    points around it), or at the start of the paragraph now in its place."""
    editor = editors.get(place.section_id) if place else None
    if not isinstance(editor, SectionEdit):
        return
    doc = editor.document()
    blocks = [doc.findBlockByNumber(i) for i in range(doc.blockCount())]
    same = [b for b in blocks if b.text() == place.text]
    anchor, position = place.anchor, place.position
    if same:
        block = min(same, key=lambda b: abs(b.blockNumber() - place.number))
    else:
        block = doc.findBlockByNumber(min(place.number, doc.blockCount() - 1))
        anchor = position = 0
    cursor = editor.textCursor()
    cursor.setPosition(block.position() + anchor)
    cursor.setPosition(block.position() + position, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.setFocus(Qt.FocusReason.OtherFocusReason)
