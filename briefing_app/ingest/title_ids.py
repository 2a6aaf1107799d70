"""A document's number or identifier glued to its headline, left out of the title.

A ministry numbers its statements ("No:118/31, Statement of the Ministry ..."), a research
institute prints a publication's DOI under its headline, which a copy joins to it ("Water and
Peace doi:10.55555/2031C07"): the number is the document's id, not words of its headline. An
identifier is a number with a separator inside it (a slash, a dot, a colon, a hyphen) after
a label ("No", "doi", "ISBN", "ref"), opening the headline before a comma, a colon or a dash,
or closing it; or a number with a slash opening it before a comma ("118/31, Statement ...").
Nothing else
changes: a name with a digit ("G20", "COVID-19") or a year ("2031: a dry year") is no
identifier, a date stays (the title's date is read from it), a number closing the headline
without a label is its words ("resolution 2720/2031", "version 2.0"), so is an unlabelled
number with a slash that a colon or a dash closes ("9/11: twenty years on", "24/7 – inside the
hotline", "50/50: women in the cabinet"), and a headline left with fewer than three words keeps
its number.
"""

from __future__ import annotations

import re

from briefing_app.ingest.dates import to_iso

_LABEL = r"(?:No|Nr|Ref|Doc|doi|DOI|ISBN|ISSN|№)\.?\s*:?\s*"
_NUMBER = r"\d+(?:[/.:-][A-Za-z0-9]+)+"
# Opening the headline: a labelled number, or a number with a slash before a comma ("118/31,";
# "9/11:", "24/7 –" open headlines as their words); closing it,
# only a labelled one ("doi:10.55555/2031C07"): "resolution 2720/2031", "version 2.0" end
# headlines as their words.
_LEADING = re.compile(
    rf"(?:(?P<id>{_LABEL}{_NUMBER})\s*[,:–—-]|(?P<id2>\d+/[A-Za-z0-9/]+)\s*,)\s+(?=[A-Z“\"‘])"
)
_TRAILING = re.compile(rf"\s+(?:[–—|-]\s+)?(?P<id>{_LABEL}{_NUMBER})$")
MIN_WORDS = 3


def without_id(title: str) -> str:
    """``title`` without an identifier opening or closing it (module doc)."""
    out = title
    for pattern in (_LEADING, _TRAILING):
        match = pattern.match(out) if pattern is _LEADING else pattern.search(out)
        if not match or to_iso(match["id"] or match.groupdict()["id2"]):
            continue
        rest = (out[match.end() :] if pattern is _LEADING else out[: match.start()]).strip()
        if len(rest.split()) >= MIN_WORDS:
            out = rest
    return out
