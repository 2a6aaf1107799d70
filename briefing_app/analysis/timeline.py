"""The timeline: one entry per dated event, citing every source that reports it.

A sentence is listed once per day it names (a vaguer date beside a more precise one is
dropped); entries on the same date whose sentences share enough content words are one event.
A day and month without a year take the year from the article's date (or its dateline or
date line), else from the nearest year in the same text, else from the other sources; the
entry says when its year was inferred.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefing_app.analysis.dates import (
    DATE_FROM_LATEST,
    MONTHS,
    RELATIVE,
    WEEKDAYS,
    FoundDate,
    explicit_years,
    reference_date,
    scan_dates,
)
from briefing_app.analysis.extract import SourceAnalysis
from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.keypoints import terms_of
from briefing_app.analysis.lines import DATELINE, LineMap, dateline_end, line_map
from briefing_app.analysis.relative import published_clock
from briefing_app.model import DateMention, EntitySpan, Evidence, Source

SAME_EVENT_DAY = 0.25  # cosine of content words: two sentences on one day tell of one event
SAME_EVENT_VAGUE = 0.4  # the same for a month or a year, where more events share the date
_YEAR_WRITTEN = re.compile(r"\d{4}")
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


def article_date(src: Source, fallback_year: int | None = None) -> dt.date | None:
    """The article's own date: its metadata, else its dateline, else a short date line near
    the top ("Published 14 March 2024", "March 14, 2024 | Press release")."""
    ref = reference_date(src.published) or dateline_date(src, fallback_year)
    if ref is not None:
        return ref
    for s, e in line_map(src).lines[:10]:
        line = src.text[s:e]
        if len(line.split()) > 10:
            continue
        for d in scan_dates(line, None, []):
            if len(d.iso) == 10 and not d.inferred:
                return dt.date.fromisoformat(d.iso)
    return None


def _briefing_year(sources: Sequence[Source]) -> int | None:
    """The year the sources agree on most: their own dates, else the years they write."""
    years = Counter(r.year for r in (reference_date(s.published) for s in sources) if r)
    if not years:
        for s in sources:
            years.update(y for _, y in explicit_years(s.text))
    return min(years, key=lambda y: (-years[y], -y)) if years else None


def _with_latest(found: list[FoundDate], text: str, latest: dt.date | None) -> list[FoundDate]:
    """Add the relative dates resolved against the article's latest written date."""
    if latest is None:
        return found
    taken = [(d.start, d.end) for d in found]
    extra = [
        FoundDate(d.start, d.end, d.iso, DATE_FROM_LATEST)
        for d in scan_dates(text, latest, [], patterns=RELATIVE)
        if all(d.end <= a or d.start >= b for a, b in taken)
    ]
    return sorted(found + extra)


# A date the text gives as the day it speaks from: "flown today [Thursday 25 January]", "this
# afternoon (4 April)", "(valid as of 18 November at 14:00)".
_TODAY_IS = re.compile(
    r"(?:\b(?:today|tonight|this (?:morning|afternoon|evening))\s*[\[(]|"
    r"\b(?:valid|correct|accurate|current) as (?:of|at))\s*$",
    re.IGNORECASE,
)


def _stated_today(text: str, found: list[FoundDate]) -> dt.date | None:
    """The day a copy without a date of its own names as its today, its year inferred or not."""
    for d in found:
        if len(d.iso) == 10 and _TODAY_IS.search(text, max(0, d.start - 40), d.start):
            return dt.date.fromisoformat(d.iso)
    return None


_RANGE_BETWEEN = re.compile(r"\s*(?:-|–|—|to|until|till|through)\s*", re.IGNORECASE)


def _ranges(found: list[FoundDate], text: str) -> list[FoundDate]:
    """A day range whose two ends are in one sentence is one date: its first day, its span the
    whole range ("10 to 14 March", "28 February–2 March"), so the sentence is not listed under
    each day."""
    at = {(d.start, d.end): d for d in found}
    found = sorted(found)
    for a, b in itertools.pairwise(found):
        days = len(a.iso) == len(b.iso) == 10 and a.iso < b.iso and a.pair is None is b.pair
        if days and _RANGE_BETWEEN.fullmatch(text, a.end, b.start):
            at[(b.start, b.end)] = b._replace(pair=(a.start, a.end))
    joined, gone = [], set()
    for d in at.values():
        other = at.get(d.pair) if d.pair else None
        if other is None:
            continue
        first = min(d, other, key=lambda x: x.iso)
        span = (min(d.start, other.start), max(d.end, other.end))
        joined.append(first._replace(start=span[0], end=span[1], pair=None))
        gone |= {(d.start, d.end), d.pair}
    return sorted([d for k, d in at.items() if k not in gone] + joined)


def _distinct(found: list, text: str, body: int = 0) -> list:
    """The dates of one sentence, each listed once: a vaguer date that a more precise one in
    the same sentence contains ("2024" beside "3 March 2024") is dropped. ``body`` is where
    the sentence starts after its dateline."""
    out = []

    # Of two spans giving one date, the sentence's own before its dateline's; then the one that
    # writes it out ("Nov. 15, 2023", not "today"), then the day ("this afternoon (4 April)").
    def written(d: FoundDate) -> tuple[bool, bool, bool, bool]:
        span = text[d.start : d.end]
        own = d.start >= body
        return not own, not _YEAR_WRITTEN.search(span), not _DIGIT.search(span), bool(d.inferred)

    found = sorted(found, key=written)
    for d in found:
        if any(o.iso != d.iso and o.iso.startswith(d.iso) and _near(o, d) for o in found):
            continue
        if all(o.iso != d.iso for o in out):
            out.append(d)
    return out


# The line that introduces a post quoted from another writer: "From Example.com [5]:", "A
# blogger in Manila writes:", "She posted on her blog:".
_QUOTED_INTRO = re.compile(
    r"(?:(?:^|[.!?]\s+)from\s[^!?]{1,80}|\b(?:writes|wrote|posted|blogged|tweeted|shared)\b"
    r"[^.!?]{0,80}):$",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")


def _quoted_post(lines: LineMap, text: str, d: FoundDate) -> bool:
    """A relative date ("today", "on Monday") in the paragraph right after a line introducing a
    quoted post: it counts from the post's day, which the article does not give."""
    if _DIGIT.search(text, d.start, d.end):
        return False
    k = bisect.bisect_right(lines.lines, (d.start, math.inf)) - 1
    if k < 1 or not lines.lines[k][0] <= d.start < lines.lines[k][1]:
        return False
    return bool(_QUOTED_INTRO.search(text[slice(*lines.lines[k - 1])]))


def _near(a, b, gap: int = 40) -> bool:
    """Two date spans close enough that the vaguer one restates the other ("in 2024, on 3
    March"); further apart, "since the start of 2024 ... by March 2024" are two dates."""
    return a.start - gap <= b.end and b.start - gap <= a.end


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
        ref = article_date(src, fallback)
        model_dates = [(s, e) for s, e, label in sa.entities if label == "DATE"]
        # The time of day the page went out, where its metadata gives one with its date.
        clock = published_clock(src.published) if ref == reference_date(src.published) else None
        found = scan_dates(text, ref, model_dates, fallback, clock=clock)
        latest = None
        if ref is None:
            # No date of its own: weekdays and "tomorrow" count from the day the text says is
            # today ("today [Thursday 25 January]"), else from the latest full date the article
            # writes (news tells of its latest day), and say the date was inferred.
            days = [d.iso for d in found if len(d.iso) == 10 and not d.inferred]
            latest = _stated_today(text, found) or (
                dt.date.fromisoformat(max(days)) if days else None
            )
        lines = line_map(src)
        sentences = sorted(sa.sentences)
        starts = [a for a, _ in sentences]
        per_sentence: dict[tuple[int, int], list] = {}
        for d in _with_latest(found, text, latest):
            spans.append(EntitySpan(src.id, d.start, d.end, "date"))
            if lines.in_table(d.start) or lines.in_related(d.start) or src.in_table(d.start, d.end):
                continue  # table cells and links to other stories: not this story's events
            if _quoted_post(lines, text, d):
                continue  # another writer's "today": their day, not the article's
            sent = _sentence_at(sentences, starts, d.start)
            if sent is None or lines.in_furniture(d.start):
                sent = lines.line_at(d.start) or (d.start, d.end)  # a date line, a heading
            # A dateline's date belongs to the sentence after it, which is cut from the dateline.
            body = dateline_end(text, sent[0])
            k = bisect.bisect_left(starts, body)
            if body >= sent[1] and k < len(sentences):  # the dateline was cut off on its own
                sent = sentences[k]
                body = sent[0]
            per_sentence.setdefault((body, sent[1]), []).append(d)
        best = []
        for (s, e), found in per_sentence.items():
            # When the sentence names its own date, the dateline's (the report's) gives way.
            own = {d.iso for d in found if d.start >= s}
            kept = _ranges([d for d in found if not own or d.iso in own], text)
            best += [(d, s, e) for d in _distinct(kept, text, s)]
        for d, s, e in best:
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
        if _YEAR_WRITTEN.search(entry.text) and not _YEAR_WRITTEN.search(same.text):
            same.text = entry.text  # name the entry by the date as written out, not "today"
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
