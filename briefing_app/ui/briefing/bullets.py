"""Bullet lists in a section: toggle, and nest bullets a level deeper or out."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextListFormat
from PySide6.QtWidgets import QTextEdit

from briefing_app.ui.briefing import block_text

MAX_LEVEL = 2  # bullets nest three deep at most (Word's List Bullet 2 and 3)


def toggle_bullets(edit: QTextEdit) -> None:
    """Bullet the selected paragraphs, or (in a list) make them plain paragraphs again."""
    cursor = edit.textCursor()
    current = cursor.currentList()
    cursor.beginEditBlock()
    if current is None:
        cursor.createList(QTextListFormat.Style.ListDisc)
    else:
        block = cursor.block()
        while block.isValid() and block.position() <= cursor.selectionEnd():
            if block.textList() is not None:
                block.textList().remove(block)
                fmt = block.blockFormat()
                fmt.setIndent(0)
                QTextCursor(block).setBlockFormat(fmt)
            block = block.next()
    cursor.endEditBlock()


def can_nest(edit: QTextEdit, step: int) -> bool:
    """Whether the bullet at the cursor can go a level deeper (``step`` > 0: a bullet
    before it to hang under, not already at the deepest level) or out (``step`` < 0)."""
    block = edit.document().findBlock(edit.textCursor().selectionStart())
    if block.textList() is None:
        return False
    level = block_text.level_of(block)
    if step < 0:
        return level > 0
    before = block.previous()
    parent = before.isValid() and before.textList() is not None
    return level < MAX_LEVEL and parent and block_text.level_of(before) >= level


def nest(edit: QTextEdit, step: int) -> bool:
    """Move the selected bullets ``step`` levels deeper (negative: out); False if the
    cursor is not in a list. Out of the outer list the paragraphs stay bullets."""
    cursor = edit.textCursor()
    if cursor.currentList() is None:
        return False
    doc = edit.document()
    first = doc.findBlock(cursor.selectionStart())
    last = doc.findBlock(cursor.selectionEnd())
    cursor.beginEditBlock()
    block = first
    while block.isValid():
        if block.textList() is not None:
            level = min(MAX_LEVEL, max(0, block_text.level_of(block) + step))
            if level != block_text.level_of(block):
                _move_to_level(block, level)
        if block == last:
            break
        block = block.next()
    cursor.endEditBlock()
    return True


def _move_to_level(block, level: int) -> None:
    """Put one bullet paragraph in the list ``level`` deep next to it (or a new one)."""
    block.textList().remove(block)
    fmt = block.blockFormat()
    fmt.setIndent(0)
    cursor = QTextCursor(block)
    cursor.setBlockFormat(fmt)
    neighbour = block.previous()
    while neighbour.isValid() and neighbour.textList() is not None:
        if block_text.level_of(neighbour) == level:
            neighbour.textList().add(block)
            return
        if block_text.level_of(neighbour) < level:
            break
        neighbour = neighbour.previous()
    cursor.createList(block_text.list_format(level))
