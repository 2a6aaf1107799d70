"""Turning raw entity spans into clean mentions: no "the", no possessive, titles as roles."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.glued_dates import without_glued_date
from briefing_app.analysis.mention_edges import (
    after_case_party,
    before_rank,
    cut_from_a_phrase,
    drop_event_words,
    particles_before,
    starts_title,
    starts_with_particle,
    without_trailing_function_words,
)
from briefing_app.analysis.name_words import cached_norm, is_title
from briefing_app.analysis.page_labels import is_page_label, trim_page_residue
from briefing_app.analysis.portfolio_pairs import second_portfolio
from briefing_app.analysis.slash_credits import before_slash_credit
from briefing_app.analysis.things import (
    GLOSSED,
    TYPE_CODE,
    is_equipment,
    names_a_relation,
    names_an_exercise,
    only_a_thing,
    pet_names,
    place_and_noun,
)
from briefing_app.analysis.vessels import is_vessel, named_ship
from briefing_app.model import Source

_LEADING_JUNK = "\"“”‘’'([{«<*-–—•· \t"
_TRAILING_JUNK = "\"“”‘’'()[]{}»>*,;:!?–—-· \t"
_POSSESSIVE = ("’s", "'s", "’S", "'S")
_ARTICLES = ("the ", "The ", "THE ")
_WORD = re.compile(r"[^\s]+")
# "RAF" of "RAF Air Marshal Godfrey": a service's or a body's acronym before a rank or a title
# and a surname (with a full name after them, ``post_holders`` keeps the body and the person)
_BODY_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ROLE_END = " .,;:!?–—-"
# an e-mail address from its first character: "name@host.tld"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_CHAR = re.compile(r"[\w.+-]")
_ORDINAL_BEFORE = re.compile(r"(?<![\w.])\d{1,3}(?:st|nd|rd|th) $")
_CAPITALS = re.compile(r"[A-Z]{2,6}")


@dataclass(slots=True)
class Mention:
    """One clean mention: ``text == source_text[start:end]``; role from a title before it."""

    source: int  # index of the source in the list being analysed
    start: int
    end: int
    text: str
    label: str  # spaCy label (PERSON, ORG, GPE, LOC, FAC, NORP)
    role: str = ""
    article: bool = False  # written after "the": people are not, places and bodies are
    address: str = ""  # a form of address written right before the name ("Mr", "Dr.")


def taken_spans(mentions: Sequence[Mention]) -> dict[int, list[tuple[int, int]]]:
    """The (start, end) of the mentions in each source, sorted: where a new name may not go."""
    taken: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        taken.setdefault(m.source, []).append((m.start, m.end))
    return {source: sorted(spans) for source, spans in taken.items()}


def overlaps_taken(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether ``[s, e)`` overlaps one of ``spans`` (sorted, as ``taken_spans`` gives them)."""
    k = bisect.bisect_right(spans, (e, float("inf"))) - 1
    return k >= 0 and spans[k][1] > s


def _title_prefix(words: list[str], gaz: Gazetteer) -> int:
    """How many leading words form the longest title or honorific (0 if none)."""
    for k in range(min(gaz.max_title_words, len(words) - 1), 0, -1):
        key = cached_norm(" ".join(words[:k]))
        if is_title(key, gaz) or key in gaz.honorifics:
            return k
    return 0


def _strip_inner_titles(text: str, s: int, e: int, gaz: Gazetteer) -> tuple[int, str]:
    """Move past (nationality +) title words at the start of an entity; return new start, role."""
    role = ""
    pos = s
    while True:
        words = list(_WORD.finditer(text, pos, e))
        if len(words) < 2:
            break
        tokens = [w.group() for w in words]
        k = _title_prefix(tokens, gaz)
        title_from = 0
        if (
            k == 0
            and len(tokens) > 2
            and (cached_norm(tokens[0]) in gaz.demonyms or _BODY_ACRONYM.fullmatch(tokens[0]))
        ):
            k2 = _title_prefix(tokens[1:], gaz)
            k, title_from = (k2 + 1, 1) if k2 else (0, 0)
            if (
                k
                and cached_norm(tokens[0]) not in gaz.demonyms
                and not _rank_and_surname(tokens, k)
            ):
                k, title_from = 0, 0
        if k == 0:
            break
        if not role and cached_norm(" ".join(tokens[title_from:k])) not in gaz.honorifics:
            role = written_role(tokens[:k], title_from, gaz)
        pos = words[k].start()
    return pos, role


def _rank_and_surname(tokens: list[str], k: int) -> bool:
    """A body's acronym, a post in the singular and one word after it ("RAF Air Marshal
    Godfrey"); "KORVA Spokesperson Lina Marsk" is left to the post holders' rule (which keeps
    the body and the person) and "ASEAN Defence Ministers Meeting" (a plural post) is a
    meeting."""
    last = tokens[k - 1]
    return len(tokens) - k == 1 and not (last.endswith("s") and not last.endswith("ss"))


def written_role(words: list[str], title_from: int, gaz: Gazetteer) -> str:
    """The role as written out: "Brig. Gen." -> "Brigadier General", "Kazakh President" kept."""
    title = gaz.titles.get(cached_norm(" ".join(words[title_from:])), "")
    if not title:
        title = " ".join(words[title_from:])
    role = " ".join([*words[:title_from], title])
    return role.rstrip(_ROLE_END)


def title_before(text: str, start: int, gaz: Gazetteer) -> str:
    """A title (with a nationality word before it, if any) written right before a name."""
    window = text[max(0, start - 80) : start]
    if not window.endswith((" ", "\u00a0")) or "\n" in window[-2:]:
        return ""
    window = window.rsplit("\n", 1)[-1]
    words = window.split()
    if not words or not words[-1][:1].isalpha():
        return ""
    for k in range(min(gaz.max_title_words, len(words)), 0, -1):
        cand = words[-k:]
        if cached_norm(" ".join(cand)) in gaz.titles and cand[0][:1].isupper():
            if len(words) > k and cached_norm(words[-k - 1]) in gaz.demonyms:
                return written_role(words[-k - 1 :], 1, gaz)
            return written_role(cand, 0, gaz)
    return ""


def _ends_title(text: str, s: int, e: int, gaz: Gazetteer, label: str = "") -> bool:
    """True when the span is the last word(s) of a title ("Secretary of State"), or what a
    title is "for" or "of" ("High Commissioner for Operations") when it is no place or body
    a gazetteer knows."""
    before = text[max(0, s - 40) : s].split()
    for k in range(1, min(len(before), gaz.max_title_words - 1) + 1):
        if is_title(cached_norm(" ".join([*before[-k:], text[s:e]])), gaz):
            return True
    key = cached_norm(text[s:e])
    known = key in gaz.places or key in gaz.organizations
    of_body = len(before) >= 2 and before[-1] in ("for", "of")
    if label in ("ORG", "PERSON", "NORP") and of_body and not known:
        # "commander of Joint Task Force-Haiti": a name of three words or more holding a body's
        # word is the body the title is of, not a portfolio ("Commissioner for Operations")
        parts = key.replace("-", " ").split()
        body = len(parts) >= 3 and any(w in gaz.org_suffixes for w in parts) and label == "ORG"
        # "Executive Director of UN Women", "Executive Secretary of ESCWA": a body's acronym in
        # the name makes it the body the title is of; a portfolio is written in words
        body = body or (label == "ORG" and any(_CAPITALS.fullmatch(w) for w in text[s:e].split()))
        return is_title(cached_norm(before[-2]), gaz) and not body
    if label != "PERSON" and key not in gaz.countries and key not in gaz.organizations:
        # a state or province the text names again ("Lord Chief Justice for Northern Ireland",
        # "the Northern Ireland Assembly") is an actor as a country is; a region a title is for
        # and nothing else is a portfolio ("Minister for the Middle East", "for the Far North")
        again = key in gaz.subdivisions and text.count(text[s:e]) > 1
        return not again and _portfolio(text, s, gaz)
    return False


_SENTENCE_END = re.compile(r"[^A-Z.][.!?:;]$")


def _portfolio(text: str, s: int, gaz: Gazetteer) -> bool:
    """A region a title is "for": "Minister for the Middle East and North Africa" names a
    portfolio, not two actors (a country stays an actor)."""
    before = text[max(0, s - 80) : s].rsplit("\n", 1)[-1].split()
    for k in range(len(before) - 1, max(0, len(before) - 9), -1):
        word = before[k]
        if word == "for":  # a capitalised title: "Minister for X", not "pushed leaders for X"
            return before[k - 1][:1].isupper() and is_title(cached_norm(before[k - 1]), gaz)
        if _SENTENCE_END.search(word) or not (word in ("the", "and", "&") or word[:1].isupper()):
            return False
        if is_title(cached_norm(word), gaz):
            return False  # "Spokesman for UN Secretary-General X": X has a title of their own
    return False


def _before_type_code(text: str, s: int, e: int) -> int:
    """The end of a body's name before a craft's type code after it, with the craft's own name
    in capitals ("Royal Air Force A400M", "U.S. Army UH-60 Black Hawk": the aircraft is no
    part of the body); a code opening the name ("G20") stays."""
    words = text[s:e].split(" ")
    for k in range(1, len(words)):
        if TYPE_CODE.fullmatch(words[k]):
            craft = all(w[:1].isupper() for w in words[k + 1 :] if w)
            return s + len(" ".join(words[:k])) if craft else e
    return e


def clean_mention(
    text: str, source: int, s: int, e: int, label: str, gaz: Gazetteer
) -> Mention | None:
    """The clean span of a raw entity, or None when nothing name-like is left."""
    s, e = trim_page_residue(text, s, e)
    close = text.find(")", s, e)
    if close != -1 and text.find("(", s, close) == -1 and text[close:e].strip(_TRAILING_JUNK):
        s = close + 1  # "D.C.)--U.S.": a dateline's bracket closes before the name
    while s < e and text[s] in _LEADING_JUNK:
        s += 1
    while e > s and text[e - 1] in _TRAILING_JUNK:
        e -= 1  # "Agency for International Development (USAID)" loses its ")" here
    cut = text.find(" (", s, e)
    if cut != -1 and text.find(")", cut, e) == -1:
        e = cut  # "World Health Organization (WHO": the bracket belongs to an acronym
        while e > s and text[e - 1] in _TRAILING_JUNK:
            e -= 1
    article = text.endswith(_ARTICLES, max(0, s - 4), s)
    for art in _ARTICLES:
        if text.startswith(art, s) and e - s > len(art):
            s += len(art)
            article = True
            while s < e and text[s] in _LEADING_JUNK:
                s += 1  # 'the "Blue Marine Foundation': the quote opens the name
            break
    if text.endswith(_POSSESSIVE, s, e):
        e -= 2
    elif e - s > 2 and text[e - 1] in "’'" and text[e - 2] in "sS":
        e -= 1
    while e > s and text[e - 1] in _TRAILING_JUNK:
        e -= 1
    e = without_trailing_function_words(text, s, without_glued_date(text, s, e))
    e = before_slash_credit(text, s, e, gaz)  # "UN-Habitat/Shehla Alhialy": a photo's credit
    if label == "ORG":
        e = before_rank(text, s, e, gaz)
    if label == "PERSON":
        e = drop_event_words(text, s, e, gaz)
        s = after_case_party(text, s, e)  # "Prosecutor v. Blagoje Simić": the person
    e = _before_type_code(text, s, e)  # "Royal Air Force A400M", "... UH-60 Black Hawk"
    role = ""
    if label in ("PERSON", "ORG", "NORP") and not _org_like(text[s:e], gaz):
        s, role = _strip_inner_titles(text, s, e, gaz)
    if label == "PERSON" or (label in ("ORG", "NORP") and role):
        s = particles_before(text, s)
    if e - s < 2 or e - s > 100:
        return None
    ordinal = _ORDINAL_BEFORE.search(text, max(0, s - 6), s) if label == "ORG" else None
    if ordinal and _CAPITALS.fullmatch(text, s, e):
        s = ordinal.start()  # "2nd BCT": the ordinal belongs to the unit's name
    name = text[s:e]
    if not name[0].isupper() and not name[0].isdigit() and not starts_with_particle(name):
        return None
    ship = named_ship(text, s, name)
    if ship:
        label = "ORG"  # "USS Carl Vinson" named again: a unit of the story, whatever the label
    if (
        _ends_title(text, s, e, gaz, label)
        or starts_title(text, s, e, gaz)
        or (is_vessel(text, s, name) and not ship)
    ):
        return None  # "State" in "Secretary of State" is part of a title, not a body
    key = cached_norm(name)
    words = key.split()
    if only_a_thing(text, name, words, gaz):
        return None  # an agreement, a zone, a storm, an operation or supplies: not an actor
    if not any(c.isalpha() for c in name) or key in gaz.non_actors:
        return None
    if _EMAIL.match(text, s) and (s == 0 or not _EMAIL_CHAR.match(text, s - 1)):
        return None  # "KabulACS@state.gov": an e-mail address, where to write, no actor
    if is_page_label(text, s, e, words, gaz):
        return None  # "Springfield, Ill.", a word cut at the copy's end, "Press Statement"
    if is_title(key, gaz) or key in gaz.honorifics:
        return None  # a rank or a form of address alone ("Gen.", "H.E.") is never a person
    if label == "PERSON" and _body_and_title(name, words, gaz):
        return None  # "CND Chairperson", "Kenya Ambassador": a role, no name in it
    if (GLOSSED.match(text, e) and " " not in name) or name in pet_names(text):
        return None  # "shaken by Jinn [evil spirits]": a glossed word; "our dog Rex": a pet
    if label == "PERSON" and cut_from_a_phrase(text, e, gaz):
        return None  # "Foreign Humanitarian" of "Foreign Humanitarian Assistance operations"
    if label == "PERSON" and place_and_noun(text, words, gaz):
        return None  # "Vanuatu Earthquake": an event named by its place, not a person
    if label == "ORG" and (_a_post(words, gaz) or second_portfolio(text, s, e, gaz)):
        return None  # "Political Coordinator", "Minister of X and External Trade": a post
    if is_equipment(name) or names_an_exercise(text, e, name, gaz):
        return None  # "UH-60 Black Hawk", "F-16": equipment; "Balikatan 2024 exercise"
    if names_a_relation(name, gaz):
        return None  # "U.S.-Philippine ties": two countries' relation, not an actor
    if label != "NORP":
        role = title_before(text, s, gaz) or role
    address = honorific_before(text, s, gaz) if label == "PERSON" else personal_address(text, s)
    if ship:
        role = address = ""  # "Commanding Officer HMAS X": the post is its captain's
    return Mention(source, s, e, name, label, role, article, address)


# "Mr", "Ms.": forms of address only a person takes, whatever label the model gave the name
_PERSONAL_ADDRESS = re.compile(r"(?<![\w.])(M(?:r|rs|s|x)\.?) $")


def personal_address(text: str, start: int) -> str:
    """ "Mr" of "Mr Donaldson" the model read as a body: written right before the name (its
    case as written, so "MS" of a ship or "MR" of a code is none)."""
    found = _PERSONAL_ADDRESS.search(text, max(0, start - 6), start)
    return found.group(1) if found else ""


def honorific_before(text: str, start: int, gaz: Gazetteer) -> str:
    """A form of address written right before a name ("Mr" of "Mr Peters"), else ""."""
    window = text[max(0, start - 24) : start]
    if not window.endswith(" "):
        return ""
    words = window.rsplit("\n", 1)[-1].split()
    for k in (2, 1):
        cand = " ".join(words[-k:])
        if len(words) >= k and cand[:1].isupper() and cached_norm(cand) in gaz.honorifics:
            return cand
    return ""


def _body_and_title(name: str, words: list[str], gaz: Gazetteer) -> bool:
    """A body's acronym or a place, then a title: a role written without a name."""
    if len(words) < 2 or not is_title(words[-1], gaz):
        return False
    head = name.rsplit(" ", 1)[0]
    key = " ".join(words[:-1])
    return head.replace(".", "").isupper() or key in gaz.places or key in gaz.organizations


def _a_post(words: list[str], gaz: Gazetteer) -> bool:
    """Words that end with a title and hold no organisation word or "of"/"for": a post
    ("Humanitarian Coordinator", "Chief Envoy"), not the body "Office of the President"."""
    return (
        len(words) >= 2
        and is_title(words[-1], gaz)
        and not any(w in gaz.org_suffixes or w in ("of", "for") for w in words)
    )


def _org_like(name: str, gaz: Gazetteer) -> bool:
    """A known organisation or a name ending in an organisation word ("Union", "Ministry")."""
    key = cached_norm(name)
    return key in gaz.organizations or key.rsplit(" ", 1)[-1] in gaz.org_suffixes


def recall(sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Names the model missed: later uses of a name it labelled elsewhere, dateline places and
    bodies or facilities found by their shape (``analysis/recall.py``)."""
    from briefing_app.analysis.recall import recall_names  # it builds on this module

    return recall_names(sources, mentions, gaz)
