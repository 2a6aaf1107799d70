"""A people named by a plural of a place of more than one word: "Solomon Islanders", "New
Zealanders", "Sierra Leoneans" (a group, never a person or a body)."""

from __future__ import annotations

from briefing_app.analysis.gazetteer import Gazetteer

# plural people's endings and what the place's name ends with in their stead
_PLURAL_ENDINGS = (("ers", ("s", "")), ("ans", ("a", "")), ("ians", ("ia", "")), ("ns", ("",)))


def plural_people(key: str, gaz: Gazetteer) -> bool:
    """A plural key ("solomon islanders") whose stem, given a place's ending back, is a place of
    two or more words ("solomon islands"); a singular ("The New Yorker", a magazine) is not."""
    if " " not in key or key in gaz.places or key in gaz.organizations:
        return False
    for ending, tails in _PLURAL_ENDINGS:
        if not key.endswith(ending):
            continue
        stem = key[: -len(ending)]
        if any(stem + tail in gaz.places for tail in tails):
            return True
    return False
