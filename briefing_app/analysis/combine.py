"""Cross-source merging: per-source model output becomes one Analysis (pure Python, fast)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from briefing_app.analysis.acronyms import (
    acronyms_of_things,
    find_acronyms,
    recall_acronyms,
    recall_long_forms,
)
from briefing_app.analysis.actors import build_actors
from briefing_app.analysis.capital_surnames import capital_surnames
from briefing_app.analysis.collector import collector_paused
from briefing_app.analysis.country_labels import country_label, label_mentions
from briefing_app.analysis.credited import credited_acronyms
from briefing_app.analysis.dateline_start import DATELINE_DATE
from briefing_app.analysis.defined import without_cut_pieces
from briefing_app.analysis.errors import AnalysisError
from briefing_app.analysis.extract import SourceAnalysis, analyze_sources
from briefing_app.analysis.facts import stands_for
from briefing_app.analysis.gazetteer import Gazetteer, gazetteer
from briefing_app.analysis.headline_actors import (
    dated_header_place,
    headline_seeds,
    issuer_line,
    named_body_mention,
    outside_headline_or_named,
)
from briefing_app.analysis.headlines import headline_supports
from briefing_app.analysis.item_headlines import item_headline_actor
from briefing_app.analysis.joined import split_at_comma
from briefing_app.analysis.joined_countries import (
    hyphened_countries,
    joined_country_spans,
    replace_pieces,
)
from briefing_app.analysis.keypoints import candidates, score, select_split
from briefing_app.analysis.lines import line_map
from briefing_app.analysis.listed_fields import joined_field_lists
from briefing_app.analysis.listed_people import listed_people
from briefing_app.analysis.mentions import Mention, cached_norm, clean_mention, recall
from briefing_app.analysis.nlp import model_key
from briefing_app.analysis.place_holders import split_place_holder
from briefing_app.analysis.portfolio_tails import titled_people_word
from briefing_app.analysis.possessive import names_a_unit, owned_names, owned_organ
from briefing_app.analysis.sentence_case import headline_subject
from briefing_app.analysis.speakers import is_speaker
from briefing_app.analysis.storms import without_storms
from briefing_app.analysis.tailed_acronyms import place_tailed_acronyms
from briefing_app.analysis.timeline import build_timeline
from briefing_app.analysis.topic import topic
from briefing_app.analysis.wording import summary
from briefing_app.model import Actor, Analysis, Citation, EntitySpan, Source

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
            reliability=s.reliability,
            credibility=s.credibility,
            accessed=s.accessed,
            kind=s.format,
            file=s.file_name,
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
        for s0, e0, label0 in sa.entities:
            if label0 == "DATE" or not (0 <= s0 < e0 <= len(text)):
                continue
            for s1, e1, label1 in split_at_comma(text, s0, e0, label0):
                # "the President of the Republic of X Ann Roe": the place, then its holder
                for s, e, label in split_place_holder(text, s1, e1, label1, gaz):
                    m = clean_mention(text, i, s, e, label, gaz)
                    if m is not None:
                        titled_people_word(text, m, gaz)  # "Minister Varn" read as a people
                        found.append(m)
        things = acronyms_of_things(text)
        spans = {(m.start, m.end): m for m in found if m.text not in things}
        for long_form, short in find_acronyms(text, i, found) + place_tailed_acronyms(
            text, i, found
        ):
            long_form = spans.setdefault((long_form.start, long_form.end), long_form)
            short = spans.setdefault((short.start, short.end), short)
            if short.label == "NORP" and long_form.label != "NORP":
                short.label = long_form.label  # "(PASC)" the text defines is its body's
            pairs.append((long_form, short))
        found = without_cut_pieces(
            text, list(spans.values()), [lf for lf, _ in pairs if lf.source == i]
        )
        found = headline_seeds(src, found)
        mentions.extend(found)
    mentions = joined_field_lists(sources, joined_places(sources, mentions, gaz), gaz)
    mentions.extend(recall(sources, mentions, gaz))
    mentions.extend(listed_people(sources, mentions, gaz))  # "- Ann Roe becomes Minister of X"
    mentions.extend(label_mentions(sources, mentions, gaz))  # "Morocco: The Tale of ..."
    mentions = capital_surnames(sources, mentions, gaz)  # "Darlton GRAHAM"
    mentions.extend(recall_acronyms(sources, mentions, gaz))
    mentions.extend(recall_long_forms(sources, mentions))
    mentions = (kept := story_mentions(sources, mentions)) + credited_acronyms(mentions, kept)
    mentions.sort(key=lambda m: (m.source, m.start, m.end))
    return mentions, pairs


def joined_places(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Country names joined by "and" ("Trinidad and Tobago") stay one place, whatever pieces
    the model cut them into."""
    found: list[Mention] = []
    for i, src in enumerate(sources):
        for name in gaz.joined_places:
            pos = src.text.find(name)
            while pos != -1:
                found.append(Mention(i, pos, pos + len(name), name, "GPE"))
                pos = src.text.find(name, pos + len(name))
        found.extend(
            Mention(i, s, e, src.text[s:e], "GPE") for s, e in joined_country_spans(src.text, gaz)
        )
        found.extend(hyphened_countries(i, src.text, gaz))  # "Burkina Faso-Niger-Mali"
    return replace_pieces(mentions, found) if found else mentions


def story_mentions(sources: Sequence[Source], mentions: list[Mention]) -> list[Mention]:
    """The mentions that name actors of the story.

    Never the people in bylines and credits; a name seen only in headlines, link lists or
    widgets is furniture; "X's Meeting" is X when X is named elsewhere.
    """
    maps = [line_map(s) for s in sources]
    body_keys = set()
    kept = []
    for m in mentions:
        lines = maps[m.source]
        credit = lines.in_credit(m.start) and not issuer_line(sources[m.source].text, m)
        if credit or lines.in_table(m.start):
            continue
        for part in _owner(m, mentions):
            if not lines.in_furniture(part.start):
                body_keys.add(cached_norm(part.text))
            kept.append(part)
    return [
        m
        for m in kept
        if (
            not maps[m.source].in_furniture(m.start)
            or m.role
            or cached_norm(m.text) in body_keys
            or _signed_at(sources[m.source].text, m)
            or is_speaker(sources[m.source].text, m)
            or maps[m.source].in_headline(sources[m.source], m.start)  # judged below
            or dated_header_place(sources[m.source], m, maps[m.source])
            or named_body_mention(m)  # "Source: Kelvo Police", a listing's "... Court"
            or item_headline_actor(sources[m.source], m, maps[m.source], body_keys)
            or country_label(sources[m.source], m, maps[m.source], gazetteer())
            or headline_subject(
                sources[m.source].text, m, maps[m.source].line_at(m.start), gazetteer()
            )
        )
        and outside_headline_or_named(sources[m.source], m, maps[m.source], body_keys)
    ]


# "September 6, 2017, Vladivostok": a line that is a date and the place it was written at
_DATE_THEN_PLACE = re.compile(r"(?:^|\n)" + DATELINE_DATE + r",\s+$")


# "The Hague, 8 April 2019" over each item of a news list: the place it was issued at
_PLACE_THEN_DATE = re.compile(r",\s+" + DATELINE_DATE + r"[ \t]*(?:\n|$)")


def _signed_at(text: str, m: Mention) -> bool:
    """The place of a closing "<date>, <place>" line, or of a "<place>, <date>" line of its
    own: where the story happened or was issued, no furniture."""
    if m.label in ("GPE", "LOC") and _PLACE_THEN_DATE.match(text, m.end):
        line_start = text.rfind("\n", 0, m.start) + 1
        return text[line_start : m.start] in ("", "The ")
    if not text.startswith("\n", m.end) and m.end != len(text.rstrip()):
        return False
    return _DATE_THEN_PLACE.search(text, max(0, m.start - 40), m.start) is not None


def _owner(m: Mention, mentions: list[Mention]) -> list[Mention]:
    """ "Putin's Meeting" is a fragment: Putin, when another mention names him. A body's
    acronym owning a unit ("ABC’s Bureau for Relief") names two bodies, the acronym and the
    unit; owning a name with no organisation word ("ABC’s Ola Brenn"), the body and a person.
    Else the mention stays whole."""
    for mark in ("’s ", "'s ", "s’ ", "s' "):
        cut = m.text.find(mark)
        if cut > 0 and mark[0] == "s":  # "Solomon Islands' Foreign Relations Committee"
            cut, mark = cut + 1, mark[1:]
        if cut > 0 and m.text[:cut].rsplit(" ", 1)[-1] in _PLURAL_OWNERS:
            return [m]  # "Vietnam People’s Navy", "UN Children’s Fund": one name
        if cut > 0 and (parts := owned_names(m, cut, mark, gazetteer())) is not None:
            return parts  # "Veldria’s Oster province": two names
        if cut > 0:
            owner = m.text[:cut]
            key = cached_norm(owner)
            rest = m.start + cut + len(mark)
            unit = Mention(m.source, rest, m.end, m.text[rest - m.start :], "ORG")
            # "Tonga’s National Emergency Management Organisation": the rest is a body too
            owned = [unit] if names_a_unit(unit.text) or owned_organ(m, owner, unit) else []
            for other in mentions:
                if other is not m and cached_norm(other.text) == key:
                    return [
                        Mention(
                            m.source, m.start, m.start + cut, owner, other.label, m.role, m.article
                        ),
                        *owned,
                    ]
            if owned and m.label == "ORG" and _a_body_of(owner):
                # "National Parliament of Solomon Islands' Foreign Relations Committee"
                return [Mention(m.source, m.start, m.start + cut, owner, "ORG"), unit]
            if m.label == "ORG" and _ACRONYM.fullmatch(owner) and unit.text[:1].isupper():
                acronym = Mention(m.source, m.start, m.start + cut, owner, "ORG", "", m.article)
                words = cached_norm(unit.text).split()
                joined = any(w in ("and", "of", "for", "on", "&") for w in unit.text.split())
                joined = joined and words[0] not in gazetteer().titles  # not a post's "of"
                if not any(w in gazetteer().org_suffixes for w in words) and not joined:
                    unit.label = "PERSON"  # "ABC’s Ola Brenn": the body's official, whose
                    # name has no "and" or "of" ("ABC’s Trade and Development Board")
                return [acronym, unit]
            return [m]
    return [m]


def _a_body_of(name: str) -> bool:
    """ "National Parliament of Solomon Islands": a body's word heads a name "of" a place."""
    head = cached_norm(name).split(" of ", 1)
    return len(head) == 2 and any(w in gazetteer().org_suffixes for w in head[0].split())


_ACRONYM = re.compile(r"[A-Z][A-Z.&]{1,7}")
# plural nouns whose possessive is part of a name, not an owner: "People’s Liberation Army"
_PLURAL_OWNERS = frozenset(["People", "Peoples", "Women", "Children", "Workers", "Veterans"])


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


def nested_actors(actors: Sequence[Actor]) -> dict[str, list[str]]:
    """For each actor, the other actors its name holds ("Government of Morocco" names
    "Morocco"): a sentence naming the one also tells of the other."""
    by_form: dict[str, str] = {}
    for a in actors:
        for form in (a.name, *a.aliases):
            by_form.setdefault(cached_norm(form), a.id)
    out: dict[str, list[str]] = {}
    for a in actors:
        words = cached_norm(a.name).split()
        if len(words) < 2:
            continue
        found = {
            by_form[" ".join(words[i:j])]
            for i in range(len(words))
            for j in range(i + 1, min(len(words), i + 4) + 1)
            if (j - i) < len(words) and " ".join(words[i:j]) in by_form
        }
        found.discard(a.id)
        if found:
            out[a.id] = sorted(found)
    return out


def _days(sources: Sequence[Source], dates) -> list[list[tuple[int, str]]]:
    """Per source, the start and ISO day of each date the timeline resolved to a day."""
    index = {s.id: i for i, s in enumerate(sources)}
    out: list[list[tuple[int, str]]] = [[] for _ in sources]
    for d in dates:
        if len(d.date) == 10:
            for ev in d.evidence:
                if ev.source in index:
                    out[index[ev.source]].append((ev.start, d.date))
    return out


def combine(
    sources: Sequence[Source], per_source: Sequence[SourceAnalysis], *, top_n: int = 5
) -> Analysis:
    """Actors, key points, dates and citations of all sources from the model's per-source output."""
    with collector_paused():  # it leaves no cycles to collect (``collector``)
        return _combine(sources, per_source, top_n=top_n)


def _combine(
    sources: Sequence[Source], per_source: Sequence[SourceAnalysis], *, top_n: int
) -> Analysis:
    if len(sources) != len(per_source):
        raise ValueError("combine needs one SourceAnalysis per source")
    by_id = {sa.source: sa for sa in per_source}
    per_source = [by_id.get(s.id, sa) for s, sa in zip(sources, per_source, strict=True)]
    gaz = gazetteer()
    top_n = max(MIN_POINTS, min(MAX_POINTS, int(top_n)))
    mentions, pairs = _mentions(sources, per_source)
    actors, groups, spans = build_actors(sources, mentions, pairs, gaz)
    dates, date_spans = build_timeline(sources, per_source, gaz)
    entity_starts: list[list[int]] = [[] for _ in sources]
    for m in mentions:
        entity_starts[m.source].append(m.start)
    index = {s.id: i for i, s in enumerate(sources)}
    entity_ids: list[list[tuple[int, str]]] = [[] for _ in sources]
    inner = nested_actors(actors)
    for actor in actors:
        for ev in actor.evidence:
            entity_ids[index[ev.source]].append((ev.start, actor.id))
            entity_ids[index[ev.source]].extend((ev.start, x) for x in inner.get(actor.id, ()))
    persons = {a.id: a.name for a in actors if a.type == "person"}  # "[Name] said…"
    stands, days = stands_for(actors, gaz), _days(sources, dates)
    sents = candidates(
        sources,
        [sa.sentences for sa in per_source],
        entity_starts,
        gaz,
        entity_ids,
        persons,
        stands,  # "Beijing said" = "China said", for matching facts only
        days,
    )
    score(sents)
    # each headline supports the points whose fact it states, scored after (``headlines``)
    sents += headline_supports(sources, entity_ids, stands, gaz, days)
    # One selection for both, so background sentences never repeat a key point; the first
    # top_n points picked are the key points, the next ones (in reading order) the background.
    points, background = select_split(sents, sources, top_n, BACKGROUND_POINTS)
    order = {s.id: i for i, s in enumerate(sources)}
    actors, spans = without_storms(actors, spans, sources)  # "Tropical Storm Emily": no actor
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
        topic=topic(sources, actors),
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
