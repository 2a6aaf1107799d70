"""Find (in the source being read or in the briefing) and Replace (in the briefing only)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)


class Findable(Protocol):
    def find(self, text: str, *, backward: bool = False, case: bool = False) -> bool: ...


class FindBar(QWidget):
    """A bar under the panes; ``target()`` says where to search (source view or briefing)."""

    closed = Signal()

    def __init__(self, target: Callable[[], tuple[str, Findable | None]], parent=None) -> None:
        super().__init__(parent)
        self.target = target  # () -> ("source" | "briefing", object with find/replace)
        self.find_edit = QLineEdit(placeholderText="Find")
        self.find_edit.setAccessibleName("Find text")
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit = QLineEdit(placeholderText="Replace with")
        self.replace_edit.setAccessibleName("Replacement text")
        self.replace_edit.returnPressed.connect(self.replace)
        self.case = QCheckBox("Match &case")
        self.where = QLabel()
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
        grid.addWidget(self.where, 0, 0)
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

    def open(self, *, replace: bool = False) -> None:
        """Show the bar (with the replace row if asked and the target is the briefing)."""
        kind, _ = self.target()
        show_replace = replace and kind == "briefing"
        for w in self._replace_widgets:
            w.setVisible(show_replace)
        self.where.setText("In briefing:" if kind == "briefing" else "In source:")
        self.status.clear()
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, *, backward: bool) -> bool:
        _, target = self.target()
        text = self.find_edit.text()
        if target is None or not text:
            return False
        found = target.find(text, backward=backward, case=self.case.isChecked())
        self.status.setText("" if found else "Not found")
        return found

    def replace(self) -> bool:
        kind, target = self.target()
        if kind != "briefing" or target is None:
            return False
        found = target.replace(
            self.find_edit.text(), self.replace_edit.text(), case=self.case.isChecked()
        )
        self.status.setText("" if found else "No more matches")
        return found

    def replace_all(self) -> int:
        kind, target = self.target()
        if kind != "briefing" or target is None:
            return 0
        n = target.replace_all(
            self.find_edit.text(), self.replace_edit.text(), case=self.case.isChecked()
        )
        self.status.setText(f"Replaced {n}")
        return n
