"""An acronym the text defines in a bracket right after a body's name is that body's, whatever
its initials: "Federal Ministry for Economic Cooperation and Development (BMZ)" writes the
German name's initials, "the International Maize and Wheat Improvement Center’s (CIMMYT)" the
Spanish one's. The bracket says so; the letters need not."""

from __future__ import annotations

import re

from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.analysis.spellings import american

_OWNED = ("’s", "'s")  # "... Center’s (CIMMYT)": the bracket defines the owner's name
_BODY_LABELS = ("ORG", "FAC")
# "... Ministry (AFP) –", "... Ministry (AFP)" closing its line: an agency's credit, no acronym
_CREDIT_AFTER = re.compile(r"[ \t]*(?:$|\n|[-–—])")


def defined_long_form(
    text: str, end: int, acronym: str, by_end: dict[int, Mention], match: re.Match
) -> Mention | None:
    """The body's name (tagged by the model, two words or more) that ends right before a
    bracket holding only ``acronym``, as its long form; None when the bracket goes on ("(ABC;
    2004-2017)") or closes a line or a dateline (a credit), when the acronym is no run of
    capitals, or when the lists know it as a place or as another body ("(UK)", "(WHO)")."""
    from briefing_app.analysis.gazetteer import gazetteer

    letters = acronym.replace(".", "")
    if (
        not match.group(0).endswith(")")
        or _CREDIT_AFTER.match(text, match.end())
        or not 2 <= len(letters) <= 8
        or not letters.isalpha()
        or not letters[0].isupper()
        or sum(c.isupper() for c in letters) < len(letters) - 1
    ):
        return None
    for owned in ("", *_OWNED):
        if owned and not text.endswith(owned, 0, end):
            continue
        m = by_end.get(end - len(owned))
        if m is not None and m.label in _BODY_LABELS and len(m.text.split()) >= 2:
            return None if _known_otherwise(cached_norm(acronym), m.text, gazetteer()) else m
    return None


def _known_otherwise(key: str, long_form: str, gaz) -> bool:
    """ "(UK)" after a charity's name, "(AFP)" after a ministry's: a place, or a body the lists
    spell out otherwise, is no acronym of that name."""
    if key in gaz.places or key in gaz.persons:
        return True
    canonical = gaz.organizations.get(key)
    if canonical is None:
        return False
    # "UN Agriculture and Food Organization (FAO)": the list's name in other words is no other
    words = set(american(cached_norm(long_form)).split())
    return not set(american(cached_norm(canonical)).split()) - _MINOR <= words


_MINOR = frozenset(["of", "the", "and", "for", "on", "in", "&"])
