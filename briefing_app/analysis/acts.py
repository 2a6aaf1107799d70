"""Two sources telling one act of state in other words.

"Canada is imposing sanctions against Government of Belarus officials", "The UK has imposed asset
freezes and travel bans on eight Belarusian officials" and "the Council adopted restrictive
measures against 40 individuals in Belarus" share few words, yet tell one act: governments doing
the same kind of thing (``FAMILIES``: sanction = designate = asset freeze = travel ban =
restrictive measures...) to the same target (an actor named after the act's words, a people's
name standing for its country: "Belarusian" for Belarus) within weeks of each other. Who acts may
differ: several governments acting together is what such a point reports. They stay apart when
the acts differ ("sanctions" / "a summit"), the targets differ ("sanctions on Veloria" /
"sanctions on Ostrava"), each tells an act the other does not, or their times are further apart
than ``WINDOW_DAYS`` (the 2012 measures / the 2020 ones).

Used only in citing a point's sources (``facts.same_fact`` with synonyms), never in picking
points, like ``hazards.same_blow``: each cited source keeps its own sentence as evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from briefing_app.analysis.figures import MONTH_WORD, WEEKDAY_WORD
from briefing_app.model.text import fold
from briefing_app.resources import resource_cache

WINDOW_DAYS = 62  # acts of one crisis told by several governments fall within weeks
# Kinds of act of state, each worded several ways (general English, WordNet-style synonyms of
# the verbs and their nominalisations; no name from any article).
FAMILIES = {
    "sanction": r"sanction\w*|designat(?:e|es|ed|ing|ion|ions)|assets?[ -]freez\w*|"
    r"travel[ -]bans?|restrictive measures|embargo\w*|blacklist\w*",
    # "signed", not "a sign of"; "met", not "the Met Office"
    "agree": r"sign(?:ed|ing)|agree(?:s|d|ment|ments)?|accords?|treat(?:y|ies)|pacts?|"
    r"memorand\w*",
    "meet": r"(?-i:met)|meet(?:s|ing|ings)?|talks|summits?",
    "elect": r"elect(?:s|ed|ion|ions|oral)?|vot(?:e|es|ed|ing)|ballots?|referend\w*",
    "arrest": r"arrest\w*|detain\w*|detention|charged with|indict\w*",
    # a court's outcome, a later stage than the arrest: a verdict, a conviction, a prison term
    "sentence": r"sentenced|convicted|convictions?|verdicts?|jail(?:ed|s)?|imprison\w*|"
    r"found guilty",
    "deploy": r"deploy\w*|(?:sen[dt]|sending|dispatch\w*)\s+(?:\w+\s+){0,2}"
    r"(?:troops|soldiers|forces|police|peacekeepers)",
}
_ACT = re.compile("|".join(rf"\b(?P<{k}>{v})\b" for k, v in FAMILIES.items()), re.IGNORECASE)
_WORD = re.compile(r"[A-Z][^\W\d_]+")
_YEAR = re.compile(r"(?<![\d/.])(?:19|20)\d\d(?![\d,])")
# "Belarusian" -> "Belarus", "Velorian" -> "Veloria": a people's ending off, a place's on
# (the endings ``gazetteer.looks_demonym`` tries)
_PEOPLE_ENDINGS = ("ians", "ian", "ans", "an", "ese", "ish", "is", "i", "s", "n")
_PLACE_ENDINGS = ("", "a", "ia", "e", "y", "any", "stan", "o", "s")


@lru_cache(maxsize=65536)
def _act_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((m.start(), m.end(), m.lastgroup or "") for m in _ACT.finditer(text))


@lru_cache(maxsize=65536)
def acts(text: str) -> dict[str, int]:
    """Kind of act -> where in ``text`` its first word ends ("imposed sanctions on" ->
    {"sanction": 23})."""
    out: dict[str, int] = {}
    for _, end, kind in _act_spans(text):
        out.setdefault(kind, end)
    return out


# A day written: a weekday or a day of a month ("on Monday", "4 March", "August 9")
_DAY = re.compile(
    rf"\b(?:{WEEKDAY_WORD}|{MONTH_WORD}\s+\d{{1,2}}\b|\d{{1,2}}\s+{MONTH_WORD}(?![a-z]))",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def dated_acts(text: str) -> frozenset[str]:
    """The kinds of act a sentence gives a day of: each day written belongs to the act word
    nearest it ("designated ... for their roles in the August 9 election": the election's
    day, not the designation's)."""
    spans = _act_spans(text)
    out = set()
    for m in _DAY.finditer(text) if spans else ():
        near = min(spans, key=lambda x: max(x[0] - m.end(), m.start() - x[1], 0))
        out.add(near[2])
    return frozenset(out)


def _key(actor_id: str) -> str:
    return actor_id.partition(":")[2]


@lru_cache(maxsize=65536)
def _peoples(text: str) -> frozenset[str]:
    """The place keys a capitalised word may be the people of ("Belarusian" -> "belarus")."""
    out = set()
    for word in _WORD.findall(text):
        low = word.lower()
        for ending in _PEOPLE_ENDINGS:
            if low.endswith(ending) and len(low) - len(ending) >= 3:
                stem = low[: len(low) - len(ending)]
                out.update(fold(stem + tail, "-") for tail in _PLACE_ENDINGS)
    return frozenset(out)


def targets(s, kind: str, places: frozenset[str]) -> frozenset[str]:
    """The actors a sentence names after its act of ``kind`` (``Sentence.placed``), and the
    places among ``places`` (keys) whose people it names there."""
    end = acts(s.text).get(kind)
    if end is None:
        return frozenset()
    out = {x for off, x in s.placed if off >= end}
    out |= {f"place:{p}" for p in _peoples(s.text[end:]) & places}
    return frozenset(out)


def _times(s) -> list[tuple[int, dt.date | None]]:
    """(year, day or None) of each day the timeline resolved in a sentence and each year it
    writes."""
    out: list[tuple[int, dt.date | None]] = []
    for iso in s.days:
        try:
            day = dt.date.fromisoformat(iso[:10])
        except ValueError:
            continue
        out.append((day.year, day))
    out.extend((int(y), None) for y in _YEAR.findall(s.text))
    return out


def times_fit(a, b, kinds: frozenset[str] = frozenset()) -> bool:
    """Whether two sentences' times can be one act's: either names none, or a day of each
    within ``WINDOW_DAYS``, or a year of one the other's day or year falls in. When both write
    the day of an act of ``kinds`` ("signed on Monday" / "signed on 5 March"), the days the
    timeline resolved must meet: one act has one day (as written, "Tuesday" / "Tuesday", when
    the timeline resolved none in one of them: a page without its date)."""
    # days the timeline could not resolve (a page without its date) compare as written
    if (
        kinds & dated_acts(a.text) & dated_acts(b.text)
        and not a.days & b.days
        and ((a.days and b.days) or not a.when & b.when)
    ):
        return False
    ta, tb = _times(a), _times(b)
    if not ta or not tb:
        return True
    for ya, da in ta:
        for yb, db in tb:
            if da and db:
                if abs((da - db).days) <= WINDOW_DAYS:
                    return True
            elif ya == yb:
                return True
    return False


@resource_cache
def _countries() -> frozenset[str]:
    """The keys of the gazetteer's places ("belarus", "united-kingdom")."""
    from briefing_app.analysis.gazetteer import gazetteer

    return frozenset(fold(name, "-") for name in gazetteer().places.values())


def same_act(a, b) -> bool:
    """Whether candidate ``a`` (a ``keypoints.Sentence``) from another source tells the act of
    state ``b`` tells: a kind of act both tell, done to an actor both name after it, at times
    that fit, and no kind of act each tells that the other does not ("sanctions over the
    election" supports "sanctions", and the other way round; "sanctions" and "a summit" stay
    apart)."""
    if a.source == b.source:
        return False
    acts_a, acts_b = acts(a.text), acts(b.text)
    shared = acts_a.keys() & acts_b.keys()
    if not shared:
        return False
    if acts_a.keys() - acts_b.keys() and acts_b.keys() - acts_a.keys():
        return False
    places = _countries() | {_key(x) for _, x in (*a.placed, *b.placed) if x.startswith("place:")}
    if not any(targets(a, k, places) & targets(b, k, places) for k in shared):
        return False
    return times_fit(a, b, frozenset(shared))
