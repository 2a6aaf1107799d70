"""The Actors dock: who the analysis found, with type, roles, mentions and sources."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.model import Actor, Analysis
from briefing_app.ui.icons import icon

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
            2, "How often the actor is mentioned (in how many sources)"
        )
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.tree.setToolTip("Double-click an actor to see where it is mentioned")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)

    def set_analysis(self, analysis: Analysis | None) -> None:
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
            tip = f"{actor.name} ({kind}): {actor.mentions} mentions in {n} source{'s' * (n != 1)}"
            tip += f"\nAlso: {aliases}" if aliases else ""
            item.setToolTip(0, tip)
            self.tree.addTopLevelItem(item)
        self.tree.setSortingEnabled(True)
        self._apply_filter()

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
