"""Long unbroken runs (a web address with a query string) made wrappable in a label.

A word-wrapped QLabel is at least as wide as its longest word, and a page holding it grows
with it: one source's 200-character address pushed every section of the note off the pane's
right edge. A zero-width space after the address's punctuation lets Qt break the line there.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QWidget

LONG = 30  # characters without a space: shorter runs wrap as words do
_RUN = re.compile(rf"\S{{{LONG},}}")
_BREAK_AFTER = re.compile(r"([/?&=_.\-#%+])(?=\S)")
ZWSP = "\u200b"


def wrappable(text: str) -> str:
    """``text`` with a break opportunity after the punctuation of each long unbroken run
    (and every ``LONG`` characters of a run with none)."""

    def soften(match: re.Match) -> str:
        run = _BREAK_AFTER.sub(rf"\1{ZWSP}", match.group(0))
        pieces = re.split(f"({ZWSP})", run)
        return "".join(
            ZWSP.join(p[i : i + LONG] for i in range(0, len(p), LONG)) if len(p) > LONG else p
            for p in pieces
        )

    return _RUN.sub(soften, text)


class WrappingLabel(QLabel):
    """A word-wrapped label whose long runs break (see ``wrappable``); ``text()`` gives the
    text as set, without the breaks."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._plain = ""
        self.setText(text)

    def setText(self, text: str) -> None:
        self._plain = text
        super().setText(self.soften(text))

    def soften(self, text: str) -> str:
        """The text as shown: with its break points (a subclass may place them otherwise)."""
        return wrappable(text)

    def text(self) -> str:
        return self._plain

    # a copy carries the text as set: a web address pasted with the breaks in it is broken
    def selectedText(self) -> str:
        return super().selectedText().replace(ZWSP, "")

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.selectedText())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) and self.hasSelectedText():
            self._copy()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self.hasSelectedText():
            super().contextMenuEvent(event)
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction("Copy", self._copy)
        menu.popup(event.globalPos())
        self._menu = menu  # (for a test to trigger)
