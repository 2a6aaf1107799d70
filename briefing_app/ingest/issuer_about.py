"""The issuer a release names in its closing boilerplate: general rules, no names from pages.

- the "About" paragraph press releases end with (the wires' and agencies' house style): a
  heading "About the Kelvo Water Board" over a paragraph that names the body again, or the
  heading run into it ("About the Peace Corps: The Peace Corps sends ...");
- a closing sentence saying who issued the text ("This press release was issued by the Kelvo
  Water Board.");
- a republisher's line of issue, alone on its line near the top or the foot ("The press release
  issued by the Kelvo Water Board on 3 March 2031."): the body is the page's issuer
  (``issue_line_body``). A story's sentence ("The report issued by the ministry last year found
  ...") says more than who issued the text and is no such line.

"About us", "About the author" or "About this site" name no body (no capitalised name, or a
name the paragraph under it does not repeat).
"""

from __future__ import annotations

import re

from briefing_app.ingest.issuer_lines import body_name
from briefing_app.ingest.title_labels import _name, bilingual_name

MAX_NAME_WORDS = 8
_ABOUT = re.compile(r"About\s+(?:the\s+)?(?P<name>[A-Z][^:.!?\n]{1,80}?)\s*(?::\s+(?P<rest>.+))?")
_ISSUED_BY = re.compile(
    r"This\s+(?:(?:press|news|media)\s+)?(?:release|statement|article|story|report|notice)\s+"
    r"(?:was|is|has\s+been)\s+(?:issued|released|distributed|published|provided|produced)\s+"
    r"by\s+(?:the\s+)?(?P<name>[A-Z][^.!?\n]{1,80}?)\.?"
)


# "The press release issued by the Kelvo Water Board on 3 March 2031.", "This statement was
# released by the Ministry of Water.": the whole line says who issued the text (and when).
_ISSUE_LINE = re.compile(
    r"(?:The|This)\s+(?:(?:press|news|media)\s+)?(?:release|statement)\s+"
    r"(?:(?:was|has\s+been)\s+)?(?:issued|released|distributed|published)\s+by\s+(?:the\s+)?"
    r"(?P<name>[A-Z][^.!?\n]{1,80}?)"
    r"(?:\s+on\s+(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{4}-\d\d-\d\d))?\s*\.?"
)


def issue_line_body(line: str, heads: frozenset[str]) -> str:
    """The body a line of issue names ("The press release issued by the Kelvo Water Board on 3
    March 2031." -> "Kelvo Water Board"), "" for any other line (module doc): a body's name, a
    head noun of ``heads`` or "Government" among its words ("published by Jane Roe" names a
    writer; "the Welsh Government" issuing a release is a body, whatever a headline's "UK
    Government" is taken for elsewhere)."""
    match = _ISSUE_LINE.fullmatch(" ".join(line.split()))
    return body_name(match["name"], heads | {"government"}) if match else ""


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
