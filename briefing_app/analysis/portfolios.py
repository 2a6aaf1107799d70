"""The portfolio a minister's title carries: "International Development" in "International
Development Secretary Justine Greening" is part of her role, not a body of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.hints import lowercase_words
from briefing_app.analysis.mentions import Mention, cached_norm, clean_mention, is_title
from briefing_app.analysis.possessive import org_word
from briefing_app.model import Source

_OF_BEFORE = re.compile(r"(?:of|for|on)(?: the)? $")
# The offices that carry a portfolio: a minister, a secretary, a commissioner, an envoy, a
# spokesperson or a shadow's critic. A president, a director, a chair, a leader or a governor
# heads a body or a place, and a Secretary-General heads a body too; a representative speaks
# for whom he represents, a body or a state ("Caritas Kelvo Representative").
_PORTFOLIO_OFFICES = re.compile(
    r"(?<!\w)(?:minister|secretary|commissioner|envoy|spokes\w+|czar|tsar|critic)"
    r"(?!\w)"
)
_PLACE_LABELS = ("GPE", "LOC", "FAC")


@lru_cache(maxsize=1)
def _division_nouns() -> frozenset[str]:
    """The one-word kinds of a country's subdivisions (pycountry): "state", "province",
    "county", "oblast"; a name ending in one ("Rivers State") is a place, no portfolio."""
    import pycountry

    return frozenset(
        sub.type.lower() for sub in pycountry.subdivisions if " " not in sub.type.strip()
    )


def without_portfolios(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Mentions less the portfolios: a name no gazetteer knows and without an organisation
    word, written right before a title and a person's name ("Rural Roads" + " Secretary" +
    " Piet Varn"), and nowhere else on its own (inside "Department for Rural Roads" it does
    not count). A body written on its own too ("the Harbour Trust pays") stays, and so does a
    body or place before the title of its head ("Sinn Féin President", "Rivers State Governor":
    only a minister's kind of office carries a portfolio) or a name the model tagged a place."""
    person_starts = {(m.source, m.start) for m in mentions if m.label == "PERSON"}
    out = []
    for m in mentions:
        text = sources[m.source].text
        if (
            m.label == "PERSON"
            or m.label in _PLACE_LABELS
            or not _title_then_name(text, m.end, m.source, person_starts, gaz)
            or _known_body(m.text, gaz)
            or _body_shape(m.text)
            or _on_its_own(text, m.text, person_starts, m.source, gaz)
        ):
            out.append(m)
    return out


def _known_body(name: str, gaz: Gazetteer) -> bool:
    key = cached_norm(name)
    words = key.split()
    return (
        key in gaz.organizations
        or key in gaz.places
        or any(w in gaz.org_suffixes for w in words)
        or len(words) < 2
        or words[-1] in _division_nouns()
    )


# A preposition inside a name ("Doctors Without Borders", "Habitat for Humanity"): a body's
# name; a portfolio before a title is a field ("Foreign Affairs", "Work and Pensions").
_INNER_PREPOSITION = re.compile(
    r"\s(?:of|for|without|with|against|in|on|across|beyond|sans|de|du|des)\s", re.IGNORECASE
)


def _body_shape(name: str) -> bool:
    """A name in a body's shape, not a field's: a preposition inside, or more than three words
    that coordinate no fields ("Environment, Food and Rural Affairs" is a portfolio)."""
    if _INNER_PREPOSITION.search(name):
        return True
    return len(name.split()) > 3 and not re.search(r",|&|\band\b", name)


def _title_then_name(text: str, end: int, source: int, person_starts, gaz: Gazetteer) -> bool:
    """True when a title of one or two words that carries a portfolio, then a person's name,
    follow ``end``."""
    if text[end : end + 1] != " ":
        return False
    words = list(re.finditer(r"\S+", text[end : end + 60]))
    for k in (1, 2):
        if len(words) <= k:
            break
        title = cached_norm(" ".join(w.group() for w in words[:k]))
        if is_title(title, gaz) and (source, end + words[k].start()) in person_starts:
            return _portfolio_office(title)
    return False


def _portfolio_office(title: str) -> bool:
    """ "Secretary", "Foreign Minister", "Spokeswoman"; not "Secretary General", "Director"."""
    return bool(_PORTFOLIO_OFFICES.search(title)) and "general" not in title.split()


def _on_its_own(text: str, name: str, person_starts, source: int, gaz: Gazetteer) -> bool:
    for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        if _OF_BEFORE.search(text, max(0, found.start() - 8), found.start()):
            continue  # inside "Department for <name>"
        if not _title_then_name(text, found.end(), source, person_starts, gaz):
            return True
    return False


# "Minister of the ", "Deputy Minister of ": a title, then what it is minister of
_TITLE_OF = re.compile(r"((?:[A-Z][\w.-]* ){1,3})of (?:the )?$")
_NAME_RUN = re.compile(r"(?:[A-Z][\w’'-]*\.? )*[A-Z][\w’'-]*")


def portfolio_split_names(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """ "Minister of the Interior Yuriy Kareau": the model's span "Interior Yuriy Kareau" is
    the end of the title glued onto the person. The leading words that are a portfolio (a
    title's "Interior Minister" knows "Interior", or the text writes the word in lower case)
    join the role; the capitalised words after them, past the span's end if the model cut the
    name short ("Interior Alyaksandr" + " Pyatrovich Barsukou"), are the person."""
    common = lowercase_words(sources)
    found: list[Mention] = []
    for m in mentions:
        text = sources[m.source].text
        title = _TITLE_OF.search(text, max(0, m.start - 50), m.start)
        if title is None or not is_title(cached_norm(title.group(1)), gaz):
            continue
        words = m.text.split()
        k = 0
        while k < len(words) - 1 and _portfolio_word(words[k], common, gaz):
            k += 1
        if k == 0 or any(org_word(cached_norm(w), gaz) for w in words[:k]):
            continue  # "Chair of the Subcommittee on the Western Hemisphere": a body
        start = m.start + len(" ".join(words[:k])) + 1
        run = _NAME_RUN.match(text, start)
        new = clean_mention(text, m.source, start, max(run.end(), m.end), "PERSON", gaz)
        # "President of the International Court of Justice": what is left is a body's name
        if new is not None and " " in new.text and not _INNER_PREPOSITION.search(new.text):
            new.role = text[title.start() : start].strip()
            found.append(new)
    if not found:
        return mentions
    unique = {(n.source, n.start, n.end): n for n in found}
    kept = [
        m
        for m in mentions
        if not any(n.source == m.source and m.start < n.end and n.start < m.end for n in found)
    ]
    return kept + list(unique.values())


def _portfolio_word(word: str, common: frozenset[str], gaz: Gazetteer) -> bool:
    key = cached_norm(word)
    if not word[:1].isupper():
        return False  # "on", "the": the words of a body's name, no portfolio
    return word.lower() in common or any(is_title(f"{key} {t}", gaz) for t in _HOLDERS)


_HOLDERS = ("minister", "secretary", "ministry")
