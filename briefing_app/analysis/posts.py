"""A post of a body is no body: "OSCE PA Special Representative on Political Prisoners" names
the body "OSCE PA" and a post in it, which a person holds."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefing_app.analysis.acronyms import acronym_matches
from briefing_app.analysis.comma_names import split_at_commas
from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm, is_title
from briefing_app.analysis.merging import is_acronym
from briefing_app.analysis.post_holders import post_holders
from briefing_app.analysis.qualifiers import without_qualifying_countries
from briefing_app.model import Source

_AFTER_POST = ("on", "for", "of", "to")
_ACRONYM = re.compile(r"(?<![\w.])[A-Z]{3,8}(?![\w.])")


def posts_cut(sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """An organisation's mention that opens on an acronym (the body), then a title, then "on",
    "for", "of" or "to" and what the post is about, becomes the acronym's body alone. A body
    named after a title with no acronym before it ("Special Court for Sierra Leone"), or that is
    a body's name of its own ("UN High Commissioner for Refugees", with "UNHCR"), stays."""
    out = []
    persons = {(m.source, m.start) for m in mentions if m.label == "PERSON"}
    for m in split_at_commas(mentions, gaz):  # "Defence Forces, Lieutenant General"
        _adjective_of_post(sources[m.source].text, m, persons)
        words = m.text.split()
        if m.label != "ORG" or len(words) < 4 or not is_acronym(words[0]):
            out.append(m)
            continue
        k = 1
        while k < len(words) and is_acronym(words[k]):
            k += 1
        if _post_from(words, k, gaz) and not _named_body(sources[m.source].text, m.text, gaz):
            body = " ".join(words[:k])
            out.append(replace(m, end=m.start + len(body), text=body))
        else:
            out.append(m)
    texts = [s.text for s in sources]  # "US" cut from "US Charge d'Affaires ..." qualifies it
    return without_qualifying_countries(post_holders(sources, out, gaz), texts, gaz)


def _named_body(text: str, name: str, gaz: Gazetteer) -> bool:
    """A post that is a body's name: a list knows it, or the text writes an acronym of it
    ("UN High Commissioner for Refugees" and "UNHCR")."""
    if cached_norm(name) in gaz.organizations:
        return True
    return any(acronym_matches(a, name) for a in set(_ACRONYM.findall(text)))


def _post_from(words: list[str], k: int, gaz: Gazetteer) -> bool:
    """True when a title starts at word ``k`` and "on"/"for"/"of"/"to" follows it."""
    for n in range(min(gaz.max_title_words, len(words) - k - 1), 0, -1):
        if is_title(cached_norm(" ".join(words[k : k + n])), gaz) and words[k + n] in _AFTER_POST:
            return True
    return False


# a capitalised adjective in "-al" ending a body's name ("... Southwest Regional")
_ADJECTIVE_LAST = re.compile(r" ([A-Z][a-z]{3,}al)$")
# the post's noun after the name, then its holder: " Administrator Ana Vell"
_POST_NOUN_AFTER = re.compile(r" [A-Z][a-z]+ ")


def _adjective_of_post(text: str, m: Mention, persons: set[tuple[int, int]]) -> None:
    """ "KORA Pacific Southwest Regional Administrator Ana Vell": the adjective ending the
    body's name goes with the post after it ("Regional Administrator"), whose holder is named
    right after: the body's mention ends before the adjective ("KORA Pacific Southwest")."""
    if m.label == "PERSON" or " " not in m.text:
        return
    adjective = _ADJECTIVE_LAST.search(m.text)
    noun = _POST_NOUN_AFTER.match(text, m.end) if adjective else None
    if noun is None or (m.source, noun.end()) not in persons:
        return
    m.text = m.text[: adjective.start()]
    m.end = m.start + len(m.text)
