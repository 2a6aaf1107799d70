"""The Annotations panel: every annotation across sources, filtered, searched, edited, deleted."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.model import Annotation
from briefing_app.model.annotation import HIGHLIGHT_COLOURS
from briefing_app.ui.annotations.annotation_dialog import edit_annotation, swatch_icon

COLUMNS = ("Source", "Quote", "Colour", "Comment", "Tags")
SOURCE, QUOTE, COLOUR, COMMENT, TAGS = range(5)
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 1
_ALL = ""  # the data of the "All …" entry of each filter box


def _one_line(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class AnnotationsModel(QAbstractTableModel):
    """A table over a list of annotations (one row each)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[Annotation] = []
        self.source_names: dict[str, str] = {}

    def set_items(self, items: Iterable[Annotation]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def source_name(self, source_id: str) -> str:
        return self.source_names.get(source_id) or source_id

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ann, col = self.items[index.row()], index.column()
        if role == ANNOTATION_ROLE:
            return ann
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                SOURCE: self.source_name(ann.source),
                QUOTE: _one_line(ann.quote),
                COLOUR: ann.colour.capitalize(),
                COMMENT: _one_line(ann.comment),
                TAGS: ", ".join(ann.tags),
            }[col]
        if role == Qt.ItemDataRole.DecorationRole and col == COLOUR:
            return swatch_icon(ann.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == QUOTE:
                return ann.quote
            if col == COMMENT:
                return ann.comment or None
            if col == SOURCE:
                return f"{self.source_name(ann.source)}, characters {ann.start}–{ann.end}"
        return None


class AnnotationsFilter(QSortFilterProxyModel):
    """Filters by source, tag and colour, and searches comments (and quotes)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.source_id = self.tag = self.colour = self.search = ""

    def set_filter(self, **values: str) -> None:
        self.beginFilterChange()
        for key, value in values.items():
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        ann: Annotation = self.sourceModel().items[row]
        if self.source_id and ann.source != self.source_id:
            return False
        if self.tag and self.tag not in ann.tags:
            return False
        if self.colour and ann.colour != self.colour:
            return False
        needle = self.search.casefold().strip()
        return not needle or needle in ann.comment.casefold() or needle in ann.quote.casefold()

    def lessThan(self, left, right) -> bool:
        model = self.sourceModel()
        a, b = model.items[left.row()], model.items[right.row()]
        col = left.column()
        if col == SOURCE:  # by source, then by place in it: reading order
            return (model.source_name(a.source), a.start) < (model.source_name(b.source), b.start)
        return str(left.data()).casefold() < str(right.data()).casefold()


class _EditCommand(QUndoCommand):
    def __init__(self, panel: AnnotationsPanel, old: Annotation, new: Annotation):
        super().__init__(f"Edit annotation “{_one_line(old.quote, 30)}”")
        self.panel, self.old, self.new = panel, old, new

    def redo(self) -> None:
        self.panel._replace(self.new)

    def undo(self) -> None:
        self.panel._replace(self.old)


class _DeleteCommand(QUndoCommand):
    def __init__(self, panel: AnnotationsPanel, removed: list[tuple[int, Annotation]]):
        what = _one_line(removed[0][1].quote, 30) if len(removed) == 1 else f"{len(removed)}"
        super().__init__(f"Delete annotation “{what}”" if len(removed) == 1 else f"Delete {what}")
        self.panel, self.removed = panel, removed

    def redo(self) -> None:
        self.panel._remove([ann.id for _, ann in self.removed])

    def undo(self) -> None:
        self.panel._insert(self.removed)


class AnnotationsPanel(QWidget):
    """Lists annotations across sources; double-click jumps to the passage."""

    jumpRequested = Signal(object)  # Annotation
    annotationsChanged = Signal(list)  # list[Annotation], after every edit, delete, undo

    def __init__(
        self,
        annotations: Iterable[Annotation] = (),
        *,
        undo_stack: QUndoStack | None = None,
        source_names: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setAccessibleName("Annotations")
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        # how Edit asks for the new values; replaceable (tests, other front ends)
        self.ask_edit: Callable[[Annotation, list[str]], Annotation | None] = lambda ann, tags: (
            edit_annotation(ann, tags, self)
        )
        self.model = AnnotationsModel(self)
        self.model.source_names = dict(source_names or {})
        self.proxy = AnnotationsFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.set_annotations(annotations)

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.source_box = self._filter_box("All sources", "Show annotations of one source")
        self.tag_box = self._filter_box("All tags", "Show annotations with one tag")
        self.colour_box = self._filter_box("All colours", "Show one highlight colour")
        for name in HIGHLIGHT_COLOURS:
            self.colour_box.addItem(swatch_icon(name), name.capitalize(), name)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search comments…")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Search comments")
        self.search_edit.textChanged.connect(lambda text: self.proxy.set_filter(search=text))
        self.source_box.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(source_id=self.source_box.currentData() or "")
        )
        self.tag_box.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(tag=self.tag_box.currentData() or "")
        )
        self.colour_box.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(colour=self.colour_box.currentData() or "")
        )

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName("Annotations list")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # (rows are read, not typed in: Tab moves on)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(SOURCE, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # the quote and the analyst's own words share the spare width (a wide panel showed
        # 40 characters of each quote beside an empty Comment column 1,000 px wide); the
        # source's title (its tooltip whole) and the tags are short
        header.setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COMMENT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((SOURCE, 130), (COLOUR, 80), (TAGS, 110)):
            header.resizeSection(col, width)
        self.view.doubleClicked.connect(self._jump)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.edit_action = QAction("&Edit…", self)
        self.edit_action.setToolTip("Edit the comment, tags and colour of the annotation")
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action = QAction("&Delete", self)
        self.delete_action.setToolTip("Delete the selected annotations (Undo brings them back)")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addActions([self.edit_action, self.delete_action])
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.addAction(self.delete_action)

        self.edit_button = QPushButton("Edit…")
        self.edit_button.setToolTip(self.edit_action.toolTip())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton("Delete")
        self.delete_button.setToolTip(self.delete_action.toolTip())
        self.delete_button.clicked.connect(self.delete_selected)

        filters = QHBoxLayout()
        for box in (self.source_box, self.tag_box, self.colour_box):
            filters.addWidget(box, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_edit, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _filter_box(self, all_text: str, tip: str) -> QComboBox:
        box = QComboBox()
        box.addItem(all_text, _ALL)
        box.setToolTip(tip)
        box.setAccessibleName(tip)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(5)  # three side by side fit a narrow dock
        return box

    # -- data in and out -------------------------------------------------------------------
    def annotations(self) -> list[Annotation]:
        return list(self.model.items)

    def set_annotations(self, annotations: Iterable[Annotation]) -> None:
        """Show these annotations (a change made elsewhere; not an undo step here)."""
        self.model.set_items(annotations)
        self._refresh_filters()
        self._update_buttons()

    def set_source_names(self, names: Mapping[str, str]) -> None:
        """Source id -> the name shown in the Source column and filter."""
        self.model.source_names = dict(names)
        self.model.set_items(self.model.items)
        self._refresh_filters()

    def known_tags(self) -> list[str]:
        return sorted({t for a in self.model.items for t in a.tags}, key=str.casefold)

    def _refresh_filters(self) -> None:
        sources = list(dict.fromkeys(a.source for a in self.model.items))
        sources.extend(s for s in self.model.source_names if s not in sources)
        self._fill(self.source_box, [(self.model.source_name(s), s) for s in sources])
        self._fill(self.tag_box, [(t, t) for t in self.known_tags()])

    @staticmethod
    def _fill(box: QComboBox, entries: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for text, data in entries:
            box.addItem(text, data)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)
        if box.currentData() != current:  # the chosen entry went away: show all again
            box.currentIndexChanged.emit(box.currentIndex())

    # -- selection and actions -------------------------------------------------------------
    def selected(self) -> list[Annotation]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(ANNOTATION_ROLE) for r in rows]

    def select(self, annotation_id: str) -> bool:
        """Select (and scroll to) one annotation; False when filtered out or unknown."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ANNOTATION_ROLE).id == annotation_id:
                self.view.selectRow(row)
                self.view.scrollTo(index)
                return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.view.selectionModel().selectedRows()
        self.edit_action.setEnabled(len(chosen) == 1)
        self.delete_action.setEnabled(bool(chosen))
        self.edit_button.setEnabled(len(chosen) == 1)
        self.delete_button.setEnabled(bool(chosen))

    def _jump(self, index: QModelIndex | QPersistentModelIndex) -> None:
        ann = index.data(ANNOTATION_ROLE)
        if ann is not None:
            self.jumpRequested.emit(ann)

    def edit_selected(self) -> Annotation | None:
        """Edit the selected annotation in the dialog, as one undo step."""
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        old = chosen[0]
        new = self.ask_edit(old, self.known_tags())
        if new is None or new == old:
            return None
        self.undo_stack.push(_EditCommand(self, old, new))
        return new

    def delete_selected(self) -> int:
        """Delete the selected annotations, as one undo step; returns how many."""
        ids = {a.id for a in self.selected()}
        removed = [(i, a) for i, a in enumerate(self.model.items) if a.id in ids]
        if removed:
            self.undo_stack.push(_DeleteCommand(self, removed))
        return len(removed)

    # -- the changes undo commands make ----------------------------------------------------
    def _replace(self, ann: Annotation) -> None:
        self._commit([ann if a.id == ann.id else a for a in self.model.items], keep=ann.id)

    def _remove(self, ids: list[str]) -> None:
        self._commit([a for a in self.model.items if a.id not in ids])

    def _insert(self, removed: list[tuple[int, Annotation]]) -> None:
        items = [a for a in self.model.items if a.id not in {ann.id for _, ann in removed}]
        for index, ann in sorted(removed, key=lambda pair: pair[0]):
            items.insert(min(index, len(items)), ann)
        self._commit(items, keep=removed[0][1].id)

    def _commit(self, items: list[Annotation], keep: str = "") -> None:
        self.set_annotations(items)
        if keep:
            self.select(keep)
        self.annotationsChanged.emit(self.annotations())
