"""The Actors dock: who the analysis found, with type, roles, mentions and sources."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.model import Actor, Analysis
from briefing_app.ui.widgets.delete_key import on_delete
from briefing_app.ui.widgets.icons import icon
from briefing_app.ui.widgets.wording import count

ACTOR_ROLE = Qt.ItemDataRole.UserRole + 1


TYPE_NAMES = {"person": "Person", "organization": "Organisation", "place": "Place"}


class _Item(QTreeWidgetItem):
    def __lt__(self, other: QTreeWidgetItem) -> bool:  # numbers sort as numbers
        col = self.treeWidget().sortColumn() if self.treeWidget() else 0
        a, b = self.data(col, Qt.ItemDataRole.UserRole), other.data(col, Qt.ItemDataRole.UserRole)
        if isinstance(a, int) and isinstance(b, int):
            return a < b
        return self.text(col).lower() < other.text(col).lower()


class ActorsPanel(QWidget):
    """A sortable list of actors; activating one asks for its mentions to be shown."""

    actor_activated = Signal(object)  # Actor
    actor_selected = Signal(str)  # actor id of the current row ("" for none)
    menu_requested = Signal(object, QPoint)  # Actor, global position: the curation menu
    step_requested = Signal(int)  # +1 next mention, -1 previous mention
    hide_requested = Signal(str)  # actor id: Delete on its row (as the menu's Hide)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actors: dict[str, Actor] = {}
        self.filter = QComboBox()
        self.filter.setAccessibleName("Actor type filter")
        self.filter.addItem("All types", "")
        for key, name in TYPE_NAMES.items():
            self.filter.addItem(icon(key), name, key)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Actors")
        self.tree.setRootIsDecorated(False)
        # The type is the icon (and the filter above): the name gets the width.
        self.tree.setHeaderLabels(["Name", "Roles", "Mentions"])
        self.tree.headerItem().setToolTip(
            2,
            "Mentions: how often the actor is named in the sources; "
            "(n): in how many of the sources. 12 (3) is 12 mentions in 3 sources.",
        )
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.tree.setToolTip(
            "Select an actor to mark its mentions; right-click to rename, merge, split or hide it"
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Long roles ("Chinese Foreign Minister") must not squeeze the names: roles get a
        # fixed share (elided; the tooltip has them whole), the mentions fit their numbers.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 96)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # A long name wraps onto a second line rather than ending in "…"; rows are laid out
        # again whenever the columns change width (a tree keeps stale row heights otherwise).
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.sectionResized.connect(lambda index, *_: index == 0 and self._fit_rows())
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        on_delete(self.tree, self._hide_current)

        # Mention navigation for the selected actor (F3 / Shift+F3 do the same).
        self.prev_button = QToolButton(text="◀ Previous", autoRaise=True)
        self.prev_button.setToolTip("Previous mention of the selected actor (Shift+F3)")
        self.prev_button.setAccessibleName("Previous mention")
        self.prev_button.clicked.connect(lambda: self.step_requested.emit(-1))
        self.next_button = QToolButton(text="Next ▶", autoRaise=True)
        self.next_button.setToolTip("Next mention of the selected actor (F3)")
        self.next_button.setAccessibleName("Next mention")
        self.next_button.clicked.connect(lambda: self.step_requested.emit(1))
        self.mention_label = QLabel("Select an actor to see its mentions")
        self.mention_label.setAccessibleName("Mention position")
        self.mention_label.setWordWrap(True)  # two lines in a narrow dock, not a wider window
        self.mention_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mention_label.setStyleSheet("color: palette(placeholder-text);")
        nav = QHBoxLayout()
        nav.setContentsMargins(0, 0, 0, 0)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.mention_label, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.next_button)
        self.set_position(0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        layout.addLayout(nav)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # In a narrow dock the names get the room: roles stay in the tooltip.
        self.tree.setColumnHidden(1, self.width() < 340)
        QTimer.singleShot(0, self._fit_rows)  # once the columns have their new widths

    def _fit_rows(self) -> None:
        """Each row as tall as its name needs at the Name column's width (wrapped, whole)."""
        icon_width = self.tree.iconSize().width()
        if icon_width <= 0:  # no size set: (-1, -1), and a row fitted 17 px too wide ended "…"
            icon_width = self.tree.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        # the style paints the name 12 px narrower than the column less the icon (margins
        # round the icon and the text), no more: a row fitted narrower gets a blank second line
        width = self.tree.header().sectionSize(0) - icon_width - 12
        if width <= 0:
            return
        metrics = self.tree.fontMetrics()
        line = metrics.height() + 4
        flags = int(Qt.TextFlag.TextWordWrap)
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            text = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, item.text(0))
            item.setSizeHint(
                0, QSize(width, max(line, text.height() + 4))
            )  # (a size with -1 is ignored)

    def set_analysis(self, analysis: Analysis | None) -> None:
        """List the actors of ``analysis`` (hidden ones greyed); the selection is kept."""
        keep = self.current_id()
        self.tree.blockSignals(True)
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        self._actors = {}
        for actor in analysis.actors if analysis else []:
            self._actors[actor.id] = actor
            item = _Item(
                [actor.name, "; ".join(actor.roles), f"{actor.mentions} ({len(actor.sources)})"]
            )
            item.setIcon(0, icon(actor.type))
            item.setData(0, ACTOR_ROLE, actor.id)
            item.setData(2, Qt.ItemDataRole.UserRole, actor.mentions)
            aliases = ", ".join(a for a in actor.aliases if a != actor.name)
            kind = TYPE_NAMES.get(actor.type, actor.type)
            n = len(actor.sources)
            tip = f"{actor.name} ({kind}): {count(actor.mentions, 'mention')} in "
            tip += count(n, "source")
            tip += f"\nAlso: {aliases}" if aliases else ""
            tip += f"\nRoles: {'; '.join(actor.roles)}" if actor.roles else ""
            item.setToolTip(1, "; ".join(actor.roles))
            if actor.hidden:
                tip += "\nHidden from the briefing (right-click to show it again)"
                grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
                font = QFont(self.tree.font())
                font.setItalic(True)
                for col in range(3):
                    item.setForeground(col, grey)
                    item.setFont(col, font)
            item.setToolTip(0, tip)
            self.tree.addTopLevelItem(item)
        self.tree.setSortingEnabled(True)
        self._fit_rows()
        self._apply_filter()
        self.tree.blockSignals(False)
        if keep and not self.select_actor(keep):
            self.actor_selected.emit("")

    def actor(self, actor_id: str) -> Actor | None:
        return self._actors.get(actor_id)

    def current_id(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, ACTOR_ROLE)) if item is not None else ""

    def select_actor(self, actor_id: str) -> bool:
        """Make ``actor_id`` the current row (the type filter is cleared if it hides it)."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, ACTOR_ROLE) == actor_id:
                if item.isHidden():
                    self.filter.setCurrentIndex(0)
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return True
        return False

    def set_position(self, index: int, total: int) -> None:
        """Show "Mention i of n" for the selected actor (0 of 0: nothing to step through)."""
        for button in (self.prev_button, self.next_button):
            button.setEnabled(total > 0)
        if total:
            shown = f"Mention {index} of {total}" if index else count(total, "mention")
            self.mention_label.setText(shown)
        elif self.current_id():
            self.mention_label.setText("No mentions in the loaded sources")
        else:
            self.mention_label.setText("Select an actor to see its mentions")

    def _current_changed(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        self.actor_selected.emit(str(item.data(0, ACTOR_ROLE)) if item is not None else "")

    def _menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        actor = self._actors.get(item.data(0, ACTOR_ROLE)) if item is not None else None
        if actor is not None:
            self.tree.setCurrentItem(item)
            self.menu_requested.emit(actor, self.tree.viewport().mapToGlobal(pos))

    def _hide_current(self) -> None:
        actor = self._actors.get(self.current_id())
        if actor is not None and not actor.hidden:
            self.hide_requested.emit(actor.id)

    def names(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]

    def _apply_filter(self) -> None:
        wanted = self.filter.currentData()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            actor = self._actors.get(item.data(0, ACTOR_ROLE))
            item.setHidden(bool(wanted) and actor is not None and actor.type != wanted)

    def _activated(self, item: QTreeWidgetItem) -> None:
        actor = self._actors.get(item.data(0, ACTOR_ROLE))
        if actor is not None:
            self.actor_activated.emit(actor)
