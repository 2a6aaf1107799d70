"""The government of a country, a body the small model reads as the country alone: "the
Government of Kenya’s drought response" names the government, not the place."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer, looks_demonym
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.model import ORGANIZATION, Source

# Capitalised, the government's proper name; "the government of Morocco" is a common noun.
_GOVERNMENT_OF = re.compile(r"(?<![\w-])(?:Federal )?Government of (?:the )?$")
# "the Government of India Act", "the Government of Wales Bill": a law named after a
# government, no body
_A_LAW = re.compile(r" (?:Act|Bill|Order|Ordinance|Regulations?|Amendment|Law)(?![\w-])")

# "the Iranian government": a country's people word, then "government", names its government
# ("the Iranian government-backed militia" does not)
_GOVERNMENT_AFTER = re.compile(r" [Gg]overnment(?![\w-])")


_WORD_BEFORE = re.compile(r"([A-Z][\w’'-]*) $")


def _continues_a_name(text: str, start: int, gaz: Gazetteer) -> bool:
    """Whether a capitalised word right before ``start`` begins a longer name that "Government
    of ..." ends ("the National Unity Government of Myanmar", an opposition's, not the
    country's government); "The" opening a sentence begins none."""
    found = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return found is not None and cached_norm(found.group(1)) not in gaz.stopwords


def _a_country_people(name: str, gaz: Gazetteer) -> bool:
    key = cached_norm(name)
    return " " not in key and (key in gaz.demonyms or looks_demonym(key, gaz))


def government_bodies(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Mentions with each country written right after "Government of" ("the Government of
    Kenya’s", "the Federal Government of Somalia") widened to that government, an organisation
    (a piece the model labelled inside it, "Government", is dropped). A city's government, a
    government "of the day", a lower-case "government of Morocco" and a law ("the Government of
    India Act") stay as they are. A country's people word then "government" ("the Iranian
    government") is that government too."""
    out: list[Mention] = []
    for m in mentions:
        text = sources[m.source].text
        after = _GOVERNMENT_AFTER.match(text, m.end)
        if after and m.label == "NORP" and _a_country_people(m.text, gaz):
            name = text[m.start : after.end()]
            out.append(Mention(m.source, m.start, after.end(), name, "ORG", "", m.article, ""))
            continue
        before = _GOVERNMENT_OF.search(text, max(0, m.start - 40), m.start)
        if (
            before
            and m.label != "ORG"
            and cached_norm(m.text) in gaz.countries
            and not _A_LAW.match(text, m.end)
            and not _continues_a_name(text, before.start(), gaz)
        ):
            start = before.start()
            name = text[start : m.end]
            article = text[max(0, start - 4) : start].lower() == "the "
            out.append(Mention(m.source, start, m.end, name, "ORG", "", article, ""))
        else:
            out.append(m)
    wide = [m for m in out if m.label == "ORG" and "overnment of " in m.text]
    return [
        m
        for m in out
        if not any(
            w.source == m.source and w.start <= m.start and m.end <= w.end and w is not m
            for w in wide
        )
    ]


# "the Government of the Federal Democratic Republic of Ethiopia": the model often finds no
# name in a country's official long name; capitalised words (and "of", "the", "and") after
# "Government of" are read against every name pycountry gives the country.
_GOVERNMENT_NAMED = re.compile(
    r"(?<![\w-])(?:(?:Federal|National|Central|Union|Royal|Transitional|Interim|Provisional) )?"
    r"Government of (?:the )?((?:[A-Z][\w’'-]*)(?: (?:of|and|the|[A-Z][\w’'-]*))*)"
)


def governments_named(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Mentions plus each "Government of <country>" written with a name of the country the
    model found no name in (its official long name, mostly); the pieces inside are dropped.
    "Government of Tigray" (no country) and a law ("the Government of India Act") stay out."""
    added: list[Mention] = []
    for i, src in enumerate(sources):
        text = src.text
        if "Government of " not in text:
            continue  # the cheap test first
        pos = 0
        while hit := _GOVERNMENT_NAMED.search(text, pos):
            # the words after "Government of" may run over another government's name ("... of
            # the Congo and the Government of the Democratic Republic of the Congo")
            pos = hit.start(1)
            words = hit.group(1).split()
            while words and cached_norm(" ".join(words)) not in gaz.countries:
                words.pop()
            if not words:
                continue
            end = pos = hit.start(1) + len(" ".join(words))
            if (
                _A_LAW.match(text, end)
                or _continues_a_name(text, hit.start(), gaz)
                or any(m.source == i and m.start <= hit.start() and end <= m.end for m in mentions)
            ):
                continue
            article = text[max(0, hit.start() - 4) : hit.start()].lower() == "the "
            name = text[hit.start() : end]
            added.append(Mention(i, hit.start(), end, name, "ORG", "", article, ""))
    if not added:
        return mentions
    kept = [
        m
        for m in mentions
        if not any(a.source == m.source and a.start < m.end and m.start < a.end for a in added)
    ]
    return kept + added


_QUALIFIED = re.compile(
    r"(?:(?:federal|national|central|union|royal|transitional|interim|provisional) )?"
    r"government of (?:the )?(.+)"
)


def country_governed(key: str, gaz: Gazetteer) -> str:
    """The country whose government an organisation's name key names ("federal government of
    ethiopia", "government of the federal democratic republic of ethiopia" -> "Ethiopia");
    empty for any other name (a region's government, "Government of Tigray", included)."""
    found = _QUALIFIED.fullmatch(key)
    if found is None or found.group(1) not in gaz.countries:
        return ""
    return gaz.places.get(found.group(1), found.group(1))


def merge_governments(clusters: dict, uf, gaz: Gazetteer) -> None:
    """The names of one country's government are one actor: "Government of Ethiopia",
    "Federal Government of Ethiopia" and "Government of the Federal Democratic Republic of
    Ethiopia" (pycountry's official name of the country)."""
    first: dict[str, str] = {}
    for key in sorted(k for k in clusters if "government of " in k):
        c = clusters[key]
        if c.type != ORGANIZATION:
            continue
        country = country_governed(key.split(":", 1)[1], gaz)
        if country:
            uf.union(first.setdefault(country, key), key)
