"""How a key point is worded, and the bottom line drawn from the points.

A line that only names (every word but the function words capitalised: "United States
Department of State (Washington, DC)", a publisher's line over a statement) is no sentence,
whatever its final bracket or stop: it words no point.

A point picked from one sentence takes the wording of the retelling in its source that gives
the figures ("a team of 60 search and rescue specialists" for "emergency response teams");
when the sources that state it differ in date, the latest report words it. The bottom line
is drawn from the most corroborated points.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing_app.analysis.facts import same_fact as _similar
from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.model import KeyPoint, Source

if TYPE_CHECKING:
    from briefing_app.analysis.keypoints import Sentence


_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)


def name_line(text: str) -> bool:
    """Whether a line only names: every word but the function words capitalised."""
    function_words = gazetteer().function_words
    names = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if word.lower() in function_words:
            continue
        if not word[:1].isupper():
            return False  # a lower-case word that is no function word: a sentence
        names += 1
    return names >= 2


def specific(best: Sentence, pool: list[Sentence]) -> Sentence:
    """The sentence to word a point picked: a retelling of its fact in the same source that
    gives figures it does not ("a team of 60 search and rescue specialists" for "emergency
    response teams"), else the sentence picked."""
    mine = _figures(best)
    better = [
        s
        for s in pool
        if s.source == best.source
        and s is not best
        and _figures(s) > mine
        and _similar(s, best, synonyms=False)
    ]
    return max(better, key=lambda s: s.score) if better else best


def numbers(s: Sentence) -> set[str]:
    """The figures a sentence gives, without what they count ("#60")."""
    return {d.split(" ", 1)[0] for d in s.details if d[:1] == "#"}


def _sums(s: Sentence) -> set[str]:
    """The sums of money a sentence gives ("#$60million", "#€3.5million"): figures written
    with a currency sign (a toll in words, "#thousands", is no sum)."""
    return {n for n in numbers(s) if n[1:2] and n[1:2] in "$€£¥"}


def _figures(s: Sentence) -> int:
    """How many counted figures a sentence gives ("60 search and rescue specialists")."""
    return sum(1 for d in s.details if d[:1] == "#" and " " in d)


def _places(s: Sentence) -> frozenset[str]:
    """The places a sentence names, a capital's country too (``facts.stands_for``)."""
    return frozenset(x for x in s.fact_actors if x.startswith("place:"))


def latest(
    group: list[Sentence],
    sources: Sequence[Source],
    *,
    precise: bool = False,
    places: bool = False,
) -> Sentence:
    """The wording of the point: the latest report's when sources differ in tense or time,
    else the first (``precise``: the retelling that gives the figures) or the best-scored
    statement of the fact among the sources that tell it.

    A retelling that drops a sum of money the point gives tells another fact (a later account
    of the collapse that "$60 million ... to rebuild the bridge after a ship struck it" names
    in passing), so it never words the point, however recent. With ``places``, nor does one
    that drops a place the point names (the words shown; citing follows the plain choice)."""
    sums = _sums(group[0])
    if sums:
        group = [s for s in group if sums <= _sums(s)]
    # nor does one that drops a place the point names ("an earthquake in Veloria killed 20" /
    # "the official toll from the earthquake that hit the country stands at 28"): the point
    # would no longer say where
    named = _places(group[0]) if places else frozenset()
    if named:
        group = [s for s in group if named <= _places(s)]
    dated = [s for s in group if sources[s.source].published[:10]]
    if len({sources[s.source].published[:10] for s in dated}) < 2:
        return group[0] if precise else max(group, key=lambda s: s.score)
    newest = max(sources[s.source].published[:10] for s in dated)
    return next(s for s in group if sources[s.source].published[:10] == newest)


def summary(points: list[KeyPoint]) -> str:
    """The bottom line: two or three of the most corroborated points, in reading order.

    When some points are stated by several sources, only those: the most corroborated first,
    then the best scored, so one source's opening paragraph does not stand in for what the
    sources agree on.
    """
    corroborated = [p for p in points if len(p.sources) > 1]
    pool = corroborated or points
    best = sorted(pool, key=lambda p: (-len(p.sources), -p.score))[:3]
    if len(best) == 3 and sum(len(p.text.split()) for p in best) > 90:
        best = best[:2]
    keep = {id(p) for p in best}
    return " ".join(p.text for p in points if id(p) in keep)
