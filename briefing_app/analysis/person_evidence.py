"""Votes for a person or a place from a name's own structure and the words right around it,
for names the model typed as bodies or places on its weak evidence: a patronymic in the name or
right before it ("Yuriy Khadzymuratavich Kareau", "Alyaksandr Pyatrovich Barsukou"), a
capitalised role noun right before a given name and surname ("Service Chief Masood Farivar"),
and a single word after "in" that no body's word or known body names ("the company in
Welshpool", "violence in Bentiu")."""

from __future__ import annotations

import re
from collections import Counter

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.model import PERSON, PLACE

# East Slavic patronymics ("-ovich", "-evich", "-avich" of Belarusian, "-ovych" of Ukrainian,
# "-ovna", "-evna" of women): only people carry them
PATRONYMIC = re.compile(
    r"[A-Z][a-z]{2,}(?:ovich|evich|avich|ievich|ovych|evych|ovna|evna|ievna|ichna)"
)
PATRONYMIC_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+$")
# role nouns that head a person's post and are no titles of their own in the gazetteer:
# "VOA Afghan Service Chief Masood Farivar", "Bureau Chief", "Pastor Ann Vale"
_ROLE_BEFORE = re.compile(
    r"(?<![\w-])(?:Chief|Editor|Correspondent|Reporter|Pastor|Activist|Laureate)[ \t]+$"
)
_NAME_WORD = re.compile(r"[A-Z][a-z’'-]+")
# "in Welshpool", not "in the X", nor a line's heading
_IN_BEFORE = re.compile(r"(?<![\w-])in[ \t]+$")
# "invested in X", "shares in X", "a job in X", "trust in X": "in" of a stake or a belief
_STAKE_IN = re.compile(
    r"(?<![\w-])(?:invest\w*|stakes?|shares?|interests?|jobs?|work\w*|roles?|members?|career"
    r"|trust|faith|confidence|believe\w*|listed|traded)[ \t]+in[ \t]+$",
    re.IGNORECASE,
)


def structure_votes(m: Mention, gaz: Gazetteer, text: str) -> Counter:
    votes: Counter = Counter()
    if m.label == "PERSON" or not text:
        return votes
    key = cached_norm(m.text)
    words = m.text.split()
    known = key in gaz.organizations or key in gaz.places
    body = any(w in gaz.org_suffixes for w in key.split())
    if known or body:
        return votes
    before = PATRONYMIC_BEFORE.search(text, max(0, m.start - 30), m.start)
    if any(PATRONYMIC.fullmatch(w) for w in words) or (
        before and PATRONYMIC.fullmatch(before.group(1))
    ):
        votes[PERSON] += 3  # "Yuriy Khadzymuratavich Kareau", "... Pyatrovich Barsukou"
    elif (
        2 <= len(words) <= 3
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and _ROLE_BEFORE.search(text, max(0, m.start - 20), m.start)
    ):
        votes[PERSON] += 2  # "Service Chief Masood Farivar": a post, then its holder's name
    if (
        m.label == "ORG"
        and len(words) == 1
        and _NAME_WORD.fullmatch(m.text)
        and _IN_BEFORE.search(text, max(0, m.start - 4), m.start)
        and not _STAKE_IN.search(text, max(0, m.start - 20), m.start)
    ):
        votes[PLACE] += 2  # "the company in Welshpool": a town, not a body
    return votes
