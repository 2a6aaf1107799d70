"""A headline found, tidied: what a page or a republisher set around it, and where it goes on.
General rules, no strings from particular pages.

- Before it: a list's tag ("[kelvo-news]"), a wire dateline, a label of the document's kind
  ("PRESS RELEASE : "); after it: a date tag ("[April 2031]"), a site's name after a bar or a
  dash ("Headline | Daily Ledger", "Headline – Kelvo Ledger"), a copy's credit.
- A headline wrapped over two lines: the first ends with a word no headline ends with.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from briefing_app.ingest.byline import press_noun
from briefing_app.ingest.title import _TOKEN, headline_like, names_the_site
from briefing_app.ingest.title_credit import without_credit
from briefing_app.ingest.title_dateline import without_dateline

# A republisher's label of the document's kind ("PRESS RELEASE : "; "Readout: ..." is headline)
_KIND_LABEL = re.compile(  # at the start only: "MULTIMEDIA RELEASE:" holds no "media release:"
    r"\A(?:(?:press|news|media)\s+(?:releases?|statements?)|statement|media\s+advisory)"
    r"\s*:\s+(?=\S)",
    re.I,
)
# A list's or forum's tag before a forwarded headline: "[kelvo-news] ...", "[<< wire] ...".
_LIST_TAG = re.compile(r"\A\[[^\]\[]{1,30}\]\s*")
# A republisher's date tag after a headline: "... [April 2031]", "... [2031]", "... (April
# 2031)"; a year alone in round brackets is the headline's ("Resolution 2231 (2015)").
_DATE_TAG = re.compile(
    r"\s*(?:\[(?:[A-Z][a-z]{2,8}\.?\s+)?(?:1[6-9]|20)\d\d\]|\([A-Z][a-z]{2,8}\.?\s+(?:1[6-9]|20)\d\d\))$"
)
_SITE_SUFFIX = re.compile(r"\s+\|\s+(?:[\w.&’'-]+\s?){1,5}$")  # "Headline | Daily Ledger"


def clean_title(title: str) -> str:
    """The headline without a list's tag, a wire dateline or a kind label before it, a date tag
    or a site's name after it ("[kelvo-news] PRESS RELEASE : Agree [April 2031]" -> "Agree"),
    and a copy's credit (``without_credit``); unchanged when less would be left."""
    out = _KIND_LABEL.sub("", without_dateline(_LIST_TAG.sub("", title, count=1)), count=1)
    out = _DATE_TAG.sub("", out)
    head = _SITE_SUFFIX.sub("", out)
    if len(head.split()) >= 4:
        out = head
    return without_credit(out) if len(out.split()) >= 2 else title


# A part after a dash at the end of a title: "Headline – Kelvo Ledger" (a document's <title>,
# as read-later tools write it on the first line).
_DASHED_SUFFIX = re.compile(r"\s+[-–—|]\s+(?P<site>[^-–—|]{2,60})$")


def without_site_name(title: str, outlet: str = "", url: str = "", page: tuple = ()) -> str:
    """``title`` without the site's name after a dash ("Agree – Kelvo Ledger": the outlet's, the
    domain's, or a paper's name with it or the headline alone on a ``page`` line)."""
    match = _DASHED_SUFFIX.search(title)
    if not match or len(title[: match.start()].split()) < 3:
        return title
    site = match.group("site")
    words = site.split()
    if len(words) > 5 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return title
    squashed = "".join(_TOKEN.findall(site)).casefold()
    host = (urlsplit(url.strip()).hostname or "") if "://" in url else ""
    label = next((x for x in host.split(".")[:-1] if x not in ("www", "m", "amp")), "")
    starts = len(label) >= 3 and squashed.startswith(label.replace("-", ""))  # "BBC News"
    paper = press_noun(words[-1]) and bool({site, title[: match.start()]} & set(page))
    return title[: match.start()] if starts or paper or names_the_site(site, outlet, url) else title


# Words a headline never ends with: a line ending with one was wrapped ("Health Key to" /
# "Kelvo's Future, Minister Says"). Not "on", "in" or "by": they end headlines as adverbs
# ("Floods: one week on", "Rebels move in", "Allies stand by").
_OPEN_ENDED = frozenset({"a", "an", "the", "to", "of", "for", "at", "with", "from", "and", "or"})


def wrapped_on(title: str, after: str) -> bool:
    """``after`` goes on with the headline ``title``, wrapped over two lines: the title ends
    with a word no headline ends with, and the next line is headline-like."""
    words = title.split()
    return bool(words) and words[-1].casefold() in _OPEN_ENDED and headline_like(after)
