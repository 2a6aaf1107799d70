"""The Actors map: actors as nodes coloured by type, linked by how often they share a sentence."""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from briefing_app.export import ExportError, atomic_write
from briefing_app.graph import force_layout, separate
from briefing_app.model import Actor, Evidence
from briefing_app.ui.widgets import theme

# Node colours by actor type: the reading view's entity highlight colours (theme.py is the one
# source of truth), in their light tones because the map is a white figure in both schemes.
ACTOR_COLOURS: dict[str, str] = {
    t: theme.ENTITY_COLOURS[t][0] for t in ("person", "organization", "place")
}
NODE_EDGE = 175  # how much darker a node's outline is than its fill (pastel fills need a rim)
TYPE_LABELS = {"person": "Person", "organization": "Organisation", "place": "Place"}
OTHER_COLOUR = "#7f7f7f"
BACKGROUND = "#ffffff"
LABEL_COLOUR = "#222222"
EDGE_COLOUR = "#8a8f98"
HIGHLIGHT = "#d62728"
ID_ROLE = 0  # QGraphicsItem.data key holding the actor id of a node
LANDSCAPE = 1.45  # the width:height the map aims for


class EdgeLike(Protocol):
    """What the map needs of a co-occurrence edge (``analysis.cooccurrence.Edge`` fits)."""

    a: str
    b: str
    weight: int
    evidence: list[Evidence]


# A map that cannot be written is an export failure like any other ("<file>: <reason>").
MapExportError = ExportError


# -- graphics items --------------------------------------------------------------------------
class _EdgeItem(QGraphicsPathItem):
    """A line between two nodes; its click area is wider than the line."""

    def __init__(self, edge: EdgeLike, start: QPointF, end: QPointF, width: float):
        path = QPainterPath(start)
        path.lineTo(end)
        super().__init__(path)
        self.edge = edge
        self.width = width
        self.selected_edge = False  # it links the selected actor
        colour = QColor(EDGE_COLOUR)
        colour.setAlpha(170)
        self.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.setZValue(0)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(f"{edge.weight} shared sentence{'s' if edge.weight != 1 else ''}")

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(max(self.width, 9.0))
        return stroker.createStroke(self.path())

    def set_highlight(self, on: bool) -> None:
        colour = QColor(HIGHLIGHT if on else EDGE_COLOUR)
        colour.setAlpha(230 if on else 170)
        pen = self.pen()
        pen.setColor(colour)
        self.setPen(pen)

    def hoverEnterEvent(self, event) -> None:
        self.set_highlight(True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.set_highlight(self.selected_edge)
        super().hoverLeaveEvent(event)


def _node_radius(mentions: int, most: int) -> float:
    return 9.0 + 15.0 * math.sqrt(max(mentions, 1) / max(most, 1))


def _edge_width(weight: int, heaviest: int) -> float:
    return 1.2 + 6.0 * (weight - 1) / max(heaviest - 1, 1)


# -- the view --------------------------------------------------------------------------------
class ActorsMap(QGraphicsView):
    """A graph of actors; click a node to select an actor, an edge to list its sentences."""

    actorSelected = Signal(str)  # actor id
    edgeSelected = Signal(object)  # the edge object given to set_graph

    def __init__(self, parent=None, *, max_nodes: int = 40):
        super().__init__(parent)
        self.max_nodes = max_nodes
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QColor(BACKGROUND))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAccessibleName("Actors map")
        self.setToolTip("")
        self.nodes: dict[str, QGraphicsEllipseItem] = {}
        self.edges: list[_EdgeItem] = []
        self.label_font = QFont(self.font())
        self.label_font.setPointSizeF(12.0)  # large for the scene: the figure is shown scaled down
        self._zoomed = False
        self._selected = ""
        self.set_graph([], [])

    # -- building --------------------------------------------------------------------------
    def set_graph(self, actors: Sequence[Actor], edges: Sequence[EdgeLike]) -> None:
        """Draw these actors (hidden ones left out) and their co-occurrence edges."""
        scene = self.scene()
        scene.clear()
        self.nodes, self.edges, self._selected = {}, [], ""
        shown = [a for a in actors if not a.hidden]
        degree: dict[str, int] = {}
        for e in edges:
            degree[e.a] = degree.get(e.a, 0) + e.weight
            degree[e.b] = degree.get(e.b, 0) + e.weight
        # the busiest actors when there are too many to read: linked first, then by mentions
        shown.sort(key=lambda a: (-(degree.get(a.id, 0) > 0), -a.mentions, -a.salience, a.id))
        shown = shown[: self.max_nodes]
        ids = {a.id for a in shown}
        kept = [e for e in edges if e.a in ids and e.b in ids and e.a != e.b]
        if not shown:
            self._message("No actors to show yet: add sources and let them be analysed.")
            return
        unit = force_layout(list(ids), [(e.a, e.b, e.weight) for e in kept])
        extent = 105.0 * math.sqrt(len(shown)) + 80.0
        wide = max((p[0] for p in unit.values()), default=1.0) or 1.0
        tall = max((p[1] for p in unit.values()), default=1.0) or 1.0
        stretch = min(max(LANDSCAPE * tall / wide, 1.0), 1.6)  # a little wider fits screens
        most = max(a.mentions for a in shown)
        metrics = QFontMetricsF(self.label_font)
        centres, boxes, radii = {}, {}, {}
        for actor in shown:
            x, y = unit[actor.id]
            centres[actor.id] = QPointF(x * extent * stretch, y * extent)
            radii[actor.id] = r = _node_radius(actor.mentions, most)
            width = max(metrics.horizontalAdvance(actor.name) + 8, 2 * r)
            height = 2 * r + 4 + metrics.height()
            c = centres[actor.id]
            boxes[actor.id] = (c.x() - width / 2, c.y() - r, width, height)
        for actor_id, (dx, dy) in separate(boxes).items():
            centres[actor_id] += QPointF(dx, dy)

        heaviest = max((e.weight for e in kept), default=1)
        for e in sorted(kept, key=lambda e: e.weight):  # heavy edges drawn on top
            item = _EdgeItem(e, centres[e.a], centres[e.b], _edge_width(e.weight, heaviest))
            names = {a.id: a.name for a in shown}
            item.setToolTip(f"{names[e.a]} — {names[e.b]}: {item.toolTip()}")
            scene.addItem(item)
            self.edges.append(item)
        for actor in shown:
            self._add_node(actor, centres[actor.id], radii[actor.id], metrics)
        self._add_legend({a.type for a in shown})
        bounds = scene.itemsBoundingRect().adjusted(-24, -24, 24, 24)
        scene.setSceneRect(bounds)
        self._zoomed = False
        self.fit()

    def _add_node(self, actor: Actor, centre: QPointF, r: float, metrics: QFontMetricsF) -> None:
        colour = QColor(ACTOR_COLOURS.get(actor.type, OTHER_COLOUR))
        node = QGraphicsEllipseItem(-r, -r, 2 * r, 2 * r)
        node.setPos(centre)
        node.setBrush(QBrush(colour))
        node.setPen(QPen(colour.darker(NODE_EDGE), 1.5))
        node.setZValue(2)
        node.setData(ID_ROLE, actor.id)
        node.setCursor(Qt.CursorShape.PointingHandCursor)
        type_name = TYPE_LABELS.get(actor.type, actor.type.capitalize())
        node.setToolTip(
            f"<b>{actor.name}</b><br>{type_name} · {actor.mentions} mention"
            f"{'s' if actor.mentions != 1 else ''} in {len(actor.sources)} source"
            f"{'s' if len(actor.sources) != 1 else ''}"
        )
        self.scene().addItem(node)

        label = QGraphicsSimpleTextItem(actor.name)
        label.setFont(self.label_font)
        label.setBrush(QColor(LABEL_COLOUR))
        width = metrics.horizontalAdvance(actor.name)
        backdrop = QGraphicsRectItem(
            QRectF(-width / 2 - 3, r + 2, width + 6, metrics.height()), node
        )
        backdrop.setBrush(QColor(255, 255, 255, 235))
        backdrop.setPen(Qt.PenStyle.NoPen)
        label.setParentItem(backdrop)
        label.setPos(-width / 2, r + 2)
        backdrop.setZValue(3)
        self.nodes[actor.id] = node

    def _add_legend(self, types: set[str]) -> None:
        scene = self.scene()
        top_left = scene.itemsBoundingRect().topLeft() + QPointF(-10, -44)
        metrics = QFontMetricsF(self.label_font)
        x = top_left.x()
        for type_ in [t for t in ACTOR_COLOURS if t in types]:
            colour = QColor(ACTOR_COLOURS[type_])
            dot = scene.addEllipse(x, top_left.y(), 11, 11, QPen(colour.darker(NODE_EDGE)), colour)
            dot.setZValue(4)
            text = scene.addSimpleText(TYPE_LABELS[type_], self.label_font)
            text.setBrush(QColor(LABEL_COLOUR))
            text.setPos(x + 16, top_left.y() + 5.5 - metrics.height() / 2)
            x += 16 + metrics.horizontalAdvance(TYPE_LABELS[type_]) + 18
        hint = scene.addSimpleText("Line width: sentences shared", self.label_font)
        hint.setBrush(QColor("#666666"))
        hint.setPos(x + 6, top_left.y() + 5.5 - metrics.height() / 2)

    def _message(self, text: str) -> None:
        item = self.scene().addSimpleText(text, self.label_font)
        item.setBrush(QColor("#666666"))
        self.scene().setSceneRect(item.boundingRect().adjusted(-20, -20, 20, 20))
        self.fit()

    # -- reading it back -------------------------------------------------------------------
    def node_count(self) -> int:
        return len(self.nodes)

    def edge_count(self) -> int:
        return len(self.edges)

    def node_position(self, actor_id: str) -> QPointF:
        """Where a node's centre is, in scene coordinates."""
        return self.nodes[actor_id].pos()

    def edge_items(self) -> list[_EdgeItem]:
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
            if isinstance(item, _EdgeItem):
                self.edgeSelected.emit(item.edge)
                event.accept()
                return
        super().mousePressEvent(event)

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if not steps:
            return
        factor = 1.15**steps
        current = self.transform().m11()
        if 0.1 <= current * factor <= 8.0:
            self.scale(factor, factor)
            self._zoomed = True
        event.accept()

    def zoom_factor(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        """Show the whole map (never magnified beyond 1:1, so small maps stay crisp)."""
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1.0:
            self.resetTransform()
            self.centerOn(rect.center())
        self._zoomed = False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._zoomed:
            self.fit()

    # -- export ----------------------------------------------------------------------------
    def render_image(self, scale: float = 2.0) -> QImage:
        """The whole map as an image at ``scale`` times its natural size (for print)."""
        rect = self.scene().sceneRect()
        size = QSize(
            max(1, math.ceil(rect.width() * scale)), max(1, math.ceil(rect.height() * scale))
        )
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor(BACKGROUND))
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.scene().render(painter, QRectF(0, 0, size.width(), size.height()), rect)
        painter.end()
        return image

    def export_png(self, path: str | os.PathLike, scale: float = 2.0) -> Path:
        """Write the map as a PNG figure (atomically)."""
        image = self.render_image(scale)
        return _atomic(path, lambda tmp: image.save(str(tmp), "PNG"))

    def export_svg(self, path: str | os.PathLike) -> Path:
        """Write the map as an SVG figure (atomically)."""
        rect = self.scene().sceneRect()

        def write(tmp: Path) -> bool:
            generator = QSvgGenerator()
            generator.setFileName(str(tmp))
            generator.setSize(QSize(math.ceil(rect.width()), math.ceil(rect.height())))
            generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
            generator.setTitle("Actors map")
            generator.setDescription("Actors linked by the sentences they share")
            painter = QPainter()
            if not painter.begin(generator):
                return False
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(QRectF(0, 0, rect.width(), rect.height()), QColor(BACKGROUND))
            self.scene().render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
            return painter.end()

        return _atomic(path, write)


def _atomic(path: str | os.PathLike, write: Callable[[Path], bool]) -> Path:
    """Write through the one atomic writer; a ``write`` that reports failure is an error too."""
    target = Path(path)

    def checked(tmp: Path) -> None:
        if not write(tmp) or tmp.stat().st_size == 0:
            raise MapExportError(f"{target}: the image could not be written there")

    return atomic_write(target, checked)


__all__ = [
    "ACTOR_COLOURS",
    "TYPE_LABELS",
    "ActorsMap",
    "EdgeLike",
    "MapExportError",
]
