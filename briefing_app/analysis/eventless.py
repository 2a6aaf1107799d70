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
"""

from __future__ import annotations

from briefing_app.analysis.tellers import _objects


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
    return (
        len(mine) >= 2
        and mine <= b.fact_actors
        and any(not x.startswith("place:") for x in mine)  # places alone: any story there
        # a word besides the names in common, not one about the telling ("told reporters")
        and bool(_objects(a.text) & _objects(b.text) - telling)
    )
