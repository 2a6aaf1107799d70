"""The shape of a source's lines: body text, or page furniture, credits, datelines and tables.

General rules on line shape, never lists of strings from particular pages: a short title-case
line without final punctuation is a headline or a link; three or more short lines in a row are a
list of links; "Read also" and "Related" lines, breadcrumbs and widgets are furniture; "By ...",
"Photo: ...", "Reporting by ..." are credits; "CITY, 14 March (Agency) –" starts a dateline.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from briefing_app.analysis.appearances import appearance
from briefing_app.analysis.contributor_notes import contributor_note, glued_byline
from briefing_app.analysis.dateline_start import DATE_ONLY_DATELINE, dateline_end
from briefing_app.analysis.wrapped import runs_on
from briefing_app.model import Source
from briefing_app.model.text import announces_list
from briefing_app.resources import abbreviated_titles

_LINE = re.compile(r"[^\n]+")
# a list item's bullet: "- ", "• ", "* "
_LIST_BULLET = re.compile(r"[ \t]*[-–•▪‣◦●■·*][ \t]+\S")
_WORDS = re.compile(r"[^\s]+")
_FINAL = (".", "!", "?", ":", ";", '"', "”", "’", "'", ")")
_MINOR = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "per",
        "the",
        "to",
        "vs",
        "via",
        "with",
        "de",
        "du",
        "la",
        "le",
        "von",
    ]
)
HEADLINE_WORDS = 14  # a line this short, title case and without final punctuation, is a heading
_RELATED = re.compile(
    r"^\W*(read (also|more)|see also|related( articles?| stories| news| coverage)?|"
    r"more (from|on|stories)|recommended|most (read|popular)|trending|you may also like|"
    r"also read|watch|listen|latest( news)?|tags?|topics?|filed under|share( this)?|"
    r"comments?|follow us|advertisement|sponsored)\b\s*[:|»›>–—-]?",
    re.IGNORECASE,
)
# a page's call to give or sign up, not the story's words
_APPEAL = re.compile(
    r"\b(?:make a (?:charitable |one-off |monthly )?donation|donate (?:now|today|here)|"
    r"subscribe (?:now|today|to our)|sign up (?:for|to) our|our newsletter)\b",
    re.IGNORECASE,
)
# a speaker's verb: '"Please donate today," said X' is the story's quote, not the page's call
_SPEAKER = re.compile(r"\b(?:said|says|told|added|urged|asked|appealed|wrote)\b")
_PRICE = re.compile(r"[$€£¥]\s?\d[\d,]*(?:\.\d\d)?\b")
# a shop's words beside a price; "The X Bank pledged $20 million" is a sentence, not a price tag
_SHOP = re.compile(
    r"\b(?:buy|purchase|price|cart|checkout|subscribe|subscription|pdf|pages?|order)\b",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"\S\s+(?:[>»›|/]|::)\s+\S")
_WIDGET = re.compile(r"^\W*\d*\s*(comments?|shares?|likes?|views?|replies)\b", re.IGNORECASE)
# Credits: the whole line (bylines, photo credits) or the rest of a line after the cue
# ("(Reporting by A in Moscow; Editing by B)", "Photo: A/Agency").
_CREDIT_LINE = re.compile(
    # a capital must follow, whatever the case of "by": "By evening the toll rose" is a sentence
    r"^\W{0,3}(by|written by|words by|story by|text by)\s+"
    r"(?-i:(?=[A-Z\u00c0-\u024f\u0400-\u04ff]))",
    re.IGNORECASE,
)
_CREDIT_CUE = re.compile(
    r"(?:\b(?:additional |)(?:reporting|writing|editing|edited|compiled|produced|translated|"
    r"translation|research|graphics?|illustrations?|photos?|photographs?|pictures?|images?|"
    r"video|fact[- ]checking)\s+by\b|"
    r"\b(?:photo|photograph|image|picture|pictured|credit|credits|caption|source|illustration|"
    r"video)s?\s*(?:credit)?\s*:)",
    re.IGNORECASE,
)
_AGENCY_CREDIT = re.compile(r"\b[A-Z]{2,}(?: [A-Z]{2,})?/[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}")
# after places joined by a slash, a date or agency maybe, then a dateline's dash
_DASH_AFTER = re.compile(r"\s*(?:\([^()\n]{0,40}\)|,[^–—\n]{0,30})?\s*[–—-]{1,2}\s")
_TABLE = re.compile(r"\|.*\||\t.*\t|^\s*[-+:| ]{6,}\s*$")


@dataclass(slots=True)
class LineMap:
    """Per source: where the furniture lines, credits and table rows are (char spans)."""

    furniture: list[tuple[int, int]] = field(default_factory=list)
    related: list[tuple[int, int]] = field(default_factory=list)  # "Read also" lines, link lists
    lines: list[tuple[int, int]] = field(default_factory=list)
    credits: list[tuple[int, int]] = field(default_factory=list)
    tables: list[tuple[int, int]] = field(default_factory=list)
    headings: list[tuple[int, int]] = field(default_factory=list)  # heading paragraphs
    story_start: int = 0  # past the headline: the first paragraph after it that is no heading

    def heading_at(self, pos: int) -> tuple[int, int] | None:
        """The heading paragraph holding ``pos`` (the headline kept in the text), if any."""
        k = bisect.bisect_right(self.headings, (pos, float("inf"))) - 1
        if k >= 0 and self.headings[k][0] <= pos < self.headings[k][1]:
            return self.headings[k]
        return None

    def in_headline(self, source: Source, pos: int) -> bool:
        """Whether ``pos`` stands in the headline ingest kept as a heading (the title's text)."""
        heading = self.heading_at(pos)
        if heading is None or not source.title or heading[0] > self.story_start:
            return False  # a section's heading further down ("Kelvo") is none of the headline
        line = source.text[heading[0] : heading[1]]
        return source.title in line or line in source.title

    def in_furniture(self, pos: int) -> bool:
        return _inside(self.furniture, pos)

    def in_related(self, pos: int) -> bool:
        return _inside(self.related, pos)

    def line_at(self, pos: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self.lines, (pos, float("inf"))) - 1
        if k >= 0 and self.lines[k][0] <= pos < self.lines[k][1]:
            return self.lines[k]
        return None

    def in_credit(self, pos: int) -> bool:
        return _inside(self.credits, pos)

    def in_table(self, pos: int) -> bool:
        return _inside(self.tables, pos)

    def is_body(self, pos: int) -> bool:
        return not (self.in_furniture(pos) or self.in_credit(pos) or self.in_table(pos))


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def headline_like(line: str) -> bool:
    """A short title-case line without final punctuation: a headline, a link or a label."""
    line = line.strip()
    if not line or (line.endswith(_FINAL) and not line.endswith(("’", "'", '"', "”"))):
        return False
    words = _WORDS.findall(line)
    if not words or len(words) > HEADLINE_WORDS:
        return False
    content = [w for w in words if w.lower().strip("\"“”‘’'()") not in _MINOR]
    if not content:
        return False
    capital = sum(1 for w in content if w.lstrip("\"“‘'(")[:1].isupper() or w[:1].isdigit())
    return capital / len(content) >= 0.75


def is_furniture(line: str) -> bool:
    """A line that is page furniture: related links, breadcrumbs, widgets, a bare heading."""
    s = line.strip()
    if not s or runs_on(s):
        return False
    if _RELATED.match(s) and len(s.split()) <= 20:
        return True
    if _WIDGET.match(s) and len(s.split()) <= 4:
        return True
    if len(s.split()) <= 12 and len(_BREADCRUMB.findall(s)) >= 2 and not s.endswith("."):
        return True
    if len(s.split()) <= 12 and _PRICE.search(s) and not s.endswith(".") and _price_tag(s):
        return True  # a shop's price tag: "Premium PDF for $24.95 (3 pages)"
    if len(s.split()) <= 16 and _APPEAL.search(s) and not _SPEAKER.search(s):
        return True  # "Make a donation in support of X!", "Subscribe to our newsletter"
    return headline_like(s)


def _price_tag(line: str) -> bool:
    """A price with a shop's words, or a price alone ("$24.95", "Price: €9"), is a tag."""
    return _SHOP.search(line) is not None or len(_PRICE.sub(" ", line).split()) <= 1


def credit_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The part of a line that is a byline or a credit (None if none)."""
    line = text[start:end]
    if _CREDIT_LINE.match(line) and len(line.split()) <= 16:
        return start, end
    m = _CREDIT_CUE.search(line)
    if m:
        close = line.find(")", m.end())
        return start + m.start(), start + (close if close != -1 else len(line))
    m = _AGENCY_CREDIT.search(line)
    if m and not (m.group().isupper() and _DASH_AFTER.match(line, m.end())):  # "ROME/LIMA –"
        return start + m.start(), start + m.end()
    m = _SOURCE_CREDIT.match(line)
    if m and len(line.split()) <= SOURCE_CREDIT_WORDS:
        return start, end  # "Photo from the blog of A": a short line, not "Photos from ... show"
    # "Ann Vale is a senior fellow at ...", "Town Meeting By Ann Vale W hen the ..."
    return contributor_note(text, start, end) or glued_byline(text, start, end)


_SOURCE_CREDIT = re.compile(
    r"\W{0,3}(?:photos?|photographs?|pictures?|images?|video)\s+(?:from|courtesy of)\b",
    re.IGNORECASE,
)
SOURCE_CREDIT_WORDS = 14


def _line_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _LINE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def line_map(source: Source) -> LineMap:
    """Where the furniture, credits and tables of a source are."""
    return _line_map(source.text, tuple((p.start, p.end, p.kind) for p in source.paragraphs))


@lru_cache(maxsize=256)
def _line_map(text: str, paragraphs: tuple[tuple[int, int, str], ...]) -> LineMap:
    out = LineMap()
    headings = [(s, e) for s, e, kind in paragraphs if kind == "heading"]
    out.headings = headings
    first = next((s for s, _, kind in paragraphs if kind == "heading"), len(text))
    out.story_start = next(
        (s for s, _, kind in paragraphs if s > first and kind != "heading"), len(text)
    )
    lines = _line_spans(text)
    short_run: list[tuple[int, int]] = []
    body_started = False

    def flush() -> None:
        # Three or more short lines without final punctuation in a row: a list of links.
        if len(short_run) >= 3:
            out.furniture.extend(short_run)
            if body_started:  # a run of links after the story; before it, the page header
                out.related.extend(short_run)
        short_run.clear()

    out.lines = lines
    listed = False  # under a sentence that announces a list: its short lines are items
    for s, e in lines:
        line = text[s:e]
        if announces_list(line):
            listed = True
        elif listed and len(line.split()) > HEADLINE_WORDS and not _LIST_BULLET.match(line):
            listed = False  # a long bulleted item goes on with the list; a paragraph ends it
        if _RELATED.match(line) and len(line.split()) <= 20:
            out.related.append((s, e))
        if _TABLE.search(line):
            out.tables.append((s, e))
            flush()
            continue
        credit = credit_span(text, s, e)
        if credit:
            out.credits.append(credit)
        item = listed and headline_like(line)  # "Mr Ann Roe", "• Chad and Niger (Sahel)"
        listing = appearance(line)  # "Mr A (instructed by B) for Ola Brenn": a court listing's
        item = item or listing
        if (is_furniture(line) and not item) or (
            not listing and any(a <= s < b for a, b in headings)
        ):
            out.furniture.append((s, e))
        short = len(line.split()) <= 10 and not line.endswith(_FINAL) and not item
        if short and not listed and not runs_on(line):
            short_run.append((s, e))
        else:
            flush()
            body_started = body_started or len(line.split()) > HEADLINE_WORDS
    flush()
    out.furniture = _merged(out.furniture)
    out.related = _merged(out.related)
    out.credits = _merged(out.credits)
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def sentence_start(text: str, start: int) -> int:
    """Where a sentence's words start past a dateline: a place's (``dateline_end``) or a date's
    alone ("25 April 2015 – The Secretary-General has sent…")."""
    if not start or text[start - 1] == "\n":
        m = DATE_ONLY_DATELINE.match(text, start, min(len(text), start + 40))
        if m is not None:
            return m.end()
    return dateline_end(text, start)


def rejoined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans with a piece the model cut after a closing bracket or quote put back
    together with the rest of its line: "The Programme (UNEP) and the Office (OCHA)" + "Joint
    Unit ... have advised of their readiness" is one sentence. A bracket or quote closing a
    sentence ("…(OCHA).", "…said.”") ends it, and so does a line's end."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            a, b = out[-1]
            gap = text[b:s]
            if (
                b >= 2
                and text[b - 1] in _CLOSERS
                and text[b - 2] not in ".!?…"
                and gap.strip(" ") == ""
                and s < len(text)
                and not text[s].islower()  # a piece of its own starts with a capital
            ):
                out[-1] = (a, e)
                continue
            if gap.strip(" ") == "" and gap and _cut_after_title(text, a, b, s):
                out[-1] = (a, e)  # "Air Force Brig." + "Gen. Pat Ryder said": one sentence
                continue
        out.append((s, e))
    return out


_LAST_WORD = re.compile(r"(?:^|\s)(\S+)$")


def _cut_after_title(text: str, a: int, b: int, s: int) -> bool:
    """Whether the model cut a sentence after an abbreviated title or form of address ("Brig.",
    "Gen.", "Dr.", from ``titles.txt`` and ``honorifics.txt``) the name or another title
    follows on the same line."""
    m = _LAST_WORD.search(text, max(a, b - 12), b)
    return (
        m is not None and m.group(1) in abbreviated_titles() and s < len(text) and text[s].isupper()
    )


_CLOSERS = ")]”\"’'"
