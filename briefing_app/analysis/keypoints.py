"""Key points: the sentences that best summarise the sources, near-duplicates merged.

Score = centrality (how much a sentence shares with all the others: the degree centrality of
the TextRank sentence graph, computed through the centroid so it stays linear in corpus size)
+ position (leads matter in news) + entity density + corroboration (how many other sources
state the same fact, ``_similar``: shared words, actors, kinds of event and details, see
``facts``). Points are picked by maximal marginal relevance; every sentence stating a point's
fact supports it, so the point cites each source; in citing (not in scoring or picking), synonyms
count as one word ("quake hit" / "earthquake struck") and a capital stands for its country.
The first points picked are the key points; a point is worded by the retelling in its source
that gives the figures ("a team of 60 rescuers" rather than "rescue teams"). Points come back
in reading order (source order, then place in the source); ``score`` keeps their rank.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from briefing_app.analysis.eventwords import event_kinds, plain_sense
from briefing_app.analysis.fact_keys import similarity as _similarity
from briefing_app.analysis.facts import (
    DUPLICATE,
    details,
    fact_details,
    fact_terms,
    kinds_of_event,
    times,
)
from briefing_app.analysis.facts import same_fact as _similar
from briefing_app.analysis.fragments import listed_fragment
from briefing_app.analysis.furniture import (
    after_bullet,
    caption,
    courtesy,
    credited,
    is_title,
    label_list,
    question,
    restated_title,
    stamp,
    sympathy,
    unbalanced,
)
from briefing_app.analysis.gazetteer import Gazetteer, gazetteer
from briefing_app.analysis.giving import gives
from briefing_app.analysis.hazards import magnitudes, same_blow
from briefing_app.analysis.highlights import highlight
from briefing_app.analysis.keypoint_scores import _told_elsewhere, score  # noqa: F401
from briefing_app.analysis.lead_blow import blow_first
from briefing_app.analysis.lead_start import lead_start
from briefing_app.analysis.lines import line_map, rejoined, sentence_start
from briefing_app.analysis.own_act import tells_more
from briefing_app.analysis.own_gift import others_gift, own_gift
from briefing_app.analysis.pictured import pictured
from briefing_app.analysis.podium import stage_direction
from briefing_app.analysis.referents import bracketed, leans_back, pronoun_start, unquotable
from briefing_app.analysis.terms import terms_of
from briefing_app.analysis.timeless import stopped, timeless
from briefing_app.analysis.tolled import plainly, states, tells_blow
from briefing_app.analysis.tolls import tolls_differ
from briefing_app.analysis.wording import latest, name_line, numbers, specific
from briefing_app.model import Evidence, KeyPoint, Source
from briefing_app.model.text import balance_quotes

MIN_WORDS = 6  # "A volcano erupted in Veloria on Sunday." is a lead (the baseline keeps six words)
MAX_WORDS = 80
SOURCE_SHARE_PENALTY = 0.08
REDUNDANCY_PENALTY = 0.5
RETOLD_WORDS = 0.4  # a figure and this much of the words shared: one fact told twice in a source
RETOLD_SHARE = 0.5  # share of a sentence's words in a picked point's: it tells less of it
RETOLD = 0.6  # the overlap of a sentence retelling a chosen point's fact in its source
_END = (".", "!", "?", '"', "”", "’", "'", ")")
# A closing bracket ends a sentence only after the stop inside it ("(See the annex.)"): a line
# ending in a bracket alone is a title, a caption's credit, a link or a citation ("Relief for
# Orsk (3 March 2023)", "(CC BY-SA 2.0)", "(msd.govt.nz)"), or a sentence cut off after a
# gloss ("... showed the Union Party (UP)" at the end of an extract).
_BRACKET_END = re.compile(r"[.!?][\"”’']?\)$")


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
    actors: frozenset[str] = frozenset()  # ids of the actors it names
    events: frozenset[int] = frozenset()  # kinds of event its words name (met, signed...)
    details: frozenset[str] = frozenset()  # common-noun phrases and figures ("death toll")
    when: frozenset[str] = frozenset()  # the weekdays and days of the month it names
    # The same, synonyms grouped and a capital for its country too, for citing (facts.py)
    facts: frozenset[str] = frozenset()
    fact_details: frozenset[str] = frozenset()
    fact_actors: frozenset[str] = frozenset()
    fact_events: frozenset[int] = frozenset()
    days: frozenset[str] = frozenset()  # the calendar days the timeline reads in it (ISO)
    # (offset in the sentence, actor id) of each actor it names, a capital's country too
    placed: tuple[tuple[int, str], ...] = ()
    quotable: bool = True  # False: it opens with a pronoun, so it supports a point, never words it
    condolence: bool = False  # a sympathy that tells the blow and its toll (``tolled``)
    keys: frozenset | None = None  # all it could share with another fact (``fact_keys``)
    located: frozenset | None = None  # the places it tells it happened at (``told_apart``)


# A sentence may open with its count ("12,000 people have fled"); "3. Next steps" may not.
_COUNT_FIRST = re.compile(r"\d{1,3}(?:[,  ]\d{3})*(?:\.\d+)?\s+(?:more\s+|of\s+the\s+)?[a-z]{3,}")


def candidates(
    sources: Sequence[Source],
    sentences: Sequence[Sequence[tuple[int, int]]],
    entity_starts: Sequence[Sequence[int]],
    gaz: Gazetteer,
    entity_ids: Sequence[Sequence[tuple[int, str]]] | None = None,
    persons: Mapping[str, str] | None = None,
    stands_for: Mapping[str, str] | None = None,
    days: Sequence[Sequence[tuple[int, str]]] | None = None,
) -> list[Sentence]:
    """Sentences fit to be key points: whole body sentences, not furniture, not the title.

    Never a headline, link, caption, credit, byline or table row (line shape and the source's
    own tables), never a wire photo caption or a piece of a sentence cut inside brackets. A
    sentence opening with a pronoun names its referent in square brackets when the sentence
    before opens with one person ("[Name] said…", ``persons`` maps actor ids to names); else it
    only supports (cites its source for) a point another sentence words. A dateline ("KYIV,
    3 March (Reuters) –") is cut off the sentence. ``stands_for`` maps a capital's actor id to
    its country's: "Beijing said" tells a fact of China too. ``days`` holds, per source, the
    start and ISO day of each date the timeline resolved ("on Monday" counted from the
    article's own date), so two reports of one day in other words ("Monday" / "6 March") match.
    """
    stands = stands_for or {}
    persons_ = persons or {}
    out = []
    for i, (src, spans) in enumerate(zip(sources, sentences, strict=True)):
        starts = sorted(entity_starts[i])
        ids = sorted(entity_ids[i]) if entity_ids is not None else []
        dated = sorted(days[i]) if days is not None else []
        day_starts = [a for a, _ in dated]
        id_starts = [a for a, _ in ids]
        lines = line_map(src)
        idx = 0
        before: tuple[int, int] | None = None  # the sentence just before, candidate or not
        for s, e in rejoined(src.text, spans):
            prev, before = before, (s, e)
            s = lead_start(src.text, s, after_bullet(src.text, sentence_start(src.text, s)))
            text = src.text[s:e]
            words = len(text.split())
            if not (MIN_WORDS <= words <= MAX_WORDS) or not (
                _ended(text) or highlight(src.text, s, e)  # a fact sheet's item
            ):
                continue
            if src.in_table(s, e) or name_line(text):  # cells, a name line: no sentence
                continue
            if not (text[:1].isupper() or text[:1] in "“\"'‘" or _COUNT_FIRST.match(text)):
                continue
            if not (lines.is_body(s) and lines.is_body(e - 1)) or credited(lines, s, e):
                continue
            if caption(lines, s, e, text, src.text) or pictured(lines, s, e, src.text):
                continue
            if question(text) or label_list(text) or stamp(text) or unbalanced(text):
                continue
            referent = ""
            if pronoun_start(text):
                # "[Name] said…": the person the sentence before opens with
                named = bracketed(text, src.text, prev, ids, id_starts, persons or {})
                if named is not None:
                    text, referent = named
            # the headline's own line is no point; a body sentence saying it again may be
            if is_title(text, src.title) and not restated_title(src.text, src.title, s, e):
                continue
            if timeless(text, gaz) or stopped(text, gaz):
                continue
            k = bisect.bisect_left(starts, s)
            j = bisect.bisect_left(starts, e)
            a = bisect.bisect_left(id_starts, s)
            b = bisect.bisect_left(id_starts, e)
            plain = plain_sense(text)  # "meeting the needs" tells no meeting
            sent = Sentence(i, idx, s, e, text, terms_of(plain, gaz), j - k)
            sent.actors = frozenset(x for _, x in ids[a:b])
            if referent:
                sent.actors |= {referent}
            elif (
                unquotable(text)
                or listed_fragment(lines, s, text, src.text)
                or leans_back(text, src.text[prev[0] : prev[1]] if prev else "")
            ):
                # the source still states the fact: cited by a point another sentence words
                sent.quotable = False
            if courtesy(text) or stage_direction(text) or (sympathy(text) and not gives(text)):
                # a sympathy telling the blow, its place and its toll states the lead fact
                sent.condolence = tells_blow(text, any(x not in persons_ for x in sent.actors))
                sent.quotable = sent.condolence  # else a greeting or sympathy: it states no fact
            lo, hi = bisect.bisect_left(day_starts, s), bisect.bisect_left(day_starts, e)
            describe(sent, plain, gaz, ids[a:b], stands, (iso for _, iso in dated[lo:hi]))
            out.append(sent)
            idx += 1
    return out


def _ended(text: str) -> bool:
    """Whether ``text`` ends as a sentence does (a bracket only after its stop)."""
    if text.endswith(")"):
        return bool(_BRACKET_END.search(text))
    return text.endswith(_END)


def describe(
    sent: Sentence,
    plain: str,
    gaz: Gazetteer,
    named: Sequence[tuple[int, str]],
    stands: Mapping[str, str],
    days: Iterable[str],
) -> None:
    """Fill in what picking and citing compare of ``sent``: its events, details and facts, from
    its plain sense; the ids ``named`` in it (start, id), a capital's country too (``stands``);
    the ISO ``days`` it tells; its times."""
    sent.events = event_kinds(plain, gaz, inflected=False)
    sent.details = details(plain, gaz)
    sent.facts = fact_terms(sent.terms, gaz)
    sent.fact_details = fact_details(sent.details, gaz)
    sent.fact_actors = sent.actors | {stands[x] for x in sent.actors if x in stands}
    sent.placed = tuple(
        (at - sent.start, y) for at, x in named for y in (x, stands.get(x)) if y is not None
    )
    # in citing, inflections of one verb name one kind ("killing" = "killed")
    sent.fact_events = kinds_of_event(sent.facts) | event_kinds(plain, gaz)
    sent.days = frozenset(days)
    sent.when = times(sent.text)


def _retold(s: Sentence, best: Sentence) -> bool:
    """Another source telling less of a picked point's fact: the picked sentence would support
    it in citing ("A 6.4 earthquake killed 41 people in Kovar province on Sunday" tells "A
    strong earthquake hit Kovar province on Sunday"). Picked too, it would be a second point
    citing the same sources. (Not the other way round: "the EU released funds for the flood
    victims" supports the flood's point, yet tells a fact of its own.)"""
    if s.source == best.source or not s.facts:
        return False
    # it tells little the picked sentence does not: most of its words are the point's too
    told = len(s.facts & best.facts) / len(s.facts)
    return told >= RETOLD_SHARE and _similar(best, s)


def _one_blow(s: Sentence, best: Sentence) -> bool:
    """Another source telling the blow a picked point tells, and only it, in other words ("A
    6.1 earthquake struck Kovar province late Sunday, killing 800" / "A powerful quake hit
    Kovar on 31 August, leaving 250 dead"): each states the other's blow (``hazards.same_blow``
    both ways, so neither tells an act the other does not). Picked too, the blow would take two
    of the few points, and the relief told after it none. Not when it gives a magnitude or a
    day the point does not ("a second quake of 7.5 followed", "it struck Orsk on 21 May"): it
    tells more of the blow."""
    if s.source == best.source or magnitudes(s.details) - magnitudes(best.details):
        return False
    if s.days - best.days or tolls_differ(s, best):
        return False  # a day, or a toll told as it rose ("killing 800" / "leaving 250 dead")
    words = gazetteer().event_words
    return same_blow(s, best, words) and same_blow(best, s, words)


def select(sents: list[Sentence], sources: Sequence[Source], top_n: int) -> list[KeyPoint]:
    """The best ``top_n`` distinct points, each with every near-duplicate as support, in
    reading order."""
    return select_split(sents, sources, top_n, 0)[0]


def select_split(
    sents: list[Sentence], sources: Sequence[Source], top_n: int, more: int
) -> tuple[list[KeyPoint], list[KeyPoint]]:
    """The first ``top_n`` distinct points picked (the key points) and the ``more`` picked
    after them (the background), each in reading order. Picking order decides, not the score:
    a sentence picked late scores high only because it repeats a point picked before it, so
    it never pushes out a distinct fact picked earlier."""
    picked = blow_first(_pick(sents, sources, top_n + more), top_n)  # a blow all tell leads
    return (
        [p for _, p in sorted(picked[:top_n], key=lambda p: p[0])],
        [p for _, p in sorted(picked[top_n:], key=lambda p: p[0])],
    )


def _pick(sents: list[Sentence], sources: Sequence[Source], top_n: int) -> list:
    """(reading place, point) of the ``top_n`` points, in the order they were picked."""
    ranked = sorted(sents, key=lambda s: (-s.score, s.source, s.start))
    chosen: list[list[Sentence]] = []
    per_source: Counter = Counter()
    pool = [s for s in ranked if s.quotable]
    overlap = {id(s): 0.0 for s in ranked}  # highest similarity to any point chosen so far
    worded: dict[int, Sentence] = {}  # a point's more precise wording, by its head's id
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
        worded[id(best)] = specific(best, pool)
        rest = []
        for s in pool:
            if s is best or s is worded[id(best)]:
                continue
            # A near-copy leaves the pool, and so does another source telling the same fact
            # in other words; a loose match in the same source may carry a claim of its own
            # (in the words as written: synonyms only add citations, never pick points; words
            # counting different things stay: "12,000 evacuated" / "... vaccinated"; so does
            # one telling an act the point does not tell, ``own_act``); another source telling
            # the point's blow and nothing else, in any words, is the same fact (``_one_blow``)
            sim = _similarity(s, best)
            same = (
                _similar(s, best, synonyms=False) or _retold(s, best) or _one_blow(s, best)
            ) and not (tells_more(s, best, sim) or own_gift(s, best, sim))
            if (s.condolence or best.condolence) and not same:
                # a condolence telling the blow states the fact told plainly, in other words
                same = s.source != best.source and states(s, best)
            # the point's wording retold in its source: the same figure, most words shared
            w = worded[id(best)]
            copy = (
                s.source == w.source
                and bool(numbers(s) & numbers(w))
                and _similarity(s, w) >= RETOLD_WORDS
            )
            if not copy and (not same or (sim < DUPLICATE and s.source == best.source)):
                # the same fact retold in the same source counts as a near-copy
                overlap[id(s)] = max(overlap[id(s)], RETOLD if same else sim)
                rest.append(s)
        pool = rest
    heads = [g[0] for g in chosen]
    closest = [set() for _ in chosen]  # ids of the sentences a point is the closest match of
    for s in sents:
        # A sentence supports every point whose fact it states, in its words or in synonyms
        # (another point's own sentence included: it then cites that source too); only the
        # point it restates most closely in its own words may take its wording.
        near = []
        for k, h in enumerate(heads):
            if s is not h and states(s, h) and not others_gift(s, h):
                chosen[k].append(s)
                if _similar(s, h, synonyms=False):
                    near.append((_similarity(s, h), k))
        if near:
            closest[max(near, key=lambda x: (x[0], -x[1]))[1]].add(id(s))
    points = []
    head_ids = {id(h) for h in heads}
    for group, mine in zip(chosen, closest, strict=True):
        members = sorted(group, key=lambda s: (s.source, s.start))
        # another point's own sentence supports this one but never words it
        own = (s for s in group[1:] if s.quotable and id(s) not in head_ids and id(s) in mine)
        precise = worded[id(group[0])]
        plain = plainly(group, head_ids)  # a condolence's point worded by a plain telling
        told = [precise, *own]
        head = plain or latest(told, sources, precise=precise is not group[0])
        # the words shown keep the places the point names; citing follows ``head``
        shown = plain or latest(told, sources, precise=precise is not group[0], places=True)
        if head is not group[0]:
            # the point says what its wording says: a source stating that supports it too
            cited = {m.source for m in group}
            members += [
                s
                for s in sents
                if s.source not in cited and _similar(s, head) and not others_gift(s, head)
            ]
            members.sort(key=lambda s: (s.source, s.start))
        # a headline (``headlines``, index -1) cites its source, never moves the point up
        first = next((m for m in members if m.index >= 0), members[0])
        points.append(
            (
                (first.source, first.start),
                KeyPoint(
                    text=balance_quotes(shown.text),
                    score=round(group[0].score, 6),
                    sources=list(dict.fromkeys(sources[m.source].id for m in members)),
                    evidence=[Evidence(sources[m.source].id, m.start, m.end) for m in members],
                ),
            )
        )
    return points
