"""Credits a copy glues to the end of a headline: where it took the story from ("Plan for
Kelvo's future – (via Kelvo Gov Website 19/03/31)") and the copying site's brand after a dash
("Council backs plan - NewsHub"), a name of joined capitalised words no headline ends with."""

from __future__ import annotations

import re

# "(via Kelvo Gov Website 19/03/31)", "- (via Kelvo Ledger)": the source a copy credits, a
# capitalised name of two words or more, or any after a dash; "(via video link)" and "Leaders
# meet (via Zoom)" tell how something happened.
_VIA = re.compile(
    r"(?:\s+[–—-]\s*\((?i:via)\s+[A-Z][^()]{1,60}|\s*\((?i:via)\s+[A-Z][^()\s]*\s[^()]{1,60})\)\s*$"
)
# "- NewsHub", "| TopicsDaily": one word of two or more capitalised parts, after a dash or bar.
_BRAND = re.compile(r"\s+[-–—|]\s+(?P<site>(?:[A-Z][a-z]+){2,4})$")
# A surname's prefix joined to it ("McAllen", "MacArthur", "DeSantis", "LeBlanc"): a name.
_NAME_PREFIX = frozenset({"Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Al"})
MIN_WORDS = 3  # what must be left of the headline


def without_credit(title: str) -> str:
    """``title`` without a "(via ...)" credit and a site's joined-word brand at its end."""
    out = _VIA.sub("", title)
    brand = _BRAND.search(out)
    if brand and re.match(r"[A-Z][a-z]+", brand["site"])[0] not in _NAME_PREFIX:
        out = out[: brand.start()]
    return out if len(out.split()) >= MIN_WORDS else title
