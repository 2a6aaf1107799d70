"""Delete (and Backspace, the Delete key of Mac keyboards) acting on a list's current row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView

DELETE_KEYS = (QKeySequence(Qt.Key.Key_Delete), QKeySequence(Qt.Key.Key_Backspace))


class _DeleteKeys(QObject):
    """Runs ``act`` on Delete or Backspace pressed in ``view`` (not in its cell editor)."""

    def __init__(self, view: QAbstractItemView, act: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._act = act
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._view
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self._view.state() != QAbstractItemView.State.EditingState
        ):
            self._act()
            return True
        return False


def on_delete(view: QAbstractItemView, act: Callable[[], None]) -> None:
    """Delete or Backspace runs ``act`` while ``view`` itself has the keyboard: never while a
    cell editor or a text box has it. A key filter on the view rather than a shortcut: a
    shortcut is dropped by Qt whenever another one of the same key could also match, which
    left the key doing nothing in some states of the window."""
    _DeleteKeys(view, act)


def show_keys(action: QAction) -> None:
    """Show Delete beside a context-menu entry that the key also runs. The entry's own shortcut
    works only in its open menu: a menu kept after it closed would otherwise hold a second,
    window-wide Delete, and Qt runs neither of two shortcuts that clash (the list's Delete
    then did nothing)."""
    action.setShortcut(DELETE_KEYS[0])
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.setShortcutVisibleInContextMenu(True)
