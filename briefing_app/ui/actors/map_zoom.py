"""Zooming and fitting of the actors map: wheel, +/-/0 keys, zoom about the centre, fit on
resize until the user zooms. Kept apart from ``actors_map`` (what the map draws)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGraphicsView

ZOOM_STEP = 1.25  # one press of Zoom In (a wheel notch is 1.15)
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0


class ZoomableView(QGraphicsView):
    """A graphics view that zooms (0.1x to 8x) and fits its scene until zoomed by hand;
    ``update_labels`` is called after every change of scale (a subclass re-lays its labels)."""

    zoomChanged = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._zoomed = False

    def update_labels(self) -> None:
        """Called after the scale changed; the actors map shows the names it has room for."""

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.15**steps)
        event.accept()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def zoom_by(self, factor: float) -> None:
        """Magnify by ``factor`` about the centre of the view (within 0.1x to 8x)."""
        current = self.transform().m11()
        factor = min(max(current * factor, MIN_ZOOM), MAX_ZOOM) / current
        if abs(factor - 1.0) < 1e-6:
            return
        self.scale(factor, factor)
        self._zoomed = True
        self.update_labels()
        self.zoomChanged.emit(self.zoom_factor())

    def zoom_in(self) -> None:
        self._zoom_centred(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_centred(1 / ZOOM_STEP)

    def _zoom_centred(self, factor: float) -> None:
        anchor = self.transformationAnchor()  # (the wheel zooms about the mouse)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(factor)
        self.setTransformationAnchor(anchor)

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
        self.update_labels()
        self.zoomChanged.emit(self.zoom_factor())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._zoomed:
            self.fit()
        else:
            self.update_labels()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._zoomed:
            self.fit()  # the panel has its size now: the whole map fits it
