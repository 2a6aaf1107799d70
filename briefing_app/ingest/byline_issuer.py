"""The issuing body a copy's by-line names when nothing else names the outlet.

A release copied without its address often keeps its by-line, and a by-line may name an
office, not a person: the office speaks for its body, the issuer a citation names. General
rules, keyed to the by-line's form, no names from particular pages:

- a by-line that is an office and nothing else ("By Kelvo Command Public Affairs", "From
  12th Wing Public Affairs"): the body is the office's name without its office words
  ("Kelvo Command");
- a person's by-line with the writer's office after it, after a comma or run on ("By Sgt.
  Jane Roe, Kelvo Task Force Public Affairs", "By Capt. Jane Roe 12th Wing Public Affairs"),
  or on the line under it ("• By Sgt. Jane Roe" over "• 12th Wing Public Affairs"): the body
  of that office again;
- a by-line that is a public body's name ("By Kelvo Water Commission"): a department's
  form, its head noun an organisation word (not a news site's: "By Kelvo News" is a desk).

A by-line naming a person alone ("By Jane Roe"), a wire or a paper ("By Kelvo Times")
names no issuer; nor does one closing the page, under its text (a credit, not a by-line).
"""

from __future__ import annotations

import re

from briefing_app.ingest.byline import OFFICE_JOINERS, strip_role, without_unit
from briefing_app.ingest.copy_issuer import PROSE_WORDS, public_body
from briefing_app.ingest.header_list import office_only

# "By", "From" opening a line, a list's bullet before it ("• By Kelvo Command Public Affairs")
_LABEL = re.compile(r"[•·▪*]?\s*(?P<label>by|from)\s*:?\s+(?P<rest>\S.*)", re.I)
_BULLET = re.compile(r"^\s*[•·▪*]\s*")
# The words naming an office of a body, after the body's name: "Public Affairs", "Press
# Office", "Media Section", "Office of Communications" (its last words, read from the end).
_OFFICE_WORDS = frozenset(
    {
        "affairs",
        "office",
        "section",
        "bureau",
        "desk",
        "team",
        "staff",
        "newsroom",
        "public",
        "press",
        "media",
        "communication",
        "communications",
        "information",
    }
)
# A code in brackets after a unit's name, its hull or unit number ("USS Kelvo (LHA 9)")
_CODE = re.compile(r"\s*\([A-Z0-9][A-Z0-9 /.-]{0,11}\)")


# The office words of a body's public office ("Public Affairs", "Press Office", "Office of
# Communications"); a paper's "Kelvo Bureau", "Sports Desk" is a newsroom's desk, no body's.
_PUBLIC_OFFICE = frozenset({"affairs", "office", "information", "communication", "communications"})


def _prose(line: str) -> bool:
    """A line of the text: running words closed by a sentence's stop."""
    return len(line.split()) >= PROSE_WORDS and line.rstrip("”’\"')").endswith((".", "!", "?"))


def _body_of(office: str) -> str:
    """The body a public office's name belongs to, without its office words ("Kelvo Command
    Public Affairs" -> "Kelvo Command"); "" when nothing but office words is left, or the
    office is no public office (a desk, a bureau)."""
    words = office.strip(" ,").split()
    dropped = set()
    while words and words[-1].casefold() in _OFFICE_WORDS:
        dropped.add(words.pop().casefold())
    if not dropped & _PUBLIC_OFFICE:
        return ""
    while words and words[-1].casefold() in OFFICE_JOINERS:
        words.pop()
    return " ".join(words)


def _named_body(body: str) -> str:
    """``body`` when it reads as a body's name: two words or more, or a code ("12th Wing",
    "KTF-North", "NAVCENT"); "" for one plain word, a section's label under a reporter's
    by-line ("Current Affairs", "Veterans Affairs")."""
    return "" if re.fullmatch(r"[A-Z][a-z]+", body) else body


def _unit(rest: str) -> str:
    """The writer's office after a person's name in a by-line (after a comma closing the name,
    or run on without one), "" when none is there."""
    before, comma, after = rest.partition(",")
    if comma and len(strip_role(before)[0].split()) >= 2:
        return after.strip()  # "Sgt. Jane Roe, Kelvo Task Force Public Affairs"
    head = without_unit(rest)  # "Capt. Jane Roe 12th Wing Public Affairs"
    return rest[len(head) :].strip() if head != rest else ""


def byline_issuer(top: list[str]) -> str:
    """The body the first by-line among ``top`` (the page's first lines) names as its issuer
    (module doc); "" when it names a person alone, or no by-line is there."""
    for at, line in enumerate(top):
        match = _LABEL.fullmatch(line.strip())
        if not match or not any(map(_prose, top[at + 1 :])):
            continue  # a by-line heads its text: one closing a page is a credit
        under = _BULLET.sub("", top[at + 1]) if at + 1 < len(top) else ""
        if office_only(under) and not _unit(match["rest"]):  # "By Sgt. Jane Roe" over its office
            return _named_body(_body_of(office_only(under)))
        rest = match["rest"].strip()
        if office := office_only(rest):
            return _body_of(office)  # "" for a newsroom's desk: no issuer after all
        if match["label"].casefold() != "by":
            continue  # "From the minister's desk": a line of origin, read elsewhere
        unit = _CODE.sub("", _unit(rest))
        if unit and office_only(unit):
            return _body_of(unit)
        return (_body_of(rest) or rest) if public_body(rest) else ""
    return ""
