"""Benchmark: the Actors map built for 40, 80 and 150 actors, and how long the window stalls.

    python tests/benchmarks/bench_map.py

For each size, offscreen:
- layout and label-separation time of the pure maths (``briefing_app.graph``) against the
  plain-Python all-pairs versions they replaced (``_old_force_layout``, ``_old_separate``
  below: the code as of commit db6153e, kept here as the baseline);
- the longest event-loop stall while the map is built (a 5 ms QTimer records the gaps between
  its ticks, as in bench_ui.py): the old synchronous path (``set_graph`` with the old maths,
  what opening the map did), ``set_graph`` with the new maths, and ``request_graph`` (laid out
  on a worker, drawn on the GUI thread). Target: <= 50 ms for 40 actors.
"""

from __future__ import annotations

import math
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # this checkout's briefing_app

SIZES = (40, 80, 150)
RUNS = 3
FIRST = ["Olaf", "Dmytro", "Maria", "Kassym", "Ursula", "Antonio", "Li", "Fatima", "Jean", "Ana"]
LAST = ["Scholz", "Kuleba", "Zakharova", "Tokayev", "von der Leyen", "Guterres", "Qiang", "Ali"]
ORGS = ["Ministry of Defence", "IAEA", "CSTO", "European Commission", "Red Cross", "NATO"]
PLACES = ["Zaporizhzhia", "Almaty", "Berlin", "Kyiv", "Brussels", "Geneva", "Astana", "Beijing"]


def graph(n: int):
    """``n`` actors with names of everyday lengths, fewer mentions down the list, each linked
    to a few others (as ``crowded`` in tests/test_ui_actors_map.py)."""
    from briefing_app.analysis.cooccurrence import Edge
    from briefing_app.model import Actor

    actors = []
    for i in range(n):
        kind = ("person", "organization", "place")[i % 3]
        pool = {"person": [f"{f} {la}" for f in FIRST for la in LAST], "organization": ORGS,
                "place": PLACES}[kind]  # fmt: skip
        name = f"{pool[i % len(pool)]} {i}"
        actors.append(Actor(f"{kind}:a{i}", name, kind, mentions=200 if i == 0 else 90 - i // 2,
                            sources=["s1"]))  # fmt: skip
    edges = [Edge(actors[i].id, actors[j].id, 1 + (i + j) % 3, []) for i in range(n)
             for j in (i + 1, i + 3, i + 7) if j < n]  # fmt: skip
    return actors, edges


# -- the baseline: the plain-Python maths as it was (commit db6153e) --------------------------
def _old_force_layout(nodes, edges, *, seed: int = 7, iterations: int = 0):
    from briefing_app.graph.layout import GRAVITY, _lay_flat

    names = sorted(dict.fromkeys(nodes))
    n = len(names)
    if n < 2:
        return {name: (0.5, 0.5) for name in names}
    if iterations <= 0:
        iterations = max(60, min(300, 60_000 * 2 // (n * (n - 1))))
    rng = random.Random(seed)
    xs = [math.cos(2 * math.pi * i / n) + rng.uniform(-0.05, 0.05) for i in range(n)]
    ys = [math.sin(2 * math.pi * i / n) + rng.uniform(-0.05, 0.05) for i in range(n)]
    index = {name: i for i, name in enumerate(names)}
    links = sorted((min(index[a], index[b]), max(index[a], index[b]), 1.0 + math.log1p(w))
                   for a, b, w in edges if a in index and b in index and a != b)  # fmt: skip
    k2 = 4.0 / n
    k = math.sqrt(k2)
    for step in range(iterations):
        fx = [-x * GRAVITY for x in xs]
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
        cool = 0.2 * (1 - step / iterations) + 0.002
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


def _old_separate(boxes, *, gap: float = 6.0, rounds: int = 200):
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


# -- measuring ----------------------------------------------------------------------------------
def maths_times(snapshot, old: bool) -> tuple[float, float]:
    """(layout s, labels s) of ``place_nodes`` over the snapshot, old or new maths."""
    from briefing_app.graph import placement

    spent = {}

    def timed(name: str, fn: Callable) -> Callable:
        def run(*args, **kwargs):
            t0 = time.perf_counter()
            result = fn(*args, **kwargs)
            spent[name] = time.perf_counter() - t0
            return result

        return run

    saved = placement.force_layout, placement.separate
    placement.force_layout = timed("layout", _old_force_layout if old else saved[0])
    placement.separate = timed("labels", _old_separate if old else saved[1])
    try:
        placement.place_nodes(snapshot)
    finally:
        placement.force_layout, placement.separate = saved
    return spent["layout"], spent["labels"]


def longest_stall(app, build: Callable[[], None], done: Callable[[], bool]) -> tuple[float, float]:
    """(longest gap between 5 ms timer ticks in ms, wall time s) while ``build`` runs from the
    event loop and until ``done``."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=5)
    timer.timeout.connect(tick)
    timer.start()
    settle = time.perf_counter() + 0.05
    while time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.001)
    gaps.clear()
    started = [0.0]

    def start() -> None:
        started[0] = time.perf_counter()
        build()

    QTimer.singleShot(0, start)
    while not started[0] or not done():
        app.processEvents()
        time.sleep(0.001)
    took = time.perf_counter() - started[0]
    for _ in range(3):  # the ticks right after the build
        time.sleep(0.006)
        app.processEvents()
    timer.stop()
    return float(max(gaps, default=0)), took


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from briefing_app.graph import placement
    from briefing_app.ui import workers
    from briefing_app.ui.actors.actors_map import ActorsMap
    from briefing_app.ui.actors.map_plan import plan_map

    app = QApplication.instance() or QApplication([])
    view = ActorsMap(max_nodes=max(SIZES))
    view.resize(1000, 420)  # about the Actors Map dock
    view.show()
    app.processEvents()
    view.set_graph(*graph(12))  # warm up: numpy imported (spaCy has it loaded in the app)
    new_maths = placement.force_layout, placement.separate

    print(f"{'actors':>6} | {'layout old→new ms':>18} | {'labels old→new ms':>18} | "
          f"{'stall: old sync / new sync / worker ms':>38} | drawn after (worker)")  # fmt: skip
    ok = True
    for n in SIZES:
        actors, edges = graph(n)
        snapshot = plan_map(actors, edges, n, view.label_font, 0).snapshot
        old = [maths_times(snapshot, old=True) for _ in range(1 if n > 80 else RUNS)]
        new = [maths_times(snapshot, old=False) for _ in range(RUNS)]
        lay_old = statistics.median(t[0] for t in old) * 1000
        lab_old = statistics.median(t[1] for t in old) * 1000
        lay_new = statistics.median(t[0] for t in new) * 1000
        lab_new = statistics.median(t[1] for t in new) * 1000

        placement.force_layout, placement.separate = _old_force_layout, _old_separate
        try:
            stall_old, _ = longest_stall(app, lambda a=actors, e=edges: view.set_graph(a, e),
                                         lambda: True)  # fmt: skip
        finally:
            placement.force_layout, placement.separate = new_maths
        stall_sync, _ = longest_stall(app, lambda a=actors, e=edges: view.set_graph(a, e),
                                      lambda: True)  # fmt: skip
        stalls, tooks = [], []
        for _ in range(RUNS):
            view.set_graph([], [])
            stall, took = longest_stall(
                app,
                lambda a=actors, e=edges: view.request_graph(a, e),
                lambda: not view.layout_pending() and not workers.active_tasks(),
            )
            stalls.append(stall)
            tooks.append(took)
        assert view.node_count() == n, view.node_count()
        stall_async = statistics.median(stalls)
        took = statistics.median(tooks) * 1000
        print(f"{n:>6} | {lay_old:7.0f} → {lay_new:5.1f} ({lay_old / lay_new:4.1f}x) | "
              f"{lab_old:7.0f} → {lab_new:5.1f} ({lab_old / lab_new:4.1f}x) | "
              f"{stall_old:11.0f} / {stall_sync:8.0f} / {stall_async:6.0f}"
              f" ({stall_old / max(stall_async, 1):4.1f}x less) | {took:.0f} ms")  # fmt: skip
        if n == 40:
            ok = stall_async <= 50
    print("target (40 actors: longest stall <= 50 ms while the map is built):",
          "met" if ok else "NOT met")  # fmt: skip
    view.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
