"""How much each key-point candidate is worth: its centrality among all candidates (the sum of
its tf-idf cosines to the others), its place in its source, its density of actors, and how many
other sources state the same fact (``keypoints._similar``, compared within ``retold``'s blocks),
less a lone quotation's penalty (``quoted``). Split from ``keypoints`` (review13): scoring is
one step, picking (``keypoints.select_split``) the next."""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING

from briefing_app.analysis.facts import same_fact as _similar
from briefing_app.analysis.quoted import lone_quotes
from briefing_app.analysis.retold import block_keys

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.keypoints import Sentence

CORROBORATION = 0.35  # score for a fact other sources tell too (full at two other sources)


def _unit_vectors(sents: list[Sentence]) -> list[dict[str, float]]:
    df: Counter = Counter()
    for s in sents:
        df.update(s.terms.keys())
    n = len(sents)
    vectors = []
    for s in sents:
        v = {t: (1 + math.log(c)) * math.log(1 + n / df[t]) for t, c in s.terms.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({t: x / norm for t, x in v.items()})
    return vectors


def score(sents: list[Sentence]) -> None:
    """Set each sentence's score from centrality, position and entity density."""
    if not sents:
        return
    vectors = _unit_vectors(sents)
    centroid: dict[str, float] = {}
    for v in vectors:
        for t, x in v.items():
            centroid[t] = centroid.get(t, 0.0) + x
    # Sum of cosines to every other sentence = u_i . (sum of u_j) - u_i . u_i.
    central = [sum(x * centroid[t] for t, x in v.items()) - 1.0 for v in vectors]
    top = max(central) or 1.0
    told = _told_elsewhere(sents)
    for s, c, k, q in zip(sents, central, told, lone_quotes(sents, told), strict=True):
        words = max(1, len(s.text.split()))
        position = 1.0 / math.sqrt(1 + s.index)
        density = min(1.0, 4.0 * s.entities / words)
        s.score = (
            0.6 * max(0.0, c) / top
            + 0.25 * position
            + 0.15 * density
            + CORROBORATION * min(1.0, k / 2)
            - q  # a lone quotation with no figure (``quoted``)
        )


BLOCK = 80  # a key shared by more sentences than this is too common to point at one fact


def _told_elsewhere(sents: list[Sentence]) -> list[int]:
    """For each sentence, how many other sources state the same fact (``_similar``). Only
    sentences sharing an actor and a kind of event, a detail or a place's prior condition are
    compared (``retold.block_keys``, each key's block capped): near linear in the sentences."""
    blocks: dict[object, list[int]] = {}
    for i, s in enumerate(sents):
        for key in block_keys(s):
            blocks.setdefault(key, []).append(i)
    others: list[set[int]] = [set() for _ in sents]
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > BLOCK:
            continue
        for x, i in enumerate(members):
            a = sents[i]
            for j in members[x + 1 :]:
                b = sents[j]
                if a.source == b.source or (i, j) in seen:
                    continue
                seen.add((i, j))
                if _similar(a, b, synonyms=False):
                    others[i].add(b.source)
                    others[j].add(a.source)
    return [len(o) for o in others]
