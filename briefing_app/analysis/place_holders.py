"""A title's place and its holder read as one name: "the President of the Republic of Tajikistan
Emomali Rahmon", "the Ambassador of Iran to Minsk Saeed Yari". The model's one span holds a
place the lists know, then two or three name words; the place is what the title is of or to,
the words after it are the holder. The span is cut in two: the place, and the person."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing_app.analysis.gazetteer import Gazetteer, city_names
from briefing_app.analysis.holder_spans import holder_word, portfolio_and_holder
from briefing_app.analysis.name_words import cached_norm, is_title

# a title, what it is of ("of the Islamic Republic of Iran", one word of it perhaps written in
# lower case: "Minister of foreign Affairs"), then "of"/"to"/"in" before the span
_TITLE_OF = re.compile(
    r"(?<![\w’'-])(?P<title>[A-Z][\w-]*)"
    r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+)?[A-Z][\w’'-]*"
    r"(?:[ \t]+(?:of[ \t]+)?[A-Z][\w’'-]*)*)*"
    r"[ \t]+(?:of|to|in)[ \t]+(?:the[ \t]+)?$"
)
_WORD = re.compile(r"\S+")


def place_and_holder(
    text: str, s: int, e: int, label: str, gaz: Gazetteer
) -> tuple[int, int] | None:
    """(end of the place, start of the holder's name) when ``text[s:e]`` is a place and the
    name of the title's holder after it, else None."""
    if label == "PERSON":
        return None
    words = list(_WORD.finditer(text, s, e))
    if words and words[0].group() in ("the", "The"):
        words = words[1:]
    if len(words) < 3:
        return None
    line_start = text.rfind("\n", max(0, s - 100), s) + 1
    before = _TITLE_OF.search(text, max(line_start, s - 100), words[0].start())
    if before is None or not is_title(cached_norm(before.group("title")), gaz):
        return None
    for k in (len(words) - 2, len(words) - 3):
        if k < 1:
            continue
        head = cached_norm(text[words[0].start() : words[k - 1].end()])
        tail = words[k:]
        if not (head in gaz.places or head in gaz.countries or head in city_names()):
            continue
        if all(holder_word(w.group(), gaz) for w in tail):
            return words[k - 1].end(), tail[0].start()
    return None


def split_place_holder(
    text: str, s: int, e: int, label: str, gaz: Gazetteer
) -> Iterator[tuple[int, int, str]]:
    """The span, or its place (as the model labelled it) and its holder (a person), or the
    holder alone after a title's portfolio ("... Secretary for Planning and Development Ann
    Roe": the portfolio is no actor)."""
    cut = place_and_holder(text, s, e, label, gaz)
    if cut is None:
        holder = portfolio_and_holder(text, s, e, label, gaz)
        yield (s, e, label) if holder is None else (holder, e, "PERSON")
        return
    yield s, cut[0], label
    yield cut[1], e, "PERSON"
