"""A state's other names. Its formal name glossed by its common name in brackets: "the
Republic of China (Taiwan)", "the Kyrgyz Republic (Kyrgyzstan)": the bracket names the same
country, so every mention of the formal name is that country's, in this source and the others
read with it. And its name in a second language written before the English one: "Aotearoa New
Zealand" (a name no gazetteer knows, of one word that is no region's qualifier: "Northern
Ireland" and "South Sudan" are places of their own and the gazetteer says so)."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from briefing_app.analysis.agencies import _REGION
from briefing_app.analysis.gazetteer import Gazetteer, city_names
from briefing_app.analysis.mentions import cached_norm
from briefing_app.model import ORGANIZATION, PLACE

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.clusters import Cluster, UnionFind

# the form of a state's name: its kind of state first ("Republic of ...", "Federal Republic
# of ...", "Kingdom of ...") or last ("Kyrgyz Republic"); never a body of it ("Embassy of the
# Republic of Korea" is no state)
_STATE_KINDS = r"(?:Republic|Kingdom|Federation|Commonwealth|Principality|Sultanate|Emirate|State)"
_FORMAL = re.compile(
    rf"(?:(?:[A-Z][\w’'-]+ ){{0,2}}{_STATE_KINDS} of (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
    rf"|[A-Z][\w’'-]+ {_STATE_KINDS})"
)
_GLOSS = re.compile(r" \(([A-Z][\w’' -]{2,40})\)")
# a hyphen inside a name, or a word in capitals: "JTF-Haiti", "UN Haiti"
_UNIT_FORM = re.compile(r"\w-\w|\b[A-Z]{2,}\b")
_HYPHENATED = re.compile(r"\w-\w")


def merge_glossed_states(
    clusters: dict[str, Cluster], uf: UnionFind, texts: list[str], gaz: Gazetteer
) -> None:
    """A place written "<formal state name> (<country>)" joins that country."""
    countries = {
        cached_norm(c.canonical or c.mentions[0].text): c.key
        for c in clusters.values()
        if c.type == PLACE and c.hard
    }
    for c in sorted(clusters.values(), key=lambda c: c.key):
        if c.type != PLACE:
            continue
        for m in c.mentions:
            text = texts[m.source] if m.source < len(texts) else ""
            gloss = _GLOSS.match(text, m.end)
            if gloss is None or not _FORMAL.fullmatch(m.text):
                continue
            key = cached_norm(gloss.group(1))
            country = (
                countries.get(cached_norm(gaz.places.get(key, "")))
                if key in gaz.countries
                else None
            )
            if country is not None:
                uf.union(country, c.key)
                break


def merge_bilingual_countries(
    clusters: dict[str, Cluster], uf: UnionFind, gaz: Gazetteer, lower: frozenset[str]
) -> None:
    """A name "<word> <country>" no gazetteer knows, whose first word the sources never write
    in lower case (a sector's word makes an agency: "Health New Zealand"), joins the country,
    whatever type the model gave it."""
    countries = {
        cached_norm(c.canonical or c.mentions[0].text): c.key
        for c in clusters.values()
        if c.type == PLACE and c.hard
    }
    joined = Counter(uf.find(k) for k in clusters)
    for c in sorted(clusters.values(), key=lambda c: c.key):
        if c.type not in (PLACE, ORGANIZATION) or c.hard:
            continue
        # a body's name: joined already to its acronym or another form ("Geodata Veldria (GV)"),
        # or a unit's written with a hyphen or an acronym ("JTF-Veldria"); a second language's
        # name of a state has none of these
        if joined[uf.find(c.key)] > 1 or any(_unit_form(m.text) for m in c.mentions):
            continue
        key = c.key.split(":", 1)[1]
        head, _, rest = key.partition(" ")
        if not rest or rest not in gaz.countries or key in city_names() or key in gaz.subdivisions:
            continue
        if head in lower or head in _REGION or head in gaz.places or head in gaz.demonyms:
            continue
        country = countries.get(cached_norm(gaz.places.get(rest, "")))
        if country is not None:
            uf.union(country, c.key)


def _unit_form(text: str) -> bool:
    """A unit's or a body's form of a name: a hyphen inside it or a word in capitals
    ("JTF-Haiti", "UNDP Haiti"); a name written all in capitals ("KAIWHENUA CHILE" in a
    headline in capitals) only by its hyphen."""
    return bool((_HYPHENATED if text.isupper() else _UNIT_FORM).search(text))
