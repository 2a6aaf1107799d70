"""A person's full name the model cut to the surname and typed as a body or a place: in
"opposition figure Alexei Navalny" it tagged "Navalny" alone, as an organisation. When the
source's headline writes the same two words, the word before is the given name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer, city_names
from briefing_app.analysis.lines import line_map
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.model import Source

_GIVEN_BEFORE = re.compile(r"(?<![\w’'.&-])[A-Z][a-z]{1,14} $")
_LABELS = ("ORG", "GPE", "LOC")


def headline_given_names(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Mentions with each one-word body or place the text writes right after a capitalised
    word, both written together in the source's headline too ("... figure Alexei Navalny"),
    widened over that word to a person's full name. A word that is a title, a place, a body,
    a people or a common word of the text (written lower case) is no given name, and a name
    ending in an organisation's word ("Royal Navy") or known to a list stays as it is."""
    out: list[Mention] = []
    surnames: frozenset[str] | None = None
    for m in mentions:
        src = sources[m.source]
        if (
            m.label not in _LABELS
            or " " in m.text
            or not src.title
            or m.text not in src.title
            or line_map(src).in_headline(src, m.start)  # the headline itself
        ):
            out.append(m)
            continue
        found = _GIVEN_BEFORE.search(src.text, max(0, m.start - 16), m.start)
        given = found.group().strip() if found else ""
        if given and surnames is None:
            surnames = _surnames(mentions)
        if given and cached_norm(given) not in surnames and _a_given_name(given, m, src, gaz, out):
            start = found.start()
            m = Mention(m.source, start, m.end, src.text[start : m.end], "PERSON", m.role)
        out.append(m)
    return out


def _surnames(mentions: list[Mention]) -> frozenset[str]:
    """The last words of the persons the sources name: a word that ends a person's name
    ("Trump" of "the Trump Velmar deal") is a surname, no given name before a body's."""
    return frozenset(
        cached_norm(m.text).rsplit(" ", 1)[-1] for m in mentions if m.label == "PERSON"
    )


def _a_given_name(given: str, m: Mention, src: Source, gaz: Gazetteer, before) -> bool:
    full = f"{given} {m.text}"
    if not re.search(rf"(?<![\w’'-]){re.escape(full)}(?![\w’'-])", src.title):
        return False
    word, key, whole = cached_norm(given), cached_norm(m.text), cached_norm(full)
    lists = (gaz.places, gaz.organizations, gaz.titles, gaz.persons)
    if any(k in table for k in (word, key, whole) for table in lists):
        return False
    if (
        word in gaz.stopwords
        or word in gaz.honorifics
        or word in gaz.demonyms
        or word in gaz.non_actors
        or key in gaz.org_suffixes
        or word in city_names()
        or key in city_names()
    ):
        return False
    if any(b.source == m.source and b.end > m.start - len(given) - 1 for b in before[-2:]):
        return False  # the word before is a name of its own
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", src.text) is None
