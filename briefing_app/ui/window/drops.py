"""Drag and drop of files onto the window: projects open, anything else becomes a source."""

from __future__ import annotations

from PySide6.QtGui import QDragEnterEvent, QDropEvent


def local_paths(event) -> list[str]:
    """Local file paths carried by a drag (web URLs are ignored: nothing goes on the network)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


class DropMixin:
    """Accepts file drops; the window provides ``open_paths``."""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if local_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event)
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)
