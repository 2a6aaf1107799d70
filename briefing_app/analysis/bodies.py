"""Names of bodies, facilities and areas the model missed, found by their shape: capitalised
words that end with an organisation word ("Emergency Response Coordination Centre"), a facility
word ("March Air Force Base") or an area word ("Rakhine State"), or hold an organisation word
before "of"/"for" ("Department of National Defense")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from briefing_app.analysis.dateline_start import DATELINE, dateline_end
from briefing_app.analysis.gazetteer import Gazetteer, city_names
from briefing_app.analysis.mentions import (
    Mention,
    cached_norm,
    clean_mention,
    is_title,
    overlaps_taken,
    taken_spans,
)
from briefing_app.model import Source
from briefing_app.model.dates import WEEKDAYS

_TOKEN = re.compile(r"[^\s]+")
_NAME_WORD = re.compile(r"[A-Z][\w.’'&-]*")
_CONNECTORS = frozenset(["of", "for", "on"])
_POSSESSIVE = ("’s", "'s")
_CLOSING = ",.;:!?)]”\"’'"
MIN_WORDS = 2
_WEEKDAYS = frozenset(d.lower() for d in WEEKDAYS)
# Last words of a facility's name, or lower-case words after a name that tell it is a place.
_LEADING_FACILITY = frozenset(["base", "camp", "fort", "airbase"])
FACILITY_WORDS = frozenset(
    {"base", "airbase", "airport", "airfield", "port", "harbour", "harbor", "camp", "village"}
    | {"town", "city", "settlement", "crossing", "bridge", "dam", "plant", "station", "island"}
)


# The words that can open, grow or cut a run: a capitalised word, a connector or "the" (a
# closing mark may follow), a possessive. Every other word closes the run before it.
_RUN_WORD = re.compile(
    r"(?<!\S)(?:[A-Z]\S*|(?:of|for|on|the)[,.;:!?)\]”\"’']*(?!\S)|\S*?(?:’s|'s)(?!\S))"
)


def _runs(text: str) -> list[list[tuple[int, int]]]:
    """Runs of capitalised words (with "of"/"for"/"on"/"the" inside), as word spans."""
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    last = 0  # where the word looked at last ends: a word between closes the run
    for m in _RUN_WORD.finditer(text):
        word = m.group()
        s, e = m.span()
        if not text[last:s].isspace() and last != s:
            runs.append(run)  # a lower-case word or a mark came between
            run = []
        last = e
        closed = False
        if word.endswith(_POSSESSIVE):
            run = []  # "EU’s Emergency ...": the owner is not part of the name
            continue
        while e > s and text[e - 1] in _CLOSING:
            e -= 1
            closed = True
        bare = text[s:e]
        if _NAME_WORD.fullmatch(bare) and any(c.isalpha() for c in bare):
            run.append((s, e))
        elif bare in _CONNECTORS or (
            bare == "the" and run and text[run[-1][0] : run[-1][1]] in _CONNECTORS
        ):
            run.append((s, e)) if run else None
        else:
            closed = True
        if closed or (s > 0 and text[s - 1] == "\n"):
            runs.append(run)
            run = []
    runs.append(run)
    return [r for r in runs if r]


def _shape(view: str, run: list[tuple[int, int]], gaz: Gazetteer) -> tuple[int, int, str] | None:
    """The span and label of a body's or facility's name in a run of words, or None."""
    words = [view[s:e] for s, e in run]
    while words and (words[-1] in _CONNECTORS or words[-1] == "the"):
        words, run = words[:-1], run[:-1]
    keys = [cached_norm(w) for w in words]
    while keys and (
        (keys[0] in gaz.stopwords and not words[0].isupper()) or keys[0] in _CONNECTORS
    ):
        keys, words, run = keys[1:], words[1:], run[1:]  # "The", "In", "Since" ...
    while keys and keys[0] in _WEEKDAYS:
        keys, words, run = keys[1:], words[1:], run[1:]  # "On Thursday Council members"
    content = [k for k in keys if k not in _CONNECTORS and k != "the"]
    if len(content) < MIN_WORDS:
        return None
    if keys[-1] in ADMIN_WORDS and len(keys) <= 3 and not set(keys) & _CONNECTORS:
        return run[0][0], run[-1][1], "GPE"  # "Rakhine State", "Sagaing Region"
    heads = [j for j, k in enumerate(keys[:-1]) if k in gaz.org_suffixes]
    # "Joint Base Lewis-McChord", "Camp Aguinaldo": a base's word, then its name
    facility = keys[-1] in FACILITY_WORDS or (
        any(k in _LEADING_FACILITY for k in keys[:-1]) and not set(keys) & _CONNECTORS
    )
    body_of = any(keys[j + 1] in _CONNECTORS for j in heads)  # "Department of ..."
    if not (facility or keys[-1] in gaz.org_suffixes or body_of):
        return None
    return run[0][0], run[-1][1], "FAC" if facility else "ORG"


def named_bodies(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Organisation and facility names of that shape that no mention covers yet."""
    taken = taken_spans(mentions)
    found: list[Mention] = []
    for i, src in enumerate(sources):
        text = src.text
        spans = taken.get(i, [])
        # the shape is read in the model's view: text in capitals is there in ordinary case
        for run in _runs(src.text_for_model):
            j = bisect.bisect_right(spans, (run[0][0], float("inf"))) - 1
            if j >= 0 and spans[j][0] == run[0][0]:  # "Philippine" + "Department of ..."
                run = [w for w in run if w[0] >= spans[j][1]]
            nxt = bisect.bisect_right(spans, (run[0][0], float("inf"))) if run else len(spans)
            if nxt < len(spans) and spans[nxt][0] < run[-1][1]:
                # "X Air Force Base for" + a name already found: the part before that name
                run = [w for w in run if w[1] <= spans[nxt][0]]
            shape = _shape(src.text_for_model, run, gaz) if run else None
            if shape is None:
                continue
            s, e, label = shape
            k = bisect.bisect_right(spans, (s, float("inf"))) - 1
            if k >= 0 and spans[k][1] > s:
                continue  # a mention is already there
            m = clean_mention(text, i, s, e, label, gaz)
            if m is not None and " " in m.text and "\n" not in m.text:
                found.append(m)  # not "Ministry of X" + the next paragraph's "On"
    return found


_LINE_START = re.compile(r"^(?=\S)", re.MULTILINE)

# Last words of an administrative area's name: a place.
ADMIN_WORDS = frozenset(
    [
        "state",
        "province",
        "region",
        "district",
        "county",
        "oblast",
        "krai",
        "prefecture",
        "governorate",
        "municipality",
        "territory",
        "canton",
    ]
)


def dateline_places(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """The place of a dateline ("N’DJAMENA –", "VIENNA, 10 March (UN Information Service) --")
    that no mention covers yet: where the story was filed is a place of the story."""
    taken = {(m.source, m.start) for m in mentions}
    found: list[Mention] = []
    for i, src in enumerate(sources):
        text = src.text
        for line in _LINE_START.finditer(text):
            start = line.start()
            if dateline_end(text, start) == start:
                continue
            match = DATELINE.match(text, start)
            s, e = match.span("place")
            while e > s and text[e - 1] in " ,":
                e -= 1
            key = cached_norm(text[s:e])
            known = key in gaz.places or key in gaz.subdivisions or key in city_names()
            if (i, s) in taken or not (known or match.group("date") or match.group("agency")):
                continue  # "NOTE TO EDITORS:" is no place
            m = clean_mention(text, i, s, e, "GPE", gaz)
            if m is not None:
                found.append(m)
    return found


_NAME = r"[A-Z][\w’'-]+"


def address_forms(gaz: Gazetteer) -> list[str]:
    """The one-word forms of address ("Mr", "Dr", "Mrs"), capitalised, longest first."""
    return sorted(
        {h.title() for h in gaz.honorifics if " " not in h and h.isalpha() and len(h) > 1},
        key=len,
        reverse=True,
    )


def _addressed_pattern(gaz: Gazetteer) -> re.Pattern[str]:
    """A one-word form of address, maybe a given name in brackets, then capitalised words."""
    forms = address_forms(gaz)
    return re.compile(
        r"(?<![\w’'.-])(" + "|".join(forms) + r")\.?[ \u00a0]+(?:\(" + _NAME + r"\)[ ]+)?"
        r"(" + _NAME + r"(?:[ ]+" + _NAME + r"){0,2})"
    )


def addressed_names(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """A name written after a form of address ("Mr Orrland", "Lord (Tariq) Ahmad") that no
    mention covers yet is a person's, unless it is a title ("Mr President")."""
    pattern = _addressed_pattern(gaz)
    taken = taken_spans(mentions)
    found: list[Mention] = []
    for i, src in enumerate(sources):
        text = src.text
        spans = taken.get(i, [])
        for match in pattern.finditer(text):
            s, e = match.span(2)
            words = text[s:e].split()
            keep = 0
            for w in words:
                key = cached_norm(w)
                if is_title(key, gaz) or key in gaz.stopwords or key in gaz.places:
                    break
                keep += 1
            if keep == 0:
                continue
            e = s + len(" ".join(words[:keep]))
            if overlaps_taken(spans, s, e):
                continue  # the model found it already
            m = clean_mention(text, i, s, e, "PERSON", gaz)
            if m is not None:
                m.address = m.address or match.group(1)
                found.append(m)
    return found
