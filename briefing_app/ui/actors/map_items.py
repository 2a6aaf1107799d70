"""The Actors map's graphics items: an actor's node and a link between two actors."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsPathItem

from briefing_app.ui.actors.map_figure import screen_colours
from briefing_app.ui.widgets.wording import count

HIGHLIGHT = "#d62728"
NODE_EDGE = 175  # how much darker a node's outline is than its fill (pastel fills need a rim)
ID_ROLE = 0  # QGraphicsItem.data key holding the actor id of a node


class EdgeItem(QGraphicsPathItem):
    """A line between two nodes; its click area is wider than the line."""

    def __init__(self, edge, start: QPointF, end: QPointF, width: float):
        path = QPainterPath(start)
        path.lineTo(end)
        super().__init__(path)
        self.edge = edge
        self.width = width
        self.selected_edge = False  # it links the selected actor
        self.base_colour = screen_colours().edge
        colour = QColor(self.base_colour)
        colour.setAlpha(170)
        self.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.setZValue(0)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(count(edge.weight, "shared sentence"))

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(max(self.width, 9.0))
        return stroker.createStroke(self.path())

    def set_highlight(self, on: bool) -> None:
        colour = QColor(HIGHLIGHT if on else self.base_colour)
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


class NodeItem(QGraphicsEllipseItem):
    """An actor's circle; hovering it shows its label when the map has no room for it."""

    def __init__(self, r: float, view) -> None:
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.view = view
        self.setAcceptHoverEvents(True)

    def hoverEnterEvent(self, event) -> None:
        self.view.hover(str(self.data(ID_ROLE)))
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.view.hover("")
        super().hoverLeaveEvent(event)


def node_radius(mentions: int, most: int) -> float:
    return 9.0 + 15.0 * math.sqrt(max(mentions, 1) / max(most, 1))


def edge_width(weight: int, heaviest: int) -> float:
    return 1.2 + 6.0 * (weight - 1) / max(heaviest - 1, 1)
