"""The government of a country, a body the small model reads as the country alone: "the
Government of Kenya’s drought response" names the government, not the place."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer, looks_demonym
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.model import Source

# Capitalised, the government's proper name; "the government of Morocco" is a common noun.
_GOVERNMENT_OF = re.compile(r"(?<![\w-])(?:Federal )?Government of (?:the )?$")
# "the Government of India Act", "the Government of Wales Bill": a law named after a
# government, no body
_A_LAW = re.compile(r" (?:Act|Bill|Order|Ordinance|Regulations?|Amendment|Law)(?![\w-])")

# "the Iranian government": a country's people word, then "government", names its government
# ("the Iranian government-backed militia" does not)
_GOVERNMENT_AFTER = re.compile(r" [Gg]overnment(?![\w-])")


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
