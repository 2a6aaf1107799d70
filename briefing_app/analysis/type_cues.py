"""Votes for an actor's type from two structures of the sentence: a named instance of a plural
noun ("social networks like X", "countries such as X and Y", "leaders including X": the
lexico-syntactic patterns of Hearst, 1992), and a title inside a name the model read as a body
("US Chargé d'Affaires Russell Comeau": a post, then the person who holds it)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from briefing_app.analysis.bodies import ADMIN_WORDS, FACILITY_WORDS
from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm, is_title
from briefing_app.model import ORGANIZATION, PERSON, PLACE

# words that end a body's or a place's name, never a person's
BODY_WORDS = ADMIN_WORDS | FACILITY_WORDS | {"unit", "team", "cell", "office", "desk"}
# plural nouns whose named instances are bodies, places or people
_KINDS = {
    ORGANIZATION: (
        "networks|companies|firms|organi[sz]ations|agencies|outlets|platforms|websites|sites"
        "|banks|parties|charities|ngos|newspapers|broadcasters|channels|institutions"
        "|universities|airlines|carriers|apps|insurers|manufacturers|retailers|operators|unions"
        "|corporations|businesses|providers|groups|bodies|ministries|departments"
    ),
    PLACE: (
        "countries|cities|towns|villages|islands|regions|provinces|districts|territories"
        "|capitals|destinations|ports|nations|states|neighbou?rs|economies|municipalities"
    ),
    PERSON: (
        "leaders|officials|figures|politicians|activists|journalists|ministers|celebrities"
        "|writers|artists|athletes|players|dissidents|bloggers|individuals|personalities"
        "|lawmakers|legislators|presidents|diplomats|critics|opponents|laureates"
    ),
}
# a modifier, not an instance: "countries including EU member states"
_ANY_KIND_AFTER = re.compile(
    rf"(?: [a-z]+){{0,2}} (?:{'|'.join(_KINDS.values())})\b", re.IGNORECASE
)
_CUE = re.compile(r",? (?:such as|like|including|notably) (?:the )?")
# what may stand between the cue and the name: other names of the list ("A, B and ")
_CAPS = r"[A-Z][\w’'.-]*+(?: [A-Z][\w’'.-]*+)*+"
_LISTED = re.compile(rf"(?:{_CAPS}(?:, and|, or|,| and| or) (?:the )?)*+")
# the plural noun before the cue, maybe with where ("social networks in Russia")
_KIND_BEFORE = {
    kind: re.compile(
        rf"\b(?:{nouns})(?: (?:in|of|from|across) (?:the )?{_CAPS})?$",
        re.IGNORECASE,
    )
    for kind, nouns in _KINDS.items()
}


def type_cues(m: Mention, gaz: Gazetteer, text: str) -> Counter:
    """Votes from the plural noun the name is an instance of, and from a title inside it."""
    votes: Counter = Counter()
    if not text:
        return votes
    window = text[max(0, m.start - 120) : m.start]
    window = re.split(r"[.;:!?\n]\s", window)[-1]  # within the sentence
    kind = _instance_of(window)
    if kind and not _ANY_KIND_AFTER.match(text, m.end):  # not "EU member states"
        votes[kind] += 3
    if m.label != "PERSON" and _title_then_holder(m.text, gaz, text):
        votes[PERSON] += 3
    if _PEOPLE_AFTER.match(text, m.end) and _a_place_of_people(m, gaz):
        votes[PLACE] += 3  # "the 66-year-old Harbourtown man": where he is from
    if text.startswith(", ", m.end) and _holds_title_after(m, gaz, text):
        votes[PERSON] += 3  # "Lorena Rodriguez Leon, Director of the Faculty": her post
    if _MANIFESTO_AFTER.match(text, m.end) or _MANIFESTO_BEFORE.search(
        text, max(0, m.start - 80), m.start
    ):
        votes[ORGANIZATION] += 3  # "the election manifestos of Fianna Fáil and Fine Gael"
    hyphenated = _FAMILY_THEN_GIVEN.fullmatch(m.text)
    if hyphenated and hyphenated.group(1) not in _KOREAN_ADMIN:
        votes[PERSON] += 3  # "the Park Geun-hye government": a family name, a given name
    if _SHORT_CAPS.fullmatch(m.text) and _spells_a_written_place(m.text, gaz, text):
        votes[PLACE] += 6  # "ROK" where the text writes "the Republic of Korea"
    if _opens_with_a_bodys_acronym(m.text, gaz):
        votes[ORGANIZATION] += 3  # "UNDOF", "EUFOR": a mission or a force of the UN, the EU
    return votes


_CAPS_WORD = re.compile(r"[A-Z]{4,8}")


def _opens_with_a_bodys_acronym(name: str, gaz: Gazetteer) -> bool:
    """One word in capitals that opens with the acronym of a body the gazetteer knows, two to
    four letters ("UN" of "UNDOF", "EU" of "EUFOR"), and is no place it knows: a unit, a
    mission or an office of that body."""
    if not _CAPS_WORD.fullmatch(name):
        return False
    key = name.lower()
    if key in gaz.places or gaz.knows(key):
        return False
    return any(key[:n] in gaz.organizations for n in range(2, min(5, len(key) - 1)))


_SHORT_CAPS = re.compile(r"[A-Z]{2,5}")
# a party's manifesto: "the manifestos of X and Y", "X's election manifesto"
_MANIFESTO_BEFORE = re.compile(
    r"\bmanifestos? of (?:both )?(?:the )?(?:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3},? and )?$"
)
_MANIFESTO_AFTER = re.compile(r"(?:’s|'s)? (?:election )?manifestos?\b")
# a romanised East Asian person's name: a short family name, then a given name of two syllables
# joined by a hyphen, the second in lower case ("Park Geun-hye", "Tsai Ing-wen", "Ban Ki-moon")
_FAMILY_THEN_GIVEN = re.compile(r"[A-Z][a-z]{1,4} [A-Z][a-z]{1,6}-([a-z]{1,6})")
# Korean administrative suffixes written the same way ("Jeju-do", "Jung-gu"): places
_KOREAN_ADMIN = frozenset(["do", "gu", "si", "gun", "dong", "ri", "eup", "myeon"])
_FUNCTION_WORDS = frozenset(["of", "the", "and"])
_INITIALS: dict[int, dict[str, tuple[str, ...]]] = {}


def _initials_index(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Acronym -> the gazetteer's place names of two or more words it spells, with or without
    their function words ("ROK" and "RK" for "republic of korea")."""
    index = _INITIALS.get(id(gaz.places))
    if index is None:
        found: dict[str, list[str]] = {}
        for key in gaz.places:
            words = key.split()
            if len(words) < 2:
                continue
            full = "".join(w[0] for w in words).upper()
            bare = "".join(w[0] for w in words if w not in _FUNCTION_WORDS).upper()
            for acronym in {full, bare}:
                if 2 <= len(acronym) <= 5:
                    found.setdefault(acronym, []).append(key)
        index = _INITIALS[id(gaz.places)] = {a: tuple(k) for a, k in found.items()}
    return index


def _spells_a_written_place(acronym: str, gaz: Gazetteer, text: str) -> bool:
    """The acronym spells a place a list knows whose name the text writes out (anywhere, even
    inside a body's name: "the Government of the Republic of Korea")."""
    keys = _initials_index(gaz).get(acronym)
    return bool(keys) and _written_out(text, keys)


@lru_cache(maxsize=2048)
def _written_out(text: str, keys: tuple[str, ...]) -> bool:
    for key in keys:
        pattern = r"[\W_]+".join(re.escape(w) for w in key.split())
        if re.search(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE):
            return True
    return False


# a person named by where they are from: "a Perth man", "four Rotorua men", "Xinjiang residents"
_PEOPLE_AFTER = re.compile(r" (?:man|woman|men|women|boy|girl|teenager|youth|residents?)\b")


def _a_place_of_people(m: Mention, gaz: Gazetteer) -> bool:
    """No body's word ends the name ("a Navy man"), and no acronym ("a UN man") is it."""
    key = cached_norm(m.text)
    return bool(key) and key.rsplit(" ", 1)[-1] not in gaz.org_suffixes and not m.text.isupper()


# after ", ": a title of up to four words, then what it is "of" or "for", or the clause's end;
# not a holder's name ("the Defence Forces, Lieutenant General Tom Arlo": the next person's)
_TITLE_WORDS = re.compile(r", (the )?((?:[A-Z][\w’'.-]*[ \t]?){1,4})")
_TITLE_ENDS = re.compile(r"(?:of|for|at|to|in)\b|[,.;:)]|$")


def _holds_title_after(m: Mention, gaz: Gazetteer, text: str) -> bool:
    """ "X, Director of UNAM's Faculty", "X, the Vice-President of Y": a title right after the
    name's comma (perhaps after "the") is the post the named person holds; a body's name is no
    person's, nor a place's the gazetteer knows after "the"."""
    key = cached_norm(m.text)
    if " " not in key or key.rsplit(" ", 1)[-1] in gaz.org_suffixes or m.text.isupper():
        return False
    found = _TITLE_WORDS.match(text, m.end)
    if found is None or (found.group(1) and _known_place(key, gaz)):
        return False  # "Northern Ireland, the Secretary of State": the post's place
    words = found.group(2).split()
    for j in range(len(words), 0, -1):
        if is_title(cached_norm(" ".join(words[:j])), gaz):
            end = found.start(2) + len(" ".join(words[:j]))
            return _ends_title(text, end)
    return False


def _known_place(key: str, gaz: Gazetteer) -> bool:
    return key in gaz.places or key in gaz.countries or key in gaz.subdivisions


def _ends_title(text: str, end: int) -> bool:
    rest = text[end : end + 6].lstrip(" \t")
    return _TITLE_ENDS.match(rest) is not None


def _instance_of(window: str) -> str:
    """The type of the plural noun a name right after ``window`` is an instance of, or ""."""
    for cue in reversed(list(_CUE.finditer(window))):
        if _LISTED.fullmatch(window, cue.end()) is None:
            continue
        before = window[: cue.start()]
        for kind, pattern in _KIND_BEFORE.items():
            if pattern.search(before, max(0, len(before) - 60)):
                return kind
        return ""
    return ""


def _title_then_holder(name: str, gaz: Gazetteer, text: str) -> bool:
    """ "US Charge d'Affaires Russell Comeau": a title after the first word, then two or three
    capitalised words that end the name: no body's or place's word, no word the text writes in
    lower case ("the Prime Minister Delivery Unit", then "the unit")."""
    words = name.split()
    for i in range(1, len(words) - 2):
        for j in range(i + 1, min(len(words) - 1, i + 4) + 1):
            if not is_title(cached_norm(" ".join(words[i:j])), gaz):
                continue
            holder = words[j:]
            keys = [cached_norm(w) for w in holder]
            if 2 <= len(holder) <= 3 and all(
                w[:1].isupper()
                and k not in gaz.org_suffixes
                and k not in gaz.places
                and k not in BODY_WORDS
                and not _written_lower(k, text)
                for w, k in zip(holder, keys, strict=True)
            ):
                return True
    return False


def _written_lower(word: str, text: str) -> bool:
    """The text writes ``word`` (lower case) as a word of its own."""
    return re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text) is not None
