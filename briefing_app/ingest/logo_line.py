"""A logo's text alone on a line: the alternative text of the page's logo image, which a reader
view or a copy of the page keeps as a line ("Logo Kelvo Herald", "Kelvo Water Board Logo",
"Kelvo Assembly Crest Logo").

It names the page's publisher, as the page shows it: the line is never a headline nor the
story's text (page furniture), and it is the outlet of a copy that names none, or of a
publisher's page whose address gives only a domain, when the text writes the body's name again
(the logo's words past the name describe the picture: "Crest", "Flax Flower"). A line that only
mentions a logo ("The board unveils its new logo", "KWB logo at the Kelvo office") is none.
"""

from __future__ import annotations

import re

from briefing_app.ingest.byline import headline_verb
from briefing_app.ingest.urls import outlet_domain

_LOGO = re.compile(
    r"(?:logo\s+(?:of\s+(?:the\s+)?)?(?P<after>\S.*)|(?P<before>.*\S)\s+(?:[-–|:]\s+)?logo)",
    re.I,
)
_NAME_WORD = re.compile(r"[^\W\d_][\w’'&.-]*|of|for|and|the|&")
MAX_NAME_WORDS = 8
TOP_LINES = 8  # a page's logo sits in its header, among the first lines


def logo_name(line: str) -> str:
    """The name on a logo's line ("Logo Kelvo Herald": "Kelvo Herald"); "" for any other line:
    the name's words capitalised (the small words of names aside), no headline's verb."""
    match = _LOGO.fullmatch(" ".join(line.split()))
    if not match:
        return ""
    name = (match["after"] or match["before"]).strip(" -–|:")
    words = name.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or not all(_NAME_WORD.fullmatch(w) for w in words):
        return ""
    if not all(w[:1].isupper() or w in ("of", "for", "and", "the", "&") for w in words):
        return ""
    if words[-1] in ("of", "for", "and", "the", "&") or headline_verb(words):
        return ""  # "Kelvo Board Unveils New Logo": a headline about a logo
    if len(words) == 1 and not name.isupper():
        return ""  # "Site Logo", "Footer Logo": no name; an acronym ("KWB Logo") is one
    return name


def _as_text_writes_it(name: str, text: str) -> str:
    """The longest start of ``name`` (two words or more, or all of it) the text writes as a
    name of its own ("Kelvo Assembly" of "Kelvo Assembly Crest"); "" when none."""
    words = name.split()
    for end in range(len(words), 0, -1):
        part = " ".join(words[:end])
        if (end >= 2 or end == len(words)) and re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text):
            return part
    return ""


def page_logo(top: list[str], text: str, url: str, outlet: str) -> str:
    """The publisher a logo line among the page's first lines ``top`` names: for a page
    without an outlet, the name (as the text writes it, when it does); for a page whose outlet
    is its address's domain, the name only when the text writes it again. "" otherwise."""
    for line in top[:TOP_LINES]:
        name = logo_name(line)
        if not name:
            continue
        story = text.replace(line, "")
        found = _as_text_writes_it(name, story)
        if not outlet:
            return found or name
        if url and outlet == outlet_domain(url) and found:
            return found
        return ""
    return ""
