"""A judgment's appearance lines: who appeared for whom ("Mr Ann Roe (instructed by Bell & Co)
for Ola Brenn", "D. Roe QC for the Respondent"). Short and in title case, they have a heading's
shape, but they are the listing's sentences: the parties and counsel they name are the case's
actors, whatever the body writes after them.

An appearance line needs a mark of the court listing besides the "for": a form of address
opening it, a silk's letters after the name ("QC", "KC", "SC"), the instructing solicitors in
brackets, or a party's role after "for" (appellant, respondent, the Crown...). A heading "Call
for Evidence" or "Support for Veldria" has none.
"""

from __future__ import annotations

import re

_ADDRESS = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Prof|Professor)\.?"
_WORD = r"[A-Z][\w.'’-]*"
_SILK = r"(?:QC|KC|SC|SC\.)"
# one counsel: a form of address maybe, one to five capitalised words or initials, a silk maybe
_COUNSEL = rf"(?:{_ADDRESS}\s+)?{_WORD}(?:\s+{_WORD}){{0,4}}"
_INSTRUCTED = r"\(\s*instructed\s+by\s+[^()\n]{2,80}\)"
_ROLE = (
    r"(?:the\s+)?(?:appellants?|respondents?|applicants?|claimants?|defendants?|petitioners?|"
    r"interveners?|intervenors?|prosecution|crown|accused|plaintiffs?|offenders?|appeals?)"
    # the role closes the party, maybe with another party or a bracket after it: not a
    # headline's "Calls Grow for Crown Prince to Step Down" or "Fresh Hope for Accused Nurse"
    r"(?:\s*$|\s*[,;(]|\s+and\s)"
)
_LONGEST = 300  # characters: a listing's line, not a paragraph
_APPEARANCE = re.compile(
    rf"\W{{0,3}}{_COUNSEL}(?:\s*,\s*{_COUNSEL})*(?:\s*,?\s+and\s+{_COUNSEL})?"
    rf"(?:\s*{_INSTRUCTED})?\s+(?:appeared\s+)?(?:for|on\s+behalf\s+of)\s+(?P<party>\S.{{0,120}})"
)


def appearance(line: str) -> bool:
    """Whether ``line`` is a judgment's appearance line: counsel "for" a party."""
    if len(line) > _LONGEST or (" for " not in line and " behalf " not in line):
        return False
    m = _APPEARANCE.fullmatch(line.strip())
    if m is None:
        return False
    head, party = line[: m.start("party")], m.group("party")
    if re.match(_ROLE, party, re.IGNORECASE) and _COUNSEL_NAMED.match(head):
        return True  # a counsel named in two words or more ("P. Strand"), not "Justice"
    if re.search(rf"\s{_SILK}\b", head) or "instructed by" in head.lower():
        return True
    # a form of address alone: the party must be named in full ("Mr A for Ola Brenn"), not a
    # post or a place ("Mr Bean for President", "Dr Roe for Kelvo: a campaign")
    return bool(re.match(rf"\W{{0,3}}{_ADDRESS}\s", head)) and _PARTIES.fullmatch(party) is not None


_PERSON = rf"{_WORD}(?:\s+{_WORD}){{1,4}}"
_COUNSEL_NAMED = re.compile(rf"\W{{0,3}}(?:{_ADDRESS}\s+{_WORD}|{_WORD}\s+{_WORD})")
_PARTIES = re.compile(rf"{_PERSON}(?:\s*,\s*{_PERSON})*(?:\s*,?\s+and\s+{_PERSON})?")


_FOR = re.compile(r"\s(?:for|on\s+behalf\s+of)\s+(?:[A-Z][\w.'’-]*\s+){0,12}(?:and\s+)?$")


def party_named(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a party an appearance line names after its "for" ("… for
    Ola Brenn and Tomas Brel"): a person, whatever the model read ("Ola Brenn" as a body)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = line_end if line_end != -1 else len(text)
    if line_end - line_start > _LONGEST or not _FOR.search(text, line_start, start):
        return False
    return appearance(text[line_start:line_end])
