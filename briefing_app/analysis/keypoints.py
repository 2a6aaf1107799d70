"""Key points: the sentences that best summarise the sources, near-duplicates merged.

Score = centrality (how much a sentence shares with all the others: the degree centrality of
the TextRank sentence graph, computed through the centroid so it stays linear in corpus size)
+ position (leads matter in news) + entity density. Points are picked by maximal marginal
relevance; near-duplicates across sources merge into one point citing each. Points come back
in reading order (source order, then place in the source); ``score`` keeps their rank.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.model import Evidence, KeyPoint, Source

_TOKEN = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)
MIN_WORDS = 8
MAX_WORDS = 80
SOURCE_SHARE_PENALTY = 0.08
REDUNDANCY_PENALTY = 0.5
DUPLICATE = 0.6  # cosine of content-word sets above which two sentences say the same thing
_END = (".", "!", "?", '"', "”", "’", "'", ")")


@dataclass(slots=True)
class Sentence:
    """A candidate sentence with its place and its content words."""

    source: int
    index: int  # position among the candidate sentences of its source
    start: int
    end: int
    text: str
    terms: Counter
    entities: int = 0
    score: float = 0.0


def _terms(text: str, gaz: Gazetteer) -> Counter:
    out: Counter = Counter()
    for m in _TOKEN.finditer(text.lower()):
        w = m.group().strip("’'-")
        if len(w) > 2 and w not in gaz.function_words:
            out[w[:7]] += 1  # a crude stem: "strengthening"/"strengthen" meet
    return out


def _is_title(text: str, title: str) -> bool:
    from rapidfuzz import fuzz

    return bool(title) and fuzz.ratio(text.lower(), title.lower()) >= 90


def candidates(
    sources: Sequence[Source],
    sentences: Sequence[Sequence[tuple[int, int]]],
    entity_starts: Sequence[Sequence[int]],
    gaz: Gazetteer,
) -> list[Sentence]:
    """Sentences fit to be key points: whole sentences, not boilerplate, not the title, not
    inside a table."""
    out = []
    for i, (src, spans) in enumerate(zip(sources, sentences, strict=True)):
        starts = sorted(entity_starts[i])
        k = 0
        idx = 0
        for s, e in spans:
            text = src.text[s:e]
            words = len(text.split())
            while k < len(starts) and starts[k] < s:
                k += 1
            j = k
            while j < len(starts) and starts[j] < e:
                j += 1
            if not (MIN_WORDS <= words <= MAX_WORDS) or not text.endswith(_END):
                continue
            if src.in_table(s, e):  # a table's cells are data, not a sentence to quote
                continue
            if not text[:1].isupper() and text[:1] not in "“\"'‘":
                continue
            if _is_title(text, src.title) or any(p.search(text) for p in gaz.keypoint_stop):
                continue
            out.append(Sentence(i, idx, s, e, text, _terms(text, gaz), j - k))
            idx += 1
    return out


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
    for s, c in zip(sents, central, strict=True):
        words = max(1, len(s.text.split()))
        position = 1.0 / math.sqrt(1 + s.index)
        density = min(1.0, 4.0 * s.entities / words)
        s.score = 0.6 * max(0.0, c) / top + 0.25 * position + 0.15 * density


def _similarity(a: Sentence, b: Sentence) -> float:
    """Cosine of the two sentences' sets of content words."""
    ka, kb = a.terms.keys(), b.terms.keys()
    if not ka or not kb:
        return 0.0
    return len(ka & kb) / math.sqrt(len(ka) * len(kb))


def _similar(a: Sentence, b: Sentence) -> bool:
    return _similarity(a, b) >= DUPLICATE


def select(sents: list[Sentence], sources: Sequence[Source], top_n: int) -> list[KeyPoint]:
    """The best ``top_n`` distinct points, each with every near-duplicate as support."""
    ranked = sorted(sents, key=lambda s: (-s.score, s.source, s.start))
    chosen: list[list[Sentence]] = []
    per_source: Counter = Counter()
    pool = ranked
    overlap = {id(s): 0.0 for s in ranked}  # highest similarity to any point chosen so far
    while pool and len(chosen) < top_n:
        # Maximal marginal relevance: a sentence that repeats a chosen point counts less, and
        # so does one from a source that already gave points (not all from the longest one).
        best = max(
            pool,
            key=lambda s: (
                s.score
                - REDUNDANCY_PENALTY * overlap[id(s)]
                - SOURCE_SHARE_PENALTY * per_source[s.source]
            ),
        )
        chosen.append([best])
        per_source[best.source] += 1
        rest = []
        for s in pool:
            if s is best:
                continue
            sim = _similarity(s, best)
            if sim < DUPLICATE:
                overlap[id(s)] = max(overlap[id(s)], sim)
                rest.append(s)
        pool = rest
    heads = [g[0] for g in chosen]
    for s in sents:
        for head, group in zip(heads, chosen, strict=True):
            if s is not head and _similar(s, head):
                group.append(s)
                break
    points = []
    for group in chosen:
        members = sorted(group, key=lambda s: (s.source, s.start))
        points.append(
            (
                (members[0].source, members[0].start),
                KeyPoint(
                    text=group[0].text,
                    score=round(group[0].score, 6),
                    sources=list(dict.fromkeys(sources[m.source].id for m in members)),
                    evidence=[Evidence(sources[m.source].id, m.start, m.end) for m in members],
                ),
            )
        )
    points.sort(key=lambda p: p[0])
    return [p for _, p in points]


def summary(points: list[KeyPoint]) -> str:
    """Two or three of the best points, in reading order, as one paragraph."""
    best = sorted(points, key=lambda p: -p.score)[:3]
    if len(best) == 3 and sum(len(p.text.split()) for p in best) > 90:
        best = best[:2]
    keep = {id(p) for p in best}
    return " ".join(p.text for p in points if id(p) in keep)
