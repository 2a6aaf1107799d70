"""The timeline: one entry per dated event, citing every source that reports it.

A sentence is listed once per day it names (a vaguer date beside a more precise one is
dropped); entries on the same date whose sentences share enough content words are one event.
A day and month without a year take the year from the article's date (or its dateline or
date line), else from the nearest year in the same text, else from the other sources; the
entry says when its year was inferred.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefing_app.analysis.anchors import (
    article_date,
    briefing_day,
    briefing_year,
    by_item_dateline,
    speaking_day,
    with_latest,
)
from briefing_app.analysis.date_fields import field_dates
from briefing_app.analysis.dateline_start import dateline_end
from briefing_app.analysis.dates import MONTHS, WEEKDAYS, FoundDate, reference_date, scan_dates
from briefing_app.analysis.extract import SourceAnalysis
from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.item_stamps import item_stamps
from briefing_app.analysis.item_todays import item_todays
from briefing_app.analysis.keypoints import terms_of
from briefing_app.analysis.later import counted_on
from briefing_app.analysis.letters import letter_date
from briefing_app.analysis.lines import LineMap, line_map
from briefing_app.analysis.listing import listing_goes_on
from briefing_app.analysis.month_pairs import coordinated_months
from briefing_app.analysis.own_year import header_day, own_year
from briefing_app.analysis.relative import published_clock
from briefing_app.analysis.release_end import after_release, release_end
from briefing_app.analysis.stated_days import stated_days
from briefing_app.analysis.that_year import months_of_that_year
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
    near: frozenset = frozenset()  # content words right beside the date: what happened on it


_RANGE_BETWEEN = re.compile(r"\s*(?:-|–|—|to|until|till|through)\s*", re.IGNORECASE)
# "between 2019 and 2021" is a range; "in 2019 and 2021" two years.
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _range_gap(text: str, a: FoundDate, b: FoundDate) -> bool:
    """Whether the words between two dates make them the ends of one range."""
    if _RANGE_BETWEEN.fullmatch(text, a.end, b.start):
        return True
    between = _BETWEEN.search(text, max(0, a.start - 12), a.start)
    return bool(between and _AND.fullmatch(text, a.end, b.start))


def _two_days(text: str, a: FoundDate, b: FoundDate) -> bool:
    """Two days joined by "and" without "between" ("on 6 and 7 October"): each day is a date of
    its own, not the ends of a range; both are listed, each citing the pair as written."""
    return bool(_AND.fullmatch(text, a.end, b.start)) and not _BETWEEN.search(
        text, max(0, a.start - 12), a.start
    )


def _ranges(found: list[FoundDate], text: str) -> list[FoundDate]:
    """A range whose two ends are in one sentence is one date: its start, its span the whole
    range ("10 to 14 March", "28 February–2 March", "from May to July 2031"), so the sentence
    is not listed under each end. A range of years ("2004-2017", "from 2002 to 2004") is a
    period long enough for its end to be a point of its own (a term ended, a figure reached
    by then): each end is an entry, citing its own year, named by the whole range (``pair``
    then holds the range's span)."""
    at = {(d.start, d.end): d for d in found}
    found = sorted(found)
    for a, b in itertools.pairwise(found):
        alike = len(a.iso) == len(b.iso) and a.iso < b.iso and a.pair is None is b.pair
        if alike and _range_gap(text, a, b):
            at[(b.start, b.end)] = b._replace(pair=(a.start, a.end))
    joined, gone = [], set()
    for d in at.values():
        other = at.get(d.pair) if d.pair else None
        if other is None:
            continue
        first = min(d, other, key=lambda x: x.iso)
        span = (min(d.start, other.start), max(d.end, other.end))
        gone |= {(d.start, d.end), d.pair}
        if len(d.iso) == 4:  # years: each end an entry, citing its own year, named by the range
            joined += [x._replace(pair=span) for x in (d, other)]
            continue
        ends = (d, other) if _two_days(text, min(d, other), max(d, other)) else (first,)
        joined += [x._replace(start=span[0], end=span[1], pair=None) for x in ends]
    return sorted([d for k, d in at.items() if k not in gone] + joined)


def _distinct(found: list, text: str, body: int = 0) -> list:
    """The dates of one sentence, each listed once: a vaguer date that a more precise one in
    the same sentence contains ("2024" beside "3 March 2024") is dropped. ``body`` is where
    the sentence starts after its dateline."""
    out = []

    # Of two spans giving one date, the one that writes it out ("Nov. 15, 2023", not "today"),
    # then the sentence's own before its dateline's, then the day ("this afternoon (4 April)").
    def written(d: FoundDate) -> tuple[bool, bool, bool, bool]:
        span = text[d.start : d.end]
        own = d.start >= body
        return not _YEAR_WRITTEN.search(span), not own, not _DIGIT.search(span), bool(d.inferred)

    found = sorted(found, key=written)
    for d in found:
        if any(
            o.iso != d.iso and o.iso.startswith(d.iso) and _near(o, d) and not _joined(text, o, d)
            for o in found
        ):
            continue
        if all(o.iso != d.iso for o in out):
            out.append(d)
    return out


_AND_WORD = re.compile(r"\band\b", re.IGNORECASE)


def _joined(text: str, a, b) -> bool:
    """Two dates coordinated by "and" ("in 2023 and as of 20 March 2023"): two facts, the
    vaguer one not a restatement of the other."""
    first, second = sorted((a, b), key=lambda x: x.start)
    return bool(_AND_WORD.search(text, first.end, second.start))


def _also(found: list, d: FoundDate) -> list[FoundDate]:
    """The other spans of one sentence giving the same date as ``d`` ("today" beside its
    dateline's "25 April 2031"): the entry cites them too."""
    return [o for o in found if o.iso == d.iso and (o.start, o.end) != (d.start, d.end)]


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


_NEAR = 6  # words either side of a date that say what happened on it ("Tuesday's earthquake")


def _near_terms(text: str, sent: tuple[int, int], d: FoundDate, gaz: Gazetteer) -> frozenset:
    """The common words within a few words of a date in its sentence; names are left out, as
    "in Kelvo on Monday" says where, not what happened."""
    words = text[sent[0] : d.start].split()[-_NEAR:] + text[d.end : sent[1]].split()[:_NEAR]
    common = " ".join(w for w in words if not w[:1].isupper())
    return frozenset(t for t in terms_of(common, gaz) if t not in _DATE_WORDS)


def _same_happening(a: _Entry, b: _Entry) -> bool:
    """Two sources telling of one day's event in different words: "Tuesday's flood" and "a
    flash flood swept the valley on 3 March" share the word beside the date."""
    if len(a.date) != 10 or {e.source for e in a.evidence} & {e.source for e in b.evidence}:
        return False
    return bool(a.near & b.near)


def _written(span: str) -> tuple[bool, bool]:
    """How fully a date's words write it: its year, then its day ("Tuesday" < "3 March")."""
    return bool(_YEAR_WRITTEN.search(span)), bool(_DIGIT.search(span))


def _cosine(a: Counter, b: Counter) -> float:
    if not a or not b:
        return 0.0
    return len(a.keys() & b.keys()) / math.sqrt(len(a) * len(b))


def build_timeline(
    sources: Sequence[Source], per_source: Sequence[SourceAnalysis], gaz: Gazetteer
) -> tuple[list[DateMention], list[EntitySpan]]:
    """Timeline entries in date order and a highlight span for every date in the text."""
    fallback, day = briefing_year(sources), briefing_day(sources)
    spans: list[EntitySpan] = []
    entries: list[_Entry] = []
    for src, sa in zip(sources, per_source, strict=True):
        text = src.text
        ref = article_date(src, fallback)
        model_dates = [(s, e) for s, e, label in sa.entities if label == "DATE"]
        # The time of day the page went out, where its metadata gives one with its date.
        clock = published_clock(src.published) if ref == reference_date(src.published) else None
        own = own_year(src) if ref is None else None
        if own and (ref := header_day(src, own)):
            own = None  # "July 24" heading the page, its year on the stamp below: its date
        found = scan_dates(
            text, ref, model_dates, fallback, clock=clock, own_year=own, fallback_day=day
        )
        found = months_of_that_year(text, found)  # "in March of that year"
        found = stated_days(text, found, ref)  # "today [Thursday 25 January]"
        found = coordinated_months(text, found)  # "in March and April"
        lines = line_map(src)
        sentences = sorted(sa.sentences)
        starts = [a for a, _ in sentences]
        per_sentence: dict[tuple[int, int], list] = {}
        # No date of its own: weekdays and "tomorrow" count from the day the text speaks from.
        # A related story's date ("Read more: ... (Jan. 31, 2028)") is never the copy's day.
        own_found = [d for d in found if not lines.in_related(d.start)]
        latest = speaking_day(text, own_found) if ref is None else None
        found = item_todays(text, found) if ref is None else found  # teasers of several days
        ended = release_end(text)
        listed = listing_goes_on(text, lines, found)  # a listing's last stamps, not links
        listed |= item_stamps(text, lines, found)  # a teaser's stamp above its text
        listed |= field_dates(text, lines, found)  # "Date: 13 August 2031" in a hearing's details
        for d in counted_on(by_item_dateline(with_latest(found, text, latest), text), text):
            spans.append(EntitySpan(src.id, d.start, d.end, "date"))
            related = lines.in_related(d.start) and d.start not in listed
            related = related and not letter_date(text, d.start, d.end)  # a letter's head
            if lines.in_table(d.start) or related or src.in_table(d.start, d.end):
                continue  # table cells and links to other stories: not this story's events
            if lines.in_headline(src, d.start):
                continue  # the headline's date tells of the page, told by its published day
            if after_release(text, ended, d.start, d.end):
                continue  # a teaser past the release's end: another item's undated day
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
            best += [(d, s, e, _also(kept, d)) for d in _distinct(kept, text, s)]
        for d, s, e, also in best:
            sentence = text[s:e]
            entries.append(
                _Entry(
                    d.iso,
                    d.inferred,
                    text[slice(*d.pair)] if d.pair else text[d.start : d.end],
                    sentence,
                    [Evidence(src.id, x.start, x.end) for x in (d, *also)],
                    Counter(
                        {t: n for t, n in terms_of(sentence, gaz).items() if t not in _DATE_WORDS}
                    ),
                    not d.inferred,
                    _near_terms(text, (s, e), d, gaz),
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
                if m.date == entry.date
                and (_cosine(m.terms, entry.terms) >= limit or _same_happening(m, entry))
            ),
            None,
        )
        if same is None:
            merged.append(entry)
            continue
        same.evidence += entry.evidence
        if _written(entry.text) > _written(same.text):
            same.text = entry.text  # name the entry by the date as written out, not "today"
        same.terms = same.terms + entry.terms
        same.near = same.near | entry.near
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
