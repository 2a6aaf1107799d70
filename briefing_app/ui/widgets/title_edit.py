"""A one-paragraph text box that wraps and grows, so a long title always shows whole."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit, QWidget

from briefing_app.ui.widgets.pasted_text import for_note


def _one_line(text: str) -> str:
    # (a page break or other control character a space: the export drops them, which ran
    # the words on either side together)
    return for_note(text, one_line=True)


class TitleEdit(QTextEdit):
    """Plain text on one paragraph, wrapped at the box's width, as tall as its lines.

    Speaks QLineEdit's part used here: ``text``/``setText``/``setCursorPosition`` and
    ``textEdited`` (the analyst's edits only, not ``setText``); Enter inserts no newline
    (it goes on to the window) and Tab moves on.
    """

    textEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None, placeholderText: str = "") -> None:
        super().__init__(parent)
        self._setting = False
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(3)
        self.setPlaceholderText(placeholderText)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.textChanged.connect(self._changed)
        self._fit_height()
        self.document().clearUndoRedoStacks()  # (setting it up is nothing to undo)

    # -- QLineEdit's API ---------------------------------------------------------------------
    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self._setting = True
        try:
            self.setPlainText(_one_line(text))
        finally:
            self._setting = False

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, len(self.toPlainText()))))
        self.setTextCursor(cursor)

    def _changed(self) -> None:
        if not self._setting:
            self.textEdited.emit(self.toPlainText())

    # -- one paragraph -----------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # as in a QLineEdit: no newline, the window may act on it
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:
        if source.hasText():
            self.textCursor().insertText(_one_line(source.text()))

    # -- size --------------------------------------------------------------------------------
    def _fit_height(self, *_args) -> None:
        lines = max(self.document().size().height(), self.fontMetrics().lineSpacing() + 6)
        self.setFixedHeight(math.ceil(lines) + 2 * self.frameWidth())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def wheelEvent(self, event) -> None:
        event.ignore()  # the briefing's scroll area scrolls, not this box
