"""The Actors map as a print figure: PNG and SVG files, always on white with every name."""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from briefing_app.export import ExportError, atomic_write
from briefing_app.ui.actors import map_style
from briefing_app.ui.widgets import theme

BACKGROUND = "#ffffff"


class Printed:
    """``with Printed(view):`` the map is a print figure (white, every node named)."""

    def __init__(self, view) -> None:
        self.view = view

    def __enter__(self) -> None:
        map_style.colour(self.view, dark=False)
        map_style.thin_labels(self.view, everything=True)

    def __exit__(self, *exc) -> None:
        map_style.colour(self.view, dark=theme.is_dark())
        map_style.thin_labels(self.view)


def render_image(view, scale: float = 2.0) -> QImage:
    """The whole map as an image at ``scale`` times its natural size (for print)."""
    with Printed(view):
        return _render_image(view, scale)


def _render_image(view, scale: float) -> QImage:
    rect = view.scene().sceneRect()
    size = QSize(max(1, math.ceil(rect.width() * scale)), max(1, math.ceil(rect.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor(BACKGROUND))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.scene().render(painter, QRectF(0, 0, size.width(), size.height()), rect)
    painter.end()
    return image


def export_png(view, path: str | os.PathLike, scale: float = 2.0) -> Path:
    """Write the map as a PNG figure (atomically)."""
    image = render_image(view, scale)
    return _atomic(path, lambda tmp: image.save(str(tmp), "PNG"))


def export_svg(view, path: str | os.PathLike) -> Path:
    """Write the map as an SVG figure (atomically)."""
    rect = view.scene().sceneRect()

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
        with Printed(view):
            view.scene().render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
        return painter.end()

    return _atomic(path, write)


def _atomic(path: str | os.PathLike, write: Callable[[Path], bool]) -> Path:
    """Write through the one atomic writer; a ``write`` that reports failure is an error too."""
    target = Path(path)

    def checked(tmp: Path) -> None:
        if not write(tmp) or tmp.stat().st_size == 0:
            raise ExportError(f"{target}: the image could not be written there")

    return atomic_write(target, checked)
