"""A name owning a name ("Veldria’s Oster province", "the National Assembly’s Committee on
Trade"): two actors, the owner and the owned, when each is a name on its own. The model labels
the whole phrase as one name; the analyst lists the country and its province, the parliament and
its committee."""

from __future__ import annotations

import re

from briefing_app.analysis.bodies import ADMIN_WORDS
from briefing_app.analysis.gazetteer import Gazetteer, gazetteer
from briefing_app.analysis.headline_actors import named_body
from briefing_app.analysis.mentions import Mention, cached_norm

_CONNECTORS = frozenset(["of", "for", "on", "and", "the"])
_SUB = ("sub", "under")


def owned_names(m: Mention, cut: int, mark: str, gaz: Gazetteer) -> list[Mention] | None:
    """The owner and the owned of ``m`` cut at its possessive (``cut``: where ``mark`` starts),
    or None when they are not two names: a place owning an area ("Veldria’s Oster province"), a
    body or an acronym owning a body ("OSCE’s Bureau for Elections")."""
    owner = m.text[:cut]
    rest = m.text[cut + len(mark) :]
    if not rest[:1].isupper() or not owner[:1].isupper():
        return None
    start = m.start + cut + len(mark)
    last = cached_norm(rest.split()[-1])
    area = last in ADMIN_WORDS or cached_norm(rest) in gaz.subdivisions
    if cached_norm(owner) in gaz.places and area:
        return [
            Mention(m.source, m.start, m.start + cut, owner, "GPE", m.role, m.article),
            Mention(m.source, start, m.end, rest, "GPE"),
        ]
    acronym = owner.isupper() and 2 <= len(owner) <= 8 and " " not in owner
    if (acronym or names_a_body(owner, gaz)) and names_a_body(rest, gaz):
        return [
            Mention(m.source, m.start, m.start + cut, owner, "ORG", m.role, m.article),
            Mention(m.source, start, m.end, rest, "ORG"),
        ]
    return None


def names_a_body(name: str, gaz: Gazetteer) -> bool:
    """Capitalised words with an organisation word last or before "of"/"for"/"on" ("European
    Assembly", "Bureau of Relief", "Subcommittee on Trade, Industry, and Energy")."""
    words = name.replace(",", " ").split()
    if len(words) < 2 or not all(w[:1].isupper() or w in _CONNECTORS for w in words):
        return False
    keys = [cached_norm(w) for w in words]
    for k, key in enumerate(keys):
        if org_word(key, gaz) and (k == len(keys) - 1 or keys[k + 1] in ("of", "for", "on")):
            return True
    return False


def org_word(key: str, gaz: Gazetteer) -> bool:
    """An organisation word, or one with "sub"/"under" before it ("subcommittee")."""
    return key in gaz.org_suffixes or any(
        key.startswith(p) and key[len(p) :] in gaz.org_suffixes for p in _SUB
    )


_ACRONYM = re.compile(r"[A-Z][A-Z.&]{1,7}")  # as combine reads an owner acronym


def owned_organ(m: Mention, owner: str, unit: Mention) -> bool:
    """ "ABC’s Trade and Development Board": a body's acronym owning a name of three words or
    more joined by "and" or "of", all the others capitalised: the body's organ, a body too
    (not "Putin's Meeting", nor "ABC’s Ola Brenn")."""
    words = unit.text.split()
    joints = [w for w in words if w in ("and", "of", "for", "&")]
    return (
        m.label == "ORG"
        and _ACRONYM.fullmatch(owner) is not None
        and len(words) >= 3
        and bool(joints)
        and all(w[:1].isupper() for w in words if w not in joints)
        and words[-1] not in joints
        and cached_norm(words[0]) not in gazetteer().titles  # "Director of Communications": a post
    )


def names_a_unit(name: str) -> bool:
    """Whether what a name owns is a body of its own: two or more capitalised words ending with
    an organisation word ("Tonga’s National Emergency Management Organisation"), or a body's
    head noun before its "of" ("Tessaly’s Federal Ministry of Education"); not a post ("...’s
    Director of Education") nor "Putin's Meeting"."""
    words = name.split()
    return named_body(name) or (
        len(words) >= 2
        and all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in words)
        and cached_norm(words[-1]) in gazetteer().org_suffixes
    )
