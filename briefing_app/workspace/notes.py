"""What the analyst should know but that stopped nothing: the warning lines of Problems."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from briefing_app.model import Source
from briefing_app.model.decisions import Decision

NOT_ENGLISH = (
    "written in {language}; the analysis is English-only, so names, dates and key points "
    "may be missed"
)


@lru_cache(maxsize=64)
def language_name(code: str) -> str:
    """ "Italian" for "it"; the code itself when pycountry does not know it."""
    import pycountry  # its tables load on first use

    found = pycountry.languages.get(alpha_2=code) or pycountry.languages.get(alpha_3=code)
    return found.name if found is not None else code


def source_notes(sources: Sequence[Source]) -> list[str]:
    """Per source: what loading lost (a PDF page), and a note when it is not in English."""
    notes = []
    for src in sources:
        notes += [f"{src.display_name}: {w}" for w in src.warnings]
        if src.language and src.language != "en":
            language = language_name(src.language)
            notes.append(f"{src.display_name}: {NOT_ENGLISH.format(language=language)}")
    return notes


def decision_notes(stale: Sequence[Decision], unreadable: Sequence[str]) -> list[str]:
    """Decisions that were not applied: "2 actor decisions no longer match anything (…)"."""
    notes = []
    if stale:
        count = len(stale)
        which = "; ".join(d.describe() for d in stale[:3]) + ("; …" if count > 3 else "")
        noun = "decision no longer matches" if count == 1 else "decisions no longer match"
        notes.append(f"{count} actor {noun} anything ({which})")
    if unreadable:
        count = len(unreadable)
        noun = "decision" if count == 1 else "decisions"
        notes.append(f"{count} stored actor {noun} could not be read ({unreadable[0]})")
    return notes
