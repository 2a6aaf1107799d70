"""Lines of a copied release that name its issuing body beside something else. General rules:

- the body and the kind of paper it issued, parted by a dash or a bar ("Kelvo Water
  Commission - Statement", "Ministry of Water | Speech"): the body is the issuer;
- a statement by an office holder of a body ("Statement by the Spokesperson of the Ministry of
  Water of Kelvo on the floods"): the body, when its name has a public body's head noun (a
  person's office: "Statement by the Minister of Water" names no body);
- a press contact naming the body ("Media contact: Jane Roe, Kelvo Water Board, +1 555 0100",
  or "Media contacts:" over such a line): the body whose press office it is.
"""

from __future__ import annotations

import re

_SMALL = frozenset({"of", "for", "and", "the", "on", "in", "to", "at", "&"})
_NAME_WORD = re.compile(r"[A-Z][\w’'.&-]*|of|for|and|the|in|&")
# The kinds of paper a body issues, as its pages label them.
_PAPER = (
    r"(?:press\s+|news\s+|media\s+)?(?:statement|release|speech|remarks|readout|communiqu[eé]|"
    r"declaration|daily\s+news|news|announcement)s?"
)
_BODY_THEN_KIND = re.compile(rf"(?P<body>[^|–—]{{5,90}}?)\s+[-–—|]\s+{_PAPER}", re.I)
_STATEMENT_BY = re.compile(
    r"(?i:(?:joint\s+)?(?:press\s+)?(?:statement|remarks|declaration)\s+by\s+(?:the\s+)?)"
    r"(?P<role>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:of|at)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|and|the|in|&))*)",
)
_CONTACT = re.compile(
    r"(?:media|press)\s+(?:contacts?|enquiries|inquiries|office)\s*:?\s*(?P<rest>.*)", re.I
)


def body_name(name: str, heads: frozenset[str]) -> str:
    """``name`` trimmed to a body's name ("the Kelvo Water Board" -> "Kelvo Water Board"):
    capitalised words and the small words of names, a head noun among them; "" otherwise."""
    words = name.strip(" ,.;").split()
    while words and (words[0] in _SMALL or words[0] == "The"):
        words.pop(0)
    while words and words[-1] in _SMALL:
        words.pop()
    if not 1 <= len(words) <= 10 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return ""
    return " ".join(words) if any(w.casefold() in heads for w in words) else ""


def labelled_body(lines: list[str], heads: frozenset[str]) -> str:
    """The body a line of ``lines`` names beside its paper or its office holder (module doc)."""
    for line in lines:
        match = _BODY_THEN_KIND.fullmatch(line.strip())
        if match and (body := body_name(match["body"], heads)):
            return body
        if match := _STATEMENT_BY.match(line.strip()):
            # "... of the Ministry of Water of Kelvo on the floods": the name ends at "on"
            name = re.split(r"\s+(?:on|regarding|about|at|in)\s+(?:the\s+)?[a-z]", match["body"])
            if body := body_name(name[0], heads):
                return body
    return ""


def contact_body(lines: list[str], heads: frozenset[str]) -> str:
    """The body a press contact names (module doc): the first part of the contact line (or of
    the line under a bare "Media contacts:") that is a body's name."""
    for i, line in enumerate(lines):
        match = _CONTACT.fullmatch(line.strip())
        if not match:
            continue
        rest = match["rest"] or (lines[i + 1] if i + 1 < len(lines) else "")
        for part in re.split(r"\s*[,|;]\s*|\s+[–—-]\s+", rest):
            if body := body_name(part, heads):
                return body
    return ""
