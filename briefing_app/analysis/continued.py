"""A name the model cut short where the text goes on into a longer name that the same source
writes elsewhere: "Royal New Zealand" of "Royal New Zealand Air Force", "Democratic Republic"
of "Democratic Republic of the Congo"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing_app.analysis.clusters import join_sole_owners
from briefing_app.model import PERSON

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.actors import _Cluster, _UnionFind


def merge_continued_names(
    clusters: dict[str, _Cluster], uf: _UnionFind, texts: Sequence[str]
) -> None:
    """A body's or place's name of two words or more joins the one longer name of its source
    that every one of its mentions runs on into ("Royal New Zealand" + " Air Force"). Written
    once on its own ("New Zealand sent ..."), it is a name of its own and stays apart."""
    longer: dict[int, list[tuple[str, _Cluster]]] = {}
    for c in clusters.values():
        if c.type != PERSON:
            names = {m.text for m in c.mentions if " " in m.text}
            if " " in c.canonical:  # a gazetteer's full name of an acronym the source writes
                names.add(c.canonical)
            for i in {m.source for m in c.mentions}:
                longer.setdefault(i, []).extend((name, c) for name in sorted(names))
    owners: dict[str, set[str]] = {}  # judged together: see join_sole_owners
    for c in sorted(clusters.values(), key=lambda c: c.key):
        if c.type == PERSON or c.hard or " " not in c.mentions[0].text:
            continue
        roots: set[str] = set()
        for m in c.mentions:
            found = _runs_on_into(m, texts, longer.get(m.source, ()), c, uf)
            if not found:
                break  # written on its own here
            roots |= found
        else:
            if roots:
                owners.setdefault(uf.find(c.key), set()).update(roots)
    join_sole_owners(owners, uf)


def _runs_on_into(m, texts: Sequence[str], names, c: _Cluster, uf: _UnionFind) -> set[str]:
    text = texts[m.source] if m.source < len(texts) else ""
    return {
        uf.find(o.key)
        for name, o in names
        if o is not c
        and len(name) > len(m.text)
        and name.startswith(m.text + " ")
        and text.startswith(name, m.start)
    }
