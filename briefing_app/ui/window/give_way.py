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
NARROW = 1200  # below this width docks side by side at one edge collapse to one tab strip
MIN_SIDE = 220
MIN_SOURCES = 260
BOTTOM_SHARE = 0.3  # of the bottom's width, at least, for a panel squeezed beside another


def give_way(win) -> None:
    """Shrink side docks and the reading pane so the briefing is the widest part."""
    if not win.work_built or win.width() >= WIDE:
        return
    width = win.width()
    sizes = win.splitter.sizes()
    if len(sizes) != 2:
        return
    side = _side_docks(win)
    if width < NARROW and _collapse_to_tabs(win, side):
        side = _side_docks(win)
    _share_the_bottom(win)
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


def _share_the_bottom(win) -> None:
    """Panels side by side at the bottom (Problems, Annotations) share its width when one is
    squeezed: at 1024 px Problems was left 160 px, a word a line."""
    docks = [
        d
        for d in win.findChildren(QDockWidget)
        if d.isVisible()
        and not d.isFloating()
        and win.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea
    ]
    if len(docks) < 2 or len({d.x() for d in docks}) < len(docks):
        return  # one panel, or panels stacked one above the other
    total = sum(d.width() for d in docks)
    least = int(total * BOTTOM_SHARE)
    squeezed = [d for d in docks if d.width() < least]
    if not squeezed:
        return
    rest = [d for d in docks if d not in squeezed]
    spare = (total - least * len(squeezed)) // max(1, len(rest))
    win.resizeDocks(
        squeezed + rest,
        [least] * len(squeezed) + [spare] * len(rest),
        Qt.Orientation.Horizontal,
    )


def _side_docks(win) -> list[QDockWidget]:
    """The docks showing at the left or right edge (not floating)."""
    return [
        d
        for d in win.findChildren(QDockWidget)
        if d.isVisible()
        and not d.isFloating()
        and win.dockWidgetArea(d)
        in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
    ]


def _collapse_to_tabs(win, side: list[QDockWidget]) -> bool:
    """Tabify the docks sharing an edge into one tab strip; True if any moved."""
    moved = False
    for area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea):
        docks = [d for d in side if win.dockWidgetArea(d) == area]
        if len(docks) < 2:
            continue
        first, tabbed = docks[0], win.tabifiedDockWidgets(docks[0])
        missing = [d for d in docks[1:] if d not in tabbed]
        for other in missing:
            win.tabifyDockWidget(first, other)
        if missing:
            first.raise_()  # (only then: a tab the analyst chose stays in front)
            moved = True
    return moved
