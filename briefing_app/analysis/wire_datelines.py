"""A press wire's dateline: the place, the date, the wire's name between slashes, a dash
("TORONTO, Feb. 4, 2031 /CNW/ - Today, ...", "OSLO, Norway, March 3, 2031 /PRNewswire/ --").
The release's "today" is that date, as with an agency named in brackets."""

from __future__ import annotations

import re

from briefing_app.analysis.dateline_start import DATELINE_DATE

# The wire's name between slashes: a word or two, no sentence ("/CNW Telbec/", "/EINPresswire/").
WIRE_TAG = r"/[A-Za-z][\w.&' -]{0,30}/"
WIRE_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Za-z\u00c0-\u024f.'’ -]{1,40}?)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z. ]{1,20}))?"
    r",\s*(?P<date>" + DATELINE_DATE + r")"
    r"\s*" + WIRE_TAG + r"\s*[–—-]{1,2}\s+(?=\S)"
)
# After a date: the wire's tag and the dash that close a wire dateline.
WIRE_DASH = re.compile(r"[ \t]*" + WIRE_TAG + r"[ \t]*[–—-]{1,2}")
