"""A page's header printed as a bulleted list of fields: "• Published", "• By Sgt. Jane Roe",
"• 12th Wing Public Affairs" (content systems of government and military sites print the
label, the by-line and the writer's office so). General rules, no strings from pages:

- the bullet is the list's mark, not part of the field: the line is read without it;
- a field that is a label with no value ("Published", "Posted", "Updated") is furniture;
- a field that is an office and nothing else ("Kelvo Command Public Affairs": it opens with a
  unit's code or a service word and ends with its office noun) is the writer: the author when
  no person is named, the writer's unit after a person's by-line.
"""

from __future__ import annotations

import re

from briefing_app.ingest.byline import office_byline, without_unit
from briefing_app.ingest.casing import org_words

HEADER_LINES = 12  # such a list sits in the page's header
_ITEM = re.compile(r"[•·▪◦‣∙●○■□►▶➢*]\s*(?P<rest>\S.*)")
_EMPTY_LABEL = re.compile(
    r"(?:published|posted|updated|last\s+updated|date|released|issued|by)\s*:?", re.I
)


def header_item(line: str, number: int) -> str:
    """The field a bulleted header line holds, without its bullet ("" for any other line)."""
    match = _ITEM.fullmatch(line.strip()) if number <= HEADER_LINES else None
    return match.group("rest").strip() if match else ""


def empty_label(field: str) -> bool:
    """A field that is only a label with no value ("Published")."""
    return bool(_EMPTY_LABEL.fullmatch(field))


_BY = re.compile(r"^\s*by\s*:?\s+", re.I)
_NAME_WORD = re.compile(r"[A-Z][\w.’'&/-]*|\d{1,3}(?:st|nd|rd|th|d)|of|for|and|the|&")


def office_only(field: str) -> str:
    """The office a field names when it is an office and nothing else ("Kelvo Command Public
    Affairs", "12th Wing Public Affairs"): capitalised words of a name, no rank among them,
    ending with its office noun; "" for a person's by-line, a headline or an office with more
    after it. (An office's name may open with a place: it is read as a unit's would be.)"""
    label = _BY.match(field)  # "By Kelvo Command Public Affairs": the label is no name
    field = field[label.end() :] if label else field
    head = without_unit(field)
    if label and head != field and not any(w.casefold() in org_words() for w in head.split()):
        return ""  # "By Jane Roe 12th Wing Public Affairs": a person, then the unit
    words = field.split()
    if not 2 <= len(words) <= 9 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return ""
    unit = f"U.S. {field.strip()}"  # a unit's opening word, so the name's own first word is free
    return field.strip() if office_byline(unit) == unit else ""


# A field's label alone on its line, its value on the next ("Source" / "Kelvo Water Board",
# "Posted" / "25 Apr 2031"), as aggregators and report listings print their fields.
_BARE_LABEL = re.compile(
    r"(?P<label>source|posted|published|originally\s+published|date|release\s+date|"
    r"publication\s+date|author|authors|publisher|outlet)\s*:?",
    re.I,
)
MAX_VALUE_WORDS = 12


# A document's kind alone on its line over "from <body>" ("Report" / "from Kelvo Water Board"),
# as report repositories print their credit to the issuer: read as "Source: <body>".
_KIND_OVER_FROM = re.compile(
    r"(?:report|(?:news\s+and\s+)?press\s+release|statement|situation\s+report|news)", re.I
)
_FROM_BODY = re.compile(r"from\s+(?:the\s+)?[A-Z][^.!?:;]{1,80}")


def label_value(label: str, value: str) -> str:
    """The field "<label>: <value>" when ``label`` is a field's label alone on its line and
    ``value`` (the next line) a short value, not a sentence; a document's kind over "from
    <body>" as the body's credit ("Source: Kelvo Water Board"); "" otherwise."""
    if _KIND_OVER_FROM.fullmatch(label.strip()) and _FROM_BODY.fullmatch(value.strip()):
        body = value.strip().removeprefix("from").strip()
        # A body's name (an organisation word in it), not a place: "Report" / "from Gaza" is a
        # headline wrapped over two lines.
        named = any(w.casefold().strip(",.") in org_words() for w in body.split())
        return f"Source: {body}" if named else ""
    match = _BARE_LABEL.fullmatch(label.strip())
    if not match or not value or len(value.split()) > MAX_VALUE_WORDS:
        return ""
    if value.rstrip().endswith((".", "!", "?", ":")) and not re.search(r"\d", value):
        return ""
    return f"{match.group('label')}: {value.strip()}"
