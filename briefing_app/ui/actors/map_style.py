"""How the Actors map reads on screen and on paper: the palette, and which labels show.

On screen the map follows the window's scheme (dark on a dark desktop); exported or put in
the briefing it is a print figure on white. With many actors only the most mentioned carry
their names; the others show theirs on hover, or once the analyst zooms in.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem

ALL_LABELS_UP_TO = 20  # nodes; beyond this only the most mentioned are named
NAMED = 14  # how many are named then
ZOOM_FOR_ALL = 1.6  # times the fitted scale: zoomed in this far, every name shows

PRINT = {"background": "#ffffff", "text": "#222222", "backdrop": QColor(255, 255, 255, 235)}
DARK = {"background": "#1f2125", "text": "#e6e6e6", "backdrop": QColor(31, 33, 37, 225)}


class Node(QGraphicsEllipseItem):
    """A node whose name may be hidden until the pointer is on it."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.label: QGraphicsItem | None = None
        self.named = True  # the name shows without hovering
        self.setAcceptHoverEvents(True)

    def hoverEnterEvent(self, event) -> None:
        if self.label is not None:
            self.label.setVisible(True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        if self.label is not None:
            self.label.setVisible(self.named)
        super().hoverLeaveEvent(event)


def thin_labels(view, *, everything: bool = False) -> None:
    """Name every node of a small or zoomed-in map, only the most mentioned of a big one."""
    nodes: dict[str, Node] = view.nodes
    zoomed = view.fitted_scale > 0 and view.zoom_factor() >= ZOOM_FOR_ALL * view.fitted_scale
    show_all = everything or len(nodes) <= ALL_LABELS_UP_TO or zoomed
    ranked = sorted(nodes, key=lambda i: (-view.mentions.get(i, 0), i))
    top = set(ranked[:NAMED])
    for actor_id, node in nodes.items():
        if isinstance(node, Node):
            node.named = show_all or actor_id in top
            if node.label is not None:
                node.label.setVisible(node.named)


def colour(view, *, dark: bool) -> None:
    """Paint the map for the screen (``dark`` scheme or not) or, with dark=False, for print."""
    scheme = DARK if dark else PRINT
    view.setBackgroundBrush(QColor(scheme["background"]))
    view.background = scheme["background"]
    for node in view.nodes.values():
        backdrop = getattr(node, "label", None)
        if backdrop is None:
            continue
        backdrop.setBrush(QBrush(scheme["backdrop"]))
        for child in backdrop.childItems():
            child.setBrush(QColor(scheme["text"]))
    for text in view.legend_texts:
        text.setBrush(QColor(scheme["text"]))
