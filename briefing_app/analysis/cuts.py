"""Names the model cut in pieces, put back together: "Bingu" + "wa" + "Mutharika",
"U.S. Agency for" + "International Development", "UN Office" + "for the" + "Coordination of
Humanitarian Affairs", "Law" + "and" + "Justice" + " party", "the Emergency Refugee and" +
"Migration Fund"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.apposed import apposed_full_name
from briefing_app.analysis.gazetteer import Gazetteer, city_names
from briefing_app.analysis.held_roles import post_cut_from_place
from briefing_app.analysis.hyphenated import whole_hyphenated
from briefing_app.analysis.lines import LineMap, line_map
from briefing_app.analysis.maori_names import maori_joined_name
from briefing_app.analysis.mentions import Mention
from briefing_app.analysis.name_words import PARTICLES, cached_norm
from briefing_app.analysis.stationed import unit_at_place
from briefing_app.model import Source
from briefing_app.model.dates import MONTHS, WEEKDAYS

_PARTICLE_GAP = re.compile(
    r" (?:(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + r") )+"
)
_OF_GAP = re.compile(r" (?:(?:for|of|on)(?: the)? )?")
_OF_END = (" for", " of", " on", " in")  # "Mission in" + "Somalia"


def join_cut_names(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Mentions of one name the model cut in two, joined (the pieces are dropped)."""
    out: list[Mention] = []
    grown: Mention | None = None  # the last name grown over words after it
    maps: dict[int, LineMap] = {}
    for m in sorted(mentions, key=lambda m: (m.source, m.start, m.end)):
        text = sources[m.source].text
        if grown is not None and grown.source == m.source and m.end <= grown.end:
            continue  # a piece of the grown name ("Justice" of "Law and Justice")
        party = _party_name(text, m)
        if party is not None:
            out.append(grown := party)
            continue
        m = whole_hyphenated(text, _and_before(text, m, out, gaz), gaz)  # "Cap" of "Cap-aux-Meules"
        if m.source not in maps:
            maps[m.source] = line_map(sources[m.source])
        if not maps[m.source].in_headline(sources[m.source], m.start):  # title case
            m = apposed_full_name(text, _given_name_before(text, m, out, gaz), gaz)
            m = post_cut_from_place(text, m, gaz)  # "Hualien County Magistrate" Fu Kun-chi
        m = _company_and(text, m, out, gaz)
        m = _always_continued(text, m)
        for k in range(len(out) - 1, max(-1, len(out) - 4), -1):
            prev = out[k]
            if prev.source != m.source or (
                prev.end > m.start and not _ends_in_particles(text, prev, m)
            ):
                continue  # a piece nested in a longer mention: look further back
            joined = (
                _particle_name(text, prev, m, gaz)
                or maori_joined_name(text, prev, m)  # "Ātiawa" + " ki " + "Whakarongotai"
                or _body_of(text, prev, m, gaz)
                or _two_unknown_places(text, prev, m, gaz)
                or unit_at_place(text, prev, m)  # "Coast Guard Sector" + "St. Petersburg"
            )
            if joined is not None:
                out[k] = joined
                break
            if m.start - prev.end > 12:
                out.append(m)
                break
        else:
            out.append(m)
    return out


def _particle_name(text: str, a: Mention, b: Mention, gaz: Gazetteer) -> Mention | None:
    """Two names with only particles between them are one person's name: "Bingu" + " wa " +
    "Mutharika", unless the whole is a known place."""
    if "NORP" in (a.label, b.label):
        return None
    if not (_PARTICLE_GAP.fullmatch(text, a.end, b.start) or _ends_in_particles(text, a, b)):
        return None
    name = text[a.start : b.end]
    key = cached_norm(name)
    if key in gaz.places or key in city_names():
        return None
    return Mention(a.source, a.start, b.end, name, "PERSON", a.role, False, a.address)


def _ends_in_particles(text: str, a: Mention, b: Mention) -> bool:
    """ "Ursula von der" + "Leyen", "Pieter van" + "van den Broeck": a person's name the model
    closed on its lower-case particles (no name ends on one), then a space and one capitalised
    word, or that word with the particles before it (the same particles, where they overlap)."""
    *particles, last = b.text.split(" ")
    if a.label != "PERSON" or a.text.rsplit(" ", 1)[-1] not in PARTICLES:
        return False
    if not last[:1].isupper() or not all(w in PARTICLES for w in particles):
        return False
    if a.start < b.start < a.end:  # "Pieter van" and "van den Broeck"
        return text[b.start - 1] == " " and all(
            w in PARTICLES for w in text[b.start : a.end].split()
        )
    return b.start == a.end + 1 and text[a.end] == " "


def _two_unknown_places(text: str, a: Mention, b: Mention, gaz: Gazetteer) -> Mention | None:
    """Two one-word "places" with one space between them, neither a place any gazetteer
    knows ("Wangari" + "Maathai"): one person's name the model cut in two."""
    if a.label not in ("GPE", "LOC") or b.label not in ("GPE", "LOC") or b.start != a.end + 1:
        return None
    if text[a.end] != " " or " " in a.text or " " in b.text:
        return None
    for key in (cached_norm(a.text), cached_norm(b.text)):
        if key in gaz.places or key in gaz.subdivisions or key in city_names():
            return None
    return Mention(a.source, a.start, b.end, text[a.start : b.end], "PERSON", a.role)


def _body_of(text: str, a: Mention, b: Mention, gaz: Gazetteer) -> Mention | None:
    """A body's name cut at its "for"/"of": "U.S. Agency for" + "International Development",
    "UN Office" + " for the " + "Coordination of Humanitarian Affairs"."""
    if a.label != "ORG" or b.label not in ("ORG", "GPE", "LOC", "NORP"):
        return None
    gap = _OF_GAP.fullmatch(text, a.end, b.start)
    if gap is None:
        return None
    cut_after = a.text.lower().endswith(_OF_END) and gap.group() == " "
    if not cut_after and b.label in ("GPE", "LOC", "NORP") and gap.group().split()[:1] != ["of"]:
        return None  # "briefed the Council on Velmoria": a body "of" a place, never "on"/"for" it
    head = cached_norm(a.text).rsplit(" ", 1)[-1]
    if not (cut_after or (gap.group().strip() and head in gaz.org_suffixes)):
        return None
    return Mention(a.source, a.start, b.end, text[a.start : b.end], "ORG", a.role, a.article)


_PARTY = re.compile(
    r" (?:and|&) [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
    r"(?=[’']?s? (?:party|movement|coalition|alliance|front|bloc)\b)"
)


def _party_name(text: str, m: Mention) -> Mention | None:
    """ "the Law and Justice party": a name, "and", capitalised words, then a lower-case
    "party" (movement, coalition, alliance, front, bloc) is one body's name, whatever pieces
    the model tagged."""
    if m.label == "NORP":
        return None
    found = _PARTY.match(text, m.end)
    if found is None:
        return None
    phrase = text[m.start : found.end()]
    second = found.group().split(" ", 2)[2]
    rest = text.replace(phrase, " " * len(phrase))
    if _stands_alone(rest, m.text) or _stands_alone(rest, second):
        return None  # "Harbour and Granary party members" when "Harbour" is named alone
    return Mention(
        m.source, m.start, found.end(), text[m.start : found.end()], "ORG", "", m.article
    )


def _stands_alone(text: str, name: str) -> bool:
    """True when ``name`` is written on its own elsewhere, between words that are no part of
    a longer name ("Harbour leader Ola Brandt"; not "Ministry of Justice", "Justice Minister")."""
    for hit in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text):
        before = text[max(0, hit.start() - 30) : hit.start()].split()
        after = text[hit.end() : hit.end() + 30].split()
        joined_before = before and (before[-1][:1].isupper() or before[-1] in ("of", "for", "and"))
        if joined_before and not before[-1].endswith((".", ",", ";", ":")):
            continue
        if after and after[0][:1].isupper():
            continue
        return True
    return False


_AND_BEFORE = re.compile(r"\b(?:the|The) ((?:[A-Z][\w’'-]+ ){1,3})and $")


def _and_before(text: str, m: Mention, before: list[Mention], gaz: Gazetteer) -> Mention:
    """ "the Emergency Refugee and Migration Fund": a body's name the model cut at its "and"
    (capitalised words that name nothing on their own, "and", then the body's last words)."""
    if m.label != "ORG" or cached_norm(m.text).rsplit(" ", 1)[-1] not in gaz.org_suffixes:
        return m
    found = _AND_BEFORE.search(text, max(0, m.start - 60), m.start)
    if found is None:
        return m
    start = found.start(1)
    words = cached_norm(found.group(1))
    if (
        words in gaz.places
        or words in gaz.organizations
        or any(b.source == m.source and b.end > start for b in before[-3:])
    ):
        return m  # "the UK and European Union": two names
    return Mention(m.source, start, m.end, text[start : m.end], "ORG", m.role, True)


# the legal-form suffixes of a company's name: "Consulting LLC" is no company on its own
COMPANY_FORMS = frozenset(["llc", "inc", "ltd", "corp", "plc", "gmbh", "co"])


def _company_and(text: str, m: Mention, before: list[Mention], gaz: Gazetteer) -> Mention:
    """ "Concord Management and Consulting LLC" the model read as two bodies: a company's
    legal form after "and" and one capitalised word closes the name begun before the "and",
    unless that first part is a body or place of its own (a list knows it, or it ends with
    a legal form itself: "Acme Ltd and Borealis LLC")."""
    words = m.text.split()
    if m.label != "ORG" or len(words) != 2 or cached_norm(words[1]) not in COMPANY_FORMS:
        return m
    prev = before[-1] if before else None
    if prev is None or prev.source != m.source or prev.label != "ORG":
        return m
    if text[prev.end : m.start] != " and " or " " not in prev.text:
        return m
    key = cached_norm(prev.text)
    if (
        key in gaz.places
        or key in gaz.organizations
        or key.rsplit(" ", 1)[-1] in COMPANY_FORMS
        or key.rsplit(" ", 1)[-1] in gaz.org_suffixes
    ):
        return m
    before.pop()
    return Mention(
        m.source, prev.start, m.end, text[prev.start : m.end], "ORG", prev.role, prev.article
    )


_GIVEN_NAME = re.compile(r"(?<![\w’'.&-])[A-Z][a-z]{1,14} $")
_NOT_GIVEN = frozenset([*(m.lower() for m in MONTHS), *(d.lower() for d in WEEKDAYS)])


def _given_name_before(text: str, m: Mention, before: list[Mention], gaz: Gazetteer) -> Mention:
    """ "Fire Officer 2 Joely Libutan" tagged as "Libutan": a lone surname right after a
    capitalised word that is no title, place, group or common word is a person's full name."""
    if m.label != "PERSON" or " " in m.text or m.role:
        return m  # a title written right before it ("Minister for Foreign Affairs Haavisto")
    found = _GIVEN_NAME.search(text, max(0, m.start - 16), m.start)
    if found is None or any(b.source == m.source and b.end > found.start() for b in before[-2:]):
        return m
    word = cached_norm(found.group())
    if (
        word in _NOT_GIVEN
        or word in gaz.stopwords
        or word in gaz.titles
        or word in gaz.honorifics
        or word in gaz.places
        or word in gaz.demonyms
        or word in gaz.organizations
        or word in gaz.non_actors
        or word in city_names()
        or re.search(
            rf"(?<![\w-]){re.escape(word)}(?![\w-])", text
        )  # a common word written lower case
    ):
        return m
    start = found.start()
    return Mention(m.source, start, m.end, text[start : m.end], "PERSON", m.role, m.article)


_CONTINUATION = re.compile(r" (?:for|of|without) (?:[A-Z][\w’'-]+)(?: [A-Z][\w’'-]+){0,2}")


def _always_continued(text: str, m: Mention) -> Mention:
    """ "Habitat for Humanity" tagged as "Habitat": a body's name the model cut before
    "for/of", when the text writes the same continuation every time (twice at least)."""
    if m.label != "ORG":
        return m
    found = _CONTINUATION.match(text, m.end)
    if found is None:
        return m
    whole = m.text + found.group()
    uses = len(re.findall(rf"(?<![\w’'-]){re.escape(m.text)}(?![\w’'-])", text))
    if uses < 2 or len(re.findall(rf"(?<![\w’'-]){re.escape(whole)}(?![\w’'-])", text)) < uses:
        return m
    return Mention(m.source, m.start, found.end(), whole, "ORG", m.role, m.article)
