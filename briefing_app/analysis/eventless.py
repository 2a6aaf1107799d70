"""A point that names no kind of event, retold by another source (round 17).

"Cyclone Idai has had a massive and horrifying impact on Mozambique's port city of Beira, the
Red Cross says" names no kind of event the word lists know ("impact" is none), so no retelling
can share one with it, and the test of shared actors and a shared kind of event
(``facts._told_alike``) never cites another source for it: "Ninety per cent of a city in
Mozambique called Beira was destroyed by Cyclone Idai" stayed uncited though it tells the same
blow. In citing only, for such a point, the actors stand in for the missing kind: another
source's sentence naming two or more of the point's actors, one of them not a place (every
story of a disaster names its places), and no actor the point does not name, with the words
of a same-fact match (``facts.SAME_FACT``), a lower-case word in common besides the names and
the words about the telling ("city", not "told reporters") and no day apart from the point's,
states it. Naming an actor of its own (another giver, another town) keeps a sentence out: that
is another actor's story; so does telling another day ("deaths reached 378" on the 26th / "the
depression became a typhoon on the 15th"). Form only: which actors each names, which days, and
which words they share.

Two things of one kind are no one fact (review17b): the word in common must not be one that each
sentence makes a different thing of by a hazard before it ("a heavy rain warning" / "a major
tsunami warning", "flood relief" / "drought relief"), and two sentences naming hazards, none
in common, tell two blows (``hazards.named``, ``hazards.hazard_matter``: general lists).
"""

from __future__ import annotations

import itertools
import re

from briefing_app.analysis.hazards import hazard_kind, hazard_matter, named
from briefing_app.analysis.tellers import _objects

_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _kinds_before(text: str, stems: frozenset[str]) -> dict[str, set[str]]:
    """For each of ``stems`` (``tellers._objects``' seven letters), the hazards or what they are
    made of written right before it in ``text`` ("rain" in "a heavy rain warning")."""
    words = _WORD.findall(text)
    out: dict[str, set[str]] = {}
    for prev, word in itertools.pairwise(words):
        low = word.lower().strip("’'-")
        stem = (low[:-1] if low.endswith("s") and not low.endswith("ss") else low)[:7]
        kind = hazard_kind(prev) or (p if (p := prev.lower()[:7]) in hazard_matter() else None)
        if stem in stems and kind and prev[:1].islower():
            out.setdefault(stem, set()).add(kind)
    return out


def _things_differ(a: str, b: str, shared: frozenset[str]) -> bool:
    """Whether sentences ``a`` and ``b`` make a word of ``shared`` different things of one kind
    ("rain warning" / "tsunami warning"), or name hazards, none in common."""
    ha, hb = named(a), named(b)
    if ha and hb and not ha & hb:
        return True
    ka, kb = _kinds_before(a, shared), _kinds_before(b, shared)
    return any(ka.get(w) and kb.get(w) and not ka[w] & kb[w] for w in shared)


def eventless_retold(
    a, b, sim: float, threshold: float, telling: frozenset[str] = frozenset()
) -> bool:
    """In citing, whether candidate ``a`` (another source) states point ``b`` that names no
    kind of event: ``a`` names two or more of ``b``'s actors, one not a place, and none of
    its own, their word similarity ``sim`` reaches ``threshold``, they share a lower-case
    word besides the names and the words about the telling (``telling``: stems such as
    "told", "reporte") and name no two different days."""
    if a.source == b.source or b.fact_events or sim < threshold:
        return False
    if a.days and b.days and not a.days & b.days:
        return False  # two days as the timeline resolved them: two moments of the story
    mine = a.fact_actors
    if not (
        len(mine) >= 2
        and mine <= b.fact_actors
        and any(not x.startswith("place:") for x in mine)  # places alone: any story there
    ):
        return False
    # a word besides the names in common, not one about the telling ("told reporters"), nor
    # one each makes a different thing ("a rain warning" / "a tsunami warning")
    shared = _objects(a.text) & _objects(b.text) - telling
    return bool(shared) and not _things_differ(a.text, b.text, shared)
