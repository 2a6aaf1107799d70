"""A table section (the actors) as an editable table; rows read back as TABLE_ROW blocks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from briefing_app.model import AUTO, EDITED, TABLE_ROW, USER, Block, Evidence
from briefing_app.ui.widgets import pasted_text, theme

HANDLE_ROLE = Qt.ItemDataRole.UserRole + 1
WIDE_CELL = 20  # characters: a column with a cell this long is prose and takes a share of width


class _CellDelegate(QStyledItemDelegate):
    """Cell editors that say the table changed as the analyst types (the title bar's mark),
    not only once the cell is left, and that Return closes at once."""

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _text: self.parent().changed.emit())
            pasted_text.guard(editor)  # (a page break pasted: a space, not nothing)
        return editor

    def eventFilter(self, editor, event) -> bool:
        # Qt's delegate commits and closes on Return later, by a queued call; a key or click
        # right behind Return (Tab, F6, Ctrl+S) takes the focus first, which commits and closes
        # the editor, and the late call then commits an editor the table no longer has: Qt
        # prints "commitData called with an editor that does not belong to this view".
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(editor, QLineEdit)
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
            return True
        return super().eventFilter(editor, event)


class TableEdit(QTableWidget):
    """Rows of a table section; untouched auto rows are tinted and keep their evidence."""

    evidence_clicked = Signal(list)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.originals: dict[str, Block] = {}
        self.evidence_tip: Callable[[list[Evidence]], str] = lambda evidence: ""
        self._filling = False
        # The analyst's cell edits, to take back with Ctrl+Z here (row, column, before, after);
        # a new set of rows, or a row added or removed, starts afresh.
        self._shown: dict[tuple[int, int], str] = {}
        self._undo: list[tuple[int, int, str, str]] = []
        self._redo: list[tuple[int, int, str, str]] = []
        self.setAlternatingRowColors(False)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table: keyboard navigation of the page
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setItemDelegate(_CellDelegate(self))
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(False)  # _fit_columns picks the columns
        # A column's width settles after the rows are fitted (the header lays its sections out
        # later): the rows are fitted again then, or a wrapped event lost its last line to '…'.
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self._fit_height)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._refit.start())
        self.itemChanged.connect(self._item_changed)
        self.cellClicked.connect(self._clicked)

    def set_rows(self, columns: list[str], blocks: list[Block]) -> None:
        self._filling = True
        self.clear()
        self.originals = {}
        self.setColumnCount(max(1, len(columns)))
        self.setHorizontalHeaderLabels(columns or ["Text"])
        self.setRowCount(0)
        for i, block in enumerate(blocks):
            handle = f"r{i}"
            self.originals[handle] = block
            self._append(block.cells, handle)
        self._fit_columns()
        self._filling = False
        self._forget_edits()
        self._refresh_tints()
        self._fit_height()

    def _append(self, cells: list[str], handle: str = "") -> int:
        row = self.rowCount()
        self.insertRow(row)
        for col in range(self.columnCount()):
            item = QTableWidgetItem(cells[col] if col < len(cells) else "")
            if col == 0:
                item.setData(HANDLE_ROLE, handle)
            self.setItem(row, col, item)
        original = self.originals.get(handle)
        if original and original.evidence:
            tip = self.evidence_tip(original.evidence)
            for col in range(self.columnCount()):
                self.item(row, col).setToolTip(tip)
        return row

    def add_row(self) -> None:
        """Append an empty row for the analyst and start editing it."""
        row = self._append([])
        self._forget_edits()
        self._fit_height()
        self.setCurrentCell(row, 0)
        self.editItem(self.item(row, 0))
        self.changed.emit()

    def remove_current_row(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            self._forget_edits()
            self._fit_height()
            self.changed.emit()

    def cells(self, row: int) -> list[str]:
        return [
            (self.item(row, c).text() if self.item(row, c) else "")
            for c in range(self.columnCount())
        ]

    def commit_open_edit(self) -> None:
        """Take the words being typed in a cell into the table (its editor stays open): a
        save or export while the cell is still being edited has them."""
        if self.state() == QAbstractItemView.State.EditingState:
            editor = self.indexWidget(self.currentIndex())
            if editor is not None:
                self.commitData(editor)

    def blocks(self) -> list[Block]:
        self.commit_open_edit()
        out: list[Block] = []
        used: set[str] = set()
        for row in range(self.rowCount()):
            cells = [c.strip() for c in self.cells(row)]
            if not any(cells):
                continue
            handle = self.item(row, 0).data(HANDLE_ROLE) if self.item(row, 0) else ""
            original = self.originals.get(handle) if handle and handle not in used else None
            if original is None:
                out.append(Block(kind=TABLE_ROW, cells=cells, origin=USER))
                continue
            used.add(handle)
            if same_cells(cells, original.cells):
                out.append(original)
            else:
                origin = EDITED if original.origin == AUTO else original.origin
                out.append(replace(original, cells=cells, origin=origin))
        return out

    def row_evidence(self, row: int) -> list[Evidence]:
        item = self.item(row, 0)
        original = self.originals.get(item.data(HANDLE_ROLE)) if item else None
        return list(original.evidence) if original else []

    def current_evidence(self) -> list[Evidence]:
        """The evidence of the row the keyboard is on (F4 shows its passage)."""
        return self.row_evidence(self.currentRow()) if self.currentRow() >= 0 else []

    # -- Ctrl+Z / Ctrl+Shift+Z of cell edits (the window's Edit ▸ Undo asks these) ------------
    def isUndoAvailable(self) -> bool:  # (named as QTextDocument's: _own_history asks)
        return bool(self._undo)

    def isRedoAvailable(self) -> bool:
        return bool(self._redo)

    def undo(self) -> None:
        self._step(self._undo, self._redo, back=True)

    def redo(self) -> None:
        self._step(self._redo, self._undo, back=False)

    def _step(self, take: list, put: list, *, back: bool) -> None:
        if not take:
            return
        row, col, before, after = edit = take.pop()
        put.append(edit)
        item = self.item(row, col)
        if item is not None:
            self._shown[(row, col)] = before if back else after  # (not a new edit)
            item.setText(before if back else after)
            self.setCurrentCell(row, col)

    def _forget_edits(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self._shown = {
            (r, c): self.item(r, c).text()
            for r in range(self.rowCount())
            for c in range(self.columnCount())
            if self.item(r, c) is not None
        }

    # -- looks -------------------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        where = (item.row(), item.column())
        before = self._shown.get(where, "")
        if before != item.text():  # typed (an undo step sets what is shown first)
            self._undo.append((*where, before, item.text()))
            self._redo.clear()
        self._shown[where] = item.text()
        self._refresh_tints(item.row())
        self._fit_columns()  # a long name typed into a short column: it wraps, not overflows
        self.resizeRowToContents(item.row())
        self._fit_height()
        self.changed.emit()

    def _refresh_tints(self, only: int | None = None) -> None:
        tint = QBrush(theme.pick(theme.AUTO_TINT))
        rows = range(self.rowCount()) if only is None else [only]
        self._filling = True
        for row in rows:
            item = self.item(row, 0)
            original = self.originals.get(item.data(HANDLE_ROLE)) if item else None
            pristine = (
                original is not None
                and original.origin == AUTO
                and same_cells(self.cells(row), original.cells)
            )
            for col in range(self.columnCount()):
                cell = self.item(row, col)
                if cell is not None:
                    cell.setBackground(tint if pristine else QBrush())
        self._filling = False

    def _fit_columns(self) -> None:
        """The columns of prose (a name, a role, an event) share the width; the short ones (a
        date, a type, source numbers) fit their words, so 'Source: 4' does not take as much room
        as the event beside it, whose words were cut off."""
        longest = [
            max(
                [len(self.horizontalHeaderItem(c).text()) if self.horizontalHeaderItem(c) else 0]
                + [len(self.item(r, c).text()) for r in range(self.rowCount()) if self.item(r, c)]
            )
            for c in range(self.columnCount())
        ]
        wide = {c for c, n in enumerate(longest) if n >= WIDE_CELL}
        if not wide and self.rowCount():  # short words everywhere: the longest column widens
            wide = {longest.index(max(longest))}
        if not wide:  # no rows yet: the columns share the width
            wide = set(range(self.columnCount()))
        header = self.horizontalHeader()
        for col in range(self.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if col in wide
                else QHeaderView.ResizeMode.ResizeToContents
            )
            if header.sectionResizeMode(col) != mode:
                header.setSectionResizeMode(col, mode)

    def _fit_height(self) -> None:
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth() + 2
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(max(height, 60))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()  # wrapped cells need new row heights at a new width

    def wheelEvent(self, event) -> None:
        event.ignore()

    # -- click-through -----------------------------------------------------------------------
    def _clicked(self, row: int, _col: int) -> None:
        evidence = self.row_evidence(row)
        if evidence:
            self.evidence_clicked.emit(evidence)

    def contextMenuEvent(self, event) -> None:
        menu = QMenu(self)
        row = self.rowAt(event.pos().y())
        evidence = self.row_evidence(row) if row >= 0 else []
        if evidence:
            show = menu.addAction("Show Source")
            show.triggered.connect(lambda: self.evidence_clicked.emit(evidence))
            menu.addSeparator()
        add = QAction("Add Row", menu)
        add.triggered.connect(self.add_row)
        menu.addAction(add)
        if row >= 0:
            self.setCurrentCell(row, 0)
            remove = menu.addAction("Remove Row")
            remove.triggered.connect(self.remove_current_row)
        menu.exec(event.globalPos())
        menu.deleteLater()


def same_cells(a: list[str], b: list[str]) -> bool:
    """Equal cell texts, ignoring surrounding spaces and missing trailing cells."""
    n = max(len(a), len(b))
    pad = lambda cells: [c.strip() for c in cells] + [""] * (n - len(cells))  # noqa: E731
    return pad(a) == pad(b)
