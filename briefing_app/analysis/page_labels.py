"""Names that are pieces of a page, not actors (issue 8 §2, headline and cruft fragments).

- a US state's abbreviation after a city and a comma ("Springfield, Ill.") belongs to the city;
- a word cut off at the very end of a truncated copy is no name;
- markup left in a copy ("Council</p") is never part of a name (``trim_page_residue``);
- a name whose last word a caption's "..." cut ("Command Post Humanit...") is no name: the
  whole of it is unknown;
- a name ending in a kind of document ("... Press Statement", "Readout") labels a page;
- an all-caps abbreviation written as a common noun ("an SMS", "via SMS") is no body;
- a word opening a line's contact label ("Media contact:", "Press enquiries:") is no body.
"""

from __future__ import annotations

import re

from briefing_app.analysis.citations import in_citation
from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.state_forms import AP_STATES, state_named_in_full

# The 50 states and the District of Columbia: the USPS two-letter codes (USPS Publication 28,
# Appendix B) and the AP Stylebook abbreviations used in datelines (states the AP writes out,
# such as Ohio or Texas, have none). Both are general data, not names from any article.
_USPS = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
)
# the AP abbreviations are ``state_forms.AP_STATES``'s (with each state's name), and "D.C."
US_STATE_ABBREVIATIONS = frozenset(_USPS.split()) | frozenset(AP_STATES) | {"D.C."}
# A capitalised word (the city), a comma, then the mention.
_CITY_COMMA = re.compile(r"[A-Z][\w.’'-]*,\s*$")
# Last words naming a kind of document or page: "Press Releases", "Readout", "Fact Sheet".
_DOCUMENT_LAST = frozenset(
    ["release", "releases", "statement", "statements", "readout", "remarks", "transcript"]
)
_DOCUMENT_PAIRS = frozenset([("fact", "sheet"), ("press", "briefing"), ("press", "note")])
# A cut-off last word: at least this many words before it on its line.
_PROSE_WORDS = 8
_CAPS = re.compile(r"[A-Z][A-Z&]{1,4}")
_COMMON_NOUN_BEFORE = re.compile(r"\b(?:an|a|via|more|some|any|another)\s+$")


def is_page_label(text: str, s: int, e: int, words: list[str], gaz: Gazetteer) -> bool:
    """True when ``text[s:e]`` (normalised to ``words``) is a piece of the page, not an actor."""
    return (
        _state_after_city(text, s, e, gaz)
        or _cut_at_the_end(text, s, e)
        or _cut_by_ellipsis(text, s, e)
        or _cut_teaser(text, s, e)
        or _names_a_document(words)
        or _abbreviation_as_noun(text, s, e, words, gaz)
        or _contact_label(text, s, e)
        or in_citation(text, s, e)  # "[2018] LLR 356", "(QB)", "[Printable PDF version]"
    )


_ELLIPSIS = ("...", "…")


def trim_page_residue(text: str, s: int, e: int) -> tuple[int, int]:
    """The span without markup residue ("Council</p", "p>Council") or a label after a colon
    ("European Council: Press")."""
    lt = text.find("<", s, e)
    if lt != -1:
        e = lt
    colon = text.find(": ", s, e)  # "European Council: Press": a page's label after the name
    if colon != -1:
        e = colon
    gt = text.rfind(">", s, e)
    if gt != -1:
        s = gt + 1
    return s, e


def _cut_by_ellipsis(text: str, s: int, e: int) -> bool:
    """ "Command Post Humanit...": a "..." cut the last word, which is the start of a longer
    word written elsewhere ("Humanitarian"); a whole word before "..." is no cut."""
    if not text.startswith(_ELLIPSIS, e) or not text[e - 1].isalpha():
        return False
    word = text[text.rfind(" ", s, e) + 1 : e]
    return re.search(r"(?<!\w)" + re.escape(word) + r"\w", text) is not None


# an excerpt's cut at a line's end: "Coastal […]", "The [...]"
_TEASER_CUT = re.compile(r"[ \t]*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)[ \t]*(?:\n|$)")
_SENTENCE_OPENS = re.compile(r"(?:^|\n|[.!?][”’\"']?[ \t]+)$")


def _cut_teaser(text: str, s: int, e: int) -> bool:
    """ "He defeated the governor. Coastal […]": an excerpt cut after the first word of a
    sentence, which a capital opens whatever it is; a word the text writes nowhere else is no
    name on that evidence alone."""
    name = text[s:e]
    if " " in name or not _TEASER_CUT.match(text, e):
        return False
    if not _SENTENCE_OPENS.search(text, max(0, s - 3), s):
        return False
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) == 1


def _state_after_city(text: str, s: int, e: int, gaz: Gazetteer) -> bool:
    """ "Fort Adams, N.C.": the state's abbreviation belongs to the place before it, unless
    the text names the state in full too ("Florida" beside "Homestead, Fla."): then the state
    is a place of the story."""
    name = text[s:e]
    if name not in US_STATE_ABBREVIATIONS and name + "." not in US_STATE_ABBREVIATIONS:
        return False
    if state_named_in_full(text, name, gaz):
        return False
    return _CITY_COMMA.search(text, max(0, s - 40), s) is not None


def _cut_at_the_end(text: str, s: int, e: int) -> bool:
    """The copy stops mid-word after prose ("... warnings from 10 Septem"): no name."""
    if e < len(text.rstrip()) or not text[e - 1].isalnum():
        return False
    line = text[text.rfind("\n", 0, s) + 1 : s]
    return len(line.split()) >= _PROSE_WORDS


def _names_a_document(words: list[str]) -> bool:
    """ "Press Releases", "... National DayPress Statement", "Fact Sheet": a page's label."""
    if len(words) < 2:
        return False
    return words[-1] in _DOCUMENT_LAST or (words[-2], words[-1]) in _DOCUMENT_PAIRS


def _abbreviation_as_noun(text: str, s: int, e: int, words: list[str], gaz: Gazetteer) -> bool:
    """ "an SMS message", "sent via SMS": an abbreviation the text only ever uses as a common
    noun (never "the X said"), and no known body or place, is not an organisation."""
    if not _CAPS.fullmatch(text, s, e) or not words:
        return False
    if words[0] in gaz.organizations or words[0] in gaz.places:
        return False
    token = re.compile(r"(?<![\w&])" + re.escape(text[s:e]) + r"(?![\w&])")
    return all(
        _COMMON_NOUN_BEFORE.search(text, max(0, m.start() - 9), m.start())
        for m in token.finditer(text)
    )


# "Media contact:", "Press enquiries:" at a line's start: a release's contact label
_CONTACT_AFTER = re.compile(r"[ \t]+(?:contacts?|enquiries|inquiries)[ \t]*:", re.IGNORECASE)


def _contact_label(text: str, s: int, e: int) -> bool:
    """ "Media contact:" under a press release labels who to call; "Media" is no body."""
    return (s == 0 or text[s - 1] == "\n") and _CONTACT_AFTER.match(text, e) is not None
