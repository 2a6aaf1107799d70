"""SVG icons from ``resources/icons``, drawn in the palette's text colour (so dark mode works)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from briefing_app.resources import resource_path

_SIZES = (16, 24, 32, 48)


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon ``name`` (file ``resources/icons/<name>.svg``); an empty icon if it is missing."""
    if colour is None:
        colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _icon(name, colour)


@cache
def _icon(name: str, colour: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    try:
        svg = path.read_text(encoding="utf-8")
    except OSError:
        return QIcon()
    # Qt's SVG renderer does not know currentColor, so we substitute it before rendering.
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode()))
    result = QIcon()
    ratio = 2.0  # crisp on high-DPI screens too
    for size in _SIZES:
        pixmap = QPixmap(int(size * ratio), int(size * ratio))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        result.addPixmap(pixmap)
    return result


def app_icon() -> QIcon:
    """The application's own icon (full colour)."""
    return icon("app", QColor("#000000").name())


def clear_cache() -> None:
    """Forget rendered icons (after the palette changed)."""
    _icon.cache_clear()
