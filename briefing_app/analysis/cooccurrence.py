"""Which actors are mentioned in the same sentences: the edges of the Actors map."""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from briefing_app.model import Analysis, Evidence


@dataclass(slots=True)
class Edge:
    """Two actors (ids, ``a < b``) named together in ``weight`` sentences, listed in evidence."""

    a: str
    b: str
    weight: int = 0
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "a": self.a,
            "b": self.b,
            "weight": self.weight,
            "evidence": [e.to_dict() for e in self.evidence],
        }


def cooccurrence(
    analysis: Analysis, sentences: Mapping[str, Sequence[tuple[int, int]]]
) -> list[Edge]:
    """Edges between visible actors named in the same sentence; heaviest first, then by ids."""
    visible = {a.id for a in analysis.actors if not a.hidden}
    spans: dict[str, list[tuple[str, int, int]]] = {}
    for e in analysis.entities:
        if e.actor in visible:
            spans.setdefault(e.source, []).append((e.actor, e.start, e.end))
    for actor in analysis.actors:  # evidence counts too, for actors without highlight spans
        if actor.id in visible:
            for ev in actor.evidence:
                spans.setdefault(ev.source, []).append((actor.id, ev.start, ev.end))

    together: dict[tuple[str, int, int], set[str]] = {}
    order: list[tuple[str, int, int]] = []
    for source, bounds in sentences.items():
        ranked = sorted((int(s), int(e)) for s, e in bounds)
        starts = [s for s, _ in ranked]
        for actor_id, start, end in spans.get(source, ()):
            i = bisect.bisect_right(starts, start) - 1
            if i < 0 or end > ranked[i][1]:
                continue  # outside any sentence, or across a sentence boundary
            key = (source, *ranked[i])
            if key not in together:
                together[key] = set()
                order.append(key)
            together[key].add(actor_id)

    edges: dict[tuple[str, str], Edge] = {}
    source_rank = {s: i for i, s in enumerate(sentences)}
    for key in sorted(order, key=lambda k: (source_rank[k[0]], k[1])):
        for a, b in combinations(sorted(together[key]), 2):
            edge = edges.setdefault((a, b), Edge(a, b))
            edge.weight += 1
            edge.evidence.append(Evidence(*key))
    return sorted(edges.values(), key=lambda e: (-e.weight, e.a, e.b))
