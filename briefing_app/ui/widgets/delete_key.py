"""Delete (and Backspace, the Delete key of Mac keyboards) acting on a list's current row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView

DELETE_KEYS = (QKeySequence(Qt.Key.Key_Delete), QKeySequence(Qt.Key.Key_Backspace))


def on_delete(view: QAbstractItemView, text: str, act: Callable[[], None]) -> QAction:
    """An action on ``view`` that runs ``act`` on Delete or Backspace, only while the view
    itself has the keyboard: never while a cell editor or a text box has it."""
    action = QAction(text, view)
    action.setShortcuts(list(DELETE_KEYS))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def run() -> None:
        if view.state() != QAbstractItemView.State.EditingState:
            act()

    action.triggered.connect(run)
    view.addAction(action)
    return action


def show_keys(action: QAction) -> None:
    """Show Delete beside a context-menu entry that the key also runs."""
    action.setShortcut(DELETE_KEYS[0])
    action.setShortcutVisibleInContextMenu(True)
