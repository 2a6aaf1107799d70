"""Checker findings drawn in a section as wavy underlines, with the message as a tooltip."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

ERROR_COLOUR, WARNING_COLOUR = "#d32f2f", "#e08a00"


@dataclass(slots=True)
class Squiggle:
    """One finding placed in a section: its paragraph, its text and what to say about it."""

    block: int  # index among the section's non-empty paragraphs
    text: str  # the offending text ("" marks the whole paragraph)
    occurrence: int  # which occurrence of ``text`` in the paragraph
    tip: str
    severity: str = "warning"


def paragraphs(edit: QTextEdit) -> list:
    """The section's non-empty paragraphs (as read back into blocks), in order."""
    out = []
    block = edit.document().begin()
    while block.isValid():
        if block.text().strip():
            out.append(block)
        block = block.next()
    return out


def place(edit: QTextEdit, squiggles: list[Squiggle]) -> list[tuple[int, int, str]]:
    """Underline each finding; returns (start, end, tip) document spans for tooltips."""
    blocks = paragraphs(edit)
    selections, spans = [], []
    for sq in squiggles:
        if sq.block >= len(blocks):
            continue
        qblock = blocks[sq.block]
        text = qblock.text()
        start, length = 0, len(text)
        if sq.text:
            at = -1
            for _ in range(sq.occurrence + 1):
                at = text.find(sq.text, at + 1)
                if at < 0:
                    break
            if at >= 0:
                start, length = at, len(sq.text)
        cursor = QTextCursor(qblock)
        cursor.setPosition(qblock.position() + start)
        cursor.setPosition(qblock.position() + start + length, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        colour = ERROR_COLOUR if sq.severity == "error" else WARNING_COLOUR
        fmt.setUnderlineColor(QColor(colour))
        selection = QTextEdit.ExtraSelection()
        selection.cursor, selection.format = cursor, fmt
        selections.append(selection)
        spans.append((cursor.selectionStart(), cursor.selectionEnd(), sq.tip))
    edit.setExtraSelections(selections)
    return spans


def tip_at(spans: list[tuple[int, int, str]], position: int) -> str:
    return "\n".join(tip for start, end, tip in spans if start <= position <= end)
