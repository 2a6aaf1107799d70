"""Text pasted or dropped into the note, made what the note can hold.

A PDF viewer copies a page break as a form feed, a terminal or a database export leaves
record separators, a bad decode leaves C1 controls. The exports drop every control character
(XML forbids them), so "Page one\\fpage two" printed as "Page onepage two": the words ran
together in the DOCX and the PDF while the editor showed them apart."""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit

# page break, vertical tab, file/group/record separators, NEL, paragraph separator: they part
# paragraphs where they stand
_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f]+")  # other C0 controls, DEL: a space
_C1 = re.compile("[\x80-\x84\x86-\x9f]")  # a bad decode's leftovers: dropped, as the export does


def for_note(text: str, *, one_line: bool = False) -> str:
    """``text`` with its control characters made paragraph breaks (one line: spaces) or
    spaces, never nothing (which would run the words on either side together). Tabs, line
    breaks and U+2028 (a line break within a paragraph) stay."""
    if text.isprintable() and not one_line:
        return text  # (the usual case: nothing to look at again)
    text = _BREAKS.sub(" " if one_line else "\n", text)
    text = _C1.sub("", _CONTROLS.sub(" ", text))
    if one_line:
        text = re.sub("[\r\n\u2028]+", " ", text)
    return text


class _OneLine(QValidator):
    """A one-line box's text made what the note can hold as it is typed or pasted."""

    def validate(self, text: str, pos: int):
        if text.isprintable():
            return QValidator.State.Acceptable, text, pos
        return (
            QValidator.State.Acceptable,
            for_note(text, one_line=True),
            len(for_note(text[:pos], one_line=True)),
        )


def guard(box: QLineEdit | None) -> None:
    """Make ``box`` (a field, a table cell's editor) take pasted text as the note holds it."""
    if box is not None and box.validator() is None:
        box.setValidator(_OneLine(box))
