"""Plurals of people: a people named by a plural of a place of more than one word ("Solomon
Islanders", "New Zealanders": a group, never a person or a body), and a plural role "of"
something ("Heads of State and Government": the people who hold it, no actor)."""

from __future__ import annotations

from briefing_app.analysis.gazetteer import Gazetteer
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
