"""Small text rules every package shares: where a sentence ends, naive sentences, name keys."""

from __future__ import annotations

import re
import unicodedata

# What ends a sentence, and what may close it after the stop (a quote, a bracket).
SENTENCE_STOPS = ".!?…"
SENTENCE_CLOSERS = "\"'”’)]»"
_END = re.compile(f"[{re.escape(SENTENCE_STOPS + SENTENCE_CLOSERS)}]$")
_END_OR_COLON = re.compile(f"[{re.escape(SENTENCE_STOPS + SENTENCE_CLOSERS)}:]$")
# Inside running text: a stop (maybe closed by a quote or bracket) before a space, or a line end.
_BREAK = re.compile(f"[{re.escape(SENTENCE_STOPS)}][{re.escape(SENTENCE_CLOSERS)}]*(?=\\s)|\\n")
_NOT_ALNUM = re.compile(r"[\W_]+")


def ends_sentence(line: str, *, colon: bool = False) -> bool:
    """True when ``line`` ends like a sentence (a colon counts too with ``colon=True``)."""
    pattern = _END_OR_COLON if colon else _END
    return pattern.search(line.rstrip()) is not None


def naive_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation and line breaks, for text no parser has split."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BREAK.finditer(text):
        _add_span(text, start, m.end(), spans)
        start = m.end()
    _add_span(text, start, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))


def fold(text: str, sep: str = " ", *, accents: bool = False, case: bool = False) -> str:
    """A comparison key: case ignored, every run of non-letters/digits one ``sep``, ends trimmed.

    Accents are dropped too ("Erdoğan" ~ "Erdogan") unless ``accents=True``; ``case=True``
    keeps the case (a file name made from a title).
    """
    if accents:
        plain = unicodedata.normalize("NFKC", text)
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_ALNUM.sub(sep, plain if case else plain.casefold()).strip(sep)


def spells(letters: str, options) -> bool:
    """Whether words' initials spell ``letters`` exactly, as acronyms take them: ``options``
    holds, per word, the strings it may add and whether it may add nothing (a small word such
    as "of"). Shared by ingest (an outlet's subdomain) and analysis (an acronym's long form)."""
    reach = {0}  # positions in ``letters`` reachable after each word
    for ways, minor in options:
        nxt = set(reach) if minor else set()
        for pos in reach:
            for way in ways:
                if letters.startswith(way, pos):
                    nxt.add(pos + len(way))
        reach = nxt
        if not reach:
            return False
    return len(letters) in reach


def balance_quotes(text: str) -> str:
    """A sentence cut from a longer quotation with its quotation marks made whole: the last
    sentence of a quote gains its opening mark ("I want to assure them.”" -> "“I want to
    assure them.”"), the first its closing one. Only a lone curly mark is mended (a straight
    one or a single quote may be an apostrophe or an inch); anything else is left as written."""
    opens, closes = text.count("“"), text.count("”")
    if closes == opens + 1 and text.rstrip().endswith("”") and not text.startswith("“"):
        return "“" + text
    if opens == closes + 1:
        return text.rstrip() + "”"
    return text


LIST_ANNOUNCER_WORDS = 4  # "Members are as follows:"; a label ("Committee Members:") is shorter
_LOWER_WORD = re.compile(r"[a-z]")
# the small words a title-case label holds too ("List of the Members of Staff:")
_LABEL_WORDS = frozenset(["a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to"])


def announces_list(line: str) -> bool:
    """A sentence that ends with a colon and opens a list under it ("Membership of the
    Committee is as follows:", "… comprises the following Member States:"): the short lines
    under it are the list's items, not page furniture. A label ("Committee Members:") is no
    sentence (too short, or no lower-case word but "of" or "the"), and a call to get in touch
    ("For more information, please contact:") opens a press contact's lines, not the story's."""
    text = line.strip()
    if not text.endswith(":"):
        return False
    words = text[:-1].split()
    if len(words) < LIST_ANNOUNCER_WORDS or "contact" in text.casefold():
        return False
    return any(_LOWER_WORD.match(w) and w not in _LABEL_WORDS for w in words)
