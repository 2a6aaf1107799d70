"""The kinds of event a sentence's words name (``event_words.txt``), inflections included.

``event_words.txt`` lists words as stems of up to seven letters, the way key points compare
words; a word of up to seven letters is matched whole, so "killing" missed the kind "killed"
and "kill" name, and "arresting" (stem "arresti") the kind of "arrested". Here a word is taken
back to its base by the regular English inflection rules (-ing, -ed, -es, -s, with a final e
restored and a doubled consonant undone: "voting" -> "vote", "hitting" -> "hit", "killings" ->
"kill") and names a kind when any regular form of that base is listed. An entry longer than
seven letters is a prefix a word must begin with: "authoriz" names "authorized" and
"authorization", never "authorities".
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.gazetteer import Gazetteer

_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)
STEM = 7
_VOWELS = frozenset("aeiou")


def bases(word: str) -> tuple[str, ...]:
    """The bases a regularly inflected word may come from ("voting" -> vot, vote;
    "stopped" -> stopp, stoppe, stop; "carries" -> carrie, carri, carry)."""
    out = [word]
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s"):
        if not word.endswith(suffix) or len(word) - len(suffix) < 3:
            continue
        base = word[: -len(suffix)]
        if suffix == "s" and base.endswith("s"):
            break  # "press", "across"
        out.append(base)
        if suffix in ("ied", "ies"):
            out.append(base + "y")
        elif suffix in ("ing", "ings", "ed", "es"):
            out.append(base + "e")  # "voting" -> "vote", "closed" -> "close"
            if len(base) > 3 and base[-1] == base[-2] and base[-1] not in _VOWELS | {"l", "s"}:
                out.append(base[:-1])  # "hitting" -> "hit", "stopped" -> "stop"
            if len(base) > 3 and base[-1] == base[-2] == "l":
                out.append(base[:-1])  # "cancelled" -> "cancel"
        break
    return tuple(dict.fromkeys(out))


def _forms(base: str) -> tuple[str, ...]:
    """The regular forms of a base ("kill" -> kill, kills, killed, killing)."""
    stem = base[:-1] if base.endswith("e") else base
    return (base, base + "s", base + "es", base + "ed", base + "d", stem + "ing")


@lru_cache(maxsize=262144)
def _kind(word: str, table: tuple, inflected: bool = True) -> int | None:
    short, long_ = table[:2]
    for key, kind in long_:
        if word.startswith(key):
            return kind
    if word[:STEM] in short:
        return short[word[:STEM]]
    if not inflected:
        return None
    for base in bases(word)[1:]:
        for form in _forms(base):
            if form[:STEM] in short:
                return short[form[:STEM]]
    return None


_TABLES: list = [None, None]  # (the event words the table was built from, the table)


def _table(gaz: Gazetteer) -> tuple:
    """(stems of up to seven letters -> kind as a dict, prefixes longer than seven letters
    with their kinds, longest first, the function words)."""
    if _TABLES[0] is not gaz.event_words:
        short = {w: k for w, k in gaz.event_words.items() if len(w) <= STEM}
        long_ = tuple(
            sorted(
                ((w, k) for w, k in gaz.event_words.items() if len(w) > STEM),
                key=lambda x: -len(x[0]),
            )
        )
        _TABLES[:] = [gaz.event_words, (_Frozen(short), long_, gaz.function_words)]
    return _TABLES[1]


class _Frozen(dict):
    """A dict that hashes by identity, so ``_kind`` can cache on it."""

    __hash__ = object.__hash__  # type: ignore[assignment]


def kind_of(word: str, gaz: Gazetteer) -> int | None:
    """The kind of event a word names, inflections included; None for none."""
    table = _table(gaz)
    return _kind(word.lower().strip("’'-"), table)


@lru_cache(maxsize=65536)
def _kinds(text: str, table: tuple, inflected: bool) -> frozenset[int]:
    out = set()
    for m in _WORD.finditer(text):
        word = m.group().lower().strip("’'-")
        if word in table[2]:
            continue  # a function word, as ``keypoints.terms_of`` leaves out
        kind = _kind(word, table, inflected)
        if kind is not None:
            out.add(kind)
    return frozenset(out)


def event_kinds(text: str, gaz: Gazetteer, *, inflected: bool = True) -> frozenset[int]:
    """The kinds of event the words of ``text`` name ("killing" and "killed" one kind; without
    ``inflected``, only words whose stem is listed, as key points pick sentences)."""
    table = _table(gaz)
    return _kinds(text, table, inflected)


# Two senses the table's words do not have in these phrases, read as a word naming no kind of
# event when sentences are compared (the text shown is untouched): "meet the needs", "meeting
# emergency health needs", "met its obligations" is "meet" in the sense of satisfying (WordNet
# meet.v.04: fill, fulfil), the sense its objects take; "stepped up its response", "step up
# efforts" is "step up" in the sense of raising (WordNet step_up.v.01: increase), not stepping
# down from an office.
_SATISFY = re.compile(
    r"\b(?P<verb>meet|meets|meeting|met)\b(?=(?:\s+[\w’'-]+){0,3}?\s+(?:needs|demands|"
    r"requirements|standards|criteria|expectations|obligations|targets|goals|deadlines?)\b)",
    re.IGNORECASE,
)
_STEP_UP = re.compile(r"\b(?P<verb>step|steps|stepped|stepping)\s+up\b", re.IGNORECASE)
_PLAIN = {
    "meet": "fulfil",
    "meets": "fulfils",
    "meeting": "fulfilling",
    "met": "fulfilled",
    "step": "raise",
    "steps": "raises",
    "stepped": "raised",
    "stepping": "raising",
}


# "Seize power" is the verb of a coup (WordNet seize.v.03: usurp, take over, arrogate; coup.n.01
# coup d'etat, putsch, takeover); "grab" is its informal twin. Seizing power, its seizure and a
# power grab are read as "coup", and so are a military takeover and the African Union's legal
# term for a coup, an "unconstitutional change of government" (African Charter on Democracy,
# Elections and Governance, art. 23): "the army seized power" and "the military coup" name one
# kind of event, while "seized a ship" keeps the sense of capture and a company's takeover its
# own. "Took power" is left alone: it is said of any new government ("who took power in 2009").
_SEIZED_POWER = re.compile(
    r"\b(?:(?:seiz(?:e|es|ed|ing)|grab(?:s|bed|bing)?|usurp(?:s|ed|ing)?)\s+power"
    r"|(?:seizure|usurpation)\s+of\s+power|power[\s-]+(?:grab|seizure)s?)\b"
    # not the power a plant makes ("seized power stations") nor a firm's grab for a market
    # ("a power grab for market share")
    r"(?![\s-]+(?:plants?|stations?|lines?|grids?|supply|supplies|generators?)\b)"
    r"(?!\s+(?:for|in|over)\s+(?:[\w’'-]+\s+){0,3}?(?:markets?|share|customers|industry)\b)",
    re.IGNORECASE,
)
# names of a coup whose own words name no other kind: they keep their words and gain "coup"
_COUP_NAMES = re.compile(
    r"\b(?:military\s+takeovers?|unconstitutional\s+changes?\s+of\s+government)\b",
    re.IGNORECASE,
)


# "Shot" and "shoot" name an attack ("gunmen shot two officers", "shots were fired"), but not as
# a dose (WordNet shot.n.09: "a booster shot", "their first shot"), a try (shot.n.05: "a shot
# at the title", "a long shot"), a filming ("the film was shot in", "a photo shoot") or a
# plant's growth ("green shoots of recovery") or a rise ("prices shot up 20 percent", not
# "gunmen shot up a bar"): those are read as words naming no kind.
_NOT_A_SHOT = re.compile(
    r"\b(?:(?:booster|flu|vaccine|covid(?:-19)?|first|second|third|fourth|annual)\s+shots?"
    r"|(?<!fired\s)(?<!fire\s)(?:a|another|one|his|her|their|its|our|best|fair|real|last)"
    r"\s+shot\s+at|(?:a|the)\s+long\s+shot|green\s+shoots"
    r"|(?:photo|fashion|film|video)\s*-?\s*shoots?"
    r"|(?:film|movie|documentary|series|video|scenes?|footage)\s+(?:was|were|is|are|being)"
    r"\s+shot|sho(?:t|ots?|oting)\s+up(?=\s+(?:to|by|from|nearly|almost|sharply|over|about"
    r"|more|again|\d)))\b",
    re.IGNORECASE,
)


def _unshot(m: re.Match) -> str:
    return re.sub(r"(?i)\bshoots?\b|\bshots?\b", "take", m.group())


def plain_sense(text: str) -> str:
    """``text`` with "meet the needs" read as "fulfil the needs", "step up" as "raise",
    "seized power" (its seizure, a power grab) as "coup" and "coup" added after the names of a
    coup ("a military takeover coup"), and "shot" read as no attack in "a booster shot", "a
    shot at the title", "the film was shot", "green shoots"."""
    text = _SATISFY.sub(lambda m: _PLAIN[m.group("verb").lower()], text)
    text = _COUP_NAMES.sub(lambda m: m.group() + " coup", _SEIZED_POWER.sub("coup", text))
    text = _NOT_A_SHOT.sub(_unshot, text)
    return _STEP_UP.sub(lambda m: _PLAIN[m.group("verb").lower()], text)
