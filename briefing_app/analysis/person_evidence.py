"""Votes for a person or a place from a name's own structure and the words right around it,
for names the model typed as bodies or places on its weak evidence: a patronymic in the name or
right before it ("Yuriy Khadzymuratavich Kareau", "Alyaksandr Pyatrovich Barsukou"), a
capitalised role noun right before a given name and surname ("Service Chief Masood Farivar"),
and a single word after "in" that no body's word or known body names ("the company in
Welshpool", "violence in Bentiu")."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from briefing_app.analysis.bodies import ADMIN_WORDS
from briefing_app.analysis.body_cues import body_votes
from briefing_app.analysis.foreign_heads import foreign_head_votes
from briefing_app.analysis.gazetteer import Gazetteer, city_names
from briefing_app.analysis.mentions import Mention, cached_norm, is_title
from briefing_app.analysis.place_words import place_votes
from briefing_app.analysis.post_appositions import apposed_post_holder
from briefing_app.analysis.type_cues import type_cues
from briefing_app.model import ORGANIZATION, PERSON, PLACE
from briefing_app.model.dates import MONTHS, WEEKDAYS

# East Slavic patronymics ("-ovich", "-evich", "-avich" of Belarusian, "-ovych" of Ukrainian,
# "-ovna", "-evna" of women): only people carry them
PATRONYMIC = re.compile(
    r"[A-Z][a-z]{2,}(?:ovich|evich|avich|ievich|ovych|evych|ovna|evna|ievna|ichna)"
)
PATRONYMIC_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+$")
# role nouns that head a person's post and are no titles of their own in the gazetteer:
# "VOA Afghan Service Chief Masood Farivar", "Bureau Chief", "Pastor Ann Vale"
_ROLE_BEFORE = re.compile(
    r"(?<![\w-])(?:Chief|Editor|Correspondent|Reporter|Pastor|Activist|Laureate)[ \t]+$"
)
# a person's occupation in lower case right before her name: "human rights lawyer Ana Vell"
_OCCUPATION_BEFORE = re.compile(
    r"(?<![\w-])(?:lawyer|activist|journalist|student|teacher|doctor|nurse|farmer|engineer"
    r"|reporter|photographer|blogger|researcher|professor|writer|poet|artist|singer)[ \t]+$"
)
# endings only surnames take, of the East Slavic, Central Asian and Georgian naming systems
# (not "-ov" alone, which towns take too: "Rostov", "Pskov")
_SURNAME = re.compile(r"[A-Z][a-z]{2,}(?:ayev|yev|aev|iev|enko|chuk|shvili|skaya|ova|eva)")
_NAME_WORD = re.compile(r"[A-Z][a-z’'-]+")
# "in Welshpool", not "in the X", nor a line's heading
_IN_BEFORE = re.compile(r"(?<![\w-])in[ \t]+$")
# "invested in X", "shares in X", "a job in X", "trust in X": "in" of a stake or a belief
_STAKE_IN = re.compile(
    r"(?<![\w-])(?:invest\w*|stakes?|shares?|interests?|jobs?|work\w*|roles?|members?|career"
    r"|trust|faith|confidence|believe\w*|listed|traded)[ \t]+in[ \t]+$",
    re.IGNORECASE,
)


# last words that head the names of political and armed bodies beside the gazetteer's body
# words: "Tigray People's Liberation Front", "National Resistance Movement", "Al-Aqsa Martyrs
# Brigades"; such a head wins over a place's or a people's word inside the name
_BODY_HEADS = frozenset(
    [*("front", "movement", "coalition", "league", "brigade", "brigades", "militia", "militias")]
)
# a transcript's speaker label: a name in capitals opening its line, perhaps a post after a
# comma, then a colon ("KATHY HARBEN: Thank you", "ANTHONY ALBANESE, PRIME MINISTER: ...")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")
_LABEL_AFTER = re.compile(r"(?:,[ \t]+([A-Z][A-Z .,&’'-]{1,60}))?:")


def structure_votes(m: Mention, gaz: Gazetteer, text: str) -> Counter:
    votes: Counter = place_votes(m, gaz, text)  # "the island of Eua", "X volcano"
    votes.update(type_cues(m, gaz, text))  # "social networks like X", "US Envoy A. B"
    votes.update(foreign_head_votes(m, gaz))  # "Comhairle Eorpach", "Guardia Civil"
    key = cached_norm(m.text)
    two_names = m.label == "PERSON" and key.count(" ") == 1  # "Jonas Front": a surname
    if " " in key and key.rsplit(" ", 1)[-1] in _BODY_HEADS and not two_names:
        votes[ORGANIZATION] += 4  # "Tigray People's Liberation Front": a body
    if text and _speaker_label(m, text, key, gaz):
        votes[PERSON] += 6  # outweighs a dateline's place ("KATE ORRIN:" opens a line too)
    after = _WORD_AFTER.match(text, m.end) if text else None
    if after and " " not in key and m.text.isupper() and is_title(cached_norm(after[1]), gaz):
        votes[ORGANIZATION] += 5  # "HHS Secretary Alex Azar": the body a post belongs to
    votes[ORGANIZATION] += 4 * _body_of_people(m, key, gaz, text)
    votes.update(body_votes(m, gaz, text))  # "gas producers X", "editor of X"
    if m.label == "PERSON" or not text:
        return votes
    words = m.text.split()
    known = key in gaz.organizations or key in gaz.places
    body = any(w in gaz.org_suffixes for w in key.split())
    if known or body:
        return votes
    if apposed_post_holder(m, gaz, text):
        votes[PERSON] += 3  # "said Ana Vell, EU Commissioner for ...": a post's holder
    if len(words) == 1 and _SURNAME.fullmatch(m.text) and key not in city_names():
        votes[PERSON] += 3  # "Nazarbayev", "Tymoshenko", "Saakashvili": surnames' endings
    if len(words) == 1 and _given_name_before(text, m.start, gaz):
        votes[PERSON] += 3  # "opposition figure Alexei Navalny": a given name, then this
    before = PATRONYMIC_BEFORE.search(text, max(0, m.start - 30), m.start)
    if any(PATRONYMIC.fullmatch(w) for w in words) or (
        before and PATRONYMIC.fullmatch(before.group(1))
    ):
        votes[PERSON] += 3  # "Yuriy Khadzymuratavich Kareau", "... Pyatrovich Barsukou"
    elif (
        2 <= len(words) <= 3
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and (
            _ROLE_BEFORE.search(text, max(0, m.start - 20), m.start)
            or _OCCUPATION_BEFORE.search(text, max(0, m.start - 20), m.start)
        )
    ):
        votes[PERSON] += 2  # "Service Chief Masood Farivar": a post, then its holder's name
    if (
        m.label == "ORG"
        and len(words) == 1
        and _NAME_WORD.fullmatch(m.text)
        and _IN_BEFORE.search(text, max(0, m.start - 4), m.start)
        and not _STAKE_IN.search(text, max(0, m.start - 20), m.start)
    ):
        votes[PLACE] += 2  # "the company in Welshpool": a town, not a body
    return votes


def own_name_words(full: list[str], gaz: Gazetteer) -> frozenset[str]:
    """The surnames and given names of people's full names (normalised, two to four words):
    "Navalny" of "Alexei Navalny", and "Panupong" of "Panupong Jadnok", which the text then
    writes alone ("Anon and Panupong were released"): a person's, whatever the model's label.
    A first word that is a title, a people's or a place's word is no given name ("Ukrainian
    Volodymyr Zelenskyy", "Kenya Ruto")."""
    words = {n.rsplit(" ", 1)[-1] for n in full}
    for n in full:
        parts = n.split()
        first = parts[0]
        if not (2 <= len(parts) <= 4 and len(first) > 2 and first.isalpha()):
            continue
        if any(w in ADMIN_WORDS or w in gaz.org_suffixes or w in gaz.places for w in parts):
            continue  # "Rakhine State": a region's name the model read as a person's
        if not (
            first in gaz.places
            or first in gaz.demonyms
            or first in city_names()  # "Kinshasa Mbuyi" and "flights to Kinshasa"
            or is_title(first, gaz)
        ):
            words.add(first)
    return frozenset(words)


# a lower-case body's noun right before a one-word name: "nuclear company Rosatom"
_BODY_NOUN_BEFORE = re.compile(r"(?<![\w’'-])([a-z]+)[ \t]+$")


def _body_of_people(m: Mention, key: str, gaz: Gazetteer, text: str) -> bool:
    """A body, whatever the model's label: a name ending in a title's plural ("Indian Ocean
    Rim Ministers": officials meeting as one body, no place); a one-word acronym in a text
    written in mixed case that no post, form of address or speaker's colon goes with
    ("MONUC reiterates": people's names are written in title case); one word after a
    lower-case body's noun ("the state company Rosatom")."""
    words = key.split()
    last = words[-1] if words else ""
    if len(words) >= 2 and last.endswith("s") and is_title(last, gaz):
        return not is_title(key, gaz)  # "Heads of State" is no body
    if len(words) != 1 or m.role or m.address or not text:
        return False
    if m.label == "PERSON" and _caps_acronym(m.text, text, m.end):
        return True
    found = _BODY_NOUN_BEFORE.search(text, max(0, m.start - 20), m.start)
    return found is not None and (
        found.group(1) in gaz.org_suffixes or found.group(1) in _MEDIA_NOUNS
    )


# an outlet's noun right before its one-word name ("the TV channel Nova", "the newspaper
# Arta"); not "broadcaster", which a presenter is too ("veteran broadcaster Odrin")
_MEDIA_NOUNS = frozenset(["channel", "newspaper", "tabloid", "outlet", "website"])


def _caps_acronym(name: str, text: str, end: int) -> bool:
    """Three letters or more in capitals, in a text that writes its prose in mixed case, not
    a transcript's speaker ("BISHOP:") nor a name in capitals the text writes in title case."""
    if len(name) < 3 or not name.isalpha() or not name.isupper():
        return False
    if text.startswith(":", end) or name.title() in text:
        return False
    return _mixed_case(text)


@lru_cache(maxsize=256)
def _mixed_case(text: str) -> bool:
    letters = [c for c in text[:4000] if c.isalpha()]
    return sum(c.islower() for c in letters) > 0.7 * len(letters)


def _speaker_label(m: Mention, text: str, key: str, gaz: Gazetteer) -> bool:
    """Two to four words in capitals opening a line, then a colon (perhaps after a post):
    the speaker of a transcript; never a place or a body a list knows ("NEW YORK:")."""
    words = key.split()
    if not 2 <= len(words) <= 4 or not m.text.replace(" ", "").replace(".", "").isupper():
        return False
    if text[text.rfind("\n", 0, m.start) + 1 : m.start].strip():
        return False
    if key in gaz.places or key in gaz.organizations or any(w in gaz.org_suffixes for w in words):
        return False
    label = _LABEL_AFTER.match(text, m.end)
    if label is None:
        return False
    post = label.group(1)  # "PRIME MINISTER": a title after the comma; not "VANUATU"
    return (post is not None and is_title(cached_norm(post), gaz)) or _labels(text) >= 2


# a line that opens on words in capitals and a colon: a transcript's speaker label, or a
# dateline ("NEW YORK:"); a text with two or more is a transcript
_LABEL_LINE = re.compile(r"(?m)^[A-Z][A-Z .’'-]+(?:,[ \t]+[A-Z][A-Z .,&’'-]{1,60})?:")


@lru_cache(maxsize=256)
def _labels(text: str) -> int:
    return len(_LABEL_LINE.findall(text))


# a lower-case word, then one capitalised word right before the name ("figure Alexei X")
_GIVEN_BEFORE = re.compile(r"(?<![\w’'-])[a-z]+[ \t]+([A-Z][a-z]{2,})[ \t]+$")


def _given_name_before(text: str, s: int, gaz: Gazetteer) -> bool:
    """One capitalised word inside a sentence right before a one-word name, which no list
    knows as a place, a people, a title, a body's or a landform's word, a month or a
    weekday: a given name, and the name a surname ("figure Alexei Navalny")."""
    found = _GIVEN_BEFORE.search(text, max(0, s - 40), s)
    if found is None:
        return False
    word = cached_norm(found.group(1))
    return not (
        word in gaz.places
        or word in gaz.demonyms
        or word in gaz.stopwords
        or word in gaz.org_suffixes
        or word in gaz.organizations
        or is_title(word, gaz)
        or word in _NOT_GIVEN
        or word in city_names()
    )


_NOT_GIVEN = frozenset(
    [
        *(m.lower() for m in MONTHS),
        *(d.lower() for d in WEEKDAYS),
        *("camp", "mount", "lake", "cape", "fort", "port", "saint", "st", "san", "santa"),
        *("north", "south", "east", "west", "northern", "southern", "eastern", "western"),
    ]
)
