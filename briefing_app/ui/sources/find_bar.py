"""Find (in the briefing, the source being read or all sources) and Replace (briefing only).

Focus stays in the Find box while searching: Enter goes to the next match, Shift+Enter to the
previous one, Escape closes the bar and puts the cursor back on the match, still selected.
The bar says where the match is ("3 of 12").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

BRIEFING, SOURCE, ALL_SOURCES = "briefing", "source", "sources"
SCOPES = ((BRIEFING, "Briefing"), (SOURCE, "Current source"), (ALL_SOURCES, "All sources"))


class Findable(Protocol):
    def find(self, text: str, *, backward: bool = False, case: bool = False) -> bool: ...

    def matches(self, text: str, *, case: bool = False) -> tuple[int, int]:
        """(number of the selected match, counting from 1, or 0; how many there are)."""
        ...

    def focus_match(self) -> None: ...


class FindBar(QWidget):
    """A bar under the panes; ``target(scope)`` gives what to search in that scope."""

    closed = Signal()

    def __init__(
        self,
        target: Callable[[str], Findable | None],
        default_scope: Callable[[], str] = lambda: BRIEFING,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.default_scope = default_scope
        self.find_edit = QLineEdit(placeholderText="Find")
        self.find_edit.setAccessibleName("Find text")
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setToolTip("Enter: next match · Shift+Enter: previous · Esc: close")
        self.find_edit.installEventFilter(self)
        self.find_edit.textEdited.connect(lambda _text: self.status.clear())
        self.replace_edit = QLineEdit(placeholderText="Replace with")
        self.replace_edit.setAccessibleName("Replacement text")
        self.replace_edit.returnPressed.connect(self.replace)
        self.case = QCheckBox("Match &case")
        self.scope_box = QComboBox()
        self.scope_box.setAccessibleName("Find in")
        for scope, label in SCOPES:
            self.scope_box.addItem(label, scope)
        self.scope_box.currentIndexChanged.connect(self._scope_changed)
        self.status = QLabel()
        self.status.setAccessibleName("Find result")
        prev_b = QPushButton("&Previous", clicked=self.find_previous)
        next_b = QPushButton("&Next", clicked=self.find_next)
        self.replace_b = QPushButton("&Replace", clicked=self.replace)
        self.replace_all_b = QPushButton("Replace &All", clicked=self.replace_all)
        close = QToolButton(text="✕", autoRaise=True, clicked=self.close_bar)
        close.setAccessibleName("Close find bar")
        close.setToolTip("Close (Esc)")
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.addWidget(self.scope_box, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(prev_b, 0, 2)
        grid.addWidget(next_b, 0, 3)
        grid.addWidget(self.case, 0, 4)
        grid.addWidget(self.status, 0, 5)
        grid.addWidget(close, 0, 6, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addWidget(self.replace_b, 1, 2)
        grid.addWidget(self.replace_all_b, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(5, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        self._replace_widgets = (self.replace_edit, self.replace_b, self.replace_all_b)
        self._want_replace = False

    # -- scope -------------------------------------------------------------------------------
    @property
    def scope(self) -> str:
        return self.scope_box.currentData()

    def set_scope(self, scope: str) -> None:
        self.scope_box.setCurrentIndex(max(0, self.scope_box.findData(scope)))

    def _scope_changed(self) -> None:
        for w in self._replace_widgets:
            w.setVisible(self._want_replace and self.scope == BRIEFING)
        self.status.clear()

    # -- open / close ------------------------------------------------------------------------
    def open(self, *, replace: bool = False) -> None:
        """Show the bar searching where the analyst was (the replace row for the briefing)."""
        self._want_replace = replace
        self.set_scope(BRIEFING if replace else self.default_scope())
        self._scope_changed()
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def close_bar(self) -> None:
        """Hide the bar; the cursor goes back to the match, which stays selected."""
        self.hide()
        target = self.target(self.scope)
        if target is not None:
            target.focus_match()
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.find_edit and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                backward = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self._find(backward=backward)
                return True  # the Find box keeps the key: nothing else sees this Enter
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    # -- find --------------------------------------------------------------------------------
    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, *, backward: bool) -> bool:
        target = self.target(self.scope)
        text = self.find_edit.text()
        if target is None or not text:
            return False
        case = self.case.isChecked()
        found = target.find(text, backward=backward, case=case)
        self._show_count(target, text, found)
        return found

    def _show_count(self, target: Findable, text: str, found: bool) -> None:
        if not found:
            self.status.setText("Not found")
            return
        index, total = target.matches(text, case=self.case.isChecked())
        self.status.setText(f"{index} of {total}" if index else f"{total} found")

    # -- replace (briefing only) -------------------------------------------------------------
    def replace(self) -> bool:
        target = self.target(BRIEFING)
        if self.scope != BRIEFING or target is None:
            return False
        text = self.find_edit.text()
        found = target.replace(text, self.replace_edit.text(), case=self.case.isChecked())
        if found:
            self._show_count(target, text, True)
        else:
            self.status.setText("No more matches")
        return found

    def replace_all(self) -> int:
        target = self.target(BRIEFING)
        if self.scope != BRIEFING or target is None:
            return 0
        n = target.replace_all(
            self.find_edit.text(), self.replace_edit.text(), case=self.case.isChecked()
        )
        self.status.setText(f"Replaced {n}")
        return n
