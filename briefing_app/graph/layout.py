"""Laying out a graph for drawing: force-directed positions and label overlap removal.

No Qt (numpy for the force layout): the Actors map draws what these compute, on a worker
thread, and the same input always gives the same picture.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence

GRAVITY = 4.0  # pull toward the centre: keeps unlinked actors and small groups near the rest


def force_layout(
    nodes: Sequence[str],
    edges: Sequence[tuple[str, str, float]],
    *,
    seed: int = 7,
    iterations: int = 0,
) -> dict[str, tuple[float, float]]:
    """Fruchterman–Reingold positions in the unit square; the same input gives the same output.

    ``iterations`` 0 picks a number that keeps the time bounded as the graph grows. Each step
    is a handful of numpy array operations over all pairs (a few ms for 150 nodes, where the
    plain-Python loops took most of a second).
    """
    names = sorted(dict.fromkeys(nodes))
    n = len(names)
    if n == 0:
        return {}
    if n == 1:
        return {names[0]: (0.5, 0.5)}
    if iterations <= 0:  # as many steps as the pure-Python loops could afford: the same pictures
        iterations = max(60, min(300, 60_000 * 2 // (n * (n - 1))))
    import numpy as np  # (lazily: the window starts without it; spaCy brings it anyway)

    rng = random.Random(seed)
    xs = [math.cos(2 * math.pi * i / n) + rng.uniform(-0.05, 0.05) for i in range(n)]
    ys = [math.sin(2 * math.pi * i / n) + rng.uniform(-0.05, 0.05) for i in range(n)]
    pos = np.array([xs, ys], dtype=float).T  # (n, 2)
    index = {name: i for i, name in enumerate(names)}
    # sorted, so the float sums (and so the picture) do not depend on the order edges come in
    links = sorted(
        (min(index[a], index[b]), max(index[a], index[b]), 1.0 + math.log1p(w))
        for a, b, w in edges
        if a in index and b in index and a != b
    )
    la = np.array([link[0] for link in links], dtype=np.intp)
    lb = np.array([link[1] for link in links], dtype=np.intp)
    strength = np.array([link[2] for link in links], dtype=float)
    k2 = 4.0 / n  # squared ideal distance in a 2x2 box
    k = math.sqrt(k2)
    temperature = 0.2
    for step in range(iterations):
        # repulsion between every pair: k² / d² along the line joining them (self-pairs give 0)
        dx = pos[:, 0, None] - pos[None, :, 0]
        dy = pos[:, 1, None] - pos[None, :, 1]
        force = k2 / np.maximum(dx * dx + dy * dy, 1e-6)
        f = np.stack(((dx * force).sum(axis=1), (dy * force).sum(axis=1)), axis=1)
        f -= pos * GRAVITY  # gravity keeps unconnected actors from drifting off
        if len(links):  # springs along the links
            d = pos[la] - pos[lb]
            length = np.hypot(d[:, 0], d[:, 1])
            pull = d * (np.where(length > 0, length, 1e-3) * strength / k)[:, None]
            np.subtract.at(f, la, pull)
            np.add.at(f, lb, pull)
        cool = temperature * (1 - step / iterations) + 0.002
        length = np.hypot(f[:, 0], f[:, 1])
        scale = np.where(length > 0, np.minimum(length, cool) / np.where(length > 0, length, 1), 0)
        pos += f * scale[:, None]
    placed = {name: [float(pos[i, 0]), float(pos[i, 1])] for i, name in enumerate(names)}
    _lay_flat(placed)
    xs = [p[0] for p in placed.values()]
    ys = [p[1] for p in placed.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-6)
    return {name: ((p[0] - min(xs)) / span, (p[1] - min(ys)) / span) for name, p in placed.items()}


def _lay_flat(pos: dict[str, list[float]]) -> None:
    """Turn the layout so its longest axis runs across: screens and pages are landscape."""
    n = len(pos)
    mx = sum(p[0] for p in pos.values()) / n
    my = sum(p[1] for p in pos.values()) / n
    sxx = sum((p[0] - mx) ** 2 for p in pos.values())
    syy = sum((p[1] - my) ** 2 for p in pos.values())
    sxy = sum((p[0] - mx) * (p[1] - my) for p in pos.values())
    angle = -0.5 * math.atan2(2 * sxy, sxx - syy)  # principal axis onto x
    cos, sin = math.cos(angle), math.sin(angle)
    for p in pos.values():
        x, y = p[0] - mx, p[1] - my
        p[0], p[1] = x * cos - y * sin, x * sin + y * cos


def separate(
    boxes: Mapping[str, tuple[float, float, float, float]], *, gap: float = 6.0, rounds: int = 200
) -> dict[str, tuple[float, float]]:
    """Offsets (dx, dy) that pull overlapping boxes (x, y, w, h) apart, so labels stay readable.

    Each round pushes every overlapping pair apart (in name order, along the axis that needs
    the smaller move) until a round moves nothing. A round compares only pairs that share a
    cell of a grid as coarse as the largest box and of which one box moved in the round
    before (a pair neither of whose boxes moved cannot have come to overlap), so it costs
    about the number of boxes on the move, not the square of all of them.
    """
    names = sorted(boxes)
    if not names:
        return {}
    at = [[boxes[name][0], boxes[name][1]] for name in names]
    size = [(boxes[name][2] + gap, boxes[name][3] + gap) for name in names]
    cell = (max(w for w, _ in size) or 1.0, max(h for _, h in size) or 1.0)
    moving = set(range(len(names)))  # round one compares every close pair
    spans = [_cells(at[i], size[i], cell) for i in range(len(names))]
    for _ in range(rounds):
        moved: set[int] = set()
        for i, j in _close_pairs(spans, moving):
            (ax, ay), (bx, by) = at[i], at[j]
            (aw, ah), (bw, bh) = size[i], size[j]
            over_x = min(ax + aw, bx + bw) - max(ax, bx)
            over_y = min(ay + ah, by + bh) - max(ay, by)
            if over_x <= 0 or over_y <= 0:
                continue
            moved.update((i, j))
            # push along the axis that needs the smaller move; ties broken by name order
            if over_x < over_y:
                step = over_x / 2 + 0.5
                sign = 1 if (ax + aw / 2) <= (bx + bw / 2) else -1
                at[i][0] -= sign * step
                at[j][0] += sign * step
            else:
                step = over_y / 2 + 0.5
                sign = 1 if (ay + ah / 2) <= (by + bh / 2) else -1
                at[i][1] -= sign * step
                at[j][1] += sign * step
        if not moved:
            break
        moving = moved
        for i in moved:
            spans[i] = _cells(at[i], size[i], cell)
    return {
        name: (at[i][0] - boxes[name][0], at[i][1] - boxes[name][1]) for i, name in enumerate(names)
    }


def _cells(at: list[float], size: tuple[float, float], cell: tuple[float, float]) -> list:
    """The grid cells a box at ``at`` of ``size`` covers."""
    (x, y), (w, h), (cell_w, cell_h) = at, size, cell
    return [
        (cx, cy)
        for cx in range(math.floor(x / cell_w), math.floor((x + w) / cell_w) + 1)
        for cy in range(math.floor(y / cell_h), math.floor((y + h) / cell_h) + 1)
    ]


def _close_pairs(spans: list[list[tuple[int, int]]], moving: set[int]) -> list[tuple[int, int]]:
    """Index pairs (i < j, sorted) of boxes sharing a grid cell, one of them in ``moving``.

    Every overlapping pair shares a cell: a box no larger than a cell spans at most two cells
    each way, and two boxes that overlap both cover the cell of a point they share.
    """
    grid: dict[tuple[int, int], list[int]] = {key: [] for i in moving for key in spans[i]}
    for i, cells in enumerate(spans):
        for key in cells:
            members = grid.get(key)
            if members is not None:
                members.append(i)
    pairs = {
        (min(i, j), max(i, j)) for i in moving for key in spans[i] for j in grid[key] if j != i
    }
    return sorted(pairs)
