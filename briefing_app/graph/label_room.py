"""Which names the Actors map has room for on screen, and on which side of their node.

Plain rectangles ``(x, y, w, h)`` in view coordinates, no Qt. Labels already placed and node
centres sit in a coarse grid, so placing a label looks only at its neighbours: choosing the
names for 150 actors takes a few ms where comparing all against all took tens, and it runs
again on every zoom, resize and hover.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

Rect = tuple[float, float, float, float]  # x, y, width, height
SIDES = ("below", "above", "right", "left")  # where a name may go, in order of preference
CELL = 64.0  # grid cell, in pixels: about a short name's width


def candidates(node: Rect, size: tuple[float, float], gap: float) -> dict[str, Rect]:
    """Where a label of ``size`` would be beside a node drawn in ``node``, by side."""
    x, y, w, h = node
    width, height = size
    cx, cy = x + w / 2, y + h / 2
    return {
        "below": (cx - width / 2, y + h + gap, width, height),
        "above": (cx - width / 2, y - gap - height, width, height),
        "right": (x + w + gap, cy - height / 2, width, height),
        "left": (x - gap - width, cy - height / 2, width, height),
    }


def choose_sides(
    order: Iterable[str],
    sizes: Mapping[str, tuple[float, float]],
    nodes: Mapping[str, Rect],
    forced: Iterable[str] = (),
    reserved: Iterable[Rect] = (),
    bounds: Rect | None = None,
    gap: float = 2.0,
) -> dict[str, str]:
    """The labels to show and on which side of their node.

    Taken in ``order`` (most salient first), a label goes on the first side where it covers
    no label already placed and no other node's centre; a label with no such side is left
    out. The first in ``order`` and the ``forced`` ones are always shown (below when nothing
    is free). A side that would run out of ``bounds`` is not taken.
    """
    order = list(order)
    forced = [f for f in forced if f in sizes]
    first = [*forced, *order[:1]]
    placed: dict[tuple[int, int], list[Rect]] = {}
    for rect in reserved:  # (the colour key drawn over the view)
        _add(placed, rect, rect)
    centres: dict[tuple[int, int], list[tuple[str, float, float]]] = {}
    for node_id, (x, y, w, h) in nodes.items():
        cx, cy = x + w / 2, y + h / 2
        centres.setdefault((math.floor(cx / CELL), math.floor(cy / CELL)), []).append(
            (node_id, cx, cy)
        )
    chosen: dict[str, str] = {}
    for actor_id in [*first, *order]:
        if actor_id in chosen or actor_id not in sizes:
            continue
        options = candidates(nodes[actor_id], sizes[actor_id], gap)
        side = next(
            (
                side
                for side, rect in options.items()
                if (bounds is None or _inside(rect, bounds))
                and _clear(rect, actor_id, placed, centres)
            ),
            None,
        )
        if side is None:
            if actor_id not in first:
                continue
            side = "below"
        chosen[actor_id] = side
        _add(placed, options[side], options[side])
    return chosen


def _cells(rect: Rect) -> list[tuple[int, int]]:
    x, y, w, h = rect
    return [
        (cx, cy)
        for cx in range(math.floor(x / CELL), math.floor((x + w) / CELL) + 1)
        for cy in range(math.floor(y / CELL), math.floor((y + h) / CELL) + 1)
    ]


def _add(grid: dict, rect: Rect, value) -> None:
    for key in _cells(rect):
        grid.setdefault(key, []).append(value)


def _overlap(a: Rect, b: Rect) -> bool:
    """The rectangles share some area (touching edges do not count), as QRectF.intersects."""
    return max(a[0], b[0]) < min(a[0] + a[2], b[0] + b[2]) and max(a[1], b[1]) < min(
        a[1] + a[3], b[1] + b[3]
    )


def _inside(rect: Rect, bounds: Rect) -> bool:
    x, y, w, h = rect
    bx, by, bw, bh = bounds
    return bx <= x and by <= y and x + w <= bx + bw and y + h <= by + bh


def _clear(rect: Rect, owner: str, placed: dict, centres: dict) -> bool:
    """Whether ``rect`` covers no placed label and no node centre but its owner's."""
    x, y, w, h = rect
    for key in _cells(rect):
        if any(_overlap(rect, p) for p in placed.get(key, ())):
            return False
        for node_id, cx, cy in centres.get(key, ()):
            if node_id != owner and x <= cx <= x + w and y <= cy <= y + h:
                return False
    return True
