"""A name the model cut inside a hyphenated word: "Cap" of "Cap-aux-Meules". The word is one
name, and a lower-case word joined inside it ("aux", "sur", "de") makes it a French place's
name (Rivière-au-Renard, Saint-Jean-sur-Richelieu): people's joined names are all capitals."""

from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm

_AFTER = re.compile(r"(?:-[\w’']+){1,4}")
_BEFORE = re.compile(r"(?:[\w’']+-){1,4}$")
_JOINS = re.compile(r"[-\s]")


def whole_hyphenated(text: str, m: Mention, gaz: Gazetteer) -> Mention:
    """``m`` grown over the rest of a hyphenated word it was cut from, when the word ends in a
    capital; never over places joined by a hyphen ("Russia-Ukraine talks")."""
    s, e = m.start, m.end
    if e < len(text) - 1 and text[e] == "-" and text[e + 1].isalpha():
        e = _AFTER.match(text, e).end()
    if s > 1 and text[s - 1] == "-" and text[s - 2].isalnum():
        found = _BEFORE.search(text, max(0, s - 60), s)
        if found is not None:
            s = found.start()
    if (s, e) == (m.start, m.end) or not text[s].isupper():
        return m
    word = text[s:e]
    parts = _JOINS.split(word)
    if not parts[-1][:1].isupper():
        return m  # "UN-supported", "African Union-led": a name, then an adjective
    if any(len(p) > 1 and p.isupper() for p in parts):
        return m  # "ROK-Lao relations", "ASEAN-ROK": two parties' names, no one name
    if cached_norm(word) not in gaz.places and (
        cached_norm(m.text) in gaz.places
        or any(cached_norm(p) in gaz.places or cached_norm(p) in gaz.demonyms for p in parts)
    ):
        return m
    label = "GPE" if any(p[:1].islower() for p in parts[1:]) else m.label
    return Mention(m.source, s, e, word, label, m.role, m.article, m.address)
