"""A body named by the word after its head: "the Treasury" for "the Department of the
Treasury", "the Interior" for "the Ministry of the Interior" (a possessive split now lists
"X’s Office of ..." owners as bodies of their own, which their short forms must join)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_app.analysis.mentions import cached_norm
from briefing_app.model import ORGANIZATION

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.actors import _Cluster, _UnionFind

_HEADS = frozenset(["department", "ministry"])


def merge_complements(clusters: dict[str, _Cluster], uf: _UnionFind) -> None:
    """A one-word organisation ("Treasury") joins the one body of the source "... Department
    of the Treasury" or "Ministry of Treasury": a department or ministry word, "of", maybe
    "the", then that word last. Two such bodies ("Department of the Treasury" of two
    countries) leave it alone, and so does a place ("Sudan" beside "Ministry of Sudan")."""
    by_last: dict[str, list[_Cluster]] = {}
    for c in clusters.values():
        words = c.key.split(":", 1)[1].split()
        if len(words) >= 3 and c.type == ORGANIZATION and _headed(words):
            by_last.setdefault(words[-1], []).append(c)
    if not by_last:
        return
    for c in clusters.values():
        words = c.key.split(":", 1)[1].split()
        if len(words) != 1 or c.type != ORGANIZATION or c.hard:
            continue
        if not all(m.text[:1].isupper() for m in c.mentions):
            continue
        roots = {uf.find(o.key) for o in by_last.get(cached_norm(words[0]), ())}
        if len(roots) == 1:
            uf.union(roots.pop(), c.key)


def _headed(words: list[str]) -> bool:
    """ "... department of the treasury", "ministry of defence": the head, "of", the word."""
    if words[-2] == "of":
        return words[-3] in _HEADS
    return len(words) >= 4 and words[-2] == "the" and words[-3] == "of" and words[-4] in _HEADS
