"""Drag and drop of files onto the window: projects open, anything else becomes a source."""

from __future__ import annotations


def local_paths(event) -> list[str]:
    """Local file paths carried by a drag (web URLs are ignored: nothing goes on the network)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


def accept_files(event) -> None:
    """A drag (enter or move) is accepted if it carries local files, else ignored."""
    if local_paths(event):
        event.acceptProposedAction()
    else:
        event.ignore()
