"""Layout memory: the window's geometry, dock placement and splitters, kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication


def restore(win) -> None:
    """Put ``win`` (a MainWindow) back where and how big the analyst last left it."""
    qs = win.prefs.qs
    geometry = qs.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        win.restoreGeometry(geometry)
    else:
        screen = QGuiApplication.primaryScreen()
        size = screen.availableGeometry().size() if screen else None
        win.resize(
            min(1400, size.width() - 80) if size else 1280,
            min(900, size.height() - 80) if size else 820,
        )
    state = qs.value("window/state")
    if isinstance(state, QByteArray) and not state.isEmpty():
        win.restoreState(state)


def save(win) -> None:
    """Remember the window's geometry, docks and splitters for the next start."""
    qs = win.prefs.qs
    qs.setValue("window/geometry", win.saveGeometry())
    qs.setValue("window/state", win.saveState())
    if win.work_built:
        for splitter in (win.splitter, win.sources.splitter):
            qs.setValue(f"splitter/{splitter.objectName()}", splitter.saveState())
    qs.sync()
