"""In a small window the briefing gets the most room: side panels give way first.

Called when the window is resized or a dock is shown. Docks at the side are held to a share
of the width, and the reading pane to less than the briefing; the analyst can still drag
them wider (the next resize of the window applies the shares again).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

SIDE_DOCK_SHARE = 0.25  # of the window's width, at most, below WIDE
SOURCES_SHARE = 0.42  # of the central area's width, at most
WIDE = 1400  # from this width on the analyst's own sizes are left alone
MIN_SIDE = 220
MIN_SOURCES = 260


def give_way(win) -> None:
    """Shrink side docks and the reading pane so the briefing is the widest part."""
    if not win.work_built or win.width() >= WIDE:
        return
    width = win.width()
    sizes = win.splitter.sizes()
    if len(sizes) != 2:
        return
    side = [
        d
        for d in win.findChildren(QDockWidget)
        if d.isVisible()
        and not d.isFloating()
        and win.dockWidgetArea(d)
        in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
    ]
    if all(sizes[1] > other for other in [sizes[0], *(d.width() for d in side)]):
        return  # the briefing is already the widest part: the analyst's sizes stay
    cap = max(MIN_SIDE, int(width * SIDE_DOCK_SHARE))
    wide = [d for d in side if d.width() > cap]
    if wide:
        win.resizeDocks(wide, [cap] * len(wide), Qt.Orientation.Horizontal)
    sizes = win.splitter.sizes()
    total = sum(sizes)
    most = max(MIN_SOURCES, int(total * SOURCES_SHARE))
    if total > 0 and sizes[0] > most:
        win.splitter.setSizes([most, total - most])
