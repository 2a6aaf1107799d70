"""Where a paragraph's dateline ends and its sentence starts: a place (in capitals, or with a
date or an agency after it: "WASHINGTON (AP) —", "KYIV, 14 March (Reuters) –") or a date alone
("25 April 2015 – The Secretary-General ..."), then a dash."""

from __future__ import annotations

import re

from briefing_app.analysis.figures import MONTH_WORD

# A month in capitals too ("ANKARA, FEB. 6 (AP) —" in a script written in capitals).
DATELINE_DATE = (
    r"(?:\d{1,2}\s+[A-Z][A-Za-z]{2,8}\.?|[A-Z][A-Za-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?"
)
# Places joined by a slash ("NEW YORK/PORT VILA, 20 December –"); the date after a comma or in
# brackets ("GENEVA/NEW YORK (18 December 2024) –").
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Za-z\u00c0-\u024f.'’ /-]{1,40}?|[A-Z][A-Z .'’/-]{1,40})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z. ]{1,20}))?"
    r"(?:(?:,\s*|\s*\()(?P<date>" + DATELINE_DATE + r")\)?)?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w&./ -]{0,30})\))?"
    r"\s*(?:[–—-]{1,2}|:)\s+(?=\S)"
)
# The agency's bracket after the dash ("Washington, DC – (Agency) –"), read where DATELINE ends.
_AGENCY_AFTER = re.compile(r"\([A-Z][\w&./ -]{0,30}\)\s*(?:[–—-]{1,2}|:)\s+(?=\S)")


# A dateline of a date alone ("25 April 2015 – The Secretary-General…", "March 3, 2023 —"):
# a day and a month name, a year optional, then a dash and a capital.
# A day and a month by name, a year optional ("25 April 2015", "March 3, 2023", "May 5th").
DAY_MONTH = (
    rf"(?:\d{{1,2}}\s+{MONTH_WORD}|{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?"
)
DATE_ONLY_DATELINE = re.compile(DAY_MONTH + r"\s*[–—-]{1,2}\s+(?=[A-Z“\"‘'])")


def dateline_end(text: str, start: int) -> int:
    """Where the sentence really starts when a paragraph opens with a dateline (else ``start``)."""
    if start and text[start - 1] not in "\n":
        return start
    m = DATELINE.match(text, start, min(len(text), start + 120))
    if m is None:
        return start
    place = m.group("place").strip()
    after = _AGENCY_AFTER.match(text, m.end()) if text.startswith("(", m.end()) else None
    # "WASHINGTON (AP) —", "KYIV, 14 March (Reuters) –", "Moscow, March 3 –": a place in capitals
    # or followed by a date or an agency; a plain "Then –" is not a dateline.
    if not (m.group("date") or m.group("agency") or after or (place.isupper() and len(place) > 2)):
        return start
    return after.end() if after else m.end()
