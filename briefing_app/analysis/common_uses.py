"""Capitalised words a text once uses as a common noun or a post, so that nowhere in that text
do they name an actor: "the execution of a European Arrest Warrant," (an instance of a kind:
a name takes no indefinite article), "Our Agency is looking" (a possessive determiner before
one word), "The Tánaiste and Minister for Defence, ..." (one word and a title under one article:
two posts of one holder), "disputes between States”," (a plural after "between"). And a thing
named by a post's possessive ("a Director General's Commendation", "the Minister's Award"): an
award or a programme, no body."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from briefing_app.analysis.classifiers import a_kind_word
from briefing_app.analysis.gazetteer import Gazetteer, city_names
from briefing_app.analysis.generic import PHRASE_ENDS
from briefing_app.analysis.mentions import Mention, cached_norm, is_title
from briefing_app.analysis.merging import is_acronym
from briefing_app.analysis.type_cues import BODY_WORDS

_INDEFINITE = re.compile(r"(?<![\w’'.-])(?:[Aa]|[Aa]n)[ \t]+$")
_POSSESSIVE = re.compile(r"(?<![\w’'-])(?:[Oo]ur|[Yy]our|[Tt]heir|[Ii]ts)[ \t]+$")
_THE = re.compile(r"(?<![\w’'-])[Tt]he[ \t]+$")
# "and" and up to three capitalised words after it: "and Minister for Defence"
_AND_WORDS = re.compile(
    r"[ \t]+and[ \t]+([A-Z][\w’'-]*(?:[ \t]+(?:for|of)?[ \t]*[A-Z][\w’'-]*){0,2})"
)


def common_uses(
    mentions: Sequence[Mention], texts: Sequence[str], gaz: Gazetteer
) -> set[tuple[int, str]]:
    """(source, key) of every name its source once uses as a common noun or a post."""
    found: set[tuple[int, str]] = set()
    for m in mentions:
        if m.role or m.address:
            continue
        key = cached_norm(m.text)
        if (m.source, key) in found or gaz.knows(key):
            continue
        if is_acronym(m.text):
            if _glossed_by_common_noun(texts[m.source], m, gaz):
                found.add((m.source, key))  # "crop production data of the world (SPAM)"
            continue
        words = key.split()
        text = texts[m.source]
        if (
            key in _PART_OF_A_BODY
            or key in _COMPASS_ADJECTIVES
            or _an_instance(text, m, words, gaz)
            or _owned_word(text, m, words, gaz)
            or _post_and_title(text, m, words, gaz)
            or _among_plural(text, m)
            or a_kind_word(text, m, gaz)  # "a QuickPoll card": a kind of card
        ):
            found.add((m.source, key))
    return found


def _an_instance(text: str, m: Mention, words: list[str], gaz: Gazetteer) -> bool:
    """ "a European Arrest Warrant," "an Air Corps Casa,": two to four words after "a" or "an"
    that end their noun phrase, the last no body's word ("a Multinational Security Support
    Mission," is one named body) and no title ("a Deputy Minister")."""
    if not 2 <= len(words) <= 4 or m.label == "PERSON":
        return False
    if words[-1] in gaz.org_suffixes or is_title(words[-1], gaz):
        return False
    if not _INDEFINITE.search(text, max(0, m.start - 4), m.start):
        return False
    return PHRASE_ENDS.match(text, m.end) is not None


def _owned_word(text: str, m: Mention, words: list[str], gaz: Gazetteer) -> bool:
    """ "Our Agency is", "its Department.", "its Maritime Patrol Aircraft and": up to four
    words after a possessive determiner that end their noun phrase (a name takes no "its"); not
    "our Caribbean friends" (an adjective of the noun after it), nor a body's own part of more
    words ("its Executive Board", "our Task Force"): a body's or a post's word ends those; nor a
    town the model tagged ("its Perth office")."""
    if len(words) > 4 or not _POSSESSIVE.search(text, max(0, m.start - 7), m.start):
        return False
    if m.label in ("GPE", "LOC") and (
        " ".join(words) in city_names() or " ".join(words) in gaz.subdivisions
    ):
        return False  # "its Perth, Darwin and Brisbane offices": the town a body works in
    if len(words) > 1 and (
        m.label == "PERSON"
        or words[-1] in gaz.org_suffixes
        or words[-1] in _BODY_OR_PLACE
        or words[-1] in _PARTS
        or is_title(" ".join(words), gaz)
        or is_title(words[-1], gaz)
    ):
        return False
    return PHRASE_ENDS.match(text, m.end) is not None


# a body's parts named by more words ("its Executive Board", "their Steering Committee")
_PARTS = frozenset(["board", "panel", "staff", "leadership", "delegation", "team", "secretariat"])


# prepositions that take a plural or two names joined ("between X and Y"), and a clause's end
_AMONG_BEFORE = re.compile(r"(?<![\w-])(?:between|among|amongst)[ \t]+$")
_CLAUSE_ENDS = re.compile(r"[”\"’']?[ \t]*(?:[.,;:!?)\]]|$)", re.MULTILINE)


def _among_plural(text: str, m: Mention) -> bool:
    """ "disputes between States”,": one capitalised plural after "between" or "among" that
    ends the clause is a kind (a name there is joined to another: "between Kenya and X")."""
    name = m.text
    if not name.isalpha() or not name.endswith("s") or name.endswith(("ss", "us", "is")):
        return False
    if not name[1:].islower() or not _AMONG_BEFORE.search(text, max(0, m.start - 9), m.start):
        return False
    return _CLAUSE_ENDS.match(text, m.end) is not None


# nouns of a part of some larger body (relational nouns: a department, a ministry of what): alone
# ("the Department's officials", "The Agency enabled") they name none; as hints.common_noun
# treats "Government" alone
_PART_OF_A_BODY = frozenset(["department", "ministry", "agency", "office", "bureau", "directorate"])
# the compass adjectives in -ern: alone ("South\nEastern" cut at a line's end) they name nothing
_COMPASS_ADJECTIVES = frozenset(
    [
        *("eastern", "western", "northern", "southern"),
        *("northeastern", "northwestern", "southeastern", "southwestern"),
    ]
)
# a common noun phrase of up to four lower-case words right before an acronym in brackets
_LOWER_GLOSS = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*(?:[ \t]+[a-z][\w’'-]*){0,3}[ \t]+\($")
# words of a body, a unit or a place kind: "security support mission (MSS)", "team (UKISAR)"
_BODY_OR_PLACE = BODY_WORDS | {"zone", "area", "corridor", "force", "forces", "group"}


def _glossed_by_common_noun(text: str, m: Mention, gaz: Gazetteer) -> bool:
    """ "gridded crop production data of the world (SPAM)", "the evaluation model (DREAM)": an
    acronym in brackets right after lower-case words names the thing they say; not after a
    body's, a unit's or a place's word ("security support mission (MSS)"), nor after such a
    word and what it is "of" or "for" ("the ministry of agriculture (MAG)")."""
    if not text.startswith(")", m.end):
        return False
    gloss = _LOWER_GLOSS.search(text, max(0, m.start - 60), m.start)
    if gloss is None:
        return False
    words = gloss.group().rstrip(" \t(").split()
    # the head nouns: the last word, and a word before "of"/"for" ("ministry of agriculture")
    heads = [words[-1]] + [w for w, nxt in pairwise(words) if nxt in ("of", "for")]
    return not any(h in gaz.org_suffixes or h in _BODY_OR_PLACE for h in heads)


def _post_and_title(text: str, m: Mention, words: list[str], gaz: Gazetteer) -> bool:
    """ "The Tánaiste and Minister for Defence": one word after "the", then "and" and a title:
    both posts of one holder; not "President Widodo and Prime Minister Turnbull" (no "the")."""
    if len(words) != 1 or not _THE.search(text, max(0, m.start - 5), m.start):
        return False
    after = _AND_WORDS.match(text, m.end)
    if after is None:
        return False
    more = after.group(1).split()
    return any(is_title(cached_norm(" ".join(more[:j])), gaz) for j in range(1, len(more) + 1))


_POSSESSIVE_END = ("’s", "'s")


def a_posts_thing(words: list[str], name: str, gaz: Gazetteer) -> bool:
    """ "General's Commendation", "Minister's Award for Service": a post's possessive opens the
    name; not "President's Office" (a body's word ends it: the post's own office)."""
    first = name.split(" ", 1)[0]
    if len(words) < 2 or not first.endswith(_POSSESSIVE_END):
        return False
    if words[-1] in gaz.org_suffixes:
        return False
    return is_title(cached_norm(first[:-2]), gaz)
