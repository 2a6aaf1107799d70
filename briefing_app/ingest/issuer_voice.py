"""Three more places a copy names its issuer, read by the form of a line. General rules, no
names from particular pages:

- a release's label with a comma, maybe a dash and the day after the body ("PRESS RELEASE,
  Ministry of Water, Farming and Rural Affairs - Friday, May 2nd, 2031 at 11:00 AM"), or a
  label whose body ends in its head noun after a plural word ("Press Release: Kelvo Customs
  Service", "Media release: United Nations Water Office"): the label's body. A plural word
  before a body's head noun is part of the name, not a headline's verb in "-s";
- a court's caption on one of the first lines ("United States Court of Appeals, Fourth
  Circuit.", or "COURT OF APPEALS OF KELVO" over "FOR THE NORTHERN CIRCUIT"), among lines
  that mark a judgment (a case's name "Roe v. Kelvo" or its docket "No. 31-0417"): the court
  whose judgment the page is, as a case-law site's copy keeps it (a news page's section line
  "Supreme Court of Kelvo" over a story is no caption);
- a release's voice: a paragraph opening with a body that "wishes to" tell the public
  something ("The Kelvo Water Board wishes to inform the public ...", "KWB wishes to
  remind ..."): a body speaking of itself so is issuing the text, not reported by a story
  (a quoted sentence is another's words and is skipped).
"""

from __future__ import annotations

import re

from briefing_app.ingest.byline import headline_verb
from briefing_app.ingest.dates import date_span
from briefing_app.ingest.issuer_lines import body_name

LABEL_LINES = 6
CAPTION_LINES = 8
PROSE_WORDS = 8
MAX_COURT_WORDS = 12

_LABEL = re.compile(
    r"(?i:(?:press|news|media)\s+(?:release|statement))\s*[,:]\s*(?:the\s+)?(?P<body>[A-Z].{3,120})"
)
_DASH_TAIL = re.compile(r"\s+[-–—]\s+(?P<tail>.+)$")
# A department's fields listed with commas after its "of" or "for" ("Ministry of Health,
# Wellness and Sport"): one name, the commas its own.
_FIELD = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
_FIELDS = re.compile(rf".+?\s(?:of|for)\s+{_FIELD}(?:,\s+{_FIELD})+,?\s+(?:and|&)\s+{_FIELD}")


def _label_body(body: str, heads: frozenset[str]) -> str:
    """``body`` as a body's name: its comma-listed fields kept, a plural before the closing
    head noun read as part of the name ("Kelvo Customs Service"); "" otherwise."""
    flat = body.replace(",", "") if _FIELDS.fullmatch(body) else body
    name = body_name(flat, heads)
    if not name or name != flat.strip(" .") or re.search(r"[,;:]", flat):
        return ""
    words = name.split()
    if headline_verb(words) and (words[-1].casefold() not in heads or headline_verb(words[:-2])):
        # "Kelvo Police Arrests Ten", "Governor Signs Bill Creating Water Board": a headline
        # (a word in "-s" among the two before the head noun is the name's: "Kelvo Customs
        # Service", "Kelvo Nations Water Office")
        return ""
    return body.strip(" .")


def release_line(top: list[str], heads: frozenset[str]) -> str:
    """The body a release's label names on one of the first lines (module doc)."""
    for line in top[:LABEL_LINES]:
        if len(line.split()) >= PROSE_WORDS and re.search(r"[.!?][”’\"]?$", line):
            return ""  # a label under the first paragraph is not the page's
        match = _LABEL.fullmatch(" ".join(line.split()))
        if not match:
            continue
        body = match["body"]
        tail = _DASH_TAIL.search(body)
        if tail and date_span(tail["tail"]):
            body = body[: tail.start()]  # "... - Friday, May 2nd, 2031": the day it went out
        if name := _label_body(body, heads):
            return name
    return ""


_COURT = re.compile(
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,4}Courts?(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,3})?)(?P<circuit>,\s+[A-Z][a-z]+\s+(?:Circuit|District|Division))?"
)
_UNDER = re.compile(r"(?:[Ff]or|[Oo]f)\s+the\s+[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3}")
# A judgment's marks among its first lines: the case's name ("Roe v. Kelvo Water Board") or
# its docket number ("No. 31-0417").
_CASE_MARK = re.compile(r"\S\s+vs?\.?\s+[A-Z]|\bNo\.\s*\d")


def _caption_case(line: str) -> str:
    """An all-capitals caption line in a name's case ("FOR THE FOURTH CIRCUIT" -> "for the
    Fourth Circuit")."""
    line = " ".join(line.strip(" •*·-").split()).rstrip(".")
    if line.upper() != line:
        return line
    small = {"of", "for", "the", "and", "in"}
    return " ".join(w.lower() if w.lower() in small else w.capitalize() for w in line.split())


def court_caption(top: list[str]) -> str:
    """The court a judgment's caption names on one of the first lines (module doc)."""
    if not any(_CASE_MARK.search(x) for x in top[:CAPTION_LINES]):
        return ""  # no case named, no docket: a story's or a site's line about a court
    lines = [_caption_case(x) for x in top[:CAPTION_LINES]]
    for i, line in enumerate(lines):
        match = _COURT.fullmatch(line)
        if not match or len(line.split()) > MAX_COURT_WORDS or not line[:1].isupper():
            continue
        under = lines[i + 1] if i + 1 < len(lines) else ""
        if not match["circuit"] and _UNDER.fullmatch(under):
            # "... Court of Appeals" over "for the Fourth Circuit": one name
            return f"{line} {under[0].lower()}{under[1:]}"
        if match["circuit"] or re.search(r"\bCourts?\s+of\b", line):
            return line  # "Court of Appeals, Fourth Circuit", "Supreme Court of Kelvo"
    return ""


# The verbs a body tells the public with ("wishes to inform", "... to remind"); a body that
# "wishes to lower rates, analysts say" is reported, not speaking.
_TELL = (
    r"inform|remind|advise|notify|alert|assure|reassure|clarify|caution|update|announce|draw|"
    r"bring|urge|appeal|thank|express|extend|acknowledge|confirm|emphasi[sz]e|stress|reiterate"
)
_WISHES = re.compile(
    rf"(?:The\s+)?(?P<body>[A-Z][^.!?“”\"]{{1,100}}?)\s+wishes\s+to\s+(?:{_TELL})\b"
)


def wishing_body(text: str, heads: frozenset[str]) -> str:
    """The body a paragraph opens with, wishing to tell the public something (module doc):
    a body's name, or an acronym the text writes again."""
    for paragraph in text.split("\n\n"):
        match = _WISHES.match(paragraph.strip())
        if not match:
            continue
        body = match["body"].strip()
        if re.fullmatch(r"[A-Z]{3,10}", body) and text.count(body) >= 2:
            return body  # "KWB wishes to remind ...", the text naming it again
        if name := _label_body(body, heads):
            return name
    return ""
