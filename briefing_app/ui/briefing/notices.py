"""Notices in the briefing: a title the sources now suggest (never applied unasked), and the
mark on an analyst's summary written from other sources than there are now."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class TitleOffer(QWidget):
    """ "Suggested title: … [Use It] [Keep Mine]"; hidden while there is nothing to offer."""

    accepted = Signal()
    declined = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Title suggestion")
        self.label = QLabel(wordWrap=True)
        self.label.setAccessibleName("Suggested title")
        self.use = QPushButton("&Use It", clicked=lambda: self.accepted.emit())
        self.use.setAccessibleName("Use suggested title")
        self.use.setToolTip("Make the suggested title the briefing's title")
        self.keep = QPushButton("&Keep Mine", clicked=lambda: self.declined.emit())
        self.keep.setAccessibleName("Keep my title")
        self.keep.setToolTip("Keep the title as it is; this suggestion is not made again")
        box = QHBoxLayout(self)
        box.setContentsMargins(16, 0, 16, 6)
        box.addWidget(self.label, 1)
        box.addWidget(self.use)
        box.addWidget(self.keep)
        self.hide()

    def offer(self, title: str) -> None:
        self.label.setText(f"The sources now suggest the title “{title}”." if title else "")
        self.setVisible(bool(title))


def stale_mark(text: str) -> QLabel:
    """The subtle line above a summary the sources have moved on from."""
    label = QLabel(f"⚠ {text}: check it against the new sources.")
    label.setAccessibleName("Sources changed")
    label.setObjectName("staleMark")
    label.setStyleSheet("#staleMark { color: palette(placeholder-text); }")
    return label
