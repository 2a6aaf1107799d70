"""Votes for an actor's type from one mention: the model's label, the words of the name and the
words around it ("X Air Base", "X, a Somali student", "the X camp")."""

from __future__ import annotations

import re
from collections import Counter

from briefing_app.analysis.appearances import party_named
from briefing_app.analysis.bodies import ADMIN_WORDS, FACILITY_WORDS
from briefing_app.analysis.dateline_start import DATELINE, dateline_end
from briefing_app.analysis.gazetteer import Gazetteer, city_names
from briefing_app.analysis.mentions import Mention, cached_norm, is_title
from briefing_app.analysis.merging import is_acronym
from briefing_app.analysis.panels import on_a_panel
from briefing_app.analysis.person_evidence import structure_votes
from briefing_app.analysis.vessels import SHIP_PREFIXES, after_vessel_word
from briefing_app.model import ORGANIZATION, PERSON, PLACE

_LABEL_TYPE = {"PERSON": PERSON, "ORG": ORGANIZATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE}
# Last words of a residence or seat of government ("Elysee Palace", "Downing Street"): a body or
# a place, never a person.
_NOT_PERSON_ENDINGS = frozenset(
    [
        "palace",
        "house",
        "street",
        "square",
        "building",
        "residence",
        "headquarters",
        "hq",
        "castle",
        "kremlin",
        "pentagon",
    ]
)
# Last words of a media outlet's name: an organisation.
_MEDIA_ENDINGS = frozenset(
    [
        "times",
        "news",
        "post",
        "press",
        "herald",
        "tribune",
        "gazette",
        "journal",
        "telegraph",
        "guardian",
        "observer",
        "daily",
        "weekly",
        "radio",
        "tv",
        "television",
        "broadcasting",
        "broadcaster",
        "agency",
        "wire",
        "review",
        "magazine",
    ]
)


_AFTER = re.compile(r" ([a-z]+)\b")
_KIND_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
# facilities a body owns or runs: after a body's name they do not make it a place
_OWNED = frozenset(["base", "airbase", "airport", "port", "harbour", "harbor", "plant", "station"])
# ", a Somali student", ", 34, a mother of three": what only a person is
_PERSON_APPOSITION = re.compile(
    r",(?: \d{1,3},)? (?:a|an) (?:[\w-]+ ){0,2}(?:student|teacher|resident|doctor|nurse|farmer"
    r"|mother|father|grandmother|grandfather|widow|worker|survivor|volunteer|journalist|reporter"
    r"|engineer|lawyer|activist|witness|shopkeeper|driver|pupil|refugee|villager)"
    r"(?=[,.;:]| (?:in|from|at|of|who|and|with|on|for)\b)"  # not "a refugee agency"
)


def type_votes(m: Mention, gaz: Gazetteer, text: str = "") -> Counter:
    votes: Counter = Counter()
    if m.label == "PERSON" and m.article:
        votes[PLACE] += 1  # "the Zaporizhzhia plant": people do not take an article
    elif m.label in _LABEL_TYPE:
        votes[_LABEL_TYPE[m.label]] += 1
    if m.role or m.address:
        votes[PERSON] += 2  # "Minister X", "Ms. X": a post or a form of address
    key = cached_norm(m.text)
    last = key.rsplit(" ", 1)[-1]
    if (last in gaz.org_suffixes and " " in m.text.strip()) or _body_of(key, gaz):
        votes[ORGANIZATION] += 3
    elif last in _MEDIA_ENDINGS and " " in m.text.strip():
        votes[ORGANIZATION] += 2
    elif last in _FORCE_ENDINGS and " " in key:
        votes[ORGANIZATION] += 3  # "Harrow Police", "Velmar Constabulary": a force
    if (
        (key in gaz.subdivisions or key in city_names() or _apostrophe_dropped(m.text))
        and not (m.role or m.address)
        and not is_acronym(m.text)
    ):
        # A town or region of that name: a strong hint, not a rule ("Lincoln" is also a person,
        # and "Ms. Songa" one addressed so).
        votes[PLACE] += 2
    if last in ADMIN_WORDS and " " in key and not _body_of(key, gaz):
        votes[PLACE] += 3  # "Rakhine State", "Cox's Bazar District"
    if last in FACILITY_WORDS and " " in key:
        votes[PLACE] += 4  # "Korvath Air Base", "Dover Air Force Base"
    # a body's word among the name's words ("River Basin Authority"), looked up once
    suffix_word = not gaz.org_suffixes.isdisjoint(key.split())
    if after_vessel_word(text, m.start):
        votes[ORGANIZATION] += 4  # "the frigate Languedoc", "the tug boat Alatau": a ship
    if _BROADCAST_CHANNEL.search(key) or (" " in key and m.text.split()[0] in SHIP_PREFIXES):
        # "Nova Satellite Channel": a broadcaster; "HMS Ocean", "HMAS Adelaide": a ship kept
        # as a unit (``vessels.named_ship``), not the water or the city it is named after
        votes[ORGANIZATION] += 3
    elif last in LANDFORMS and " " in key and not _body_of(key, gaz):
        votes[PLACE] += 3  # "Mozambique Channel", "Gulf of Aden" is a place too
    elif (
        " " in key
        and (last in _GENERIC_LAST or _generic_first(key))
        and not (m.label == "PERSON" and key.count(" ") == 1)
        and not suffix_word  # "River Basin Authority"
    ):
        # "Sea Horse Key", "Ras Al Naqoura", "Cape Verlon": a landform's word; not in a name of
        # two words the model read as a person's, given name and surname ("John Key")
        votes[PLACE] += 3
    # "Coast Guard Station X, Florida", "Bureau of X, National Capital Y, Philippines": a body's
    # word, or a name of several words the model read as a body, is a unit and its country
    body = suffix_word or (m.label == "ORG" and " " in key)
    # a person's full name the model saw is followed by her country ("Amina Yusuf, Kenya,");
    # a name after "near", "in", "from" is a place's ("near Dorro Halane, Somalia")
    full_name = (
        m.label == "PERSON"
        and " " in key
        and not _PLACE_PREPOSITION.search(text, max(0, m.start - 12), m.start)
    )
    if not m.role and not body and not full_name and _qualified_by_place(text, m.end, gaz):
        votes[PLACE] += 3  # "Buulo Fuulay, Somalia", "Alachua, Florida": a place in its region
    first = key.split(" ", 1)[0]
    if " " in key and (first in gaz.org_suffixes or first in _PARTY_FIRST):
        votes[ORGANIZATION] += 2  # "Embassy Bridgetown", "Parti Vert": the body's word first
    if _PERSON_APPOSITION.match(text, m.end):
        votes[PERSON] += 3  # "X, a Somali student", "X, 34, a nurse"
    if text and on_a_panel(m, text):
        votes[PERSON] += 4  # "Before ALDER, BRANT, and COLE, Circuit Judges": the judges
    if " " in key and not suffix_word:
        votes[PERSON] += 2 * party_named(text, m.start, m.end)  # "Mr A for Ola Brenn"
    region = _KIND_AFTER.match(text, m.end)
    if region and region.group(1).lower() in ADMIN_WORDS and " " not in key:
        votes[PLACE] += 2  # "the Ninewa Governorate", "Kayseri Province": the region's kind
    after = _AFTER.match(text, m.end)
    owned = m.label == "ORG" and after and after.group(1) in _OWNED  # "the Korvanta plant"
    if after and (after.group(1) in FACILITY_WORDS or after.group(1) in ADMIN_WORDS) and not owned:
        votes[PLACE] += 2  # "the Gaga camp", "Kayseri province": a place named by its kind
        votes[PLACE] += after.group(1) in _SETTLEMENTS  # "X town": no body is named so
    votes[PLACE] += 4 * _in_dateline(m, text) + 3 * _from_to(m, text)
    acronym = _ACRONYM_AFTER.match(text, m.end)
    if (
        acronym
        and " " in key
        and not _placelike(key, last, gaz)
        and not _initials(m, acronym)
        and not _affiliation(m, acronym, gaz)
    ):
        votes[ORGANIZATION] += 2  # "... Intervention Platform (PIROI)": bodies take acronyms
    if _spelt_body(m.text, _LONG_FORM_AFTER.match(text, m.end), gaz):
        votes[ORGANIZATION] += 3  # "Risda (Rubber Industry Smallholders Development Authority)"
    gloss = _GLOSS_BEFORE.search(text[max(0, m.start - 40) : m.start])
    word = gloss.group(1).lower() if gloss else ""
    if word in gaz.org_suffixes or word in _LEGISLATURES:
        votes[ORGANIZATION] += 3  # "parliament (the Sejm)": the body by its own name
    votes.update(structure_votes(m, gaz, text))
    return votes


# last words of a police force's name, its place before them ("Dorset Police")
_FORCE_ENDINGS = frozenset(["police", "constabulary", "gendarmerie", "carabinieri"])
# a broadcaster's channel, not a strait: a word of broadcasting before "channel"
_BROADCAST_CHANNEL = re.compile(r"\b(?:satellite|tv|television|news|cable|radio) channel$")
# an apostrophe inside a word, as transliterations write a glottal stop ("Sana’a", "Ta'izz")
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z])['’‘ʼ](?=[a-z])")


def _apostrophe_dropped(name: str) -> bool:
    """A city the list spells without the name's inner apostrophe ("Sana’a" as "Sanaa"); not a
    possessive ("Ukraine's")."""
    if not _INNER_APOSTROPHE.search(name) or re.search(r"['’]s\b", name):
        return False
    return cached_norm(_INNER_APOSTROPHE.sub("", name)) in city_names()


# last words of a landform's or a water's name
LANDFORMS = frozenset(
    [
        *("channel", "strait", "straits", "gulf", "bay", "sea", "ocean", "river", "lake"),
        *("mountains", "valley", "peninsula", "islands", "desert", "coast", "basin", "delta"),
        # plurals no surname takes ("Bikini Atolls"; "Keys" is one: Alicia Keys)
        *("atolls", "reefs", "isles"),
    ]
)
# "Name (ABC)": the name defined by an acronym
_ACRONYM_AFTER = re.compile(r" \((?:the )?[A-Z][A-Za-z]{0,3}[A-Z][A-Za-z]{0,6}\)")


# "X (Long Form of a Body)": a bracketed name of capitalised words and function words
_LONG_FORM_AFTER = re.compile(r" \(((?:[A-Z][\w’'-]*|of|for|and|the|on|in)(?: [\w’'-]+){1,9})\)")
_SMALL_WORDS = frozenset(["of", "for", "and", "the", "on", "in"])


def _spelt_body(name: str, long_form: re.Match | None, gaz: Gazetteer) -> bool:
    """A one-word name whose letters are the initials of the bracketed long form after it
    ("Risda (Rubber Industry Smallholders Development Authority)", "IFAD (International Fund
    for ...)"), a long form a body's word ends or opens: the body's acronym, whatever its case."""
    if long_form is None or " " in name or not 2 <= len(name) <= 8 or not name.isalpha():
        return False
    words = long_form.group(1).split()
    initials = "".join(w[0] for w in words if w not in _SMALL_WORDS)
    keys = cached_norm(long_form.group(1)).split()
    return initials.upper() == name.upper() and (
        keys[-1] in gaz.org_suffixes or keys[0] in gaz.org_suffixes
    )


def _initials(m: Mention, acronym: re.Match) -> bool:
    """ "Andrés Manuel López Obrador (AMLO)": a person's name and the initials of its words, a
    person known by them (a body's acronym is not read so: the model labels it no person)."""
    letters = "".join(c for c in acronym.group(0) if c.isupper())
    return m.label == "PERSON" and letters == "".join(w[0] for w in m.text.split()).upper()


def _affiliation(m: Mention, acronym: re.Match, gaz: Gazetteer) -> bool:
    """ "John Ode (ANC) said": a name of two or three words the model read as a person's, none
    a place's, a people's or a body's word, and a bracketed acronym that does not even open
    with its first initial, is the person's party or body, not the name's own acronym ("Indian
    Ocean Relief Platform (PIROI)" is a body's name in another language's order)."""
    words = cached_norm(m.text).split()
    first = next((c for c in acronym.group(0) if c.isupper()), "")
    return (
        m.label == "PERSON"
        and 2 <= len(words) <= 3
        and first != m.text.lstrip()[:1]
        and not any(
            w in gaz.places or w in gaz.demonyms or w in gaz.org_suffixes or w in gaz.titles
            for w in words
        )
    )


def _placelike(key: str, last: str, gaz: Gazetteer) -> bool:
    """A place's own word is in the name ("Kurdistan Region of Iraq", "X Strait"), or a
    gazetteer knows it."""
    words = set(key.split())
    return (
        words & ADMIN_WORDS  # "Kurdistan Region of Iraq"
        or last in FACILITY_WORDS
        or last in LANDFORMS
        or last in _GENERIC_LAST
        or last in gaz.places
        or last in gaz.subdivisions
        or key in gaz.places
    )


# generic words of landforms that stand last or first in a place's name (the feature terms of
# gazetteers such as GeoNames: key, cay, cape, ras, mount, wadi, jebel; "River Nene", the
# British and Australian order of a river's name)
# "park" of a national park, a nature reserve's or an estate's name ("Okavo National Park")
_GENERIC_LAST = frozenset(
    ["key", "cay", "cays", "keys", "isle", "atoll", "reef", "peninsula", "park"]
)
# the word "party" that opens a party's name in French, Spanish and Portuguese, Italian,
# German, Dutch, Polish ("Parti Vert", "Partido Verde", "Partei der Arbeit")
_PARTY_FIRST = frozenset(["parti", "partido", "partito", "partei", "partij", "partia"])
_GENERIC_FIRST = frozenset(
    [
        *("cape", "mount", "mt", "ras", "wadi", "jebel", "jabal", "jabel", "lake", "isla"),
        *("ilha", "river"),
    ]
)


def _generic_first(key: str) -> bool:
    """A landform's word first ("Cape Verlon", "Lake Orlu"); "River" only before one word
    ("River Nene"): a longer name is a body's named after the river ("River Tamsey Trust")."""
    first = key.split(" ", 1)[0]
    return first in _GENERIC_FIRST and (first != "river" or key.count(" ") == 1)


_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|at|near|from|to|into|outside|inside|around|across|of|towards?)\s+$", re.IGNORECASE
)
# ", Florida," / ", Somalia." after a name: the region or country a place is in
_QUALIFIER = re.compile(r", ([A-Z][\w’'.-]*+(?: [A-Z][\w’'.-]*+){0,2}+)(?=[,;:)]|\s|$)")


def _qualified_by_place(text: str, end: int, gaz: Gazetteer) -> bool:
    """A name followed by a comma and a country or a region ("X, Somalia, on Monday")."""
    found = _QUALIFIER.match(text, end)
    if found is None:
        return False
    key = cached_norm(found.group(1).removesuffix("."))
    return key in gaz.countries or key in gaz.subdivisions


_SETTLEMENTS = frozenset(["town", "village", "city", "island", "settlement"])
_LEGISLATURES = frozenset(["parliament", "legislature", "assembly", "senate", "congress"])
# "speaker of parliament (the Sejm)", "the national assembly, the Majlis,"
_GLOSS_BEFORE = re.compile(r"\b([A-Za-z]+) (?:\(|, )(?:the )?$")
# "from Atata to Tongatapu", "from Mango and Fonoifua to Nomuka": where people go from and to
_FROM_BEFORE = re.compile(r"\bfrom (?:[A-Z][\w’'-]*(?:,| and) )*$")
_TO_AFTER = re.compile(r"(?:(?:,| and) [A-Z][\w’'-]*)* to [A-Z]")
_TO_BEFORE = re.compile(r"\bfrom [A-Z][\w’'-]*(?:(?:,| and)? [A-Z][\w’'-]*)* to $")


def _in_dateline(m: Mention, text: str) -> bool:
    """The place of a dateline ("DHAKA, NOVEMBER 16 –"): where the story was filed."""
    if dateline_end(text, m.start) == m.start:  # also when not at a line's start
        return False
    return DATELINE.match(text, m.start).start("place") == m.start


# a journey's verb or noun before "from": "command passed from A to B" and "a letter from A to
# B" are between people, no journey
_JOURNEY = re.compile(
    r"\b(?:evacuat\w*|mov(?:e|ed|ing)|relocat\w*|fle(?:e|d|eing)|fl(?:y|ew|own|ights?)|"
    r"travel\w*|sail\w*|ship(?:ped)?|transport\w*|taken|brought|carried|ferr\w*|airlift\w*|"
    r"dr(?:ive|ove|iven)|walk\w*|went|came|return\w*|head(?:ed|ing)|road|route|boats?|"
    r"journey\w*|voyage|trips?|displaced|migrat\w*|rescued|trek\w*)\b[^.;:!?]*$",
    re.IGNORECASE,
)


def _from_to(m: Mention, text: str) -> bool:
    """ "evacuated from X to Y": both ends of a journey are places; a name the model tags as a
    person's full name ("from Anna Berg to Mark Sole") never is."""
    if m.label == "PERSON" and " " in m.text.strip():
        return False
    window = text[max(0, m.start - 60) : m.start]
    found = _FROM_BEFORE.search(window) if _TO_AFTER.match(text, m.end) else None
    found = found or _TO_BEFORE.search(window)
    if found is None:
        return False
    at = max(0, m.start - 60) + found.start()
    return _JOURNEY.search(text, max(0, at - 60), at) is not None


def never_person(name_key: str, gaz: Gazetteer) -> bool:
    """A ministry, agency or residence name, or a name joining two with "and", is never a
    person, whatever the votes."""
    words = name_key.split()
    last = words[-1] if words else ""
    if "and" in words[1:-1] and not any(is_title(w, gaz) for w in words):
        # "Fire and Rescue Services", "Housing and Urban Development": two things, no one
        # ("Minister for Trade and Industry Ann Roe" is a post, then its holder)
        return True
    if len(words) == 1:
        return last in _NOT_PERSON_ENDINGS  # "Kremlin", "Pentagon"
    return last in gaz.org_suffixes or last in _NOT_PERSON_ENDINGS or _body_of(name_key, gaz)


def _body_of(key: str, gaz: Gazetteer) -> bool:
    """ "Ministry of Mines", "U.S. Department of State": an organisation word, then "of"/"for"
    and more words."""
    words = key.split()
    return any(
        words[i] in gaz.org_suffixes and words[i + 1] in ("of", "for")
        for i in range(len(words) - 2)
    )
