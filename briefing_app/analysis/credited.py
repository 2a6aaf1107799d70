"""A body's acronym written only in a photo credit or a caption ("Credit: Ola Brenn / USFWS")
while the story names the body in full ("the U.S. Fish and Wildlife Service"): the credit
names no person of the story, but its acronym is that body's short name, an alias worth
keeping (the photographer stays out)."""

from __future__ import annotations

from briefing_app.analysis.acronyms import acronym_matches
from briefing_app.analysis.mentions import Mention


def credited_acronyms(before: list[Mention], kept: list[Mention]) -> list[Mention]:
    """The mentions of ``before`` left out of ``kept`` that are acronyms spelling the full name
    of a body ``kept`` writes in the same source."""
    taken = {(m.source, m.start, m.end) for m in kept}
    longs: dict[int, set[str]] = {}
    for m in kept:
        if m.label == "ORG" and " " in m.text:
            longs.setdefault(m.source, set()).add(m.text)
    found: dict[tuple[int, int, int], Mention] = {}
    for m in before:
        span = (m.source, m.start, m.end)
        if span in taken or span in found or m.label != "ORG" or not _capitals(m.text):
            continue
        if any(acronym_matches(m.text, long) for long in sorted(longs.get(m.source, ()))):
            found[span] = m
    return list(found.values())


def _capitals(text: str) -> bool:
    """ "USFWS", "NOAA": three to eight capitals, nothing else."""
    return 3 <= len(text) <= 8 and text.isalpha() and text.isupper()
