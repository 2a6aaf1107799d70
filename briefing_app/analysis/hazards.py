"""Two sources telling the same disaster striking the same place in other words.

"A magnitude 7.8 earthquake struck Nepal" and "the quake that hit the Kathmandu valley killed
thousands" share no detail and little wording, yet state one fact: a hazard of one kind
(earthquake = quake = tremor, ``hazard_words.txt``) doing harm (struck, hit, killed,
devastating...) to one place (Kathmandu stands for Nepal, ``facts.stands_for``). Such sentences
cite each other's sources. They stay apart when they name different days ("the quake of 25
April" / "the aftershock of 12 May" told as two days), give different magnitudes (7.8 / 6.2),
or go on to tell different kinds of event besides the blow ("signed", "met": ``facts.apart``);
counts of different things are already kept apart by ``facts.same_fact``. Whatever their words,
two sentences never state one fact (``blows_differ``) when they tell hazards of different kinds
(a landslide / floods), storms of different names (Hurricane Ivo / Hurricane Nela), times that
cannot be one ("in March" / "in October", "this week" / "the 2010 floods"), or a hazard
striking and a figure of speech ("a political storm hit the coalition").

Used only in citing a point's sources (``same_fact`` with synonyms), never in picking points:
each cited source keeps its own sentence as the point's evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.figures import MONTH_WORD, WEEKDAY_WORD
from briefing_app.analysis.gazetteer import gazetteer, norm
from briefing_app.analysis.tellers import attribution_kinds, stated, told_by
from briefing_app.model.dates import MONTHS
from briefing_app.resources import read_list, resource_cache, resource_path

_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)
_IMPACT = "impact"
_FIGURE, _MATTER = "figure", "matter"  # ``figures``
# kinds of event a blow is told with ("struck" is an attack's word, "killed" a death's): they
# never count as another fact told besides the blow
_BLOW_WORDS = ("struck", "hit", "killed", "dead", "damage", "devasta")


@resource_cache
def _lists() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Stem -> hazard kind, and the other lines of ``hazard_words.txt`` (impact, figure,
    matter) by name."""
    hazards: dict[str, str] = {}
    other: dict[str, frozenset[str]] = {}
    for line in read_list(resource_path("gazetteers", "hazard_words.txt")):
        group, _, words = line.partition(":")
        group = group.strip()
        if group in (_IMPACT, _FIGURE, _MATTER):
            other[group] = other.get(group, frozenset()) | frozenset(words.split())
        else:
            hazards.update((w, group) for w in words.split())
    return hazards, other


def _table() -> tuple[dict[str, str], frozenset[str]]:
    """Stem -> hazard kind, and the stems of impact."""
    hazards, other = _lists()
    return hazards, other.get(_IMPACT, frozenset())


def _stem(word: str) -> str:
    return word.lower().strip("’'-")[:7]


def hazard_kind(word: str) -> str | None:
    """The kind of hazard a word names ("quakes" -> "earthquake"), None for any other word."""
    return _lists()[0].get(_stem(word))


def hazard_matter() -> frozenset[str]:
    """Stems of what a hazard is made of ("rain", "mud", "debris")."""
    return _lists()[1].get(_MATTER, frozenset())


def hazard_impact() -> frozenset[str]:
    """Stems of what a hazard does ("struck", "devasta", "killed")."""
    return _table()[1]


# After "<hazard> of", words that say when or which, not what it is made of ("the storm of the
# century", "the floods of last year", "the floods of 2010")
_OF_WHICH = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "last",
        "this",
        "next",
        "recent",
        "early",
        "late",
        "past",
        "previous",
        "spring",
        "summer",
        "autumn",
        "winter",
    ]
)


# "<hazard> of" a measure: a scale's degree (Saffir-Simpson category, Richter magnitude,
# Beaufort force) or a figure in a unit of length or speed ("floods of up to two metres", "winds
# of 200 km/h"): what the hazard is, not a figure of speech ("a flood of 300 complaints").
_NUMBER = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|a few|several)"
)
_OF_MEASURE = re.compile(
    r"\s+of\s+(?:(?:up\s+to|about|around|nearly|almost|over|some|more\s+than|at\s+least)\s+)?"
    r"(?:(?:a\s+)?(?:category|magnitude|force|level|grade|intensity)\b|"
    rf"{_NUMBER}(?:[\s-]+{_NUMBER})*\s*(?:-?\s*)"
    r"(?:metres?|meters?|m|cm|mm|km|kilometres?|kilometers?|feet|foot|ft|inch(?:es)?|"
    r"miles?|mph|km/h|kph|knots?|kt)(?!\w))",
    re.IGNORECASE,
)


def _hazard_words(text: str) -> tuple[list[str], list[str]]:
    """The kinds of the hazard words of a sentence told as hazards, and of those used as a
    figure of speech: after a word of human affairs ("a political storm", "a media storm") or
    before "of" and a common noun that is no matter a hazard is made of ("a storm of
    criticism", "a flood of refugees"; not "a flood of water", "the storm of the century")."""
    hazards, other = _lists()
    figure, matter = other.get(_FIGURE, frozenset()), other.get(_MATTER, frozenset())
    physical = matter | other.get(_IMPACT, frozenset()) | hazards.keys()
    found = list(_WORD.finditer(text))
    words = [m.group() for m in found]
    real: list[str] = []
    figurative: list[str] = []
    for k, word in enumerate(words):
        kind = hazards.get(_stem(word))
        if kind is None:
            continue
        before = _stem(words[k - 1]) if k else ""
        after = words[k + 1 : k + 4]  # "of", a noun or an adjective and its noun
        if (
            before in figure
            or _figure_after(kind, after, physical)
            or (
                len(after) >= 2
                and after[0].lower() == "of"
                and after[1][:1].islower()
                and after[1] not in _OF_WHICH
                and _stem(after[1]) not in physical
                and not (len(after) == 3 and _stem(after[2]) in matter)
                and not _OF_MEASURE.match(text, found[k].end())
            )
        ):
            figurative.append(kind)
        else:
            real.append(kind)
    return real, figurative


def _figure_after(kind: str, after: list[str], physical: frozenset[str]) -> bool:
    """A hazard's word made a figure by the words after it: the idiom "a blast from the past",
    and a rise told as an explosion "in" a bare common noun ("an explosion in demand hit",
    "the explosion in prices."); not a place ("in Sarnet", "in southern Sarnet") nor one a
    determiner heads ("in the port", "in a warehouse")."""
    low = [w.lower() for w in after]
    if low[:3] == ["from", "the", "past"]:
        return True
    return (
        kind == "explosion"
        and len(after) >= 2
        and low[0] == "in"
        and after[1][:1].islower()
        and low[1] not in _OF_WHICH
        and _stem(after[1]) not in physical
        and (len(after) < 3 or not after[2][:1].isupper())
    )


@lru_cache(maxsize=65536)
def told(text: str) -> frozenset[str]:
    """The hazards a sentence tells striking (a hazard word and a word of impact in one
    sentence): "a 7.8 magnitude earthquake struck" -> {"earthquake"}; "funds for earthquake
    preparedness" -> nothing; "a political storm hit the coalition" -> nothing (a figure)."""
    impacts = _table()[1]
    if not {_stem(w) for w in _WORD.findall(text)} & impacts:
        return frozenset()
    return frozenset(_hazard_words(text)[0])


@lru_cache(maxsize=65536)
def named(text: str) -> frozenset[str]:
    """The hazards a sentence names in their literal sense, whether or not it tells them
    striking ("the victims of the explosion" -> {"explosion"}; "a storm of criticism" -> none)."""
    return frozenset(_hazard_words(text)[0])


@lru_cache(maxsize=65536)
def figures(text: str) -> frozenset[str]:
    """The hazards a sentence names only as a figure of speech ("a political storm", "a flood
    of complaints"): no hazard it tells."""
    real, figurative = _hazard_words(text)
    return frozenset(figurative) - frozenset(real)


# A named storm: "Hurricane Ivo", "Tropical Storm Nela", "Cyclone Freddy's"
_NAMED = re.compile(r"\b(?:Hurricane|Cyclone|Typhoon|Storm)\s+([A-Z][^\W\d_]+)(?:['’]s)?\b")


@lru_cache(maxsize=65536)
def storm_names(text: str) -> frozenset[str]:
    """The proper names of the storms a sentence names ("Hurricane Ivo" -> {"ivo"})."""
    return frozenset(
        m.group(1).lower()
        for m in _NAMED.finditer(text)
        if _stem(m.group(1)) not in _lists()[0] and not _institution(text, m)
    )


def _institution(text: str, named: re.Match) -> bool:
    """A body named after the hazard, no storm: the word after the hazard's, or the one after
    it, is an organisation's ("the Hurricane Centre", "the Storm Prediction Center";
    ``org_suffixes.txt``)."""
    nxt = re.match(r"\s+([A-Z][^\W\d_]+)", text[named.end(1) :])
    words = [named.group(1)] + ([nxt.group(1)] if nxt else [])
    return any(norm(w) in gazetteer().org_suffixes for w in words)


_MONTH_NO = {m[:3].lower(): n for n, m in enumerate(MONTHS, 1)}
_YEAR = r"(?:19|20)\d\d(?![\d,])"
# A day of a month, with its year or not ("12 March", "March 12, 2015"), a month with its year
# ("March 2015") or after a preposition ("in March"), a year ("in 2010", "the 2010 floods")
_DAY_MONTH = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH_WORD})(?!\w)|"
    rf"(?P<m2>{MONTH_WORD})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d,]\d))"
    rf"(?:,?\s+(?P<y>{_YEAR}))?"
)
_MONTH_YEAR = re.compile(
    rf"\b(?:(?P<m>{MONTH_WORD})(?!\w),?\s+(?P<y>{_YEAR})|"
    rf"(?:in|of|during|early|late|mid-?|until|by|last|this)\s+(?P<m0>{MONTH_WORD})(?!\w))"
)
_YEAR_ALONE = re.compile(
    rf"\b(?:(?:in|of|during|early|late|mid-?|spring|summer|autumn|winter)\s+(?P<y1>{_YEAR})|"
    rf"the\s+(?P<y2>{_YEAR})\s+(?P<after>[^\W\d_]+))",
    re.IGNORECASE,
)
# A time told from the day of writing ("this week", "yesterday", "on Monday"): now
_PRESENT = re.compile(
    rf"\b(?:today|yesterday|tonight|last night|this (?:week|weekend|morning|afternoon|evening|"
    rf"month|year)|on {WEEKDAY_WORD})\b",
    re.IGNORECASE,
)
_WRITTEN, _RESOLVED, _NOW = "written", "resolved", "now"  # how a time was read


@lru_cache(maxsize=65536)
def _text_times(text: str) -> frozenset[tuple]:
    out: set[tuple] = set()
    for m in _DAY_MONTH.finditer(text):
        month = _MONTH_NO[(m.group("m1") or m.group("m2"))[:3].lower()]
        year = int(m.group("y")) if m.group("y") else None
        out.add((year, month, int(m.group("d1") or m.group("d2")), _WRITTEN))
    for m in _MONTH_YEAR.finditer(text):
        month = _MONTH_NO[(m.group("m") or m.group("m0"))[:3].lower()]
        out.add((int(m.group("y")) if m.group("y") else None, month, None, _WRITTEN))
    hazards = _lists()[0]
    for m in _YEAR_ALONE.finditer(text):
        after = m.group("after")
        if m.group("y1") or after[:1].isupper() or _stem(after) in hazards:
            out.add((int(m.group("y1") or m.group("y2")), None, None, _WRITTEN))
    return frozenset(out)


def _times(s) -> frozenset[tuple]:
    """(year, month, day, how read) of each time a sentence names, a part it leaves out as
    None: the days, months and years written; the month of each day the timeline resolved
    (another day of it may be another event's: "spoke this afternoon, after the quake"); "this
    week" with no day resolved, a time of the year of writing."""
    out = {(int(d[:4]), int(d[5:7]), None, _RESOLVED) for d in s.days}
    out |= _text_times(s.text)
    if not out and _PRESENT.search(s.text):
        out.add((None, None, None, _NOW))
    return frozenset(out)


def _fits(t: tuple, u: tuple) -> bool:
    """Whether two times can be one: the parts both give agree; the time of writing fits any
    but a year written ("this week" / "the 2010 floods")."""
    if _NOW in (t[3], u[3]):
        other = u if t[3] == _NOW else t
        return other[3] != _WRITTEN or other[0] is None
    return all(x is None or y is None or x == y for x, y in zip(t[:3], u[:3], strict=True))


def times_differ(a, b, *, passing: bool = False) -> bool:
    """Two sentences naming times and none that can be one ("in March" / "in October", "this
    week" / "2010"; "in March" and "on 12 March" can). In ``passing``, ``a`` recalls the blow
    and only the times it writes count: the days resolved in it date its own act ("visited
    today ... the earthquake of 2010")."""
    ta, tb = (_text_times(a.text) if passing else _times(a)), _times(b)
    return bool(ta and tb) and not any(_fits(t, u) for t in ta for u in tb)


def blows_differ(a, b) -> bool:
    """Two sentences that tell different blows, however alike their words: hazards of
    different kinds and none in common ("a landslide hit" / "floods struck"), storms of
    different names ("Hurricane Ivo" / "Hurricane Nela"), different times ("in March" / "in
    October") or magnitudes; or a hazard striking and a figure of speech ("a storm hit the port"
    / "a political storm hit the coalition")."""
    kinds_a, kinds_b = told(a.text), told(b.text)
    if not kinds_a or not kinds_b:
        if kinds_a or kinds_b:
            return bool(figures((b if kinds_a else a).text))
        return False
    if not kinds_a & kinds_b:
        return True
    names_a, names_b = storm_names(a.text), storm_names(b.text)
    if names_a and names_b and not names_a & names_b:
        return True
    return times_differ(a, b) or magnitudes_differ(a, b)


def blow_kinds(event_words: dict[str, int]) -> frozenset[int]:
    return frozenset(event_words[w] for w in _BLOW_WORDS if w in event_words)


def agents(actors: frozenset[str]) -> frozenset[str]:
    """The actors other than places and the hazard itself ("Cyclone Freddy"): who acts."""
    hazards = _table()[0]
    return frozenset(
        x
        for x in actors
        if not x.startswith("place:")
        and not any(_stem(w) in hazards for w in x.partition(":")[2].split("-"))
    )


@lru_cache(maxsize=65536)
def magnitudes(found: frozenset[str]) -> frozenset[str]:
    """Bare figures with a decimal point among a sentence's details ("#7.8", not "#$2.5million"
    or "#1.5million"): a hazard's magnitude."""
    return frozenset(
        d for d in found if d[:1] == "#" and "." in d and d[1:].replace(".", "", 1).isdigit()
    )


def magnitudes_differ(a, b) -> bool:
    """Two sentences telling a hazard striking, with magnitudes and none in common ("a
    magnitude 6.9 earthquake struck" / "a magnitude 5.2 quake hit"): two hazards, whatever else
    they share."""
    mag_a, mag_b = magnitudes(a.details), magnitudes(b.details)
    return bool(mag_a and mag_b and not mag_a & mag_b and told(a.text) & told(b.text))


def same_blow(a, b, event_words: dict[str, int]) -> bool:
    """Whether candidate ``a`` (a ``keypoints.Sentence``) from another source states what
    ``b`` states of one hazard striking one place: the same kind of hazard told with its impact,
    a place both name (a capital standing for its country), every actor of ``b`` besides places
    named in ``a`` too, no two days, and no kind of event besides the blow that ``b`` tells and
    ``a`` does not (``acts_beyond``). Not symmetric: "UNESCO is mobilizing after the earthquake
    struck Nepal" states "an earthquake struck Nepal", not the other way round (``b`` is the
    point, ``a`` its support), whether or not the act's agent is named ("aid was stepped up
    after the quake struck Nepal")."""
    if a.source == b.source or blows_differ(a, b):
        return False
    if not told(a.text) & told(b.text) or acts_beyond(a, b, event_words):
        return False
    return same_scene(a, b, event_words)


def acts_beyond(a, b, event_words: dict[str, int]) -> bool:
    """Whether ``b`` (a point) tells a kind of event besides the blow that ``a`` does not tell
    ("the government stepped up its aid to the city the storm struck"): a sentence telling the
    blow alone ("the storm struck the city on Wednesday") states the blow, not that act."""
    told = stated(b.fact_events) - attribution_kinds(b.text, event_words)  # ", X announced."
    return bool(told - blow_kinds(event_words) - stated(a.fact_events))


def same_scene(a, b, event_words: dict[str, int], *, passing: bool = False) -> bool:
    """``a`` names a place of ``b`` and every agent ``b`` names (not who ``b`` says told it,
    ``tellers``), on no other day (unless ``a`` recalls the blow in ``passing``: its days are
    then those of its own act), and tells no kind of event besides the blow that ``b`` does
    not while ``b`` tells one ``a`` does not."""
    places = {x for x in a.fact_actors & b.fact_actors if x.startswith("place:")}
    if not places:
        return False
    if not agents(b.fact_actors - told_by(b)) <= agents(a.fact_actors):
        return False  # "UNESCO is mobilizing after the earthquake struck": UNESCO's fact
    if a.days and b.days and not a.days & b.days and not passing:
        return False
    blow = blow_kinds(event_words)
    rest_a, rest_b = stated(a.fact_events) - blow, stated(b.fact_events) - blow
    return not (rest_a - rest_b and rest_b - rest_a)
