"""A person's surname of several words, written on its own after the full name: "Graziano da
Silva" of "José Graziano da Silva", "García Márquez" of "Gabriel García Márquez"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_app.analysis.mentions import cached_norm
from briefing_app.model import PERSON

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.actors import _Cluster, _UnionFind


def merge_surname_phrases(clusters: dict[str, _Cluster], uf: _UnionFind) -> None:
    """A person's name of two words or more that ends exactly one longer person's name of a
    source it is written in (a headline's "Graziano da Silva" too) is that person's surname on
    its own. Ending the names of two people ("Lopez Vidal" of "Ana Lopez Vidal" and "Carlos
    Lopez Vidal"), it stays apart."""
    persons = [c for c in clusters.values() if c.type == PERSON]
    forms: dict[int, list[tuple[list[str], _Cluster]]] = {}  # by source: (words, cluster)
    for c in persons:
        for m in c.mentions:
            forms.setdefault(m.source, []).append((cached_norm(m.text).split(), c))
    for c in sorted(persons, key=lambda c: c.key):
        if c.hard:
            continue
        roots: set[str] = set()
        for m in c.mentions:
            short = cached_norm(m.text).split()
            longer = [
                o
                for words, o in forms.get(m.source, ())
                if o is not c and len(words) > len(short) and words[-len(short) :] == short
            ]
            if len(short) < 2:
                roots = set()
                break
            roots |= {uf.find(o.key) for o in longer}
        roots.discard(uf.find(c.key))
        if len(roots) == 1:
            uf.union(roots.pop(), c.key)
