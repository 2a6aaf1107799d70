"""Where the Actors map puts its nodes: the force layout at the figure's scale, names apart.

A pure job over a snapshot of plain values (no Qt, no actors): the map measures its labels on
the GUI thread, this runs on a worker, and the map then only creates its items.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from briefing_app.graph.layout import force_layout, separate

LANDSCAPE = 1.45  # the width:height the map aims for


@dataclass(frozen=True)
class MapSnapshot:
    """What the layout needs of a map: nodes, weighted links, and each node's size.

    ``boxes`` holds, per node id, the width of its node with its name under it and its radius;
    ``text_height`` is the height of a name. ``generation`` tells a late result from the
    current one.
    """

    ids: tuple[str, ...]
    edges: tuple[tuple[str, str, float], ...]
    boxes: dict[str, tuple[float, float]]  # id -> (width, radius)
    text_height: float
    generation: int = 0


def place_nodes(snapshot: MapSnapshot) -> dict[str, tuple[float, float]]:
    """Each node's centre in scene units: laid out landscape, spread by the number of nodes,
    then moved so no node-and-name box overlaps another."""
    unit = force_layout(list(snapshot.ids), list(snapshot.edges))
    if not unit:
        return {}
    extent = 105.0 * math.sqrt(len(unit)) + 80.0
    wide = max(p[0] for p in unit.values()) or 1.0
    tall = max(p[1] for p in unit.values()) or 1.0
    stretch = min(max(LANDSCAPE * tall / wide, 1.0), 1.6)  # a little wider fits screens
    centres = {i: (x * extent * stretch, y * extent) for i, (x, y) in unit.items()}
    boxes = {}
    for node_id, (cx, cy) in centres.items():
        width, r = snapshot.boxes[node_id]
        boxes[node_id] = (cx - width / 2, cy - r, width, 2 * r + 4 + snapshot.text_height)
    return {
        node_id: (centres[node_id][0] + dx, centres[node_id][1] + dy)
        for node_id, (dx, dy) in separate(boxes).items()
    }
