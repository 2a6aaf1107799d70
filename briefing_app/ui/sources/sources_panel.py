"""The left side: the list of loaded sources above the reading view of the chosen one."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from briefing_app.model import Annotation, EntitySpan, Evidence, Source, list_names
from briefing_app.ui.sources.source_view import SourceView
from briefing_app.ui.widgets.delete_key import on_delete, show_keys
from briefing_app.ui.widgets.icons import icon

ID_ROLE = Qt.ItemDataRole.UserRole + 1
EMPTY_TEXT = (
    "<h3>No sources yet</h3>"
    "<p>Drop article files here (text, HTML, Markdown, Word or PDF),<br>"
    "or use <b>File ▸ Open Sources…</b> (Ctrl+Shift+O)<br>"
    "or <b>File ▸ New Source from Clipboard</b> (Ctrl+Shift+V).</p>"
    "<p>Each source is analysed and the briefing on the right fills itself in.</p>"
)


LIST_ROWS = 6
# what a row shows after the source's title: what tells two sources of one title apart
# (" — update_b.txt", " (2)", from list_names) and the grade ("  [B2]")
TAIL_ROLE = Qt.ItemDataRole.UserRole + 2


class _TitleFirst(QStyledItemDelegate):
    """A row too long for a narrow pane keeps the start of its title and its tail (what
    tells it from a source of the same title, its grade) and loses the rest of the title:
    "Treasury Sanctions Belarus Offi…", "Flood upd… — update_b.txt". Elided in the middle
    the rows read "Treasury Sa…g Democracy", "Canada sancti…rus officials"."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        text = option.text
        widget = option.widget
        if not text or widget is None:
            return
        style = widget.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        room = room.width() - margin - 2
        metrics = option.fontMetrics
        if room <= 0 or metrics.horizontalAdvance(text) <= room:
            return
        tail = index.data(TAIL_ROLE) or ""
        head = text[: len(text) - len(tail)]
        tail_width = metrics.horizontalAdvance(tail)
        if tail and head and tail_width < room * 0.6:
            text = metrics.elidedText(head, Qt.TextElideMode.ElideRight, room - tail_width) + tail
        else:  # a long tail: both ends, as before
            mode = Qt.TextElideMode.ElideMiddle if tail else Qt.TextElideMode.ElideRight
            text = metrics.elidedText(text, mode, room)
        option.text = text


class SourcesPanel(QWidget):
    """Source list + reading view; ``show_evidence`` picks the source and jumps to the span."""

    source_selected = Signal(str)
    remove_requested = Signal(str)
    grade_requested = Signal(str, str, str)  # source id, reliability (A-F), credibility (1-6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sources: list[Source] = []
        self._names: dict[str, str] = {}  # source id -> its name in the list (list_names)
        self._entities: dict[str, list[EntitySpan]] = {}
        self._annotations: list[Annotation] = []
        self._mentions: list = []
        self.list = QListWidget()
        self.list.setAccessibleName("Sources")
        # a narrow pane elides long titles (the tooltip has them whole) rather than growing a
        # scroll bar that hides the last row; at the title's end, keeping what tells two
        # sources of one title apart (" — update_b.txt", at the end) (_TitleFirst)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setItemDelegate(_TitleFirst(self.list))
        self.list.setToolTip("The loaded sources; choose one to read it")
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.currentItemChanged.connect(self._current_changed)
        # Delete (Backspace) removes the current source, as Remove Source does (Undo restores)
        on_delete(self.list, self._remove_current)
        self.view = SourceView()
        self.empty = QLabel(EMPTY_TEXT)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName("No sources yet")
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("sourcesSplitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([64, 640])
        self.splitter.setChildrenCollapsible(False)
        # The list grows with the sources (up to LIST_ROWS rows) until the analyst sizes it.
        self._list_sized_by_user = False
        self.splitter.splitterMoved.connect(self._list_sized)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def set_sources(self, sources: Iterable[Source], current: str | None = None) -> None:
        """Show these sources; keep (or move to) ``current`` selected."""
        self._sources = list(sources)
        keep = current or self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        # two sources with one title are told apart, here and in the reading pane's title
        self._names = names = list_names(self._sources)
        for src in self._sources:
            grade = f"  [{src.grade}]" if src.grade else ""
            item = QListWidgetItem(icon("source"), names[src.id] + grade)
            item.setData(ID_ROLE, src.id)
            item.setData(TAIL_ROLE, names[src.id][len(src.display_name) :] + grade)
            graded = f"graded {src.grade}" if src.grade else "not graded"
            detail = " · ".join(p for p in (src.outlet, src.published[:10], graded) if p)
            item.setToolTip(f"{src.display_name}\n{detail}\n{src.path}".strip())
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.stack.setCurrentIndex(1 if self._sources else 0)
        if not self._sources:
            self.view.set_source(None)
            return
        ids = [s.id for s in self._sources]
        target = keep if keep in ids else ids[0]
        self._select(target, force=self.view.source is None or self.view.source.id != target)
        self._fit_list()

    def _list_sized(self, *_args) -> None:
        self._list_sized_by_user = True

    def _fit_list(self) -> None:
        """Give the list room for its rows (at most LIST_ROWS), unless the analyst sized it."""
        total = sum(self.splitter.sizes())
        if self._list_sized_by_user or total <= 0 or not self.list.count():
            return
        rows = min(self.list.count(), LIST_ROWS)
        want = rows * self.list.sizeHintForRow(0) + 2 * self.list.frameWidth() + 2
        want = min(want, total // 3)  # the reading view keeps most of the height
        if want > self.splitter.sizes()[0]:
            self.splitter.setSizes([want, total - want])

    def set_entities(self, entities: Iterable[EntitySpan]) -> None:
        self._entities = {}
        for span in entities:
            self._entities.setdefault(span.source, []).append(span)
        if self.view.source is not None:
            self.view.set_entities(self._entities.get(self.view.source.id, []))

    def set_annotations(self, annotations: Iterable[Annotation]) -> None:
        """The analyst's annotations, drawn on whichever source is shown."""
        self._annotations = list(annotations)
        self.view.set_annotations(self._annotations)

    def set_mentions(self, spans: Iterable) -> None:
        """Mentions of the selected actor (spans with source/start/end), drawn where shown."""
        self._mentions = list(spans)
        self.view.set_mentions(self._mentions)

    def source_ids(self) -> list[str]:
        return [s.id for s in self._sources]

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def show_source(self, source_id: str) -> bool:
        return self._select(source_id)

    def show_evidence(self, ev: Evidence) -> bool:
        """Open the source of ``ev``, then scroll to, select and flash the passage."""
        return self._select(ev.source) and self.view.show_evidence(ev)

    def _select(self, source_id: str, *, force: bool = False) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == source_id:
                if self.list.currentRow() != row:
                    self.list.setCurrentRow(row)  # loads it via _current_changed
                elif force:
                    self._load(source_id)
                return True
        return False

    def _current_changed(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self._load(item.data(ID_ROLE))
            self.source_selected.emit(item.data(ID_ROLE))

    def _load(self, source_id: str) -> None:
        src = next((s for s in self._sources if s.id == source_id), None)
        self.view.set_source(src, self._entities.get(source_id, []))
        if src is not None:
            self.view.title.setText(self._names[src.id])
        self.view.set_annotations(self._annotations)
        self.view.set_mentions(self._mentions)

    def _menu(self, pos) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self)
        source_id = item.data(ID_ROLE)
        self._grade_menus(menu, source_id)
        menu.addSeparator()
        remove = menu.addAction("Remove Source")
        show_keys(remove)
        remove.setStatusTip(
            "Take this source out of the briefing (the file is untouched; Undo restores it)"
        )
        chosen = menu.exec(self.list.mapToGlobal(pos))
        if chosen is remove:
            self.remove_requested.emit(source_id)
        menu.deleteLater()

    def _remove_current(self) -> None:
        source_id = self.current_id()
        if source_id:
            self.remove_requested.emit(source_id)

    def _grade_menus(self, menu: QMenu, source_id: str) -> None:
        """Reliability (A-F) and Credibility (1-6) submenus, the code's definitions as tips."""
        from briefing_app.standards import StandardsError
        from briefing_app.workspace.tradecraft import grading

        src = next((s for s in self._sources if s.id == source_id), None)
        if src is None:
            return
        try:
            code = grading()
        except StandardsError as err:  # a damaged resources/grading file: say which, not crash
            menu.addAction(f"Grades unavailable: {err}").setEnabled(False)
            return
        for title, grades, current, which in (
            ("&Reliability", code.reliability, src.reliability, 0),
            ("C&redibility", code.credibility, src.credibility, 1),
        ):
            sub = menu.addMenu(title)
            sub.setToolTipsVisible(True)
            for g in (None, *grades):
                value = g.grade if g else ""
                action = sub.addAction(f"{g.grade} — {g.label}" if g else "Not graded")
                action.setCheckable(True)
                action.setChecked(value == current)
                action.setToolTip(g.definition if g else "")
                pair = (value, src.credibility) if which == 0 else (src.reliability, value)
                action.triggered.connect(
                    lambda _=False, p=pair: self.grade_requested.emit(source_id, *p)
                )
