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


# -- per project: a reopened project comes back as it was left --------------------------------
def _project_key(path) -> str:
    import hashlib
    from pathlib import Path

    resolved = str(Path(path).resolve())
    return "projects/" + hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:16]


def save_project(win) -> None:
    """Remember how ``win`` shows its project: docks, splitters, source, scroll positions.

    Kept in QSettings under the project file's path (not in the project: a layout belongs
    to this screen, and the file may be opened on another).
    """
    ws = win.open_ws
    if ws is None or ws.project_path is None or not win.work_built:
        return
    qs = win.prefs.qs
    key = _project_key(ws.project_path)
    qs.setValue(f"{key}/state", win.saveState())
    for splitter in (win.splitter, win.sources.splitter):
        qs.setValue(f"{key}/splitter/{splitter.objectName()}", splitter.saveState())
    qs.setValue(f"{key}/source", win.sources.current_id() or "")
    qs.setValue(f"{key}/source_scroll", win.sources.view.text.verticalScrollBar().value())
    qs.setValue(f"{key}/briefing_scroll", win.editor.scroll.verticalScrollBar().value())
    qs.sync()


def restore_project(win) -> bool:
    """Show the open project as it was last left (False if it was never seen here)."""
    from PySide6.QtCore import QTimer

    ws = win.open_ws
    if ws is None or ws.project_path is None or not win.work_built:
        return False
    qs = win.prefs.qs
    key = _project_key(ws.project_path)
    state = qs.value(f"{key}/state")
    if not isinstance(state, QByteArray) or state.isEmpty():
        return False
    win.restoreState(state)
    for splitter in (win.splitter, win.sources.splitter):
        saved = qs.value(f"{key}/splitter/{splitter.objectName()}")
        if isinstance(saved, QByteArray):
            splitter.restoreState(saved)
    source = str(qs.value(f"{key}/source", "") or "")
    if source:
        win.sources.show_source(source)
    scrolls = (
        (win.sources.view.text.verticalScrollBar(), int(qs.value(f"{key}/source_scroll", 0))),
        (win.editor.scroll.verticalScrollBar(), int(qs.value(f"{key}/briefing_scroll", 0))),
    )

    def scroll() -> None:  # once laid out (the editor restores its own scroll on a timer too)
        for bar, value in scrolls:
            bar.setValue(value)

    QTimer.singleShot(0, scroll)
    QTimer.singleShot(50, scroll)
    return True
