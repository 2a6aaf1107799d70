"""Laying out a graph for drawing: force-directed positions and label overlap removal.

Plain Python (no Qt): the Actors map draws what these compute, and the same input always gives
the same picture.
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

    ``iterations`` 0 picks a number that keeps the time bounded as the graph grows.
    """
    names = sorted(dict.fromkeys(nodes))
    n = len(names)
    if n == 0:
        return {}
    if n == 1:
        return {names[0]: (0.5, 0.5)}
    if iterations <= 0:  # about 60,000 pair steps: under ~100 ms for the 40 actors a map shows
        iterations = max(60, min(300, 60_000 * 2 // (n * (n - 1))))
    rng = random.Random(seed)
    xs = [math.cos(2 * math.pi * i / n) + rng.uniform(-0.05, 0.05) for i in range(n)]
    ys = [math.sin(2 * math.pi * i / n) + rng.uniform(-0.05, 0.05) for i in range(n)]
    index = {name: i for i, name in enumerate(names)}
    # sorted, so the float sums (and so the picture) do not depend on the order edges come in
    links = sorted(
        (min(index[a], index[b]), max(index[a], index[b]), 1.0 + math.log1p(w))
        for a, b, w in edges
        if a in index and b in index and a != b
    )
    k2 = 4.0 / n  # squared ideal distance in a 2x2 box
    k = math.sqrt(k2)
    temperature = 0.2
    for step in range(iterations):
        fx = [-x * GRAVITY for x in xs]  # gravity keeps unconnected actors from drifting off
        fy = [-y * GRAVITY for y in ys]
        for i in range(n):
            ax, ay = xs[i], ys[i]
            sx = sy = 0.0
            for j in range(i + 1, n):
                dx, dy = ax - xs[j], ay - ys[j]
                force = k2 / max(dx * dx + dy * dy, 1e-6)
                sx += dx * force
                sy += dy * force
                fx[j] -= dx * force
                fy[j] -= dy * force
            fx[i] += sx
            fy[i] += sy
        for a, b, strength in links:
            dx, dy = xs[a] - xs[b], ys[a] - ys[b]
            force = (math.hypot(dx, dy) or 1e-3) * strength / k
            fx[a] -= dx * force
            fy[a] -= dy * force
            fx[b] += dx * force
            fy[b] += dy * force
        cool = temperature * (1 - step / iterations) + 0.002
        for i in range(n):
            length = math.hypot(fx[i], fy[i])
            if length > 0:
                scale = min(length, cool) / length
                xs[i] += fx[i] * scale
                ys[i] += fy[i] * scale
    pos = {name: [xs[i], ys[i]] for i, name in enumerate(names)}
    _lay_flat(pos)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-6)
    return {name: ((p[0] - min(xs)) / span, (p[1] - min(ys)) / span) for name, p in pos.items()}


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
    """Offsets (dx, dy) that pull overlapping boxes (x, y, w, h) apart, so labels stay readable."""
    names = sorted(boxes)
    at = {name: [boxes[name][0], boxes[name][1]] for name in names}
    size = {name: (boxes[name][2] + gap, boxes[name][3] + gap) for name in names}
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                (ax, ay), (bx, by) = at[a], at[b]
                (aw, ah), (bw, bh) = size[a], size[b]
                over_x = min(ax + aw, bx + bw) - max(ax, bx)
                over_y = min(ay + ah, by + bh) - max(ay, by)
                if over_x <= 0 or over_y <= 0:
                    continue
                moved = True
                # push along the axis that needs the smaller move; ties broken by name order
                if over_x < over_y:
                    step = over_x / 2 + 0.5
                    sign = 1 if (ax + aw / 2) <= (bx + bw / 2) else -1
                    at[a][0] -= sign * step
                    at[b][0] += sign * step
                else:
                    step = over_y / 2 + 0.5
                    sign = 1 if (ay + ah / 2) <= (by + bh / 2) else -1
                    at[a][1] -= sign * step
                    at[b][1] += sign * step
        if not moved:
            break
    return {name: (at[name][0] - boxes[name][0], at[name][1] - boxes[name][1]) for name in names}
