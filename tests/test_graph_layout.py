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


def crowd(n: int) -> dict[str, tuple[float, float, float, float]]:
    """Label-sized boxes (a node and its name) where a force layout of ``n`` linked nodes puts
    them, at the map's scale: dense enough that many overlap before separation."""
    nodes = [f"actor {i:03d}" for i in range(n)]
    edges = [(nodes[i], nodes[j], 1 + (i + j) % 3) for i in range(n) for j in (i + 1, i + 7)
             if j < n]  # fmt: skip
    pos = force_layout(nodes, edges)
    extent = 105.0 * math.sqrt(n) + 80.0
    return {
        name: (x * extent * 1.4, y * extent, 60.0 + 9 * (i % 17), 46.0)
        for i, (name, (x, y)) in enumerate(sorted(pos.items()))
    }


def overlapping_pairs(boxes, moves, gap: float = 6.0) -> list[tuple[str, str]]:
    """Every pair (checked all against all) still closer than ``gap`` after the moves."""
    placed = {k: (x + moves[k][0], y + moves[k][1], w, h) for k, (x, y, w, h) in boxes.items()}
    names = sorted(placed)
    found = []
    for i, a in enumerate(names):
        ax, ay, aw, ah = placed[a]
        for b in names[i + 1 :]:
            bx, by, bw, bh = placed[b]
            if (min(ax + aw, bx + bw) - max(ax, bx) + gap > 1e-6
                    and min(ay + ah, by + bh) - max(ay, by) + gap > 1e-6):  # fmt: skip
                found.append((a, b))
    return found


def test_separating_a_crowd_of_80_labels_leaves_no_pair_overlapping():
    boxes = crowd(80)
    before = overlapping_pairs(boxes, {k: (0.0, 0.0) for k in boxes})
    assert len(before) > 20, "the crowd starts crowded"
    moves = separate(boxes)
    assert overlapping_pairs(boxes, moves) == []
    assert any(m == (0, 0) for m in moves.values()), "labels with room stay where they were"


def test_separation_and_layout_of_a_large_map_are_deterministic():
    boxes = crowd(60)
    moves = separate(boxes)
    assert separate(dict(reversed(list(boxes.items())))) == moves, "input order does not matter"
    assert separate(boxes) == moves
    nodes = [f"n{i}" for i in range(150)]
    edges = [(nodes[i], nodes[(i * 7 + 3) % 150], i % 4 + 1) for i in range(150)]
    first = force_layout(nodes, edges, seed=3)
    assert force_layout(list(reversed(nodes)), list(reversed(edges)), seed=3) == first
    assert force_layout(nodes, edges, seed=4) != first
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in first.values())


def rooms_by_brute_force(order, sizes, nodes, forced, reserved, bounds):
    """The label rule compared all against all (as the map did before its grid)."""
    from briefing_app.graph.label_room import _inside, _overlap, candidates

    first = [*[f for f in forced if f in sizes], *order[:1]]
    placed, chosen = list(reserved), {}
    for actor_id in [*first, *order]:
        if actor_id in chosen:
            continue
        centres = [(x + w / 2, y + h / 2) for i, (x, y, w, h) in nodes.items() if i != actor_id]
        side = next(
            (s for s, (x, y, w, h) in candidates(nodes[actor_id], sizes[actor_id], 2.0).items()
             if _inside((x, y, w, h), bounds)
             and not any(_overlap((x, y, w, h), p) for p in placed)
             and not any(x <= cx <= x + w and y <= cy <= y + h for cx, cy in centres)),
            None,
        )  # fmt: skip
        if side is None and actor_id not in first:
            continue
        chosen[actor_id] = side or "below"
        placed.append(candidates(nodes[actor_id], sizes[actor_id], 2.0)[chosen[actor_id]])
    return chosen


def test_the_names_shown_on_screen_are_those_an_all_pairs_check_would_show():
    import random

    from briefing_app.graph.label_room import candidates, choose_sides

    rng = random.Random(5)
    for n in (12, 40, 150):
        nodes = {}
        for i in range(n):
            r = rng.uniform(4, 12)
            nodes[f"a{i}"] = (rng.uniform(0, 900) - r, rng.uniform(0, 300) - r, 2 * r, 2 * r)
        sizes = {i: (rng.uniform(40, 170), 18.0) for i in nodes}
        order = sorted(nodes, key=lambda i: -sizes[i][0])
        view, legend = (0.0, 0.0, 900.0, 300.0), [(4.0, 4.0, 180.0, 22.0)]
        chosen = choose_sides(order, sizes, nodes, ["a7"], legend, view)
        assert chosen == rooms_by_brute_force(order, sizes, nodes, ["a7"], legend, view)
        assert 3 <= len(chosen) < n and order[0] in chosen and "a7" in chosen
        rects = [candidates(nodes[i], sizes[i], 2.0)[side] for i, side in chosen.items()]
        for i, (ax, ay, aw, ah) in enumerate(rects):
            for bx, by, bw, bh in rects[i + 1 :]:
                assert min(ax + aw, bx + bw) <= max(ax, bx) or min(ay + ah, by + bh) <= max(ay, by)
