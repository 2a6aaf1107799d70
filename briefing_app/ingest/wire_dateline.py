"""Two dateline forms the dash-closed dateline rule (``dates.dateline_date``) does not read.

- A wire service's dateline: the service's name between slashes or in brackets after the date,
  then a dash ("KELVO CITY, March 3, 2031 /Kelvo Newswire/ - ...", "..., March 3, 2031 (KELVO
  NEWSWIRE) -- ..."), or in brackets between dashes before it ("KELVO CITY--(KELVO WIRE)--Mar.
  3, 2031-- ..."): the house styles of press-release wires (PR Newswire and Canada NewsWire,
  GlobeNewswire, Business Wire).
- A place in capitals, its date and a full stop ("THE HAGUE, 31 October 2031. Today, ..."), as
  courts', ministries' and agencies' releases open their first paragraph, or a colon, or
  between doubled dashes as plain-text releases type a dash ("KELVO -- March 3, 2031 --");
- the date alone in brackets opening the first paragraph ("(3 March 2031) The board ...");
- a place in any case, its date (maybe the house's name in brackets after it) and a full stop
  or a colon ("Kelvo, 3 March 2031. The institute ...", "Kelvo, 3 March 2031 (KNA): ..."), as
  European institutes, agencies and news sites open the first paragraph; the date alone and a
  full stop ("3 March, 2031. The chair of ..."); a place and its date closed by a dash typed
  with no space after it ("KELVO, March 3, 2031—The board ..."). The words before the stop
  hold no verb: "Kelvo, 3 March 2031." is no sentence but a dateline.

Markdown's emphasis around a dateline ("**KELVO, March 3, 2031 — **The board") is read past.
A place and a date inside a sentence ("On 3 March 2031 the board met in Kelvo", "KELVO CITY,
March 3, 2031 and the board met") are text, and their date stays the text's.
"""

from __future__ import annotations

import re

from briefing_app.ingest.dates import dateline_date, to_iso

_DATE = r"(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})"
# The place: capitalised words, maybe a region after a comma ("Toronto, Ontario").
_PLACE = r"[A-Z][\w’'.-]*(?:[ /][A-Z][\w’'.-]*){0,4}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
# The place in capitals only ("THE HAGUE", "NEW YORK/GENEVA"), a capital letter at least twice.
CAPS_PLACE = r"[A-Z][A-Z’'.-]+(?:[ /][A-Z][A-Z’'.-]+){0,4}"
# The wire's name between slashes or in brackets after the date ("/Kelvo Newswire/ -", "(KELVO
# NEWSWIRE) --"), or in brackets between dashes before it ("KELVO--(KELVO WIRE)--Mar. 3, 2031--").
_WIRE = re.compile(rf"{_PLACE},\s*{_DATE}\s*(?:/[^/\s][^/\n]{{0,40}}/|\([^()\n]{{2,40}}\))\s*[–—-]")
_WIRE_BEFORE = re.compile(
    rf"{_PLACE}\s*[–—-]{{1,2}}\s*\([^()\n]{{2,40}}\)\s*[–—-]{{1,2}}\s*{_DATE}\s*[–—-]"
)
# A capitals place, its date after a comma, a dash or in brackets, then a stop, a colon or a
# dash doubled as plain-text releases type it ("KELVO, 3 March 2031.", "KELVO (3 March 2031):",
# "KELVO -- March 3, 2031 --").
_CAPS_STOP = re.compile(
    rf"{CAPS_PLACE}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:,|[–—-]{{1,2}}|\()\s*{_DATE}\)?"
    rf"\s*(?:[.:]|--)\s+(?=[A-Z“\"‘])"
)
# The date alone in brackets opening the paragraph ("(3 March 2031) The board said ...").
_BRACKETED = re.compile(rf"\(\s*{_DATE}\s*\)\s+(?=[A-Z“\"‘])")


# A place in any case and its date, maybe its house in brackets, then a stop or a colon
# ("Kelvo, 3 March 2031.", "Kelvo, 3 March 2031 (KNA):"); or a dash typed with no space
# after it ("KELVO, March 3, 2031—The").
_PLACE_STOP = re.compile(
    rf"{_PLACE},\s*{_DATE}(?:\s*\([^()\n]{{2,40}}\))?\s*(?:[.:]\s+|[–—]{{1,2}})(?=[A-Z“\"‘])"
)
# The date alone and a stop ("3 March, 2031. The chair ..."), not a date that the sentence
# after it looks back to from a distance ("... That day ...": ``dates._looks_back`` reads it).
_DATE_STOP = re.compile(rf"{_DATE}\.\s+(?=[A-Z“\"‘])(?!(?:On\s+)?That\b)")
# Markdown's strong emphasis ("**KELVO, March 3, 2031 — **The"): the stars are no text.
_EMPHASIS = re.compile(r"\*\*|__")

_FORMS = (_WIRE, _WIRE_BEFORE, _CAPS_STOP, _BRACKETED, _PLACE_STOP, _DATE_STOP)


def wire_dateline(paragraph: str) -> str:
    """The ISO date of a wire's or a capitals dateline opening ``paragraph`` (module doc), ""
    when it opens with neither."""
    if paragraph.startswith(("**", "__")):
        paragraph = _EMPHASIS.sub("", paragraph[:200])
        if found := dateline_date(paragraph):  # the dash-closed form, once the stars are gone
            return found
    match = next((m for r in _FORMS if (m := r.match(paragraph))), None)
    return to_iso(match.group("date")) if match else ""
