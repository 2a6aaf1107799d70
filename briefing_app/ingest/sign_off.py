"""The office a copied release signs off with, on a line of its own after its last paragraph.

A release closes with its issuing office's name: a press office ("Kelvo Water Board Media
Unit", "PM Media Unit", "Government Press Office") or the office itself over the place it
issues from ("Office of the Prime Minister" over "Port Kelvo, Kelvo"). A blog or a portal that
copies the release keeps that line, though what follows it (another post, a download link, a
second copy of the quotes) is the copier's. General rules, no names from particular pages:

- the line stands right after a paragraph of running prose (eight words or more, closed by a
  stop or a closing quote), past the page's first lines, maybe after an end mark ("ENDS",
  "###"); it is a name and nothing else: capitalised words and the small words of names;
- a press office's name (its last words a press office's kind: "Media Unit", "Press Office",
  "Public Affairs", "Communications Office") signs off wherever it stands;
- another public body's name (``copy_issuer.public_body``: "Office of the Prime Minister",
  "Ministry of Water") signs off only over a place line ("Port Kelvo, Kelvo") or as the page's
  last line: a body's name over more prose is a subheading of that prose ("Ministry of Water"
  over "The ministry said ...").

Not read: a by-line ("By Capt. Jane Roe, Kelvo Public Affairs"), a labelled line ("Photo:
Kelvo Press Office", "Media contact: ..."), a name under a heading or a menu rather than prose.
"""

from __future__ import annotations

import re

from briefing_app.ingest.copy_issuer import public_body
from briefing_app.ingest.draft import Draft

TOP_LINES = 3  # a name among the page's first lines is its masthead or label, not a sign-off
PROSE_WORDS = 8

_NAME_WORD = r"(?:[A-Z][\w’'.&-]*|of|for|and|the|on|in|&)"
# The kinds of a body's press office, as releases sign with them.
_OFFICE_KIND = (
    r"(?:Unit|Office|Service|Centre|Center|Section|Team|Department|Directorate|Division|Bureau|"
    r"Desk|Secretariat)"
)
# the owner's name first, capitalised: a bare "Media Centre", "News Service" or "Public
# Relations" after the prose is a footer's link or a subheading, no office's signature
_PRESS_OFFICE = re.compile(
    rf"[A-Z][\w’'.&-]*\s+(?:{_NAME_WORD}\s+){{0,4}}"
    rf"(?:(?:Media|Press|News|Communications?|Information)\s+{_OFFICE_KIND}|"
    rf"Public\s+(?:Affairs|Relations|Information)(?:\s+{_OFFICE_KIND})?)"
)
_END_MARK = re.compile(r"[-–—#*\s]*(?:ends?|###|-30-)[-–—#*\s]*", re.I)
# "Port Kelvo, Kelvo": a place and its country, capitalised words only.
_PLACE = re.compile(
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
)
_CLOSED = (".", "!", "?", "”", '"', "’")


def _prose(line: str) -> bool:
    return len(line.split()) >= PROSE_WORDS and line.rstrip().endswith(_CLOSED)


def _press_office(line: str) -> bool:
    """A press office's name: name words ending in a press office's kind ("Media Unit",
    "Public Affairs"), not a by-line's or a label's first word; "Kelvo Press" alone is a
    paper's name, not an office."""
    words = line.split()
    if not 2 <= len(words) <= 8 or words[0] in ("By", "From", "Photo", "Source"):
        return False
    return bool(_PRESS_OFFICE.fullmatch(line))


def sign_off(draft: Draft) -> str:
    """The office a release in ``draft`` signs off with (module doc), "" when none does."""
    lines = [" ".join(x.split()) for b in draft.blocks for x in b.lines]
    lines = [x for x in lines if x]
    for at in range(TOP_LINES, len(lines)):
        line = lines[at]
        before = at - 1
        while before > 0 and _END_MARK.fullmatch(lines[before]):
            before -= 1
        if not _prose(lines[before]):
            continue
        if _press_office(line):
            return line
        after = lines[at + 1] if at + 1 < len(lines) else ""
        if public_body(line) and (not after or _PLACE.fullmatch(after)):
            return line
    return ""
