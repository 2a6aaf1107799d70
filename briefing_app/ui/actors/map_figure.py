"""The Actors map as a print figure: colours for the screen (light or dark) and for print
(always on white), and writing the map as PNG or SVG."""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene

from briefing_app.export import ExportError, atomic_write
from briefing_app.ui.widgets import theme

# A map that cannot be written is an export failure like any other ("<file>: <reason>").
MapExportError = ExportError


@dataclass(frozen=True)
class MapColours:
    """What the map paints besides its nodes (whose colours say the actor's type)."""

    background: str
    label: str
    backdrop: tuple[int, int, int, int]  # behind a label, so lines under it do not cross it
    hint: str
    edge: str


PRINT = MapColours("#ffffff", "#222222", (255, 255, 255, 235), "#666666", "#8a8f98")
DARK = MapColours("#1e1f22", "#e6e6e6", (30, 31, 34, 215), "#a0a4aa", "#7d848e")


def screen_colours() -> MapColours:
    """The colours on screen: the window's light or dark scheme (print is always white)."""
    return DARK if theme.is_dark() else PRINT


def render_image(scene: QGraphicsScene, scale: float = 2.0) -> QImage:
    """The whole scene as an image on white at ``scale`` times its natural size."""
    rect = scene.sceneRect()
    size = QSize(max(1, math.ceil(rect.width() * scale)), max(1, math.ceil(rect.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor(PRINT.background))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), rect)
    painter.end()
    return image


def write_png(scene: QGraphicsScene, path: str | os.PathLike, scale: float = 2.0) -> Path:
    image = render_image(scene, scale)
    return atomic(path, lambda tmp: image.save(str(tmp), "PNG"))


def write_svg(scene: QGraphicsScene, path: str | os.PathLike) -> Path:
    rect = scene.sceneRect()

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
        painter.fillRect(QRectF(0, 0, rect.width(), rect.height()), QColor(PRINT.background))
        scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
        return painter.end()

    return atomic(path, write)


def atomic(path: str | os.PathLike, write: Callable[[Path], bool]) -> Path:
    """Write through the one atomic writer; a ``write`` that reports failure is an error too."""
    target = Path(path)

    def checked(tmp: Path) -> None:
        if not write(tmp) or tmp.stat().st_size == 0:
            raise MapExportError(f"{target}: the image could not be written there")

    return atomic_write(target, checked)
