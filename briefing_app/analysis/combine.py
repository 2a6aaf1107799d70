"""Cross-source merging: per-source model output becomes one Analysis (pure Python, fast)."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from briefing_app.analysis.actors import build_actors
from briefing_app.analysis.dates import find_dates, reference_date
from briefing_app.analysis.errors import AnalysisError
from briefing_app.analysis.extract import SourceAnalysis, analyze_sources
from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.keypoints import candidates, score, select, summary
from briefing_app.analysis.mentions import Mention, clean_mention, find_acronyms, recall
from briefing_app.analysis.nlp import model_key
from briefing_app.model import Analysis, Citation, DateMention, EntitySpan, Evidence, Source

MIN_POINTS, MAX_POINTS = 3, 7
BACKGROUND_POINTS = 4  # distinct sentences beyond the key points, for a Background section


def citations(sources: Sequence[Source]) -> list[Citation]:
    """One citation per source, numbered 1..n in the order the sources were given."""
    return [
        Citation(
            number=i,
            source=s.id,
            outlet=s.outlet,
            title=s.title,
            author=s.author,
            published=s.published,
            url=s.url,
        )
        for i, s in enumerate(sources, start=1)
    ]


def _mentions(
    sources: Sequence[Source], per_source: Sequence[SourceAnalysis]
) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    """Clean mentions of every source, plus acronyms written as "Long Form (LF)" and reused."""
    gaz = gazetteer()
    mentions: list[Mention] = []
    pairs: list[tuple[Mention, Mention]] = []
    for i, (src, sa) in enumerate(zip(sources, per_source, strict=True)):
        text = src.text
        found: list[Mention] = []
        for s, e, label in sa.entities:
            if label == "DATE" or not (0 <= s < e <= len(text)):
                continue
            m = clean_mention(text, i, s, e, label, gaz)
            if m is not None:
                found.append(m)
        for long_form, short in find_acronyms(text, i, found):
            if long_form not in found:
                found.append(long_form)
            found.append(short)
            pairs.append((long_form, short))
        mentions.extend(found)
    mentions.extend(recall(sources, mentions, gaz))
    mentions.sort(key=lambda m: (m.source, m.start, m.end))
    return mentions, pairs


def _dates(
    sources: Sequence[Source], per_source: Sequence[SourceAnalysis]
) -> tuple[list[DateMention], list[EntitySpan]]:
    groups: dict[tuple[str, str], DateMention] = {}
    spans: list[EntitySpan] = []
    for src, sa in zip(sources, per_source, strict=True):
        ref = reference_date(src.published)
        model_dates = [(s, e) for s, e, label in sa.entities if label == "DATE"]
        sentences = sa.sentences
        for s, e, iso in find_dates(src.text, ref, model_dates):
            spans.append(EntitySpan(src.id, s, e, "date"))
            text = src.text[s:e]
            key = (iso, text.lower())
            dm = groups.get(key)
            if dm is None:
                sentence = next((src.text[a:b] for a, b in sentences if a <= s < b), "")
                dm = groups[key] = DateMention(date=iso, text=text, sentence=sentence)
            dm.evidence.append(Evidence(src.id, s, e))
    order = {s.id: i for i, s in enumerate(sources)}
    timeline = sorted(
        groups.values(),
        key=lambda d: (d.date, order[d.evidence[0].source], d.evidence[0].start, d.text),
    )
    return timeline, spans


def _free(dates: list[EntitySpan], names: list[EntitySpan]) -> list[EntitySpan]:
    """Date spans that do not overlap a name: a highlight never sits on top of another."""
    taken: dict[str, list[tuple[int, int]]] = {}
    for n in names:
        taken.setdefault(n.source, []).append((n.start, n.end))
    for spans in taken.values():
        spans.sort()
    out = []
    for d in dates:
        spans = taken.get(d.source, [])
        k = bisect.bisect_left(spans, (d.end, -1)) - 1
        if k >= 0 and spans[k][1] > d.start:
            continue
        out.append(d)
    return out


def combine(
    sources: Sequence[Source], per_source: Sequence[SourceAnalysis], *, top_n: int = 5
) -> Analysis:
    """Actors, key points, dates and citations of all sources from the model's per-source output."""
    if len(sources) != len(per_source):
        raise ValueError("combine needs one SourceAnalysis per source")
    by_id = {sa.source: sa for sa in per_source}
    per_source = [by_id.get(s.id, sa) for s, sa in zip(sources, per_source, strict=True)]
    gaz = gazetteer()
    top_n = max(MIN_POINTS, min(MAX_POINTS, int(top_n)))
    mentions, pairs = _mentions(sources, per_source)
    actors, groups, spans = build_actors(sources, mentions, pairs, gaz)
    dates, date_spans = _dates(sources, per_source)
    entity_starts: list[list[int]] = [[] for _ in sources]
    for m in mentions:
        entity_starts[m.source].append(m.start)
    sents = candidates(sources, [sa.sentences for sa in per_source], entity_starts, gaz)
    score(sents)
    # One selection for both, so background sentences never repeat a key point; the
    # best-scored top_n are the key points, the rest (in reading order) the background.
    selected = select(sents, sources, top_n + BACKGROUND_POINTS)
    best = {id(p) for p in sorted(selected, key=lambda p: -p.score)[:top_n]}
    points = [p for p in selected if id(p) in best]
    background = [p for p in selected if id(p) not in best]
    order = {s.id: i for i, s in enumerate(sources)}
    entities = sorted(
        spans + _free(date_spans, spans), key=lambda x: (order[x.source], x.start, x.end, x.label)
    )
    return Analysis(
        actors=actors,
        key_points=points,
        dates=dates,
        citations=citations(sources),
        groups=groups,
        entities=entities,
        summary=summary(points),
        background=background,
        model=per_source[0].model if per_source else _safe_model_key(),
    )


def _safe_model_key() -> str:
    try:
        return model_key()
    except AnalysisError:  # no model installed: an empty analysis still says nothing about it
        return ""


def analyze(
    sources: Sequence[Source],
    *,
    top_n: int = 5,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Analysis:
    """The whole analysis: the model over every source, then ``combine``."""
    return combine(
        sources, analyze_sources(sources, progress=progress, cancelled=cancelled), top_n=top_n
    )
