"""The writer and the day of a court's opinion, as the opinion's own header states them.

A judgment names the judge who wrote it and the day it was decided in standard phrases, the
same in every court of a kind; no names from particular pages:

- the opinion's opening: "JUSTICE ROE delivered the opinion of the Court.", "CHIEF JUSTICE
  ROE delivered ...", "Justice Roe delivered the opinion of the court", or the syllabus's
  "ROE, J., delivered the opinion of the Court" / "ROE, C. J., delivered ...": the writer is
  that judge (a judge "concurring" or "dissenting" writes a separate opinion, not the
  Court's); a page whose openings name different judges (a digest quoting several syllabi)
  names no one writer;
- the day: the bracketed date right before that opening ("[March 3, 2031] JUSTICE ROE
  delivered ..."), or the date a header labels "Decided" or "Filed" when it also labels the
  day the case was "Argued" or "Submitted" (an appeal's header gives both: "Argued and
  Submitted March 10, 2031." over "Filed April 5, 2031."; the argument's day is not the
  judgment's).
"""

from __future__ import annotations

import re

from briefing_app.ingest.dates import to_iso

OPENING_CHARS = 20_000  # the Court's opinion opens within a copy's first pages
HEADER_LINES = 25  # an appeal's header of parties, counsel and dates

_NAME = r"(?:Mc|Mac|De|Di|Le|La|Van|O['’])?[A-Z][A-Za-z'’-]+"
# The opening stands where a sentence may start (a line's start, after a stop or the bracketed
# date), never inside quotation marks, and delivers the whole opinion: "... of the Court in
# part", quoted in a discussion of it, names no writer of the page.
_START = r"(?:^|(?<=[.\]:])\s*|(?<=\n))"
_OPENING = re.compile(
    rf"{_START}(?P<chief>CHIEF\s+|Chief\s+)?(?:MR\.\s+|Mr\.\s+)?(?:JUSTICE|Justice)\s+"
    rf"(?P<name>{_NAME})\s+delivered\s+the\s+opinion\s+of\s+the\s+[Cc]ourt(?=[.,;:])",
    re.M,
)
_SYLLABUS = re.compile(
    rf"{_START}(?P<name>(?:Mc|Mac|De|Di|Le|La|Van|O['’])?[A-Z][A-Z'’-]+),\s+(?P<chief>C\.\s?)?"
    r"J\.,\s+delivered\s+the\s+opinion\s+of\s+the\s+Court(?=[.,;:])",
    re.M,
)
_MONTH_DATE = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}"
_BRACKETED = re.compile(rf"\[(?P<date>{_MONTH_DATE})\]\s*$")
_DECIDED = re.compile(
    rf"\b(?:Decided|Filed|Opinion\s+[Ff]iled|Date\s+[Ff]iled)\s*:?\s+(?P<date>{_MONTH_DATE})"
)
_ARGUED = re.compile(r"\b(?:Argued|Submitted)\b")


def _case(name: str) -> str:
    return name if not name.isupper() else name.capitalize()


def opinion_writer(text: str) -> str:
    """The judge who delivered the Court's opinion, as "Justice Roe" ("Chief Justice Roe");
    "" when the text states none."""
    head = text[:OPENING_CHARS]
    found = _OPENING.search(head) or _SYLLABUS.search(head)
    if found is None:
        return ""
    # Openings naming different judges: a page about opinions (a digest, a lesson quoting
    # syllabi), not one opinion; the syllabus and the opening of one name the same judge.
    named = {m["name"].casefold() for p in (_OPENING, _SYLLABUS) for m in p.finditer(head)}
    if len(named) > 1:
        return ""
    office = "Chief Justice" if found["chief"] else "Justice"
    return f"{office} {_case(found['name'])}"


def decision_date(text: str) -> str:
    """The ISO day the opinion was decided (module doc), "" when the header states none."""
    head = text[:OPENING_CHARS]
    opening = _OPENING.search(head)
    if opening and (bracket := _BRACKETED.search(head[: opening.start()])):
        return to_iso(bracket["date"]) or ""
    lines = "\n".join(text.split("\n")[:HEADER_LINES])
    if _ARGUED.search(lines) and (decided := _DECIDED.search(lines)):
        return to_iso(decided["date"]) or ""
    return ""
