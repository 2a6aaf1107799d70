"""Names of things, not actors: documents, areas, storms, operations, supplies, equipment
and exercises ("Paris Agreement", "Hurricanes X and Y", "Health Kits", "UH-60", "Balikatan
2024 exercise"), events named by their place ("Vanuatu Earthquake"), words glossed in
brackets and pets."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.gazetteer import Gazetteer, looks_demonym, norm

# Last and first words of names that are not actors: documents, areas, storms, operations.
NOT_ACTOR_LAST = frozenset(
    [
        "agreement",
        "accord",
        "accords",
        "treaty",
        "act",
        "convention",
        "protocol",
        "declaration",
        "charter",
        "memorandum",
        "zone",
        "initiative",
        "strategy",
        "doctrine",
        # supplies and equipment ("Emergency Health Kits"): things sent, not who sends them
        "kit",
        "kits",
        "supplies",
        "equipment",
        "rations",
        # plans and policies ("Regional Refugee Response Plan 2023", "Public Sector
        # Modernization Roadmap"): documents
        "plan",
        "plans",
        "roadmap",
        "policy",
        "framework",
        "guidelines",
        # humanitarian documents, after ReliefWeb's content formats ("Post-Disaster Needs
        # Assessment", "Flash Appeal"): what is written, not who writes it
        "assessment",
        "appeal",
        "bulletin",
        "evaluation",
        # diseases ("Marburg Virus Disease"): what strikes, not who acts
        "disease",
        "virus",
        "syndrome",
        "fever",
        # weapons ("Anti-Ship Cruise Missile"): what is fired, not who fires it
        "missile",
        "missiles",
        "rocket",
        "rockets",
        # restrictive measures ("UN Arms Embargo"): what is imposed, not who imposes it
        "embargo",
        "embargoes",
        # filings to a court or an agency, after the International Court of Justice's kinds of
        # proceedings and the US Federal Register's ("ESA Petition", "Request for ..."): what is
        # filed, not who files it
        *("petition", "petitions", "motion", "motions"),
        # money voted and aims agreed ("Budget 2018", "Sustainable Development Goals"), and a
        # crisis named ("Global Financial Crisis"): what is spent, aimed at or lived through
        *("budget", "budgets", "goals", "crisis"),
    ]
)
NOT_ACTOR_FIRST = frozenset(
    [
        *("cyclone", "hurricane", "typhoon", "storm", "operation", "exercise"),
        *("cyclones", "hurricanes", "typhoons", "storms", "operations", "exercises"),
        *("request", "requests", "application", "applications"),  # filings, as above
        # instruments exchanged between states, after the UN Treaty Handbook's "exchange of
        # letters" ("Letter of Exchange", "Letter of Intent"): what is signed, not who signs it
        *("letter", "letters"),
    ]
)


_SUPPLY_WORDS = frozenset(["kit", "kits", "supplies", "equipment", "rations"])
_FIRM = r"(?:firm|company|supplier|business|manufacturer|distributor|retailer|wholesaler|maker)"
_AGENT_VERB = (
    r"(?:said|says|announced|employs|employed|reported|confirmed|stated|told|added|warned|"
    r"blamed|plans|planned|opened|runs|sells|sold|hired|signed|is a|was a)"
)
# "X, a private firm, said", "X announced", "the chief executive of X"
_AGENT_AFTER = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}{_FIRM}\b|(?:,[^,.;:!?\n]{{1,60}},)?\s+{_AGENT_VERB}\b"
)
_AGENT_BEFORE = re.compile(
    r"\b(?:executive|director|owner|head|founder|manager|chairman|chairwoman|chair|staff|"
    r"employees|workers|spokesman|spokeswoman|spokesperson) (?:of|at) (?:the )?$",
    re.IGNORECASE,
)


def a_supplier(text: str, name: str, words: list[str]) -> bool:
    """A company named for what it sells ("Ostra Medical Supplies"): the text has it act
    ("X said", "X, a private firm,") or staff it ("the chief executive of X"); supplies handed
    out ("Health Kits were distributed") never act."""
    if not words or words[-1] not in _SUPPLY_WORDS:
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        before = text[max(0, m.start() - 30) : m.start()]
        if _AGENT_AFTER.match(text, m.end()) or _AGENT_BEFORE.search(before):
            return True
    return False


# a numbered name that acts: the subject of a verb in the past, maybe listed with another name
# ("Article 19 and Reporters Without Borders condemned the arrest"); no instrument acts so
_ACTS_AFTER = re.compile(
    r"(?: (?:and|&) [A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|for|without|the)){0,5})?"
    r",? (?!(?:was|were|is|are|has|had|have|will|would|shall)\b)"
    r"(?:[a-z]{2,}ed|said|told|urged|warned|wrote|sent|called|sued|won|lost|met|began)\b"
)


# a body's word, then what it is "of", "on" or "for": "Committee on Budgets", "Office for ..."
_BODY_OF = frozenset(["of", "on", "for"])


def names_a_body(text: str, name: str, words: list[str], gaz: Gazetteer) -> bool:
    """A body named like a thing: "Court of Appeal", "Committee on Budgets" (a body's word
    heads the name; what follows "of", "on" or "for" is its business, no known place or
    body), or a numbered name that acts ("Article 19 condemned the arrest")."""
    if 3 <= len(words) <= 6 and words[1] in _BODY_OF and words[0] in gaz.org_suffixes:
        return not any(w in gaz.places or w in gaz.organizations for w in words[2:-1])
    if len(words) != 2 or words[0] not in NUMBERED_KINDS or not words[1].isdigit():
        return False
    return any(
        _ACTS_AFTER.match(text, m.end())
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    )


# "Member States", "Partner Nations", "Donor Countries": the members of some body, no actor
_MEMBERS_FIRST = frozenset(["member", "members", "partner", "donor"])


# kinds of numbered instruments and stages ("Standing Order 26.75", "Bill 2010", "IPC Phase
# 4"): the numbered parts of legislative drafting and of graded scales, never a body
NUMBERED_KINDS = frozenset(
    [
        *("order", "bill", "resolution", "article", "section", "rule", "decree", "regulation"),
        *("directive", "amendment", "paragraph", "chapter", "annex", "clause", "proclamation"),
        *("ordinance", "circular", "phase", "stage", "level", "category", "no", "number"),
    ]
)


def names_a_thing(words: list[str]) -> bool:
    """A name (normalised words) of a document, an area, a storm, an operation or supplies, a
    numbered instrument or stage ("Standing Order 26.75"), or the members of a body ("Member
    States")."""
    numbered = len(words) >= 2 and words[-1].isdigit()
    while len(words) > 1 and words[-1].isdigit():
        words = words[:-1]  # "Response Plan 2023": the plan of a year
    if numbered and words and (words[-1] in NUMBERED_KINDS or words == ["budget"]):
        return True  # "Standing Order 26.75", "Budget 2018": the budget of a year
    if len(words) < 2:
        return False
    if words[-1].endswith("s") and words[-1][:-1] in NUMBERED_KINDS:
        return True  # "Standing Orders": the instruments a "Standing Order 54" is one of
    members = words[0] in _MEMBERS_FIRST and words[-1].endswith("s")
    return members or words[-1] in NOT_ACTOR_LAST or words[0] in NOT_ACTOR_FIRST


# "UH-60", "CH-47", "F-16C", "COVID-19"
_DESIGNATION = re.compile(r"[A-Z]{1,5}-\d{1,4}[A-Za-z]?\b")
# an aircraft's or a vehicle's type after a name ("A400M", "C-17"); never "G20"
TYPE_CODE = re.compile(r"[A-Z]{1,4}(?:-\d{1,4}[A-Za-z]?|\d{2,4}[A-Z])")
_EXERCISE_AFTER = re.compile(
    r"\s+(?:\d{4}\s+)?(?:exercises?|drills?|manoeuvres|maneuvers|war ?games|games|festival)\b"
)


def names_an_exercise(text: str, e: int, name: str, gaz: Gazetteer) -> bool:
    """ "the Balikatan 2024 exercise": the name of an exercise or an event, not an actor; a
    place, a known body or a body's acronym holds drills ("NATO exercises")."""
    if not _EXERCISE_AFTER.match(text, e):
        return False  # the cheap test first
    key = norm(name)
    return not (key in gaz.places or key in gaz.organizations or name.replace(".", "").isupper())


_MONEY = re.compile(r"(?:USD|EUR|GBP|US\$|A\$)\s?\d")  # "USD1M", "EUR 5 million"


# a class of military vehicle named by its role ("Bradley Fighting Vehicles", "Joint Light
# Tactical Vehicle", "Armored Personnel Carriers", "High Mobility Multipurpose Wheeled
# Vehicles"): a thing, not a body
_VEHICLE_CLASS = re.compile(
    r"(?:^|\s)(?:Fighting|Combat|Tactical|Armou?red|Personnel|Aerial|Amphibious|Assault|Wheeled)"
    r"\s+(?:Vehicles?|Carriers?)$"
)


_OF = re.compile(r"\s(?:of|for)\s", re.I)


def is_equipment(name: str) -> bool:
    """ "UH-60 Black Hawk", "F-16": a designation of an aircraft or a vehicle; "Bradley
    Fighting Vehicles": a class of vehicle by its role; "USD1M": money."""
    if _VEHICLE_CLASS.search(name) and not _OF.search(name):
        return True  # ("Directorate of Combat Vehicles", "Association of ...": a body)
    return _DESIGNATION.match(name) is not None or _MONEY.match(name) is not None


# a translator's gloss in square brackets right after a word: "Jinn [evil spirits]"; an
# editor's note of who a name is ("Lopes [the president]") opens with a determiner: a person
GLOSSED = re.compile(
    r" ?\[(?!(?:the|a|an|his|her|their|its|our|my|then|former) )[a-z][a-z ,'’-]*\]"
)
_PET_NAME = re.compile(
    r"\b(?i:our|my|his|her|their|the|a) (?:dog|cat|puppy|kitten|horse|pony|parrot|pet) ([A-Z]\w+)"
)


@lru_cache(maxsize=64)
def pet_names(text: str) -> frozenset[str]:
    """Names the text gives to animals ("our dog Rex"): never actors, wherever written."""
    return frozenset(_PET_NAME.findall(text))


def place_and_noun(text: str, words: list[str], gaz: Gazetteer) -> bool:
    """A country, then words the text also writes in lower case ("Tessaly Flood Relief" with
    "flood relief" in the text): a subject line or an event's name, no person."""
    if len(words) < 2 or words[0] not in gaz.countries:
        return False
    rest = r"\s+".join(re.escape(w) for w in words[1:])
    if re.search(rf"(?<![\w-]){rest}(?![\w-])", text) is None:
        return False
    return not speaks(text, words)


_SAID = r"(?:said|says|told|added|asked|announced|stated|wrote|replied)"
# "X, who chairs...", "X said", "X, chair of the board, said"; "said X"
_SPEAKER_AFTER = re.compile(rf",\s+(?:who|whose)\b|(?:,[^,.;:!?\n]{{1,60}},)?\s+{_SAID}\b")
_SPEAKER_BEFORE = re.compile(rf"\b{_SAID}\s+$")


def speaks(text: str, words: list[str]) -> bool:
    """The text makes the name (normalised words) a person: "X, who ...", "X said", "said X"."""
    name = re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
    for m in name.finditer(text):
        if _SPEAKER_AFTER.match(text, m.end()) or _SPEAKER_BEFORE.search(
            text, max(0, m.start() - 12), m.start()
        ):
            return True
    return False


def names_a_relation(name: str, gaz: Gazetteer) -> bool:
    """Places or peoples joined by a hyphen ("U.S.-Philippine", "Sino-Russian")."""
    if " " in name or "-" not in name or norm(name) in gaz.places:
        return False
    parts = [norm(p) for p in name.split("-")]
    return len(parts) == 2 and all(
        p in gaz.places or p in gaz.demonyms or looks_demonym(p, gaz) for p in parts
    )


def only_a_thing(text: str, name: str, words: list[str], gaz: Gazetteer) -> bool:
    """The name is of a thing (an agreement, a zone, a storm, an operation or supplies), not of
    a body that supplies things or is named like an instrument ("Article 19 condemned")."""
    return (
        names_a_thing(words)
        and not a_supplier(text, name, words)
        and not names_a_body(text, name, words, gaz)
        and not a_storm_body(words, gaz)
    )


_STORM_FIRST = frozenset(
    ["cyclone", "hurricane", "typhoon", "storm", "cyclones", "hurricanes", "typhoons", "storms"]
)
# the heads of a working body a government sets up, beside the gazetteer's body words
_WORKING_BODY = frozenset(["unit", "units", "taskforce", "taskforces"])


def a_storm_body(words: list[str], gaz: Gazetteer) -> bool:
    """A body named after the storms it watches or the recovery it leads ("Storm Prediction
    Center", "Typhoon Committee", "Cyclone Recovery Unit"): a storm word first, a body's word
    last and no document's ("Cyclone Recovery Plan" stays a thing)."""
    return (
        len(words) >= 2
        and words[0] in _STORM_FIRST
        and words[-1] not in NOT_ACTOR_LAST
        and (words[-1] in gaz.org_suffixes or words[-1] in _WORKING_BODY)
    )
