"""Lines shaped as something other than a headline, though short and no sentence: general
rules, no strings from particular pages.

- A credit: a label naming where the text or its picture came from, then only a name or an
  address ("Source: Kelvo Ledger", "Photo: Jane Roe / AFP", "Via: ledger.example"). A headline
  after such a label tells something, in words in lower case ("Sources: ministers to quit").
- A credit and its stamp: a name, then "posted", "published" or "updated" and the day closing
  the line ("Press Office of the Ministry, posted 3 April 2031 10:15"): who put the page out
  and when, under its headline.
- A label of three words at most in another script than the text's (a Cyrillic "Document" link,
  a language switch over an English story): a site's furniture in its own language, never the
  headline of a text it shares no word with. A longer line in another script is a headline
  the text translates (a bilingual page, an English copy under its original headline).
- A month and its year alone ("September 2031", "Sept. 2031"): an edition's or an archive's
  date (a newsletter's issue, a text-only copy's banner), never a headline.
"""

from __future__ import annotations

import re

from briefing_app.ingest.dates import date_span

_CREDIT_LINE = re.compile(
    r"(?:sources?|via|credits?|courtesy(?:\s+of)?|photos?|images?|pictures?|caption)\s*:\s*"
    r"(?:(?:of|the|and|de|du|la|&|/|-)\s+|(?-i:[A-Z0-9])[\w.’'&-]*\s*|[\w-]+\.[\w.-]+\s*){1,8}",
    re.I,
)
_MONTH_YEAR = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?),?\s+(?:1[6-9]|20)\d\d",
    re.I,
)

# A title-case headline after the label ("Sources: Governor To Resign Over Quotas"): a
# particle or an auxiliary set in capitals, which a credited name never holds.
_TOLD = re.compile(
    r"\b(?:To|Over|Into|Amid|After|Is|Are|Was|Were|Will|Would|Could|Must|Says|Said)\b"
)
# What may follow a stamp's day: its time and zone ("10:15", "4:37 p.m. GMT"), nothing told.
_TIME_TAIL = re.compile(r"[\s,]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?)?\s*(?:[A-Z]{2,5})?\W*")

_STAMPED = re.compile(
    r"\w.*?,?\s+(?:posted|published|updated|last\s+updated|issued)\s*(?:on\s+|:\s*)?(?=\S)", re.I
)


def credit_line(line: str) -> bool:
    """A credit's line ("Source: Kelvo Ledger", "Press Office, posted 3 April 2031"), module
    doc."""
    line = line.strip()
    if _CREDIT_LINE.fullmatch(line):
        return not _TOLD.search(line)
    stamped = _STAMPED.match(line)
    if stamped is None:
        return False
    rest = line[stamped.end() :]
    span = date_span(rest)  # the day closing the line, not "Video posted 3 May 2031 shows ..."
    return span is not None and span[0] == 0 and bool(_TIME_TAIL.fullmatch(rest[span[1] :]))


def month_year(line: str) -> bool:
    """A month and its year alone ("September 2031"), module doc."""
    return bool(_MONTH_YEAR.fullmatch(line.strip()))


def _latin(text: str) -> bool | None:
    """Whether most of the letters of ``text`` are Latin ones; None without letters."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    return sum(1 for c in letters if c < "\u0250") * 2 > len(letters)


def foreign_label(line: str, text: str) -> bool:
    """``line`` is a label of three words at most in another script than ``text`` ("Документ
    /", "Перейти к материалам" over an English text): a site's furniture. A longer line is a
    headline the text may translate ("Водный совет сокращает квоты" over its English copy), and
    so is a short one naming someone or somewhere after its first word."""
    words = re.findall(r"[^\W\d_]+", line)
    named = any(w[:1].isupper() for w in words[1:])  # "Путин посетил Приморье": a name in it
    return len(words) <= 3 and not named and other_script(line, text)


def other_script(line: str, text: str) -> bool:
    """``line`` is written in another script than ``text`` (Latin against any other)."""
    mine, theirs = _latin(line), _latin(text[:4000])
    return mine is not None and theirs is not None and mine != theirs
