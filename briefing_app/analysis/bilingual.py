"""One body named in two languages, the two names joined by a spaced slash:
"Ulkoministeriö / Utrikesministeriet", "Santé Canada / Health Canada". The source never writes
one name without the other: the pair is the body's one name, not two bodies side by side
("UNICEF / WHO" are acronyms of two; a body the text also names alone is one of two)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_app.analysis.merging import is_acronym
from briefing_app.model import ORGANIZATION

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.clusters import Cluster, UnionFind

_SLASH = " / "


def merge_slashed_names(clusters: dict[str, Cluster], uf: UnionFind, texts: list[str]) -> None:
    """Two organisations' names always written "A / B" (never one without the other, never
    with a third) join: one body's names in two languages."""
    at_start: dict[tuple[int, int], str] = {}
    at_end: dict[tuple[int, int], str] = {}
    for c in clusters.values():
        for m in c.mentions:
            at_start[(m.source, m.start)] = c.key
            at_end[(m.source, m.end)] = c.key
    partners: dict[str, set[str | None]] = {}
    for c in clusters.values():
        for m in c.mentions:
            text = texts[m.source] if m.source < len(texts) else ""
            after = before = None
            if text.startswith(_SLASH, m.end):
                after = at_start.get((m.source, m.end + len(_SLASH)))
            if text.startswith(_SLASH, m.start - len(_SLASH)) and m.start >= len(_SLASH):
                before = at_end.get((m.source, m.start - len(_SLASH)))
            # a mention outside any "A / B" counts as None: the name is written on its own
            partners.setdefault(c.key, set()).add(after or before)
    for key, found in sorted(partners.items()):
        if len(found) != 1 or None in found:
            continue
        other = next(iter(found))
        if (
            partners.get(other) != {key}
            or not _a_body(clusters[key])
            or not _a_body(clusters[other])
        ):
            continue
        uf.union(key, other)


def _a_body(c: Cluster) -> bool:
    """An organisation's spelt-out name, no acronym ("WHO", "UNICEF" are two bodies' short
    names, however often written together)."""
    return c.type == ORGANIZATION and not any(is_acronym(m.text) for m in c.mentions)
