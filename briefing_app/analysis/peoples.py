"""Plurals of people: a people named by a plural of a place of more than one word ("Solomon
Islanders", "New Zealanders": a group, never a person or a body), and a plural role "of"
something ("Heads of State and Government": the people who hold it, no actor); and a post
written without its holder: a title after a rank word ("Deputy Chief Executive") or a title's
plural after a word that names no place or body ("Circuit Judges", "Union Ministers")."""

from __future__ import annotations

from briefing_app.analysis.gazetteer import Gazetteer, looks_demonym
from briefing_app.analysis.mentions import is_title

# plural people's endings and what the place's name ends with in their stead
_PLURAL_ENDINGS = (("ers", ("s", "")), ("ans", ("a", "")), ("ians", ("ia", "")), ("ns", ("",)))


def plural_people(key: str, gaz: Gazetteer) -> bool:
    """A plural key ("solomon islanders") whose stem, given a place's ending back, is a place of
    two or more words ("solomon islands"); a singular ("The New Yorker", a magazine) is not."""
    if " " not in key or key in gaz.places or key in gaz.organizations:
        return False
    for ending, tails in _PLURAL_ENDINGS:
        if not key.endswith(ending):
            continue
        stem = key[: -len(ending)]
        if any(stem + tail in gaz.places for tail in tails):
            return True
    return False


# role nouns that head a plural role "of" something besides the gazetteer's titles
_ROLE_HEADS = frozenset(["head", "chief", "deputy", "member", "representative", "delegate"])


def plural_role(words: list[str], gaz: Gazetteer) -> bool:
    """ "Heads of State and Government", "Ministers of Foreign Affairs": a plural role "of"
    something names the people who hold it, no actor; not a body with its own word ("Chiefs
    of Staff Committee") nor one the gazetteer knows."""
    if len(words) < 3 or words[1] != "of" or not words[0].endswith("s"):
        return False
    one = words[0][:-1]
    if not (one in _ROLE_HEADS or is_title(one, gaz)):
        return False
    key = " ".join(words)
    return key not in gaz.organizations and not any(w in gaz.org_suffixes for w in words)


# words that rank a title and make another title of it: "Deputy", "Acting", "Assistant"
_RANKS = frozenset(["deputy", "acting", "assistant", "associate", "interim", "vice"])
_JOINERS = frozenset(["of", "for", "and", "the", "&"])


def post_alone(name: str, words: list[str], gaz: Gazetteer) -> bool:
    """ "Deputy Chief Executive": a rank word and a title, a post named without its holder; and
    "Circuit Judges", "Union Ministers": a title's plural after one or two capitalised words
    that name no place, people or body (the people who hold the post, a group). Not a body's
    name ("Board of Governors", "Council of Ministers", "Foreign Ministers' Meeting") nor a
    country's or a body's holders ("EU Ministers", "Kenyan Judges": the body is named)."""
    if not 2 <= len(words) <= 3 or any(w in _JOINERS for w in words):
        return False
    if gaz.knows(" ".join(words)):
        return False
    if words[0] in _RANKS and is_title(" ".join(words[1:]), gaz):
        return True  # "Deputy Chief Executive": the title's own words may be a body's
    if any(w in gaz.org_suffixes for w in words):
        return False
    last = words[-1]
    if not (last.endswith("s") and is_title(last, gaz)) or is_title(" ".join(words), gaz):
        return False
    before = words[:-1]
    written = name.split()[: len(before)]
    return not any(
        w.replace(".", "").isupper()  # "EU", "U.N.": a body's acronym
        or not w[:1].isupper()
        or k in gaz.places
        or k in gaz.organizations
        or looks_demonym(k, gaz)
        for w, k in zip(written, before, strict=False)
    )
