"""The timeline: one entry per dated event, citing every source that reports it.

Each sentence gives at most one entry (its most precise date); entries on the same date whose
sentences share enough content words are one event. A day and month without a year take the
year from the article's date (or its dateline), else from the nearest year in the same text,
else from the other sources; the entry says when its year was inferred.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefing_app.analysis.dates import (
    MONTHS,
    WEEKDAYS,
    explicit_years,
    reference_date,
    scan_dates,
)
from briefing_app.analysis.extract import SourceAnalysis
from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.keypoints import terms_of
from briefing_app.analysis.lines import DATELINE, dateline_end, line_map
from briefing_app.model import DateMention, EntitySpan, Evidence, Source

SAME_EVENT_DAY = 0.25  # cosine of content words: two sentences on one day tell of one event
SAME_EVENT_VAGUE = 0.4  # the same for a month or a year, where more events share the date
_DATE_WORDS = frozenset(w.lower()[:7] for w in (*MONTHS, *WEEKDAYS))


@dataclass(slots=True)
class _Entry:
    date: str
    inferred: str
    text: str
    sentence: str
    evidence: list[Evidence]
    terms: Counter
    explicit: bool


def dateline_date(src: Source, fallback_year: int | None = None) -> dt.date | None:
    """The date a source's opening dateline gives ("KYIV, 14 March (Reuters) –")."""
    head = src.text[:300]
    for line_start in (0, *(i + 1 for i, c in enumerate(head) if c == "\n")):
        m = DATELINE.match(src.text, line_start, line_start + 160)
        if m is None or not m.group("date"):
            continue
        ds, de = m.span("date")
        for d in scan_dates(src.text, None, [], fallback_year):
            if ds <= d.start < de and len(d.iso) == 10:
                return dt.date.fromisoformat(d.iso)
        return None
    return None


def _briefing_year(sources: Sequence[Source]) -> int | None:
    """The year the sources agree on most: their own dates, else the years they write."""
    years = Counter(r.year for r in (reference_date(s.published) for s in sources) if r)
    if not years:
        for s in sources:
            years.update(y for _, y in explicit_years(s.text))
    return min(years, key=lambda y: (-years[y], -y)) if years else None


def _sentence_at(sentences: list[tuple[int, int]], starts: list[int], pos: int):
    k = bisect.bisect_right(starts, pos) - 1
    if k >= 0 and sentences[k][0] <= pos < sentences[k][1]:
        return sentences[k]
    return None


def _cosine(a: Counter, b: Counter) -> float:
    if not a or not b:
        return 0.0
    return len(a.keys() & b.keys()) / math.sqrt(len(a) * len(b))


def build_timeline(
    sources: Sequence[Source], per_source: Sequence[SourceAnalysis], gaz: Gazetteer
) -> tuple[list[DateMention], list[EntitySpan]]:
    """Timeline entries in date order and a highlight span for every date in the text."""
    fallback = _briefing_year(sources)
    spans: list[EntitySpan] = []
    entries: list[_Entry] = []
    for src, sa in zip(sources, per_source, strict=True):
        text = src.text
        ref = reference_date(src.published) or dateline_date(src, fallback)
        lines = line_map(src)
        model_dates = [(s, e) for s, e, label in sa.entities if label == "DATE"]
        sentences = sorted(sa.sentences)
        starts = [a for a, _ in sentences]
        best: dict[tuple[int, int], tuple] = {}
        for d in scan_dates(text, ref, model_dates, fallback):
            spans.append(EntitySpan(src.id, d.start, d.end, "date"))
            if not lines.is_body(d.start):
                continue  # headlines, credits, tables: not events
            sent = _sentence_at(sentences, starts, d.start)
            if sent is None:
                continue
            body = dateline_end(text, sent[0])
            if d.start < body:
                continue  # the dateline's own date is the article's, not an event
            key = (body, sent[1])
            # One entry per sentence: its most precise date, the first one on a tie.
            if key not in best or len(d.iso) > len(best[key][0].iso):
                best[key] = (d, body, sent[1])
        for d, s, e in best.values():
            sentence = text[s:e]
            entries.append(
                _Entry(
                    d.iso,
                    d.inferred,
                    text[d.start : d.end],
                    sentence,
                    [Evidence(src.id, d.start, d.end)],
                    Counter(
                        {t: n for t, n in terms_of(sentence, gaz).items() if t not in _DATE_WORDS}
                    ),
                    not d.inferred,
                )
            )
    order = {s.id: i for i, s in enumerate(sources)}
    entries.sort(key=lambda x: (x.date, order[x.evidence[0].source], x.evidence[0].start))
    merged: list[_Entry] = []
    for entry in entries:
        limit = SAME_EVENT_DAY if len(entry.date) == 10 else SAME_EVENT_VAGUE
        same = next(
            (
                m
                for m in reversed(merged)
                if m.date == entry.date and _cosine(m.terms, entry.terms) >= limit
            ),
            None,
        )
        if same is None:
            merged.append(entry)
            continue
        same.evidence += entry.evidence
        same.terms = same.terms + entry.terms
        same.explicit = same.explicit or entry.explicit
    timeline = [
        DateMention(
            date=m.date,
            text=m.text,
            evidence=m.evidence,
            sentence=m.sentence,
            inferred="" if m.explicit else m.inferred,
        )
        for m in merged
    ]
    return timeline, spans
