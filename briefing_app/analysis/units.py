"""A military unit's number belongs to its name: "10th Airlift Squadron", "1-186th Infantry
Battalion", "817th Expeditionary Airlift Squadron"; the small model often leaves it out, and
two units of one kind then read as one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.mentions import Mention, overlaps_taken, taken_spans
from briefing_app.model import Source
from briefing_app.model.dates import MONTHS

# The echelons of armed forces (squadron to division, their naval and air counterparts): a
# closed class of nouns, the last word of a numbered unit's name.
UNIT_WORDS = frozenset(
    [
        *("squadron", "battalion", "brigade", "regiment", "division", "wing", "group"),
        *("fleet", "flotilla", "company", "detachment", "battery", "corps", "team"),
    ]
)
# "10th ", "2d ", "1-186th ", then at most two capitalised words ("817th Expeditionary ")
_NUMBER_BEFORE = re.compile(
    r"(?<![\w.,-])(?:\d{1,3}-)?\d{1,4}(?:st|nd|rd|th|d) (?:[A-Z][a-z]+ ){0,2}$"
)
# An ordinal day next to a month is a date ("On 2nd June", "June 2nd"), never a unit's number.
_MONTH = "|".join(m for name in MONTHS for m in (name, name[:3]))
_MONTH_AFTER = re.compile(rf"^\S+ (?:{_MONTH})\.?(?![\w-])")
_MONTH_BEFORE = re.compile(rf"(?<![\w-])(?:{_MONTH})\.? $")


def _a_date(number: str, before: str) -> bool:
    """True when the ordinal ``number`` (with what follows it) is a day of a month."""
    return bool(_MONTH_AFTER.search(number) or _MONTH_BEFORE.search(before))


def numbered_units(sources: Sequence[Source], mentions: list[Mention]) -> list[Mention]:
    """Mentions with a unit's name ("Airlift Squadron") widened over the number written before
    it. A number before another name ("the 72nd United Nations Day") stays out."""
    for m in mentions:
        words = m.text.split()
        number = None
        if m.label == "ORG" and words[-1].lower() in UNIT_WORDS and not words[0][:1].isdigit():
            text = sources[m.source].text
            number = _NUMBER_BEFORE.search(text, max(0, m.start - 40), m.start)
            if number and _a_date(
                number.group(), text[max(0, number.start() - 10) : number.start()]
            ):
                number = None
        if number is not None:  # in place: an acronym's pair keeps its long form
            m.start = number.start()
            m.text = text[m.start : m.end]
    return numbered_acronyms(sources, with_parent_units(sources, mentions))


# ", 623rd Field Artillery Regiment", ", 168th General Support Aviation": a numbered parent
# after a battalion's or a squadron's number, up to the first lower-case word
_PARENT = re.compile(r", (\d{1,4}(?:st|nd|rd|th|d)(?: [A-Z][A-Za-z]+){1,4})(?![\w’'-])")
_NAMED_BY_PARENT = frozenset(["battalion", "squadron"])
# a formation of its own after the comma, or a smaller echelon ("1st Battalion, 2nd Platoon
# leader ..."): a part of the battalion, not its parent
_FORMATIONS = (UNIT_WORDS - {"regiment"}) | {"platoon", "squad", "section", "troop"}


def with_parent_units(sources: Sequence[Source], mentions: list[Mention]) -> list[Mention]:
    """ "1st Battalion, 623rd Field Artillery Regiment" is one unit (an army names its
    battalions and squadrons by their regiment): a numbered battalion or squadron is widened
    over the numbered name after its comma, which is no unit of its own there. A parent that
    is a formation of its own ("2nd Brigade Combat Team", "1st Infantry Division") stays
    apart, and so does one the model read further than that name."""
    inside: set[int] = set()
    starts = {(m.source, m.start): m for m in mentions}
    for m in mentions:
        words = m.text.split()
        if not (
            m.label == "ORG"
            and len(words) == 2
            and words[1].lower() in _NAMED_BY_PARENT
            and _ORDINAL_HEAD.match(m.text)
        ):
            continue
        parent = _PARENT.match(sources[m.source].text, m.end)
        last = parent.group(1).rsplit(" ", 1)[-1] if parent else ""
        if len(last) < 4 or last.lower() in _FORMATIONS or _a_date(parent.group(1), ""):
            continue  # "2nd Lt." is a rank, "2nd Brigade Combat Team" a unit of its own
        if last.endswith("s"):
            continue  # "7th Marines": a plural the filters of people's words would drop
        tagged = starts.get((m.source, parent.start(1)))
        if tagged is not None and tagged.end != parent.end():
            continue  # the model read another name there
        if any(
            o.label == "PERSON" for o in _within(mentions, m.source, parent.start(1), parent.end())
        ):
            continue  # "3rd Battalion, 2nd Lieutenant Mara Kell said": a rank and a person
        if tagged is not None:
            inside.add(id(tagged))
        m.end = parent.end()
        m.text = sources[m.source].text[m.start : m.end]
    return [m for m in mentions if id(m) not in inside] if inside else mentions


def _within(mentions: list[Mention], source: int, s: int, e: int) -> list[Mention]:
    """The mentions of ``source`` that overlap ``[s, e)``."""
    return [o for o in mentions if o.source == source and o.start < e and o.end > s]


# "60th ", "2d " right before an acronym: the number of the unit the acronym names
_ORDINAL_BEFORE = re.compile(r"(?<![\w.,-])\d{1,4}(?:st|nd|rd|th|d) $")
_NUMBERED_ACRONYM = re.compile(r"(?<![\w.,-])(\d{1,4}(?:st|nd|rd|th|d)) ([A-Z]{2,6})(?![\w’'-])")
_ORDINAL_HEAD = re.compile(r"\d{1,4}(?:st|nd|rd|th|d) ")


def numbered_acronyms(sources: Sequence[Source], mentions: list[Mention]) -> list[Mention]:
    """ "60th AMW" is the 60th Air Mobility Wing, and "349th AMW" another wing: where the
    sources write a numbered unit ("349th Air Mobility Wing") whose words an acronym spells, the
    number written before that acronym is part of its name (a tagged acronym is widened over
    it, an untagged one is added). An acronym of no numbered name ("the 30th ASEAN Summit")
    keeps its own."""
    from briefing_app.analysis.acronyms import acronym_matches  # it builds on mentions too

    units = {
        m.text.split(" ", 1)[1]
        for m in mentions
        if m.label == "ORG" and _ORDINAL_HEAD.match(m.text) and m.text.count(" ") >= 2
    }
    if not units:
        return mentions
    verdict: dict[str, bool] = {}

    def spells_a_unit(acronym: str) -> bool:
        if acronym not in verdict:
            verdict[acronym] = any(acronym_matches(acronym, name) for name in units)
        return verdict[acronym]

    for m in mentions:
        if m.label == "ORG" and m.text.isupper() and m.text.isalpha() and 2 <= len(m.text) <= 6:
            text = sources[m.source].text
            number = _ORDINAL_BEFORE.search(text, max(0, m.start - 6), m.start)
            if number and spells_a_unit(m.text):
                m.start = number.start()
                m.text = text[m.start : m.end]
    taken = taken_spans(mentions)
    found = [
        Mention(i, hit.start(), hit.end(), hit.group(), "ORG")
        for i, src in enumerate(sources)
        for hit in _NUMBERED_ACRONYM.finditer(src.text)
        if not overlaps_taken(taken.get(i, []), hit.start(), hit.end())
        and not _a_date(hit.group(), src.text[max(0, hit.start() - 10) : hit.start()])
        and spells_a_unit(hit.group(2))
    ]
    return mentions + found


_UNIT = re.compile(
    r"(?<![\w.,-])(?:\d{1,3}-)?\d{1,4}(?:st|nd|rd|th|d) (?:[A-Z][a-z]+ ){0,3}(?:"
    + "|".join(sorted(w.title() for w in UNIT_WORDS))
    + r")(?![\w-])"
)


def numbered_unit_names(sources: Sequence[Source], mentions: list[Mention]) -> list[Mention]:
    """Numbered units the model did not tag ("1-186th Infantry Battalion"): a number, up to
    three capitalised words and a capitalised unit noun."""
    taken = taken_spans(mentions)
    found = []
    for i, src in enumerate(sources):
        spans = taken.get(i, [])
        for hit in _UNIT.finditer(src.text):
            s, e = hit.span()
            if _a_date(hit.group(), src.text[max(0, s - 10) : s]):
                continue
            if not any(a < e and s < b for a, b in spans):
                found.append(Mention(i, s, e, hit.group(), "ORG"))
    return found


# "Task Force Guardian", "Joint Task Force Harbour Shield": the unit's kind, then its name
_TASK_FORCE = re.compile(
    r"(?<![\w-])(?:(?:Combined|Joint|Naval|Air) )*Task Force[ -]"
    r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}(?![\w’'-])"
)


def task_forces(sources: Sequence[Source], mentions: list[Mention]) -> list[Mention]:
    """Task forces the model did not tag, or tagged only in part, found by their shape."""
    taken = taken_spans(mentions)
    found = []
    for i, src in enumerate(sources):
        spans = taken.get(i, [])
        for hit in _TASK_FORCE.finditer(src.text):
            s, e = hit.span()
            if not any(a < e and s < b for a, b in spans):
                found.append(Mention(i, s, e, hit.group(), "ORG"))
    return found
