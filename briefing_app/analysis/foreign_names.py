"""A body's name in another language, defined with its acronym: "Congrès national pour la
défense du peuple (CNDP, National Congress for the Defence of People)". The French, Spanish or
Portuguese name writes its later words in lower case and its initials skip that language's
function words; an English gloss may follow the acronym inside the bracket."""

from __future__ import annotations

import re
from collections import Counter

from briefing_app.analysis.mentions import Mention

# function words of the Romance and Germanic languages bodies' names are written in, whose
# initials an acronym skips ("pour la", "du", "de los", "für die")
_FOREIGN_MINOR = frozenset(
    [
        *("de", "du", "des", "la", "le", "les", "l", "d", "et", "pour", "au", "aux", "en"),
        *("del", "el", "los", "las", "y", "para", "por", "da", "do", "dos", "das", "e"),
        *("der", "die", "das", "und", "für", "von", "zur", "zum", "di", "per", "della"),
    ]
)
# those words and the prepositions of those languages, which a name's title case leaves in
# lower case or not ("Médecins Sans Frontières", "Ärzte ohne Grenzen", "Médicos Sin Fronteras")
FOREIGN_FUNCTION = _FOREIGN_MINOR | frozenset(
    [
        *("sans", "avec", "sur", "contre", "entre", "sin", "con", "contra", "sobre", "sem"),
        *("com", "ohne", "mit", "gegen", "senza", "zonder", "tegen", "voor", "van", "het"),
    ]
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w.lower() not in _FOREIGN_MINOR)


def foreign_words_long_form(text: str, source: int, end: int, acr: str) -> Mention | None:
    """The words right before "(ACR" whose initials spell it once another language's function
    words are skipped, opening on a capital and holding at least one such function word
    ("Congrès national pour la défense du peuple (CNDP"), as a new ORG mention."""
    letters = acr.replace(".", "")
    if not 3 <= len(letters) <= 8 or not letters.isupper():
        return None
    line_start = text.rfind("\n", 0, end) + 1
    words = list(_WORD.finditer(text, max(line_start, end - 160), end))
    if words and words[-1].end() != end:
        return None  # a comma, a digit or a bracket between the name and the acronym
    for k in range(2, min(len(words), 2 * len(letters) + 2) + 1):
        chunk = words[-k:]
        first = chunk[0].group()
        if not first[:1].isupper() or first.lower() in _FOREIGN_MINOR:
            continue
        between = text[chunk[0].start() : end]
        if re.search(r"[^\w\s’'-]", between):
            continue  # one run of words, no punctuation inside
        names = [w.group() for w in chunk]
        if not any(w.lower() in _FOREIGN_MINOR - {"e", "d", "l"} for w in names[1:]):
            continue  # no word of another language: an English phrase has its own rules
        if _initials(names) == letters:
            return Mention(source, chunk[0].start(), end, between, "ORG")
    return None


def glossed(text: str, match: re.Match, mentions: list[Mention]) -> Mention | None:
    """The name a bracket gives after its acronym and a comma, closing the bracket ("(CNDP,
    National Congress for the Defence of People)"): the same body in translation."""
    if not match.group(0).endswith(", "):
        return None
    start = match.end()
    for m in mentions:
        if m.start == start and " " in m.text and text.startswith(")", m.end):
            return m
    return None


# "The UN Mission in the Democratic Republic of Congo, MONUC, has ...": after a body's name
# (and perhaps the place it works in), an acronym set off by commas, then the sentence goes on
# in lower case (not "and"/"or": that is a list)
_APPOSED_ACRONYM = re.compile(
    r"(?: (?:in|of|for|on|to) (?:the )?[A-Z][\w’'-]*(?: (?:of |the |and )*[A-Z][\w’'-]*)*)?"
    r"(?:, ([A-Z]{3,8}),(?= (?!(?:and|or|nor)\b)[a-z])| \(([A-Z]{3,8})\))"
)


def merge_apposed_acronyms(clusters: dict, uf, texts: list[str]) -> None:
    """ "UN Mission in the DR Congo, MONUC, has ...": an acronym set off by commas (or in
    brackets, after a name the model missed and the shape rules found) right after a body's
    name is that body's, whatever language its letters come from, when its first letter opens
    one of the name's words."""
    from briefing_app.model import ORGANIZATION, PERSON

    at: dict[tuple[int, int], object] = {}
    for c in clusters.values():
        for m in c.mentions:
            if " " not in m.text:
                at[(m.source, m.start)] = c
    # a bracketed acronym already joined to its long form ("Islamic State in the Greater
    # Sahara (ISGS)") is not the name's before the place ("Islamic State"): only a lone one
    roots = Counter(uf.find(k) for k in clusters)
    for c in sorted(clusters.values(), key=lambda c: c.key):
        if c.type == PERSON:
            continue
        for m in c.mentions:
            if " " not in m.text or m.source >= len(texts):
                continue
            hit = _APPOSED_ACRONYM.match(texts[m.source], m.end)
            k = (1 if hit.group(1) else 2) if hit else 0
            other = at.get((m.source, hit.start(k))) if hit else None
            if other is None or other is c or other.hard:
                continue
            if k == 2 and (roots[uf.find(other.key)] > 1 or c.type != ORGANIZATION):
                continue  # "Enga Province in Papua New Guinea (PNG)": a place's, no body's
            words = (m.text + " " + texts[m.source][m.end : hit.start(k)]).split()
            if hit.group(k)[0] in {w[0] for w in words if w[:1].isupper()}:
                uf.union(c.key, other.key)
