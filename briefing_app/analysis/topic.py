"""What several sources are about, named as an analyst titles a note: "Earthquake in Morocco".

When the sources' headlines share no words (one is a teaser, one a file name, one a release's
kicker), the note's title used to fall back to a list of the first actors ("Briefing: European
Union, Government of Tonga, European Commission"), which names no event. Most briefings on one
event are about a disaster striking a place, and that can be read without knowing any event:

- the hazards (``hazard_words.txt``: earthquake, floods, eruption...) that at least half of the
  sources tell striking, in a paragraph that also tells harm (``hazards.told``), never a figure
  of speech ("a political storm");
- a storm's own name when the sources that tell a storm agree on it ("Cyclone Freddy"), which
  names the event by itself;
- the place that the most sources name, and at least half of them.

With no disaster, the kind of event (``event_words.txt``) that most sources tell in their first
paragraphs names it, after the place most of them name there, as a desk titles a wire item:
"Belarus: sanctions", "Ethiopia: agreement signed", "Moscow: talks". The kind the most sources
tell wins, and between kinds told as often the most particular (sanctions over aid).

Nothing here knows an event, a place or a name; with no event told by half the sources, or no
such place, there is no topic and the title falls back as before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefing_app.analysis import hazards
from briefing_app.analysis.eventwords import event_kinds, kind_of
from briefing_app.analysis.gazetteer import gazetteer, norm
from briefing_app.model.analysis import Actor
from briefing_app.model.source import Source

# How each hazard kind of ``hazard_words.txt`` is named in a title.
_TITLE_NOUN = {
    "earthquake": "earthquake",
    "flood": "floods",
    "storm": "storm",
    "landslide": "landslide",
    "tsunami": "tsunami",
    "volcano": "volcanic eruption",
    "wildfire": "wildfires",
    "drought": "drought",
    "avalanche": "avalanche",
    "explosion": "explosion",
    "epidemic": "epidemic",
    "infestation": "insect infestation",  # "locust infestation" where the sources name the insect
}
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_STORM = r"(?:Tropical\s+)?(?:Hurricane|Cyclone|Typhoon|Storm)"


def _told(source: Source) -> tuple[list[str], list[tuple[int, int]]]:
    """The hazard kinds a source tells striking, in the order it first tells them, and the
    spans of the paragraphs that tell them."""
    kinds: list[str] = []
    spans: list[tuple[int, int]] = []
    for p in source.paragraphs:
        para = source.text[p.start : p.end]
        told = hazards.told(para)
        if told:
            spans.append((p.start, p.end))
            in_order = dict.fromkeys(hazards.hazard_kind(w) for w in _WORD.findall(para))
            kinds += [k for k in in_order if k in told and k not in kinds]
    return kinds, spans


def _storm_name(sources: Sequence[Source]) -> str:
    """A storm's name as the sources write it ("Tropical Cyclone Freddy") when the sources
    that name a storm agree on one name; else ""."""
    names: Counter[str] = Counter()
    written: dict[str, str] = {}
    for s in sources:
        for name in hazards.storm_names(s.text):
            names[name] += 1
            m = re.search(rf"\b{_STORM}\s+{re.escape(name)}\b", s.text, re.IGNORECASE)
            if m and name not in written:
                written[name] = " ".join(m.group().split())
    if len(names) != 1:
        return ""
    name, count = names.most_common(1)[0]
    return written.get(name, "") if count >= 2 else ""


def _place(
    actors: Sequence[Actor],
    spans: dict[str, list[tuple[int, int]]],
    need: int,
    storms: set[str],
    texts: dict[str, str] | None = None,
) -> str:
    """The place named in the paragraphs that tell the hazard by the most sources (and by at
    least ``need``), then by most such mentions: where it struck, not who sent help; the first
    two such places when every source names both as where it struck (``_struck_in``; ``texts``
    by source id). A storm's own name ("Beryl" of "Hurricane Beryl") the model took for a place
    is none."""
    scored = []
    for a in actors:
        if a.type != "place" or a.hidden or a.name.casefold() in storms:
            continue
        inside = [
            ev.source
            for ev in a.evidence
            if any(s <= ev.start < e for s, e in spans.get(ev.source, ()))
        ]
        if len(set(inside)) >= need:
            scored.append(((len(set(inside)), len(inside)), a.name, a))
    if not scored:
        return ""
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    # two places every source names where it tells the blow: where it struck is both
    # ("Earthquake in Turkey and Syria"), not the one they name more often
    every = [(name, a) for (count, _), name, a in scored if count == len(spans)]
    if len(every) >= 2 and texts and _struck_in(every[1][1], every[0][1], texts, spans):
        return f"{every[0][0]} and {every[1][0]}"
    top = [name for count, name, _ in scored if count == scored[0][0]]
    if len(top) == 1:
        return top[0]
    # a tie between a country or its state and one place inside neither list ("Maui" and
    # "Hawaii" told as often): the blow struck the narrower place the sources name
    narrow = [name for name in top if not _wide(name)]
    return narrow[0] if len(narrow) == 1 else ""


def _wide(name: str) -> bool:
    """A country or a first-level subdivision (a state, province or region)."""
    gaz, key = gazetteer(), norm(name)
    return key in gaz.countries or key in gaz.subdivisions


# a blow's place: after "in", "across" or a verb of striking ("killed 12 in Argentina")
_STRUCK_BEFORE = re.compile(
    r"\b(?:in|across|struck|hit|hits|hitting|strikes|striking|rocked|rocks)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# where a body sits, not where a blow struck: "the UN regional office in Senegal", "the
# embassy in Kenya", "a charity based in Niger"
_SEAT_BEFORE = re.compile(
    r"\b(?:offices?|embass(?:y|ies)|consulates?|headquarters|headquartered|based|missions?"
    r"|bureaus?|delegations?|representatives?|ambassadors?)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _struck_in(
    place: Actor, first: Actor, texts: dict[str, str], spans: dict[str, list[tuple[int, int]]]
) -> bool:
    """Whether every source names ``place`` in the hazard's paragraphs where a blow's place
    stands: after "in", "across" or a verb of striking, or joined to the first place by "and"
    ("Chile and Argentina"). A donor every source names beside the blow ("the United Kingdom
    pledged aid", "Germany and other countries offered help") is not where it struck."""
    ends = {(ev.source, ev.end) for ev in first.evidence}
    struck = set()
    for ev in place.evidence:
        text = texts.get(ev.source, "")
        if not any(s <= ev.start < e for s, e in spans.get(ev.source, ())):
            continue
        joined = any(
            text.startswith(j, ev.start - len(j)) and (ev.source, ev.start - len(j)) in ends
            for j in (" and ", " & ")
        )
        before = max(0, ev.start - 40)
        seat = _SEAT_BEFORE.search(text, before, ev.start)  # "the UN office in Senegal"
        if joined or (_STRUCK_BEFORE.search(text, max(0, ev.start - 24), ev.start) and not seat):
            struck.add(ev.source)
    return len(struck) == len(spans)


def topic(sources: Sequence[Source], actors: Sequence[Actor]) -> str:
    """ "Volcanic eruption and tsunami in Tonga", "Tropical Cyclone Freddy", "Explosion in
    Beirut", else "Belarus: sanctions"; "" with fewer than two sources, or no event told by
    half of them where a place they name is told."""
    if len(sources) < 2:
        return ""
    need = max(2, (len(sources) + 1) // 2)
    told = [_told(s) for s in sources]
    counts = Counter(k for kinds, _ in told for k in kinds)
    first = {
        k: min((i, kinds.index(k)) for i, (kinds, _) in enumerate(told) if k in kinds)
        for k in counts
    }
    kinds = [k for k, n in counts.items() if n >= need]
    kinds.sort(key=lambda k: (-counts[k], first[k]))
    spans = {s.id: spans for s, (_, spans) in zip(sources, told, strict=True)}
    storms = {n for s in sources for n in hazards.storm_names(s.text)}
    place = _place(actors, spans, need, storms, {s.id: s.text for s in sources})
    if not kinds or not place:
        return _event_topic(sources, actors, need, storms)
    if kinds[0] == "storm" and (storm := _storm_name(sources)):
        return storm  # a storm's name names its event: "Hurricane Beryl", wherever it struck
    named = _TITLE_NOUN[kinds[0]] if kinds[0] != "infestation" else _infestation(sources, spans)
    if len(kinds) > 1 and kinds[1] != "storm":
        named += " and " + _TITLE_NOUN[kinds[1]]
    return f"{named[:1].upper()}{named[1:]} in {place}"


def _infestation(sources: Sequence[Source], spans: dict[str, list[tuple[int, int]]]) -> str:
    """ "locust infestation": an infestation named by the insect its paragraphs name most
    (EM-DAT's subtypes: locusts, grasshoppers, worms), else "insect infestation"."""
    insects: Counter[str] = Counter()
    for s in sources:
        for start, end in spans.get(s.id, ()):
            for word in _WORD.findall(s.text[start:end]):
                low = word.lower()
                if hazards.hazard_kind(word) == "infestation" and not low.startswith("infest"):
                    insects[low.removesuffix("s")] += 1
    return f"{insects.most_common(1)[0][0]} infestation" if insects else "insect infestation"


# The kinds of event a title names, most particular first: a word of the kind's line of
# ``event_words.txt``, and how the title says it after the place.
_EVENT_TITLES = (
    ("sanctions", "sanctions"),
    ("ceasefire", "ceasefire"),
    ("agreement", "agreement signed"),
    ("election", "election"),
    ("invasion", "offensive"),
    ("attack", "attack"),
    ("arrested", "arrests"),
    ("protest", "protests"),
    ("resigned", "resignation"),
    ("withdrew", "withdrawal"),
    ("seized", "seizure"),
    ("deployed", "deployment"),
    ("talks", "talks"),
    ("aid", "aid"),
)
_LEAD = 3  # the first paragraphs of a source's story, where it tells what happened
# Verbs of a blow that tell no kind of event alone ("a political storm hit the coalition",
# "prices struck a high"): an attack is told by its own words
_LOOSE = re.compile(r"\b(?:hit|hits|hitting|struck|strikes?|striking)\b", re.IGNORECASE)


def _lead_spans(source: Source) -> list[tuple[int, int]]:
    body = [p for p in source.paragraphs if p.kind not in ("heading", "row")]
    return [(p.start, p.end) for p in body[:_LEAD]]


def _event_topic(
    sources: Sequence[Source], actors: Sequence[Actor], need: int, storms: set[str]
) -> str:
    """ "Belarus: sanctions": the kind of event the most sources (at least ``need``) tell in
    their first paragraphs, the most particular of those, after the place most of them name
    there; "" if none."""
    gaz = gazetteer()
    titles = {kind_of(word, gaz): said for word, said in _EVENT_TITLES}
    leads = {s.id: _lead_spans(s) for s in sources}
    told: Counter[int] = Counter()
    for s in sources:
        kinds: set[int] = set()
        for start, end in leads[s.id]:
            kinds |= event_kinds(_LOOSE.sub(" ", s.text[start:end]), gaz)
        told.update(k for k in kinds if k in titles)
    order = list(titles)
    best = max(titles, key=lambda k: (told[k], -order.index(k)))
    if told[best] < need:
        return ""
    place = _place(actors, leads, need, storms)
    return f"{place}: {titles[best]}" if place else ""
