"""The Actors map's colour key: in the figure (print) and over the view's corner (screen)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from briefing_app.ui.actors.map_figure import PRINT, MapColours
from briefing_app.ui.actors.map_items import NODE_EDGE

HINT = "Line width: sentences shared"
Parts = list[tuple[str, QColor]]  # (type name, node colour)


def add_to_scene(scene: QGraphicsScene, parts: Parts, font: QFont) -> list[QGraphicsItem]:
    """The key above the map's top-left corner, in the scene (shown in print only)."""
    top_left = scene.itemsBoundingRect().topLeft() + QPointF(-10, -44)
    metrics = QFontMetricsF(font)
    x = top_left.x()
    middle = top_left.y() + 5.5 - metrics.height() / 2
    items: list[QGraphicsItem] = []
    for name, colour in parts:
        dot = scene.addEllipse(x, top_left.y(), 11, 11, QPen(colour.darker(NODE_EDGE)), colour)
        dot.setZValue(4)
        text = scene.addSimpleText(name, font)
        text.setBrush(QColor(PRINT.label))
        text.setPos(x + 16, middle)
        x += 16 + metrics.horizontalAdvance(name) + 18
        items += [dot, text]
    hint = scene.addSimpleText(HINT, font)
    hint.setBrush(QColor(PRINT.hint))
    hint.setPos(x + 6, middle)
    return [*items, hint]


def screen_rect(parts: Parts, font: QFont) -> QRectF:
    """Where the key is drawn over the view (top left), in viewport coordinates."""
    if not parts:
        return QRectF()
    metrics = QFontMetricsF(font)
    width = sum(16 + metrics.horizontalAdvance(name) + 12 for name, _ in parts)
    width += metrics.horizontalAdvance(HINT) + 8
    return QRectF(4, 4, width + 8, metrics.height() + 8)


def draw(painter: QPainter, parts: Parts, font: QFont, colours: MapColours) -> None:
    """Paint the key over the view at text size (``painter`` in viewport coordinates)."""
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    h = metrics.height()
    painter.fillRect(screen_rect(parts, font), QColor(*colours.backdrop))
    x, y = 10.0, 8.0
    for name, colour in parts:
        painter.setPen(QPen(colour.darker(NODE_EDGE)))
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(x, y + h / 2 - 5, 10, 10))
        painter.setPen(QColor(colours.label))
        painter.drawText(QPointF(x + 15, y + metrics.ascent()), name)
        x += 16 + metrics.horizontalAdvance(name) + 12
    painter.setPen(QColor(colours.hint))
    painter.drawText(QPointF(x, y + metrics.ascent()), HINT)
