"""What the Actors map will draw, planned on the GUI thread; its layout is a pure worker job.

``plan_map`` picks the actors and links, ranks whose names show first, measures the names
(fonts belong to the GUI thread) and takes a snapshot of plain values; ``layout_job`` turns
the snapshot into node centres anywhere (``briefing_app.graph``, no Qt), and
``BackgroundLayout`` runs it on a worker for the map.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QFontMetricsF

from briefing_app.graph import MapSnapshot, place_nodes
from briefing_app.model import Actor, Evidence
from briefing_app.ui import workers
from briefing_app.ui.actors.map_items import node_radius

Centres = dict[str, tuple[float, float]]


class EdgeLike(Protocol):
    """What the map needs of a co-occurrence edge (``analysis.cooccurrence.Edge`` fits)."""

    a: str
    b: str
    weight: int
    evidence: list[Evidence]


@dataclass
class MapPlan:
    """A map asked for: the actors and links to draw, their radii, whose names come first,
    and the snapshot its layout is computed from."""

    shown: list[Actor]
    kept: list[EdgeLike]
    radii: dict[str, float]
    rank: list[str]
    snapshot: MapSnapshot


def plan_map(
    actors: Sequence[Actor],
    edges: Sequence[EdgeLike],
    max_nodes: int,
    font: QFont,
    generation: int,
) -> MapPlan:
    """The visible actors (the ``max_nodes`` busiest) and their links, names measured in
    ``font``; ``generation`` tags the snapshot so a late layout can be told from the latest."""
    shown = [a for a in actors if not a.hidden]
    degree: dict[str, int] = {}
    for e in edges:
        degree[e.a] = degree.get(e.a, 0) + e.weight
        degree[e.b] = degree.get(e.b, 0) + e.weight
    # the busiest actors when there are too many to read: linked first, then by mentions
    shown.sort(key=lambda a: (-(degree.get(a.id, 0) > 0), -a.mentions, -a.salience, a.id))
    shown = shown[:max_nodes]
    ids = {a.id for a in shown}
    kept = [e for e in edges if e.a in ids and e.b in ids and e.a != e.b]
    # whose names show first when the screen has no room for all: mentions plus links
    rank = [
        a.id for a in sorted(shown, key=lambda a: (-(a.mentions + degree.get(a.id, 0)), a.name))
    ]
    most = max((a.mentions for a in shown), default=1)
    metrics = QFontMetricsF(font)
    radii = {a.id: node_radius(a.mentions, most) for a in shown}
    boxes = {
        a.id: (max(metrics.horizontalAdvance(a.name) + 8, 2 * radii[a.id]), radii[a.id])
        for a in shown
    }
    snapshot = MapSnapshot(
        tuple(sorted(ids)),
        tuple((e.a, e.b, float(e.weight)) for e in kept),
        boxes,
        metrics.height(),
        generation,
    )
    return MapPlan(shown, kept, radii, rank, snapshot)


def layout_job(snapshot: MapSnapshot) -> tuple[int, Centres]:
    """The worker's part: plain maths over the snapshot, tagged with its generation."""
    return snapshot.generation, place_nodes(snapshot)


class BackgroundLayout(QObject):
    """Lays out the latest map asked for on a worker and hands it to ``draw`` (GUI thread).

    One layout runs at a time: a burst of requests (analysis finishing source after source)
    costs one or two layouts, not one each. A result whose plan is no longer ``pending``
    (asked again, or drawn at once meanwhile) is dropped. A child of the map: when the map
    goes, so do its callbacks.
    """

    def __init__(
        self,
        parent: QObject,
        draw: Callable[[MapPlan, Centres], None],
        fail: Callable[[MapPlan, BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._draw, self._fail = draw, fail
        self.pending: MapPlan | None = None  # asked for, not drawn yet
        self._task: workers.Task | None = None  # the one layout running

    def ask(self, plan: MapPlan) -> None:
        self.pending = plan
        if self._task is None:  # (else the running one starts it when it ends)
            self._start()

    def _start(self) -> None:
        plan = self.pending
        if plan is None:
            return
        self._task = workers.run_task(
            functools.partial(layout_job, plan.snapshot),
            self._done,
            self._failed,
            name="actors map layout",
            on_finished=self._finished,
        )

    def _current(self, generation: int) -> MapPlan | None:
        plan = self.pending
        return plan if plan is not None and plan.snapshot.generation == generation else None

    def _done(self, result: tuple[int, Centres]) -> None:
        generation, centres = result
        plan = self._current(generation)
        if plan is not None:
            self._draw(plan, centres)
        # else: the actors changed meanwhile; the latest is laid out next, or was drawn

    def _failed(self, exc: BaseException) -> None:
        plan, self.pending = self.pending, None
        if plan is not None:
            self._fail(plan, exc)

    def _finished(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.cancelled():
            self._start()  # the latest asked for while this one ran, if any
