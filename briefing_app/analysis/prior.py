"""A condition that was there before: two sources telling one place's earlier plight in other
words ("the blast comes on top of an existing economic crisis in Sarnet" / "an additional
challenge at a time of already deep crisis in Sarnet").

A sentence tells a prior condition with a word that presupposes it was already there (the
aspectual and additive presupposition triggers of English: "already", "still", "existing",
"pre-existing", "ongoing", "additional", "compounding", "on top of") and the words of its
clause after that word ("already deep crisis" -> "deep", "crisis"). Two sentences from different
sources tell one prior condition when both tell one, share a word of it ("crisis" = "crises"),
name a place in common and not each its own country before the trigger ("Kestrel is still
assessing the damage in Sarnet" / "Orsk is still assessing ..."), and tell no kind of event
besides a blow's ("struck", "killed"): "Sarnet was already facing a cholera outbreak" and "the
blast comes on top of an existing economic crisis in Sarnet" are two conditions; "Kestrel has
already sent 40 tonnes of food" is an act, no condition; the same crisis of two places is two
facts.

General English rules only, nothing read from particular articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.donors import subjects
from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.hazards import blow_kinds, times_differ

_TRIGGER = re.compile(
    r"\b(?:already|still|(?:pre-?)?existing|ongoing|additional|compound(?:ed|ing|s)?|"
    r"on\s+top\s+of)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)
_BREAK = re.compile(r"[,;:.!?()\[\]–—\"“”|/]")
WINDOW = 6  # words of the clause after the trigger: "already facing one of the biggest crises"


def _stem(word: str) -> str:
    """Seven letters of a word with a plural or a Greek plural ending dropped ("crises" and
    "crisis" are "cris")."""
    low = word.lower().strip("’'-")
    for end in ("es", "is", "s"):
        if len(low) > len(end) + 3 and low.endswith(end) and not low.endswith("ss"):
            low = low[: -len(end)]
            break
    return low[:7]


@lru_cache(maxsize=65536)
def prior_words(text: str) -> frozenset[str]:
    """Stems of the lower-case content words that follow a word presupposing an earlier
    condition, in its clause ("on top of an existing economic crisis" -> economi, cris)."""
    skip = gazetteer().function_words
    out: set[str] = set()
    for m in _TRIGGER.finditer(text):
        clause = _BREAK.split(text[m.end() :], maxsplit=1)[0]
        words = _WORD.findall(clause)[:WINDOW]
        for word in words:
            low = word.lower()
            # a second trigger is no word of the condition ("additional ... already deep")
            if (
                word[:1].islower()
                and len(low) > 2
                and low not in skip
                and not _TRIGGER.fullmatch(low)
            ):
                out.add(_stem(low))
    return frozenset(out)


def _subjects(s) -> frozenset[str]:
    """The countries named before a sentence's first trigger, not after a preposition."""
    m = _TRIGGER.search(s.text)
    return subjects(s.text, s.placed, m.start()) if m else frozenset()


def _places(actors: frozenset[str]) -> frozenset[str]:
    return frozenset(x for x in actors if x.startswith("place:"))


def same_prior(a, b, *, synonyms: bool = True) -> bool:
    """Whether two candidates (``keypoints.Sentence``) from different sources tell one prior
    condition of one place (with ``synonyms``, a capital stands for its country)."""
    if a.source == b.source:
        return False
    shared = prior_words(a.text) & prior_words(b.text)
    if not shared:
        return False
    acts_a, acts_b = (a.fact_actors, b.fact_actors) if synonyms else (a.actors, b.actors)
    if not _places(acts_a) & _places(acts_b):
        return False
    subj_a, subj_b = _subjects(a), _subjects(b)
    if subj_a and subj_b and not subj_a & subj_b:
        return False  # "Kestrel is still assessing ..." / "Orsk is still assessing ...": two
    blow = blow_kinds(gazetteer().event_words)
    if (a.fact_events | a.events) - blow or (b.fact_events | b.events) - blow:
        return False  # "Kestrel has already sent food": an act, no condition
    return not times_differ(a, b)
