"""A list item finishing its lead-in's sentence is not a sentence of its own.

"Key agreements include:" then "- A meeting of the border committee on 4 August, to be hosted
by Kestria." The item is a noun phrase with no finite verb: it completes the line ending in a
colon, and worded alone as a key point it says nothing ("A meeting ... to be hosted"). Such an
item still supports (cites its source for) a point another sentence words; an item that is a
whole sentence ("- The earthquake killed 212 people.", "- Kestria will send 40 engineers.")
stays a candidate like any other.

A finite verb, without a parser: an auxiliary or a modal ("will", "has", "is"), a past form in
-ed that is not a participle ("led by", "to be hosted", "the affected"), one of the common
irregular past forms of English grammars ("fled", "sent"), or a present in -s after a first
word written as a name ("Kestria sends"). A clause after "if", "when",
"which"... is left out: "if both sides agreed" does not make the item a sentence.
"""

from __future__ import annotations

import bisect
import re

_BULLET = re.compile(r"\s*(?:[-–—•*·▪●]|\(?[a-z0-9]{1,2}[.)])\s+")
_SUBORDINATE = re.compile(
    r",?\s+\b(?:if|when|while|because|unless|which|who|whom|whose|where|after|before|once|"
    r"as|so that|provided)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_WORD = re.compile(r"[A-Za-z’'-]+")


def _words(line: str) -> frozenset[str]:
    return frozenset(line.split())


_FINITE = _words(
    "is are was were has have had will would can could may might must shall should do does did "
    "am isn’t aren’t wasn’t weren’t won’t"
)
# the common irregular past forms (any English grammar's table of irregular verbs)
_IRREGULAR_PAST = _words(
    "began brought built came chose drove fell fled flew fought found gave got grew held hit "
    "kept knew laid led left lost made meant met paid put ran rose said saw sent set shook "
    "sought spoke spent stood struck swept took told threw understood went won wrote"
)
_PRESENT_S = re.compile(r"[a-z]{2,}[^su]s$")
_BEFORE_PARTICIPLE = _words("be been being to the a an has have had was were is are")


def finite(text: str) -> bool:
    """True when the main clause of ``text`` has a finite verb (see the module's rules)."""
    main = _SUBORDINATE.sub("", text)
    written = _WORD.findall(main)
    words = [w.lower() for w in written]
    if len(words) > 1 and written[0][:1].isupper() and _PRESENT_S.match(words[1]):
        return True  # "Kestria sends 40 engineers": a name, then a present tense
    for k, w in enumerate(words):
        if w in _FINITE:
            return True
        past = w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4)
        if (
            past
            and k > 0
            and words[k - 1] not in _BEFORE_PARTICIPLE
            and words[k + 1 : k + 2] != ["by"]
        ):
            return True
    return False


def listed_fragment(lines, s: int, text: str, source_text: str) -> bool:
    """True for a verbless list item under a lead-in line ending in a colon."""
    line = lines.line_at(s)
    if line is None or not _BULLET.match(source_text, line[0]) or finite(text):
        return False
    k = bisect.bisect_left(lines.lines, line) - 1
    while k >= 0:  # up through the list's other items to its lead-in
        a, b = lines.lines[k]
        if source_text[a:b].rstrip().endswith(":"):
            return True
        if not _BULLET.match(source_text, a):
            return False
        k -= 1
    return False
