"""Ctrl+Z and Ctrl+Shift+Z in a text box with nothing of its own to take back go on to the
window's history, as Edit ▸ Undo then says ("Undo Highlight", not "Undo Typing")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TEXT_BOXES = (QLineEdit, QTextEdit, QPlainTextEdit)


def own_history(widget: QWidget | None, method: str) -> bool:
    """Whether ``widget`` is an editable text box with something of its own to undo/redo."""
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit()  # (an editable box's words; None when not editable)
    if widget is None or not hasattr(widget, method):
        return False
    if hasattr(widget, "isReadOnly") and widget.isReadOnly():
        return False
    target = widget.document() if hasattr(widget, "document") else widget
    available = getattr(target, "isUndoAvailable" if method == "undo" else "isRedoAvailable", None)
    return available() if available is not None else True


class UndoKeys(QObject):
    """An event filter for text boxes: Qt's text boxes claim Ctrl+Z (and Ctrl+Shift+Z) even
    with nothing to undo, so the window's shortcut never fired and the key did nothing, while
    Edit ▸ Undo named the window's last step. With nothing of their own the key goes on."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        for key, method in ((QKeySequence.StandardKey.Undo, "undo"),
                            (QKeySequence.StandardKey.Redo, "redo")):  # fmt: skip
            if event.matches(key) and not own_history(watched, method):
                event.ignore()
                return True  # (not accepted: the shortcut runs)
        return False

    def watch(self, widget: QWidget | None) -> None:
        """Filter ``widget``'s keys if it is a text box (installing twice changes nothing);
        not a table cell's editor, which the window's history must not rebuild under it."""
        viewport = widget.parentWidget() if widget is not None else None
        if viewport is not None and isinstance(viewport.parentWidget(), QAbstractItemView):
            return
        if isinstance(widget, TEXT_BOXES) or (
            isinstance(widget, QComboBox) and widget.isEditable()
        ):
            widget.installEventFilter(self)
