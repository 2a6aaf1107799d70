"""The name under each node of the Actors map, and which names the screen has room for.

On screen a label keeps its size whatever the zoom (readable with 40 actors in a short dock);
the names of the most mentioned and most linked actors are placed first and a name that would
cover another is left out until the map is zoomed in or its node is hovered. In print (PNG,
SVG, the figure in the briefing) every label is drawn at the scene's scale, on white.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from briefing_app.graph.label_room import choose_sides
from briefing_app.ui.actors.map_figure import MapColours

GAP = 2.0  # between a node and its label


class NodeLabel(QGraphicsRectItem):
    """A name on a soft backdrop, hung beside its node (a child item of it)."""

    def __init__(self, name: str, node: QGraphicsItem, radius: float, fonts: tuple[QFont, QFont]):
        super().__init__(node)
        self.name = name
        self.radius = radius
        self.screen_font, self.print_font = fonts
        self.text = QGraphicsSimpleTextItem(name, self)
        self.setPen(Qt.PenStyle.NoPen)
        self.setZValue(3)
        self.printing = False
        self.side = "below"

    def text_size(self) -> tuple[float, float]:
        metrics = QFontMetricsF(self.print_font if self.printing else self.screen_font)
        return metrics.horizontalAdvance(self.name) + 6, metrics.height()

    def set_mode(self, printing: bool, colours: MapColours) -> None:
        """Screen size (unscaled by zoom) or print size (the scene's, below the node as the
        layout placed it), in ``colours``."""
        self.printing = printing
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, not printing)
        self.text.setFont(self.print_font if printing else self.screen_font)
        self.text.setBrush(QColor(colours.label))
        self.setBrush(QColor(*colours.backdrop))
        self.place("below")

    def place(self, side: str) -> None:
        """Hang the label below, above, right or left of the node."""
        self.side = side
        width, height = self.text_size()
        r = self.radius
        anchor, rect = {
            "below": ((0, r), QRectF(-width / 2, GAP, width, height)),
            "above": ((0, -r), QRectF(-width / 2, -GAP - height, width, height)),
            "right": ((r, 0), QRectF(GAP, -height / 2, width, height)),
            "left": ((-r, 0), QRectF(-GAP - width, -height / 2, width, height)),
        }[side]
        self.prepareGeometryChange()
        self.setPos(*anchor)  # on the node's rim, in the scene's scale
        self.setRect(rect)  # around it, at text size on screen
        self.text.setPos(rect.left() + 3, rect.top())


def room_for(
    order: Iterable[str],
    sizes: Mapping[str, tuple[float, float]],
    node_rects: Mapping[str, QRectF],
    forced: Iterable[str] = (),
    reserved: Iterable[QRectF] = (),
    bounds: QRectF | None = None,
) -> dict[str, str]:
    """The labels to show and on which side of their node, in view coordinates.

    Taken in ``order`` (most salient first), a label goes on the first side where it covers
    no label already placed and no other node's centre (a node may keep a name over its rim:
    it stays in sight and can still be clicked); a label with no such side is left out. The
    first in ``order`` and the ``forced`` ones (hovered, selected) are always shown. A side
    that would run out of ``bounds`` (the view) is not taken. (The maths, on a grid, is
    ``briefing_app.graph.label_room``.)
    """
    return choose_sides(
        order,
        sizes,
        {i: _plain(r) for i, r in node_rects.items()},
        forced,
        [_plain(r) for r in reserved],
        None if bounds is None else _plain(bounds),
        GAP,
    )


def _plain(rect: QRectF) -> tuple[float, float, float, float]:
    return rect.x(), rect.y(), rect.width(), rect.height()
