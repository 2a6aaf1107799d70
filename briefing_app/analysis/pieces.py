"""Capitalised phrases that are pieces of something else, found from the text around them: an
instrument ("Executive Order 13405", "Global Magnitsky sanctions"), a word of a body's long name
("Pacific" of "Subcommittee on Asia, the Pacific, and Nonproliferation", "Europe" of a known
body's long name), a post-nominal after a name ("Ami Bera, M.D."), a people written in the
plural ("Muslim Uyghurs", "the Uyghur ethnic minority" where "Uyghurs are ..." is written) and
bodies in the plural ("the Subcommittees")."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.gazetteer import Gazetteer, norm
from briefing_app.analysis.mentions import Mention, cached_norm, is_title
from briefing_app.analysis.person_evidence import PATRONYMIC
from briefing_app.analysis.things import NUMBERED_KINDS

# nouns of legal instruments and programmes a name modifies ("Global Magnitsky sanctions",
# "the Global Human Rights sanctions regime"): the name is the instrument's, no actor's
_INSTRUMENT_AFTER = re.compile(
    r"[ \t]+(?:sanctions?|embargo(?:es)?|programmes?|programs?|act|legislation"
    r"|designations?|listings?)\b",
    re.IGNORECASE,
)
# "Executive Order (E.O.) 13405", "Council Decision 2012/642/CFSP": a numbered instrument
_NUMBER_AFTER = re.compile(r"(?:[ \t]+\([^()\n]{1,12}\))?[ \t]+(?:No\.?[ \t]+)?\d")
_INSTRUMENT_KINDS = NUMBERED_KINDS | frozenset(["decision", "decisions", "orders", "regulations"])
# post-nominal letters (degrees, honours, offices) written after a name and a comma, after the
# usual lists of post-nominals: "Ami Bera, M.D.", "Jane Roe, MP", "John Doe QC"
_POST_NOMINALS = frozenset(
    [
        *("md", "phd", "jd", "dphil", "llb", "llm", "lld", "ma", "ba", "bsc", "msc", "mba"),
        *("mph", "dds", "dvm", "edd", "rn", "esq", "mp", "mep", "msp", "ms", "qc", "kc"),
        *("obe", "mbe", "cbe", "kbe", "dbe", "frs", "pc", "am", "ao", "ac"),
    ]
)
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w’'.-]*,?[ \t]+$")
# "Subcommittee on Asia, the Pacific, and ": a body's or a post's name going on with a list of
# what it is about, up to the piece
_LIST_BEFORE = re.compile(
    r"\b([A-Z][\w-]*)[ \t]+(?:on|for)[ \t]+(?:(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*"
    r"(?:,[ \t]+|[ \t]+(?:and|&)[ \t]+|,[ \t]+(?:and|&)[ \t]+))+(?:the[ \t]+)?$"
)
# "Subcommittee on " + "Oceania" + ", the Arctic, and Disarmament", "Regional Office for " +
# "Asia" + " and the Pacific": the list's first item
_LIST_OPENS = re.compile(r"\b([A-Z][\w-]*)[ \t]+(?:on|for)[ \t]+(?:the[ \t]+)?$")
_LIST_GOES_ON = re.compile(
    r"(?:,[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*,?)?[ \t]+(?:and|&)[ \t]+"
    r"(?:the[ \t]+)?[A-Z]"
)
# a plural written as people: "Uyghurs are ...", "Uyghurs and other minorities", "many Kurds"
_PEOPLE_VERB_AFTER = r"[ \t]+(?:are|were|have|who|and[ \t]+other|living|live)\b"
_PEOPLE_COUNT_BEFORE = re.compile(
    r"\b(?:many|million|thousands of|hundreds of|of|against|ethnic|other|\d+)[ \t]+$"
)


def a_piece(text: str, m: Mention, words: list[str], gaz: Gazetteer) -> bool:
    """True when the mention ``m`` (normalised ``words``) is a piece of something else."""
    s, e, name = m.start, m.end, m.text
    return (
        _an_instrument(text, s, e, name, words, gaz)
        or (m.label != "PERSON" and _in_a_long_name(text, s, e, words, gaz))
        or _post_nominal(text, s, words)
        or (m.label != "PERSON" and _a_people(text, e, name, words, gaz))
        or _bodies(words, gaz)
        or _after_a_participle(text, s, name, words, gaz)
        or _before_a_patronymic(text, e)
    )


def _an_instrument(text: str, s: int, e: int, name: str, words: list[str], gaz: Gazetteer) -> bool:
    """ "Executive Order (E.O.) 13405": headed by an instrument's kind, then its number; "Global
    Magnitsky sanctions": a name the text only writes before an instrument's noun (never "EU
    sanctions": the EU is known, and an acronym acts on its own)."""
    if words[-1] in _INSTRUMENT_KINDS and _NUMBER_AFTER.match(text, e):
        return True
    if _short_for_an_instrument(text, name):
        return True
    if not _INSTRUMENT_AFTER.match(text, e) or gaz.knows(" ".join(words)):
        return False
    if name.replace(".", "").replace(" ", "").isupper():
        return False
    for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        if not _INSTRUMENT_AFTER.match(text, found.end()):
            return False
    return True


def _short_for_an_instrument(text: str, name: str) -> bool:
    """ "E.O." where the text writes "Executive Order (E.O.)": the initials of an instrument."""
    if "(" in name or ")" in name:
        if f"({name})" not in text:
            return False
    elif name not in _bracketed(text):
        return False  # the cheap test first: the initials are never defined in brackets
    initials = re.sub(r"[^A-Z]", "", name)
    if not 2 <= len(initials) <= 5 or len(initials) < len(name.replace(".", "")):
        return False
    written = _initials_written(text, name, len(initials))
    if written is None:
        return False
    words = written.group(1).split()
    return "".join(w[0] for w in words) == initials and norm(words[-1]) in _INSTRUMENT_KINDS


_BRACKETED = re.compile(r"\(([^()]*)\)")


@lru_cache(maxsize=64)
def _bracketed(text: str) -> frozenset[str]:
    """What the text writes in brackets (no bracket inside), read once per text: "(X)" is in
    the text exactly when X, free of brackets, is among them."""
    return frozenset(_BRACKETED.findall(text))


def _initials_written(text: str, name: str, count: int) -> re.Match[str] | None:
    """The first "Executive Order (E.O.)": ``count`` capitalised words, then the initials in
    brackets. Searched just before each bracket (no run of words crosses one): not the text."""
    pattern = re.compile(rf"((?:[A-Z][a-z]+[ \t]+){{{count}}})\({re.escape(name)}\)")
    bracket = f"({name})"
    at = text.find(bracket)
    while at >= 0:
        found = pattern.search(text, max(0, at - 100 * count), at + len(bracket))
        if found is not None:
            return found
        at = text.find(bracket, at + 1)
    return None


_LONG_NAMES: dict[int, frozenset[str]] = {}


def _long_names(gaz: Gazetteer) -> frozenset[str]:
    """Known bodies' long names, letters only ("organizationforsecurityandcooperationineurope")."""
    found = _LONG_NAMES.get(id(gaz.organizations))
    if found is None:
        names = frozenset(_letters(v) for v in gaz.organizations.values() if " " in v)
        found = _LONG_NAMES[id(gaz.organizations)] = names
    return found


@lru_cache(maxsize=8192)
def _ends_a_long_name(tail: str, names: frozenset[str]) -> bool:
    """Whether some known body's long name ends with ``tail`` (letters only)."""
    return bool(tail) and any(n.endswith(tail) and n != tail for n in names)


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower().replace("organisation", "organization"))


def _in_a_long_name(text: str, s: int, e: int, words: list[str], gaz: Gazetteer) -> bool:
    """A word of a longer name the text writes: a known body's long name ending with it
    ("... Co-operation in Europe"), or a list after a body's or a post's "on" ("Subcommittee on
    Asia, the Pacific, and Nonproliferation"); a country keeps its own standing."""
    key = " ".join(words)
    if key in gaz.countries or key in gaz.organizations:
        return False
    if any(_body_word(w, gaz) for w in words):
        return False  # "Committee on Appropriations" after a list: a body of its own
    line = text.rfind("\n", 0, s) + 1
    before = text[max(line, s - 120) : s]
    goes_on = _LIST_GOES_ON.match(text, e)
    found = _LIST_BEFORE.search(before) or (_LIST_OPENS.search(before) if goes_on else None)
    if found is not None:
        head = cached_norm(found.group(1))
        # a list of two joined by "and" alone names a domain with "the" ("for Asia and the
        # Pacific"), not "the Fund for Peace and Oxfam", two actors
        listed = found.group(0) + (goes_on.group(0) if goes_on else "")
        domain = "," in listed or re.search(r"(?:and|&)[ \t]+the[ \t]", listed) is not None
        # a piece after a bare comma and ending the list is an apposition: "Commissioner for
        # Operations, Raouf Mazou, said"
        joined = goes_on or re.search(r"(?:\band|&|\bthe)[ \t]+$", before) is not None
        if domain and joined and (is_title(head, gaz) or _body_word(head, gaz)):
            return True
    tail = _letters(text[s:e])
    names = _long_names(gaz)
    if not _ends_a_long_name(tail, names):
        return False
    for start in re.finditer(r"(?<![\w’'-])[A-Z]", before):
        whole = _letters(before[start.start() :]) + tail
        if whole != tail and whole in names:
            return True
    return False


def _post_nominal(text: str, s: int, words: list[str]) -> bool:
    """ "M.D." of "Rep. Ami Bera, M.D., Chairman": letters after a name say what it holds."""
    letters = "".join(words)
    if len(letters) > 5 or letters not in _POST_NOMINALS:
        return False
    return _NAME_COMMA_BEFORE.search(text, max(0, s - 40), s) is not None


def _a_people(text: str, e: int, name: str, words: list[str], gaz: Gazetteer) -> bool:
    """ "Muslim Uyghurs", "the Uyghur ethnic minority": a name whose last word is, or is the
    singular of, a plural the text writes as people ("Uyghurs are monitored"), with no body's
    word after it ("World Uyghur Congress" is a body)."""
    if gaz.knows(" ".join(words)) or name.replace(".", "").removesuffix("s").isupper():
        return False  # an acronym, plural ones too ("INSETs collect ..."), is no people
    written = name.split()[-1]
    plural = written if written.endswith("s") else written + "s"
    if len(plural) < 5:
        return False
    after = _WORD_AFTER.match(text, e)
    if after and _body_word(norm(after.group(1)), gaz):
        return False
    return _written_as_people(text, plural)


_WORD_AFTER = re.compile(r"[ \t]+([A-Z][\w-]*)")


@lru_cache(maxsize=4096)
def _written_as_people(text: str, plural: str) -> bool:
    """The text writes the singular of ``plural`` ("Reuters": no singular, no people) and the
    plural as people ("Uyghurs are", "many Kurds"). Cached: every mention of a source asks."""
    if plural not in text:
        return False  # the cheap test first: no use of the plural at all
    if not re.search(rf"(?<![\w-]){re.escape(plural[:-1])}(?![\w’'-])", text):
        return False
    for found in re.finditer(rf"(?<![\w’'-]){re.escape(plural)}(?![\w-])", text):
        if re.match(_PEOPLE_VERB_AFTER, text[found.end() : found.end() + 20]) or (
            _PEOPLE_COUNT_BEFORE.search(text, max(0, found.start() - 16), found.start())
        ):
            return True
    return False


def _bodies(words: list[str], gaz: Gazetteer) -> bool:
    """ "the Subcommittees": one plural word of a body's kind names several bodies, not one."""
    if len(words) != 1 or not words[0].endswith("s"):
        return False
    one = words[0][:-3] + "y" if words[0].endswith("ies") else words[0][:-1]
    return len(one) > 4 and _body_word(one, gaz)


def _body_word(word: str, gaz: Gazetteer) -> bool:
    """A body's kind: "committee", and words ending with a long one ("subcommittee")."""
    if word in gaz.org_suffixes:
        return True
    return _ends_with_a_body_word(word, _long_suffixes(gaz.org_suffixes))


@lru_cache(maxsize=8)
def _long_suffixes(suffixes: frozenset[str]) -> tuple[str, ...]:
    return tuple(x for x in suffixes if len(x) > 5)


@lru_cache(maxsize=8192)
def _ends_with_a_body_word(word: str, long_suffixes: tuple[str, ...]) -> bool:
    return word.endswith(long_suffixes)


# "other participating States", "neighbouring Countries": a participle before a capitalised
# plural makes it a common noun phrase; prepositions ending in -ing are no participles
_PARTICIPLE_BEFORE = re.compile(r"(?<![\w-])([a-z]{3,}ing)[ \t]+$")
_ING_PREPOSITIONS = frozenset(
    [
        *("including", "during", "following", "regarding", "concerning", "according"),
        *("excluding", "considering", "pending", "notwithstanding", "involving", "visiting"),
        *("meeting", "joining", "urging", "calling", "asking", "telling", "saying", "leaving"),
    ]
)


def _after_a_participle(text: str, s: int, name: str, words: list[str], gaz: Gazetteer) -> bool:
    """ "participating States": one plural word after a participle, no known name."""
    if len(words) != 1 or not words[0].endswith("s") or len(words[0]) < 5:
        return False
    if gaz.knows(words[0]) or name.isupper():
        return False
    found = _PARTICIPLE_BEFORE.search(text, max(0, s - 24), s)
    return found is not None and found.group(1) not in _ING_PREPOSITIONS


_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)[ \t]+[A-Z]")


def _before_a_patronymic(text: str, e: int) -> bool:
    """ "the Interior Alyaksandr" + " Pyatrovich Barsukou": the model cut a person's name at its
    patronymic; the piece before it is no actor (the surname carries the person)."""
    found = _NEXT_WORD.match(text, e)
    return found is not None and PATRONYMIC.fullmatch(found.group(1)) is not None
