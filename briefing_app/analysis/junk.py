"""Capitalised phrases that name no actor, found from the phrase's structure: a role headed by
a role noun ("IOM Chief of Mission"), a title the model cut ("Heads" of "Heads of State",
"Airman" of "Airman 1st Class"), a bare plural noun of people ("U.S. Sailors", "Marines"), a
sentence-opening adverb ("Specifically,"), and a single document or storm word ("the Treaty").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.act_nouns import an_act_by
from briefing_app.analysis.addresses import an_address
from briefing_app.analysis.climate_states import a_climate_state
from briefing_app.analysis.common_uses import a_posts_thing, common_uses
from briefing_app.analysis.diseases import a_disease
from briefing_app.analysis.equipment import a_model_name, people_and_code
from briefing_app.analysis.foreign_lines import foreign_cut
from briefing_app.analysis.gazetteer import Gazetteer, looks_demonym
from briefing_app.analysis.generic import generic_word
from briefing_app.analysis.grown_pieces import grown_pieces
from briefing_app.analysis.longer_places import leaders_governments, longer_places
from briefing_app.analysis.mentions import Mention, cached_norm, is_title
from briefing_app.analysis.non_names import non_name, owned_by_plural
from briefing_app.analysis.peoples import plural_role
from briefing_app.analysis.pieces import a_piece
from briefing_app.analysis.role_pieces import runs_into_a_title, suffix_alone
from briefing_app.analysis.things import (
    NOT_ACTOR_FIRST,
    NOT_ACTOR_LAST,
    NUMBERED_KINDS,
    only_a_thing,
)
from briefing_app.analysis.title_words import title_word
from briefing_app.analysis.vessels import SHIP_PREFIXES, is_vessel
from briefing_app.analysis.work_titles import in_quoted_title

# last words of laws' names beside those of things.NOT_ACTOR_LAST ("... Regulations 2020")
_LAW_WORDS = frozenset(["regulations", "measure", "bill", "statute", "code"])
# nouns that head a role "of" something: "Head of Mission", "Chief of Mission"
_ROLE_HEADS = frozenset(["head", "chief", "deputy"])
_WORDS_AFTER = re.compile(r"[ \t]+((?:[\w.’'-]+[ \t]+){0,3}[\w.’'-]+)")
# a count or "other" right before a plural: "other U.S. Sailors", "two Veldrian Soldiers"
_COUNTED = re.compile(
    r"\b(?:other|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|several"
    r"|many|some|more|few|fellow|\d+)\s+$",
    re.IGNORECASE,
)
# ", a volunteer from Tarn," after a name: a noun phrase set off by commas says who it is
# (no clause: "Finally, a deal was reached, ..." has a verb between its commas)
_APPOSITION = re.compile(
    r", (?:a|an)(?: (?!(?:was|were|is|are|has|had|have|will|would)\b)[\w’'-]+){1,7},"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
_AFTER_LOWER = re.compile(r"(?<![\w’'-])(?:the|a|an|of|to|and|or|in|on|at)[ \t]$")


def without_no_actors(
    mentions: list[Mention], texts: Sequence[str], gaz: Gazetteer
) -> list[Mention]:
    """The mentions that may name actors (a place grown to the longer place it ends, see
    ``longer_places``): ``no_actor`` ones left out, and every mention in its
    source of a word the source glosses as a post held by a named person ("the Llywydd (Elin
    Jones)", then "Llywydd, I thank ...")."""
    mentions = longer_places(grown_pieces(mentions, texts), texts, gaz)  # "Police" "Scotland"
    mentions = foreign_cut(mentions, texts, gaz)  # "Je suis ...", "de la Commission"
    leaders_governments(mentions, texts, gaz)
    posts = {
        (m.source, cached_norm(m.text))
        for m in mentions
        if not m.role and _post_of_named_person(texts[m.source], m.start, m.end, m.text, gaz)
    } | common_uses(mentions, texts, gaz)  # "a European Arrest Warrant", "Our Agency"
    # the last words of people's full names, by source: "Storm" of "Ann Storm" is her surname
    surnames = {
        (m.source, cached_norm(m.text).rsplit(" ", 1)[-1])
        for m in mentions
        if m.label == "PERSON"
        and " " in m.text.strip()
        and cached_norm(m.text).rsplit(" ", 1)[-1] not in NOT_ACTOR_LAST  # "X Roadmap"
    }
    return [
        m
        for m in mentions
        if (m.source, cached_norm(m.text)) not in posts
        and not no_actor(texts[m.source], m, gaz, (m.source, cached_norm(m.text)) in surnames)
    ]


def no_actor(text: str, m: Mention, gaz: Gazetteer, surname: bool = False) -> bool:
    """True when the clean mention ``m`` of ``text`` is no actor (see the module's text);
    ``surname``: the word ends a person's full name in the same source (never a storm's word)."""
    if owned_by_plural(m):
        return True  # "the Leaders' Summit": a meeting, "Leaders'" read as a role
    if a_posts_thing(cached_norm(m.text).split(), m.text, gaz):
        return True  # "a Director General's Commendation": an award (its post read as a role)
    if suffix_alone(text, m.start, m.text, gaz):
        return True  # "QC" of "Minister Ann Roe QC": the role read before the name is hers
    if m.role or m.address:
        return False  # "Mr Storm", "Minister Early": a person's name
    s, e, name, label = m.start, m.end, m.text, m.label
    words = cached_norm(name).split()
    if not words:
        return False
    return (
        _role_phrase(name, words, gaz)
        or _cut_title(text, e, words, gaz)
        or runs_into_a_title(text, s, e, name, words, gaz)  # "WFP Country" + " Director Ann Roe"
        or _people_plural(text, s, name, words, label, gaz)
        or _opening_adverb(text, s, e, name, label)
        or (name in SHIP_PREFIXES and is_vessel(text, s, name))  # a recalled "USS" too
        or _opens_a_documents_name(text, e, words, gaz)
        or (
            len(words) == 1
            and not surname
            and _thing_word(words[0])
            and _no_person(text, label, name)
        )
        or a_piece(text, m, words, gaz)
        or (len(words) > 1 and words[-1] in NOT_ACTOR_LAST and only_a_thing(text, name, words, gaz))
        or generic_word(text, m, words, gaz)
        or non_name(text, m, words, gaz)
        or title_word(text, m, words, gaz)  # "State Secretary", "across the State"
        or a_model_name(text, s, e, " ".join(words), gaz)
        or people_and_code(text, e, name, gaz)
        or plural_role(words, gaz)
        or a_disease(words)
        or an_address(text, s, e, name)
        or an_act_by(text, s, e, name, gaz.org_suffixes)  # "Speech by Minister ..."
        or (in_quoted_title(text, s, e) and not gaz.knows(" ".join(words)))
        or _a_format_thing(words, gaz)  # "PDF-Version", "RSS Feed"
        or a_climate_state(text, m, words, gaz)  # "an El Niño was likely"
        or (label != "PERSON" and not surname and _compass_points(words))  # "the West"
    )


# the points of the compass: alone ("rainfall in the West", "the North and South", "West" cut
# from "West and Central Africa") they are directions, no place's name
_COMPASS_POINTS = frozenset(
    ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]
)


def _compass_points(words: list[str]) -> bool:
    """The words are points of the compass, perhaps joined by "and" ("North and South")."""
    return all(
        w in _COMPASS_POINTS or (w == "and" and 0 < i < len(words) - 1) for i, w in enumerate(words)
    )


# what a page offers in a format: "PDF-Version", "RSS Feed", "HTML version"
_FORMAT_THINGS = frozenset(["version", "feed", "feeds", "file", "format", "edition", "download"])


def _a_format_thing(words: list[str], gaz: Gazetteer) -> bool:
    """A never-actor word (a file or feed format, ``non_actors.txt``) and the thing in it."""
    return (
        len(words) >= 2 and words[-1] in _FORMAT_THINGS and " ".join(words[:-1]) in gaz.non_actors
    )


def _thing_word(word: str) -> bool:
    return word in NOT_ACTOR_LAST or word in NOT_ACTOR_FIRST


def _no_person(text: str, label: str, word: str) -> bool:
    """Not read as a person, or the word also ends a longer name in the text ("Roadmap" after
    "the Public Sector Modernization Roadmap"): the thing's short form, no one's name."""
    return label != "PERSON" or re.search(rf"[A-Z][\w’'-]* {re.escape(word)}\b", text) is not None


def _role_phrase(name: str, words: list[str], gaz: Gazetteer) -> bool:
    """ "UNIFIL Head of Mission", "IOM Chief of Mission and Force", "EU Heads of Mission": a
    body, then a role noun (or its plural) and "of": the phrase is the role, not the body
    (which is named on its own); so is "Head of Mission" alone."""
    if len(words) > 2 and words[0] in _ROLE_HEADS and words[1] == "of":
        return True  # "Head of Mission" alone: a role written without its holder
    for i in range(1, len(words) - 1):
        if words[i + 1] != "of":
            continue
        plural = words[i] not in _ROLE_HEADS and _role_head(words[i])  # "Heads", "Chiefs"
        after = words[i + 2 :]  # "Heads of Mission", not "Chiefs of Staff Committee"
        if plural and len(after) > 1 and after[-1] in gaz.org_suffixes:
            return False
        if plural or words[i] in _ROLE_HEADS or is_title(words[i], gaz):
            head = name.split()[:i]
            key = " ".join(words[:i])
            body = all(w.replace(".", "").isupper() for w in head)
            return body or key in gaz.organizations or key in gaz.places
    return False


def _role_head(word: str) -> bool:
    """A role noun that heads a role "of" something, or its plural ("Heads of Mission")."""
    return word in _ROLE_HEADS or _singular(word) in _ROLE_HEADS


def _singular(word: str) -> str:
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return ""


def _cut_title(text: str, e: int, words: list[str], gaz: Gazetteer) -> bool:
    """A name the model cut from a title, written on: "Heads" + "of State", "Airman" + "1st
    Class"."""
    after = _WORDS_AFTER.match(text, e)
    if after is None or len(words) > 2:
        return False
    one = _singular(words[-1])
    more = cached_norm(after.group(1)).split()
    for j in range(1, len(more) + 1):
        tail = " ".join(more[:j])
        if is_title(" ".join([*words, tail]), gaz):
            return True
        if one and is_title(" ".join([*words[:-1], one, tail]), gaz):
            return True
    return False


def _people_plural(
    text: str, s: int, name: str, words: list[str], label: str, gaz: Gazetteer
) -> bool:
    """ "US Forces", "other U.S. Sailors", "Marines": a plural noun after a country that the
    text also writes in lower case or counts ("other", "two", "several"), or a plural alone
    whose singular opens a longer name ("Marine Corps"): members of a service, a group and no
    actor."""
    if label == "PERSON" or len(words) > 3:
        return False
    last = words[-1]
    one = _singular(last)
    if not one or len(one) < 4 or name.replace(".", "").isupper():
        return False
    before = " ".join(words[:-1])
    if before and not (before in gaz.places or looks_demonym(before, gaz)):
        return False
    if gaz.knows(cached_norm(name)) or last.endswith(_CARRIER_HEADS):
        return False
    # in prose, not in an address ("reuters.com", "marines.mil")
    lower = re.search(rf"(?<![\w./@-]){re.escape(last)}(?![\w-]|\.\w)", text) is not None
    written = name.split()[-1]
    # "Marine Corps": the singular opens a longer name; not "Green Party" ("the Greens" are the
    # party: a party's members named by its adjective name the party itself)
    opens = re.finditer(rf"\b{re.escape(written[: len(one)])} ([A-Z][\w-]*)", text)
    modifier = any(cached_norm(o.group(1)) not in _PARTY_WORDS for o in opens)
    counted = _COUNTED.search(text, max(0, s - 12), s) is not None
    if not before and _crew_plural(text, written):
        return True  # "2,500 Sailors", "Soldiers, Airmen, Marines, Sailors and Guardians"
    if before and _crew_plural(text, written):
        return True  # "American Airmen" beside "more than 300 Airmen": a country's crews
    return (before and (lower or counted)) or (not before and modifier)


# endings of plural nouns of people by what they do or are ("sailors", "airmen", "guardians",
# "marines", "soldiers", "volunteers"): never those of a firm's name ("Siemens", "Thales")
_CREW_ENDINGS = ("ors", "ers", "men", "ians", "ists", "ines", "ants", "ents", "ees")
_CREW_WORD = r"[A-Z][a-z]+(?:" + "|".join(_CREW_ENDINGS) + r")"
_COUNT_BEFORE = (
    r"(?:\d[\d,]*|other|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of"
    r"|thousands of|several|many|fellow)[ \t]+"
)


def _crew_plural(text: str, word: str) -> bool:
    """A capitalised plural noun of people written alone ("Sailors") that the text counts
    somewhere ("2,500 Sailors", "other Sailors") or lists beside another such plural ("Marines,
    Sailors and Guardians"): members of a service, a group and no actor."""
    if not word.isalpha() or not word[1:].islower() or not word.endswith(_CREW_ENDINGS):
        return False
    w = re.escape(word)
    # counted, and the noun phrase's head: not "two Reuters journalists"
    if re.search(rf"(?<![\w’'.-]){_COUNT_BEFORE}{w}\b(?![ \t]+[a-z]+s\b)", text):
        return True
    pair = rf"(?<![\w’'-])({_CREW_WORD}),?[ \t]+(?:and[ \t]+)?(?=({_CREW_WORD})\b)"
    return any(
        word in found.groups() and found.group(1) != found.group(2)
        for found in re.finditer(pair, text)
    )


# heads of compounds that name a carrier or a network, never people ("Kenya Railways",
# "Philippine Airlines", "British Airways"): a plural of things that names the body running them
_CARRIER_HEADS = ("lines", "ways")
_PARTY_WORDS = frozenset(["party", "parties"])


def _opening_adverb(text: str, s: int, e: int, name: str, label: str = "") -> bool:
    """ "Specifically, ...": one word ending in -ly that opens a sentence before a comma; not a
    person the model saw, set off by an apposition ("Shelly, a volunteer from Tarn, said")."""
    if " " in name or not name.endswith("ly") or len(name) < 6:
        return False
    if not text.startswith(",", e):
        return False
    # at a sentence's start, or after a lower-case word where no name goes ("mandates the
    # Specifically, in fiscal years": a page's columns run together)
    opening = _SENTENCE_START.search(text[max(0, s - 3) : s]) or _AFTER_LOWER.search(
        text, max(0, s - 5), s
    )
    if not opening:
        return False
    if label == "PERSON" and _APPOSITION.match(text, e):
        return False
    word = name.lower()  # its adjective, written elsewhere: "specific", "final", "happy"
    stems = {word[:-2], word[:-4] if word.endswith("ally") else "", word[:-3] + "y"}
    rest = text[:s] + text[e:]
    return any(len(t) > 3 and re.search(rf"\b{re.escape(t)}", rest) for t in stems)


# "the Llywydd (Elin Jones)", "the Speaker (Mr Oren Lask)": a post, then its holder in brackets
_HOLDER_AFTER = re.compile(
    r" \((?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.? )?([A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,2})\)"
)


def _post_of_named_person(text: str, s: int, e: int, name: str, gaz: Gazetteer) -> bool:
    """A single word after "the" with a person's name in brackets is that person's post."""
    if " " in name or not text.endswith("the ", max(0, s - 4), s):
        return False
    found = _HOLDER_AFTER.match(text, e)
    if found is None:
        return False
    holder = cached_norm(found.group(1)).split()
    return not gaz.knows(" ".join(holder)) and not any(w in gaz.org_suffixes for w in holder)


# title-case words and bracketed parts written on after a name ("(Air Quality) (Wales) Act")
_NAME_GOES_ON = re.compile(r"((?: \([A-Z][^()\n]{0,60}\)| [A-Z][\w’'-]*){1,8})(?: \d{4})?")


def _opens_a_documents_name(text: str, e: int, words: list[str], gaz: Gazetteer) -> bool:
    """ "Environment" of "the Environment (Air Quality) (Wales) Act 2024": the model cut a
    law's name at its bracket; the first word alone names nothing."""
    if gaz.knows(" ".join(words)):
        return False
    found = _NAME_GOES_ON.match(text, e)
    if found is None or " (" not in found.group(1):
        return False
    last = cached_norm(found.group(1).rsplit(" ", 1)[-1])
    return last in NOT_ACTOR_LAST or last in NUMBERED_KINDS or last in _LAW_WORDS
