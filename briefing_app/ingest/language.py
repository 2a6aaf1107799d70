"""A small offline language guess: the share of very common words of each language."""

from __future__ import annotations

import re

_STOPWORDS = {
    "en": "the of and to in a is that for on with as by was it at from are be has have this "
    "which its an not but were their will or been they he his said after also who",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als "
    "auch es an werden aus er hat dass sie nach wird bei",
    "fr": "le la les de des et à en un une du est que qui dans pour par sur au pas plus ne se "
    "ce il elle avec sont été aux",
    "es": "el la los las de del y en que un una por con para es se no su al lo como más pero "
    "sus le ha fue son",
    "ru": "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по "
    "только ее мне было вот от меня еще нет о из ему для при это также который",
}
_SETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")


def guess_language(text: str) -> str:
    """ISO 639-1 code of the likeliest language, or ``""`` when nothing is convincing."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < 5:
        return ""
    scores = {lang: sum(w in stop for w in words) / len(words) for lang, stop in _SETS.items()}
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= 0.12 else ""


def normalise_language(tag: str) -> str:
    """``"en-GB"``, ``"en_US"`` or ``"EN"`` to ``"en"``; ``""`` when not a language tag."""
    primary = re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else ""
