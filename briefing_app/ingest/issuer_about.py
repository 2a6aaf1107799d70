"""The issuer a release names in its closing boilerplate: general rules, no names from pages.

- the "About" paragraph press releases end with (the wires' and agencies' house style): a
  heading "About the Kelvo Water Board" over a paragraph that names the body again, or the
  heading run into it ("About the Peace Corps: The Peace Corps sends ...");
- a closing sentence saying who issued the text ("This press release was issued by the Kelvo
  Water Board.").

"About us", "About the author" or "About this site" name no body (no capitalised name, or a
name the paragraph under it does not repeat).
"""

from __future__ import annotations

import re

from briefing_app.ingest.title_labels import _name, bilingual_name

MAX_NAME_WORDS = 8
_ABOUT = re.compile(r"About\s+(?:the\s+)?(?P<name>[A-Z][^:.!?\n]{1,80}?)\s*(?::\s+(?P<rest>.+))?")
_ISSUED_BY = re.compile(
    r"This\s+(?:(?:press|news|media)\s+)?(?:release|statement|article|story|report|notice)\s+"
    r"(?:was|is|has\s+been)\s+(?:issued|released|distributed|published|provided|produced)\s+"
    r"by\s+(?:the\s+)?(?P<name>[A-Z][^.!?\n]{1,80}?)\.?"
)


def _body(name: str) -> bool:
    name = name.strip()
    return len(name.split()) <= MAX_NAME_WORDS and (_name(name) or bilingual_name(name))


def about_issuer(text: str) -> str:
    """The body the text's closing boilerplate names (module doc), "" when none does."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    start = len(paragraphs) // 2  # boilerplate closes the text
    for i in range(start, len(paragraphs)):
        if (match := _ISSUED_BY.fullmatch(paragraphs[i])) and _body(match["name"]):
            return match["name"].strip()
        match = _ABOUT.fullmatch(paragraphs[i])
        if not match or not _body(name := match["name"].strip()):
            continue
        rest = match["rest"] or (paragraphs[i + 1] if i + 1 < len(paragraphs) else "")
        if name in rest:
            return name
    return ""
