"""The Actors map: actors as nodes coloured by type, linked by how often they share a sentence."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
)

from briefing_app.graph import place_nodes
from briefing_app.model import Actor
from briefing_app.ui.actors import map_figure, map_legend
from briefing_app.ui.actors.map_figure import MapExportError, screen_colours
from briefing_app.ui.actors.map_items import (
    HIGHLIGHT,
    ID_ROLE,
    NODE_EDGE,
    EdgeItem,
    NodeItem,
    edge_width,
)
from briefing_app.ui.actors.map_labels import NodeLabel, room_for
from briefing_app.ui.actors.map_plan import (
    BackgroundLayout,
    Centres,
    EdgeLike,
    MapPlan,
    plan_map,
)
from briefing_app.ui.actors.map_zoom import ZoomableView
from briefing_app.ui.widgets import theme
from briefing_app.ui.widgets.wording import count

# Node colours by actor type: the reading view's entity highlight colours (theme.py is the one
# source of truth), in their light tones because the map is a white figure in both schemes.
ACTOR_COLOURS: dict[str, str] = {
    t: theme.ENTITY_COLOURS[t][0] for t in ("person", "organization", "place")
}
TYPE_LABELS = {"person": "Person", "organization": "Organisation", "place": "Place"}
OTHER_COLOUR = "#7f7f7f"
NO_ACTORS = "No actors to show yet: add sources and let them be analysed."


# -- the view --------------------------------------------------------------------------------
class ActorsMap(ZoomableView):
    """A graph of actors; click a node to select an actor, an edge to list its sentences.

    On screen it follows the window's light or dark scheme and shows the names it has room
    for (see ``map_labels``); exported or put in the briefing it is a print figure on white.
    """

    actorSelected = Signal(str)  # actor id
    edgeSelected = Signal(object)  # the edge object given to set_graph
    graphShown = Signal()  # a new map is on screen (after set_graph or a background layout)

    def __init__(self, parent=None, *, max_nodes: int = 40):
        super().__init__(parent)
        self.max_nodes = max_nodes
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # +, - and 0 zoom from the keyboard
        self.setAccessibleName("Actors map")
        self.viewport().setAccessibleName("Actors map")
        self.setToolTip("")
        self.nodes: dict[str, QGraphicsEllipseItem] = {}
        self.labels: dict[str, NodeLabel] = {}
        self.edges: list[EdgeItem] = []
        self.label_font = QFont(self.font())
        self.label_font.setPointSizeF(12.0)  # large for the scene: the figure is shown scaled down
        self.screen_font = QFont(self.font())  # the window's own size: labels read like text
        self._rank: list[str] = []  # actor ids, most salient first: whose name shows first
        self._legend: list[QGraphicsItem] = []
        self._legend_types: list[str] = []
        self._selected = ""
        self._hovered = ""
        self._printing = False
        self._message_item = None
        self._generation = 0  # of the latest map asked for: a late layout result is dropped
        self._layout = BackgroundLayout(self, self._draw, self._layout_failed)
        self.colours = screen_colours()
        self.setBackgroundBrush(QColor(self.colours.background))
        self.set_graph([], [])

    # -- building --------------------------------------------------------------------------
    def set_graph(self, actors: Sequence[Actor], edges: Sequence[EdgeLike]) -> None:
        """Draw these actors (hidden ones left out) and their co-occurrence edges, now.

        The layout runs on the calling thread: exports and tests use this; the panel uses
        ``request_graph``, which lays the map out on a worker.
        """
        plan = self._plan(actors, edges)
        self._draw(plan, place_nodes(plan.snapshot) if plan.shown else {})

    def request_graph(self, actors: Sequence[Actor], edges: Sequence[EdgeLike]) -> None:
        """Draw these actors once a worker has laid them out; until then the map shows what it
        showed. A later request (or ``set_graph``) makes this one stale: its result is dropped.
        ``graphShown`` tells when the new map is on screen."""
        plan = self._plan(actors, edges)
        if not plan.shown:
            self._draw(plan, {})
            return
        self._layout.ask(plan)

    def layout_pending(self) -> bool:
        """A background layout has been asked for and is not drawn yet."""
        return self._layout.pending is not None

    def _layout_failed(self, plan: MapPlan, exc: BaseException) -> None:
        self._draw(MapPlan([], [], {}, [], plan.snapshot), {}, f"Could not lay out the map: {exc}")

    def _plan(self, actors: Sequence[Actor], edges: Sequence[EdgeLike]) -> MapPlan:
        self._generation += 1
        self._layout.pending = None  # (a background layout still running is stale now)
        return plan_map(actors, edges, self.max_nodes, self.label_font, self._generation)

    def _draw(self, plan: MapPlan, centres: Centres, empty: str = NO_ACTORS) -> None:
        """Replace the scene by the planned map with its nodes at ``centres`` (quick: items)."""
        self._layout.pending = None
        scene = self.scene()
        scene.clear()
        self.nodes, self.labels, self.edges, self._selected = {}, {}, [], ""
        self._legend, self._legend_types, self._rank, self._hovered = [], [], [], ""
        self._message_item = None
        self.colours = screen_colours()
        self.setBackgroundBrush(QColor(self.colours.background))
        if not plan.shown:
            self._message(empty)
            self.graphShown.emit()
            return
        self._rank = plan.rank
        at = {i: QPointF(*c) for i, c in centres.items()}
        heaviest = max((e.weight for e in plan.kept), default=1)
        names = {a.id: a.name for a in plan.shown}
        for e in sorted(plan.kept, key=lambda e: e.weight):  # heavy edges drawn on top
            item = EdgeItem(e, at[e.a], at[e.b], edge_width(e.weight, heaviest))
            item.setToolTip(f"{names[e.a]} — {names[e.b]}: {item.toolTip()}")
            scene.addItem(item)
            self.edges.append(item)
        for actor in plan.shown:
            self._add_node(actor, at[actor.id], plan.radii[actor.id])
        self._add_legend({a.type for a in plan.shown})
        bounds = scene.itemsBoundingRect().adjusted(-24, -24, 24, 24)
        scene.setSceneRect(bounds)
        self._set_printing(False, relabel=False)  # (fit places the names)
        self.fit()
        self.graphShown.emit()

    def _add_node(self, actor: Actor, centre: QPointF, r: float) -> None:
        colour = QColor(ACTOR_COLOURS.get(actor.type, OTHER_COLOUR))
        node = NodeItem(r, self)
        node.setPos(centre)
        node.setBrush(QBrush(colour))
        node.setPen(QPen(colour.darker(NODE_EDGE), 1.5))
        node.setZValue(2)
        node.setData(ID_ROLE, actor.id)
        node.setCursor(Qt.CursorShape.PointingHandCursor)
        type_name = TYPE_LABELS.get(actor.type, actor.type.capitalize())
        node.setToolTip(
            f"<b>{actor.name}</b><br>{type_name} · {count(actor.mentions, 'mention')} in "
            f"{count(len(actor.sources), 'source')}"
        )
        self.scene().addItem(node)
        label = NodeLabel(actor.name, node, r, (self.screen_font, self.label_font))
        label.set_mode(True, map_figure.PRINT)  # print size: as the scene was laid out
        self.nodes[actor.id] = node
        self.labels[actor.id] = label

    def _add_legend(self, types: set[str]) -> None:
        """The key to the colours, at the top of the figure (on screen: drawn over the view)."""
        self._legend_types = [t for t in ACTOR_COLOURS if t in types]
        self._legend = map_legend.add_to_scene(self.scene(), self._legend_parts(), self.label_font)

    def _legend_parts(self) -> map_legend.Parts:
        return [(TYPE_LABELS[t], QColor(ACTOR_COLOURS[t])) for t in self._legend_types]

    def _message(self, text: str) -> None:
        self._message_item = item = self.scene().addSimpleText(text, self.label_font)
        item.setBrush(QColor(self.colours.hint))
        self.scene().setSceneRect(item.boundingRect().adjusted(-20, -20, 20, 20))
        self.fit()

    # -- screen or print -------------------------------------------------------------------
    def _set_printing(self, printing: bool, *, relabel: bool = True) -> None:
        """Print: every label at the scene's scale, the legend in the figure, on white.
        Screen: the window's colours, labels at text size where there is room for them."""
        self._printing = printing
        colours = map_figure.PRINT if printing else self.colours
        for label in self.labels.values():
            label.set_mode(printing, colours)
            label.setVisible(True)  # (on screen update_labels then hides those without room)
        for item in self._legend:
            item.setVisible(printing)
        for edge in self.edges:
            edge.base_colour = colours.edge
            edge.set_highlight(edge.selected_edge)
        if not printing and relabel:
            self.update_labels()

    @contextlib.contextmanager
    def printing(self) -> Iterator[None]:
        """Within: the scene is the print figure (exports render it), then the screen again."""
        self._set_printing(True)
        try:
            yield
        finally:
            self._set_printing(False)

    def restyle(self) -> None:
        """Follow a change of the window's light or dark scheme."""
        self.colours = screen_colours()
        self.setBackgroundBrush(QColor(self.colours.background))
        if self._message_item is not None:
            self._message_item.setBrush(QColor(self.colours.hint))
        self._set_printing(False)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.restyle()
        super().changeEvent(event)

    # -- labels on screen ------------------------------------------------------------------
    def label_rect(self, actor_id: str) -> QRectF:
        """Where a label is drawn on screen, in viewport coordinates."""
        label = self.labels[actor_id]
        if label.printing:
            return self.mapFromScene(label.sceneBoundingRect()).boundingRect().toRectF()
        return label.rect().translated(QPointF(self.mapFromScene(label.scenePos())))

    def update_labels(self) -> None:
        """Show the names there is room for at this zoom (most salient first), and the hovered
        and selected actors' names whatever they cover."""
        if self._printing or not self.labels:
            return
        node_rects = {
            i: self.mapFromScene(n.sceneBoundingRect()).boundingRect().toRectF()
            for i, n in self.nodes.items()
        }
        sizes = {i: label.text_size() for i, label in self.labels.items()}
        forced = [i for i in (self._hovered, self._selected) if i]
        view = self.viewport().rect().toRectF()
        chosen = room_for(self._rank, sizes, node_rects, forced, [self._legend_rect()], view)
        for actor_id, label in self.labels.items():
            side = chosen.get(actor_id)
            if side is not None and side != label.side:
                label.place(side)
            label.setVisible(side is not None)
        for actor_id, node in self.nodes.items():
            node.setZValue(5 if actor_id in forced else 2)  # its name over the neighbours

    def shown_labels(self) -> list[str]:
        """The names on screen now, most salient first."""
        return [self.labels[i].name for i in self._rank if self.labels[i].isVisible()]

    def hover(self, actor_id: str) -> None:
        self._hovered = actor_id
        self.update_labels()

    def _legend_rect(self) -> QRectF:
        return map_legend.screen_rect(self._legend_parts(), self.screen_font)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """The colour key in the top-left corner of the view, at text size."""
        super().drawForeground(painter, rect)
        if not self._printing and self._legend_types:
            painter.save()
            painter.resetTransform()
            map_legend.draw(painter, self._legend_parts(), self.screen_font, self.colours)
            painter.restore()

    # -- reading it back -------------------------------------------------------------------
    def node_count(self) -> int:
        return len(self.nodes)

    def edge_count(self) -> int:
        return len(self.edges)

    def node_position(self, actor_id: str) -> QPointF:
        """Where a node's centre is, in scene coordinates."""
        return self.nodes[actor_id].pos()

    def edge_items(self) -> list[EdgeItem]:
        return list(self.edges)

    # -- interaction -----------------------------------------------------------------------
    def select_actor(self, actor_id: str) -> None:
        """Ring an actor's node and colour its links (empty id clears)."""
        self._selected = actor_id
        for node_id, node in self.nodes.items():
            base = QColor(node.brush().color()).darker(NODE_EDGE)
            on = node_id == actor_id
            node.setPen(QPen(QColor(HIGHLIGHT) if on else base, 3.5 if on else 1.5))
        for item in self.edges:
            item.selected_edge = actor_id in (item.edge.a, item.edge.b)
            item.set_highlight(item.selected_edge)
        self.update_labels()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            item = self.itemAt(event.position().toPoint())
            while item is not None and item.parentItem() is not None:
                item = item.parentItem()
            if isinstance(item, QGraphicsEllipseItem) and item.data(ID_ROLE):
                actor_id = str(item.data(ID_ROLE))
                self.select_actor(actor_id)
                self.actorSelected.emit(actor_id)
                event.accept()
                return
            if isinstance(item, EdgeItem):
                self.edgeSelected.emit(item.edge)
                event.accept()
                return
        super().mousePressEvent(event)

    # -- export ----------------------------------------------------------------------------
    def render_image(self, scale: float = 2.0) -> QImage:
        """The whole map as a print figure on white at ``scale`` times its natural size."""
        with self.printing():
            return map_figure.render_image(self.scene(), scale)

    def export_png(self, path: str | os.PathLike, scale: float = 2.0) -> Path:
        """Write the map as a PNG figure on white (atomically)."""
        with self.printing():
            return map_figure.write_png(self.scene(), path, scale)

    def export_svg(self, path: str | os.PathLike) -> Path:
        """Write the map as an SVG figure on white (atomically)."""
        with self.printing():
            return map_figure.write_svg(self.scene(), path)


__all__ = [
    "ACTOR_COLOURS",
    "TYPE_LABELS",
    "ActorsMap",
    "EdgeLike",
    "MapExportError",
]
