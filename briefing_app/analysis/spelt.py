"""A name the model read as a people in one spelling and as a name in another: "Nazarbaev"
(NORP) beside "Nazarbayev" is the same person's name, not a nationality."""

from __future__ import annotations

from dataclasses import replace

from briefing_app.analysis.gazetteer import Gazetteer, looks_demonym
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.analysis.merging import SURNAME_SIMILARITY, spelling, swapped


def respelt_names(
    mentions: list[Mention], gaz: Gazetteer
) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    """Mentions with each one-word NORP that no list knows as a people and that is another
    spelling (romanisation, two letters swapped) of a one-word name of its source relabelled
    like that name; and the (respelt, name) pairs, to be joined."""
    from rapidfuzz import fuzz

    names: dict[int, dict[str, Mention]] = {}
    for m in mentions:
        if m.label != "NORP" and " " not in m.text and len(m.text) >= 6:
            names.setdefault(m.source, {}).setdefault(cached_norm(m.text), m)
    out: list[Mention] = []
    pairs: list[tuple[Mention, Mention]] = []
    for m in mentions:
        key = cached_norm(m.text)
        if (
            m.label != "NORP"
            or " " in key
            or len(key) < 6
            or key in gaz.demonyms
            or looks_demonym(key, gaz)
        ):
            out.append(m)
            continue
        near = [
            other
            for k, other in names.get(m.source, {}).items()
            if k != key
            and k[:1] == key[:1]
            and (fuzz.ratio(spelling(k), spelling(key)) >= SURNAME_SIMILARITY or swapped(k, key))
        ]
        if len(near) == 1:
            m = replace(m, label=near[0].label)
            pairs.append((m, near[0]))
        out.append(m)
    return out, pairs
