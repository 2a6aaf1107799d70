"""The graph layout behind the Actors map: plain maths, tested without Qt."""

from __future__ import annotations

import math
import sys

from briefing_app.graph import force_layout, separate


def test_the_layout_needs_no_qt():
    import subprocess

    code = (
        "import sys, briefing_app.graph; print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_layout_is_deterministic_and_fits_the_unit_square():
    nodes = [f"n{i}" for i in range(9)]
    edges = [(f"n{i}", f"n{i + 1}", i % 3 + 1) for i in range(8)]
    first = force_layout(nodes, edges)
    assert force_layout(list(reversed(nodes)), list(reversed(edges))) == first
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in first.values())
    assert force_layout(nodes, edges, seed=8) != first
    assert force_layout([], []) == {} and force_layout(["a"], []) == {"a": (0.5, 0.5)}


def test_separate_pulls_overlapping_boxes_apart():
    boxes = {"a": (0, 0, 50, 20), "b": (10, 5, 50, 20), "c": (200, 200, 10, 10)}
    moves = separate(boxes, gap=4)
    placed = {k: (x + moves[k][0], y + moves[k][1], w, h) for k, (x, y, w, h) in boxes.items()}
    ax, ay, aw, ah = placed["a"]
    bx, by, bw, bh = placed["b"]
    assert (
        ax + aw + 4 <= bx + 1e-6
        or bx + bw + 4 <= ax + 1e-6
        or ay + ah + 4 <= by + 1e-6
        or (by + bh + 4 <= ay + 1e-6)
    )
    assert moves["c"] == (0, 0), "boxes clear of others stay put"


def test_linked_nodes_end_up_closer_than_unlinked_ones():
    # two tight triangles joined by nothing: each node is nearer its own group than the other
    edges = [
        ("a", "b", 5),
        ("b", "c", 5),
        ("a", "c", 5),
        ("x", "y", 5),
        ("y", "z", 5),
        ("x", "z", 5),
    ]
    pos = force_layout(["a", "b", "c", "x", "y", "z"], edges)

    def dist(p, q):
        return math.dist(pos[p], pos[q])

    inside = max(dist(p, q) for group in ("abc", "xyz") for p in group for q in group if p < q)
    across = min(dist(p, q) for p in "abc" for q in "xyz")
    assert inside < across


def test_the_layout_runs_across_like_a_landscape_page():
    # a chain of ten: its long axis is turned to lie horizontally
    nodes = [f"n{i}" for i in range(10)]
    pos = force_layout(nodes, [(f"n{i}", f"n{i + 1}", 1) for i in range(9)])
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    assert max(xs) - min(xs) > max(ys) - min(ys)


def test_edges_to_unknown_nodes_and_self_loops_are_ignored():
    base = force_layout(["a", "b"], [("a", "b", 1)])
    assert force_layout(["a", "b"], [("a", "b", 1), ("a", "a", 3), ("a", "ghost", 2)]) == base


def test_separate_leaves_a_crowd_of_identical_boxes_without_overlaps():
    boxes = {f"b{i}": (100.0, 100.0, 80.0, 16.0) for i in range(8)}
    moves = separate(boxes, gap=2)
    placed = [(x + moves[k][0], y + moves[k][1], w, h) for k, (x, y, w, h) in boxes.items()]
    for i, (ax, ay, aw, ah) in enumerate(placed):
        for bx, by, bw, bh in placed[i + 1 :]:
            overlap_x = min(ax + aw, bx + bw) - max(ax, bx)
            overlap_y = min(ay + ah, by + bh) - max(ay, by)
            assert overlap_x <= 0 or overlap_y <= 0
